"""Common-noun and adjective surnames beside a given name in lower-case speech (``detectors/noun_surnames.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import check

ROWS = [
    # After a given name: a woman's name in any case, then an undeclined noun surname.
    ("ru", "вчера я говорила с ксенией щука про передачи", ["щука"], ["передачи"]),
    ("be", "з вольгай крот мы сядзелі разам", ["крот"], ["сядзелі", "разам"]),
    # Belarusian dative of a feminine noun surname, read through its Russian genitive.
    ("be", "мы пісалі лісты алене сініцы", ["сініцы"], ["лісты"]),
    # An adjective surname agreeing with a man's name in case and gender.
    ("ru", "павел тихий получил три года", ["тихий"], ["получил"]),
    ("ru", "письмо от павла тихого пришло в пятницу", ["тихого"], ["пятницу"]),
    # Official order: any noun before a given name and patronymic.
    ("ru", "рыбак олег петрович был свидетелем", ["рыбак"], ["свидетелем"]),
    ("ru", "щука ксения андреевна работала в школе", ["щука"], ["школе"]),
    # Decoys: an attribute of the next noun, a pronoun, an office before name and patronymic, adverbs.
    ("ru", "говорят что павел тихий человек", [], ["человек"]),
    ("ru", "ирина моей маме звонила", [], ["моей"]),
    ("ru", "ректор ольга ивановна вызвала меня", [], ["ректор"]),
    ("ru", "олег тоже пришёл а ирина утром звонила", [], ["тоже", "утром"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_noun_surname_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_candidates_are_uncertain_with_their_rule() -> None:
    spans = detect("вчера я говорила с ксенией щука", "ru")
    assert [s.reason for s in spans if s.text == "щука"] == ["uncertain:noun-surname"]
    spans = detect("рыбак олег петрович был свидетелем", "ru")
    assert [s.reason for s in spans if s.text == "рыбак"] == ["uncertain:official-order"]


def test_a_bare_noun_without_a_name_stays() -> None:
    assert not [s for s in detect("рак лечил его отца а щуку поймали на озере", "ru") if s.label == "PERSON"]
