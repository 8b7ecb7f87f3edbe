"""Tests pymorphy3 may answer with its predictors (the dearest parse) are asked last or not at all.

``morphology.known_parses`` asks no parse of a word the dictionary lacks (a parse is known only when its word is);
``candidates._context_rule`` asks the word's own test before the title test that parses the word before it;
``surname_slots.eligible`` asks the role test last; ``names._noun_surname`` asks the name's verb reading and the
word's role and adverb readings after the agreement; ``subject_surnames._sentence_subject`` asks the opener's
reading before the verb's. Every test involved is pure, so the answers are those of the earlier order: the
references below are the earlier code, compared on invented rows and tuned transcripts, cased and in lower case.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from intake.pseudonymise.detect import detect
from intake.pseudonymise.detectors import (
    be_candidates,
    becues,
    candidates,
    homonyms,
    lowercase,
    morphology,
    namelex,
    names,
    nameslot,
    subject_surnames,
    surname_slots,
)
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, is_lowercase_text, tokenize
from tests.pseudonymise.masking import rows_and_lowercase

TUNED = ("dev", "dev13")
INVENTED = [
    ("ru", "вчера надежда береза и вера калина пришли к адвокату ковальчуку, а потом звонил следователь щукин"),
    ("ru", "Пашкевич сказал, что Зайцевский позвонит; сосед Крыжановский промолчал, а журналистка Ёлкина ушла"),
    ("be", "з надзеяй сініцай і ружай калядкай мы бачылі суседку зоську і настаўніка шпака ля краме"),
    ("be", "Жукоўскі патэлефанаваў, а Вайцяховіч сказаў, што сяброўка Алесі прыйдзе з Гродна"),
    ("ru", "мы с ольгой тхоржевской и андреем летом ходили к тимофею домой, маю ещё пять минут"),
    ("en", "Then Ales Bialiatski said that his lawyer Kowalczyk would come to Minsk"),
]
WORDS = ("дом", "елка", "ёлка", "по-русски", "псевдоелка", "тхоржевской", "Сініцай", "кужэль", "ваўкоў",
         "калядка", "колядка", "зайцевский", "шпака", "бегемотище", "", "qwerty", "ПАШКЕВИЧ", "жук-олень")


def _rows() -> list[tuple[str, str]]:
    return rows_and_lowercase(INVENTED, TUNED)


def _ref_known_parses(word: str) -> tuple[Any, ...]:
    """The filter as every site wrote it: parse, then keep the known parses."""
    return tuple(p for p in morphology.analyzer().parse(word) if p.is_known)


def _ref_context_rule(
    tok: Token, tokens: Sequence[Token], i: int, person: Sequence[bool], language: str, lowercase_text: bool,
    covered: Sequence[bool],
) -> Any:
    """``_context_rule`` as it was: the title test before the word's own test."""
    spaced_next = i + 1 < len(tokens) and tokens[i + 1].spaced
    beside = (i > 0 and tok.spaced and person[i - 1]) or (spaced_next and person[i + 1])
    if language == "ru" and lowercase_text and candidates._unknown_pair(tokens, i, spaced_next):
        return candidates._span(tok, "PERSON", "context")
    if language == "be" and lowercase_text and be_candidates.unknown_pair(tokens, i, covered):
        return candidates._span(tok, "PERSON", "context")
    if tok.cap and beside and language == "ru" and namelex.main_pos(tok.text) == "NOUN":
        return candidates._span(tok, "PERSON", "context")
    if (tok.initial and not tok.cap) or not (tok.cap or lowercase_text or candidates._after_title(tokens, i)):
        return None
    if not candidates._unknown_word(tokens, i, language):
        return None
    return candidates._span(tok, "PERSON", "context") if candidates.acts_as_name(tokens, i, person) else None


def _ref_eligible(tok: Token) -> bool:
    """``eligible`` as it was: the role test among the listed words, before the reading."""
    norm = tok.norm
    if not tok.cyrillic or len(norm) < 3 or not norm.replace("'", "").isalpha() or surname_slots.is_stop_word(tok.text):
        return False
    if norm in surname_slots.OBJECTS or norm in surname_slots.BE_FUNCTION or norm in surname_slots.BE_SPEECH_VERBS:
        return False
    if norm in surname_slots.HESITATIONS or norm in surname_slots.NAMING_WORDS or norm in surname_slots.ADDRESS:
        return False
    if norm in surname_slots.BE_TITLES or lowercase.is_role(tok):
        return False
    if tok.text.lower() in surname_slots.casing.POSSESSIVE_FORMS:
        return False  # round 18's possessive-pronoun rule (a later rule, not part of the order tested here)
    if surname_slots.label_noun(tok):
        return False  # round 19c's label-noun rule (``фамилию не надо``), a later rule too
    return surname_slots._content_eligible(tok)


