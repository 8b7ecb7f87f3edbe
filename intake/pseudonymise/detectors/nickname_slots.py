"""A stated nickname's later mentions where the sentence needs a person: ``по прозвищу лис`` ... ``лиса задержали``.

A nickname is a common word (``лис``, ``белка``, ``борода``, ``bear``), so a later mention of it may be the
animal or the thing. :mod:`nicknames` masks every mention of a nickname the text gives in a frame it reads;
this module reads the frames it leaves (``называли её белкой``, ``знали как борода``, a three-letter
nickname ``по прозвищу лис``, a nickname after a word of kin address ``так и звали, тётя ласточка``, one
glossed by its origin ``вожык, ад прозвішча``, ``nicknamed bear``, ``known as moose``) and masks a later
mention only in a slot that takes a person:

* the subject of a person's verb (speech, calling, arrival: ``subject_surnames.person_verb``) in the
  nominative, the verb singular (``белка позвонила``, ``bear told``);
* the object of a verb done to a person (``object_surnames.object_verb``: ``задержали лиса``) or the dative of
  a person's verb (``позвонил белке``), or after ``met``/``visited``/``arrested``;
* a preposition in the case a person takes there (``у лиса дома``, ``к белке``, ``от бороды``, ``для жука``,
  ``про лиса``, ``с лисом``; ``with fox``, ``to fox``).

A mention after an adjective or determiner (``этот лис``, ``рыжая белка``, ``the fox``) or in the plural only,
or any mention so used within a few words of it, is the thing and stays. Spans are uncertain PERSON (reason
``uncertain:nickname-slot``), masked by default and released by the reviewer with one key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from intake.pseudonymise.detectors import namelex, nicknames
from intake.pseudonymise.detectors.becues import belarusian_verb
from intake.pseudonymise.detectors.en_candidates import NOT_GIVEN, SPEECH
from intake.pseudonymise.detectors.lowercase import OBJECTS
from intake.pseudonymise.detectors.naminggloss import EN_NOT, VERBS, word
from intake.pseudonymise.detectors.object_surnames import object_verb
from intake.pseudonymise.detectors.subject_surnames import BEFORE_VERB, person_verb
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

SCORE = 0.4
RULE = "nickname-slot"
# Russian and Belarusian frames that give a nickname: naming verbs (``naminggloss.VERBS``, ``nicknames``),
# nickname nouns, ``знали как``; the nickname follows past object pronouns and ``все``.
_CUES = VERBS | nicknames.TEASING | frozenset(fold(w) for w in "кличка прозвище погоняло мянушка клічка".split())
_CUED = frozenset(fold(w) for w in "прозвищу кличке погонялу мянушцы клічцы".split())
_AS = frozenset(fold(w) for w in "как як".split())
_KNEW = frozenset(fold(w) for w in "знали знают звали ведалі ведаюць".split())
_PASSED = OBJECTS | frozenset(fold(w) for w in "все усе ўсе у нас просто проста так".split())
# A preposition and the cases a person takes after it (``у лиса``, ``к белке``, ``про лиса``, ``с лисом``).
_PREP_CASES = {
    **{fold(p): frozenset({"gent", "gen2"}) for p in "у ў от ад для".split()},
    **{fold(p): frozenset({"datv"}) for p in "к ко да".split()},
    **{fold(p): frozenset({"accs"}) for p in "про пра".split()},
    **{fold(p): frozenset({"ablt"}) for p in "с со з".split()},
}
_GIVEN_CASES = frozenset({"nomn", "ablt"})
_ABLT = frozenset({"ablt"})
_PLURAL_ABLT = ("ами", "ями", "амі", "ямі")
_AND = frozenset(fold(w) for w in "и і или ці або and or".split())
_OBJECT_CASES = frozenset({"accs", "gent", "datv"})
# Determiners that make the word a thing (``этот лис``, ``the fox``); adjectives by their part of speech.
_DETERMINERS = frozenset(
    fold(w)
    for w in "этот эта это эту этого этой тот та ту того той такой такая какой какая гэты гэта гэтую той тая "
    "the a an this that these those its".split()
)
_EN_NAMING = frozenset(("nicknamed", "nickname", "dubbed"))
_EN_CALL = frozenset(("called", "call", "calls"))
_EN_PREPS = frozenset("with to from for about".split())
_EN_OBJECT = frozenset("met meet visited visit arrested detained saw see asked phoned".split())
# Words of kin address between a naming verb and the nickname (``звали тётя ласточка``), folded.
_KIN_ADDRESS = frozenset(fold(w) for w in "тётя тетя тётка дядя дядька цётка дзядзька".split())
_NEAR = 8  # words either side in which a thing's use of the nickname rules a mention out


def _ru_given(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The nickname after a Russian or Belarusian naming cue at ``i`` (``называли её белкой``, ``по прозвищу
    лис``, ``знали как борода``), past object pronouns and ``все``."""
    tok = tokens[i]
    if tok.norm in _AS:
        if i < 1 or tokens[i - 1].norm not in _KNEW:
            return None
    elif tok.norm in _CUED:
        if i < 1 or tokens[i - 1].norm not in ("по", "па"):
            return None
    elif tok.norm not in _CUES:
        return None
    j = i + 1
    while j < len(tokens) and j <= i + 3 and tokens[j].norm in _PASSED:
        j += 1
    if j + 1 < len(tokens) and tokens[j].norm in _KIN_ADDRESS and not tokens[j].initial and tokens[j + 1].spaced:
        j += 1  # ``так и звали, тётя ласточка``: the word of kin address is the frame, the next word the name
        if tokens[j].text[:1].isupper() or namelex.first_names().lookup_first(tokens[j].norm):
            return None  # ``звали дядя Коля``: a given name, left to propagation
    if j >= len(tokens) or not tokens[j].cyrillic or not word(tokens[j]) or tokens[j].norm in _DETERMINERS:
        return None
    teased = tok.norm in nicknames.TEASING and tok.norm not in VERBS  # ``дразнили комаром``: the instrumental
    if not _parses(tokens[j]):  # an unknown word: a name, unless it ends like a verb (``завём працуе``) or,
        low = tokens[j].text.lower()  # teased, like a plural instrumental (``дразнили змагарами``: a group)
        return None if belarusian_verb(low) or (teased and low.endswith(_PLURAL_ABLT)) else j
    return j if _has_case(tokens[j], _ABLT if teased else _GIVEN_CASES) else None


