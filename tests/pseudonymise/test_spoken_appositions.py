"""Small frames of unpunctuated speech: a colony's number as an apposition (``facilities.py``), a particle
between a dative and an age (``terms.py``), an English street noun after its lower-case name (``extend.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    # A colony's number after a comma or ``there``.
    ("en", "They moved him to Horki. That is the colony, number nine, everyone says Horki.", ["number nine"],
     ["everyone"]),
    ("en", "he was sent to the colony there number 11 they call it the wolf den", ["number 11"], ["they"]),
    ("ru", "его отправили в колонию, номер девять, так и говорят", ["номер девять"], ["говорят"]),
    # A particle between a dative pronoun and an age.
    ("ru", "я его дождусь хоть мне и 79 выйдет он через пять лет", ["79"], ["выйдет"]),
    ("be", "я дачакаюся хоць мне і 81 ён выйдзе ўвосень", ["81"], ["выйдзе"]),
    # An English street noun joins its lower-case name.
    ("en", "we lived on zhukovskogo boulevard for years", ["zhukovskogo boulevard"], ["years"]),
    ("en", "my aunt had a flat on zaslonava lane near the market", ["zaslonava lane"], ["market"]),
    # Decoys: a number of letters after ``и``; a lane and a road with no name.
    ("ru", "мне и пять писем передали", [], ["пять", "писем"]),
    ("en", "we walked down the lane to the road", [], ["lane", "road"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, whole=False)


STREET_ROWS = [
    # A place adjective with a three-letter ending before a street noun (``placecues.py``).
    ("ru", "там фотки с ленинского проспекта нашли", ["ленинского проспекта"], ["фотки"]),
    ("be", "каля віцебскага праспекта стаялі людзі", ["віцебскага праспекта"], ["людзі"]),
    # A usual street name in the genitive after ``на``: after ``у нас`` or near a home word.
    ("ru", "я водил автобус а парк у нас на победы был", ["победы"], ["автобус"]),
    ("ru", "мы жили на дружбы в пятиэтажке", ["дружбы"], ["пятиэтажке"]),
    # Decoys: a generic or national adjective; a locative after ``на``.
    ("ru", "дошли до русского проспекта и городского сквера", [], ["русского", "городского"]),
    ("ru", "дома на молодёжи это сказалось сильнее", [], ["молодёжи"]),
    ("be", "муж увесь дзень на працы а я дома з дзецьмі", [], ["працы"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), STREET_ROWS)
def test_street_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
