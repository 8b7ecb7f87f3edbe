"""Long ID and case numbers in which recognition wrote letters for digits, with no cue (``asr_long_ids.py``).

Invented sentences in all three languages, each read as written and as speech recognition leaves it (lower case,
punctuation blanked, offsets unchanged). The independent residual gate (``intake.residual``), which shares no
code with the detectors, must flag the same runs when they are left in the text.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.asr_long_ids import asr_long_ids
from intake.residual import scan


def asr_like(text: str) -> str:
    """Lower case, punctuation blanked (as ``bench/detection_scoring.asr_like``)."""
    return "".join(" " if c in '.,!?;:«»"()—–' else c.lower() for c in text)


HITS = [
    ("ru", "Я его выписала себе в тетрадь: 30I7OO2l0561, так и стоит.", "30I7OO2l0561"),
    ("ru", "Там было написано 44O1З2O0918 от руки, я переписала.", "44O1З2O0918"),
    ("ru", "Бумага пришла, внизу 12З4-OO5I-887, больше ничего.", "12З4-OO5I-887"),
    ("be", "Я запісала сабе 5O2I1O00734, так і засталося ў нататніку.", "5O2I1O00734"),
    ("be", "На паперцы было 1l0З9O2217 і подпіс.", "1l0З9O2217"),
    ("en", "I still keep it in my notes, 7I4O0O2113, with those letters.", "7I4O0O2113"),
    ("en", "The paper said 9O1l2O4458/21 at the top.", "9O1l2O4458/21"),
]

NON_HITS = [
    ("ru", "Купили 100000lb зерна, шутка, килограммов.", "100000lb"),
    ("ru", "В 2OOO году мы переехали.", "2OOO"),
    ("ru", "У него был iPhone 11 и ноутбук.", "11"),
    ("be", "Адрас 220030 Мінск, вуліца Леніна.", "220030"),
    ("en", "He drove a BMW X5 and a Lada 2107 back then.", "2107"),
    ("en", "The code was OIOIOIOI, just letters, no digits.", "OIOIOIOI"),
    ("en", "We met at 10 o'clock, room 2O1.", "2O1"),
]


def _ids(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, lang) if s.label == "ID_NUMBER"]


@pytest.mark.parametrize(("lang", "text", "number"), HITS)
@pytest.mark.parametrize("lower", [False, True])
def test_run_with_recognition_letters_is_an_id(lang: str, text: str, number: str, lower: bool) -> None:
    if lower:
        text, number = asr_like(text), number.lower()
    assert number in _ids(text, lang)


@pytest.mark.parametrize(("lang", "text", "word"), NON_HITS)
@pytest.mark.parametrize("lower", [False, True])
def test_no_id_without_the_shape(lang: str, text: str, word: str, lower: bool) -> None:
    if lower:
        text, word = asr_like(text), word.lower()
    assert not any(s.text == word for s in asr_long_ids(text))


@pytest.mark.parametrize(("lang", "text", "number"), HITS)
@pytest.mark.parametrize("lower", [False, True])
def test_residual_gate_flags_the_run(lang: str, text: str, number: str, lower: bool) -> None:
    if lower:
        text, number = asr_like(text), number.lower()
    hits = {(h.kind, h.text) for h in scan(text, lang)}
    assert ("digits", number) in hits or any(k == "digits" and number in t for k, t in hits), hits
