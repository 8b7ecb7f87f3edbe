"""The kept-lemma test (``lowercase.kept_lemma``: the word's pymorphy3 dictionary form is a listed safe word, such
as ``европе`` -> ``европа``) is asked by ``candidates._rule`` only of a word some rule takes.

It parses the word, and most words reach no rule. Every test involved is pure, so the spans are those of asking it
first, with the other listed safe words: the reference below is the former ``_rule`` (``candidates._listed_safe``,
which still holds the whole test, first), compared on invented rows and tuned transcripts, cased and in lower case.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from intake.pseudonymise.detect import detect
from intake.pseudonymise.detectors import candidates
from intake.pseudonymise.detectors.lowercase import is_role, kept_lemma
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, is_lowercase_text, tokenize
from intake.pseudonymise.spans import Span
from tests.pseudonymise.masking import rows_and_lowercase

TUNED = ("dev3",)
INVENTED = [
    ("ru", "Мы с Ксенией Дроздовой уехали в Европу, а в Европе нас встретил Тимофей из Белоруссии."),
    ("ru", "в европе и в белоруссии живут наши родственники кирилл бортник и его жена олеся"),
    ("be", "Мы з Уладзіславам Кручком пераехалі ў Еўропу, а ў Беларусі засталася цётка Яўгенія."),
    ("be", "у еўропе і ў беларусі нас чакалі сябры алег шыманскі і таццяна"),
    ("en", "We left Belarus for Europe; in Europe Kseniya Drozdova met us and Тимофей called."),
]


def _rows() -> list[tuple[str, str]]:
    return rows_and_lowercase(INVENTED, TUNED)


def _ref_rule(
    tokens: Sequence[Token], i: int, person: Sequence[bool], language: str, lowercase: bool, covered: Sequence[bool]
) -> Span | None:
    """``_rule`` as it was: every listed safe word (the kept lemma among them) before every rule."""
    tok = tokens[i]
    if candidates._listed_safe(tok, language):
        return None
    span = candidates._word_rule(tok, tokens, i, person, language, lowercase, covered)
    return None if span is None or is_role(tok) else span


def _ref_candidates(language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    covered, person = covered_tokens(tokens, spans)
    lowercase = is_lowercase_text(tokens)
    out: list[Span] = []
    for i in range(len(tokens)):
        if not covered[i] and (span := _ref_rule(tokens, i, person, language, lowercase, covered)) is not None:
            out.append(span)
            person[i] = span.label == "PERSON"
    return out


@pytest.mark.parametrize("language,text", _rows())
def test_same_spans_as_kept_lemma_first(language: str, text: str) -> None:
    tokens = tokenize(text)
    evidence = [s for s in detect(text, language) if not s.reason]
    assert candidates.detect(text, language, evidence, tokens) == _ref_candidates(language, evidence, tokens)


def _asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def recording(word: str) -> bool:
        asked.append(word)
        return kept_lemma(word)

    monkeypatch.setattr(candidates, "kept_lemma", recording)
    return asked


@pytest.mark.parametrize(("language", "text", "unasked"), [
    ("ru", "мы вчера долго гуляли по парку и кормили уток", {"гуляли", "парку", "кормили", "уток"}),
    ("ru", "потом соседи принесли пирог и чайник", {"соседи", "принесли", "пирог", "чайник"}),
    ("be", "мы ўчора доўга гулялі па парку і кармілі качак", {"гулялі", "парку", "кармілі", "качак"}),
])
def test_no_kept_lemma_of_a_word_no_rule_takes(monkeypatch: pytest.MonkeyPatch, language: str, text: str,
                                               unasked: set[str]) -> None:
    asked = _asked(monkeypatch)
    assert candidates.detect(text, language, [], tokenize(text)) == []
    assert not unasked & set(asked)


@pytest.mark.parametrize(("language", "text", "kept"), [
    ("ru", "в европе мы прожили год", "европе"),
    ("ru", "из европы нам писали редко", "европы"),
    ("be", "мы жылі ў еўропе два гады", "еўропе"),
])
def test_a_form_of_a_kept_word_stays_unmasked(language: str, text: str, kept: str) -> None:
    assert kept not in {s.text for s in candidates.detect(text, language, [], tokenize(text))}
