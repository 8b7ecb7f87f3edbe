"""A protected area's kind noun joins its place name (``detectors/park_names.py``); a hyphenated compound
adjective continues a town-named institution phrase (``phrases.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    ("ru", "я двадцать лет работал в национальном парке налибокская пуща егерем",
     ["национальном парке налибокская пуща"], ["егерем"]),
    ("be", "бацька працаваў у нацыянальным парку белавежская пушча да пенсіі",
     ["нацыянальным парку белавежская пушча"], ["пенсіі"]),
    ("be", "я была экскурсаводам у лідскім гісторыка-краязнаўчым музеі гэта ў лідзе",
     ["лідскім гісторыка-краязнаўчым музеі"], ["экскурсаводам"]),
    ("ru", "Она работала в Гродненском историко-археологическом музее до ареста.",
     ["Гродненском историко-археологическом музее"], ["ареста"]),
    # Decoys: a park with no place name after it; a place after an unrelated noun.
    ("ru", "мы гуляли в национальном парке и в лесу", [], ["национальном", "парке"]),
    ("ru", "работал лесником в беловежской пуще", ["беловежской пуще"], ["лесником"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
