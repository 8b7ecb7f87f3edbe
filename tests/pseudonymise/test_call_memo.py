"""The per-call memo of gazetteer look-ups: same answers, and nothing kept once ``detect()`` returns."""

from __future__ import annotations

from intake.pseudonymise.detect import detect
from intake.pseudonymise.detectors.call_memo import CALL, call_memo
from intake.pseudonymise.detectors.morphology import UNKNOWN, morph
from intake.pseudonymise.detectors.namelex import first_names


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
