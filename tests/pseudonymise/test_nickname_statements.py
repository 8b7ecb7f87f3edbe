"""A nickname a bare naming noun or a naming verb gives in the nominative is a name in every mention
(branch ``persons10``): ``кличка Шаман`` and later ``шаман этот``, ``мы яго звалі дзед`` and later ``дзеда``.

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover (every occurrence, any label) and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import nicknames
from intake.pseudonymise.detectors.tokens import tokenize
from tests.pseudonymise.masking import check

ROWS = [
    # A bare naming noun, cased: the later lower-case and inflected mentions are the same name.
    ("ru", "В бараке жил старик, кличка Филин, всё про всех знал. Филина боялись, а филин молчал.",
     ["Филин", "Филина", "филин"], ["старик", "бараке"]),
    ("ru", "в отряде был парень погоняло шнурок шнурка потом перевели а шнурок остался", ["шнурок", "шнурка"],
     ["парень", "отряде"]),
    ("be", "у брыгадзе быў хлопец, мянушка Чыжык. Чыжыка ўсе любілі, а чыжык спяваў.", ["Чыжык", "Чыжыка", "чыжык"],
     ["хлопец"]),
    # A naming verb gives even a role noun: every mention is the man, unless it is the speaker's own kin.
    ("be", "быў у нас майстар мы яго звалі дзед бо стары дзед нам казаў беражыце дзеда", ["дзед", "дзеда"],
     ["майстар"]),
    ("ru", "начальник цеха, мы его звали батька, строгий был. батька кричал, а батьку все уважали",
     ["батька", "батьку"], ["начальник"]),
]

STAY = [
    # A role noun before a name is a title, not the nickname (the name itself is masked elsewhere).
    ("ru", "Её звали тётя Валя, и тётя ко мне приходила, тётя добрая.", ["тётя"]),
    # No name follows a naming verb here: a question, a genitive, an adverb.
    ("ru", "Как его звали, не помню. Зовут работать обратно, а работа тяжёлая.", ["работать", "работа"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_every_mention_of_a_stated_nickname(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)


@pytest.mark.parametrize(("lang", "text", "stay"), STAY)
def test_no_nickname_stated(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


def test_the_speakers_own_kin_is_no_nickname() -> None:
    text = "у брыгадзе мы яго звалі дзед, дзеда слухалі, а мой дзед родны жыў у вёсцы"
    starts = {s.start for s in detect(text, "be")}
    assert text.index("дзед,") in starts and text.index("дзеда") in starts
    assert text.index("дзед родны") not in starts


def test_given_reads_the_nominative_after_a_bare_noun_and_a_verb() -> None:
    text = "кличка филин а мы его звали батька"
    tokens = tokenize(text)
    assert [tokens[k].norm for k in nicknames.given(text, tokens)] == ["филин", "батька"]


def test_a_role_noun_before_a_person_is_no_nickname() -> None:
    text = "её звали тётя валя"
    tokens = tokenize(text)
    assert nicknames.given(text, tokens, [(tokens[3].start, tokens[3].end)]) == []
