"""A surname that is a common noun after a title, in lower-case speech, where the phrase ends after it.

``surname_slots`` takes an animate noun after a title (``капитан рыбак``) but leaves an inanimate one, since
in speech it is as often the title holder's object (``следователь протокол составил``). What tells the two
apart is what follows: an object is followed by its verb, a name closes the phrase. Three slots are read:

- a title (``судья``, ``следователь``, ``участковы``), one space, an inanimate noun in the nominative
  singular (in Belarusian also a word hunspell-be knows only as a noun, ``адвакат кавадла``), then a close:
  a pause (punctuation, a blanked comma's double space, a line break), a hesitation (``ну``) or a nominative
  personal pronoun taking the name up (``он``, ``яна``): ``судья перловка ну``, ``следователь сухарь  он
  кричал``;
- a title, a given name in the nominative, then a noun or a word no Russian dictionary knows, closed the same
  way or by a preposition or an adverb: ``адвокат ирина скатерть из гомеля``, ``адвакат алег звон добра``;
- a title, a given name in the nominative, a hesitation (``ну``) and then a noun in the nominative singular
  closed by a pause, each word set off by pauses: the speaker restating the name with the surname
  (``была адвокат, ольга, ну, буря, хорошая женщина``).

A word after a blanked comma (``адвокат  суд  прокурор``) or a plural never fills the slot. Candidates are
uncertain PERSON (reason ``uncertain:titled-surname``) and mask the surname's other forms as
``surname_slots`` does, but for a mention right after the copula ``есть``/``ёсць`` (``она и есть
перловка``): the word's meaning said of the person.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION
from intake.pseudonymise.detectors.clause_objects import no_object, verb_reading
from intake.pseudonymise.detectors.lowercase import HESITATIONS, is_role
from intake.pseudonymise.detectors.nickname_slots import ru_slot
from intake.pseudonymise.detectors.noun_surnames import is_excluded
from intake.pseudonymise.detectors.surname_slots import eligible, given_anchor, spread
from intake.pseudonymise.detectors.titles import BE_HEADS, title_cases
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold, is_lowercase_text
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "titled-surname"
SCORE = 0.4
_HEADS = BE_HEADS | frozenset(fold(w) for w in "камандзір старшыня кіраўнік".split())
_PRONOUNS = frozenset(fold(w) for w in "он она ён яна".split())
# A neighbour, friend or colleague in the nominative: a person noun a speaker names right after, as a title
# (``суседка X усё бачыла``, ``друг андрей X``); kinship stays out (``брат лопух``: a word said of him).
_COMPANIONS = frozenset(
    fold(w) for w in "сосед соседка друг подруга коллега сусед суседка суседзь сябар сяброўка калега".split()
)
_COPULA = frozenset(fold(w) for w in "есть ёсць".split())
_PREPOSITIONS = frozenset(fold(w) for w in "из з с со у ў в на от ад".split())


def closed(text: str, tokens: Sequence[Token], i: int, loose: bool) -> bool:
    """The phrase ends after ``tokens[i]``: the text ends, a pause follows, or a hesitation or a nominative
    pronoun; with ``loose`` also a preposition or an adverb."""
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    gap = text[tokens[i].end : nxt.start]
    if not nxt.spaced or "\n" in gap or "  " in gap:
        return True
    if nxt.norm in HESITATIONS or nxt.norm in _PRONOUNS:
        return True
    if not loose:
        return False
    return nxt.norm in _PREPOSITIONS or (not is_stop_word(nxt.text) and namelex.main_pos(nxt.norm) == "ADVB")


def _ends(text: str, tokens: Sequence[Token], i: int, loose: bool) -> bool:
    """The name's phrase ends after ``tokens[i]`` (``closed``), or the clause after it leaves the word no
    object's place (``clause_objects.no_object``: ``судья лопух такая строгая``, ``суседка X усё бачыла``);
    a verb form or a time, origin or generic noun (``noun_surnames.is_excluded``: ``следователь раз пять``)
    stays out."""
    if closed(text, tokens, i, loose):
        return True
    if verb_reading(tokens[i])[0] or is_excluded(tokens[i]):
        return False  # ``маёр прыйшоў позна``: the title's verb
    return no_object(text, tokens, i)


def _title(text: str, tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """``tokens[i]`` is a title no span covers, one plain space before ``tokens[i + 1]``."""
    tok = tokens[i]
    if person[i] or text[tok.end : tokens[i + 1].start] != " ":
        return False
    if tok.norm in _COMPANIONS:
        return True
    cases = title_cases(tok.text, tok.norm)
    return cases is not None and "nomn" in cases[0]


def _singular_noun(tok: Token, nominative: bool) -> bool:
    """A noun with a singular reading (in the nominative when ``nominative``), in no plural reading."""
    parses = [p for p in namelex.known_parses(tok.text.lower()) if p.tag.POS == "NOUN"]
    if not parses or any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses):
        return False
    return any(p.tag.number == "sing" and (not nominative or p.tag.case == "nomn") for p in parses)


def _be_titled(text: str, tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """The first slot in Belarusian for a word hunspell-be knows only as a noun (``адвакат вясло``), which
    ``eligible`` may refuse by a verb-like ending (``кавадла``); no role or function word."""
    tok = tokens[i]
    if not tok.spaced or person[i - 1] or tok.norm in BE_FUNCTION or is_stop_word(tok.text) or len(tok.norm) < 3:
        return False
    if tokens[i - 1].norm in _HEADS or not _title(text, tokens, person, i - 1) or not _belarusian_noun(tok):
        return False  # after a head title the noun is its unit, in the genitive (``начальнік атрада``)
    return _ends(text, tokens, i, loose=False) and not is_role(tok)


def _belarusian_noun(tok: Token) -> bool:
    """A word hunspell-be knows only as a noun's form, not shaped like a plural (``вясло``, ``кавадла``), whose
    Russian respelling reads as no noun (``жыгала``: a past tense) or as one in the nominative singular; not
    a unit's genitive (``начальнік атрада``)."""
    low = tok.text.lower()
    if low.endswith(("і", "ы")) or not be_vocab.noun_only(low):
        return False
    spelling = namelex.russian_reading(low.replace("’", "'"))[0]
    nouns = [p for p in namelex.known_parses(spelling) if p.tag.POS == "NOUN"]
    return not nouns or any(p.tag.case == "nomn" and p.tag.number == "sing" for p in nouns)


