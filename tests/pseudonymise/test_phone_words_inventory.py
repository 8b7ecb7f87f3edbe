"""Phones said in words (round 15): every inventory row masked or left alone, cased and as ASR writes it."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from tests.pseudonymise.marked_rows import parse_marked
from tests.pseudonymise.phone_words_inventory import ROWS

_CONTACT = frozenset({"PHONE", "EMAIL", "HANDLE", "URL", "ID_NUMBER"})
# rows still failing (bounded), as the text the detector sees
# (a lone operator code said after the number, ``..., код двадцать девять``, is not read as part of it)
_KNOWN = {
    "Его телефон сто двадцать три, сорок пять, шестьдесят семь, код двадцать девять.",
    "его телефон сто двадцать три  сорок пять  шестьдесят семь  код двадцать девять ",
}


def _failures(lang: str, text: str, marks: list[tuple[int, int, bool]]) -> list[str]:
    """The marked stretches that fail: a phone with a letter or digit unmasked, a decoy a contact span touches."""
    spans = detect(text, lang)
    bad = []
    for start, end, must in marks:
        if must:
            ok = all(any(s.start <= k < s.end for s in spans) for k in range(start, end) if text[k].isalnum())
        else:
            ok = not any(s.label in _CONTACT and s.start < end and s.end > start for s in spans)
        if not ok:
            bad.append(text[start:end])
    return bad


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "asr"])
@pytest.mark.parametrize(("lang", "kind", "row"), ROWS, ids=[f"{r[1]}-{r[2][:30]}" for r in ROWS])
def test_phone_words(lang: str, kind: str, row: str, lower: bool, request: pytest.FixtureRequest) -> None:
    text, marks = parse_marked(row)
    text = asr_like(text) if lower else text
    if text in _KNOWN:  # a known miss: strict, so fixing it fails here until it leaves _KNOWN
        request.applymarker(pytest.mark.xfail(strict=True, reason="known miss (bounded)"))
    assert not _failures(lang, text, marks), (kind, text)


def per_class() -> Counter[str]:
    """Failing renderings per class over the inventory, cased and as ASR writes it."""
    failed: Counter[str] = Counter()
    for lang, kind, row in ROWS:
        text, marks = parse_marked(row)
        failed[kind] += bool(_failures(lang, text, marks)) + bool(_failures(lang, asr_like(text), marks))
    return failed


def test_inventory_bounds() -> None:
    """Misses and false alarms over the whole inventory stay within the known few; the inventory stays broad."""
    assert len(ROWS) >= 90 and len({kind for _, kind, _ in ROWS}) == 12
    assert sum(per_class().values()) <= len(_KNOWN)


if __name__ == "__main__":
    counts = per_class()
    for kind in dict.fromkeys(k for _, k, _ in ROWS):
        print(kind, sum(2 for r in ROWS if r[1] == kind), counts[kind])
