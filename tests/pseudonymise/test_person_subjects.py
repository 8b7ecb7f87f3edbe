"""A listed given name that is also a common word (``вера``, ``надзея``, ``любовь``, ``слава``, ``hope``) is a
person where it is the subject of a verb only a person does and the verb agrees with it
(``common_entries.person_subject``); the same word stays where its verb is one an abstraction takes. Rows
invented, each cased and as unpunctuated, lower-cased speech (``asr_like``)."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import asr_variants, touched, variant

SUBJECTS = [
    ("И через месяц вера получила посылку из Гомеля.", "ru", "вера"),
    ("Письма не доходят, а надежда ездит к нему каждый месяц.", "ru", "надежда"),
    ("Потом любовь приехала к нам из Бреста с детьми.", "ru", "любовь"),
    ("Утром слава позвонил из Вильнюса и всё рассказал.", "ru", "слава"),
    ("А праз тыдзень вера атрымала ліст з Гомеля.", "be", "вера"),
    ("Надзея ездзіць да яго кожны месяц з сумкамі.", "be", "Надзея"),
    ("Мы чакалі, а любоў прыехала з Брэста адна.", "be", "любоў"),
]

ABSTRACT = [
    ("Мы не знаем, как там, а вера помогает держаться.", "ru", "вера"),
    ("Вера в бога мне помогает, без неё никак.", "ru", "Вера"),
    ("У нас вера кончилась совсем, ничего не ждём.", "ru", "вера"),
    ("Надежда умирает последней, так говорят.", "ru", "Надежда"),
    ("Надзея была, што ўсё зменіцца, а потым позна было.", "be", "Надзея"),
    ("А надзея ў нас засталася, і вера таксама.", "be", "надзея"),
    ("Лев сидит в клетке и ходит из угла в угол.", "ru", "Лев"),
]


@pytest.mark.parametrize(("text", "language", "name"), SUBJECTS)
@pytest.mark.parametrize("lower", [False, True])
def test_a_person_verb_makes_the_word_a_name(text: str, language: str, name: str, lower: bool) -> None:
    spoken, surface = variant(text, name, lower)
    assert touched(spoken, language, surface, "PERSON")


@pytest.mark.parametrize(("text", "language", "word"), asr_variants(ABSTRACT))
def test_an_abstraction_s_verb_leaves_the_word(text: str, language: str, word: str) -> None:
    assert not touched(text.lower() if text[:1].islower() else text, language, word, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "вера получили письма",  # a plural verb: no subject in the singular
        "веры получила письмо",  # not the dictionary form
        "вера получил письмо",  # a masculine past does not agree with a woman's name
    ],
)
def test_no_agreement_no_subject(text: str) -> None:
    assert not touched(text, "ru", text.split()[0], "PERSON")


def test_english_established_given_name_with_a_person_verb() -> None:
    text = "my sister is hope mills she is a nurse and now hope visits him every week"
    assert touched(text[text.index("now") :], "en", "hope") or touched(text, "en", "now hope visits")
