"""Common words that name enterprises, occupation nouns in a workplace's slot (``detectors/org_namewords.py``,
read by ``detectors/org_work.py``) and centres named by their activity (``detectors/org_centres.py``).
Every row is invented."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

NAMED = [
    ("ru", "мой дядя лет пятнадцать на прогрессе отработал трактористом а потом уехал", "прогрессе"),
    ("ru", "она всю молодость в заре работала дояркой", "заре"),
    ("ru", "Отец двадцать лет на луче отработал механиком.", "луче"),
    ("be", "яна дваццаць гадоў адпрацавала на перамозе бухгалтарам", "перамозе"),
    ("ru", "сестра в авангарде работала кассиром", "авангарде"),
    ("be", "мой брат кіроўцам у цітрэка ездзіць па еўропе", "цітрэка"),
    ("ru", "я механизатор в кормалайне был восемь лет", "кормалайне"),
]
DECOYS = [
    ("ru", "он на заре работал в поле а вечером спал"),
    ("ru", "я работал в поле и в школе а ночью на луну смотрел"),
    ("be", "працавала ў школе і на радзіме"),
    ("ru", "работал на дядю всю жизнь и на износ"),
    ("ru", "я водитель в такси уже год"),
    ("be", "я трактарыст у калгасе быў дзесяць гадоў"),
    ("ru", "она в прогрессе не верила а работала много"),
    ("en", "he worked at night and at dawn"),
]


def _orgs(lang: str, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, lang) if s.label == "ORGANISATION"]


@pytest.mark.parametrize(("lang", "text", "surface"), NAMED)
def test_name_word_or_occupation_opens_the_slot(lang: str, text: str, surface: str) -> None:
    assert surface in _orgs(lang, text)


@pytest.mark.parametrize(("lang", "text"), DECOYS)
def test_common_use_stays_open(lang: str, text: str) -> None:
    assert _orgs(lang, text) == []


def test_name_word_is_uncertain() -> None:
    text = "на луче он отработал двадцать лет"
    spans = [s for s in detect(text, "ru") if s.label == "ORGANISATION"]
    assert spans and all(s.uncertain and s.reason == "uncertain:orgwork" for s in spans)


CENTRES = [
    ("be", "я вучылася пры цэнтры беларускай культуры у рызе", "цэнтры беларускай культуры"),
    ("ru", "она ходила в центр социальной реабилитации на ленина", "центр социальной реабилитации"),
    ("be", "у цэнтры прававой дапамогі мне далі адваката", "цэнтры прававой дапамогі"),
]
CENTRE_DECOYS = [
    ("ru", "мы жили в центре старого города рядом с центром внимания"),
    ("ru", "в центре всей этой истории была мама"),
    ("ru", "центр помощи был закрыт"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), CENTRES)
def test_centre_named_by_its_activity(lang: str, text: str, surface: str) -> None:
    assert surface in _orgs(lang, text)


@pytest.mark.parametrize(("lang", "text"), CENTRE_DECOYS)
def test_centre_of_a_place_stays_open(lang: str, text: str) -> None:
    assert _orgs(lang, text) == []
