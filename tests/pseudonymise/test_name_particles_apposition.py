"""A given name, a particle and a word are one foreign person in Cyrillic text
(detectors/name_particles.py), and a given name that is an English word set in apposition to a person noun is a
person in lower-case English (detectors/en_fullnames.py, ``_apposition``).

Every row is invented; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _covered(text: str, phrase: str, language: str) -> bool:
    """Every occurrence of ``phrase`` lies inside one span."""
    spans = detect(text, language)
    starts = [k for k in range(len(text)) if text.startswith(phrase, k)]
    return all(any(s.start <= k and k + len(phrase) <= s.end for s in spans) for k in starts)


def _touched(text: str, word: str, language: str) -> bool:
    start = text.index(word)
    return any(s.start < start + len(word) and start < s.end for s in detect(text, language))


@pytest.mark.parametrize(
    ("text", "phrase", "language"),
    [
        ("в роттердаме нас встретил ян де вос и отвёз в приют", "ян де вос", "ru"),
        ("В Утрехте нас встретил Ян де Вос, он юрист.", "Ян де Вос", "ru"),
        ("потом пришла анна ван дер лейк из фонда", "анна ван дер лейк", "ru"),
        ("у берліне нам дапамог ханс фон штайн з фонду", "ханс фон штайн", "be"),
    ],
)
def test_a_particle_joins_a_given_name_and_a_surname(text: str, phrase: str, language: str) -> None:
    assert _covered(text, phrase, language)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("он де сам не знал куда ехать", "де", "ru"),
        ("маша да ладно тебе говорит", "ладно", "ru"),
        # speech, not a surname: lower case after a capital, a verb after ``де``, a second name after ``да``
        ("Пришла Анна де молодец такая", "молодец", "ru"),
        ("мария пошла а ян де сказал что поздно", "сказал", "ru"),
    ],
)
def test_a_particle_alone_or_before_a_word_joins_nothing(text: str, word: str, language: str) -> None:
    assert not _touched(text, word, language)


def test_da_between_two_given_names_is_and() -> None:
    """``да`` before a second given name coordinates two persons; no one foreign surname."""
    assert not _covered("Мария да Петр пришли вечером", "Мария да Петр", "ru")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("so there was a woman there dawn she's from cork and dawn's husband drove us", "dawn"),
        ("and a friend of mine ivy she teaches music helped with the forms", "ivy"),
        ("a guy from work frank he is a lawyer read the papers", "frank"),
    ],
)
def test_a_name_in_apposition_is_masked(text: str, word: str) -> None:
    assert _covered(text, word, "en")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we left at dawn and she's from cork", "dawn"),
        ("a woman there said she handled it with grace", "grace"),
        ("the man there i hope he is fine", "hope"),
    ],
)
def test_a_word_stays_open(text: str, word: str) -> None:
    assert not _touched(text, word, "en")
