"""Cheap tests first: the reordered guards of ``candidates`` and ``agewords`` give the same spans as before.

``candidates._rule`` now tries the pure, cheap word tests before ``is_role`` (which may parse the word) and
``_context_rule`` the word's own test before ``acts_as_name``; ``agewords.compounds`` tests for a compound before
the thing's regex. The references below are the former orders, written out; the gated code must agree with them
on invented rows and the tuned transcripts, cased and lower case, and must skip the dear test where it can.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from intake.pseudonymise.detect import detect
from intake.pseudonymise.detectors import agewords, candidates, casing, orglinks, stemming
from intake.pseudonymise.detectors.lowercase import HESITATIONS, is_role
from intake.pseudonymise.detectors.pattern_tokens import Words, split
from intake.pseudonymise.detectors.termbase import uncertain
from intake.pseudonymise.detectors.tokens import Token, tokenize
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word
from tests.pseudonymise.masking import rows_and_lowercase

TUNED = ("dev6", "dev11")
INVENTED = [
    ("ru", "вчера адвокат шпакоуская сказала что сейдзи маэхара приедет а пани зося осталась дома"),
    ("ru", "Ему дали пятилетний срок, 19-летнего студента и двадцатипятилетняя Роза Соболь ждали у суда."),
    ("be", "сястра людзя казала што пяцігадовы тэрмін далі а адвакатка шпакоўская маўчала"),
    ("be", "Учора спадар Цімоха і 6-месячны план, ірэна кажа: мінюст адмовіў."),
    ("ru", "мама сказала паулс считает что двадцатилетний коньяк лучше а вера петровна молчит"),
]


def _rows() -> list[tuple[str, str]]:
    return rows_and_lowercase(INVENTED, TUNED)


GATED_RULE = candidates._rule  # the code under test, kept before the reference replaces it


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, str]]:
    return _rows()


def _former_rule(
    tokens: Sequence[Token], i: int, person: Sequence[bool], language: str, lowercase: bool, covered: Sequence[bool]
) -> Span | None:
    """``candidates._rule`` with the former order of its guards and of ``_context_rule``'s tests."""
    tok = tokens[i]
    if len(tok.norm) < 3 or tok.acronym or casing.is_stopword(tok) or is_role(tok) or tok.norm in candidates.TITLES:
        return None
    if tok.norm in candidates.FUNCTION_WORDS or tok.norm in candidates.SPEECH_VERBS or tok.norm in HESITATIONS:
        return None
    if candidates.national_ministry(tok.norm) or casing.is_pronoun(tok, language):
        return None
    if tok.cyrillic and not tok.cap and is_stop_word(tok.text):
        return None
    if not tok.cyrillic or language == "en" or candidates.is_decoy(tok):
        return GATED_RULE(tokens, i, person, language, lowercase, covered)  # unchanged branches
    if language == "be" and (span := candidates._hunspell_rule(tok, tokens, i, person)) is not None:
        return span
    morph = candidates._morph_rule(tok, tokens, i, person, language, lowercase)
    former = morph or candidates.unexplained(tok, _former_context(tok, tokens, i, person, language, lowercase, covered))
    return former or candidates.lone_unknown(tok, language, lowercase)  # round 17's rule, last in both


def _former_context(
    tok: Token, tokens: Sequence[Token], i: int, person: Sequence[bool], language: str, lowercase: bool,
    covered: Sequence[bool],
) -> Span | None:
    """The former ``_context_rule``: ``acts_as_name`` before the word's own test."""
    spaced_next = i + 1 < len(tokens) and tokens[i + 1].spaced
    beside = (i > 0 and tok.spaced and person[i - 1]) or (spaced_next and person[i + 1])
    if language == "ru" and lowercase and candidates._unknown_pair(tokens, i, spaced_next):
        return candidates._span(tok, "PERSON", "context")
    if language == "be" and lowercase and candidates.be_candidates.unknown_pair(tokens, i, covered):
        return candidates._span(tok, "PERSON", "context")
    if tok.cap and beside and language == "ru" and candidates.namelex.main_pos(tok.text) == "NOUN":
        return candidates._span(tok, "PERSON", "context")
    after_title = i > 0 and tok.spaced and (tokens[i - 1].norm in candidates.TITLES or is_role(tokens[i - 1]))
    if not (after_title or tok.cap or lowercase) or not candidates.acts_as_name(tokens, i, person):
        return None
    if tok.initial and not tok.cap:
        return None
    if language == "ru":
        names, common, _ = candidates.name_share(tok.text.lower())
        unknown = names + common == 0
    else:
        unknown = candidates.namelex.looks_like_surname(tok.norm, True) or (
            after_title and candidates._belarusian_pet_shape(tok)
        )
    return candidates._span(tok, "PERSON", "context") if unknown else None


