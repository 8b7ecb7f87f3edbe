"""A stated nickname's later mentions in a person's slot are masked; the same word used as a thing stays
(branch ``r15-nick``). Every row is invented for this file; ``nickname_inventory`` renders 60 nicknames."""

from __future__ import annotations

from intake.pseudonymise import detect
from tests.pseudonymise.nickname_inventory import counts


def _masked(text: str, lang: str, word: str, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return any(s.start < start + len(word) and start < s.end for s in detect(text, lang))


def test_inventory_masks_person_slots_and_keeps_things() -> None:
    """Cased: before this rule 111 of 180 person mentions were masked; the things stay as they were."""
    hit, total, false, things = counts(lowercase=False)
    assert hit >= 165 and total == 180
    assert false <= 36 and things == 60


def test_inventory_lower_case() -> None:
    hit, total, false, things = counts(lowercase=True)
    assert hit >= 170 and total == 180
    assert false <= 57 and things == 60


def test_subject_after_instrumental_statement() -> None:
    text = "Мы называли её синичкой. Потом синичка позвонила мне из Гомеля."
    assert _masked(text, "ru", "синичка")


def test_preposition_slot_and_thing_stays() -> None:
    text = "Его все знали как дятел. Я ночевал у дятла дома. Потом в саду долго стучал по дереву этот дятел."
    assert _masked(text, "ru", "дятла")
    assert not _masked(text, "ru", "дятел", 1)


def test_english_known_as() -> None:
    text = "Our driver Ales was known as spanner. Later I met spanner at the market."
    assert _masked(text, "en", "spanner", 1)


def test_description_is_no_nickname() -> None:
    text = "They call him little brother at work. A little dog barked at the gate."
    assert not _masked(text, "en", "little", 1)