def _ref_noun_surname(name: Token, tok: Token) -> bool:
    """``_noun_surname`` as it was: the name's verb reading first, the role and adverb readings before agreement."""
    if name.norm in names.POSSESSIVES or names.is_stop_word(name.text) or namelex.verb_share(name.text) > 0:
        return False
    if tok.cap or tok.norm in names.POSSESSIVES or candidates.is_decoy(tok) or lowercase.is_role(tok):
        return False
    spelling, m = namelex.russian_reading(tok.text.lower())
    parses = _ref_known_parses(spelling)
    if m.surname + m.name > 0 or any(p.tag.number == "plur" for p in parses):
        return False
    gender = nameslot.name_gender(name.text.lower())
    if not (gender is None or any(str(p.tag.gender) == gender for p in parses if p.tag.POS == "NOUN")):
        return False
    if namelex.adverb_share(spelling) >= lowercase.ADVERB_SHARE:
        return False
    if becues.instrumental_pair(name, tok):
        return True
    if spelling != tok.text.lower() and namelex.main_pos(spelling) == "NOUN":
        return bool(namelex.name_cases(name.text, name.norm) & (m.case - {"accs"}))
    return lowercase.agrees_as_surname(name, tok)


def _ref_sentence_subject(tokens: Sequence[Token], i: int) -> bool:
    """``_sentence_subject`` as it was: the verb's reading first."""
    tok = tokens[i]
    if not tok.cap or not tok.initial or i + 1 >= len(tokens) or not tokens[i + 1].spaced:
        return False
    return subject_surnames.person_verb(tokens[i + 1]) and subject_surnames._nominative(tok, tokens[i + 1])


@pytest.mark.parametrize("word", WORDS)
def test_known_parses_are_the_known_parses(word: str) -> None:
    assert morphology.known_parses(word) == _ref_known_parses(word)


@pytest.mark.parametrize("language,text", _rows())
def test_same_answers_as_the_earlier_order(language: str, text: str) -> None:
    tokens = tokenize(text)
    evidence = [s for s in detect(text, language) if not s.reason]
    covered, person = covered_tokens(tokens, evidence)
    low = is_lowercase_text(tokens)
    for i, tok in enumerate(tokens):
        assert morphology.known_parses(tok.text.lower()) == _ref_known_parses(tok.text.lower())
        assert homonyms.given_name_reading(tok.text.lower()) == any(
            "Name" in p.tag for p in _ref_known_parses(tok.text.lower())
        )
        assert surname_slots.eligible(tok) == _ref_eligible(tok)
        assert subject_surnames._sentence_subject(tokens, i) == _ref_sentence_subject(tokens, i)
        if tok.cyrillic and language != "en":
            got = candidates._context_rule(tok, tokens, i, person, language, low, covered)
            assert got == _ref_context_rule(tok, tokens, i, person, language, low, covered)
        if i + 1 < len(tokens):
            assert names._noun_surname(tok, tokens[i + 1]) == _ref_noun_surname(tok, tokens[i + 1])


def _parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the words pymorphy3 is asked to parse from now on (its per-word caches bypassed)."""
    asked: list[str] = []
    analyzer = morphology.analyzer()
    inner = analyzer._inner

    def recording(word: str) -> tuple[Any, ...]:
        asked.append(word)
        return tuple(inner.parse(word))

    monkeypatch.setattr(analyzer, "parse", recording)
    return asked


def test_known_parses_asks_no_parse_of_an_unknown_word(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _parsed(monkeypatch)
    assert morphology.known_parses("тхоржевщинский") == ()
    assert morphology.known_parses("дом")
    assert asked == ["дом"]


def test_context_rule_asks_no_title_of_a_known_word(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(candidates, "is_role", lambda tok: asked.append(tok.norm) or False)
    tokens = tokenize("Вчера мы гуляли по парку.")
    person = [False] * len(tokens)
    for i in range(1, len(tokens)):
        assert candidates._context_rule(tokens[i], tokens, i, person, "ru", False, person) is None
    assert asked == []


def test_sentence_subject_asks_no_verb_after_a_plain_opener(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(subject_surnames, "is_speech_verb", lambda tok: asked.append(tok.norm) or False)
    tokens = tokenize("Потом ушёл домой. Быстро стемнело.")
    assert not any(subject_surnames._sentence_subject(tokens, i) for i in range(len(tokens)))
    assert asked == []


def test_noun_surname_asks_no_verb_reading_of_a_name_before_a_plural(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(namelex, "verb_share", lambda word: asked.append(word) or 0.0)
    name, tok = tokenize("вера книги")
    assert not names._noun_surname(name, tok)
    assert asked == []


def test_eligible_asks_no_role_of_a_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(surname_slots, "is_role", lambda tok: asked.append(tok.norm) or False)
    assert not surname_slots.eligible(tokenize("гуляли")[0])
    assert asked == []
