"""Durations framed as ordinary time are not terms; terms in the same frames stay masked (rows invented).

Inventory of ``duration_frames`` (approximate, ongoing, English ``for``, ``таму``), the occupation after a
duration (``careers``) and the activity stems of ``spans_of_life``, each row cased and as unpunctuated,
lower-cased speech (``asr_like``).
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import asr_variants

ORDINARY = [
    ("я почти тридцать лет была бухгалтером на заводе", "ru", "тридцать лет"),
    ("мы уже четыре года в Кракове, привыкли", "ru", "четыре года"),
    ("ён ужо тры гады ў Вільні, на складзе", "be", "тры гады"),
    ("мы амаль дзесяць гадоў у адной кватэры", "be", "дзесяць гадоў"),
    ("she has been in Gdansk for six years now", "en", "six years"),
    ("the power was off for three days in the whole district", "en", "three days"),
    ("i coached the junior team for, um, seven years", "en", "seven years"),
    ("i drove a taxi in Brest for nine years", "en", "nine years"),
    ("гэта было пяць гадоў таму, у другім горадзе", "be", "пяць гадоў"),
    ("дваццаць гадоў ён вадзіў аўтобус па горадзе", "be", "дваццаць гадоў"),
    ("мы с ним тридцать лет дружим, с института", "ru", "тридцать лет"),
    ("она восемнадцать лет была швеёй на фабрике", "ru", "восемнадцать лет"),
    ("за пять лет мы научились жить без машины", "ru", "пять лет"),
    ("сорок лет лечил людей в районной больнице", "ru", "сорок лет"),
    ("яна пятнаццаць гадоў іграла ў аркестры", "be", "пятнаццаць гадоў"),
]

# The same frames with a word of a term in the clause or in the question answered, an age, or a person who
# simply was somewhere; and plain terms beside an ordinary duration.
TERMS = [
    ("Интервьюер: На сколько вас посадили?\nРеспондент: На три года.", "ru", "три года"),
    ("Интервьюер: Сколько он уже отсидел?\nРеспондент: Уже почти два года.", "ru", "два года"),
    ("Інтэрв'юер: Які тэрмін яму далі?\nРэспандэнт: Ну, ужо амаль пяць гадоў.", "be", "пяць гадоў"),
    ("he got five years, worked there for two years in the sewing shop", "en", "five years"),
    ("ён ужо тры гады сядзіць у калоніі", "be", "тры гады"),
    ("я уже три года в колонии, пишу маме", "ru", "три года"),
    ("She was in Zhodzina for two years, then they moved her.", "en", "two years"),
    ("he was detained for fifteen days in August", "en", "fifteen days"),
    ("for three years he served in a penal colony", "en", "three years"),
    ("ему уже двадцать лет исполнилось там", "ru", "двадцать лет"),
    ("Ганне ўжо сорак гадоў, а ён сядзіць", "be", "сорак гадоў"),
]


@pytest.mark.parametrize(("text", "language", "duration"), asr_variants(ORDINARY))
def test_a_duration_framed_as_ordinary_time_is_not_a_term(text: str, language: str, duration: str) -> None:
    start = text.index(duration)
    end = start + len(duration)
    found = [s for s in detect(text, language) if s.label == "AGE_OR_SENTENCE" and s.start < end and start < s.end]
    assert not found, found


@pytest.mark.parametrize(("text", "language", "duration"), asr_variants(TERMS))
def test_terms_in_the_same_frames_stay(text: str, language: str, duration: str) -> None:
    start = text.index(duration)
    end = start + len(duration)
    assert any(s.start <= start and end <= s.end for s in detect(text, language)), detect(text, language)
