"""Recall-first candidates (detectors/candidates.py) and Whisper-shaped patterns (detectors/whisper.py).

Candidates run over words no evidence covers; tables give (text, word, expected reason) and words that
must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import candidates, whisper
from intake.pseudonymise.spans import Span


def cands(text: str, lang: str, spans: list[Span] | None = None) -> dict[str, str]:
    return {s.text: s.reason for s in candidates.detect(text, lang, spans or [])}


CANDIDATES = [
    ("ru", "Он работает в Epam, пишите в Telegram.", {"Epam": "uncertain:latin"}, ["Telegram"]),
    ("ru", "вчера приходила ольга петровна", {"ольга": "uncertain:morph", "петровна": "uncertain:morph"}, ["вчера"]),
    ("ru", "Гапеевич пришёл утром.", {"Гапеевич": "uncertain:capitalised"}, ["утром"]),
    ("ru", "Потом адвокат Шпакоўская пришла.", {"Шпакоўская": "uncertain:context"}, ["Потом", "адвокат"]),
    ("ru", "Роза сказала, что придёт.", {"Роза": "uncertain:context"}, []),
    ("ru", "Роза в саду цвела.", {}, ["Роза"]),
    ("ru", "Вера в людей важна.", {}, ["Вера"]),
    ("ru", "Надежда умирает последней.", {}, ["Надежда"]),
    ("en", "We talked to Серёга about it.", {"Серёга": "uncertain:script"}, ["talked"]),
    ("be", "Ён пісаў, а мая сястра чакала.", {}, ["мая", "пісаў"]),
]


@pytest.mark.parametrize(("lang", "text", "expected", "stay"), CANDIDATES)
def test_candidate_table(lang: str, text: str, expected: dict[str, str], stay: list[str]) -> None:
    got = cands(text, lang)
    for word, reason in expected.items():
        assert got.get(word) == reason, f"{word}: {got}"
    for word in stay:
        assert word not in got, f"{word} should stay: {got}"


def test_next_to_a_detected_name() -> None:
    text = "Соболь Ирина вышла на свободу."
    start = text.index("Ирина")
    got = cands(text, "ru", [Span(start, start + 5, "PERSON", "Ирина")])
    assert got.get("Соболь") == "uncertain:context"


def test_candidates_are_uncertain_and_weaker_than_evidence() -> None:
    spans = detect("Он знал epam ещё студентом.", "ru")
    epam = [s for s in spans if s.text == "epam"]
    assert epam and epam[0].uncertain and epam[0].score < 0.5 and epam[0].source == "candidates:latin"


def test_evidence_absorbing_a_candidate_stays_evidence() -> None:
    from intake.pseudonymise.spans import resolve_overlaps

    a = Span(0, 5, "PERSON", "Абвгд", 0.8, "names")
    b = Span(3, 9, "PERSON", "гдежзи", 0.4, "candidates:morph", "uncertain:morph")
    (merged,) = resolve_overlaps([a, b])
    assert not merged.uncertain and merged.score == 0.8


WHISPER = [
    ("en", "People can reach me on plus 375, 2I-1-2-3-4-5-6-7.", "plus 375, 2I-1-2-3-4-5-6-7", "PHONE"),
    ("ru", "Звоните: +375 29 l23 45 67, вечером.", "+375 29 l23 45 67", "PHONE"),
    ("ru", "Номер 8 О29 123-45-67.", "8 О29 123-45-67", "PHONE"),
    ("ru", "Мой номер 29, 123, 45, 67.", "29, 123, 45, 67", "PHONE"),
    ("ru", "Записывайте: 375 29\n123 45 67", "375 29\n123 45 67", "PHONE"),
    ("ru", "Задержали 12.08, отпустили потом.", "12.08", "DATE"),
    ("ru", "Он отсидел два из трёх.", "два из трёх", "AGE_OR_SENTENCE"),
    ("ru", "Это шестьдесят месяцев.", "шестьдесят месяцев", "AGE_OR_SENTENCE"),
    ("be", "Ён атрымаў тры гады.", "тры гады", "AGE_OR_SENTENCE"),
    ("en", "He served fifteen days.", "fifteen days", "AGE_OR_SENTENCE"),
    ("ru", "Она лежала в областной больнице.", "областной больнице", "ORGANISATION"),
]


@pytest.mark.parametrize(("lang", "text", "span", "label"), WHISPER)
def test_whisper_table(lang: str, text: str, span: str, label: str) -> None:
    got = {(s.text, s.label) for s in whisper.detect(text, lang)}
    assert (span, label) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "В 2019, 2020, 2021 годах цены выросли на 18,3%.",
        "Пять лет назад мы уехали.",
        "Посылку можно раз в три месяца.",
        "Одно из трёх писем доходит.",
        "I was there one day.",
    ],
)
def test_whisper_leaves_alone(text: str) -> None:
    assert whisper.detect(text, "ru") == []


def test_demo_leak_is_masked_end_to_end() -> None:
    text = "People can reach me on plus 375, 2I-1-2-3-4-5-6-7."
    spans = detect(text, "en")
    assert any(s.label == "PHONE" and "2I-1-2-3-4-5-6-7" in s.text for s in spans)


def test_whisper_after_cherez_is_uncertain() -> None:
    """``через десять суток`` can be the arrest itself (``отпустили через 10 суток``): recall first, uncertain;
    with no term, arrest or release in the clause it is a span after which something happened (round 5)."""
    spans = whisper.detect("Его отпустили через три года.", "ru")
    assert [(s.text, s.uncertain) for s in spans] == [("три года", True)]
    assert whisper.detect("Через три года всё изменилось.", "ru") == []
