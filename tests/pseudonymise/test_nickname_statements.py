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
    # A bare naming noun: the later inflected mentions are the same name.
    ("ru", "В бараке жил старик, кличка Филин, всё про всех знал. Филина боялись, Филину носили чай.",
     ["Филин", "Филина", "Филину"], ["старик", "бараке"]),
    ("ru", "в отряде был парень погоняло шнурок шнурка потом перевели а шнурок остался", ["шнурок", "шнурка"],
     ["парень", "отряде"]),
    ("be", "у брыгадзе быў хлопец мянушка чыжык чыжыка ўсе любілі а чыжык спяваў", ["чыжык", "чыжыка"],
     ["хлопец"]),
    # A naming verb gives even a role noun: every mention is the man, unless it is the speaker's own kin.
    ("be", "быў у нас майстар мы яго звалі дзед бо стары дзед нам казаў беражыце дзеда", ["дзед", "дзеда"],
     ["майстар"]),
    ("ru", "начальник цеха, мы его звали батька, строгий был. батька кричал, а батьку все уважали",
     ["батька", "батьку"], ["начальник"]),
]

STAY = [
    # A role noun before a name is a title, not the nickname (the name itself is masked elsewhere).
    ("ru", "Её звали тётя Валя, и тётя ко мне приходила, тётя добрая.", ["тётя ко", "тётя добрая"]),
    # A capitalised nickname in cased text: its lower-case mentions are the common word.
    ("ru", "Старшего по бараку все звали Буран. А зимой буран был такой, что бурана боялись все.", ["буран был"]),
    # A title before a name; a Belarusian adverb or verb after a naming verb.
    ("ru", "Учительница у него полька, мы её зовём пани Ханна, и пани нас учит.", ["пани нас"]),
    ("be", "бабуля вера так яе ўсе клічуць нават суседзі а надзечка так мы яе завём працуе ў школе",
     ["нават", "працуе"]),
    # No name follows a naming verb here: a question, a genitive, an adverb.
    ("ru", "Как его звали, не помню. Зовут работать обратно, а работа тяжёлая.", ["работать", "работа тяж"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_every_mention_of_a_stated_nickname(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)


@pytest.mark.parametrize(("lang", "text", "stay"), STAY)
def test_no_nickname_stated(lang: str, text: str, stay: list[str]) -> None:
    spans = detect(text, lang)
    for phrase in stay:  # the first word of the phrase, where it stands, is inside no span
        at = text.index(phrase)
        assert not any(s.start <= at < s.end for s in spans), f"{phrase!r}: {[(s.text, s.source) for s in spans]}"


def test_the_speakers_own_kin_is_no_nickname() -> None:
    text = "у брыгадзе мы яго звалі дзед, дзеда слухалі, а мой дзед родны жыў у вёсцы"
    starts = {s.start for s in detect(text, "be")}
    assert text.index("дзед,") in starts and text.index("дзеда") in starts
    assert text.index("дзед родны") not in starts


def test_given_reads_the_nominative_after_a_bare_noun_and_a_verb() -> None:
    text = "кличка филин а мы его звали батька"
    tokens = tokenize(text)
    assert [tokens[k].norm for k in nicknames.stated(tokens)] == ["филин", "батька"]


def test_a_role_noun_before_a_person_is_no_nickname() -> None:
    text = "её звали тётя валя"
    tokens = tokenize(text)
    assert nicknames.stated(tokens, [(tokens[3].start, tokens[3].end)]) == []
