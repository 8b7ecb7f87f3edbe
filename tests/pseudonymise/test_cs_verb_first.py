"""``cs-verb`` with the verb first: ``дапамагае вясна`` (``detectors/common_entries.py``).

A Belarusian verb that pymorphy3 cannot read ends like a neuter adjective (``дапамагае`` like ``новае``); a
verb of what an organisation does is no modifier of the word after it. Every row is invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

NAMED = [
    ("be", "пенсія маленькая  трохі дапамагае вясна  і сябры", "вясна"),
    ("be", "штомесяц дапамагае салідарнасць  перадачы ёй носяць", "салідарнасць"),
    ("be", "пасылкі нам аплачвае вясна  а адваката сябры", "вясна"),
]
DECOYS = [
    ("be", "цёплая вясна  усё квітнее на агародзе", "вясна"),
    ("be", "ранняя вясна была ў тым годзе", "вясна"),
]


@pytest.mark.parametrize(("language", "text", "name"), NAMED)
def test_verb_before_listed_org_shows_it(language: str, text: str, name: str) -> None:
    start = text.index(name)
    spans = detect(text, language)
    assert any(s.start <= start and s.end >= start + len(name) for s in spans), (text, spans)


@pytest.mark.parametrize(("language", "text", "word"), DECOYS)
def test_adjective_before_listed_org_keeps_common_word(language: str, text: str, word: str) -> None:
    start = text.index(word)
    spans = detect(text, language)
    assert not any(s.start <= start < s.end for s in spans), spans
