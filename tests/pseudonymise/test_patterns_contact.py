"""Phones, e-mails, handles and URLs: tables of (text, expected spans), positive and negative."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.pseudonymise.detectors.patterns import detect, pattern_hits


def found(text: str, language: str) -> set[tuple[str, str]]:
    return {(s.label, s.text) for s in detect(text, language)}


PHONES = [
    ("ru", "оставлю номер, +375 (33) 612-48-90, только звоните через вайбер", "+375 (33) 612-48-90"),
    ("ru", "или позвонить, +48 512 347 690. Я всем отвечаю", "+48 512 347 690"),
    ("en", "my number here is +370 612 48903, but please write first", "+370 612 48903"),
    ("ru", "звоните 8 029 123-45-67 вечером", "8 029 123-45-67"),
    ("ru", "мобильный 8(029)1234567, это мамин", "8(029)1234567"),
    ("ru", "номер 80291234567 и всё", "80291234567"),
    ("ru", "его номер +7 915 123-45-67, он в Смоленске", "+7 915 123-45-67"),
    ("be", "тэлефон +380 67 123 4567, гэта сястра", "+380 67 123 4567"),
    ("be", "яе нумар 029 612 48 90, можна званіць", "029 612 48 90"),
    ("ru", "домашний 212-34-56, но там никто не берёт", "212-34-56"),
    (
        "ru",
        "номер двадцать девять, ну, шестьсот двенадцать, сорок восемь, девяносто, запишите",
        "двадцать девять, ну, шестьсот двенадцать, сорок восемь, девяносто",
    ),
    (
        "ru",
        "она сама разрешила, плюс три семь пять, двадцать девять, шесть пять четыре, тридцать два, ноль восемь. Она",
        "плюс три семь пять, двадцать девять, шесть пять четыре, тридцать два, ноль восемь",
    ),
    (
        "be",
        "запішыце, плюс тры сем пяць, дваццаць дзевяць, шэсць пяць чатыры, трыццаць два, нуль восем, і ўсё",
        "плюс тры сем пяць, дваццаць дзевяць, шэсць пяць чатыры, трыццаць два, нуль восем",
    ),
    (
        "en",
        "call her on plus three seven five, twenty-nine, six five four, thirty-two, oh eight, any time",
        "plus three seven five, twenty-nine, six five four, thirty-two, oh eight",
    ),
    (
        "ru",
        "мой номер восемь ноль двадцать девять шестьсот двенадцать сорок восемь девяносто и звоните",
        "восемь ноль двадцать девять шестьсот двенадцать сорок восемь девяносто",
    ),
    (
        "en",
        "his number is double five one two three four five six seven",
        "double five one two three four five six seven",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PHONES)
def test_phones_are_found_with_exact_spans(language: str, text: str, expected: str) -> None:
    assert ("PHONE", expected) in found(text, language)


NOT_PHONES = [
    ("ru", "в 2020 2021 годах было тяжело"),
    ("ru", "собрали 1 500 000 рублей за год"),
    ("ru", "заседание в 12:30, а приговор 12.08.2021"),
    ("ru", "с 2020-2021 номер был другой"),
    ("ru", "считали: один, два, три, четыре, пять, шесть, семь"),
    ("en", "they gave him 3 years and 6 months in 2021"),
    ("ru", "передача до тридцати килограмм, раз в три месяца"),
]


@pytest.mark.parametrize(("language", "text"), NOT_PHONES)
def test_numbers_that_are_not_phones(language: str, text: str) -> None:
    assert not [s for s in detect(text, language) if s.label == "PHONE"]


WEB = [
    ("ru", "или на почту, katia.melnik.pl@gmail.com. Мы", "EMAIL", "katia.melnik.pl@gmail.com"),
    (
        "ru",
        "пишите катя точка мельник собака gmail точка ком, ладно",
        "EMAIL",
        "катя точка мельник собака gmail точка ком",
    ),
    ("ru", "пишите на ящик ivan эт mail точка ру", "EMAIL", "ivan эт mail точка ру"),
    (
        "be",
        "пішыце на дапамога кропка вільня сабака протон кропка мі",
        "EMAIL",
        "дапамога кропка вільня сабака протон кропка мі",
    ),
    ("en", "write to help dot family at gmail dot com please", "EMAIL", "help dot family at gmail dot com"),
    (
        "ru",
        "пишите serzh два ноль ноль два собака gmail точка ком",
        "EMAIL",
        "serzh два ноль ноль два собака gmail точка ком",
    ),
    ("ru", "katia.melnik собака gmail.com, запишите", "EMAIL", "katia.melnik собака gmail.com"),
    ("ru", "мой телеграм собака лиса, пишите", "HANDLE", "собака лиса"),
    ("ru", "инстаграм, ну, free точка belarus, там всё", "HANDLE", "free точка belarus"),
    ("ru", "ник @serzh_dub, или Насте", "HANDLE", "@serzh_dub"),
    ("ru", "у нас инстаграм pisma_warszawa, ну, без собачки", "HANDLE", "pisma_warszawa"),
    ("ru", "мой телеграм lisagomel и всё", "HANDLE", "lisagomel"),
    ("ru", "ник собака serzh нижнее подчёркивание dub", "HANDLE", "собака serzh нижнее подчёркивание dub"),
    ("en", "on Telegram I'm @katsia_krk_notes, that's where", "HANDLE", "@katsia_krk_notes"),
    ("en", "find him at lisa underscore gomel on Telegram", "HANDLE", "at lisa underscore gomel"),
    ("be", "канал t.me/free_maryna_k, там лісты", "HANDLE", "t.me/free_maryna_k"),
    ("ru", "выложил ссылку, вот эту, gofund.me/7c1a9e42, и там", "URL", "gofund.me/7c1a9e42"),
    (
        "en",
        "the link is https://www.gofundme.com/f/support-2023, and",
        "URL",
        "https://www.gofundme.com/f/support-2023",
    ),
    ("ru", "ссылка гофанд точка ми слэш абв, там", "URL", "гофанд точка ми слэш абв"),
]


@pytest.mark.parametrize(("language", "text", "label", "expected"), WEB)
def test_addresses_and_handles(language: str, text: str, label: str, expected: str) -> None:
    assert (label, expected) in found(text, language)


NOT_WEB = [
    ("ru", "у нас собака Рекс живёт, поставь точку и всё"),
    ("en", "We met at the station, a channel called Belsat reported it."),
    ("ru", "т.е. мы писали в Telegram и Viber"),
    ("ru", "у нас собака Рекс, и кот"),
    ("ru", "на канале, вот, была точка зрения"),
]


@pytest.mark.parametrize(("language", "text"), NOT_WEB)
def test_ordinary_words_are_not_addresses(language: str, text: str) -> None:
    labels = {s.label for s in detect(text, language)}
    assert not labels & {"EMAIL", "HANDLE", "URL"}


def test_pattern_hits_only_reports_leak_labels() -> None:
    text = "Мне было двадцать два, звоните +375 29 612 48 90, пишите a.b@proton.me, это было 12 августа 2020 года"
    assert {s.label for s in pattern_hits(text, "ru")} == {"PHONE", "EMAIL"}


_GROUPINGS = [
    "+375 {op} {a}{b}{c} {d}{e} {f}{g}",
    "+375 ({op}) {a}{b}{c}-{d}{e}-{f}{g}",
    "+375{op}{a}{b}{c}{d}{e}{f}{g}",
    "8 0{op} {a}{b}{c}-{d}{e}-{f}{g}",
    "8 (0{op}) {a}{b}{c} {d}{e} {f}{g}",
    "80{op}{a}{b}{c}{d}{e}{f}{g}",
    "+375-{op}-{a}{b}{c}-{d}{e}-{f}{g}",
]


@settings(max_examples=150, deadline=None)
@given(
    op=st.sampled_from(["29", "33", "44", "25", "17"]),
    digits=st.lists(st.integers(0, 9), min_size=7, max_size=7),
    fmt=st.sampled_from(_GROUPINGS),
    lead=st.sampled_from(["Номер ", "Мой телефон: ", "пишите, ", "", "Тэлефон "]),
)
def test_any_belarusian_number_in_any_common_format_is_found(op: str, digits: list[int], fmt: str, lead: str) -> None:
    a, b, c, d, e, f, g = digits
    phone = fmt.format(op=op, a=a, b=b, c=c, d=d, e=e, f=f, g=g)
    text = f"{lead}{phone}, звоните вечером."
    assert ("PHONE", phone) in {(s.label, s.text) for s in pattern_hits(text, "ru")}


_RU_UNITS = "ноль один два три четыре пять шесть семь восемь девять".split()
_RU_TEENS = (
    "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать "
    "девятнадцать"
).split()
_RU_TENS = {
    2: "двадцать",
    3: "тридцать",
    4: "сорок",
    5: "пятьдесят",
    6: "шестьдесят",
    7: "семьдесят",
    8: "восемьдесят",
    9: "девяносто",
}
_EN_UNITS = "oh one two three four five six seven eight nine".split()


def _ru_pair(pair: str) -> str:
    """A two-digit group as a Russian speaker dictates it (``08`` -> ``ноль восемь``, ``32`` -> ``тридцать два``)."""
    tens, unit = int(pair[0]), int(pair[1])
    if tens == 0:
        return f"ноль {_RU_UNITS[unit]}"
    if tens == 1:
        return _RU_TEENS[unit]
    return _RU_TENS[tens] if unit == 0 else f"{_RU_TENS[tens]} {_RU_UNITS[unit]}"


@settings(max_examples=150, deadline=None)
@given(
    op=st.sampled_from(["25", "29", "33", "44"]),
    rest=st.lists(st.integers(0, 9), min_size=7, max_size=7),
    lead=st.sampled_from(["плюс три семь пять, ", "плюс три семь пять ", ""]),
)
def test_any_dictated_belarusian_number_is_found(op: str, rest: list[int], lead: str) -> None:
    digits = "".join(map(str, rest))
    groups = [
        _ru_pair(op),
        " ".join(_RU_UNITS[int(d)] for d in digits[:3]),
        _ru_pair(digits[3:5]),
        _ru_pair(digits[5:]),
    ]
    phone = lead + ", ".join(groups)
    text = f"Запишите её номер, {phone}. Она поможет."
    assert ("PHONE", phone) in {(s.label, s.text) for s in pattern_hits(text, "ru")}


@settings(max_examples=100, deadline=None)
@given(rest=st.lists(st.integers(0, 9), min_size=11, max_size=11))
def test_any_number_dictated_digit_by_digit_in_english_is_found(rest: list[int]) -> None:
    phone = "plus " + " ".join(_EN_UNITS[d] for d in [3, 7, 0, *rest[:8]])
    text = f"You can call my sister on {phone}, she answers late."
    assert ("PHONE", phone) in {(s.label, s.text) for s in pattern_hits(text, "en")}
