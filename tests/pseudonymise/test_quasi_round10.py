"""Ages answered to a question that names the age with the English noun, and an age followed by ``at`` (``at the
trial``, ``at arrest``). Rows invented; each fails without its rule."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _aged(lang: str, text: str, part: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(s.label == "AGE_OR_SENTENCE" and s.start <= start and end <= s.end for s in detect(text, lang))


AGE_ANSWERS = [
    ("en", "Interviewer: And her age at the time?\nRespondent: Fifty-two.", "Fifty-two"),
    ("en", "Q: What age is the boy now? A: Eleven, he started school here.", "Eleven"),
    ("en", "interviewer and the age of the lawyer respondent sixty three i believe", "sixty three"),
    # ``at`` after the age: the age at an event, a second age after it
    ("en", "Q: Can you tell me his age? A: Forty at the trial, forty-one now.", "Forty"),
    ("en", "Q: Can you tell me his age? A: Forty at the trial, forty-one now.", "forty-one"),
]


@pytest.mark.parametrize(("lang", "text", "part"), AGE_ANSWERS)
@pytest.mark.parametrize("lower", [False, True])
def test_an_answer_to_an_age_question_is_an_age(lang: str, text: str, part: str, lower: bool) -> None:
    text, part = (text.lower(), part.lower()) if lower else (text, part)
    assert _aged(lang, text, part)


@pytest.mark.parametrize(
    "text",
    [
        "In the age of Telegram, 300 people read every post.",
        "we met at seven at the station, before the march",
        "Q: What age group was the march? A: Students mostly, maybe two hundred at the square.",
    ],
)
def test_age_without_an_age_answer_is_not_masked(text: str) -> None:
    assert not [s for s in detect(text, "en") if s.label == "AGE_OR_SENTENCE"]


# An approximate amount of time right after an approximate word stays an uncertain candidate (masked, released with
# one key): a filter that dropped it (round 10) lost a sentence entity on a set nobody tuned on (dev7x), for one or
# two false spans per set. Time in custody said roughly is still the time someone spent in custody.
ROUGH_DURATIONS = [
    ("ru", "на Володарке она просидела почти четыре месяца, потом этап", "четыре месяца"),
    ("be", "у Жодзіне ён правёў каля трох тыдняў, без перадач", "трох тыдняў"),
    ("en", "they kept her in the detention centre for about six weeks", "six weeks"),
]


@pytest.mark.parametrize(("lang", "text", "part"), ROUGH_DURATIONS)
@pytest.mark.parametrize("lower", [False, True])
def test_an_approximate_duration_stays_an_uncertain_candidate(lang: str, text: str, part: str, lower: bool) -> None:
    text, part = (text.lower(), part.lower()) if lower else (text, part)
    assert _aged(lang, text, part)
    assert all(s.uncertain for s in detect(text, lang) if s.label == "AGE_OR_SENTENCE" and part in s.text)


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("ru", "из пяти лет он отсидел почти три из пяти", "три из пяти"),  # a share: the whole is exact
        ("en", "she served almost two of her three years", "three years"),
        ("ru", "ему дали четыре года колонии, почти ни за что", "четыре года"),
    ],
)
def test_a_share_or_an_exact_term_near_an_approximate_word_stays(lang: str, text: str, part: str) -> None:
    assert _aged(lang, text, part)


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [  # punctuation blanked as speech recognition leaves it: the double blank ends the share before ``па``
        ("be", "ад пачатку да канца  два з двух  па памілаванні не прасіла", "два з двух"),
        ("ru", "сидела от звонка до звонка  три из трёх  помилования не просила", "три из трёх"),
    ],
)
def test_a_share_before_a_dropped_mark_is_a_term(lang: str, text: str, part: str) -> None:
    assert _aged(lang, text, part)


def test_a_share_counting_the_noun_right_after_it_is_not_a_term() -> None:
    assert not _aged("ru", "на суд пришли три из семи человек, остальных не пустили", "три из семи")


GIVEN_INSTEAD = [  # the term given, after a contrast word, against the number the prosecution asked for
    ("en", "The prosecutor wanted nine, but in the end only five, thank God.", "five"),
    ("ru", "Гособвинитель просил десять, но в итоге восемь, и мы выдохнули.", "восемь"),
    ("be", "Пракурор прасіў дванаццаць, але суддзя - адзінаццаць, і ўсё.", "адзінаццаць"),
    # an English word in ``s`` that is no plural does not make the number a count
    ("en", "the prosecutor asked for eight so five was a relief to us", "five"),
    ("en", "the prosecution asked for ten but seven is what she got", "seven"),
]


@pytest.mark.parametrize(("lang", "text", "part"), GIVEN_INSTEAD)
@pytest.mark.parametrize("lower", [False, True])
def test_the_term_given_against_the_one_asked_for_is_masked(lang: str, text: str, part: str, lower: bool) -> None:
    text, part = (text.lower(), part.lower()) if lower else (text, part)
    assert _aged(lang, text, part)


def test_a_count_after_the_number_asked_for_stays_unmasked() -> None:
    assert not _aged("en", "the prosecutor asked for seven but two witnesses refused to come", "two")


GIVEN_BEFORE_THE_VERB = [  # the number before a verb of sentencing, a term said shortly before
    ("ru", "Первый раз было десять суток. Вышел, через неделю снова взяли и ещё двенадцать дали.", "двенадцать"),
    ("be", "Мужу далі тры гады хіміі. А суседу, які стаяў побач, чатыры прысудзілі.", "чатыры"),
    ("ru", "он получил два года колонии. А его другу, который просто стоял рядом, пять впаяли.", "пять"),
]


@pytest.mark.parametrize(("lang", "text", "part"), GIVEN_BEFORE_THE_VERB)
@pytest.mark.parametrize("lower", [False, True])
def test_a_number_before_a_verb_of_sentencing_is_a_term(lang: str, text: str, part: str, lower: bool) -> None:
    text, part = (text.lower(), part.lower()) if lower else (text, part)
    assert _aged(lang, text, part)


def test_a_clock_time_before_the_verb_is_not_a_term() -> None:
    assert not _aged("ru", "Ему дали три года. На суде в 5 дали слово адвокату.", "5")
