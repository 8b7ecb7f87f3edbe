"""Round 17: places in lower-case speech named by a place preposition alone, with no verb of living or moving.

Written for this test from general knowledge, independently of the data files and of any transcript set. The
places are INVENTED village and town names of Belarusian and Russian shapes that no list holds and no
vocabulary knows; the frames are events, meetings and trips (``суд быў у X``, ``аўтобус з X спазніўся``),
not the frames of living or moving that ``place_frames`` rule 1 reads. Each row gives the genitive (after
``з``/``из``/``каля``/``около``) and the locative (after ``у``/``в``). Listed ``ctx`` places after a district,
road or colony noun (``у раёне крупак``) and listed English ``cs`` towns after a trip verb (``drove to bath``)
or, when no English word, after any place preposition, are masked too. Common words stay unmasked
(:data:`STAY`): misspelt common words, app names, abstract nouns, instrumentals of company.
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect

# (genitive, locative) per invented place.
BE_PLACES = """
Жаркаўлян,Жаркаўлянах Лужмят,Лужмятах Кругавеля,Кругавелі Сцяпорны,Сцяпорне Валькуноў,Валькунах
Чаплюкоў,Чаплюках Курмеля,Курмелі Тырчан,Тырчанах Мележы,Мележы Бардзевічак,Бардзевічках
"""
RU_PLACES = """
Жарковлян,Жарковлянах Лужмат,Лужматах Круговеля,Круговеле Степорны,Степорне Валькунов,Валькунах
Чаплюков,Чаплюках Курмеля,Курмеле Тырчан,Тырчанах Мележи,Мележе Бардевичек,Бардевичках
"""
FRAMES = {
    "be": {
        "gen": ("Аўтобус з {} спазніўся.", "Мы сустрэліся каля {} на рынку."),
        "loc": ("Суд быў у {} у сакавіку.", "Потым мітынг у {} разагналі."),
    },
    "ru": {
        "gen": ("Автобус из {} опоздал.", "Мы встретились около {} на рынке."),
        "loc": ("Суд был в {} в марте.", "Потом митинг в {} разогнали."),
    },
}


def renderings() -> list[tuple[str, str, str]]:
    """(language, lower-case text, form) for every form in every frame of its case."""
    out: list[tuple[str, str, str]] = []
    for lang, rows in (("be", BE_PLACES), ("ru", RU_PLACES)):
        for pair in rows.split():
            for case, form in zip(("gen", "loc"), pair.split(","), strict=True):
                out += [(lang, asr_like(frame.format(form)), form.lower()) for frame in FRAMES[lang][case]]
    return out


def _covered(text: str, form: str, lang: str) -> bool:
    lo = text.index(form)
    return any(s.start <= lo and s.end >= lo + len(form) for s in detect(text, lang))


MAX_MISSES = 2  # of 80 (round 16: 50 missed); ``у тырчанах`` reads as an agent noun


def test_invented_places_after_a_place_preposition_are_masked() -> None:
    misses = [text for lang, text, form in renderings() if not _covered(text, form, lang)]
    assert len(misses) <= MAX_MISSES, "\n".join(misses)


ROUTES = [
    ("ru", "от жарковлян до моря шли пешком", "жарковлян"),
    ("ru", "ехали через лужматы на границу", "лужматы"),
    ("be", "ехалі праз валькуны на мяжу", "валькуны"),
]


@pytest.mark.parametrize(("lang", "text", "word"), ROUTES, ids=[t for _, t, _ in ROUTES])
def test_invented_places_on_a_route_are_masked(lang: str, text: str, word: str) -> None:
    assert _covered(text, word, lang)


FOUND = [
    ("ru", "в районе крупок есть лес", "крупок"),
    ("be", "у раёне крупак ёсць лес", "крупак"),
    ("ru", "на окраине поставов строят завод", "поставов"),
    ("be", "у ваколіцах мастоў лес", "мастоў"),
    ("ru", "колония горки строгого режима", "горки"),
    ("en", "i drove to bath on monday", "bath"),
    ("en", "he was held near cork for days", "cork"),
    ("en", "we studied in derby that year", "derby"),
]


@pytest.mark.parametrize(("lang", "text", "word"), FOUND, ids=[t for _, t, _ in FOUND])
def test_listed_places_in_place_frames_are_masked(lang: str, text: str, word: str) -> None:
    assert _covered(text, word, lang)


STAY = [
    ("ru", "в дискорде написал вчера", "дискорде"),
    ("ru", "пошёл в магаз за хлебом", "магаз"),
    ("ru", "он был в стройотряде", "стройотряде"),
    ("be", "каментары ў вайберы ў чаце", "вайберы"),
    ("be", "верш у фэйсбуку пра міліцыянта", "фэйсбуку"),
    ("ru", "как вы пришли в волонтёрство", "волонтёрство"),
    ("ru", "работал в it-компании потом", "it-компании"),
    ("be", "па выхадных з валанцёрамі ў парку", "валанцёрамі"),
    ("ru", "потом в магазние купили хлеб", "магазние"),
    ("ru", "купили в магазне хлеб", "магазне"),
    ("ru", "ждали в коридорре долго", "коридорре"),
    ("ru", "сидели в рестаране вечером", "рестаране"),
    ("be", "ляжаў у бальнцы тыдзень", "бальнцы"),
    ("be", "потым у бальніцэ ляжаў", "бальніцэ"),
    ("be", "ён сядзеў у хаце", "хаце"),
    ("be", "сабраліся каля дзвюхсот чалавек", "дзвюхсот"),
    ("ru", "сидели в кафешке", "кафешке"),
    ("en", "we met in march", "march"),
    ("en", "i came from home", "home"),
    ("en", "she went on to reading the letters", "reading"),
]


@pytest.mark.parametrize(("lang", "text", "word"), STAY, ids=[t for _, t, _ in STAY])
def test_common_words_after_place_prepositions_stay(lang: str, text: str, word: str) -> None:
    lo = text.index(word)
    assert not any(s.label == "LOCATION" and s.start <= lo < s.end for s in detect(text, lang))
