"""Institution descriptions made specific by what follows or precedes the head (``institutions.py``).

A genitive complement naming a place or a person (``суд Савецкага раёна``, ``университете Скорины``), a
sub-unit before the institution (``аддзел культуры ... райвыканкама``), a federation's sport, sports
schools and kindergartens with a number, English descriptions after ``the``. Every row is invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors import institutions
from intake.pseudonymise.detectors.pattern_tokens import split


def _found(text: str, lang: str) -> list[str]:
    return [s.text for s in institutions.detect_institutions(text, split(text), lang)]


FOUND = [
    ("be", "Прысуд вынес Суд Савецкага раёна, у лютым.", "Суд Савецкага раёна"),
    ("ru", "повестка пришла из РУВД Октябрьского района вчера", "РУВД Октябрьского района"),
    ("ru", "она училась в университете Скорины, на истфаке", "университете Скорины"),
    ("be", "ён працуе ў шпіталі Бабінскага, анестэзіёлагам", "шпіталі Бабінскага"),
    ("be", "ён працуе ў шпіталі бабінскага  анестэзіёлагам", "шпіталі бабінскага"),
    ("ru", "она училась в университете пушкина  на истфаке", "университете пушкина"),
    ("be", "званілі з аддзела культуры Гомельскага гарвыканкама, казалі", "аддзела культуры Гомельскага гарвыканкама"),
    ("ru", "а федерация карате никак не ответила", "федерация карате"),
    ("ru", "я тренировал детей в сдюшор номер 5 десять лет", "сдюшор номер 5"),
    ("be", "я працавала ў дзіцячым садзе нумар 7 выхавальніцай", "дзіцячым садзе нумар 7"),
    ("en", "she was on shift at ambulance substation number 4 that night", "ambulance substation number 4"),
    ("be", "мяне адлічылі з медуніверсітэта ў 2021", "медуніверсітэта"),
    ("en", "his daughter studied at the veterinary academy, then left", "veterinary academy"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FOUND)
def test_specific_institution_descriptions(lang: str, text: str, surface: str) -> None:
    assert surface in _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("be", "Потым суд адклалі на тыдзень."),
     ("ru", "федерация не ответила ни разу"),
     ("ru", "мы гуляли в саду у бабушки"),
     ("ru", "это спортивная школа олимпийского резерва"),
     ("en", "an academy is a good place to study")],
)
def test_bare_heads_and_adverbs_stay(lang: str, text: str) -> None:
    assert _found(text, lang) == []
