"""Round-5 AGE_OR_SENTENCE, DATE and DETENTION mechanisms, one invented row per kind of case.

Each row fails without its mechanism: a unit said once and then dropped, a prime mark or a list of
charges that makes a bare number an article, digit-by-digit articles, an age after another age or after
a kin subject, a two-digit year after a month, named prisons in any case, a prison called by its street,
slang numbers in Latin letters under several transliterations.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import colonies, terms
from intake.pseudonymise.detectors.dates import detect_dates
from intake.pseudonymise.detectors.facilities import detect_patterns
from intake.pseudonymise.detectors.pattern_tokens import split


def _terms(text: str) -> list[str]:
    return [s.text for s in terms.detect_terms(text, split(text))]


@pytest.mark.parametrize(("text", "surface"), [
    # the unit is said once, the next number drops it
    ("Ей дали пять лет, ну, четыре реально, потом", "четыре"),
    ("его закрыли на сутки, десять, потом снова", "десять"),
    ("получили сутками, по пятнадцать все трое", "пятнадцать"),
    ("twelve days inside, home for a day, then twelve again.", "twelve"),
    # decimal and unit-carrying shares
    ("вона адсядзела 3 з 3,5 і выйшла", "3 з 3,5"),
    ("so twenty months out of thirty six by now", "twenty months out of thirty six"),
])
def test_terms_carry_the_unit(text: str, surface: str) -> None:
    assert surface in _terms(text)


@pytest.mark.parametrize("text", [
    "два года живу тут, три раза переезжали",  # a count: a noun follows
    "three years later we met at four thirty",  # a clock time
])
def test_carry_leaves_counts_and_times(text: str) -> None:
    assert [s for s in _terms(text) if s not in ("два года",)] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("па справе было 342 прым, больш нічога", "342 прым"),
    ("шили ему 361 прим 2 и всё", "361 прим 2"),
    ("the charges were four one one and nothing else", "four one one"),
    ("under Article 130, for a post in 2021, and also for resisting, 364. He", "364"),
    ("under article three forty two and later for a comment, one thirty, incitement", "one thirty"),
])
def test_articles_without_a_cue_word(text: str, surface: str) -> None:
    assert surface in _terms(text)


def test_listed_article_not_a_count_or_a_sentence_away() -> None:
    assert "150" not in _terms("under Article 342 they fined him, 150 roubles.")
    assert "300" not in _terms("under Article 342. Later, 300 came to the court")


@pytest.mark.parametrize(("text", "surface"), [
    ("ёй было шэсць, калі маму забралі, а цяпер восем", "восем"),
    ("our son oleg is four and he asks about dad", "four"),
    ("я кажу костя тебе тридцать один это нормально", "тридцать один"),
])
def test_ages_after_an_age_or_a_kin_subject(text: str, surface: str) -> None:
    assert surface in _terms(text)


def test_small_number_after_now_without_an_age_stays_out() -> None:
    assert _terms("мы пришли в три, а сейчас пять вечера") == []


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("её арестовали в сентябре 22-го, потом", "ru", "сентябре 22-го"),
    ("вызвалілі ў кастрычніку 25-га, ён", "be", "кастрычніку 25-га"),
    ("у маі 2024 мы з'ехалі", "be", "маі 2024"),
])
def test_month_with_short_or_belarusian_year(text: str, lang: str, surface: str) -> None:
    assert surface in [s.text for s in detect_dates(text, lang)]


def test_month_with_a_counted_number_is_no_date() -> None:
    assert detect_dates("в марте 23 человека уехали", "ru") == []


@pytest.mark.parametrize(("text", "surface"), [
    ("first the KGB pre-trial detention centre, then", "KGB pre-trial detention centre"),
    ("then the twenty-second colony near Ivatsevichy", "twenty-second colony"),
    ("a week in the remand prison on valadarskaha and then", "valadarskaha"),
    ("полгода в СИЗО на Володарского, потом", "СИЗО на Володарского"),
])
def test_named_and_street_prisons(text: str, surface: str) -> None:
    assert surface in [s.text for s in detect_patterns(text) if s.label == "DETENTION"]


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Ён пісаў з Ваўчыных нор, а ў Ваўчыных норах холадна", "be", "Ваўчыных норах"),
    ("письмо пришло с Волчьими норами на штампе", "ru", "Волчьими норами"),
])
def test_named_prison_in_every_case(text: str, lang: str, surface: str) -> None:
    assert surface in [s.text for s in detect(text, lang) if s.label == "DETENTION"]


def test_prison_on_a_weekday_is_no_street() -> None:
    assert [s for s in detect_patterns("He was back in prison on Monday") if s.label == "DETENTION"] == []


@pytest.mark.parametrize("word", ["siemnashka", "semnashka", "piatnashke", "pyatnashku", "dziaviatka", "vasmierka"])
def test_latin_slang_from_every_scheme(word: str) -> None:
    text = f"he is in the colony, the {word}, since spring"
    assert word in [s.text for s in colonies.detect_colonies(text, split(text), "en")]


def test_slang_placed_near_a_town_without_other_cue() -> None:
    text = "муж у неё на пятёрке под Оршей, пишет"
    assert "пятёрке" in [s.text for s in colonies.detect_colonies(text, split(text), "ru")]
    assert colonies.detect_colonies("поехали на тройке по городу", split("поехали на тройке по городу"), "ru") == []


def test_english_ordinal_before_too_is_a_colony() -> None:
    text = "several got out of prison, some from the eleventh too"
    assert [s.text for s in detect(text, "en") if s.label == "DETENTION"] == ["eleventh"]


@pytest.mark.parametrize("text", [
    "я дваццаць гадоў адпрацавала ў бальніцы, потым",  # a working life
    "she taught maths for twelve years at the lyceum",
    "они вышли и выглядят на десять лет старше",  # a comparison
    "собрали полторы тысячи за неделю",  # a half that counts a noun
    "свиданне раз на чатыры месяцы, не часцей",  # a frequency
    "через три недели мы переехали к маме",  # a span after which something else happened
    "we moved to Warsaw in five months",
])
def test_durations_that_are_no_terms(text: str) -> None:
    assert _terms(text) == []


def test_term_next_to_work_elsewhere_stays() -> None:
    assert "пять лет" in _terms("ему дали пять лет. На работе молчат.")


def test_span_after_which_a_release_comes_stays() -> None:
    assert "15 суток" in _terms("его отпустили через 15 суток, и всё")


@pytest.mark.parametrize(("text", "surface"), [
    ("ну по 21 2 административной штраф", "21 2"),  # ``21.2`` with the point blanked
    ("опять 24 23 штраф пришёл", "24 23"),
])
def test_spaced_admin_article(text: str, surface: str) -> None:
    assert surface in [s.text for s in detect(text, "ru") if s.label == "AGE_OR_SENTENCE"]


def test_spaced_half_in_a_share_and_clock_after_an_age() -> None:
    assert "3 из 3 5" in _terms("он отсидел 3 из 3 5 и вышел")
    assert "шесть" not in _terms("ему было двадцать три когда в шесть утра пришли")


@pytest.mark.parametrize(("text", "surface"), [
    ("внуку  семь  артём его зовут  он ходит в школу", "семь"),  # a kin dative, then a name
    ("ей  ну  сорок два  это не возраст", "сорок два"),  # a filler between the cue and the number
])
def test_ages_after_kin_dative_or_filler_in_unpunctuated_speech(text: str, surface: str) -> None:
    assert surface in _terms(text)


def test_strong_cue_still_leaves_counted_things() -> None:
    assert _terms("внуку пять книг купили") == []
