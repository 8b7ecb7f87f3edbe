"""Round 15: one-word places no list has, named in a frame of living, moving or origin, in lower case.

Written for this test from general knowledge, independently of the data files and of any transcript set:
real small Belarusian villages, agro-towns, suburbs and rivers the gazetteer does not list, foreign towns
of exile it does not list (Polish, German), invented village names of Belarusian shapes, and listed English
towns that are frequent English words (``cs``: ``Reading``, ``Bath``, ``Cork``, ``Derby``). Each row gives
the genitive (after ``з``/``из``/``from``) and the locative (after ``у``/``в``/``in``); every form is put in
every frame of its case and language, cased and as unpunctuated lower-case speech (``asr_like``), and counts
as found when a span of any label covers it. Common words after the same prepositions stay unmasked
(:data:`STAY`). The remaining misses are bounded.
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect

# (genitive, locative) per place; Belarusian, Russian, Latin.
BE_PLACES = """
Крэва,Крэве Жупранаў,Жупранах Суботнікаў,Суботніках Трабаў,Трабах Дудутак,Дудутках Цны,Цне Гатава,Гатаве
Прылук,Прылуках Бараўлян,Бараўлянах Ратамкі,Ратамцы Кабыльніка,Кабыльніку Будслава,Будславе Камаёў,Камаях
Опсы,Опсе Іказні,Іказні Мосара,Мосары Ельні,Ельні Празарок,Празароках Серабранкі,Серабранцы
Дзевятоўкі,Дзевятоўцы Вішняўца,Вішняўцы Фолюша,Фолюшы Лошы,Лошы Гервят,Гервятах Індуры,Індуры Гожы,Гожы
Крынак,Крынках Кухціч,Кухцічах Тонежа,Тонежы Альшан,Альшанах Моталя,Моталі Лагішына,Лагішыне
Сокулкі,Сокулцы Отвацка,Отвацку Гёрліца,Гёрліцы Котбуса,Котбусе Тюбінгена,Тюбінгене
Дубравіч,Дубравічах Каржоўкі,Каржоўцы Лазоўшчыны,Лазоўшчыне Сасноўска,Сасноўску Бярэзіна,Бярэзіне
Крывава,Крываве Мокрані,Мокрані Гарбач,Гарбачах Жалудкова,Жалудкове Ліпыны,Ліпыне
"""
RU_PLACES = """
Жупран,Жупранах Суботников,Суботниках Дудуток,Дудутках Боровлян,Боровлянах Ратомки,Ратомке
Кобыльника,Кобыльнике Будслава,Будславе Опсы,Опсе Мосара,Мосаре Девятовки,Девятовке Фолюша,Фолюше
Индуры,Индуре Крынок,Крынках Тонежа,Тонеже Ольшан,Ольшанах Моталя,Мотале Логишина,Логишине
Сокулки,Сокулке Отвоцка,Отвоцке Пясечно,Пясечно Воломина,Воломине Гёрлица,Гёрлице Котбуса,Котбусе
Грайфсвальда,Грайфсвальде Тюбингена,Тюбингене Дубровичей,Дубровичах Каржовки,Каржовке
Лазовщины,Лазовщине Мокрани,Мокрани Горбачей,Горбачах Желудково,Желудково
"""
EN_PLACES = "reading bath cork derby gorlitz cottbus greifswald passau otwock piaseczno wolomin sokolka"

FRAMES = {
    "be": {
        "gen": ("Ён родам з {}, там і школу скончыў.", "Мы пераехалі з {} ў Мінск.", "Бабуля жыла каля {}."),
        "loc": ("Ён жыў у {} шмат гадоў.", "Яна нарадзілася ў {}.", "Мы жылі ў {} да вайны."),
    },
    "ru": {
        "gen": ("Он родом из {}, там и школу закончил.", "Мы переехали из {} в Минск.",
                "Бабушка жила около {}."),
        "loc": ("Он жил в {} много лет.", "Она родилась в {}.", "Мы жили в {} до войны."),
    },
    "en": {
        "loc": ("We moved to {} in 2021.", "She lives in {} now.", "He was born in {} and grew up there.",
                "They fled to {} after the arrests.", "My aunt comes from {} originally.",
                "They rented a flat near {} for a year."),
    },
}


def renderings() -> list[tuple[str, str, str]]:
    """(language, text, form) for every form in every frame of its case, cased and lower case."""
    out: list[tuple[str, str, str]] = []
    for lang, rows in (("be", BE_PLACES), ("ru", RU_PLACES)):
        for pair in rows.split():
            for case, form in zip(("gen", "loc"), pair.split(","), strict=True):
                out += [(lang, frame.format(form), form) for frame in FRAMES[lang][case]]
    for word in EN_PLACES.split():
        form = word.capitalize()
        out += [("en", frame.format(form), form) for frame in FRAMES["en"]["loc"]]
    return out + [(lang, asr_like(text), form.lower()) for lang, text, form in out]


def _covered(text: str, form: str, lang: str) -> bool:
    lo = text.index(form)
    return any(s.start <= lo and s.end >= lo + len(form) for s in detect(text, lang))


def inventory_misses() -> list[str]:
    return [text for lang, text, form in renderings() if not _covered(text, form, lang)]


# Misses left (round 15): bounded, and printed on failure.
MAX_MISSES = 33  # common words that name villages: суботнікі, цна, гожы, крынкі, горбачи


def test_unlisted_places_in_frames_are_masked() -> None:
    misses = inventory_misses()
    assert len(misses) <= MAX_MISSES, "\n".join(misses)


STAY = [
    ("be", "ён жыў у бядзе ўсё жыццё", "бядзе"),
    ("be", "потым мы пераехалі ў інтэрнат", "інтэрнат"),
    ("be", "яна жыла ў страху", "страху"),
    ("be", "мы былі ў алеся дома", "алеся"),
    ("be", "ён нарадзіўся ў вёсцы", "вёсцы"),
    ("be", "мы жылі ў абшчазе", "абшчазе"),
    ("be", "ён родам з сям'і настаўнікаў", "сям'і"),
    ("ru", "он жил в общаге", "общаге"),
    ("ru", "мы переехали в однушку", "однушку"),
    ("ru", "он жил в нищете", "нищете"),
    ("ru", "он родом из деревни", "деревни"),
    ("ru", "залип в тиктоке вчера", "тиктоке"),
    ("ru", "пошёл в магаз за хлебом", "магаз"),
    ("ru", "мы жили в коммуналке", "коммуналке"),
    ("ru", "он родился в рубашке", "рубашке"),
    ("en", "they lived in poverty for years", "poverty"),
    ("en", "we moved in together last year", "together"),
    ("en", "he was born in time for christmas", "time"),
    ("en", "she lives in hope", "hope"),
    ("en", "he was tired from reading all night", "reading"),
    ("en", "she came back from bath time", "bath"),
    ("en", "we moved to reading glasses", "reading"),
]


@pytest.mark.parametrize(("lang", "text", "word"), STAY, ids=[t for _, t, _ in STAY])
def test_common_words_after_place_frames_stay(lang: str, text: str, word: str) -> None:
    lo = text.index(word)
    assert not any(s.label == "LOCATION" and s.start <= lo < s.end for s in detect(text, lang))
