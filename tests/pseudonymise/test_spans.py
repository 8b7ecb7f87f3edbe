"""Overlap resolution never leaves part of a detected identifier unmasked."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from intake.pseudonymise.spans import LABELS, Span, resolve_overlaps

TEXT = "abcdefghijklmnopqrstuvwxyz0123456789"


def test_partial_overlap_is_widened_not_dropped() -> None:
    t = "Ирина Васильевна Шпак сказала"
    out = resolve_overlaps([Span(0, 16, "PERSON", t[0:16]), Span(6, 21, "ORGANISATION", t[6:21])])
    assert out == [Span(0, 21, "PERSON", t[0:21])]


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6), st.sampled_from(LABELS)), max_size=12))
def test_every_input_character_stays_covered(raw: list[tuple[int, int, str]]) -> None:
    spans = [Span(a, a + n, label, TEXT[a:a + n]) for a, n, label in raw]
    out = resolve_overlaps(spans)
    covered = {i for s in out for i in range(s.start, s.end)}
    assert all(i in covered for s in spans for i in range(s.start, s.end))
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))
    assert all(s.text == TEXT[s.start:s.end] for s in out)
