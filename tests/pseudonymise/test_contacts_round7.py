"""Round 7 contact mechanisms, each shown on invented rows (no sentence from an evaluation set): the ``00``
access prefix before any ITU calling code, a bracketed calling or area code, a nine-digit number said in
threes, verbs of dialling and dictating as phone cues, an English number opened with ``o``; ordinary
numbers stay unmasked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.calling_codes import calling_code, international

CONTACTS = frozenset({"PHONE", "EMAIL", "HANDLE", "URL", "ID_NUMBER"})


def _masked(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    spans = [(s.start, s.end) for s in detect(text, lang) if s.label in CONTACTS]
    return all(not text[p].isalnum() or any(a <= p < b for a, b in spans) for p in range(start, start + len(part)))


def test_calling_codes_cover_the_itu_table() -> None:
    assert [calling_code(d) for d in ("420777", "3538712", "9981", "1212", "2819")] == ["420", "353", "998", "1", None]
    assert international("00420777123456") and international("0044770090041")
    assert not international("0029555") and not international("00012345678")


PHONES = [
    # the 00 access prefix and a code outside the home countries, with fillers between the groups
    ("ru", "сестра в Праге, 00420 731, ну, 555, 218", "00420 731, ну, 555, 218"),
    ("en", "my cousin in Dublin, 00 353 86, um, 412 0937", "00 353 86, um, 412 0937"),
    ("be", "брат у Кракаве, 00 48, ну, 502 і 300 і 40", "00 48, ну, 502 і 300 і 40"),
    # a calling or area code in brackets
    ("ru", "у тёти в Риге (371) 26 э-э 118 904", "(371) 26 э-э 118 904"),
    # a nine-digit mobile said in threes is not a sum
    ("ru", "в Варшаве я на 604 118 927, там и вайбер", "604 118 927"),
    # verbs of dictating and dialling announce a phone
    ("be", "запісвайце: 44 731, вось, 20 58, гэта мамін", "44 731, вось, 20 58"),
    ("en", "just dial 61 59 18 77 after nine", "61 59 18 77"),
    # English opens a trunk-dialled number with the letter o
    ("en", "it is o seven nine five three, six nine o eight four", "o seven nine five three, six nine o eight four"),
]


@pytest.mark.parametrize(("lang", "text", "part"), PHONES)
def test_phone_rows_are_masked(lang: str, text: str, part: str) -> None:
    assert _masked(text, lang, part)


ORDINARY = [
    ("ru", "в колонии было 604 000 рублей долга"),
    ("ru", "записывайте: в 2019, 2020 и 2021 годах"),
    ("en", "dial the office at 9 and ask for 12 copies"),
    ("ru", "набирали 150 300 500 человек, ну примерно"),
    ("en", "we reached 604 118 927 people with the appeal"),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_ordinary_numbers_stay(lang: str, text: str) -> None:
    assert not [s.text for s in detect(text, lang) if s.label in CONTACTS]
