"""Identity, document and case numbers by their cue, cased and in lower-cased speech (``cued_numbers.py``).

Invented sentences. Each hit row is checked as written and as speech recognition leaves it (lower case,
punctuation blanked, offsets unchanged); each non-hit row asserts no ID_NUMBER over the given digits.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.cued_numbers import cued_numbers


def asr_like(text: str) -> str:
    """Lower case, punctuation blanked (as ``bench/detection_scoring.asr_like``)."""
    return "".join(" " if c in '.,!?;:«»"()—–' else c.lower() for c in text)


HITS = [
    ("ru", "Паспорт серии НВ номер 3961027 выдали в 2016 году.", "НВ номер 3961027"),
    ("ru", "Паспорт у меня, ну, короче, 5830194.", "5830194"),
    ("ru", "Я продиктовал номер 6029381 паспорта.", "6029381"),
    ("ru", "Водительское удостоверение 3ВК 507218 лежало в бардачке.", "3ВК 507218"),
    ("ru", "Номер машины 7042 ЕХ-5, серая.", "7042 ЕХ-5"),
    ("ru", "Госномер 6613 МК-1 кто-то записал.", "6613 МК-1"),
    ("ru", "Вид на жительство номер 4408216 продлили.", "4408216"),
    ("ru", "Номер дела 35-2-1187, заседание в среду.", "35-2-1187"),
    ("ru", "Заключенный номер 73924 в третьем отряде.", "73924"),
    ("ru", "Номер карты 5469 3812 0077 4410 у неё.", "5469 3812 0077 4410"),
    ("ru", "ИНН 503918274466 указан в договоре.", "503918274466"),
    ("ru", "Карточку 90817 заблокировали вчера.", "90817"),
    ("be", "Пашпарт серыі МС нумар 6620419 выдадзены даўно.", "МС нумар 6620419"),
    ("be", "Вадзіцельскае пасведчанне 2АЕ 901347 забралі.", "2АЕ 901347"),
    ("be", "Карта побыту 71930485 яшчэ дзейнічае.", "71930485"),
    ("be", "УНП 291047385 нашай арганізацыі.", "291047385"),
    ("en", "The case number is 4-19-772 and it is closed.", "4-19-772"),
    ("en", "The inmate number was 640218 in that block.", "640218"),
    ("en", "Prisoner number 3 9 1 4 0 6 was called.", "3 9 1 4 0 6"),
    ("en", "Her PESEL is 92041509876 on the form.", "92041509876"),
    ("en", "The driving licence number is 4KX 310562.", "4KX 310562"),
]

NON_HITS = [
    ("ru", "Паспорт выдан 14.03.2016 в Гомеле.", "14.03.2016"),
    ("ru", "По делу заплатил штраф 35000 рублей.", "35000"),
    ("ru", "По этому делу прошли 17500 человек.", "17500"),
    ("ru", "Паспорт дома, а номер телефона 3318402.", "3318402"),
    ("ru", "Дело было в 18 45 после работы.", "18 45"),
    ("ru", "Карта за 2018 2019 2020 годы.", "2018 2019 2020"),
    ("ru", "По делу дали 4 года, статья 342 часть 2.", "342"),
    ("ru", "На митинг пришли 1200 человек.", "1200"),
    ("be", "Па справе было 14000 удзельнікаў.", "14000"),
    ("en", "The case cost him 25400 dollars.", "25400"),
    ("en", "My case started in 2019 and ended 2021.", "2019"),
]


def _ids(text: str, lang: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in detect(text, lang) if s.label == "ID_NUMBER"]


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "asr_like"])
@pytest.mark.parametrize(("lang", "text", "number"), HITS)
def test_cued_number_is_an_id(lang: str, text: str, number: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    start = text.lower().index(number.lower())
    end = start + len(number)
    assert any(s <= start and end <= e for s, e in _ids(text, lang)), (text, _ids(text, lang))


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "asr_like"])
@pytest.mark.parametrize(("lang", "text", "number"), NON_HITS)
def test_ordinary_number_is_no_id(lang: str, text: str, number: str, lower: bool) -> None:
    text = asr_like(text) if lower else text
    start = text.index(asr_like(number) if lower else number)
    end = start + len(number)
    assert not [(s, e) for s, e in _ids(text, lang) if s < end and start < e], text


def test_cue_word_is_not_taken_as_series() -> None:
    """``УНП 291047385``: the capitals before the number are the cue, not a passport series."""
    assert [s.text for s in cued_numbers("УНП 291047385 у фирмы")] == ["291047385"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "техпаспорт на машину остался дома"),
        ("ru", "Техпаспорт на машину остался дома."),
        ("ru", "Госномер мы не запомнили."),
    ],
)
def test_clipped_compound_is_no_person(lang: str, text: str) -> None:
    """A clipped prefix and a known noun (``тех`` + ``паспорт``) is a common word, not a name."""
    assert not [s for s in detect(text, lang) if s.label == "PERSON"]


ACCEPTED = [
    pytest.param(
        "ru", "Номер паспорта 4728193, серия МР.", "МР",
        marks=pytest.mark.xfail(strict=True, reason="a series said after the number is not joined to it"),
    ),
    pytest.param(
        "en", "My ID is 4829 1037 on the card.", "4829 1037",
        marks=pytest.mark.xfail(strict=True, reason="two groups of four read as a phone first (still masked)"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "part"), ACCEPTED)
def test_accepted_misses(lang: str, text: str, part: str) -> None:
    start = text.index(part)
    assert any(s <= start and start + len(part) <= e for s, e in _ids(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "унп 291047385 нашей фирмы", "унп"),
        ("be", "унп 291047385 нашай фірмы", "унп"),
        ("en", "her pesel is 92041509876", "pesel"),
    ],
)
def test_cue_word_is_no_name(lang: str, text: str, word: str) -> None:
    """The abbreviation that names a tax or identity number (``label_nouns.py``) is no name."""
    assert not [s for s in detect(text, lang) if s.label == "PERSON" and s.text.lower() == word]
