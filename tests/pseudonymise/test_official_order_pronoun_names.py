"""Two frames of lower-case ru/be speech (round 22b): the surname in the official order after an office
(``detectors/official_order.py`` through ``noun_surnames``), and a Belarusian given name that is also a pronoun
form after a clerical title or before a surname (``detectors/pronoun_names.py``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked. English has neither frame (no patronymic; ``jan``
is no pronoun): the English rows check that the same sentences stay as they were.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import check

OFFICIAL = [
    # An office (and the noun it heads) before surname, given name and patronymic: a gerund fills the slot.
    ("ru", "нас встретил начальник цеха шагая виктор петрович и повёл", ["шагая"], ["цеха", "повёл"]),
    ("ru", "директор склада шагая виктор петрович", ["шагая"], ["склада"]),
    ("be", "начальнік цэха шагая віктар пятровіч сказаў", ["шагая"], ["цэха", "сказаў"]),
    ("ru", "Начальник цеха Шагая Виктор Петрович сказал", ["Шагая"], ["цеха"]),
    # Decoys: an adverb, a verb, a reflexive gerund in the slot; a gerund with no office before it.
    ("ru", "начальник цеха тогда виктор петрович сказал", [], ["тогда", "цеха"]),
    ("ru", "начальник цеха был виктор петрович", [], ["был"]),
    ("ru", "начальник цеха улыбаясь виктор петрович вошёл", [], ["улыбаясь"]),
    ("ru", "он стоял шагая виктор петрович за ним", [], ["стоял"]),
    ("be", "начальнік цэха тады віктар пятровіч сказаў", [], ["тады", "цэха"]),
    ("be", "дырэктар школы быў віктар пятровіч", [], ["быў", "школы"]),
    ("be", "начальнік цэха сказаў віктар пятровіч прыйдзе", [], ["сказаў"]),
    ("ru", "председатель профкома виктор петрович сказал", [], ["профкома"]),
    ("en", "the head of the shop viktor petrovich said so", ["viktor petrovich"], ["shop", "said"]),
]

PRONOUN_NAMES = [
    # After a clerical title: ``ян`` always, ``яна`` unless a singular verb makes it the pronoun.
    ("be", "у нас служыў айцец ян ён добры", ["ян"], ["добры"]),
    ("be", "ксяндза яна перавялі ў іншы касцёл", ["яна"], ["касцёл"]),
    ("be", "мы пісалі айцу яну і ён адказаў", [], ["ён"]),
    # ``ян`` before a surname-shaped word.
    ("be", "тады ян кавалевіч прыходзіў да нас", ["ян кавалевіч"], ["тады"]),
    ("be", "У нас служыў айцец Ян, ён добры", ["Ян"], ["добры"]),
    # Decoys: the pronoun where a singular verb follows, or before an oblique surname, or ``ён`` after a title.
    ("be", "айца яна бачыла ўчора", [], ["яна", "бачыла"]),
    ("be", "яна кавалевіча бачыла", [], ["яна"]),
    ("be", "ён казаў а яна маўчала", [], ["яна", "ён"]),
    ("be", "айцец ён казаў пра гэта", [], ["ён"]),
    ("en", "father jan said mass on sunday", ["jan"], ["said"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), OFFICIAL + PRONOUN_NAMES)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_official_order_after_office_is_uncertain() -> None:
    spans = detect("начальник цеха шагая виктор петрович", "ru")
    assert [s.reason for s in spans if s.text == "шагая"] == ["uncertain:official-order"]
