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
