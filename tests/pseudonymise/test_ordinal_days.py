"""Every day of the month as a spoken ordinal (``numwords.py``, ``dates.py``): 1-31 in the nominative,
genitive and prepositional in Russian and Belarusian, as written and in the spellings speech gives Belarusian
ordinals (a single ``ц``, ``семнаццатага``), read as that number and, before a month, as a date, cased and in
lower case. An ordinal without a month is no date. Rows invented."""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors.dates import detect_dates
from intake.pseudonymise.detectors.numwords import read_number
from tests.pseudonymise.masking import check

# Day -> "nominative genitive prepositional" (neuter: ``первое мая``); 21-31 compose from the tens below.
RU_DAYS = {
    1: "первое первого первом", 2: "второе второго втором", 3: "третье третьего третьем",
    4: "четвёртое четвёртого четвёртом", 5: "пятое пятого пятом", 6: "шестое шестого шестом",
    7: "седьмое седьмого седьмом", 8: "восьмое восьмого восьмом", 9: "девятое девятого девятом",
    10: "десятое десятого десятом", 11: "одиннадцатое одиннадцатого одиннадцатом",
    12: "двенадцатое двенадцатого двенадцатом", 13: "тринадцатое тринадцатого тринадцатом",
    14: "четырнадцатое четырнадцатого четырнадцатом", 15: "пятнадцатое пятнадцатого пятнадцатом",
    16: "шестнадцатое шестнадцатого шестнадцатом", 17: "семнадцатое семнадцатого семнадцатом",
    18: "восемнадцатое восемнадцатого восемнадцатом", 19: "девятнадцатое девятнадцатого девятнадцатом",
    20: "двадцатое двадцатого двадцатом", 30: "тридцатое тридцатого тридцатом",
}
BE_DAYS = {
    1: "першае першага першым", 2: "другое другога другім", 3: "трэцяе трэцяга трэцім",
    4: "чацвёртае чацвёртага чацвёртым", 5: "пятае пятага пятым", 6: "шостае шостага шостым",
    7: "сёмае сёмага сёмым", 8: "восьмае восьмага восьмым", 9: "дзявятае дзявятага дзявятым",
    10: "дзясятае дзясятага дзясятым", 11: "адзінаццатае адзінаццатага адзінаццатым",
    12: "дванаццатае дванаццатага дванаццатым", 13: "трынаццатае трынаццатага трынаццатым",
    14: "чатырнаццатае чатырнаццатага чатырнаццатым", 15: "пятнаццатае пятнаццатага пятнаццатым",
    16: "шаснаццатае шаснаццатага шаснаццатым", 17: "сямнаццатае сямнаццатага сямнаццатым",
    18: "васямнаццатае васямнаццатага васямнаццатым", 19: "дзевятнаццатае дзевятнаццатага дзевятнаццатым",
    20: "дваццатае дваццатага дваццатым", 30: "трыццатае трыццатага трыццатым",
}
# The spellings speech and its transcribers give Belarusian ordinals (as they give the cardinals).
BE_SPOKEN = {
    17: "семнаццатае семнаццатага семнаццатым", 18: "васемнаццатае васемнаццатага васемнаццатым",
    19: "дзявятнаццатае дзявятнаццатага дзявятнаццатым", 12: "дванацатае дванацатага дванацатым",
    15: "пятнацатае пятнацатага пятнацатым", 20: "двацатае двацатага двацатым", 30: "трыцатае трыцатага трыцатым",
    9: "дзевятае дзевятага дзевятым", 10: "дзесятае дзесятага дзесятым",
}
TENS = {"ru": {20: "двадцать", 30: "тридцать"}, "be": {20: "дваццаць", 30: "трыццаць"}}


def _forms(language: str, table: dict[int, str]) -> list[tuple[int, str, str]]:
    """``(day, case, words)`` for every day of ``table`` and the compounds 21-31 built on it."""
    rows = []
    for day in range(1, 32):
        tens, unit = (day // 10 * 10, day % 10) if day > 20 and day % 10 else (0, day)
        if unit not in table:
            continue
        for case, word in zip(("nom", "gen", "prep"), table[unit].split(), strict=True):
            rows.append((day, case, f"{TENS[language][tens]} {word}" if tens else word))
    return rows


ORDINALS = [("ru", *row) for row in _forms("ru", RU_DAYS)] + [("be", *row) for row in _forms("be", BE_DAYS)]
ORDINALS += [("be", *row) for row in _forms("be", BE_SPOKEN)]


def test_the_tables_cover_every_day() -> None:
    for language in ("ru", "be"):
        days = {day for lang, day, _, _ in ORDINALS if lang == language}
        assert days == set(range(1, 32))


@pytest.mark.parametrize(("language", "day", "case", "words"), ORDINALS)
def test_every_day_ordinal_reads_as_its_number(language: str, day: int, case: str, words: str) -> None:
    for said in (words, words.capitalize()):
        number = read_number(said.split())
        assert number is not None and (number.value, number.ordinal, number.used) == (day, True, len(said.split()))


MONTHS = {"ru": ("мая", "августа"), "be": ("траўня", "жніўня", "мая")}


@pytest.mark.parametrize(("language", "day", "words"), [(lang, d, w) for lang, d, c, w in ORDINALS if c != "prep"])
def test_every_day_ordinal_before_a_month_is_a_date(language: str, day: int, words: str) -> None:
    for month in MONTHS[language]:
        for text in (f"Его забрали {words.capitalize()} {month}, вечером.", f"и его забрали {words} {month} вечером"):
            dates = [s.text.lower() for s in detect_dates(text, language)]
            assert f"{words} {month}" in dates, (text, dates)


MASK_ROWS = [
    ("be", "Брата затрымалі семнаццатага траўня каля дома.", ["семнаццатага траўня"]),
    ("be", "брата затрымалі семнаццатага мая каля дома", ["семнаццатага мая"]),
    ("be", "Суд прызначылі на дваццаць дзявятае жніўня.", ["дваццаць дзявятае жніўня"]),
    ("be", "суд быў трыцатага ліпеня а потым этап", ["трыцатага ліпеня"]),
    ("ru", "Обыск был двадцать третьего августа утром.", ["двадцать третьего августа"]),
    ("ru", "обыск был тридцать первого декабря под утро", ["тридцать первого декабря"]),
]
STAY_ROWS = [
    ("be", "Ён быў семнаццатым у чарзе на перадачу.", ["семнаццатым"]),
    ("be", "у дваццаць першым стагоддзі так не робяць", ["першым"]),
    ("ru", "Он стоял семнадцатым в очереди.", ["семнадцатым"]),
    ("ru", "на двадцать третьем километре нас остановили", ["третьем"]),
]


@pytest.mark.parametrize(("lang", "text", "mask"), MASK_ROWS)
def test_spoken_ordinal_dates_are_masked(lang: str, text: str, mask: list[str]) -> None:
    check(lang, text, mask, [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_an_ordinal_without_a_month_stays(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
