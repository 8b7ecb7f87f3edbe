"""Organisations rendered the ways speakers say them (bench/org_renderings.py) are masked; ordinary nouns of
the same shapes are not. Then one invented row per mechanism the generator drove (none is from an
evaluation set)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.pseudonymise import detect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from org_renderings import LANGUAGES, covered, evaluate, render, renderings

# Kinds fully masked in cased text by construction of their mechanisms.
CASED_KINDS = ("EMPLOYER", "DESCRIBED", "ACRONYM", "STATE", "NAMED")


@settings(max_examples=150, deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from(LANGUAGES), st.booleans())
def test_decoys_of_the_same_shape_stay_unmasked(rng: random.Random, lang: str, lower: bool) -> None:
    r = render("DECOY", lang, rng, lower)
    spans = detect(r.text, lang)
    assert not [s for s in spans for a, b in r.parts if s.start < b and a < s.end], (r.text, spans)


@settings(max_examples=150, deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from(CASED_KINDS), st.sampled_from(LANGUAGES))
def test_cased_organisations_are_masked_whole(rng: random.Random, kind: str, lang: str) -> None:
    r = render(kind, lang, rng)
    spans = [(s.start, s.end) for s in detect(r.text, lang)]
    assert all(covered(r.text, a, b, spans) for a, b in r.parts), (r.text, spans)


def test_lower_case_recall_per_kind_at_a_fixed_seed() -> None:
    table = evaluate(renderings(12, seed=5, lower=True))
    low = {(kind, lang): row["rate"] for kind, rows in table.items() for lang, row in rows.items()}
    assert all(rate == 0.0 for (kind, _), rate in low.items() if kind == "DECOY"), low
    recall = [rate for (kind, _), rate in low.items() if kind != "DECOY"]
    assert sum(recall) / len(recall) >= 0.9, low


def _masked(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    return covered(text, start, start + len(part), [(s.start, s.end) for s in detect(text, lang)])


# One row per mechanism: each fails without it.
MASKED = [
    # proved: a name a cue noun proved, mentioned again without it, inflected (fleeting vowel too)
    ("ru", "мы ездили с волонтёрами фонд пристань. пристани потом заблокировали счёт", "пристани"),
    ("be", "ён граў у гурце верасок. з вераском яны ездзілі ў тур", "вераском"),
    ("en", "the money came from the tinder foundation. without tinder we were lost", "tinder"),
    ("en", "she sang in a band called low tide. low tide split up later", "low tide"),
    # a Belarusian stem alternates (к -> ц) in the other mention; an unknown name guessed a verb still spreads
    ("be", "ёсць такі канал сцежка, я туды пісала. у сцежцы потым усё выдалілі", "сцежцы"),
    ("be", "ён граў у гурце бусел. з буслам яны ездзілі ў тур", "буслам"),
    # a band: ``группа`` after a word of music; a legal form after a preposition is no filler
    ("ru", "он пел в группе сквозняк лет пять", "сквозняк"),
    ("ru", "устроилась в ооо вектор бухгалтером", "ооо вектор"),
    # cue nouns: a channel, a platform
    ("ru", "я писала в канал пристань про обыски", "пристань"),
    ("be", "есць такая платформа крыжык для збору грошай", "крыжык"),
    # a weak cue with a quoted name, any case
    ("ru", "он работал на заводе «светоч» слесарем", "светоч"),
    # Belarusian alternations and clipped heads, ordinals before a head
    ("be", "ён працаваў на Шчучынскім заводзе", "Шчучынскім заводзе"),
    ("be", "яна ў Слонімскай паліклініцы", "Слонімскай паліклініцы"),
    ("ru", "его положили в девятую горбольницу", "девятую горбольницу"),
    ("ru", "в Кобринском облсуде его оправдали", "Кобринском облсуде"),
    ("ru", "потом в 3-й поликлинике работала", "3-й поликлинике"),
    ("ru", "дочка ходила в 7-й садик", "7-й садик"),
    ("ru", "потом был универ имени Шагала", "универ имени Шагала"),
    # a field after an academy, a saint's dedication in lower case
    ("ru", "она училась в академии искусств", "академии искусств"),
    ("be", "мы хадзілі ў касцёл святой ганны", "касцёл святой ганны"),
    # lower-case acronyms after a preposition or a verb of studying
    ("ru", "сын поступил в гргту в прошлом году", "гргту"),
    ("be", "яна скончыла вдту і з'ехала", "вдту"),
    ("ru", "работала в мгвру бухгалтером", "мгвру"),
    # English: a company word after its name, a description ending in an organisation noun
    ("en", "she joined tessavo labs as a tester", "tessavo labs"),
    ("en", "they summoned him to the Lida district police department", "Lida district police department"),
    ("en", "i was at the child rights monitoring institute", "child rights monitoring institute"),
]


@pytest.mark.parametrize(("lang", "text", "part"), MASKED)
def test_mechanism_rows(lang: str, text: str, part: str) -> None:
    assert _masked(text, lang, part), detect(text, lang)


# Rows no organisation span may touch: each is a false positive the round removed or a guard of a new rule.
CLEAN = [
    ("ru", "в этом году закрыли пять школ", "школ"),
    ("be", "у групе падтрымкі было шмат людзей", "групе"),
    ("be", "ініцыятыва крок была. крок за крокам мы прывыклі", "крокам"),
    ("be", "ёсць фонд ласка. ласка, гэта значыць дабрыня", "ласка, гэта"),
    ("ru", "есть фонд весна, помогает. весной всё и началось", "весной"),
    ("be", "з дзвюх бакоў было цяжка", "дзвюх"),
    ("be", "Сельская бібліятэка зачынілася", "Сельская"),
    ("be", "у польскім дзіцячым садку было холадна", "польскім"),
    ("en", "in the eighties we lived there", "eighties"),
    ("en", "she worked for a Lithuanian bank", "Lithuanian bank"),
    ("en", "the same committee met again", "committee"),
]


@pytest.mark.parametrize(("lang", "text", "part"), CLEAN)
def test_guard_rows(lang: str, text: str, part: str) -> None:
    start = text.index(part)
    end = start + len(part)
    spans = [s for s in detect(text, lang) if s.label == "ORGANISATION"]
    assert not [s for s in spans if s.start < end and start < s.end], spans


@pytest.mark.parametrize("lower", [False, True])
def test_english_named_organisations_in_cyrillic_text_are_masked(lower: bool) -> None:
    rows = renderings(8, seed=11, kinds=("BORROWED",), lower=lower)
    assert {r.language for r in rows} == {"ru", "be"}
    spans = {r.text: [(s.start, s.end) for s in detect(r.text, r.language)] for r in rows}
    missed = [r.text for r in rows if not all(covered(r.text, a, b, spans[r.text]) for a, b in r.parts)]
    assert not missed, missed
