"""Lower-case given-name forms that their form or frame reads as a common word (``given_frames.py``).

A word pymorphy3 reads as a given name only in the plural (``полях``) is the common noun, and a locative
preposition before a common noun's locative (``в лесе``, ``на полі``) governs a place. Persons of the same
shapes stay masked: another case (``встретил лесю``), the genitive after ``у`` (``у лесі ёсць``), marrying
(``женился на лесе``), wearing (``на лесе было``), a Belarusian ``-ам`` instrumental (``з маркам``). Rows
are invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import be_vocab


def _person(text: str, word: str, language: str) -> bool:
    start = text.index(word)
    return any(s.label == "PERSON" and s.start <= start < s.end for s in detect(text, language))


DECOYS = [
    ("ru", "дед всё лето работал на полях за деревней и приходил поздно", "полях"),
    ("ru", "мы неделю жили в лесе у реки и ловили рыбу", "лесе"),
    ("ru", "он говорил что в свете фонаря всё видно", "свете"),
    ("be", "мы ўсё лета працавалі на полі каля рэчкі", "полі"),
    ("be", "бацька цэлы дзень быў у лесе і вярнуўся позна", "лесе"),
    ("be", "ён казаў што няма ў свеце нічога горшага за турму", "свеце"),
]

PERSONS = [
    ("ru", "я вчера встретил лесю у подъезда и мы поговорили", "лесю"),
    ("ru", "а я ей говорю тань смотри в окно там они", "тань"),  # the spoken vocative, not a plural
    ("ru", "сын давно женился на лесе и уехал в гомель", "лесе"),
    ("ru", "на лесе было красное пальто когда её задержали", "лесе"),
    ("ru", "жене позвонил следователь и сказал прийти в понедельник", "жене"),
    ("be", "у лесі ёсць сын ён цяпер у калоніі", "лесі"),
    ("be", "мы пазнаёміліся з яе братам маркам у кавярні", "маркам"),
    ("ru", "полю задержали в мае прямо на работе", "полю"),
]


@pytest.mark.parametrize(("language", "text", "word"), DECOYS)
def test_common_word_in_a_common_frame_is_no_person(language: str, text: str, word: str) -> None:
    if language == "be" and word == "полі" and not be_vocab.available():
        pytest.skip("hunspell-be dictionary not installed")
    assert not _person(text, word, language), text


@pytest.mark.parametrize(("language", "text", "word"), PERSONS)
def test_given_name_of_the_same_shape_stays_a_person(language: str, text: str, word: str) -> None:
    assert _person(text, word, language), text


@pytest.mark.parametrize("word", ["тань", "маш", "серёж", "коль"])
def test_a_spoken_vocative_is_no_plural(word: str) -> None:
    # ``тань`` (Таня), ``маш`` (Маша): pymorphy3 reads the colloquial vocative as a genitive plural
    from intake.pseudonymise.detectors.given_frames import _plural_name_only

    assert not _plural_name_only(word)
