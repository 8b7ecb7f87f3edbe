"""Detection runs over the whole transcript, and spans are cut back to the segments they cover.

Whisper breaks segments at pauses, so a phone number or a full name is often split over two segments;
a detector that sees one segment at a time cannot recognise either half.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from intake.pseudonymise import detect
from intake.pseudonymise.document import segment_spans
from intake.pseudonymise.plan import Planner, make_plan
from intake.pseudonymise.policy import preset
from intake.pseudonymise.registry import MemoryStore
from intake.pseudonymise.spans import Span

SPLIT_PHONE = [
    "Респондент: Записывайте, мой номер плюс 375 29",
    "604 18 27, это вайбер.",
]


def _masked_digits(segments: list[str]) -> str:
    plan = make_plan(segments, Planner(preset("strict"), MemoryStore(), "ru"), detect)
    covered = {(i.segment, k) for i in plan.items for k in range(i.start, i.end)}
    return "".join(c for s, text in enumerate(segments) for k, c in enumerate(text)
                   if c.isdigit() and (s, k) not in covered)


def test_a_phone_split_over_two_segments_is_masked_in_both() -> None:
    assert _masked_digits(SPLIT_PHONE) == ""


def test_a_name_confirmed_in_one_segment_masks_a_bare_form_in_another() -> None:
    segments = ["Респондент: Моего соседа зовут Тимофей Гаркуша, он учитель.", "Потом Гаркушу забрали ночью."]
    plan = make_plan(segments, Planner(preset("strict"), MemoryStore(), "ru"), detect)
    assert any(i.segment == 1 and i.original == "Гаркушу" for i in plan.items)


def fake(text: str, language: str) -> list[Span]:
    """Every run of 'x' is one span (runs may cross segment breaks)."""
    out, start = [], None
    for k, c in enumerate(text + " "):
        if c == "x" and start is None:
            start = k
        elif c != "x" and start is not None:
            out.append(Span(start, k, "PHONE", text[start:k]))
            start = None
    return out


@given(st.lists(st.text(alphabet="ab x", max_size=12), min_size=1, max_size=6))
def test_pieces_hold_their_segment_text_and_cover_every_detected_character(segments: list[str]) -> None:
    pieces = segment_spans(segments, "ru", fake)
    assert len(pieces) == len(segments)
    for text, spans in zip(segments, pieces, strict=True):
        for span in spans:
            assert text[span.start:span.end] == span.text and span.text.strip() == span.text
        covered = {k for span in spans for k in range(span.start, span.end)}
        assert covered == {k for k, c in enumerate(text) if c == "x"}
