"""The per-call memo of gazetteer look-ups and of the lower-case verdict: same answers, and nothing kept once
``detect()`` returns."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from intake.pseudonymise.detect import detect
from intake.pseudonymise.detectors import tokens as tokens_mod
from intake.pseudonymise.detectors.call_memo import CALL, call_memo
from intake.pseudonymise.detectors.morphology import UNKNOWN, morph
from intake.pseudonymise.detectors.namelex import first_names
from intake.pseudonymise.detectors.tokens import tokenize


def test_lookup_first_same_inside_and_outside_the_memo() -> None:
    lex = first_names()
    outside = lex.lookup_first("наташи")
    with call_memo():
        inside = lex.lookup_first("наташи")
        assert lex.lookup_first("наташи") is inside  # answered once per call
        with call_memo():  # a nested block shares the memo
            assert lex.lookup_first("наташи") is inside
        assert CALL.memo is not None
    assert inside == outside and inside
    assert CALL.memo is None


def test_detect_keeps_no_word_after_the_call() -> None:
    detect("вчера наташа мельник звонила из минска", "ru")
    assert CALL.memo is None


def test_unknown_word_has_no_readings() -> None:
    assert morph("кшыштофович") == UNKNOWN
    assert morph("мельник").known


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count how often the lower-case verdict is worked out (not answered from the memo)."""
    calls = [0]
    judge = tokens_mod._lowercase_tokens

    def counted(seq: Sequence[tokens_mod.Token]) -> bool:
        calls[0] += 1
        return judge(seq)

    monkeypatch.setattr(tokens_mod, "_lowercase_tokens", counted)
    return calls


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "вчера мы с тарасом жуковичем ездили в полоцк к его тёте она там работает в библиотеке"),
    ("ru", "Вчера мы с Тарасом Жуковичем ездили в Полоцк. Его тётя там работает в библиотеке."),
    ("be", "учора мы з тарасам жуковічам ездзілі ў полацак да яго цёткі"),
    ("en", "yesterday i drove with taras zhukovich to polotsk to see his aunt"),
])
def test_detect_judges_the_casing_of_its_tokens_once(monkeypatch: pytest.MonkeyPatch, language: str,
                                                      text: str) -> None:
    calls = _counting(monkeypatch)
    detect(text, language)
    assert calls[0] == 1  # a dozen stages ask; without the memo each worked it out again
    assert CALL.lower is None


def test_lowercase_memo_same_verdicts_and_keyed_by_the_sequence() -> None:
    cased = tokenize("Мы говорили с Тарасом. Потом пришла Ольга. Она долго молчала. Потом ушла домой.")
    lower = tokenize("мы говорили с тарасом потом пришла ольга она долго молчала потом ушла домой")
    outside = [tokens_mod.is_lowercase_text(seq) for seq in (cased, lower, cased[4:6], lower[:3])]
    with call_memo():
        inside = [tokens_mod.is_lowercase_text(seq) for seq in (cased, lower, cased[4:6], lower[:3])]
        again = [tokens_mod.is_lowercase_text(seq) for seq in (cased, lower)]
    assert inside == outside == [False, True, False, True] and again == inside[:2]
    assert outside == [tokens_mod._lowercase_tokens(seq) for seq in (cased, lower, cased[4:6], lower[:3])]
