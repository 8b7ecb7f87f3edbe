"""A colony named by its town's adjective alone, the noun left out (DETENTION, uncertain ``facility``).

Speakers drop ``колония``/``калонія`` once it is clear what they speak of: ``этапировали в речицкую``,
``перевели в ивацевичскую``, ``перавялі ў мазырскую``. In a text that speaks of detention (``colonies.DOC_CUE``)
such a word is a colony when

* it is a feminine adjective in ``-ск-``/``-цк-`` (``-ая``, ``-ой``, ``-ую``, ``-ай``), the shape of an adjective
  made from a town, and not one of the common adjectives of that shape (``мужскую``, ``городскую``,
  ``беларускай``);
* a preposition of place stands right before it and no noun agreeing with it follows (the caller's check:
  ``в речицкую больницу`` has its noun);
* a prison word or a sentence length stands near it (``slang_context.prison_near``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intake.pseudonymise.detectors.pattern_tokens import Words
from intake.pseudonymise.detectors.slang_context import prison_near
from intake.pseudonymise.spans import UNCERTAIN, Span

_SHAPE = re.compile(r"^[а-яёіў']{3,}(?:ск|цк)(?:ая|ой|ую|ай|ою)$")
_PREPS = frozenset("в во на у ў из з с со".split())
# Common adjectives of the same shape (stems, Russian and Belarusian): sex, age, nation, town vs country, trade.
_COMMON = (
    "мужск", "женск", "жаноч", "детск", "дзіцяч", "городск", "гарадск", "сельск", "советск", "савецк", "русск",
    "руск", "белорусск", "беларуск", "польск", "английск", "англійск", "немецк", "нямецк", "французск",
    "францужск", "украинск", "украінск", "литовск", "літоўск", "еврейск", "яўрэйск", "европейск", "еўрапейск",
    "американск", "амерыканск", "человеческ", "чалавечск", "адвокатск", "адвакацк", "арестантск", "арыштанцк",
    "ментовск", "солдатск", "салдацк", "морск", "марск", "царск", "мирск", "светск", "свецк", "братск",
    "дружеск", "отцовск", "бацькоўск", "материнск", "мацярынск", "университетск", "універсітэцк", "заводск",
    "депутатск", "дэпутацк", "президентск", "прэзідэнцк", "католическ", "каталіцк", "христианск", "хрысціянск",
)


def town_colonies(
    text: str, words: Words, language: str, noun_follows: Callable[[Words, int, str, str], bool]
) -> list[Span]:
    """Town adjectives standing for a colony, in a text already known to speak of detention."""
    toks = words.tokens
    out: list[Span] = []
    for i in range(1, len(toks)):
        low = toks[i].low
        if not low.endswith(("ая", "ой", "ую", "ай", "ою")) or _SHAPE.match(low) is None:
            continue  # cheap gate first: most words do not end so
        if low.startswith(_COMMON) or toks[i - 1].low not in _PREPS or words.gaps[i - 1].strip() != "":
            continue
        if noun_follows(words, i + 1, low, language) or not prison_near(words, i):
            continue
        tok = toks[i]
        out.append(Span(tok.start, tok.end, "DETENTION", tok.text, 0.5, "colonies", f"{UNCERTAIN}:facility"))
    return out
