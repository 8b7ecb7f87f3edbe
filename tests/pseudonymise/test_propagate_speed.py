"""Cheaper paths of propagation that must give the same answers: the Latin-seed test asked only when some seed
is in Latin script, and the banded edit distance of near-misses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.pseudonymise import propagate as propagate_mod
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.propagate import propagate
from intake.pseudonymise.skeleton import _table_within, within
from intake.pseudonymise.spans import Span


def _seeded(text: str, seeds: list[str], lang: str) -> dict[str, str]:
    spans = [Span(text.index(w), text.index(w) + len(w), "PERSON", w, 0.8, "test") for w in seeds]
    return {s.text: s.reason for s in propagate(text, lang, spans)}


def _counting_nominatives(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    inner = propagate_mod.nominatives

    def counted(norm: str) -> frozenset[str]:
        asked.append(norm)
        return inner(norm)

    monkeypatch.setattr(propagate_mod, "nominatives", counted)
    return asked


@pytest.mark.parametrize(("lang", "text", "seeds"), [
    ("be", "Нам дапамагала Галіна Шаўчук з Ліды. Галіне я пісала, а Шаўчука там ведаюць.", ["Галіна Шаўчук"]),
    ("ru", "Мы звонили Тарасу Жуковичу вчера. Тарас потом перезвонил, Жукович тоже.", ["Тарасу Жуковичу"]),
    ("be", "учора мы бачылі зосю кавалёву а потым зося зноў прыйшла", ["зосю кавалёву"]),
])
def test_cyrillic_seeds_ask_no_latin_nominatives(monkeypatch: pytest.MonkeyPatch, lang: str, text: str,
                                                 seeds: list[str]) -> None:
    asked = _counting_nominatives(monkeypatch)
    assert _seeded(text, seeds, lang)  # the seeds still spread
    assert asked == []


@pytest.mark.parametrize(("text", "seed", "form"), [
    ("Нам дапамагае Aida з Коўна. Айдзе я вельмі дзякую.", "Aida", "Айдзе"),
    ("Мне пісала Rūta з Вільні. Руце я адказала ўчора.", "Rūta", "Руце"),
    ("Нам дапамагала Marta Zhuk. Марце мы потым дзякавалі.", "Marta", "Марце"),
])
def test_a_latin_seed_still_links_an_oblique_cyrillic_form(monkeypatch: pytest.MonkeyPatch, text: str, seed: str,
                                                            form: str) -> None:
    asked = _counting_nominatives(monkeypatch)
    assert _seeded(text, [seed], "be").get(form) == "propagated:transliteration"
    assert asked  # the Latin seed turns the test on


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@settings(max_examples=400, deadline=None)
@given(st.text("abcde", max_size=12), st.text("abcde", max_size=12), st.integers(min_value=0, max_value=4))
def test_within_is_the_edit_distance_bound(a: str, b: str, limit: int) -> None:
    assert within(a, b, limit) is (_levenshtein(a, b) <= limit)


@pytest.mark.parametrize(("a", "b", "limit", "ok"), [
    ("hrynevic", "hrinevic", 2, True),
    ("kavalcuk", "kavalcik", 2, True),
    ("bandarenka", "bondarenko", 2, True),  # two a -> o
    ("bandarenka", "bondarenko", 1, False),
    ("mackevic", "mackievic", 1, True),
    ("salavei", "salaveiu", 1, True),
    ("abcdefgh", "badcfehg", 2, False),
    ("abcdefgh", "bacdefhg", 2, False),
    ("abcdefgh", "bacdefgh", 2, True),
])
def test_within_examples(a: str, b: str, limit: int, ok: bool) -> None:
    assert within(a, b, limit) is ok


@settings(max_examples=400, deadline=None)
@given(st.text("abcd", min_size=1, max_size=10), st.text("abcd", min_size=1, max_size=10),
       st.integers(min_value=2, max_value=4))
def test_banded_table_is_the_full_table(a: str, b: str, limit: int) -> None:
    """The table itself, on remainders ``within`` would hand it (lengths at most ``limit`` apart)."""
    if abs(len(a) - len(b)) <= limit:
        assert _table_within(a, b, limit) is (_levenshtein(a, b) <= limit)


def _counting_person_forms(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    inner = propagate_mod.person_forms

    def counted(tok: Token, whole: bool) -> frozenset[str]:
        asked.append(tok.text)
        return inner(tok, whole)

    monkeypatch.setattr(propagate_mod, "person_forms", counted)
    return asked


@pytest.mark.parametrize(("lang", "text", "seed", "forms"), [
    ("ru", "Кирилл звонил утром. Потом Кирилл пришёл, и Кирилл сказал, что Кирилла вызывали. Кириллу страшно.",
     "Кирилл", {"Кирилла", "Кириллу"}),
    ("be", "зміцер патэлефанаваў а потым зміцер прыйшоў і зміцер сказаў што зміцера выклікалі", "зміцер",
     {"зміцера"}),
    ("en", "Oksana wrote first. Then Oksana called, and Oksana said Oksana's lawyer had left.", "Oksana", set()),
])
def test_a_seed_word_repeated_is_indexed_once(monkeypatch: pytest.MonkeyPatch, lang: str, text: str, seed: str,
                                              forms: set[str]) -> None:
    """Every mention of a seeded name is a seed; the index takes the same word (same label, same pairing) once,
    and every other form still links."""
    asked = _counting_person_forms(monkeypatch)
    starts = [i for i in range(len(text)) if text.startswith(seed, i) and not text[i + len(seed)].isalpha()]
    spans = [Span(i, i + len(seed), "PERSON", seed, 0.8, "test") for i in starts]
    assert len(spans) >= 3
    found = {s.text for s in propagate(text, lang, spans)}
    assert forms <= found
    assert asked == [seed]
