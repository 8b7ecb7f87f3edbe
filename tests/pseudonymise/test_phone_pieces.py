"""Phones said in pieces (a code, an interruption, the rest) and long digit runs said without a cue.

Rows invented for this test (phone_pieces.py); none comes from an evaluation set."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

PIECES = [
    ("ru", "Респондент: плюс 370, ну, это литовский, 612 34 567.", ["плюс 370", "612 34 567"]),
    ("en", "Respondent: It's plus 370...\nInterviewer: Go on.\nRespondent: 612 34 567.", ["plus 370", "612 34 567"]),
    ("ru", "респондент: номер ноль двадцать девять\nинтервьюер: ага\nреспондент: семьсот сорок один двенадцать "
           "тридцать четыре", ["ноль двадцать девять", "семьсот сорок один двенадцать тридцать четыре"]),
    ("en", "respondent: plus three seven oh um six one two\ninterviewer: yeah\nrespondent: three four five six seven",
     ["plus three seven oh um six one two", "three four five six seven"]),
    ("ru", "Респондент: Номер у него был восемь, ноль двадцать девять, а дальше 741-12-34.",
     ["восемь, ноль двадцать девять", "741-12-34"]),
    ("be", "Рэспандэнт: нумар плюс 995, пачакайце, знайду, 555 12 34 56.", ["плюс 995", "555 12 34 56"]),
]

UNCUED = [
    ("ru", "Ну вот, 612 34 567, запомнили?", "612 34 567"),
    ("ru", "ну и дальше шесть один два три четыре пять шесть семь вот так",
     "шесть один два три четыре пять шесть семь"),
    ("be", "а там яшчэ 41 77 209 3, і ўсё", "41 77 209 3"),
    ("en", "then it's nine four one, two two, eight one zero okay", "nine four one, two two, eight one zero"),
]

DECOYS = [
    ("ru", "Было плюс 5 градусов, а через неделю дали 15 суток."),
    ("ru", "В 2019, 2020 и 2021 годах он работал."),
    ("ru", "Ему 25, ей 23, а детям 5, 3 и 1."),
    ("ru", "Собрали 1 500 000."),
    ("ru", "Плюс 375 это код Беларуси, а потом 29 лет он прожил там."),
    ("ru", "Считали так: один, два, три, четыре, пять, шесть, семь, и всё."),
    ("en", "It was plus 12 outside and he got 15 days, then 30 more days."),
    ("ru", "в 6 00, 6 30 и 2 минут звонили"),
    ("ru", "передачу 5 килограмм, 12 пунктов, 300 рублей"),
]


def _phones(text: str, language: str) -> list[str]:
    return [text[s.start:s.end] for s in detect(text, language) if s.label == "PHONE"]


@pytest.mark.parametrize(("language", "text", "expected"), PIECES)
def test_code_and_rest_said_apart_are_both_masked(language: str, text: str, expected: list[str]) -> None:
    assert _phones(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), UNCUED)
def test_long_digit_run_without_a_cue_is_an_uncertain_phone(language: str, text: str, expected: str) -> None:
    spans = [s for s in detect(text, language) if s.label == "PHONE"]
    assert [text[s.start:s.end] for s in spans] == [expected]
    assert all(s.uncertain for s in spans)


@pytest.mark.parametrize(("language", "text"), DECOYS)
def test_quantities_codes_alone_and_counting_are_not_phones(language: str, text: str) -> None:
    phones = _phones(text, language)
    assert all(len([c for c in p if c.isdigit()]) <= 3 for p in phones), phones  # at most the code itself
