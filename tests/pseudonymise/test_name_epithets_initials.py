"""Three frames that widen or add a person's span in speech (rows invented, cased and as lower-cased,
unpunctuated speech through ``asr_like``):

* a given name with an epithet of size or age that a naming verb gives (``epithet_names``): ``мы их зовём
  саша маленький``, ``we called them old tom and young tom``; the same adjective elsewhere stays a word;
* lower-case initials after a name (``lower_initials``): ``olga k``, ``шпак п``, Cyrillic letters in English;
* a Belarusian feminine noun in ``-ка`` after a woman's name in the nominative (``noun_surnames`` with
  ``becues.feminine_noun``): ``ганна ластаўка``; an adverb or a role noun after it stays a word.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import asr_variants, covered, touched, variant

EPITHETS = [
    ("У нас два Саши, мы их зовём Саша маленький и Саша большой, чтоб не путать.", "ru", "Саша маленький"),
    ("Мы іх завём Толя малы і Толя вялікі, каб не блытаць.", "be", "Толя малы"),
    ("There were two Toms, so we called them old Tom and young Tom.", "en", "young Tom"),
    ("We call them little Masha and big Masha at work.", "en", "little Masha"),
]
ORDINARY = [
    ("Her little nephew was born after she was arrested.", "en", "little"),
    ("У нас старший сын в Варшаве, а младший дома.", "ru", "старший"),
    ("Яе звалі Вера, старшая сястра была ў Мінску.", "be", "старшая"),
    ("Мы яе Ксюшай завём, яна маладая і вясёлая.", "be", "маладая"),
]


@pytest.mark.parametrize(("text", "language", "name"), asr_variants(EPITHETS))
def test_a_named_epithet_is_part_of_the_name(text: str, language: str, name: str) -> None:
    assert covered(detect(text, language), text, name, every=True)


def test_other_mentions_of_the_named_pair() -> None:
    text = "we called them big katya and little katya  ladutska was little katya  her little nephew is three"
    spans = detect(text, "en")
    assert covered(spans, text, "little katya", every=True)
    assert not touched(text, "en", "little nephew", "PERSON")


@pytest.mark.parametrize(("text", "language", "word"), asr_variants(ORDINARY))
def test_an_epithet_without_a_naming_verb_stays(text: str, language: str, word: str) -> None:
    assert not touched(text, language, word, "PERSON")


INITIALS = [
    ("in the court papers it's малашко и в and in belarusian we write ігар", "en", "малашко и  в"),
    ("she does the photos for the campaign of olga k and the posters too", "en", "olga k"),
    ("в деле так и было написано наталья п и больше ничего", "ru", "наталья п"),
]


@pytest.mark.parametrize(("text", "language", "name"), INITIALS)
def test_lower_case_initials_join_the_name(text: str, language: str, name: str) -> None:
    text = text.replace(name.replace("  ", " "), name)
    assert covered(detect(text, language), text, name, whole=False)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("i asked olga a question", "en", " a "),
        ("я видела шпака и маму", "ru", " и "),
        ("мы с олей и с мамой", "ru", " и "),
    ],
)
def test_a_one_letter_word_is_no_initial(text: str, language: str, word: str) -> None:
    start = text.index(word) + 1
    assert not any(s.start <= start < s.end for s in detect(text, language))


FEMININE = [
    ("Са мной у камеры сядзела Ганна Ластаўка, настаўніца з Гомеля.", "be", "Ганна Ластаўка"),
    ("Тады прыйшла Юля Швачка з дакументамі.", "be", "Юля Швачка"),
]
NOT_SURNAMES = [
    ("а юля хутка прыйшла дадому", "юля хутка", "хутка"),
    ("ганна таксама сядзела ў камеры", "ганна таксама", "таксама"),
    ("і юля жонка майго брата", "юля жонка", "жонка"),
    ("там быў малюнак ад цёткі светы ялінка і подпіс", "светы ялінка", "ялінка"),
]


@pytest.mark.parametrize(("text", "language", "name"), FEMININE)
@pytest.mark.parametrize("lower", [False, True])
def test_a_feminine_noun_after_a_woman_s_name(text: str, language: str, name: str, lower: bool) -> None:
    spoken, surface = variant(text, name, lower)
    assert covered(detect(spoken, language), spoken, surface)


@pytest.mark.parametrize(("text", "pair", "word"), NOT_SURNAMES)
def test_an_adverb_or_role_after_the_name_stays(text: str, pair: str, word: str) -> None:
    assert not touched(text, "be", word, "PERSON")
