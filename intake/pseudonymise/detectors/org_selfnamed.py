"""A group that names itself: ``вецер мы называліся``, ``мы назывались ласточка``.

A speaker who played in a band, sang in a choir or ran a team names it by what "we were called", the name before
``мы`` or after the verb: ``ну вецер мы называліся``, ``мы назывались зубр``, ``называліся мы пралеска``. Nothing
but a name is "what we were called" in the nominative, so the word is one even when it is a common noun
(``ветер``, ``зубр``). The name is one word: Cyrillic, three letters or more, no function word, and a noun by
its Russian reading or a word neither pymorphy3 nor hunspell-be knows (``так``, ``сначала``, ``спачатку`` are
none). Russian and
Belarusian, cased and lower-case; every span is uncertain (0.5, ``uncertain:orgselfnamed``). The name's other
mentions are left (this rule runs after ``orglinks.py``; a bare common noun is too often the word itself).

English says it with a reflexive verb (``we called ourselves old castle ultras``, ``we named ourselves
...``): in lower-case speech the name is the bare phrase of two or three words after it (``org_slots``'s
``en_name_word``: no function word, filler or adverb); one word (``we called ourselves lucky``) or a phrase
with an article (``we called ourselves a family``) is a description and stays open.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, namelex, org_slots
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "selfnamed"
_WE = frozenset(("мы",))
# Plural past forms of "to be called" (folded: ``і`` -> ``и``), Russian and Belarusian.
_CALLED = frozenset("назывались называлися звались звалися".split())


def _name(tok: Token) -> bool:
    """A one-word name: Cyrillic, no function word, a noun or unknown by its Russian reading."""
    if not tok.cyrillic or len(tok.norm) < 3 or not tok.norm.isalpha() or is_stop_word(tok.norm):
        return False
    reading, morph = namelex.russian_reading(tok.norm)
    if not morph.known:
        return not be_vocab.known(tok.text.lower())  # ``спачатку``: a Belarusian word, no name
    return namelex.noun_share(reading) >= 0.5 and namelex.verb_share(reading) < 0.3


def _slot(tokens: Sequence[Token], i: int) -> int | None:
    """Index of the name around the verb at ``i``: before ``мы``, or after ``мы`` + verb / verb + ``мы``."""
    if i > 0 and tokens[i - 1].norm in _WE and tokens[i].spaced:
        if i > 1 and tokens[i - 1].spaced and _name(tokens[i - 2]):
            return i - 2  # ``вецер мы называліся``
        return i + 1 if i + 1 < len(tokens) and tokens[i + 1].spaced and _name(tokens[i + 1]) else None
    if i + 2 < len(tokens) and tokens[i + 1].norm in _WE and tokens[i + 2].spaced and _name(tokens[i + 2]):
        return i + 2  # ``называліся мы пралеска``
    return None


_EN_CALLED = frozenset("called call calling named name naming".split())
_EN_SELVES = frozenset(("ourselves", "themselves"))


def _english(text: str, tokens: Sequence[Token]) -> list[Span]:
    """``we called ourselves`` and a bare phrase of two or three name words after it."""
    out: list[Span] = []
    for i in range(1, len(tokens) - 2):
        if tokens[i].norm not in _EN_SELVES or tokens[i - 1].norm not in _EN_CALLED or not tokens[i].spaced:
            continue
        end = i + 1
        while end < len(tokens) and end - i <= 3 and org_slots.en_name_word(tokens[end]):
            end += 1
        if end - i - 1 >= 2:
            out.append(org_span(text, tokens[i + 1].start, tokens[end - 1].end, RULE, 0.5, True))
    return out


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over the names a group gives itself."""
    if language == "en":
        return _english(text, tokens)
    if language not in ("ru", "be"):
        return []
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if tok.norm not in _CALLED:
            continue
        j = _slot(tokens, i)
        if j is not None:
            out.append(org_span(text, tokens[j].start, tokens[j].end, RULE, 0.5, True))
    return out
