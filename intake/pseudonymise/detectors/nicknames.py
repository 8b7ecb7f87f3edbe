"""Nicknames in Russian and Belarusian: the word a teasing verb, a nickname cue or ``так его все звали`` gives,
and every other mention of it in the text, in any case and any capitalisation.

A nickname is an ordinary word (``Комарик``, ``Пчолка``), so only the statement that gives it makes it a name.
:mod:`lowercase` reads ``все его звали серый``; this module adds the statements it does not read:

* a teasing or naming verb with the nickname in the instrumental, before or after it (``его в школе
  комариком дразнили``, ``прозвали его бульдогом``, ``яго дражнілі камаром``);
* ``X, так его все звали`` / ``X, так яе ўсе звалі``: the word before ``так`` and the naming verb;
* a nickname cue: ``по кличке X``, ``по прозвищу X``, ``па мянушцы X``, ``под позывным X``;
* a bare nickname noun or a naming verb with the name in the nominative (``кличка Шаман``, ``погоняло
  шнурок``, ``мы яго звалі дзед``): :mod:`namingwords` labels that mention only, and this module then finds
  the others (``дзеда``; a capitalised one only its capitalised mentions). After a naming verb even a role
  noun is the name given (``звалі дзед``), unless a name follows it (``звали дядя Коля``); a given name is
  left to propagation.

Then every other word of the text with the nickname's stem (``пчолка``, ``пчолкі``, ``пчолку``) is the same
name. Spans are evidence (score :data:`SCORE`, source ``nicknames``) and feed propagation.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import lowercase, namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION, belarusian_verb
from intake.pseudonymise.detectors.echo_turns import echoed
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.spans import Span

SCORE = 0.7
SOURCE = "nicknames"
# Verbs that give a nickname in the instrumental (``дразнили комариком``), Russian and Belarusian, folded;
# not ``обзывали`` and ``называли`` (``называли предателем`` describes).
TEASING = frozenset(
    fold(w)
    for w in (
        "дразнили дразнят дразнил дразнила дразнит прозвали прозвал прозвала прозвали окрестили окрестил "
        "величали дражнілі дражняць дражніў дражніла празвалі празваў празвала ахрысцілі звали звалі"
    ).split()
)
# Verbs of ``X, так его все звали`` (the nominative before ``так``).
NAMING = lowercase.NAMING_WORDS | TEASING
_SO = frozenset(fold(w) for w in "так вот вось".split())
# Prepositions and nouns of a nickname cue: ``по кличке``, ``па мянушцы``, ``под позывным``.
_CUE_PREPS = frozenset(fold(w) for w in "по па под пад с з".split())
_CUE_NOUNS = frozenset(
    fold(w)
    for w in (
        "кличке кличкой прозвищу прозвищем погонялу погонялом позывным позывному мянушцы мянушкай мянушку "
        "пазыўным клічцы"
    ).split()
)
# The singular instrumental only (Belarusian ``вожыкам`` too): a plural (``дразнили змагарами``) is an insult
# to a group, not a nickname.
_INSTRUMENTAL = ("ом", "ем", "ём", "ой", "ей", "ою", "ею", "ам", "ям", "ай", "яй", "ёй")
# Case endings stripped to find a nickname's stem (longest first), Russian and Belarusian, folded.
_ENDINGS = tuple(
    sorted(
        "ами ями ому ему ого его ой ей ою ею ом ем ам ям ах ях ай яй а я у ю е и ы о ь".split(), key=len, reverse=True
    )
)
_ENDING_SET = frozenset(_ENDINGS)
_ENDING_LENGTHS = sorted({len(e) for e in _ENDINGS}, reverse=True)
_MIN_STEM = 4


def stem(norm: str) -> str:
    """The folded word less one case ending and a fleeting vowel (``комариком`` -> ``комарик``, ``пчолки``
    -> ``пчолк``, ``сверчок`` and ``сверчком`` -> ``сверчк``)."""
    n = len(norm)
    for k in _ENDING_LENGTHS:  # longest first, as ``_ENDINGS``; one ending of each length can match
        if n - k >= _MIN_STEM and norm[-k:] in _ENDING_SET:
            norm = norm[:-k]
            break
    if norm.endswith(_FLEETING) and len(norm) - 1 >= _MIN_STEM:
        return norm[:-2] + norm[-1]
    return norm


# Suffixes whose vowel drops before a case ending (``сверчок`` / ``сверчка``, ``хлопец`` / ``хлопца``).
_FLEETING = ("ок", "ек", "ец", "ёк")


def _nickname_word(tok: Token) -> bool:
    """A Cyrillic noun that is no role noun (``дразнили учителем`` is no nickname either way) and no
    adjective (``добрая, так её звали`` describes)."""
    if not tok.cyrillic or len(tok.norm) < 4 or not lowercase.content_word(tok) or lowercase.is_role(tok):
        return False
    return namelex.main_pos(tok.text) not in _DESCRIBING


_DESCRIBING = frozenset({"ADJF", "ADJS", "PRTF", "PRTS", "COMP"})


def _instrumental(tok: Token) -> bool:
    return tok.norm.endswith(_INSTRUMENTAL) and _nickname_word(tok)


def _teased(tokens: Sequence[Token], i: int) -> int | None:
    """The instrumental nickname right before a teasing verb or after it past its object (``его
    комариком дразнили``, ``прозвали его бульдогом``)."""
    if i > 0 and tokens[i].spaced and _instrumental(tokens[i - 1]):
        return i - 1
    j = i + 1
    while j < len(tokens) and j <= i + 3 and tokens[j].norm in lowercase.OBJECTS:
        j += 1
    ok = j < len(tokens) and tokens[j].spaced and _instrumental(tokens[j])
    return j if ok else None


def _so_named(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """``пчолка, так яе ўсе звалі``: the word before ``так`` and the pronouns of the naming verb at ``i``."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].norm in lowercase.OBJECTS:
        j -= 1
    if j < 1 or j == i - 1 or tokens[j].norm not in _SO:
        return None
    k = j - 1
    between = text[tokens[k].end : tokens[j].start]
    if ":" in between or "\n" in between or _opens_line(text, tokens[k]):
        return None
    return k if _nickname_word(tokens[k]) else None


