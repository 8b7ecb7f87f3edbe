"""A surname set off by pauses after a role phrase that points at one person, in lower-case speech.

Speakers name a person by role first and then, after a pause, by surname: ``начальник отряда, Сухарь,
вроде``, ``наш участковый, Перловка, он``, ``помощник мой, Сазан, Павел``. Speech recognition blanks the commas
(two spaces) and the capital, and a surname that is a common noun (``сухарь``, ``перловка``) is then only a
word. What makes the slot is a determined role: a title or role noun with an owner (``наш``, ``мой``) or a
unit in the genitive (``отряда``, ``колонии``) before the pause; a bare role begins as often a list
(``адвокат, суд, прокурор``), and after a kin noun the word is mostly a trade (``мой дзед, бондар``). The word
fills the slot when:

* it may be a surname (``surname_slots.eligible``: no role, verb, adverb or function word) and reads as a
  singular noun in the nominative, or is a word no dictionary knows shaped like a Belarusian noun;
* a pause, a hesitation (``ну``), a nominative pronoun taking it up (``он``) or a detected name (``павел``)
  follows it: the apposition closes (``наш участковый  протокол составил`` stays).

Candidates are uncertain PERSON (reason ``uncertain:paused-appos``) and mask the surname's other forms as
``surname_slots`` does, but for a mention right after ``не`` (``сам-то я не сазан``): the word's meaning.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import belarusian_noun
from intake.pseudonymise.detectors.lowercase import HESITATIONS, is_role
from intake.pseudonymise.detectors.surname_slots import eligible, spread
from intake.pseudonymise.detectors.titles import title_cases
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold, is_lowercase_text
from intake.pseudonymise.spans import Span

RULE = "paused-appos"
SCORE = 0.4
_OWNERS = frozenset(fold(w) for w in "наш наша мой моя ваш ваша мая".split())
_PRONOUNS = frozenset(fold(w) for w in "он она ён яна".split())
# Kin nouns: after them a paused word is mostly what the relative was or did (``мой дзед, бондар``), not a name.
_KIN = frozenset(
    fold(w)
    for w in (
        "дед дедушка дзед дзядуля баба бабушка бабуля брат братан сестра сястра мама маці мать папа тата бацька "
        "отец муж жонка жена сын дочь дачка дядя дзядзька тётя цётка внук унук внучка унучка"
    ).split()
)


def _paused(text: str, left: Token, right: Token) -> bool:
    """A blanked comma (two spaces or more) or a comma, and no line break, between two words."""
    gap = text[left.end : right.start]
    return "\n" not in gap and ("  " in gap or "," in gap) and not gap.strip(" ,")


def _role(tok: Token, owned: bool) -> bool:
    """A title or a role noun in the nominative singular; with an owner (``помощник мой``) any animate noun
    in the nominative singular; never a kin noun (:data:`_KIN`)."""
    if tok.norm in _KIN:
        return False
    title = title_cases(tok.text, tok.norm)
    if (title is not None and "nomn" in title[0]) or is_role(tok):
        return True
    parses = namelex.known_parses(tok.text.lower()) if owned else ()
    return any(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
               for p in parses)


def _unit(tok: Token) -> bool:
    """A noun with a genitive singular reading (``отряда``, ``колонии``): the unit a head title heads."""
    parses = [p for p in namelex.known_parses(tok.text.lower()) if p.tag.POS == "NOUN"]
    return any(p.tag.case == "gent" and p.tag.number == "sing" for p in parses)


def _determined_role(tokens: Sequence[Token], i: int) -> bool:
    """The words before ``tokens[i]`` (the pause already checked) end a role phrase with an owner or a unit:
    ``наш участковый``, ``помощник мой``, ``начальник отряда``."""
    if i < 2 or not tokens[i - 1].spaced:
        return False
    last, before = tokens[i - 1], tokens[i - 2]
    if last.norm in _OWNERS:
        return _role(before, True)
    if before.norm in _OWNERS:
        return _role(last, True)
    return _unit(last) and _role(before, False)


def _noun(tok: Token) -> bool:
    """A singular noun in the nominative, in no plural reading; or an unknown Belarusian-shaped noun."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return belarusian_noun(tok)
    parses = [p for p in namelex.known_parses(spelling) if p.tag.POS == "NOUN"]
    if not parses or any(p.tag.number == "plur" for p in parses):
        return False
    return any(p.tag.case == "nomn" for p in parses)


def _closed(text: str, tokens: Sequence[Token], i: int, person: Sequence[bool]) -> bool:
    """The apposition ends after ``tokens[i]``: the text ends, a pause, a hesitation, a pronoun or a name."""
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    return _paused(text, tokens[i], nxt) or nxt.norm in HESITATIONS or nxt.norm in _PRONOUNS or person[i + 1]


def _slot(text: str, tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    tok = tokens[i]
    if i < 2 or not _paused(text, tokens[i - 1], tok) or not _closed(text, tokens, i, person):
        return False
    return _determined_role(tokens, i) and _noun(tok) and eligible(tok)


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for the paused surnames of lower-case Russian or Belarusian ``text`` that no
    span in ``spans`` covers, and for the other forms of those surnames in the text."""
    if language not in ("ru", "be") or not tokens or not is_lowercase_text(tokens):
        return []
    covered, person = covered_tokens(tokens, spans)
    seeds = [
        Span(t.start, t.end, "PERSON", t.text, SCORE, f"candidates:{RULE}", "")
        for i, t in enumerate(tokens)
        if not covered[i] and _slot(text, tokens, person, i)
    ]
    if not seeds:
        return []
    starts = {t.start: k for k, t in enumerate(tokens)}
    return [s for s in spread(text, language, spans, tokens, seeds, RULE) if not _denied(tokens, starts.get(s.start))]


def _denied(tokens: Sequence[Token], k: int | None) -> bool:
    """A mention right after ``не`` (``сам-то я не сазан``): the word's meaning denied of someone, not the name."""
    return k is not None and k > 0 and tokens[k].spaced and tokens[k - 1].norm in _NOT


_NOT = frozenset(fold(w) for w in "не".split())
