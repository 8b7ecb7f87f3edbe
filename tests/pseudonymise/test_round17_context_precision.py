"""Round 17: lower-case precision of the context and official-order candidates (invented rows only).

``candidates:context`` takes a word in a name's position (beside a detected name, after a role noun or title,
by a verb of speech); a lower-case word a rule of word formation explains by its form as a common word
(hyphen, clip, verb, loan: :func:`unknown_words.formation`) is no name there. ``candidates:official-order``
takes the word before a given name and patronymic; a possessive pronoun or a feminine agent noun
(``руководительница``) is no surname. At most three days is custody, no term; a propagated form that is only a
common noun's plural names no one person.
Every row is invented for this file; each decoy is masked without its rule's condition.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import check

ROWS = [
    # Context decoys: a hyphenated word of known parts, a clipped prefix, a borrowed noun beside a name or speech.
    ("ru", "я врач-ортопед тимофей сергеевич лужин", ["тимофей"], ["врач-ортопед"]),
    ("ru", "сказала мама бело-зелёный шарф", [], ["бело-зелёный"]),
    ("ru", "сказал полколонии знает", [], ["полколонии"]),
    ("ru", "мой тимлид аркадий уехал в варшаву", ["аркадий"], ["тимлид"]),
    ("ru", "моя подруга тимлид в банке", [], ["тимлид"]),
    # Official-order decoys: a possessive pronoun, a feminine agent noun before a name and patronymic.
    ("be", "я часта ўспамінаю нашага міхаіла пятровіча", ["міхаіла"], ["нашага"]),
    ("ru", "у неё классная руководительница тамара сергеевна строгая", ["тамара"], ["руководительница"]),
    # True rows: unknown names in a name's position stay masked.
    ("ru", "приезжал друг тацуя окамото на неделю", ["тацуя", "окамото"], ["неделю"]),
    ("ru", "щука ксения андреевна работала в школе", ["щука"], ["школе"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_round17_context_precision(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def _terms(lang: str, text: str) -> list[str]:
    return [s.text for s in detect(text, lang) if s.label == "AGE_OR_SENTENCE"]


# At most three days is custody before a charge (72 hours), no term; longer arrests and sentences stay.
CUSTODY = [
    ("ru", "сначала его продержали в изоляторе трое суток без передач", [], "трое суток"),
    ("ru", "в ивс её держали два дня а потом отпустили", [], "два дня"),
    ("be", "мяне трымалі ў ізалятары тры дні без вады", [], "тры дні"),
    ("en", "they held him in the police cells for three days without a lawyer", [], "three days"),
    ("ru", "в ивс три дня, а суд дал пятнадцать суток ареста", ["пятнадцать суток"], "три дня"),
    ("be", "пасля суда яму далі чатыры гады калоніі", ["чатыры гады"], ""),
]


@pytest.mark.parametrize(("lang", "text", "kept", "dropped"), CUSTODY)
def test_custody_days_are_no_term(lang: str, text: str, kept: list[str], dropped: str) -> None:
    found = _terms(lang, text)
    assert all(k in found for k in kept), found
    assert not dropped or dropped not in found, found


# A propagated form that is only a plural and a common noun names no one person; singular forms and a family's
# surname plural stay masked.
PLURALS = [
    ("ru", "моя соседка роза вчера приходила  она всегда приходит с розами", ["роза"], ["розами"]),
    ("be", "сябар мікола сокал кажа што ён палюе з сакаламі", ["сокал"], ["сакаламі"]),
    ("ru", "моя соседка роза вчера приходила  розу я давно знаю", ["роза", "розу"], []),
    ("ru", "потом приходил сергей иванов  ивановы всегда помогают", ["иванов", "ивановы"], []),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), PLURALS)
def test_plural_forms_do_not_propagate(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
