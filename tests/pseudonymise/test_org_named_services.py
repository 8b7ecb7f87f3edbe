"""``appos-named`` after a service business noun: ``в автосервисе работаю, называется ...`` (``org_appos.py``).

Every row is invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

NAMED = [
    ("ru", "Я в автосервисе работаю, называется полный привод, хозяин хороший.", "полный привод"),
    ("ru", "я в автосервисе работаю называется полный привод хозяин хороший", "полный привод"),
    ("ru", "она в парикмахерской работала  называлась локон  там и стригла", "локон"),
    ("be", "ён у майстэрні працаваў  яна называлася цвік  каля рынку", "цвік"),
    ("ru", "Жили в хостеле, он назывался Якорь, возле вокзала.", "Якорь"),
]
DECOYS = [
    ("ru", "я в автосервисе работаю  как это называется  не помню", "помню"),
    ("ru", "он сидел дома  это называется отдых", "отдых"),
]


@pytest.mark.parametrize(("language", "text", "name"), NAMED)
def test_called_name_after_service_noun_is_masked(language: str, text: str, name: str) -> None:
    start = text.index(name)
    spans = detect(text, language)
    assert any(s.start <= start and s.end >= start + len(name) for s in spans), (text, spans)


@pytest.mark.parametrize(("language", "text", "word"), DECOYS)
def test_called_without_service_noun_stays_open(language: str, text: str, word: str) -> None:
    start = text.index(word)
    spans = detect(text, language)
    assert not any(s.label == "ORGANISATION" and s.start <= start < s.end for s in spans), spans