def _opens_line(text: str, tok: Token) -> bool:
    """The first word of its line: where speaker labels stand (``рэспандэнт  так, яго звалі``)."""
    return not text[text.rfind("\n", 0, tok.start) + 1 : tok.start].strip()


def _cued(tokens: Sequence[Token], i: int) -> int | None:
    """``по кличке комар``: the word after a nickname cue."""
    j = i + 1
    if i < 1 or tokens[i - 1].norm not in _CUE_PREPS or j >= len(tokens) or not tokens[j].spaced:
        return None
    return j if _nickname_word(tokens[j]) else None


# Nominative naming nouns and naming verbs whose name follows in the nominative, folded.
_BARE_NOUNS = frozenset(fold(w) for w in "кличка прозвище погоняло позывной мянушка клічка пазыўны".split())
_NAMING_VERBS = frozenset(
    fold(w) for w in "зовут звали зовём зовем кличут завуць завём звалі клічуць клікалі".split()
)
_PASSED = lowercase.OBJECTS | frozenset(fold(w) for w in "просто все у нас так ну вот вось проста".split())


# Possessive pronouns that make a role noun kinship again (``мой дед``, ``наша бабуля``), folded.
_OWNERS = frozenset(
    fold(w)
    for w in "мой моя мою моего моей мая маю майго маёй твой твоя твая наш наша нашего нашай ваш ваша".split()
)


def _nominative(tok: Token) -> bool:
    m = namelex.word_morph(tok.text)
    return not m.known or not m.case or "nomn" in m.case


def _overlaps(tok: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < tok.end and tok.start < end for start, end in spans)


def _plain_word(tok: Token) -> bool:
    """A Cyrillic content word of four letters or more in the nominative that is no given name (propagation
    has those), no Belarusian function word (``клічуць нават``) and no unknown word ending like a verb
    (``завём працуе``) or that hunspell-be reads only as a verb (``завуць запытаўся``)."""
    if not tok.spaced or not tok.cyrillic or len(tok.norm) < 4 or tok.norm in BE_FUNCTION:
        return False
    if not lowercase.content_word(tok) or not _nominative(tok):
        return False
    m = namelex.word_morph(tok.text)
    return m.name == 0 and (m.known or not belarusian_verb(tok.text))


def _named(tokens: Sequence[Token], i: int, people: Sequence[tuple[int, int]]) -> int | None:
    """``кличка Шаман``, ``мы яго звалі дзед``: the nominative after a bare naming noun or a naming verb and
    its pronouns; no title before a name (``зовём пани Катержина``, ``звали дядя Коля``)."""
    verb = tokens[i].norm in _NAMING_VERBS
    j = i + 1
    while verb and j < len(tokens) and j <= i + 3 and tokens[j].norm in _PASSED:
        j += 1
    if j >= len(tokens) or not _plain_word(tokens[j]):
        return None
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after.spaced and (after.text[:1].isupper() or _overlaps(after, people)):
        return None
    if lowercase.is_role(tokens[j]):
        return j if verb else None
    return j if _nickname_word(tokens[j]) else None


