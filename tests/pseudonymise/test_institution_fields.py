"""An institution takes the field that names it (``каледжы мастацтваў``), and a noun of helping its dative
(``комитет помощи беженцам``): ``institution_tails.field_after``, ``orgnames._tail``, ``phrases.py``.

Invented rows: towns from the gazetteer; colleges, committees and sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

MASKED = [
    # a college or an institute with a town's adjective takes its field, in any letter case
    ("ru", "Она преподавала в Бобруйском колледже искусств до ареста.", "Бобруйском колледже искусств"),
    ("ru", "она преподавала в бобруйском колледже искусств до ареста", "бобруйском колледже искусств"),
    ("be", "Ён выкладаў у Полацкім каледжы мастацтваў, потым з'ехаў.", "Полацкім каледжы мастацтваў"),
    ("be", "ён вучыўся ў магілёўскім інстытуце культуры і з'ехаў", "магілёўскім інстытуце культуры"),
    # a noun of helping takes a dative: a place-named phrase and a name phrase
    ("ru", "бумаги нам собрал гродненский комитет помощи беженцам, спасибо им", "гродненский комитет помощи беженцам"),
    ("ru", "Нам помог Международный фонд помощи пострадавшим, потом уехали.", "Международный фонд помощи пострадавшим"),
    ("be", "нам дапамог міжнародны камітэт дапамогі бежанцам і ўсё", "міжнародны камітэт дапамогі бежанцам"),
]


@pytest.mark.parametrize(("lang", "text", "name"), MASKED)
def test_the_field_or_the_helped_are_part_of_the_name(lang: str, text: str, name: str) -> None:
    check(lang, text, [name], [], whole=True)


STAYS = [
    # no institution before: a field noun alone and a help phrase alone stay
    ("ru", "в колледже было холодно, искусство там не любили", ["искусство"]),
    ("ru", "мы просили помощи соседям, но никто не пришёл", ["соседям"]),
    ("be", "прасілі дапамогі суседзям, але ніхто не прыйшоў", ["суседзям"]),
]


@pytest.mark.parametrize(("lang", "text", "stay"), STAYS)
def test_without_an_institution_the_words_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