def _en_given(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The nickname after ``nicknamed``, ``called him``, ``who we all called`` or ``known as``."""
    tok, j = tokens[i], i + 1
    if tok.norm in _EN_CALL:
        if j < len(tokens) and tokens[j].norm in ("him", "her", "me"):
            j += 1
        elif not _relative_caller(tokens, i):
            return None
    elif tok.norm == "as":
        if i < 1 or tokens[i - 1].norm != "known":
            return None
    elif tok.norm not in _EN_NAMING:
        return None
    if j >= len(tokens) or not tokens[j].spaced or not tokens[j].norm.isalpha() or len(tokens[j].norm) < 3:
        return None
    if _en_function(tokens[j].norm) or tokens[j].norm in OBJECTS:
        return None
    return j if _en_phrase_ends(text, tokens, j) else None


_WHO = frozenset(("who", "whom"))
_CALLERS = frozenset("we they everyone everybody people i you".split())
_ALL = frozenset("all always just".split())


def _relative_caller(tokens: Sequence[Token], i: int) -> bool:
    """``called`` at ``i`` closes ``who we (all) called``: a relative clause that names the person just said."""
    k = i - 1
    while k >= 0 and tokens[k].norm in _ALL:
        k -= 1
    return k >= 1 and tokens[k].norm in _CALLERS and tokens[k - 1].norm in _WHO


def _en_function(norm: str) -> bool:
    return norm in _DETERMINERS or norm in EN_NOT or norm in NOT_GIVEN or is_stop_word(norm)


def _en_phrase_ends(text: str, tokens: Sequence[Token], j: int) -> bool:
    """The nickname ends its phrase: the text, a punctuation mark (or two spaces) or a function word follows (``call him
    little bird``, ``called me last month`` describe)."""
    if j + 1 >= len(tokens):
        return True
    gap = text[tokens[j].end : tokens[j + 1].start]
    return bool(gap.strip()) or "  " in gap or _en_function(tokens[j + 1].norm)  # two spaces: a blanked comma


def _stem(norm: str) -> str:
    """The folded word less one case ending, a stem of three letters at least (``лиса`` -> ``лис``)."""
    for end in ("ами", "ями", "ом", "ем", "ой", "ей", "ою", "а", "я", "у", "ю", "е", "и", "ы", "ь"):
        if norm.endswith(end) and len(norm) - len(end) >= 3:
            return norm[: -len(end)]
    return norm


def _keys(norm: str, text: str) -> frozenset[str]:
    """The noun lemmas of a Cyrillic word and its stem (``лиса`` -> ``лиса``, ``лис``); an English word itself."""
    if not text[:1].isalpha() or text[:1].isascii():
        return frozenset((norm,))
    spelling, m = namelex.russian_reading(text.lower().replace("’", "'"))
    lemmas = {p.normal_form for p in namelex.analyzer().parse(spelling) if p.is_known and p.tag.POS == "NOUN"}
    return frozenset(lemmas | {_stem(norm)}) if m.known else frozenset((_stem(norm),))


def _parses(tok: Token) -> list[Any]:
    """The known readings of a Cyrillic word (Belarusian through its Russian spelling)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    return [p for p in namelex.analyzer().parse(spelling) if p.is_known and p.score >= 0.05] if m.known else []


def _has_case(tok: Token, cases: frozenset[str]) -> bool:
    """A noun reading of ``tok`` in one of ``cases`` in the singular (an unknown word: any case)."""
    parses = _parses(tok)
    if not parses:
        return True
    return any(p.tag.POS == "NOUN" and p.tag.case in cases and p.tag.number != "plur" for p in parses)


def _thing(tokens: Sequence[Token], k: int, person: Sequence[bool]) -> bool:
    """A determiner or adjective before the mention (``этот лис``, ``рыжая белка``, ``the fox``), or a Cyrillic
    mention with plural readings only (``лисы бегали``)."""
    if k > 0 and tokens[k].spaced:
        prev = tokens[k - 1]
        if prev.norm in _DETERMINERS:
            return True
        if prev.cyrillic and prev.norm not in OBJECTS and namelex.main_pos(prev.text.lower()) in ("ADJF", "PRTF"):
            return True
    if _coordinated(tokens, k, person):
        return True
    if not tokens[k].cyrillic:
        return tokens[k].norm.endswith("s") and not tokens[k].norm.endswith("ss")
    parses = [p for p in _parses(tokens[k]) if p.tag.POS == "NOUN"]
    return bool(parses) and all(p.tag.number == "plur" for p in parses)


def _coordinated(tokens: Sequence[Token], k: int, person: Sequence[bool]) -> bool:
    """Joined by ``и``/``and`` to a noun no person span covers (``пра зайца і ваўка``): a thing among things."""
    if k + 2 >= len(tokens) or tokens[k + 1].norm not in _AND or person[k + 2] or not tokens[k + 2].cyrillic:
        return False
    spelling, m = namelex.russian_reading(tokens[k + 2].text.lower().replace("’", "'"))
    return m.known and namelex.main_pos(spelling) == "NOUN"


def _ru_slot(tokens: Sequence[Token], k: int) -> bool:
    """A person's slot in Russian or Belarusian: subject of a person's verb, object of a verb done to a person,
    or a preposition in the case a person takes."""
    j = k + 1
    while j < len(tokens) and j <= k + 3 and tokens[j].norm in BEFORE_VERB:
        j += 1
    singular = j < len(tokens) and person_verb(tokens[j]) and not tokens[j].norm.endswith(("ли", "лі"))
    if singular and _has_case(tokens[k], frozenset({"nomn"})):
        return True
    if k < 1:
        return False
    prev = tokens[k - 1]
    if object_verb(prev) or person_verb(prev):
        return _has_case(tokens[k], _OBJECT_CASES)
    cases = _PREP_CASES.get(prev.norm)
    return cases is not None and _has_case(tokens[k], cases)


ru_slot = _ru_slot  # also read by ``titled_surnames`` for a restated surname's other forms


def _en_slot(tokens: Sequence[Token], k: int) -> bool:
    """A person's slot in English: before a verb of speech or a possessive ``'s`` (``heron's phone``), after a
    preposition or a verb done to a person."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and (nxt.norm in SPEECH or (nxt.norm == "s" and not nxt.spaced)):
        return True
    return k > 0 and (tokens[k - 1].norm in _EN_PREPS or tokens[k - 1].norm in _EN_OBJECT)


# ``X, ад прозвішча``, ``X, от фамилии``: a nickname glossed by its origin (the noun after ``ад``/``от``).
_ORIGIN_NOUNS = frozenset(fold(w) for w in "фамилии прозвища прозвішча фаміліі".split())
_FROM = frozenset(fold(w) for w in "от ад".split())


def _glossed(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The word before ``от фамилии``/``ад прозвішча`` (the origin noun at ``i``), set off from it by a pause:
    a nickname in the nominative singular said to come from a surname (``а сябры яшчэ вожык, ад прозвішча``)."""
    if i < 2 or tokens[i - 1].norm not in _FROM or not tokens[i].spaced:
        return None
    j = i - 2
    gap = text[tokens[j].end : tokens[i - 1].start]
    if "\n" in gap or not ("  " in gap or "," in gap) or gap.strip(" ,"):
        return None  # ``отказался от фамилии``: the object of a verb, no gloss
    tok = tokens[j]
    if not tok.cyrillic or not word(tok) or tok.norm in _DETERMINERS or belarusian_verb(tok.text.lower()):
        return None
    return j if _has_case(tok, frozenset({"nomn"})) else None


def _given(text: str, tokens: Sequence[Token], language: str, person: Sequence[bool]) -> dict[int, frozenset[str]]:
    """The statement mentions of the nicknames and their keys."""
    find = _en_given if language == "en" else _ru_given
    out: dict[int, frozenset[str]] = {}
    for i in range(len(tokens)):
        j = find(text, tokens, i)
        if j is None and language != "en" and tokens[i].norm in _ORIGIN_NOUNS:
            j = _glossed(text, tokens, i)
        if j is not None and not _thing(tokens, j, person):
            out[j] = _keys(tokens[j].norm, tokens[j].text)
    return out


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for the stated nicknames of ``text`` and their later mentions in a person's slot
    that no span in ``spans`` covers."""
    covered, person = covered_tokens(tokens, spans)
    given = _given(text, tokens, language, person)
    if not given:
        return []
    keys = frozenset().union(*given.values())
    prefixes = {key[:2] for key in keys}
    slot = _en_slot if language == "en" else _ru_slot
    mentions = [k for k, tok in enumerate(tokens) if tok.norm[:2] in prefixes and _keys(tok.norm, tok.text) & keys]
    things = [k for k in mentions if k not in given and _thing(tokens, k, person)]
    out: list[Span] = []
    for k in mentions:
        if covered[k] or any(abs(k - t) <= _NEAR for t in things):
            continue
        if k in given or (k > min(given) and slot(tokens, k)):
            tok = tokens[k]
            out.append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, f"candidates:{RULE}", f"{UNCERTAIN}:{RULE}"))
    return out
