"""Statistical NER (Natasha) where the rules are unsure, case restoration, BLAS threads, nominative."""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors import blas, namelex, names, ner
from intake.pseudonymise.detectors.tokens import tokenize


def test_restore_case_keeps_offsets() -> None:
    text = "судья бородич такая женщина"
    tokens = tokenize(text)
    restored = ner.restore_case(text, tokens, [1])
    assert restored == "Судья Бородич такая женщина"
    assert len(restored) == len(text)


def test_natasha_reads_an_unknown_sentence_start() -> None:
    """``Шпак`` is a common noun to pymorphy3; at a sentence start only NER can tell."""
    spans = names.detect("Шпак сказала, что дело закрытое.", "ru")
    assert any(s.text == "Шпак" and s.label == "PERSON" for s in spans)


def test_natasha_on_case_restored_asr_text() -> None:
    text = "ну вот судья бородич она вообще глаза не поднимала и всё читала монотонно"
    spans = names.detect(text, "ru")
    assert any(s.text.lower() == "бородич" for s in spans), spans


def test_ner_can_be_switched_off() -> None:
    ner.configure(natasha=False)
    try:
        assert not [s for s in names.detect("Шпак сказала, что дело закрытое.", "ru") if s.source == "natasha"]
    finally:
        ner.configure()


def test_natasha_is_not_run_on_belarusian_lowercase() -> None:
    text = "мы збіраем грошы на адвакатаў і на перадачы працуем разам асобная ініцыятыва невялікая"
    assert names.detect(text, "be") == []


def test_single_thread_restores_the_thread_count() -> None:
    controls = blas._controls()
    if controls is None:
        pytest.skip("no OpenBLAS loaded")
    get, _ = controls
    before = get()
    with blas.single_thread():
        assert get() == 1
    assert get() == before


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Гриневичу Александру Викторовичу", "Гриневич Александр Викторович"),
        ("Марину Ковальчук", "Марина Ковальчук"),
        ("Тамарой Ильиничной", "Тамара Ильинична"),
        ("Юли Мартинкевич", "Юля Мартинкевич"),
        ("Могилёве", "Могилёв"),
        ("Дзімам", "Дзіма"),
    ],
)
def test_nominative(phrase: str, expected: str) -> None:
    assert namelex.nominative(phrase) == expected
