"""English: a person "from" a bare noun phrase with a link, an organisation's name (``detectors/en_from_orgs.py``).

Every row is invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

NAMED = [
    ("en", "and a polish lady from mothers against silence helped us with the papers", "mothers against silence"),
    ("en", "A lawyer from Friends in Need called me twice.", "Friends in Need"),
    ("en", "then a volunteer from doctors without fear came to the camp", "doctors without fear"),
    ("en", "some people from hands of solidarity sent parcels", "hands of solidarity"),
]
DECOYS = [
    # a determiner after ``from``: a description, not a name
    ("en", "a lady from the office in town helped us", "office"),
    # bare nouns English uses without an article for a place
    ("en", "a man from work in the factory told me", "work"),
    ("en", "a guy from school in minsk wrote to me", "school"),
    # no person before ``from``
    ("en", "we got letters from friends in prison every week", "friends"),
]


@pytest.mark.parametrize(("language", "text", "name"), NAMED)
def test_bare_phrase_after_person_from_is_masked(language: str, text: str, name: str) -> None:
    start = text.index(name)
    spans = detect(text, language)
    assert any(s.start <= start and s.end >= start + len(name) for s in spans), (text, spans)


@pytest.mark.parametrize(("language", "text", "word"), DECOYS)
def test_other_phrases_after_from_stay_open(language: str, text: str, word: str) -> None:
    start = text.index(word)
    spans = detect(text, language)
    assert not any(s.label == "ORGANISATION" and s.start <= start < s.end for s in spans), spans
