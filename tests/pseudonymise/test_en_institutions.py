"""English institution names whose span runs over their tail (detectors/en_institutions.py, and the
institution heads of ``orgnames_en.latin_runs``): ``the Zavodski district police``, ``the Brest regional
executive committee``, ``the Mahilyou Drama Theatre of Belarus``, ``Batumi Opera and Ballet Theatre``.

Every row is invented; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _one_span(text: str, name: str) -> bool:
    """One detected span covers the whole of ``name`` in ``text``."""
    start = text.index(name)
    return any(s.start <= start and start + len(name) <= s.end for s in detect(text, "en"))


def _touched(text: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start < start + len(word) and start < s.end for s in detect(text, "en"))


_CASED = [
    ("After the march they drove him to the Zavodski district police for the night.", "Zavodski district police"),
    ("His hearing was at the Pershamaiski district court in March.", "Pershamaiski district court"),
    ("A letter came from the Brest regional executive committee last week.", "Brest regional executive committee"),
    (
        "She filed it with the Kastrychnitski district prosecutor's office again.",
        "Kastrychnitski district prosecutor's office",
    ),
    ("My aunt sang at the Mahilyou Drama Theatre of Belarus for years.", "Mahilyou Drama Theatre of Belarus"),
    ("He taught at the State Museum of History of Belarus before that.", "State Museum of History of Belarus"),
    ("She danced at Batumi Opera and Ballet Theatre after she left.", "Batumi Opera and Ballet Theatre"),
]
_LOWER = [
    ("so um then they drove him to the zavodski district police and that was it", "zavodski district police"),
    ("so um a letter came from the brest regional executive committee you know", "brest regional executive committee"),
    ("so um my aunt sang at the kupala drama theatre of belarus for years", "kupala drama theatre of belarus"),
    ("so um he taught at the state museum of history of belarus before that", "state museum of history of belarus"),
    ("so um she danced at batumi opera and ballet theatre after she left", "batumi opera and ballet theatre"),
]


@pytest.mark.parametrize(("text", "name"), _CASED + _LOWER)
def test_the_span_runs_over_the_tail(text: str, name: str) -> None:
    assert _one_span(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("so um the city police came at night and the regional office said nothing you know", "city police"),
        ("so um she went to a school of music and later a school of dance you know", "school of music"),
        ("so um the ballet and opera were both sold out that winter you know", "ballet and opera"),
    ],
)
def test_no_place_leaves_a_common_institution_open(text: str, word: str) -> None:
    assert not _touched(text, word)
