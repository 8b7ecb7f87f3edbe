"""Large month/day counts of a term, ЦИП as speech recognition hears it, and an English ordinal in apposition."""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect


def _found(text: str, language: str, label: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text, language) if s.label == label}


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Суд дал ему девять лет. Девять лет, это сто восемь месяцев, я считала.", "ru", "сто восемь месяцев"),
        ("Ей дали 126 месяцев колонии.", "ru", "126 месяцев"),
        ("Яму прысудзілі сто сорак чатыры месяцы, гэта дванаццаць гадоў.", "be", "сто сорак чатыры месяцы"),
        ("She got nine years, that is a hundred and eight months.", "en", "a hundred and eight months"),
        ("Отсидел двести сорок суток в изоляторе.", "ru", "двести сорок суток"),
    ],
)
def test_large_counts_of_a_term(text: str, language: str, want: str) -> None:
    for variant in (text, asr_like(text)):
        assert want in _found(variant, language, "AGE_OR_SENTENCE")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Через сто сорок дней у меня отпуск.", "ru"),
        ("It took a hundred and forty days to build the barn.", "en"),
        ("Праз сто дваццаць дзён мы паедзем на мора.", "be"),
    ],
)
def test_large_counts_decoys(text: str, language: str) -> None:
    for variant in (text, asr_like(text)):
        assert not _found(variant, language, "AGE_OR_SENTENCE")


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Далі дзесяць сутак, ён сядзеў у Гомелі ў ціп, потым выйшаў.", "be", "ціп"),
        ("Пятнадцать суток он сидел в Могилёве в цып.", "ru", "цып"),
        ("Арыштавалі на трое сутак, сядзела ў цэ і пэ ў Оршы.", "be", "цэ і пэ"),
    ],
)
def test_heard_isolation_centre(text: str, language: str, want: str) -> None:
    for variant in (text, asr_like(text)):
        assert want in _found(variant, language, "DETENTION")


@pytest.mark.parametrize(
    ("text", "language"),
    [("Сидела во дворе и звала кур: цып-цып-цып.", "ru"), ("Бабуля сядзела і клікала: у цып-цып, курачкі.", "be")],
)
def test_heard_isolation_centre_decoys(text: str, language: str) -> None:
    for variant in (text, asr_like(text)):
        assert not _found(variant, language, "DETENTION")


def test_english_ordinal_in_apposition_lowercase() -> None:
    text = asr_like("He is in penal colony number 9, the ninth, everybody says so.")
    assert "ninth" in _found(text, "en", "DETENTION")
    decoy = asr_like("We visited the colony museum, the fifteenth century walls still stand.")
    assert "fifteenth" not in _found(decoy, "en", "DETENTION")
