"""Names lower-case speech gives by their structure: a respelled surname, a full name whose surname is a
common word (``detectors/respelled.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    # A surname stated after a naming noun and respelled after a cue: both spellings, even a famous name.
    ("ru", "соседка из литвы фамилию она говорила репин как художник только по литовски репинас что ли",
     ["репин", "репинас"], ["художник", "литовски"]),
    ("ru", "у неё фамилия шишкин как у художника а пишется шышкинас по литовски", ["шишкин", "шышкинас"],
     ["художника"]),
    ("be", "прозвішча ў яго шагал як мастак а па-польску шагалль так пішацца", ["шагал", "шагалль"], ["мастак"]),
    # A patronymic between a given name and a nominative noun: the noun is a surname.
    ("be", "мы з ім працавалі сымон пятровіч салавей з вёскі", ["салавей"], ["вёскі"]),
    ("ru", "был там ермолай фомич сом рыбак", ["сом"], ["рыбак"]),
    # Decoys: a verb, a role noun or a naming noun after the patronymic; a language adverb with no naming
    # noun before it.
    ("ru", "иван петрович сказал что иван петрович директор", [], ["сказал", "директор"]),
    ("ru", "степан ильич фамилия у него другая", [], ["фамилия", "другая"]),
    ("ru", "он говорил по польски хорошо и писал по-польски письма", [], ["хорошо", "письма"]),
    ("be", "яна казала па-польску дзякуй і пісала па-літоўску лісты", [], ["дзякуй", "лісты"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
