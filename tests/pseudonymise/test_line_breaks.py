"""A sentence broken over a line (branch ``persons10``): a capitalised word that opens a line after a line
ending in a word or a comma does not open a sentence, so its capital counts as a name's (``судзіла`` /
``Мележка, яна ...``). Speaker labels, lower-case words, paragraph breaks and sentence ends keep the old reading.

Every row is invented for this file (no sentence or name of an evaluation set).
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors.tokens import tokenize
from tests.pseudonymise.masking import check

ROWS = [
    ("be", "Рэспандэнт: Суд быў хуткі, судзіла\nМележка, яна ўсім давала па пяць.", ["Мележка"]),
    ("be", "Рэспандэнт: Мы жылі ў адным пакоі з\nШпаком, ён потым з'ехаў.", ["Шпаком"]),
    ("be", "Інтэрв'юер: А хто вёў справу?\nРэспандэнт: Справу вёў малады,\nЦярэшка, ён і цяпер там.", ["Цярэшка"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), ROWS)
def test_a_name_on_the_next_line_is_masked(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])


def _initial(text: str, word: str) -> bool:
    return next(t.initial for t in tokenize(text) if t.text == word)


def test_a_capital_after_a_broken_line_opens_no_sentence() -> None:
    assert not _initial("вёл дело следователь\nКоваль, молодой", "Коваль")
    assert not _initial("we shared a cell with,\nRybak and two others", "Rybak")


def test_labels_lower_case_and_sentence_ends_still_open_a_sentence() -> None:
    text = "Интервьюер: что было дальше\nРеспондент: Потом суд\n\nДолго ждали.\nКоваль ушёл\nи всё"
    assert _initial(text, "Респондент")  # a speaker label, with its colon
    assert _initial(text, "Потом")  # the first word after a label
    assert _initial(text, "Долго")  # after a blank line
    assert _initial(text, "Коваль")  # after a full stop
    assert _initial(text, "и")  # a lower-case word: uncased text is still recognised as such
