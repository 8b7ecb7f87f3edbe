"""Quasi-identifiers that only the dialogue or the syntax marks: the answer to an age question that names the
person in the dative with an adverb (``age_questions.py``), an article named again after ``по той же``
(``spoken_articles.py``), an English colony ordinal after a verb of transfer in a text with no other word of
detention (``colonies.py``). Rows invented; each group fails without its rule; decoys stay unmasked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _labels(lang: str, text: str, part: str) -> list[str]:
    start = text.index(part)
    end = start + len(part)
    return [s.label for s in detect(text, lang) if s.start < end and start < s.end]


AGE_ANSWERS = [  # (language, text, the answer)
    ("ru", "Интервьюер: Сколько ему тогда было? Респондент: Тридцать семь.", "Тридцать семь"),
    ("ru", "Интервьюер: А сколько тогда Ларисе было? Респондент: Пятьдесят два, она уже на пенсии.", "Пятьдесят два"),
    ("be", "Інтэрв'юер: Колькі ёй цяпер споўнілася? Рэспандэнт: Сорак тры.", "Сорак тры"),
    ("ru", "Интервьюер: Сколько тебе уже исполнилось? Респондент: Девятнадцать.", "Девятнадцать"),
    # the person before ``сколько``, or no verb, the question mark closing it
    ("ru", "Интервьюер: А внучке сколько сейчас? Респондент: Восемь, во второй класс пошла.", "Восемь"),
    ("be", "Інтэрв'юер: А сыну колькі цяпер? Рэспандэнт: Дванаццаць.", "Дванаццаць"),
    ("ru", "Интервьюер: А сколько им тогда? Респондент: Пять и одиннадцать.", "одиннадцать"),
    # the unit word of the question ends it: ``гадоў — дваццаць`` is no approximate ``гадоў дваццаць``
    ("be", "Інтэрв'юер: А колькі яму гадоў — Рэспандэнт: Трыццаць чатыры.", "Трыццаць чатыры"),
    ("be", "а колькі ёй гадоў — трыццаць чатыры", "трыццаць чатыры"),
]


@pytest.mark.parametrize(("lang", "text", "part"), AGE_ANSWERS)
@pytest.mark.parametrize("lower", [False, True])
def test_the_answer_to_a_dative_age_question_is_an_age(lang: str, text: str, part: str, lower: bool) -> None:
    text, part = (text.lower(), part.lower()) if lower else (text, part)
    assert "AGE_OR_SENTENCE" in _labels(lang, text, part)


COUNT_ANSWERS = [  # counts of people or things answer ``сколько их было``: no age
    ("ru", "Интервьюер: Сколько их тогда было? Респондент: Тридцать семь.", "Тридцать семь"),
    ("ru", "Интервьюер: Сколько раз было такое? Респондент: Девятнадцать.", "Девятнадцать"),
    ("be", "Інтэрв'юер: Колькі людзей тады было? Рэспандэнт: Сорак тры.", "Сорак тры"),
    ("ru", "Интервьюер: А сколько сейчас времени? Респондент: Шесть.", "Шесть"),
    ("ru", "Ну ему лет сорок пять, не больше.", "сорок пять"),  # approximate: no exact age
]


@pytest.mark.parametrize(("lang", "text", "part"), COUNT_ANSWERS)
def test_the_answer_to_a_count_question_is_no_age(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" not in _labels(lang, text, part)


SAME_ARTICLE = [  # (language, text, the number)
    ("ru", "Сначала штраф, а через месяц опять протокол по той же двадцать четыре двадцать три.",
     "двадцать четыре двадцать три"),
    ("be", "Потым зноў суд па той жа дваццаць чатыры дваццаць тры, ужо арышт.", "дваццаць чатыры дваццаць тры"),
    ("ru", "Второй раз судили по той же семнадцать один.", "семнадцать один"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "part"), SAME_ARTICLE)
@pytest.mark.parametrize("lower", [False, True])
def test_an_article_named_again_after_the_same_is_masked(lang: str, text: str, part: str, lower: bool) -> None:
    text = text.lower() if lower else text
    assert "AGE_OR_SENTENCE" in _labels(lang, text, part)


SAME_DECOYS = [  # the same road, price or shift: a count or a unit follows
    ("ru", "Мы шли по той же дороге двадцать минут.", "двадцать"),
    ("ru", "Продавали по той же цене, двести пятьдесят рублей.", "двести пятьдесят"),
    ("ru", "Работали по той же схеме двадцать четыре часа.", "двадцать четыре"),
]


@pytest.mark.parametrize(("lang", "text", "part"), SAME_DECOYS)
def test_the_same_road_or_price_is_no_article(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" not in _labels(lang, text, part)


MOVED = [  # (text, the ordinal)
    ("They sent my husband to the twelfth, and I went there every month.", "twelfth"),
    ("In March he was transferred to the fourteenth near Babruisk.", "fourteenth"),
    ("Then they moved him from the twentieth.", "twentieth"),
    ("For two years he was held in the sixth, near Vitebsk.", "sixth"),
]


@pytest.mark.parametrize(("text", "part"), MOVED)
@pytest.mark.parametrize("lower", [False, True])
def test_an_ordinal_after_a_transfer_verb_is_a_colony(text: str, part: str, lower: bool) -> None:
    text = text.lower() if lower else text
    assert "DETENTION" in _labels("en", text, part)


MOVED_DECOYS = [  # dates, a floor, a time, the first
    ("They moved the hearing to the twelfth of June.", "twelfth"),
    ("We moved to the fourth floor after that.", "fourth"),
    ("He was moved on the sixth of May.", "sixth"),
    ("She was in the first and I was not.", "first"),
    ("They sent it again, for the third time.", "third"),
]


@pytest.mark.parametrize(("text", "part"), MOVED_DECOYS)
def test_dates_floors_and_the_first_are_no_colony(text: str, part: str) -> None:
    assert "DETENTION" not in _labels("en", text, part)
