"""A named institution's bare head noun, said again alone after a preposition (``detectors/org_echoes.py``).

Every row is invented: the full name comes once (found by the institution rules), and the bare head later
or earlier in the same text refers back to it.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

ECHOES = [
    ("be", "Я вучылася ў Лідскай гімназіі. Потым з гімназіі мяне выгналі.", "гімназіі"),
    ("be", "я вучылася ў лідскай гімназіі  потым з гімназіі мяне выгналі", "гімназіі"),
    ("ru", "Она преподавала в Мозырском городском лицее, а из лицея её уволили в марте.", "лицея"),
    ("ru", "она преподавала в мозырском городском лицее  а из лицея её уволили в марте", "лицея"),
    ("be", "Ён выкладаў у гімназіі, у Полацкай гімназіі, і з гімназіі яго звольнілі.", "гімназіі"),
    ("en", "She taught at Hrodna City Gymnasium, and the parents at the gymnasium signed a letter.", "gymnasium"),
]
DECOYS = [
    # a court, a school or a hospital said bare is as often the kind in general
    ("ru", "Его судил Ленинский районный суд, а в суде было пусто.", "суде"),
    ("ru", "Он работал в Гродненской областной больнице, а из больницы его уволили.", "больницы"),
    ("en", "He was tried at the Minsk City Court and in the court nobody spoke.", "court"),
    # ``в лице`` is no form of ``лицей``
    ("ru", "Она училась в Лидском лицее, и в лице директора мы видели врага.", "лице"),
    # no institution of the same head was named in the text
    ("ru", "Он работал в Гродненской областной больнице, а потом лежал в школе на карантине.", "школе"),
    ("be", "Я вучылася ў школе, потым у гімназіі, потым паехала.", "гімназіі"),
    # another institution of the same kind: an adjective or a number makes it a new one
    ("ru", "Она училась в Лидской гимназии, а потом в другой гимназии под Минском.", "гимназии"),
    ("ru", "Она училась в Лидской гимназии, а её сестра в гимназии номер три.", "гимназии"),
    ("be", "Яна вучылася ў Лідскай гімназіі, а брат у гімназіі 2 у Гродне.", "гімназіі"),
    # a plural is the kind, not the one named
    ("ru", "Она училась в Лидской гимназии, а в гимназиях тогда не хватало учителей.", "гимназиях"),
]


@pytest.mark.parametrize(("language", "text", "name"), ECHOES)
def test_bare_head_after_named_institution_is_masked(language: str, text: str, name: str) -> None:
    start = text.rindex(name) if text.count(name) > 1 else text.index(name)
    spans = detect(text, language)
    assert any(s.start <= start and s.end >= start + len(name) for s in spans), (text, spans)


@pytest.mark.parametrize(("language", "text", "word"), DECOYS)
def test_other_heads_stay_open(language: str, text: str, word: str) -> None:
    start = text.rindex(word)
    spans = detect(text, language)
    assert not any(s.reason.endswith("orgecho") and s.start <= start < s.end for s in spans), spans
