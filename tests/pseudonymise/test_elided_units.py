"""Bare numbers whose unit is elided: every inventory row masked or left alone, cased and as ASR writes it."""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from tests.pseudonymise.elided_units_inventory import ROWS
from tests.pseudonymise.marked_rows import parse_marked

# rows still failing (bounded): in unpunctuated speech an earlier rule takes a count answer, and a dropped comma
# hides the noun counted before it
_KNOWN = {"сколько ему дали передач    три ", "просили шесть передач  дали две "}


def _failures(lang: str, text: str, marks: list[tuple[int, int, bool]]) -> list[str]:
    spans = detect(text, lang)
    bad = []
    for start, end, must in marks:
        if must:
            ok = all(any(s.start <= k < s.end for s in spans) for k in range(start, end) if not text[k].isspace())
        else:
            ok = not any(s.label == "AGE_OR_SENTENCE" and s.start < end and s.end > start for s in spans)
        if not ok:
            bad.append(text[start:end])
    return bad


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "asr"])
@pytest.mark.parametrize(("lang", "kind", "row"), ROWS, ids=[f"{r[1]}-{r[2][:30]}" for r in ROWS])
def test_elided_unit(lang: str, kind: str, row: str, lower: bool, request: pytest.FixtureRequest) -> None:
    text, marks = parse_marked(row)
    text = asr_like(text) if lower else text
    if text in _KNOWN:  # a known false alarm: strict, so fixing it fails here until it leaves _KNOWN
        request.applymarker(pytest.mark.xfail(strict=True, reason="known false alarm (bounded)"))
    assert not _failures(lang, text, marks), (kind, text)


def test_inventory_bounds() -> None:
    """Misses and false alarms over the whole inventory stay within the known few."""
    failed = 0
    for lang, _kind, row in ROWS:
        text, marks = parse_marked(row)
        failed += bool(_failures(lang, text, marks)) + bool(_failures(lang, asr_like(text), marks))
    assert failed <= len(_KNOWN)
