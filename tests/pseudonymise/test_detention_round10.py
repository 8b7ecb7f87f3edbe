"""Round 10: a facility called by a compound ordinal with ``second``, by an English ordinal before a word of
frequency, by an ordinal after a filler in unpunctuated speech, and by the slang ``централ``/``пересылка``
after a town adjective.  Invented rows in several shapes and languages; decoys stay unmasked."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from intake.pseudonymise import detect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))


def _detention(text: str, lang: str) -> list[str]:
    return [s.text for s in detect(text, lang) if s.label == "DETENTION"]


MASKED = [
    # ``друг-`` after a tens word is "second" (never "other"), before a colony noun
    ("be", "Цяпер ён пад Бабруйскам, ну, дваццаць другая калонія, туды ездзім.", "дваццаць другая"),
    ("be", "сын у трыццаць другой калоніі ўжо год", "трыццаць другой"),
    ("ru", "его этапировали в двадцать другую колонию", "двадцать другую"),
    # an English ordinal after ``to/in the`` and before a word of frequency or time
    ("en", "He got five years in a penal colony; his wife goes to the fifteenth every month.", "fifteenth"),
    ("en", "After the trial and the prison van, we travel to the ninth twice a year.", "ninth"),
    ("en", "He was convicted; we went to the eleventh last spring.", "eleventh"),
    # a filler where the commas were, a conjunction or a word of time after the ordinal
    ("be", "яго этапавалі ў шклоў ну сямнаццатая і цяпер ехаць туды паўдня", "сямнаццатая"),
    ("ru", "после суда этапировали под гомель ну четвёртая там режим строгий", "четвёртая"),
    ("ru", "он сидит уже второй год его увезли вот третья теперь ехать полдня", "третья"),
    # a town adjective before the slang for its prison or transit prison
    ("ru", "Потом его перевели в гомельский централ, там полгода.", "гомельский централ"),
    ("be", "потым у магілёўскі цэнтрал, там паўгода", "магілёўскі цэнтрал"),
    ("ru", "сначала оршанская пересылка, потом колония", "оршанская пересылка"),
]


@pytest.mark.parametrize(("lang", "text", "part"), MASKED)
def test_facility_references_are_masked(lang: str, text: str, part: str) -> None:
    found = _detention(text, lang)
    assert any(part in f for f in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "его осудили, ну, там другая колония была, похуже"),  # ``другая`` alone is "other"
        ("ru", "его осудили ну вторая и третья попытки сорвались"),  # another number after the conjunction
        ("be", "яго асудзілі ну першая і апошняя спроба"),  # ``first`` names too many things
        ("en", "He was sentenced to a colony; on the thirteenth of May they moved him."),  # a date
        ("ru", "в центральном парке, а центральный вход закрыт"),
        ("ru", "это городской центральный рынок"),
    ],
)
def test_decoys_stay_unmasked(lang: str, text: str) -> None:
    assert _detention(text, lang) == []


def test_generated_facility_references_are_masked_and_decoys_left() -> None:
    """``bench/facility_render_kinds.py``: every shape masked whole in every language, plain and lower-case;
    the decoys (another colony, two ordinals joined, an ordinal before its noun, ``центральный``) untouched."""
    from place_renderings import evaluate

    table = evaluate(40, 10, ("FACILITY", "FACILITY_DECOY"))
    for lang, row in table["FACILITY"].items():
        assert row["cased"] >= 0.99 and row["lower"] >= 0.99, (lang, row)
    for lang, row in table["FACILITY_DECOY"].items():
        assert row["cased"] == 0.0 and row["lower"] == 0.0, (lang, row)
