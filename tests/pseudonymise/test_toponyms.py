"""Places no list has, by the shape of their name after a place preposition or cue noun (toponyms.py,
placecues.py), the world list's foreign towns in their inflected forms, and decoys of the same shapes.
Every row is invented: the toponyms are random syllables plus a suffix class (bench/place_renderings.py)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import toponyms
from intake.pseudonymise.detectors.tokens import fold

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from place_render_kinds import CUED_ROLES, DECOYS, render_place
from place_renderings import covered

SHAPE_KINDS = ("ICHI", "OVKA", "SK", "POL", "GORODOK", "ISHKI", "POLISH")


def _masked(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    spans = [(s.start, s.end) for s in detect(text, lang)]
    return covered(text, start, start + len(part), spans)


def _touched(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    return any(s.start < start + len(part) and start < s.end for s in detect(text, lang))


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.randoms(use_true_random=False), st.sampled_from(SHAPE_KINDS), st.sampled_from(("ru", "be", "en")))
def test_invented_toponyms_are_masked_in_lower_case(rng: random.Random, kind: str, lang: str) -> None:
    surface, carrier = render_place(kind, lang, rng, CUED_ROLES)
    start = carrier.index("{}")
    text = carrier.replace("{}", surface, 1).lower()
    spans = [(s.start, s.end) for s in detect(text, lang)]
    assert covered(text, start, start + len(surface), spans), (surface, text)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ru", "летом жили у бабушки в крапотовке, там речка", "крапотовке"),
        ("ru", "а родом она из жуковичей, это под гродно", "жуковичей"),
        ("ru", "мы ездили до ластовичей на велосипедах", "ластовичей"),
        ("be", "я родам з пялешавічаў, гэта недалёка", "пялешавічаў"),
        ("be", "дзед жыў у зарубаўцы да самай смерці", "зарубаўцы"),
        ("be", "нас павезлі пад карапольскам, у поле", "карапольскам"),
        ("be", "сястра вучылася ў новалесгарадку", "новалесгарадку"),
        ("ru", "переехали в бельтишки, это литва", "бельтишки"),
        ("ru", "сейчас живу около жимяйской дороги, в гарбуняй", "гарбуняй"),
        ("en", "i grew up outside zhabrovichy and left at sixteen", "zhabrovichy"),
        ("en", "we rented a flat in kostrzyce for a year", "kostrzyce"),
        ("en", "my aunt still lives in rabuliai with her cats", "rabuliai"),
    ],
)
def test_a_toponym_suffix_after_a_place_preposition_is_a_place(lang: str, text: str, place: str) -> None:
    assert _masked(text, lang, place)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "он был в командировке почти месяц", "командировке"),
        ("ru", "мы встретились в кино и потом гуляли", "кино"),
        ("ru", "я тогда был в отпуске у моря", "отпуске"),
        ("be", "ён быў у камандзіроўцы, калі ўсё пачалося", "камандзіроўцы"),
        ("be", "у краіне тады было вельмі страшна", "краіне"),
        ("be", "мы сустрэліся з адміністрацыяй універсітэта", "адміністрацыяй"),
        ("be", "праз гадзіну ўсё скончылася, і ў гадзіну ночы мы пайшлі", "гадзіну ночы"),
        ("en", "she was in office for two years", "office"),
        ("en", "they were never brought to justice", "justice"),
        ("en", "we camped near the border for a week", "border"),
    ],
)
def test_common_words_of_the_same_shape_stay(lang: str, text: str, word: str) -> None:
    assert not _touched(text, lang, word.split()[0])


def test_the_vocabulary_test_rebuilds_the_dictionary_form() -> None:
    assert toponyms.toponym(fold("зарубаўцы"))
    assert not toponyms.toponym(fold("трэніроўцы"))  # Belarusian locative of тренировка
    assert not toponyms.toponym(fold("жанчыне"))  # a Belarusian noun pymorphy3 cannot read: data list
    assert toponyms.toponym(fold("гомельшчыне"), region=True)
    assert not toponyms.toponym(fold("красносельске"), region=True)  # ``на`` only for districts and regions


def test_no_decoy_of_the_bench_has_a_toponym_shape() -> None:
    for lang, rows in DECOYS.items():
        for _, word in rows:
            norm = fold(word.split()[-1])
            assert not (toponyms.toponym(norm) if lang != "en" else toponyms.latin_toponym(norm)), word


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("be", "нас затрымалі ў горадзе шупанпілс каля крамы", "шупанпілс"),
        ("ru", "я вырос в городе новоселицк, там и живу", "новоселицк"),
        ("ru", "потом жили в местечке бурдовка", "бурдовка"),
        ("en", "i grew up in the town of otridowo by the lake", "otridowo"),
    ],
)
def test_a_town_noun_takes_a_lower_case_name_of_toponym_shape(lang: str, text: str, place: str) -> None:
    assert _masked(text, lang, place)


def test_a_town_noun_does_not_take_a_common_word() -> None:
    assert not _touched("у горадзе было вельмі шумна", "be", "было")
    assert not _touched("in the town of course nothing happened", "en", "course")


def test_a_street_elided_to_a_surname_in_the_genitive() -> None:
    assert _masked("кватэра была на варанцова, на трэцім паверсе", "be", "варанцова")
    assert not _touched("он пошёл на работу, а дом остался", "ru", "работу")


def test_a_place_proved_once_masks_its_bare_mentions() -> None:
    text = "я вырос в бурковке. бурковка маленькая, а бурковку я до сих пор вспоминаю."
    for form in ("бурковке", "бурковка", "бурковку"):
        assert _masked(text, "ru", form), form
    text = "i grew up in zharnovichy. zharnovichy is small and everyone left."
    second = text.index("zharnovichy", 20)
    spans = [(s.start, s.end) for s in detect(text, "en")]
    assert covered(text, second, second + len("zharnovichy"), spans)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("be", "Потым мы паехалі ў Хэлм, а адтуль у Даўгаўпілс.", "Хэлм"),
        ("be", "сястра цяпер жыве ў даўгаўпілсе", "даўгаўпілсе"),
        ("be", "Ён вучыцца ва Утрэхце.", "Утрэхце"),
        ("ru", "он учится в брно, а сестра в тарту", "брно"),
        ("ru", "мы полгода прожили в кошалине", "кошалине"),
        ("ru", "Брат работает в Эйндховене на заводе.", "Эйндховене"),
        ("en", "then we moved to chelm and later to jelgava", "chelm"),
        ("en", "now i rent a room in croydon", "croydon"),
        ("en", "my cousin studies in leuven", "leuven"),
    ],
)
def test_world_towns_in_their_inflected_forms(lang: str, text: str, place: str) -> None:
    assert _masked(text, lang, place)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ru", "мы тогда жили в заболотье у тётки", "заболотье"),
        ("ru", "я вырос в деревне заречье, там и школа была", "заречье"),
        ("be", "бабуля жыла ў забалоцці, за рэчкай", "забалоцці"),
        ("be", "нас прывезлі з падгор'я ўжо ўначы", "падгор'я"),
        ("be", "дзед родам з прыазер'я", "прыазер'я"),
        ("en", "my grandmother lived in zalessye all her life", "zalessye"),
    ],
)
def test_a_prefixed_collective_of_a_landscape_noun_is_a_place(lang: str, text: str, place: str) -> None:
    assert _masked(text, lang, place)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "он тогда ушёл в подполье и пропал", "подполье"),
        ("ru", "мы жили в таком захолустье, что страшно", "захолустье"),
        ("be", "у падарожжы мы пазнаёміліся з хлопцамі", "падарожжы"),
        ("be", "пры сустрэчы ў застоллі ён маўчаў", "застоллі"),
    ],
)
def test_a_prefixed_collective_of_another_noun_stays(lang: str, text: str, word: str) -> None:
    assert not _touched(text, lang, word)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ru", "Грабовичи — это деревня за рекой, там жила тётя.", "Грабовичи"),
        ("be", "жамойцікі гэта такая вёска пад лідай", "жамойцікі"),
        ("en", "Kalnaviki is a small village on the lake.", "Kalnaviki"),
    ],
)
def test_a_name_a_copula_defines_as_a_settlement(lang: str, text: str, place: str) -> None:
    assert _masked(text, lang, place)


def test_a_strong_toponym_shape_needs_no_preposition() -> None:
    assert _masked("ну а бурдзялічы тады былі зусім маленькія", "be", "бурдзялічы")
    assert _masked("Лапшынічы згарэлі ў вайну.", "be", "Лапшынічы")
    assert not _touched("сяброўка прыйшла, і вайскоўцы пайшлі", "be", "сяброўка")  # -оўка: not bare
    assert not _touched("сяброўка прыйшла, і вайскоўцы пайшлі", "be", "вайскоўцы")
    assert not toponyms.bare_toponym(fold("москвичи"))  # a word pymorphy3 knows
