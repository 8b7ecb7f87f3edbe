"""Case-aware propagation (``cased_lines.py``): inside a cased line, a lower-case ordinary word that is also a
seeded surname (``як той жук``) is the word, and an English one (``a robin lives in the yard``) is only an
uncertain mention that one key releases; the person is still masked again
in cased sentences, in lines written all in lower case, and in a text that is lower case throughout.

Rows are invented (``cased_lines_inventory.py``). Before the mechanism 13 of the 18 common words in cased
sentences were masked as the person (every Belarusian and English row; Russian ones pymorphy already knew).
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.cased_lines import CasedLines
from intake.pseudonymise.detectors.tokens import tokenize
from tests.pseudonymise.cased_lines_inventory import ROWS, positions, render
from tests.pseudonymise.masking import person_at


@pytest.mark.parametrize(("language", "name", "common", "obj"), ROWS)
def test_common_word_in_a_cased_sentence_is_not_the_person(language: str, name: str, common: str, obj: str) -> None:
    text = render(language, name, common, obj)
    word, cased_mention, _ = positions(text, common, obj)
    spans = detect(text, language)
    here = [s for s in spans if s.start <= word < s.end and s.label == "PERSON"]
    if language == "en":  # an English nickname can be an ordinary word left in lower case: at most uncertain
        assert all(s.uncertain for s in here), text  # (``homonyms.py`` drops it outright after ``a``)
    else:
        assert not here, text
    assert person_at(spans, cased_mention), text


@pytest.mark.parametrize(("language", "name", "common", "obj"), [r for r in ROWS if r[0] != "ru"])
def test_lower_case_line_of_a_cased_text_keeps_propagation(language: str, name: str, common: str, obj: str) -> None:
    # Russian common words were never propagated in lower case inside a cased text (pymorphy's rule, older).
    text = render(language, name, common, obj)
    assert person_at(detect(text, language), positions(text, common, obj)[2]), text


@pytest.mark.parametrize(("language", "name", "common", "obj"), ROWS)
def test_lower_case_text_keeps_every_mention(language: str, name: str, common: str, obj: str) -> None:
    cased = render(language, name, common, obj)
    _, cased_mention, line_mention = positions(cased, common, obj)  # lower() keeps every offset here
    text = cased.lower()
    spans = detect(text, language)
    assert person_at(spans, cased_mention) and person_at(spans, line_mention), text


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("Он пишет, что всё хорошо.\nи мы ждём его домой", [True, False]),
        ("Ён піша, што ў іх там холадна,\nі што ён чакае нас. Усё.", [True, True]),  # a wrapped sentence
        ("we wait for him. he writes. Sometimes.", [False]),  # most sentences open in lower case
    ],
)
def test_a_line_is_cased_when_its_sentences_open_with_capitals(text: str, verdicts: list[bool]) -> None:
    tokens = tokenize(text)
    lines = CasedLines(text, tokens)
    firsts = [i for i, t in enumerate(tokens) if i == 0 or "\n" in text[tokens[i - 1].end : t.start]]
    assert [lines.cased(i) for i in firsts] == verdicts
