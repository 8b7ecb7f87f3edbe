"""Institutions described by a compound adjective of two stems (``detectors/institution_compounds.py``).
Every row is invented."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import institution_compounds
from intake.pseudonymise.detectors.pattern_tokens import split

DESCRIBED = [
    ("ru", "отец двадцать лет работал на горно-обогатительном комбинате под городом", "горно-обогатительном комбинате"),
    ("ru", "она работала на целлюлозно бумажном комбинате посменно", "целлюлозно бумажном комбинате"),
    ("ru", "Брат устроился в научно-практический центр по картофелеводству", "научно-практический центр"),
    ("ru", "мама водила экскурсии в литературно мемориальном музее у озера", "литературно мемориальном музее"),
    ("be", "ён працаваў на горна-абагачальным камбінаце да пенсіі", "горна-абагачальным камбінаце"),
    ("be", "яна працавала ў навукова даследчым інстытуце па глебах", "навукова даследчым інстытуце па глебах"),
    ("ru", "он работал в научно практическом центре по животноводству", "научно практическом центре по животноводству"),
    ("be", "я вяла гурток у літаратурна-мемарыяльным музеі", "літаратурна-мемарыяльным музеі"),
]
DECOYS = [
    ("ru", "мы жили в довольно большом центре города", "центре"),
    ("ru", "на совершенно новом заводе платили мало", "заводе"),
    ("ru", "в светло-сером здании было холодно", "здании"),
    ("ru", "мы встретились в центре города у фонтана", "центре"),
    ("be", "мы сустрэліся ў цэнтры горада каля фантана", "цэнтры"),
    ("be", "блізка  сельская бібліятэка была", "блізка"),
]


def _covered(text: str, language: str, phrase: str) -> bool:
    """Every letter of ``phrase`` lies inside one ORGANISATION span."""
    start = text.index(phrase)
    end = start + len(phrase)
    return any(s.label == "ORGANISATION" and s.start <= start and end <= s.end for s in detect(text, language))


@pytest.mark.parametrize(("language", "text", "name"), DESCRIBED)
def test_compound_adjective_descriptions_are_masked(language: str, text: str, name: str) -> None:
    assert _covered(text, language, name)


@pytest.mark.parametrize(("language", "text", "word"), DECOYS)
def test_degree_adverbs_and_plain_places_stay_unmasked(language: str, text: str, word: str) -> None:
    start = text.index(word)
    assert not any(s.start <= start < s.end for s in detect(text, language))


def test_a_time_after_po_is_no_field() -> None:
    text = "в научно-практическом центре по субботам никого нет"
    spans = institution_compounds.detect(text, split(text), "ru")
    assert [s.text for s in spans] == ["научно-практическом центре"]
