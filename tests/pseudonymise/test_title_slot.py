"""The surname after a rank or official title in lower-case speech (branch ``lcpersons9``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import namecues, titleslot
from intake.pseudonymise.detectors.tokens import tokenize
from tests.pseudonymise.masking import check, covered

ROWS = [
    # A rank takes a common noun in the nominative as the surname, and its later mentions follow.
    ("ru", "допрашивал меня капитан творог и потом творог ещё звонил", ["творог"], ["капитан"]),
    # Any title takes a word pymorphy3 reads as a surname or patronymic, past the unit it heads.
    ("be", "а намеснік не прыйшоў начальнік атрада сямёнава сказала чакаць", ["сямёнава"], ["чакаць"]),
    ("be", "сведкам быў брыгадзір з цэха лукіч ён усё падпісаў", ["лукіч"], ["цэха"]),
    # A verb, an adjective, an adverb or a pronoun after a title is no surname.
    ("ru", "майор сказал что судья строгая и адвокат ничего не смог", [], ["сказал", "строгая", "ничего"]),
    ("be", "следчы пытаўся а суддзя маладая адвакат таксама маўчаў", [], ["пытаўся", "маладая", "таксама"]),
    # Only a rank takes a plain common noun: other titles are followed by their objects.
    ("ru", "судья приговор зачитала за пять минут", [], ["приговор"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_title_slot_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_slot_skips_a_unit_or_workplace() -> None:
    tokens = tokenize("начальник смены иванов майстар з дэпо бусел")
    assert titleslot._slot(tokens, 0) == 2
    assert titleslot._slot(tokens, 3) == 6


def test_inanimate_noun_before_a_plural_past_verb_is_common_use() -> None:
    tokens = tokenize("в столовой творог давали по средам")
    assert namecues.common_use(tokens, 2)
    tokens = tokenize("марину творог судили в минске")  # a woman's surname does not decline
    assert not namecues.common_use(tokens, 1)
    text = "допрашивал капитан творог а в столовой творог давали"
    check("ru", text, ["творог"], [])
    assert not covered(detect(text, "ru"), text, "творог", every=True)


def test_later_mentions_of_a_rank_surname() -> None:
    text = "допрашивал меня капитан творог и потом творог ещё звонил"
    check("ru", text, ["творог"], [], every=True)
