"""Round 13: real public organisations that interviews about Belarus name, in frames (invented people).

The inventory is written from general knowledge (organisations.tsv), not from any transcript set; the rows
render each name mid-sentence, in lower case, in oblique cases and in English, with common-word decoys.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

_CASES = [
    ("ru", "Потом Игнат Сорокин сказал, что {} нам помог.", "Савушкин продукт"),
    ("ru", "Я потом писала в {} несколько раз.", "Парк высоких технологий"),
    ("ru", "потом игнат сказал что {} нам помог.", "белапан"),
    ("ru", "Он долго болел за {} и ездил на матчи.", "Динамо Минск"),
    ("ru", "потом игнат сказал что {} нам помог.", "динамо-брест"),
    ("ru", "Он вступил в {} ещё студентом.", "Объединённую гражданскую партию"),
    ("ru", "Про меня писала {} в тот же день.", "Хартия-97"),
    ("ru", "Её вызвали в профком, она была в {} уже год.", "Свободном профсоюзе металлистов"),
    ("be", "Ён гуляў за {} два сезоны.", "Шахцёр Салігорск"),
    ("be", "Я потым пісала ў {} некалькі разоў.", "Беларускую чыгунку"),
    ("be", "потым ігнат сказаў што {} нам дапамог.", "еўрарадыё"),
    ("en", "Then Ignat Soroka said that {} helped us a lot.", "BBC Russian"),
    ("en", "I worked for {} for years.", "Belarusian Red Cross"),
    ("en", "then ignat said that {} helped us a lot.", "united civil party"),
    ("en", "She wrote to the {} about her son.", "European Parliament"),
]


@pytest.mark.parametrize(("lang", "frame", "name"), _CASES)
def test_listed_organisation_is_masked(lang: str, frame: str, name: str) -> None:
    text = frame.format(name)
    start = text.index(name)
    spans = detect(text, lang)
    assert any(s.start <= start and s.end >= start + len(name) - 3 for s in spans), (text, spans)


_DECOYS = [
    ("ru", "Мы видели зубра в пуще, он стоял у дороги."),
    ("ru", "Мама всегда говорила: говори правду, и всё будет хорошо."),
    ("ru", "я подошла и посмотрела в зеркало."),
    ("be", "Уся грамада вёскі сабралася ля царквы."),
    ("en", "I bought an A1 sheet of paper for the poster."),
]


@pytest.mark.parametrize(("lang", "text"), _DECOYS)
def test_common_word_decoy_is_left(lang: str, text: str) -> None:
    assert not [s for s in detect(text, lang) if s.label == "ORGANISATION"], text


# A capitalised name phrase in apposition after an organisation-kind noun (invented names).
_APPOSITIONS = [
    ("ru", "Я была админом районного чата, Соседи с Заречной, почти год.", "Соседи с Заречной"),
    ("ru", "Мы создали чат Соседи с Заречной.", "Соседи с Заречной"),
    ("ru", "Он вёл канал Лида 24 до ареста.", "Лида 24"),
    ("en", "We started a small group, Letters to Lida, we wrote to prisoners.", "Letters to Lida"),
]


@pytest.mark.parametrize(("lang", "text", "name"), _APPOSITIONS)
def test_name_in_apposition_after_cue(lang: str, text: str, name: str) -> None:
    start = text.index(name)
    assert any(s.start <= start and s.end >= start + len(name) for s in detect(text, lang)), (text, detect(text, lang))


_APPOSITION_DECOYS = [
    ("ru", "Я была в группе, Вера тоже была там.", "Вера тоже"),
    ("en", "I was in the group, Anna Bell was there too.", "Anna Bell was"),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), _APPOSITION_DECOYS)
def test_apposition_needs_a_closed_phrase(lang: str, text: str, phrase: str) -> None:
    start = text.index(phrase)
    assert not any(s.start <= start and s.end >= start + len(phrase) for s in detect(text, lang))
