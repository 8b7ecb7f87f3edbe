"""Round 13 precision guards in lower-case speech, grounded in grammar (rows invented)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.morphology import no_single_person


@pytest.mark.parametrize("word", ["донаты", "якобы", "ранит", "мельники", "комары"])
def test_words_that_never_name_one_person(word: str) -> None:
    assert no_single_person(word)


@pytest.mark.parametrize("word", ["донат", "вера", "жуковы", "ивановы", "иванова", "марии", "ковальчукович"])
def test_person_readings_stay(word: str) -> None:
    """A singular given name, a surname in any number (the family), an unknown word: not ruled out."""
    assert not no_single_person(word)


DECOYS = [
    ("следователь сказал что я якобы участвовал в марше на проспекте", "якобы"),
    ("она якобы угрожала сотруднику и вот ей дали два года", "якобы"),
    ("соседку арестовали за донаты в фонд и дали ей четыре года", "донаты"),
    ("ну и вот его судили за донаты которые он переводил ещё в двадцатом", "донаты"),
]


@pytest.mark.parametrize(("text", "word"), DECOYS)
def test_plural_or_particle_is_not_a_person(text: str, word: str) -> None:
    assert not [s for s in detect(text, "ru") if s.text == word], detect(text, "ru")


TRUE_ROWS = [
    ("и вот один наш сосед его звали донат он работал водителем", "донат"),
    ("свидетелем была марина ковальчук она работала в школе", "марина ковальчук"),
    ("мы с петровичами ездили на дачу каждое лето", "петровичами"),
    ("жуковы из соседнего подъезда тоже уехали в литву", "жуковы"),
]


@pytest.mark.parametrize(("text", "surface"), TRUE_ROWS)
def test_people_still_masked(text: str, surface: str) -> None:
    start = text.index(surface)
    end = start + len(surface)
    assert any(s.start <= start and end <= s.end for s in detect(text, "ru")), detect(text, "ru")


CAREERS = [
    ("я в больнице медсестрой двадцать лет и ни разу не болела", "ru", "двадцать лет"),
    ("я дальнобойщик шестнадцать лет ездил по всей европе", "ru", "шестнадцать лет"),
    ("ён быў кіроўцам дваццаць гадоў на аўтобазе", "be", "дваццаць гадоў"),
    ("he was a bus driver for thirty years in his town", "en", "thirty years"),
    ("she was a nurse for twelve years and loved it", "en", "twelve years"),
]


@pytest.mark.parametrize(("text", "language", "duration"), CAREERS)
def test_a_working_life_is_not_a_term(text: str, language: str, duration: str) -> None:
    assert not [s for s in detect(text, language) if s.text == duration], detect(text, language)


TERMS = [
    ("брат водитель автобуса ему дали три года колонии", "ru", "три года"),
    ("misha is thirty-four a truck driver four years for donating to a fund", "en", "four years"),
    ("роза пенсионерка учительница 70 лет она из бреста", "ru", "70 лет"),
    ("я дальнобойщик три года за донат получил", "ru", "три года"),
]


@pytest.mark.parametrize(("text", "language", "duration"), TERMS)
def test_terms_and_ages_beside_an_occupation_stay(text: str, language: str, duration: str) -> None:
    start = text.index(duration)
    end = start + len(duration)
    assert any(s.start <= start and end <= s.end for s in detect(text, language)), detect(text, language)


NAMING_DECOYS = [
    ("интервьюер  как зовут вашего сына  респондент  он у нас один", "ru", "вашего"),
    ("ну мы там жили  как её называют  раньше он ещё работал в депо", "ru", "раньше"),
    ("а як клічуць вашага брата  ён у нас малодшы", "be", "вашага"),
]


@pytest.mark.parametrize(("text", "language", "word"), NAMING_DECOYS)
def test_naming_verb_before_a_possessive_or_comparative(text: str, language: str, word: str) -> None:
    """A possessive pronoun or a comparative after ``зовут``/``называют`` is no nickname."""
    assert not [s for s in detect(text, language) if s.text == word], detect(text, language)


NAMING_TRUE = [
    ("в отряде его все звали серый  он не обижался", "ru", "серый"),
    ("а брата у нас все звали лёха  он старший", "ru", "лёха"),
]


@pytest.mark.parametrize(("text", "language", "word"), NAMING_TRUE)
def test_nicknames_after_naming_verbs_stay(text: str, language: str, word: str) -> None:
    start = text.index(word)
    assert any(s.start <= start and start + len(word) <= s.end for s in detect(text, language)), detect(text, language)



GOVERNED_DECOYS = [
    ("соседка наша вера петровна шилова  пенсионерка  у неё вера в бога крепкая  она молится", "вера"),
    ("брат мой слава игоревич ковалёв  на суде слава богу дали немного", "слава"),
]


@pytest.mark.parametrize(("text", "word"), GOVERNED_DECOYS)
def test_noun_with_its_own_complement_is_not_the_name(text: str, word: str) -> None:
    """``вера в бога``, ``слава богу``: the common noun, not another mention of the name."""
    assert not [s for s in detect(text, "ru") if s.text == word], detect(text, "ru")


GOVERNED_TRUE = [
    "соседка наша вера петровна шилова  пенсионерка  вера в магазин ушла утром",
    "соседка наша вера петровна шилова  пенсионерка  вера в минск поехала к сыну",
]


@pytest.mark.parametrize("text", GOVERNED_TRUE)
def test_a_person_going_somewhere_stays(text: str) -> None:
    """``в`` with an inanimate accusative: she goes somewhere, a person."""
    assert [s for s in detect(text, "ru") if s.text == "вера"], detect(text, "ru")