def test_candidates_equal_former_order(rows: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [candidates.detect(text, lang, []) for lang, text in rows]
    monkeypatch.setattr(candidates, "_rule", _former_rule)
    assert gated == [candidates.detect(text, lang, []) for lang, text in rows]


def test_context_rule_skips_position_of_known_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """In lower-case Russian, a known word after a role noun is never asked about its position."""
    asked: list[int] = []
    real = candidates.acts_as_name
    monkeypatch.setattr(candidates, "acts_as_name", lambda t, i, p: asked.append(i) or real(t, i, p))
    candidates.detect("мама сказала что завтра погода будет хорошая и солнечная", "ru", [])
    assert asked == []


def _former_compounds(text: str, words: Words) -> list[Span]:
    """``agewords.compounds`` with the thing's regex tried first for every token."""
    toks = words.tokens
    out: list[Span] = []
    for i, tok in enumerate(toks):
        low = tok.low
        if i + 1 < len(toks) and not words.gaps[i].strip() and agewords.is_thing(toks[i + 1].low):
            continue
        if i and low.startswith(agewords._SUFFIXES) and words.gaps[i - 1] == "-" and toks[i - 1].text.isdigit():
            if 0 < int(toks[i - 1].text) <= 110:
                out.append(uncertain(text, toks[i - 1].start, tok.end, "age"))
            continue
        if len(low) < 7 or not low.isalpha() or not any(x in low for x in agewords._SUFFIXES):
            continue
        parts = agewords._split(low)
        value = agewords._value(parts[0]) if parts else None
        if value is not None and 0 < value <= 110:
            out.append(uncertain(text, tok.start, tok.end, "age"))
    return out


def test_compounds_equal_former_order(rows: list[tuple[str, str]]) -> None:
    assert [agewords.compounds(t, split(t)) for _, t in rows] == [_former_compounds(t, split(t)) for _, t in rows]


def test_compounds_test_things_only_after_a_compound(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(agewords, "is_thing", lambda low: asked.append(low) or False)
    text = "ему дали пятилетний срок а план был простой и 19-летнего студента"
    assert len(agewords.compounds(text, split(text))) == 2
    assert asked == ["срок", "студента"]


def test_rule_asks_no_role_of_a_function_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """A listed function word or hesitation is dropped before ``is_role`` may parse it."""
    asked: list[str] = []
    monkeypatch.setattr(candidates, "is_role", lambda tok: asked.append(tok.norm) or False)
    candidates.detect("наша его эээ", "ru", [])
    assert asked == []


def test_proved_equals_ungated(rows: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    """``orglinks.opens_a_name`` skips only words that open no name: the whole ``detect()`` agrees without it."""
    gated = [detect(text, lang) for lang, text in rows]
    monkeypatch.setattr(orglinks, "opens_a_name", lambda norm, names: True)
    assert gated == [detect(text, lang) for lang, text in rows]


def test_proved_parses_only_forms_of_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(orglinks, "_not_noun", lambda norm: asked.append(norm) or False)
    text = "фонд зорка помогал нам а весной зорку снова хвалили"
    tokens = tokenize(text)
    cued = [Span(0, 10, "ORGANISATION", "фонд зорка", 0.5, "test", "")]
    found = orglinks.proved(text, tokens, cued, [True, True] + [False] * (len(tokens) - 2), True)
    assert [s.text for s in found] == ["зорку"]
    assert asked == ["зорку"]


def _stems_filtered(word: str, min_stem: int) -> set[str]:
    """``stemming.stems`` as it was: the same stems, then filtered again by length."""
    out = {word}
    if len(word) > min_stem and word[-1] in stemming._VOWELS:
        out.add(word[:-1])
    if len(word) > min_stem + 1 and word[-2:] in stemming.ADJ_ENDINGS:
        out.add(word[:-2])
    return {s for s in out if len(s) >= min_stem or s == word}


@pytest.mark.parametrize("min_stem", [1, 2, 3, 4, 5])
def test_stems_needs_no_second_length_filter(min_stem: int) -> None:
    words = ("гродна", "навуковы", "слуцкая", "кобрын", "ивье", "лида", "мир", "ая", "ой", "а", "зэльва", "бярозаўка")
    for word in words:
        assert stemming.stems(word, min_stem) == _stems_filtered(word, min_stem), (word, min_stem)
