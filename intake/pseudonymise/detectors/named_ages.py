"""A listed first name that the person's own age statement follows (``я вера мне сорак адзін``, ``ученик был рома
цыбуля ему сейчас 16``).

A first name that is also a common word (a decoy: ``Вера``, ``Рома``, ``Лев``) needs support in lower-case
speech. Stating someone's age right after naming them is such support: the name (and at most one word after
it, the surname) is followed by a dative pronoun of a person (``мне``, ``ему``, ``ей``, ``яму``, ``ёй``; English
``i'm``, ``he's``, ``she is``), at most two words of time (``сейчас``, ``тады``, ``было``, ``ужо``, ``now``), and a
number in digits or words that no noun other than a word of years follows (``мне сорок лет``; not ``вера мне два
раза помогала``; in English a pause or ``years`` after it). A verb, a role or a function word never fills the
surname's place (``вера помогала ей двадцать лет``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.numwords import lookup as number_word
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

_DATIVES = frozenset(fold(w) for w in "мне ему ей яму ёй".split())
_TIME = frozenset(
    fold(w)
    for w in (
        "сейчас теперь тогда тады цяпер было была был быў уже ужо ўжо только толькі всего усяго ўсяго почти амаль "
        "now already just only almost nearly"
    ).split()
)
_YEARS = frozenset(fold(w) for w in "лет год года годика гадоў гады год гадок гадкоў years year".split())
_EN_SUBJECTS = frozenset("i he she".split())
_EN_COPULAS = frozenset("am is was s m".split())
_EN_CONTRACTED = frozenset("i'm he's she's".split())
_EN_GO_ON = frozenset("and but so now".split())  # ``i'm forty one and ...``


def _digits_after(text: str, tok: Token) -> bool:
    """Digits follow ``tok`` after spaces only (``ему 16``: digits are no tokens)."""
    rest = text[tok.end : tok.end + 6].lstrip(" ")
    return rest[:1].isdigit()


def _number(tok: Token) -> bool:
    """A number word, or hyphened number words (``thirty-nine``)."""
    return all(number_word(part) is not None for part in tok.text.lower().replace("’", "'").split("-"))


def _no_noun_after(text: str, tokens: Sequence[Token], k: int) -> bool:
    """No noun but a word of years follows the number that ends before ``tokens[k]``, in its line; in English
    a pause or a word of years."""
    if k >= len(tokens) or not tokens[k].spaced or tokens[k].norm in _YEARS:
        return True
    if not tokens[k].cyrillic:
        gap = text[tokens[k - 1].end : tokens[k].start]
        return "  " in gap or any(c in gap for c in ",.;\n") or tokens[k].norm in _EN_GO_ON
    spelling, m = namelex.russian_reading(tokens[k].text.lower().replace("’", "'"))
    return not m.known or namelex.noun_share(spelling) < 0.5


def _after_digits(text: str, tokens: Sequence[Token], k: int) -> bool:
    """The word after digits that end an age statement (``ему 16``) is no noun but a word of years."""
    if k >= len(tokens):
        return True
    gap = text[tokens[k - 1].end : tokens[k].start].strip(" ")
    if "\n" in gap or not gap.isdigit():
        return True  # a line end, or punctuation after the digits (``16,``)
    follower = tokens[k]
    if follower.norm in _YEARS or not follower.cyrillic:
        return follower.norm in _YEARS or follower.norm in _EN_GO_ON or "  " in text[tokens[k - 1].end : follower.start]
    spelling, m = namelex.russian_reading(follower.text.lower().replace("’", "'"))
    return not m.known or namelex.noun_share(spelling) < 0.5


def _statement_end(tokens: Sequence[Token], j: int) -> int:
    """The index after the pronoun (and copula) that opens an age statement at ``tokens[j]`` (``мне``, ``i'm``,
    ``she is``, ``he's``), or 0."""
    if j >= len(tokens) or not tokens[j].spaced:
        return 0
    norm = tokens[j].norm.replace("’", "'")
    if norm in _DATIVES or norm in _EN_CONTRACTED:
        return j + 1
    if norm in _EN_SUBJECTS and j + 1 < len(tokens) and tokens[j + 1].norm in _EN_COPULAS:
        return j + 2
    return 0


def _age_at(text: str, tokens: Sequence[Token], j: int) -> bool:
    """An age statement opens at ``tokens[j]``: a pronoun (and copula), up to two words of time, a number."""
    k = _statement_end(tokens, j)
    if not k:
        return False
    while k < len(tokens) and k <= j + 3 and tokens[k].spaced and tokens[k].norm in _TIME:
        k += 1
    if _digits_after(text, tokens[k - 1]):
        return _after_digits(text, tokens, k)
    if k >= len(tokens) or not tokens[k].spaced or not _number(tokens[k]):
        return False
    while k < len(tokens) and tokens[k].spaced and _number(tokens[k]):
        k += 1  # ``сорак адзін``
    return _no_noun_after(text, tokens, k)


def _surname_place(tok: Token) -> bool:
    """A word that may be the surname between a given name and the age: no function word, role, verb or
    adjective (an adjective surname is ``adjective_surnames``'s, which guards its spread: ``чорная`` / ``у
    чорны спіс``)."""
    from intake.pseudonymise.detectors.adjective_readings import adjective_forms

    if not tok.spaced or not tok.norm.isalpha() or is_stop_word(tok.text) or is_role(tok):
        return False
    if tok.cyrillic and adjective_forms(tok.text):
        return False
    if not tok.cyrillic:
        return not namelex.is_english_word(tok.norm)
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    return not m.known or namelex.verb_share(spelling) < 0.5


def named_by_age(text: str, tokens: Sequence[Token], i: int) -> int:
    """The end of the name that opens at ``tokens[i]`` when an age statement follows it (``вера мне сорак``:
    ``i + 1``; ``рома цыбуля ему 16``: ``i + 2``); 0 when none does."""
    if _age_at(text, tokens, i + 1):
        return i + 1
    if i + 1 < len(tokens) and _surname_place(tokens[i + 1]) and _age_at(text, tokens, i + 2):
        return i + 2
    return 0
