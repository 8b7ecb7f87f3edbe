"""Composite names (``detectors/composites.py``, ``bare_articles.py``): a facility or institution type word and
the town that pins it, an institution named after someone, a rural institution under a possessive, a compound
term, an article number before the word for an article. Rows invented, cased and in lower case; each group fails
without its rule, and the decoys (the type word alone, an article of a newspaper, a time ago) stay bare."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _covered(lang: str, text: str, part: str) -> bool:
    """Every character of ``part`` lies under one detected span."""
    start = text.index(part)
    end = start + len(part)
    return any(s.start <= start and end <= s.end for s in detect(text, lang))


def _touched(lang: str, text: str, part: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(s.start < end and start < s.end for s in detect(text, lang))


WHOLE = [  # (language, text, the composite that one span must cover)
    ("ru", "Потом её перевели в ИВС Молодечно на двое суток.", "ИВС Молодечно"),
    ("ru", "Его привезли в ЦИП Бобруйска ночью.", "ЦИП Бобруйска"),
    ("en", "They kept her in the Grodno detention centre for ten days.", "Grodno detention centre"),
    ("en", "then they moved him to the ivs in lida for a night", "ivs in lida"),
    ("be", "Мяне выклікалі з райвыканкама ў Маладзечне.", "райвыканкама ў Маладзечне"),
    ("ru", "Заседание шло в суде Бобруйска весь день.", "суде Бобруйска"),
    ("be", "Начальнік пінскага сізо не пусціў адваката.", "пінскага сізо"),
    ("ru", "Отец всю жизнь работал в колхозе имени Калинина под Лидой.", "колхозе имени Калинина"),
    ("be", "маці працавала ў саўгасе імя кірава", "саўгасе імя кірава"),
    ("be", "яна была ў фапе ў вёсцы Камаровка", "фапе ў вёсцы Камаровка"),
    ("be", "я працавала ў нашым фап усё жыццё", "фап"),
    ("ru", "Ему 293 статью вменили, потом добавили.", "293 статью"),
    ("ru", "осудили по 342-1 статье в конце года", "342-1 статье"),
    ("be", "Яго асудзілі за 369 артыкул.", "369 артыкул"),
    ("ru", "Отсидел я год и четыре месяца в колонии.", "год и четыре месяца"),
]


@pytest.mark.parametrize(("lang", "text", "part"), WHOLE)
def test_composite_is_one_span(lang: str, text: str, part: str) -> None:
    assert _covered(lang, text, part), part
    if text != text.lower():
        assert _covered(lang, text.lower(), part.lower()), part


DECOYS = [  # (language, text, the word that must stay bare)
    ("ru", "Его задержали и привезли в ИВС под утро.", "ИВС"),
    ("ru", "Сизо это место, где никто не спит.", "Сизо"),
    ("ru", "В суде было очень много людей.", "суде"),
    ("ru", "Колония это совсем не курорт.", "Колония"),
    ("ru", "Я прочитала статью в газете про выборы.", "статью"),
    ("ru", "Год и четыре месяца назад я переехала к сестре.", "Год и четыре месяца"),
    ("ru", "Он написал 150 статей для журнала.", "150"),
]


@pytest.mark.parametrize(("lang", "text", "part"), DECOYS)
def test_type_word_alone_stays_bare(lang: str, text: str, part: str) -> None:
    assert not _touched(lang, text, part), part


def test_a_trial_in_a_town_is_no_court_of_the_town() -> None:
    """``на суд в Гомеле`` is the trial, in a town: the town keeps its own span and label; a court joins a
    town only in the genitive (``в суде Новополоцка``)."""
    text = "Вчера Пётр Сокол пришёл на суд в Гомеле."
    spans = detect(text, "ru")
    assert not any(s.start <= text.index("суд") < s.end for s in spans)
    assert any(s.label == "LOCATION" and text[s.start:s.end] == "Гомеле" for s in spans)
