"""A lone English word of a nation (``Estonian``, ``Norwegian``) is no name, place or organisation, even when an
organisation elsewhere in the text opens with it; the organisation stays masked (rows invented), each row
cased and as unpunctuated, lower-cased speech (``asr_like``)."""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect

ALONE = [
    ("I wrote to the Danish Refugee Council in May. My landlord is Danish, he is very kind.", "Danish, he", "Danish"),
    ("She works for Latvian Railways now. Call her on her Latvian number, plus 371.", "Latvian number",
     "Latvian"),
    ("He got help from the Finnish Red Cross. His doctor there is Finnish too.", "Finnish too", "Finnish"),
    ("Our lawyer is Lithuanian, she studied in Kaunas.", "Lithuanian", "Lithuanian"),
]
# The organisation a nation word opens stays masked.
KEPT = [
    ("I wrote to the Danish Refugee Council in May. My landlord is Danish, he is very kind.", "Danish Refugee"),
    ("He got help from the Finnish Red Cross. His doctor there is Finnish too.", "Finnish Red Cross"),
]


def _covering(text: str, at: int) -> list[object]:
    return [s for s in detect(text, "en") if s.start <= at < s.end and s.label != "AGE_OR_SENTENCE"]


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("text", "anchor", "word"), ALONE)
def test_a_lone_nation_word_is_no_name(text: str, anchor: str, word: str, lower: bool) -> None:
    at = text.index(anchor)
    if lower:
        text = asr_like(text)
    assert not _covering(text, at), detect(text, "en")


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("text", "anchor"), KEPT)
def test_the_organisation_it_opens_stays_masked(text: str, anchor: str, lower: bool) -> None:
    at = text.index(anchor)
    if lower:
        text = asr_like(text)
    for pos in range(at, at + len(anchor)):
        assert not text[pos].isalpha() or _covering(text, pos), (text[pos], detect(text, "en"))
