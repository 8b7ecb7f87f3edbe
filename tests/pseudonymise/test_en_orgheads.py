"""Organisation heads in lower-case English (detectors/en_orgheads.py): ``fc X``, ``X united``, ``X bakery``,
``cafe X``, ``university of X``, where X is no English word or a place.

Every row is invented; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

# Enough lower-case words around each row that the text reads as speech recognition output.
_FRAME = "so um {} and that was a long time ago you know"


def _masked(text: str, name: str) -> bool:
    """Every letter of ``name`` inside ``text`` lies in a detected span."""
    start = text.index(name)
    spans = detect(text, "en")
    return all(
        not text[p].isalnum() or any(s.start <= p < s.end for s in spans) for p in range(start, start + len(name))
    )


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("my cousin played in goal for fc krumkachy for two seasons", "fc krumkachy"),
        ("he coached the juniors at hc shakhtsyor in the winter", "hc shakhtsyor"),
        ("we cheered for lebiadz united every saturday", "lebiadz united"),
        ("she baked bread at the dziadok bakery near the station", "dziadok bakery"),
        ("we met at cafe vasilok after the protest", "cafe vasilok"),
        ("he lectured at the university of navahrudak until they fired him", "university of navahrudak"),
        ("her photos went out through zorka studio at first", "zorka studio"),
        ("the old boys still support slavia mazyr fc", "slavia mazyr fc"),
    ],
)
def test_a_head_masks_the_name_it_announces(phrase: str, name: str) -> None:
    text = _FRAME.format(phrase)
    assert _masked(text, name)
    assert any(s.reason == "uncertain:orgheads" for s in detect(text, "en"))


@pytest.mark.parametrize(
    "phrase",
    [
        "my brother went to the university and then to a football club",
        "i walked past my school and the town hall every morning",
        "we heard it on the radio news and in the church",
        "he works at a bakery and a small cafe in the centre",
        "the university of life taught him more than school",
    ],
)
def test_a_head_beside_english_words_names_nothing(phrase: str) -> None:
    spans = detect(_FRAME.format(phrase), "en")
    assert not [s for s in spans if s.reason == "uncertain:orgheads"]
