"""A flat's slang number served in (``slang_context.py``): ``сидел на двушке`` is a colony even near a word of
housing, which elsewhere makes ``двушка``/``трёшка`` a flat.

Lower-case transcripts lose the sentence ends that kept a housing word (``жил``) out of the slang number's
window; a verb of serving or transfer right before ``на`` + the slang number still makes it the colony (a flat
takes ``в``, and one does not serve time in it). Invented rows; decoys are flats.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def detention(text: str, language: str) -> list[str]:
    return [s.text for s in detect(text, language) if s.label == "DETENTION"]


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("посадили его за комментарии  два года  сидел на трёшке  а жил он до этого с мамой", "ru", "трёшке"),
    ("после суда его перевели на двушку  а квартиру мы продали", "ru", "двушку"),
    ("яго пасадзілі за дапамогу  ён сядзеў на двушцы  а жыў да гэтага ў вёсцы", "be", "двушцы"),
])
def test_served_on_flat_slang(text: str, language: str, surface: str) -> None:
    assert surface in detention(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("мы жили в двушке на окраине  весь карантин сидели в двушке вчетвером", "ru"),
    ("копили на двушку пять лет  а жили у свекрови", "ru"),
    ("мы знялі двушку  жылі там тры гады", "be"),
])
def test_flat_decoys(text: str, language: str) -> None:
    assert detention(text, language) == []