def given(text: str, tokens: Sequence[Token]) -> list[int]:
    """Indices of the nicknames that the text's teasing statements, ``так его звали``, cues and answers to an
    echo (:func:`echoed`) give."""
    out: list[int] = []
    for i, tok in enumerate(tokens):
        found = [_so_named(text, tokens, i)] if tok.norm in NAMING else []
        if tok.norm in TEASING:
            found.append(_teased(tokens, i))
        if tok.norm in _CUE_NOUNS:
            found.append(_cued(tokens, i))
        if tok.norm in _BARE_NOUNS:
            found.append(echoed(text, tokens, i))
        out.extend(k for k in found if k is not None)
    return out


_NAMING_CUES = _BARE_NOUNS | _NAMING_VERBS


def stated(tokens: Sequence[Token], people: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Indices of the nicknames a bare naming noun or a naming verb gives in the nominative; ``people`` are
    the person spans found so far (``звали дядя Коля``: the role noun before a name is no nickname)."""
    found = [_named(tokens, i, people) for i, t in enumerate(tokens) if t.norm in _NAMING_CUES]
    found += [_named_before(tokens, i) for i, t in enumerate(tokens) if t.norm in _NAMING_VERBS]
    return [k for k in found if k is not None]


_VOWELS = frozenset("аеёиоуыэюяіў")
_OBJECT_PRONOUNS = frozenset(fold(w) for w in "его её ее их яго яе іх".split())


def _named_before(tokens: Sequence[Token], i: int) -> int | None:
    """``мы яго шпак завём``: an object pronoun, a singular noun, then the plural naming verb at ``i``; the noun
    cannot be the verb's subject (the verb is plural), so it is the name given."""
    j = i - 1
    if j < 1 or tokens[j - 1].norm not in _OBJECT_PRONOUNS or not tokens[j].spaced or not tokens[i].spaced:
        return None
    tok = tokens[j]
    if not _plain_word(tok) or lowercase.is_role(tok) or not _nickname_word(tok) or not _singular(tok):
        return None
    return j


def _singular(tok: Token) -> bool:
    """A nominative singular reading and no nominative plural one (``шпак``; not ``гости``); a word pymorphy3
    does not know passes unless it ends like a Belarusian plural."""
    parses = namelex.known_parses(tok.text.lower())
    if not parses:
        return not tok.norm.endswith(("ы", "і", "и"))
    if any(p.tag.case == "nomn" and p.tag.number == "plur" for p in parses):
        return False
    return any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses)


def _plural_of(norm: str, bases: frozenset[str]) -> bool:
    """``norm`` is the plural of a consonant-final nickname (``кавуны`` of ``кавун``): the thing, not the
    person; a nickname in ``-а``/``-я`` keeps its genitive (``белки``)."""
    return any(norm.endswith(e) and norm[: -len(e)] in bases for e in ("ы", "і", "и", "ами", "амі", "ах"))


def detect(text: str, language: str, tokens: Sequence[Token], spans: Sequence[Span]) -> list[Span]:
    """The nicknames given in Russian or Belarusian ``text`` and every mention of their stems that no span in
    ``spans`` covers. A capitalised nickname of a naming statement (``кличка Мороз``) is a name in its
    capitalised mentions only (``мороз`` stays weather); one given in lower case in every mention."""
    if language not in ("ru", "be"):
        return []
    people = [(s.start, s.end) for s in spans if s.label == "PERSON"]
    decoys = namelex.decoys()
    named = [tokens[k] for k in stated(tokens, people) if tokens[k].norm not in decoys]
    teased = [tokens[k] for k in given(text, tokens) if tokens[k].norm not in decoys]
    cased = {stem(t.norm) for t in named if t.text[:1].isupper()}
    stems = {stem(t.norm) for t in teased + named if not t.text[:1].isupper()} | {stem(t.norm) for t in teased}
    if not stems and not cased:
        return []
    roles = {stem(tok.norm) for tok in named if lowercase.is_role(tok)}
    bases = frozenset(t.norm for t in teased + named if t.norm[-1:] not in _VOWELS)
    covered = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    keys: dict[str, str] = {}  # norm -> its stem, for this call only (words recur in a transcript)
    for i, tok in enumerate(tokens):
        key = ""
        if tok.cyrillic:
            key = keys.get(tok.norm, "")
            if not key:
                key = keys[tok.norm] = stem(tok.norm)
        if key not in stems and not (key in cased and tok.text[:1].isupper()):
            continue
        if _plural_of(tok.norm, bases):
            continue  # ``у яго кавуны самыя вялікія``: the thing the nickname comes from
        if (i > 0 and tokens[i - 1].norm in _OWNERS and key in roles) or _overlaps(tok, covered):
            continue  # ``звалі дзед``, then ``мой дзед родны``: the speaker's own grandfather
        out.append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, SOURCE))
    return out
