"""A common noun as the surname after a title, in lower-case speech (``titled_surnames.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check, word_masked

ROWS = [
    # A title, then an inanimate noun in the nominative, then a pause, a hesitation or a pronoun.
    ("ru", "у нас потом была судья перловка ну как её звали по отчеству не помню", ["перловка"], ["звали"]),
    ("ru", "нас допрашивал следователь сухарь  он всё время кричал на всех", ["сухарь"], ["кричал"]),
    ("be", "быў у нас пракурор капуста  ну і ўсё  пяць гадоў", ["капуста"], ["быў"]),
    # A title, a given name, then a noun or an unknown word ending the phrase.
    ("ru", "адвокат ирина скатерть из гомельской коллегии нам помогала", ["ирина скатерть"], ["помогала"]),
    ("be", "адвакат ганна шуфляда добра нас абараняла а потым шуфляду самую выгналі", ["ганна шуфляда", "шуфляду"],
     ["абараняла"]),
    ("ru", "был судья павел метла  он и дал пять лет", ["павел метла"], ["дал"]),
    # A title, a given name, a hesitation, then the surname restated: a noun closed by a pause.
    ("ru", "была адвокат, ольга, ну, буря, хорошая женщина, её потом лишили лицензии", ["буря"], ["женщина"]),
    ("ru", "был у нас следователь  игорь  ну  кабан  он всех прессовал", ["кабан"], ["прессовал"]),
    ("be", "была суддзя  ганна  ну  завіруха  яна і дала тры гады", ["завіруха"], ["дала"]),
    # Decoys: a hesitation then an adjective, a verb or a list.
    ("ru", "была адвокат, ольга, ну, хорошая, добрая женщина", [], ["хорошая"]),
    ("ru", "был адвокат  игорь  ну  пришёл  посидел и ушёл", [], ["пришёл"]),
    ("ru", "адвокат  ольга  ну  суды  прокуроры  всё одно", [], ["суды"]),
    # Decoys: the object of the next verb, a list after a pause, a plural.
    ("ru", "следователь протокол составил и ушёл", [], ["протокол"]),
    ("ru", "там были адвокат  суд  прокурор  все против нас", [], ["суд"]),
    ("ru", "адвокат олег денег не взял за это", [], ["денег"]),
    ("ru", "судья дело вернула на доследование", [], ["дело"]),
    ("ru", "адвокат бумаги  ну  принёс потом", [], ["бумаги"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


PREDICATE = "судья перловка ну  а мы говорим перловка она и есть перловка  перловку эту все боялись"


@pytest.mark.parametrize(("n", "masked"), [(0, True), (1, True), (2, False)])
def test_spread_stops_at_the_copula_predicate(n: int, masked: bool) -> None:
    """The surname's other mentions are masked, but not the predicate after ``и есть`` (the word's meaning)."""
    assert word_masked("ru", PREDICATE, "перловка", n) is masked


def test_spread_reaches_other_forms() -> None:
    assert word_masked("ru", PREDICATE, "перловку")


RESTATED = (
    "была адвокат, ольга, ну, буря, хорошая женщина. летом буря была страшная. потом мы к буре ходили за советом."
)


def test_restated_surname_spreads_to_person_slots_only() -> None:
    """A restated surname's other forms are masked in a person's slot (``к буре``), not as the word (``буря
    была страшная``)."""
    from intake.pseudonymise import detect

    masked = {(s.start, s.end) for s in detect(RESTATED, "ru") if s.label == "PERSON"}
    first = RESTATED.index("буря")
    weather = RESTATED.index("буря", first + 1)
    dative = RESTATED.index("буре")
    assert (first, first + 4) in masked
    assert (dative, dative + 4) in masked
    assert not any(s <= weather < e for s, e in masked)
