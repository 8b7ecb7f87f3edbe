"""Pet forms of given names that are common words, nicknames a question or gloss introduces, and titles in
lower-case speech: a possessive between, spoken and misrecognised titles (round 13).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    # Pet forms built on a given name that is also a common word (``Лада``), and Belarusian ``-ачка``.
    ("ru", "а ладка мне тогда сказала что всё будет хорошо", ["ладка"], ["хорошо"]),
    ("ru", "дочке ладушке исполнилось пять лет", ["ладушке"], ["дочке"]),
    ("be", "мілачка прыйшла да мяне ўвечары", ["мілачка"], ["ўвечары"]),
    # Decoys: pet-shaped common words with no name position stay.
    ("ru", "ладушки ладушки где были у бабушки", [], ["ладушки"]),
    ("ru", "на розочке был бант а пятка болела", [], ["розочке", "пятка"]),
    # A nickname the speaker is asked about or glosses, and its later mentions.
    ("ru", "кто такой шпулька? я не знала. потом шпульку забрали", ["шпулька", "шпульку"], ["забрали"]),
    ("be", "шпулька — гэта сябар яго, ён сядзеў", ["шпулька"], ["сябар"]),
    ("ru", "а кто такой прокурор? я не знала", [], ["прокурор"]),
    ("ru", "работа — это друг человека", [], ["работа"]),
    # Titles: a possessive between, a spoken title, a misrecognised one, clergy with a given name.
    ("ru", "директор наш дубовик уволил его", ["дубовик"], ["уволил"]),
    ("be", "дырэктар наш дубовік звольніў яго", ["дубовік"], ["звольніў"]),
    ("ru", "начальник наш отряда пришёл", [], ["отряда"]),
    ("ru", "опер шпак бил его", ["шпак"], ["бил"]),
    ("be", "судзьдзя шпак вынесла прысуд", ["шпак"], ["вынесла"]),
    ("be", "айцец верабей нам дапамог", ["верабей"], ["дапамог"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_row(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
