"""Given names that are abstract nouns (Вера, Надежда, Любовь; Belarusian Надзея, Любоў) said as the noun.

A holder (``у меня``, ``ў нас``) beside the word, or ``без`` before it, shows the thing had or lacked: faith,
hope, love. A capital, a patronymic or a naming word keeps the person.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _masked(text: str, language: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start <= start < s.end for s in detect(text, language))


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("ну я не знаю  вера у меня такая  то есть  то нет", "ru", "вера"),
        ("она говорит  надежда у нас одна  на адвоката", "ru", "надежда"),
        ("главное не сдаваться  без надежды тут никак", "ru", "надежды"),
        ("кажа  у мяне адна надзея  што яго адпусцяць", "be", "надзея"),
        ("любоў у іх у сям'і такая  усе дапамагаюць", "be", "любоў"),
        ("людзі без веры ў нешта так і жывуць", "be", "веры"),
    ],
)
def test_abstract_noun_stays_unmasked(text: str, language: str, word: str) -> None:
    assert not _masked(text, language, word)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("моя сестра Вера у меня жила полгода, потом уехала.", "ru", "Вера"),
        ("звали её надежда  у нас в отряде она была старшей", "ru", "надежда"),
        ("соседка вера петровна у нас передачи собирает", "ru", "вера"),
        ("дачка мая надзея ў мяне ўсё робіць", "be", "надзея"),
        ("а потом Любовь у них главной стала", "ru", "Любовь"),
    ],
)
def test_person_stays_masked(text: str, language: str, word: str) -> None:
    assert _masked(text, language, word)
