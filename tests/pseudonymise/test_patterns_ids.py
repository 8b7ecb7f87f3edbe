"""ID numbers: Luhn and IBAN checks (with properties), passports, personal numbers, case numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.pseudonymise.detectors.patterns import detect, iban_ok, luhn_ok


def ids(text: str, language: str) -> set[str]:
    return {s.text for s in detect(text, language) if s.label == "ID_NUMBER"}


@pytest.mark.parametrize(
    ("digits", "ok"),
    [("4111 1111 1111 1111", True), ("4111 1111 1111 1112", False), ("79927398713", True), ("79927398710", False)],
)
def test_luhn_known_values(digits: str, ok: bool) -> None:
    assert luhn_ok(digits) is ok


@pytest.mark.parametrize(
    ("iban", "ok"),
    [
        ("PL61 1090 1014 0000 0712 1981 2874", True),
        ("GB82 WEST 1234 5698 7654 32", True),
        ("BY13 NBRB 3600 9000 0000 2Z00 AB00", True),
        ("PL61 1090 1014 0000 0712 1981 2875", False),
        ("LT71 7300 0101 4412 0937", False),
        ("not an iban", False),
    ],
)
def test_iban_known_values(iban: str, ok: bool) -> None:
    assert iban_ok(iban) is ok


def _luhn_complete(body: list[int]) -> str:
    for check in range(10):
        candidate = "".join(map(str, body)) + str(check)
        if luhn_ok(candidate):
            return candidate
    raise AssertionError("unreachable: one check digit always fits")


@given(st.lists(st.integers(0, 9), min_size=12, max_size=18), st.integers(0, 17), st.integers(1, 9))
def test_luhn_catches_every_single_digit_change(body: list[int], where: int, delta: int) -> None:
    number = _luhn_complete(body)
    i = where % len(number)
    changed = number[:i] + str((int(number[i]) + delta) % 10) + number[i + 1 :]
    assert luhn_ok(number) and not luhn_ok(changed)


@settings(max_examples=200)
@given(st.sampled_from(["PL", "LT", "BY", "DE"]), st.text("0123456789ABCDEFGHJK", min_size=12, max_size=24))
def test_iban_check_digits_computed_by_the_standard_always_validate(country: str, bban: str) -> None:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban)
    spaced = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    assert iban_ok(spaced)
    assert not iban_ok(f"{country}{(check + 1) % 100:02d}{bban}") or check == 99


POSITIVE = [
    ("ru", "паспорт серия MP номер 1234567, выдан в Минске", "MP номер 1234567"),
    ("ru", "уголовное дело номер 1234567 возбудили в августе", "1234567"),
    ("ru", "идентификационный номер 3 1 2 0 3 9 5 A 0 0 1 P B 9, записали", "3 1 2 0 3 9 5 A 0 0 1 P B 9"),
    ("ru", "Счёт литовский, ну, вот он, LT71 7300 0101 4412 0937, это мой личный", "LT71 7300 0101 4412 0937"),
    (
        "ru",
        "на мой польский счёт, PL61 1090 1014 0000 0712 1981 2874, получатель",
        "PL61 1090 1014 0000 0712 1981 2874",
    ),
    ("ru", "карта 4111 1111 1111 1111, на имя мамы", "4111 1111 1111 1111"),
    ("ru", "номер уголовного дела? 21111040187, я его наизусть помню", "21111040187"),
    ("ru", "дело № 20201500123 возбудили в августе", "20201500123"),
    ("be", "пашпарт MP1234567, выдадзены ў Гомелі", "MP1234567"),
    ("ru", "паспорт серии МР 1234567", "МР 1234567"),
    ("be", "асабісты нумар 3120395A001PB9, запішыце", "3120395A001PB9"),
    ("en", "her personal number 3120395 A 001 PB 9 was on the form", "3120395 A 001 PB 9"),
    (
        "ru",
        "номер паспорта эм пэ один два три четыре пять шесть семь, и всё",
        "эм пэ один два три четыре пять шесть семь",
    ),
    (
        "ru",
        "личный номер три один два ноль три девять пять а ноль ноль один пэ бэ девять, вот",
        "три один два ноль три девять пять а ноль ноль один пэ бэ девять",
    ),
    (
        "be",
        "асабісты нумар тры адзін два нуль тры дзевяць пяць А нуль нуль адзін ПБ дзевяць",
        "тры адзін два нуль тры дзевяць пяць А нуль нуль адзін ПБ дзевяць",
    ),
    (
        "en",
        "my personal number is three one two oh three nine five A zero zero one P B nine, right",
        "three one two oh three nine five A zero zero one P B nine",
    ),
    (
        "ru",
        "номер дела два один один один один ноль четыре ноль один восемь семь",
        "два один один один один ноль четыре ноль один восемь семь",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), POSITIVE)
def test_id_numbers_are_found_with_exact_spans(language: str, text: str, expected: str) -> None:
    assert expected in ids(text, language)


NEGATIVE = [
    ("ru", "это стоило 10000000 рублей, представляете"),
    ("ru", "в 2020 году, в 2021-м, и в 2022 году"),
    ("en", "A man and a woman, I think, came at seven"),
    ("ru", "и я, и она, и все остальные пришли к восьми"),
    ("ru", "передача до тридцати килограмм, 12.08.2021"),
]


@pytest.mark.parametrize(("language", "text"), NEGATIVE)
def test_ordinary_numbers_are_not_id_numbers(language: str, text: str) -> None:
    assert ids(text, language) == set()


def test_a_phone_inside_an_iban_is_not_reported_as_a_phone() -> None:
    spans = detect("рахунак LT45 3250 0236 8841 7702, і штомесяц", "be")
    assert [(s.label, s.text) for s in spans] == [("ID_NUMBER", "LT45 3250 0236 8841 7702")]
