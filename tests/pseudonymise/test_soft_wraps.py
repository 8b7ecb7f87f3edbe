"""Soft wraps (``wraps.py``): a line break that cuts a sentence (Whisper ends a segment at a pause) is read
like a space by the phrase rules, so a full name, a date, an age, a place cue or an organisation's type noun
said across it stays one phrase. Sentence ends, speaker labels, blank lines, lists of short lines and
unpunctuated speech keep the break as a boundary.

Every row is invented for this file (no sentence or name of an evaluation set).
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.apply import apply_plan
from intake.pseudonymise.detectors.pattern_tokens import split
from intake.pseudonymise.detectors.tokens import tokenize
from intake.pseudonymise.detectors.wraps import soft_wrap
from intake.pseudonymise.plan import Planner, make_plan
from intake.pseudonymise.policy import preset
from intake.pseudonymise.registry import MemoryStore
from tests.pseudonymise.masking import check

# (language, text, the phrase that must be masked whole, line break included)
WRAPPED = [
    ("ru", "Респондент: Моему брату Павлу\nКорниловичу тогда дали три года.", "Павлу\nКорниловичу"),
    ("be", "Рэспандэнт: Мой брат Антось\nЗубрыцкі працаваў на заводзе.", "Антось\nЗубрыцкі"),
    ("en", "Respondent: My cousin Pavel\nKarnilovich was detained that night.", "Pavel\nKarnilovich"),
    ("ru", "Респондент: Его задержали восьмого\nавгуста двадцатого года у вокзала.", "восьмого\nавгуста"),
    ("en", "Respondent: They detained him on the ninth of\nAugust 2020 near the station.", "ninth of\nAugust"),
    ("en", "respondent  they took my brother on the second of\nmarch 2021 at home", "second of\nmarch"),
    ("ru", "Респондент: Она работала в общественном объединении\nПравовая инициатива до ликвидации.",
     "объединении\nПравовая инициатива"),
    ("ru", "Респондент: Родилась я в деревне\nЗалесье под Борисовом, там и росла.", "деревне\nЗалесье"),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), WRAPPED)
def test_a_phrase_cut_by_a_soft_wrap_is_one_span(lang: str, text: str, phrase: str) -> None:
    start = text.index(phrase)
    spans = detect(text, lang)
    assert any(s.start <= start and start + len(phrase) <= s.end for s in spans), [s.text for s in spans]


# (language, text, the word that must be masked with the label)
LABELLED = [
    ("en", "Respondent: I was born in the village of\nZalessie near Barysau, a small place.", "Zalessie", "LOCATION"),
    ("en", "Respondent: My father, who was\n67 at the time, had to sign it.", "67", "AGE_OR_SENTENCE"),
    ("be", "Рэспандэнт: Ёй было ўсяго\nдзевятнаццаць, студэнтка, калі яе забралі.", "дзевятнаццаць",
     "AGE_OR_SENTENCE"),
]


@pytest.mark.parametrize(("lang", "text", "word", "label"), LABELLED)
def test_a_cue_and_its_word_across_a_soft_wrap(lang: str, text: str, word: str, label: str) -> None:
    start = text.index(word)
    assert any(s.start <= start and start + len(word) <= s.end and s.label == label for s in detect(text, lang))


def test_a_sentence_end_a_label_and_a_list_stay_boundaries() -> None:
    check("ru", "Респондент: Вчера приходил Павел.\nКорнилович тоже был у нас.", ["Павел", "Корнилович"], [])
    spans = detect("Респондент: Вчера приходил Павел.\nКорнилович тоже был у нас.", "ru")
    assert not any("\n" in s.text for s in spans)
    spans = detect("Респондент: Это был Павел\nИнтервьюер: Какой Павел?", "ru")
    assert not any("\n" in s.text for s in spans)
    spans = detect("Респондент: Мы объехали города:\nМинск\nГомель\nБрест\nи потом уехали.", "ru")
    assert not any("\n" in s.text for s in spans)


@pytest.mark.parametrize(
    ("text", "soft"),
    [
        ("Мы тогда жили в\nГомеле, у мамы.", True),
        ("Мы тогда жили в Гомеле,\nу мамы на Советской.", True),
        ("She said he turned\nforty-one in the spring.", True),
        ("Мы тогда жили в Гомеле.\nПотом переехали.", False),  # a sentence end
        ("Мы тогда жили в Гомеле\nИнтервьюер: А потом?", False),  # a speaker label
        ("мы тогда жили в гомеле\nінтэрв'юер а потом", False),  # a label word whose colon was blanked
        ("Мы тогда жили в Гомеле\n\nПотом переехали.", False),  # a blank line
        ("Минск\nГомель", False),  # a list of short lines
        ("мы тогда жили в гомеле\nпотом переехали в брест", False),  # unpunctuated: the break may end a sentence
        ("мы тогда жили в\nгомеле у мамы потом", True),  # unpunctuated, but a preposition leaves the phrase open
        ("they took him on the ninth of\naugust near the station", True),
    ],
)
def test_soft_wrap(text: str, soft: bool) -> None:
    assert soft_wrap(text, text.index("\n")) is soft


def test_tokens_and_gaps_read_a_soft_wrap_as_a_space() -> None:
    text = "Нас судил Игорь\nВасилевич, а потом всё.\nАдвокат молчал."
    words = {t.text: t for t in tokenize(text)}
    assert words["Василевич"].spaced and not words["Василевич"].initial
    assert not words["Адвокат"].spaced and words["Адвокат"].initial
    gaps = split(text).gaps
    assert gaps[2] == " " and gaps[6] == ".\n"  # same length: offsets stay exact


def test_a_span_over_a_wrap_is_planned_and_applied_per_segment() -> None:
    segments = ["Рэспандэнт: Мой брат Антось", "Зубрыцкі працаваў на заводзе."]
    plan = make_plan(segments, Planner(preset("strict"), MemoryStore(), "be"), detect)
    assert all("\n" not in i.original for i in plan.items)
    out = [apply_plan(text, plan, k).text for k, text in enumerate(segments)]
    assert "Антось" not in out[0] and "Зубрыцкі" not in out[1]
    assert out[1].endswith(" працаваў на заводзе.")


def test_a_span_holding_a_line_break_inside_one_segment_is_applied_whole() -> None:
    segments = ["Рэспандэнт: Мой брат Антось\nЗубрыцкі працаваў на заводзе."]
    plan = make_plan(segments, Planner(preset("strict"), MemoryStore(), "be"), detect)
    [item] = [i for i in plan.items if i.label == "PERSON"]
    assert item.original == "Антось\nЗубрыцкі"
    assert apply_plan(segments[0], plan).text == f"Рэспандэнт: Мой брат {item.replacement} працаваў на заводзе."


def test_a_kin_title_before_a_wrapped_name_is_no_part_of_it() -> None:
    text = "Respondent: It is a long way from here. Aunt\nMaryna goes there once a month. My aunt is tired."
    check("en", text, ["Maryna"], ["aunt"])


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "You can call me on plus 375, 29 1-2-3-4-5-6-7\nNow she is in prison in Mogilev.", "Now"),
    ("ru", "Это было в 2020\nПотом нас всех отпустили, и мы уехали.", "Потом"),
    ("be", "Нам далі нумар 1-2-3-4-5\nЦяпер мы ведаем, хто гэта быў.", "Цяпер"),
])
def test_a_capital_after_a_segment_ending_in_digits_opens_a_sentence(lang: str, text: str, word: str) -> None:
    """A segment that ends in digits (a phone, a year) ends its sentence as often as not (make demo's export
    once masked ``Now`` as a person): the next segment's capital is no evidence of a name."""
    check(lang, text, [], [word])
