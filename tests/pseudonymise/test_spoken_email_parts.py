"""A spoken e-mail's part after a separator may be a word and a number said in words (``точка свет двадцать
один``): the whole address is one span, with no word of it left between a name span and the address.

Found by the property test ``test_contact_renderings.py::test_every_rendered_contact_is_masked_whole``
(round 23): a part of three words stopped the spoken-address expression, so the address began at the number
and ``свет`` stayed readable. Every row is invented for this test; each is checked as written and in lower
case with punctuation blanked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import covered, variant

ROWS = [
    ("ru", "Почта у меня кира точка свет двадцать один собака гмейл точка ком, пишите.",
     "кира точка свет двадцать один собака гмейл точка ком"),
    ("ru", "Пишите на олег нижнее подчёркивание лес сорок два собака яндекс точка ру.",
     "олег нижнее подчёркивание лес сорок два собака яндекс точка ру"),
    ("be", "Пошта ў мяне кіра кропка свет дваццаць адзін сабака гмейл кропка ком.",
     "кіра кропка свет дваццаць адзін сабака гмейл кропка ком"),
    ("en", "My email is kira dot light twenty one at gmail dot com, write any time.",
     "kira dot light twenty one at gmail dot com"),
    ("en", "It's oleg underscore field thirty three at proton dot me.",
     "oleg underscore field thirty three at proton dot me"),
]


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "address"), ROWS)
def test_the_whole_spoken_address_is_masked(lang: str, text: str, address: str, lower: bool) -> None:
    text, address = variant(text, address, lower)
    spans = detect(text, lang)
    assert covered(spans, text, address), [(s.text, s.label) for s in spans]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Поставим точку, свет двадцать один раз мигал, а собака лаяла."),
    ("en", "We stopped at the dot, light twenty one times, at night."),
])
def test_ordinary_speech_with_the_words_is_no_address(lang: str, text: str) -> None:
    assert not [s for s in detect(text, lang) if s.label == "EMAIL"]
