"""Given names that are abstract nouns (Вера, Надежда, Любовь; Belarusian Надзея, Любоў) said as the noun.

A holder (``у меня``, ``ў нас``) beside the word, or ``without`` before it, shows the thing had or lacked:
faith, hope, love. A capital, a patronymic or a naming word keeps the person.

The rule that released these nouns (round 19c) lost a person on a never-tuned set (lower case, counts only) and
was reverted; the rows it alone fixed are strict xfails; the other rows hold without it.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

REVERTED = pytest.mark.xfail(strict=True, reason="the abstract-noun rule lost a never-tuned person; reverted")


def _masked(text: str, language: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start <= start < s.end for s in detect(text, language))


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("ну я не знаю  вера у меня такая  то есть  то нет", "ru", "вера"),
        pytest.param("она говорит  надежда у нас одна  на адвоката", "ru", "надежда", marks=REVERTED),
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


@REVERTED
def test_folded_belarusian_holder() -> None:
    """``іх`` and ``ёсць`` are compared folded, as ``Token.norm`` keeps them: the Belarusian Любоў released after
    a proven Любоў Іосіфаўна elsewhere in the text."""
    text = "любоў іосіфаўна нам дапамагае  а любоў у іх у сям'і такая  усе разам"
    start = text.index("любоў у іх")
    spans = detect(text, "be")
    assert any(s.start == 0 for s in spans)
    assert not any(s.start <= start < s.end for s in spans)
