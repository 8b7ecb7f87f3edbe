"""Facilities, spaced dates and lower-case ages (branch ``facilities``): text -> expected spans.

Every row is invented; each names a kind of case: Latin slang and English ordinals naming a colony, a
colony number in a text that speaks only of prisoners, named prisons in Latin letters, dates written with
spaces by unpunctuated speech recognition, and ages after a lower-cased dative name.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import colonies, institutions, terms
from intake.pseudonymise.detectors.dates import detect_dates
from intake.pseudonymise.detectors.pattern_tokens import split


def _colony_texts(text: str, lang: str) -> list[str]:
    return [s.text for s in colonies.detect_colonies(text, split(text), lang)]


COLONY_HITS = [
    # English ordinal after a naming word or a clause break (not only after in/at/to the)
    ("en", "My uncle is in a penal colony. Locals call it the ninth, because of the number.", "ninth"),
    ("en", "She was moved to prison in the north, the twenty-first, last spring.", "twenty-first"),
    ("en", "He is in prison, known as the eleventh by everyone.", "eleventh"),
    # slang number nouns in Latin letters
    ("en", "He is in a colony near the river, people say Semnashka, it's strict.", "Semnashka"),
    ("en", "her son is in prison, on devyatka they say", "devyatka"),
    # a text that speaks of prisoners only (no colony word) still cues slang
    ("be", "Сябар распавёў пра вязняў: ён цяпер на дзявятцы, піша лісты.", "дзявятцы"),
    ("ru", "Мы пишем политзаключённым. Один из них на тройке, второй дома.", "тройке"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), COLONY_HITS)
def test_colony_numbers_found(lang: str, text: str, surface: str) -> None:
    assert surface in _colony_texts(text, lang)


COLONY_SAFE = [
    ("en", "He is in prison. He came first and the second was his friend.", "second"),  # first/second not named
    ("en", "He is in prison. On the fifteenth of May we went there.", "fifteenth"),  # a date
    ("en", "He is in prison. The third letter came late.", "third"),  # a noun follows
    ("en", "We drank tea with friends, the ninth, and talked.", "ninth"),  # no prison in the text
]


@pytest.mark.parametrize(("lang", "text", "surface"), COLONY_SAFE)
def test_ordinary_ordinals_left(lang: str, text: str, surface: str) -> None:
    assert surface not in _colony_texts(text, lang)


@pytest.mark.parametrize(
    "text",
    ["he is held at vouchyja nory now", "they call it the wolves' burrows", "спачатку на валадарцы, потым"],
)
def test_named_prisons_found(text: str) -> None:
    lang = "en" if text.isascii() else "be"
    assert any(s.label == "DETENTION" for s in detect(text, lang))


DATES = [
    ("затрымалі яго 14 03 2021 раніцай", "14 03 2021"),
    ("арестовали 7 11 2020 вечером", "7 11 2020"),
    ("дзень нараджэння 23 04 мы святкуем", "23 04"),
]


@pytest.mark.parametrize(("text", "surface"), DATES)
def test_spaced_dates(text: str, surface: str) -> None:
    assert surface in [s.text for s in detect_dates(text, "ru")]


@pytest.mark.parametrize(
    "text",
    ["тэлефон 33 14 03 21", "пришли в 11 05 утром", "было 12 8 человек", "номер 29 12 04 77 89"],
)
def test_spaced_numbers_not_dates(text: str) -> None:
    assert [s.text for s in detect_dates(text, "ru")] == []


AGES = [
    ("ru", "вторая история михаилу пятьдесят два он строитель", "пятьдесят два"),
    ("ru", "подруга ксении петровне 71 а она всё работает", "71"),
    ("be", "пра суседа грышкевічу пяцьдзясят адзін і ён", "пяцьдзясят адзін"),
    ("ru", "сколько лет маме респондент шестьдесят  не  уже 61", "шестьдесят"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), AGES)
def test_lowercase_ages(lang: str, text: str, surface: str) -> None:
    assert surface in [s.text for s in terms.detect_terms(text, split(text))]


def test_lowercase_dative_noun_is_not_an_age_cue() -> None:
    text = "я позвонила соседке два раза и ушла"
    assert [s.text for s in terms.detect_terms(text, split(text))] == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [("ru", "отца вызывали в лидский говд дважды", "лидский говд"),
     ("en", "she left the brest regional bar association in 2021", "brest regional bar association")],
)
def test_institution_heads_lower_case(lang: str, text: str, surface: str) -> None:
    assert surface in [s.text for s in institutions.detect_institutions(text, split(text), lang)]


SHARES = [
    ("en", "he has served four of the nine so far", "four of the nine"),
    ("ru", "он отсидел три из пяти половину срока", "три из пяти"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), SHARES)
def test_shares(lang: str, text: str, surface: str) -> None:
    assert surface in [s.text for s in terms.detect_terms(text, split(text))]


@pytest.mark.parametrize("text", ["two of the five brothers came", "пришли три из семи человек"])
def test_counted_share_is_not_a_term(text: str) -> None:
    assert [s.text for s in terms.detect_terms(text, split(text))] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [("его судили по нескольким статьям 293 и другие", "293"),
     ("Article 130, and then three hundred forty-two, part two, for marching", "three hundred forty-two, part two")],
)
def test_articles(text: str, surface: str) -> None:
    assert surface in [s.text for s in terms.detect_terms(text, split(text))]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [("be", "ён у мужчынскай калоніі каля віцебска трэцяя мама ездзіць", "трэцяя"),
     ("ru", "Его колония под Гомелем, двадцать первая. Мама ездит", "двадцать первая")],
)
def test_ordinal_in_apposition_to_a_colony(lang: str, text: str, surface: str) -> None:
    assert surface in _colony_texts(text, lang)


def test_ordinal_with_its_own_noun_after_a_colony_left() -> None:
    assert _colony_texts("в колонии третья смена начинается рано", "ru") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [("ru", "работал на фабрике имени крупской до ареста", "фабрике имени крупской"),
     ("be", "вучыўся ва ўніверсітэце імя Францыска Скарыны", "ўніверсітэце імя Францыска Скарыны"),
     ("en", "she taught at the school named after Bahdanovich", "school named after Bahdanovich")],
)
def test_institution_named_after_someone(lang: str, text: str, surface: str) -> None:
    assert surface in [s.text for s in institutions.detect_institutions(text, split(text), lang)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [("the garden is hers  he's 71  nadia's sister lives", "71"),
     ("and zmitser's  um  forty-two  a welder from lida", "forty-two")],
)
def test_possessive_be_age(text: str, surface: str) -> None:
    assert surface in [s.text for s in terms.detect_terms(text, split(text))]


def test_its_minutes_is_not_an_age() -> None:
    text = "it's 20 minutes from the station"
    assert [s.text for s in terms.detect_terms(text, split(text))] == []


@pytest.mark.parametrize(
    "text", ["she worked for belinvestbank in hrodna", "he was at zerkalo then", "my cousin works at belpochta now"]
)
def test_latin_company_names_listed(text: str) -> None:
    assert any(s.label == "ORGANISATION" for s in detect(text, "en"))


@pytest.mark.parametrize(
    ("text", "surface"),
    [("На момент ареста тридцать восемь, сейчас уже больше.", "тридцать восемь"),
     ("на момант затрымання 52 цяпер 54", "52")],
)
def test_age_at_the_moment_of_arrest(text: str, surface: str) -> None:
    assert surface in [s.text for s in terms.detect_terms(text, split(text))]


def test_moment_of_arrest_with_a_unit_is_a_duration_not_an_age() -> None:
    text = "с момента задержания 20 дней прошло"
    assert [s.reason for s in terms.detect_terms(text, split(text))] == ["uncertain:duration"]
