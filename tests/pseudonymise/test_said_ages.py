"""Ages said as a bare number after a person, in the frames speech uses (round 23; invented rows).

A dative person (pronoun, kin noun or a found name) with an adverb of time or a word of hearsay between it and
the number (``ей вроде пятьдесят восемь``, ``ёй зараз трынаццаць``); a noun the number cannot govern after it,
which opens the next clause (``ему сорок три водитель``); an English name or pronoun and a copula, a filler set
off by commas (``Lesya is eight``, ``He's, um, five now``). Each row cased and as unpunctuated lower-case speech
(``asr_like``). Decoys: the same words where the number counts something, tells the time or is a member.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import asr_variants, quasi_over

AGES = [
    ("Это Людмила, соседка. Ей вроде пятьдесят восемь, на пенсии уже.", "ru", "пятьдесят восемь"),
    ("Наш сосед Игнат, ему кажется шестьдесят четыре, живёт один.", "ru", "шестьдесят четыре"),
    ("Про соседа скажу так: ему сорок три водитель автобуса, двое детей.", "ru", "сорок три"),
    ("Дочке сейчас одиннадцать студентка? Нет, школьница.", "ru", "одиннадцать"),
    ("Его посадили в мае, ему сейчас сорок два, Петрова тоже перевели.", "ru", "сорок два"),  # a name, no count
    ("Мне было дзевятнаццаць, чатыры дні трымалі ў пастарунку.", "be", "дзевятнаццаць"),  # another number
    ("Ёй зараз трынаццаць, яна ходзіць у музычную школу.", "be", "трынаццаць"),
    ("Яму здаецца семдзесят чатыры, ён яшчэ сам косіць.", "be", "семдзесят чатыры"),
    ("Ёй пяцьдзесят два настаўніца ў вясковай школе.", "be", "пяцьдзесят два"),
    ("Яму ўжо шэсцьдзесят тры, ён на пенсіі.", "be", "шэсцьдзесят тры"),
    ("We talked about Lesya. Lesya is eight and she asks about her dad every day.", "en", "eight"),
    ("He's, um, five now, he was born after the arrest.", "en", "five"),
    ("She's, uh, probably twelve now.", "en", "twelve"),
    ("In 2019 he was 6 and did not understand where his father went.", "en", "6"),
]

# The same words where the number is no age: a count of things or people, a clock time, a member of a group.
DECOYS = [
    ("Ему двадцать раз звонили из милиции.", "ru", "двадцать"),
    ("Мы встретились в девять у метро.", "ru", "девять"),
    ("Ей сейчас пять книг надо вернуть в библиотеку.", "ru", "пять"),
    ("Ему уже двадцать писем пришло из колонии.", "ru", "двадцать"),
    ("Им двадцать один волонтёр помогал с передачами.", "ru", "двадцать один"),
    ("Ёй зараз пятнаццаць кніг трэба прачытаць.", "be", "пятнаццаць"),
    ("Яму тады тры лісты прыйшлі з калоніі.", "be", "тры"),
    ("He is one of the organisers of the strike.", "en", "one"),
    ("She's two hours away from the border now.", "en", "two"),
    ("We were three in that cell, all from Hrodna.", "en", "three"),
    ("It's nine and the court hasn't started yet.", "en", "nine"),
    ("She was, um, two floors below us.", "en", "two"),
]


@pytest.mark.parametrize(("text", "language", "age"), asr_variants(AGES))
def test_an_age_said_after_a_person_is_masked(text: str, language: str, age: str) -> None:
    found = quasi_over(text, language, age)
    start = text.index(age)
    assert any(s.start <= start and start + len(age) <= s.end for s in found), found


@pytest.mark.parametrize(("text", "language", "number"), asr_variants(DECOYS))
def test_a_count_a_time_or_a_member_is_no_age(text: str, language: str, number: str) -> None:
    assert quasi_over(text, language, number) == []


@pytest.mark.parametrize(("text", "language"), [
    ("мне ну", "ru"), ("ему вроде", "ru"), ("ёй зараз ну", "be"), ("he's, uh", "en"), ("Tsima is, um,", "en"),
])
def test_a_text_that_ends_in_a_skip_word_is_no_crash(text: str, language: str) -> None:
    """A dative or a copula followed by skip words and nothing after them (found by the pattern fuzz test: the
    filler check read the gap after the last word)."""
    from intake.pseudonymise import detect

    assert all(s.label != "AGE_OR_SENTENCE" for s in detect(text, language))
