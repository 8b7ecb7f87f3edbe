"""A Belarusian surname no dictionary knows right after a given name, and a Belarusian noun after a title,
in lower-case speech (``given_unknowns.py``, ``titled_surnames.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    # A given name in the nominative, then a word neither dictionary knows, then a close.
    ("be", "кожны месяц пасылка для віктара  віктар загорка  ён з намі вучыўся", ["віктар загорка"], ["вучыўся"]),
    ("be", "там быў ігар бурбала з намі ў войску", ["ігар бурбала"], ["войску"]),
    ("be", "пісала я часта  алеся цыбулька  яна ў гомелі сядзіць", ["алеся цыбулька"], ["сядзіць"]),
    # Decoys: a known verb or adverb after the name, a plural-shaped word.
    ("be", "віктар ужо не працуе ў школе  ён добры", [], ["ужо"]),
    ("be", "ігар заўсёды казаў  што вернецца", [], ["заўсёды"]),
    ("be", "алеся цыбулькі прынесла  яна добрая", [], ["цыбулькі"]),
    # A title, then a Belarusian noun no Russian dictionary reads, then the text's end or a pause.
    ("be", "ніхто нічога не кажа  нават адвакат бурштын", ["бурштын"], ["нічога"]),
    ("be", "у нас была суддзя шыпшына  ну  і ўсё", ["шыпшына"], ["ўсё"]),
    ("be", "ніхто нічога не кажа  нават адвакат вясло", ["вясло"], ["нічога"]),
    ("be", "нас судзіла суддзя кавадла  яна і дала тры гады", ["кавадла"], ["дала"]),
    # Decoys: a verb after the title, a noun the next verb takes, a list after a pause.
    ("be", "следчы пратакол склаў і пайшоў", [], ["пратакол"]),
    ("be", "там былі адвакат  суд  пракурор  усе супраць нас", [], ["суд"]),
    ("be", "пісаў начальнік атрада  ну  і нічога не змянілася", [], ["атрада"]),
    ("be", "адвакат прыходзіў  але нічога не сказаў", [], ["прыходзіў"]),
    ("be", "суддзя зачытала  і ўсё", [], ["зачытала"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
