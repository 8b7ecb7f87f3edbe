"""The name a person signs with (``signatures.py``): after a reflexive verb of signing (``подписывалась``,
``падпісваецца``) or ``signs them``/``signed as`` in English, the initials or the one word that closes the
phrase is a person, in lower-case speech too. A preposition, an adverb or a verb after the verb keeps
the phrase a plain statement. Rows invented."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

MASK_ROWS = [
    ("ru", "письма приходили редко  она всегда подписывалась  т  м   как в школе", ["т  м"]),
    ("be", "у лістах ён падпісваецца проста  цвік   як у войску", ["цвік"]),
    ("ru", "в письмах он подписывался просто  гвоздь  и всё", ["гвоздь"]),
    ("en", "every letter is the same  he signs them  captain k   and mum keeps them all", ["captain k"]),
    ("en", "she always signed as sparrow  even to her lawyer", ["sparrow"]),
]

STAY_ROWS = [
    ("ru", "он подписывался под каждым словом  правда", ["каждым", "словом"]),
    ("ru", "она подписывалась везде  не глядя", ["везде"]),
    ("ru", "он подписывался  не читая  всё подряд", ["читая"]),
    ("en", "he signs them every week and sends them", ["every", "week"]),
    ("be", "яна падпісвалася на канал  і чытала", ["канал"]),
]


@pytest.mark.parametrize(("lang", "text", "mask"), MASK_ROWS)
def test_the_name_signed_with(lang: str, text: str, mask: list[str]) -> None:
    check(lang, text, mask, [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_plain_statements_about_signing_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


def test_manner_adverbs_and_fillers_are_no_signature() -> None:
    check("be", "ён заўсёды падпісваецца па-лацінцы  і дробна", [], ["па-лацінцы"])
    check("be", "у лістах ён падпісваецца проста  цвік   як у войску", ["цвік"], ["проста"])
