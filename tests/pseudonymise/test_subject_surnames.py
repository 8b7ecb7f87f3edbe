"""The subject-surname slots (``detectors/subject_surnames.py``): a common word that is the subject of a person's
act or a person verb's object. Rows invented for Intake; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

MASK_ROWS = [
    # A capitalised common word opening a sentence, a verb of speech, calling or coming right after it.
    ("ru", "Мы ждали до вечера. Корж позвонил только в девять.", ["Корж"]),
    ("ru", "Топор ответил, что ничего не знает.", ["Топор"]),
    ("be", "Мы чакалі да вечара. Хамяк патэлефанаваў толькі ў дзевяць.", ["Хамяк"]),
    ("ru", "Соловей пообещал, что поможет с адвокатом.", ["Соловей"]),
    # Lower case: a nominative title (or a head and its unit), a common word, then a verb.
    ("ru", "потом прокурор молоток попросил шесть лет", ["молоток"]),
    ("be", "а суддзя тапор сказаў што ўсё ясна", ["тапор"]),
    ("ru", "а начальник колонии дятел нас не пускал", ["дятел"]),
    # Lower case: a person verb's object read as a surname or as an animate accusative of a woman.
    ("ru", "на следующий день допросили синицу и отпустили", ["синицу"]),
    ("ru", "в среду задержали барсук прямо на работе", ["барсук"]),
]

STAY_ROWS = [
    ("ru", "Дуб рос у самого дома.", ["Дуб"]),
    ("ru", "Корж испекли ещё утром.", ["Корж"]),
    ("ru", "Белый снег лежал до апреля.", ["Белый"]),
    ("ru", "Суд сказал, что жалоба не принята.", ["Суд"]),
    ("ru", "Телефон позвонил ночью.", ["Телефон"]),
    ("be", "Аднойчы прыйшоў ліст з калоніі.", ["Аднойчы"]),
    ("ru", "следователь дело открыл сразу", ["дело"]),
    ("ru", "адвокат дома не был неделю", ["дома"]),
    ("ru", "судья суда района огласил решение", ["суда"]),
    ("ru", "следователь блин сказал что ничего не будет", ["блин"]),
    ("ru", "меня вызвал декан и сказал что всё плохо", ["декан"]),
    ("ru", "задержали машину и обыскали дом", ["машину", "дом"]),
    ("ru", "потом вызвали девушку из соседней камеры", ["девушку"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), MASK_ROWS)
def test_common_word_surname_as_a_persons_subject_or_object(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_common_words_with_an_ordinary_reading_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
