"""Inventory of nicknames that are common words (animals, objects, traits, shortened surnames) in Russian,
Belarusian and English, each rendered in one invented transcript: the nickname stated, then mentioned in
person slots (must be masked), then used as the thing far from those mentions (must stay).

Every word and sentence is invented for this file (no row of an evaluation set)."""

from __future__ import annotations

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect

# (nominative, genitive) of Russian nicknames.
RU = [
    ("лис", "лиса"),
    ("кот", "кота"),
    ("жук", "жука"),
    ("волк", "волка"),
    ("барсук", "барсука"),
    ("сыч", "сыча"),
    ("бобёр", "бобра"),
    ("хомяк", "хомяка"),
    ("гвоздь", "гвоздя"),
    ("молоток", "молотка"),
    ("утюг", "утюга"),
    ("лом", "лома"),
    ("шкаф", "шкафа"),
    ("грач", "грача"),
    ("шмель", "шмеля"),
    ("ёрш", "ерша"),
    ("сухарь", "сухаря"),
    ("пончик", "пончика"),
    ("кабан", "кабана"),
    ("лось", "лося"),
    ("борода", "бороды"),
    ("белка", "белки"),
    ("муха", "мухи"),
    ("сова", "совы"),
    ("щука", "щуки"),
    ("пуля", "пули"),
    ("шайба", "шайбы"),
    ("гиря", "гири"),
    ("косичка", "косички"),
    ("кнопка", "кнопки"),
]
BE = [
    ("жук", "жука"),
    ("чыж", "чыжа"),
    ("воўк", "воўка"),
    ("бусел", "бусла"),
    ("вожык", "вожыка"),
    ("молат", "молата"),
    ("цвік", "цвіка"),
    ("сякера", "сякеры"),
    ("пчала", "пчалы"),
    ("сава", "савы"),
    ("барсук", "барсука"),
    ("зубр", "зубра"),
    ("шуба", "шубы"),
    ("рыжык", "рыжыка"),
    ("камар", "камара"),
]
EN = [
    "bear",
    "fox",
    "moose",
    "hammer",
    "brick",
    "badger",
    "beaver",
    "spoon",
    "rocket",
    "walrus",
    "pebble",
    "biscuit",
    "turnip",
    "anvil",
    "owl",
]
RU_FRAMES = [
    "Моего соседа Андрея во дворе все звали {nom}. Вчера {nom} позвонил мне. Я долго сидел у {gen} дома. "
    "Потом мы говорили о погоде, о работе и о детях. На стене у соседей висела большая картина, "
    "и на ней был нарисован этот {nom}.",
]
BE_FRAMES = [
    "Майго суседа Андрэя ўсе клікалі {nom}. Учора {nom} патэлефанаваў мне. Я доўга сядзеў у {gen} дома. "
    "Потым мы гаварылі пра надвор'е, пра працу і пра дзяцей. На сцяне ў суседзяў вісела вялікая карціна, "
    "і на ёй быў намаляваны гэты {nom}.",
]
EN_FRAMES = [
    "My neighbour Andrei was known as {nom}. Yesterday {nom} told me about the trial. I stayed with {nom} "
    "for a week. Then we talked about the weather, about work and about the children. On the wall of the "
    "kitchen hung an old painting of a {nom}.",
]


def rows() -> list[tuple[str, str, list[tuple[int, int]], list[tuple[int, int]]]]:
    """(language, text, person mentions, thing mentions) for every nickname and frame."""
    out = []
    for lang, words, frames in (("ru", RU, RU_FRAMES), ("be", BE, BE_FRAMES), ("en", [(w, w) for w in EN], EN_FRAMES)):
        for nom, gen in words:
            for frame in frames:
                text = frame.format(nom=nom, gen=gen)
                out.append((lang, text, *_mentions(text, frame, nom, gen)))
    return out


def _mentions(text: str, frame: str, nom: str, gen: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The offsets of the person mentions (all but the last) and of the thing (the last)."""
    spots, pos = [], 0
    while True:
        a, b = frame.find("{nom}", pos), frame.find("{gen}", pos)
        starts = [x for x in (a, b) if x >= 0]
        if not starts:
            break
        pos = min(starts) + 5
        spots.append(nom if pos - 5 == a else gen)
    out, at = [], 0
    for surface in spots:
        start = text.index(surface, at)
        while start > 0 and text[start - 1].isalpha():
            start = text.index(surface, start + 1)
        out.append((start, start + len(surface)))
        at = start + len(surface)
    return out[:-1], out[-1:]


def counts(lowercase: bool) -> tuple[int, int, int, int]:
    """(person mentions masked, person mentions, thing mentions masked, thing mentions)."""
    hit = total = false = things = 0
    for lang, text, persons, decoys in rows():
        text = asr_like(text) if lowercase else text
        spans = detect(text, lang)
        masked = [(s.start, s.end) for s in spans]
        hit += sum(any(a < e and s < b for s, e in masked) for a, b in persons)
        false += sum(any(a < e and s < b for s, e in masked) for a, b in decoys)
        total, things = total + len(persons), things + len(decoys)
    return hit, total, false, things
