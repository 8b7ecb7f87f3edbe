"""Quasi-identifiers rendered the ways speakers say them (bench/quasi_renderings.py) are masked whole; ordinary
numbers of the same shapes mostly are not. Then one invented row per mechanism the generator drove (none is
copied from an evaluation set): each fails without its mechanism."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.pseudonymise import detect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from quasi_renderings import LANGUAGES, QUASI_LABELS, covered, render, renderings

# kinds the detector masks in every rendering the generator makes; lower-cased with punctuation blanked only
# articles: without the point or the comma some dates and facilities are ambiguous (``10 10`` may be a clock
# time, ``в колонии 17 передачи`` may count parcels), and the rate test below covers them
WHOLE = ("ARTICLE", "FACILITY", "DATE")


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from(WHOLE), st.sampled_from(LANGUAGES), st.booleans())
def test_every_rendered_article_facility_and_date_is_masked(rng: random.Random, kind: str, lang: str,
                                                            lower: bool) -> None:
    r = render(kind, lang, rng, lower and kind == "ARTICLE")
    spans = [(s.start, s.end) for s in detect(r.text, lang)]
    assert covered(r.text, r.start, r.end, spans), (r.surface, r.text, spans)


@settings(max_examples=200, deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from(("AGE", "TERM")), st.sampled_from(("ru", "be")))
def test_every_rendered_slavic_age_and_term_is_masked(rng: random.Random, kind: str, lang: str) -> None:
    r = render(kind, lang, rng)
    spans = [(s.start, s.end) for s in detect(r.text, lang)]
    assert covered(r.text, r.start, r.end, spans), (r.surface, r.text, spans)


@pytest.mark.parametrize("lower", [False, True])
def test_recall_per_kind_and_decoy_rate_on_a_fixed_seed(lower: bool) -> None:
    rows = renderings(25, 7, lower=lower)
    hits: dict[str, list[bool]] = {}
    for r in rows:
        spans = detect(r.text, r.language)
        if r.kind == "DECOY":
            hit = any(s.label in QUASI_LABELS and not s.uncertain and s.start < r.end and r.start < s.end
                      for s in spans)
        else:
            hit = covered(r.text, r.start, r.end, [(s.start, s.end) for s in spans])
        hits.setdefault(r.kind, []).append(hit)
    rates = {kind: sum(v) / len(v) for kind, v in hits.items()}
    assert all(rate >= 0.95 for kind, rate in rates.items() if kind != "DECOY"), rates
    assert rates["DECOY"] <= 0.15, rates  # durations that are not terms, counts, money, times, years, floors


def _masked(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    return covered(text, start, start + len(part), [(s.start, s.end) for s in detect(text, lang)])


MASKED = [
    # a bare term after a verb of sentencing, the unit left unsaid
    ("ru", "в итоге получила восемь, хотя надеялись на условный", "восемь"),
    ("be", "суд даў дзевяць, як і прасіў пракурор", "дзевяць"),
    ("en", "the judge gave her six, and she fainted", "six"),
    ("en", "she got a year and a half of home confinement", "a year and a half"),
    # served shares, ``one`` and Belarusian genitives included
    ("ru", "он отсидел один из трёх и вышел по помилованию", "один из трёх"),
    ("be", "ужо два з пяці ззаду", "два з пяці"),
    # ages: ``в свои``, ``at`` with a number no clock reads, apposition without commas or capitals, kin apposition
    ("ru", "в свои двадцать семь она уже трижды сидела", "двадцать семь"),
    ("be", "у свае 63 гады ён працаваў на заводзе", "63 гады"),
    ("en", "at 71 he was the oldest prisoner in the unit", "71"),
    ("ru", "потом взяли соседа богдан ляшук сорок четыре из гродно", "сорок четыре"),
    ("en", "my cousin, thirty-nine, was taken at the border", "thirty-nine"),
    ("ru", "ему было ну шестьдесят один пенсионер с больным сердцем", "шестьдесят один"),
    # compound ages and terms, and ``полутора`` in the dative; ``verdict``, a colony named after a preposition
    ("ru", "судили двадцатитрёхлетнего программиста из Гомеля", "двадцатитрёхлетнего"),
    ("be", "затрымалі 17-гадовага школьніка", "17-гадовага"),
    ("ru", "её приговорили к полутора годам ограничения свободы", "полутора годам"),
    ("en", "the verdict was one year, nothing more", "one year"),
    ("en", "one year in a maximum-security colony, they said", "one year"),
    # articles added to the charges
    ("ru", "а потом ему вменили 423, за листовки", "423"),
    ("be", "потым дадалі 293, за чат", "293"),
    # facilities: Belarusian ordinals 2 and 10, a regime phrase as the cue, the preposition repeated
    ("be", "муж адбывае ў другай калоніі пад Бабруйскам", "другай калоніі"),
    ("be", "брат цяпер у дзясятай калоніі", "дзясятай калоніі"),
    ("ru", "брат теперь на девятке, там усиленный режим", "девятке"),
    ("ru", "его держат в колонии в пятой посылки не доходят", "пятой"),
    ("ru", "брат сидит в колонии 17 под Шкловом", "колонии 17"),
    ("en", "she is held in penal colony four, near the river", "penal colony four"),
    ("ru", "после суда его отправили в ИУОТ номер 3", "ИУОТ номер 3"),
    # dates: spaced digits after a word in ``ў``, months 10-12, lower-case ``may`` beside a day
    ("be", "суд быў 14 03 2023 у Гомелі", "14 03 2023"),
    ("ru", "обыск был 21 11 рано утром", "21 11"),
    ("en", "they came on the 3rd of may at dawn", "3rd of may"),
    ("en", "he was released on may the twelfth", "may the twelfth"),
]


@pytest.mark.parametrize(("lang", "text", "part"), MASKED)
def test_mechanism_rows_are_masked(lang: str, text: str, part: str) -> None:
    assert _masked(text, lang, part)


NOT_QUASI = [
    # money and measures are not articles
    ("ru", "скинулись по 300 рублей на адвоката", "300"),
    ("ru", "штраф по 250 базовых каждому", "250"),
    # guards: a number that counts something after a giving verb; a clock time after ``at``; no number stem
    ("ru", "у него многолетний стаж и летний отпуск", "многолетний"),
    ("ru", "в колонии три отряда политических", "три"),
    ("ru", "нам дали три посылки", "три"),
    ("en", "we met at 9 near the station", "9"),
]


@pytest.mark.parametrize(("lang", "text", "part"), NOT_QUASI)
def test_ordinary_number_rows_are_not_quasi_identifiers(lang: str, text: str, part: str) -> None:
    start = text.index(part)
    end = start + len(part)
    assert not [s for s in detect(text, lang) if s.label in QUASI_LABELS and s.start < end and start < s.end]


# A duration that measures an activity is still offered as an uncertain candidate, never dropped: a filter that
# dropped them (round 7) lost two of 80 sentence entities on dev5, a set nobody tuned on, for 0.003 precision.
# Round 13 releases only an inventory of ordinary life with no word of punishment near (``spans_of_life.py``):
# ``шесть лет живём в Белостоке`` is released now; activities outside that inventory stay candidates.
ACTIVITY_DURATIONS = [
    ("ru", "шесть лет копили на квартиру", "шесть лет"),
    ("ru", "четыре месяца я ждала визу", "четыре месяца"),
    ("be", "мы два месяцы шукалі кватэру", "два месяцы"),
    ("en", "it took four months to get the visa", "four months"),
]


@pytest.mark.parametrize(("lang", "text", "part"), ACTIVITY_DURATIONS)
def test_activity_durations_are_uncertain_candidates(lang: str, text: str, part: str) -> None:
    start = text.index(part)
    end = start + len(part)
    hits = [s for s in detect(text, lang) if s.label in QUASI_LABELS and s.start < end and start < s.end]
    assert hits and all(s.uncertain for s in hits), hits


KEPT = [
    # a restated term stays a term whatever verb is near (the same length said elsewhere in the text)
    ("ru", "Дали три года. Три года я ждала его каждый день.", "Три года я"),
    # a prosecutor's demand, a term heard
    ("be", "пракурор прасіў пяць гадоў, далі менш", "пяць гадоў"),
    ("ru", "я стояла и услышала семь лет и всё", "семь лет"),
]


@pytest.mark.parametrize(("lang", "text", "part"), KEPT)
def test_terms_near_other_verbs_are_kept(lang: str, text: str, part: str) -> None:
    assert _masked(text, lang, part.removesuffix(" я"))
