"""Centres named by what they do: ``центр``/``цэнтр`` with adjectives and an activity noun in the genitive.

``центр белорусской культуры``, ``у цэнтры прававой дапамогі``, ``в центре социальной реабилитации``: a centre
whose genitive complement is a field of activity (culture, help, support, development, art, education ...) is an
institution; one whose complement is a place or a thing (``в центре старого города``, ``в центре внимания``) is a
part of it. The activity nouns are an inventory of general knowledge (Russian and Belarusian); at least one
genitive adjective must stand between the head and the noun, since ``центр помощи`` alone is a common noun phrase.
Russian and Belarusian, cased and lower-case; every span is uncertain (0.5, ``uncertain:orgcentre``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

RULE = "centre"
_HEADS = ("центр", "цэнтр")
_NOT_HEADS = ("центральн", "цэнтральн", "центрир")
# Genitive adjective endings (folded: ў->у, і->и, ё->е).
_GEN_ADJ = ("ой", "ей", "ай", "яй", "ых", "их", "ого", "его", "ага", "яга")
# Stems (folded) of activity nouns that make a centre an institution, Russian and Belarusian.
_ACTIVITIES = (
    "культур", "помощ", "дапамог", "поддержк", "падтрымк", "развит", "развицц", "творчеств", "творчаст",
    "искусств", "мастацтв", "реабилитац", "рэабилитац", "образован", "адукацы", "исследован", "даследаван",
    "информац", "инфармац", "технолог", "тэхналог", "диалог", "дыялог", "демократ", "дэмакрат", "журналист",
    "адаптац", "интеграц", "интэграц", "правозащит", "праваабарон", "солидарн", "салидарн",
)


def _head(tok: Token) -> bool:
    """A form of ``центр``/``цэнтр`` (not ``центральный``)."""
    return tok.norm.startswith(_HEADS) and not tok.norm.startswith(_NOT_HEADS) and len(tok.norm) <= 8


def _name_end(tokens: Sequence[Token], i: int) -> int:
    """Index after the activity noun that completes a centre's name from ``tokens[i]`` (``i`` when none)."""
    k = i + 1
    while k < len(tokens) and k - i <= 3 and tokens[k].spaced and tokens[k].norm.endswith(_GEN_ADJ):
        k += 1
    if k == i + 1 or k >= len(tokens) or not tokens[k].spaced:
        return i
    return k + 1 if tokens[k].norm.startswith(_ACTIVITIES) else i


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over centres named by their field of activity."""
    if language not in ("ru", "be"):
        return []
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if not _head(tok):
            continue
        end = _name_end(tokens, i)
        if end > i:
            out.append(org_span(text, tok.start, tokens[end - 1].end, RULE, 0.5, True))
    return out