def _unknown(tok: Token) -> bool:
    """A word no Russian dictionary reads (a Belarusian noun), not shaped like a plural."""
    m = namelex.russian_reading(tok.text.lower().replace("’", "'"))[1]
    return not m.known and not tok.norm.endswith(("і", "ы", "и"))


def _paused(text: str, left: Token, right: Token) -> bool:
    """A comma or a blanked one (two spaces or more), and no line break, between two words."""
    gap = text[left.end : right.start]
    return "\n" not in gap and ("  " in gap or "," in gap) and not gap.strip(" ,")


def _restated(text: str, tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """``tokens[i]`` follows a title, a given name in the nominative and a hesitation, each set off by a
    pause, is a singular noun in the nominative and a pause closes it (``адвокат, ольга, ну, буря,``)."""
    if i < 3 or tokens[i - 1].norm not in HESITATIONS or not person[i - 2] or person[i - 3] or person[i - 1]:
        return False
    if not all(_paused(text, tokens[k - 1], tokens[k]) for k in (i - 2, i - 1, i)):
        return False
    if i + 1 < len(tokens) and not _paused(text, tokens[i], tokens[i + 1]):
        return False
    anchor = given_anchor(tokens[i - 2])
    title = title_cases(tokens[i - 3].text, tokens[i - 3].norm)
    if anchor is None or (anchor[0] and "nomn" not in anchor[0]) or title is None or "nomn" not in title[0]:
        return False
    return _singular_noun(tokens[i], True)


# ``фамилия у меня смешная X``: the naming noun in the nominative, whose the name is, perhaps a word about it.
_ABOUT = frozenset({"ADJF", "ADJS", "NPRO"})
_NAMING_NOMINATIVE = frozenset(fold(w) for w in "фамилия фамілія прозвішча".split())
_OWNERS = (
    *((fold(w),) for w in "моя мая маё его её яго яе наша".split()),
    *(tuple(fold(w) for w in pair.split()) for pair in ("у меня", "у него", "у неё", "у мяне", "у яго", "у яе")),
)


def _owned(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` follows a naming noun in the nominative, its owner (``у меня``, ``мая``) and at most one
    adjective or pronoun about the name (``фамилия у меня смешная полынь``, ``прозвішча ў мяне простае
    кобчык``): the speaker stating a surname; the word itself a singular noun in the nominative or a word no
    Russian dictionary knows (tested by the caller with ``eligible``)."""
    if not any(tokens[k].norm in _NAMING_NOMINATIVE for k in range(max(0, i - 5), i - 1)):
        return False  # no naming noun near: the dictionary readings below cost 7% of a lower-case first pass
    j = i - 1
    about = namelex.main_pos(namelex.russian_reading(tokens[j].text.lower())[0]) if j >= 0 else None
    if about in _ABOUT and (tokens[j].norm,) not in _OWNERS:
        j -= 1  # one word about the name (``смешная``, ``такая``)
    for owner in _OWNERS:
        k = j - len(owner) + 1
        if k >= 1 and tuple(t.norm for t in tokens[k : j + 1]) == owner and tokens[k - 1].norm in _NAMING_NOMINATIVE:
            return _noun_not_word_about(tokens[i])
    return False


def _noun_not_word_about(tok: Token) -> bool:
    """A noun (a singular nominative, a Belarusian noun, a word no dictionary knows) that is no adjective or
    pronoun saying what the name is like (``прозвішча ў яе такое``, ``фамилия у меня простая``)."""
    if namelex.main_pos(namelex.russian_reading(tok.text.lower().replace("’", "'"))[0]) in _ABOUT:
        return False
    return _singular_noun(tok, True) or _unknown(tok) or _belarusian_noun(tok)


def _slot(text: str, tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """``tokens[i]`` fills one of the four slots (the restated one after a pause, the others after a space)."""
    if _restated(text, tokens, person, i):
        return True
    if i >= 2 and tokens[i].spaced and _owned(tokens, i):
        return True
    if not tokens[i].spaced:
        return False
    if i >= 1 and not person[i - 1] and _title(text, tokens, person, i - 1):
        return _singular_noun(tokens[i], True) and _ends(text, tokens, i, loose=False)
    g = _given_at(text, tokens, person, i)
    if g is None:
        return False
    anchor = given_anchor(tokens[g])
    if anchor is None or (anchor[0] and "nomn" not in anchor[0]) or not _title(text, tokens, person, g - 1):
        return False
    return (_singular_noun(tokens[i], False) or _unknown(tokens[i])) and _ends(text, tokens, i, loose=True)


def _given_at(text: str, tokens: Sequence[Token], person: Sequence[bool], i: int) -> int | None:
    """The index of a one-word given name that ``tokens[i]`` follows after one space, or after a hesitation
    no span covers (``друг андрей э-э X``: the speaker searching for the surname); None otherwise."""
    g = i - 2 if i >= 3 and tokens[i - 1].norm in HESITATIONS and not person[i - 1] else i - 1
    if g < 1 or not person[g] or (g >= 2 and person[g - 1]):
        return None
    return g if all(text[tokens[k - 1].end : tokens[k].start] == " " for k in range(g + 1, i + 1)) else None


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for the titled surnames of lower-case Russian or Belarusian ``text`` that no
    span in ``spans`` covers, and for the other forms of those surnames in the text."""
    if language not in ("ru", "be") or not tokens or not is_lowercase_text(tokens):
        return []
    covered, person = covered_tokens(tokens, spans)
    seeds: list[Span] = []
    restated: list[Span] = []
    for i, t in enumerate(tokens):
        if covered[i] or i < 1:
            continue
        if (_slot(text, tokens, person, i) and eligible(t)) or (
            language == "be" and _be_titled(text, tokens, person, i)
        ):
            into = restated if _restated(text, tokens, person, i) else seeds
            into.append(Span(t.start, t.end, "PERSON", t.text, SCORE, f"candidates:{RULE}", ""))
    out = [s for s in spread(text, language, spans, tokens, seeds, RULE) if not _predicate(tokens, s)] if seeds else []
    return out + (_spread_in_slots(text, language, spans, tokens, restated) if restated else [])


def _spread_in_slots(
    text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token], seeds: list[Span]
) -> list[Span]:
    """The restated surnames and those of their other forms that stand in a person's slot (``ru_slot``): a
    surname only restated once is as often the word itself elsewhere (``гроза была страшная``)."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    own = {s.start for s in seeds}
    return [
        s
        for s in spread(text, language, spans, tokens, seeds, RULE)
        if s.start in own or (s.start in starts and ru_slot(tokens, starts[s.start]))
    ]


def _predicate(tokens: Sequence[Token], span: Span) -> bool:
    """A spread mention right after the copula ``есть``/``ёсць`` (``она и есть перловка``): the word's meaning
    said of the person, not the name."""
    k = next((k for k, t in enumerate(tokens) if t.start == span.start), 0)
    return k > 0 and tokens[k - 1].norm in _COPULA and tokens[k - 1].spaced
