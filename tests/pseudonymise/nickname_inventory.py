"""An inventory of nickname practice in Belarusian prisons, camps and circles of friends, written for Intake from
general knowledge (no evaluation set): nicknames from traits, roles, animals and surnames; the constructions
that give a nickname in Russian, Belarusian and English; and the positions a nickname takes later alone.

:func:`documents` renders short documents: a person introduced by name, a nickname given by one naming
construction, then one later mention of the nickname alone. :func:`decoys` renders documents where the same
common words stand as common words and no nickname is given.
"""

from __future__ import annotations

from dataclasses import dataclass

# gender|nominative|genitive|accusative|instrumental (Russian, Belarusian); English: the word only.
RU_NICKS = """
m|Рыжий|Рыжего|Рыжего|Рыжим
m|Лысый|Лысого|Лысого|Лысым
m|Малой|Малого|Малого|Малым
m|Борода|Бороды|Бороду|Бородой
f|Кнопка|Кнопки|Кнопку|Кнопкой
m|Очкарик|Очкарика|Очкарика|Очкариком
m|Мелкий|Мелкого|Мелкого|Мелким
m|Профессор|Профессора|Профессора|Профессором
m|Студент|Студента|Студента|Студентом
m|Доктор|Доктора|Доктора|Доктором
m|Ёжик|Ёжика|Ёжика|Ёжиком
m|Лис|Лиса|Лиса|Лисом
m|Кот|Кота|Кота|Котом
m|Грач|Грача|Грача|Грачом
m|Жучок|Жучка|Жучка|Жучком
f|Белка|Белки|Белку|Белкой
m|Молчун|Молчуна|Молчуна|Молчуном
f|Сова|Совы|Сову|Совой
m|Художник|Художника|Художника|Художником
m|Кузнечик|Кузнечика|Кузнечика|Кузнечиком
"""
BE_NICKS = """
m|Руды|Рудога|Рудога|Рудым
m|Малы|Малога|Малога|Малым
m|Барада|Барады|Бараду|Барадой
m|Вожык|Вожыка|Вожыка|Вожыкам
f|Кнопка|Кнопкі|Кнопку|Кнопкай
m|Прафесар|Прафесара|Прафесара|Прафесарам
m|Доктар|Доктара|Доктара|Доктарам
m|Студэнт|Студэнта|Студэнта|Студэнтам
f|Вавёрка|Вавёркі|Вавёрку|Вавёркай
m|Кот|Ката|Ката|Катом
m|Лысы|Лысага|Лысага|Лысым
m|Жучок|Жучка|Жучка|Жучком
"""
EN_NICKS = "Red Doc Bear Shorty Professor Fox Curly Tiny Owl Moose Skinny Buddy".split()

PEOPLE = {
    "ru": {"m": "Андрей Ковалёв", "f": "Ольга Жук"},
    "be": {"m": "Алесь Жук", "f": "Вольга Міхалевіч"},
    "en": {"m": "Andrei Kovalev", "f": "Olga Zhuk"},
}

# Naming constructions: {nom}/{ins} the nickname, {him} the object pronoun, {he} the subject, {his} ``у
# него``. Key: a short label for the measurement.
RU_NAMING = {
    "все звали nom": "Все звали {him} {nom}.",
    "все звали ins": "В отряде все звали {him} {ins}.",
    "по кличке": "Сидел там один по кличке {nom}, это и есть {first}.",
    "кличка у него была": "Кличка у {his} была {nom}.",
    "прозвали ins": "В колонии {him} прозвали {ins}.",
    "мы называли ins": "Мы {him} {ins} называли.",
    "для нас просто": "Для нас {he} просто {nom}.",
    "X — так звали": "{nom} — так {him} в отряде звали.",
    "на зоне звали": "На зоне {him} звали {nom}.",
    "позывной": "Позывной у {his} был {nom}.",
    "погоняло": "Погоняло у {his} было {nom}.",
    "знали как": "В камере {him} все знали как {nom}.",
    "между собой ins": "Между собой мы {him} звали {ins}.",
    "зовут nom": "Друзья {him} до сих пор зовут {nom}.",
}
BE_NAMING = {
    "мянушка ў яго": "Мянушка ў {his} была {nom}.",
    "усе клікалі nom": "Усе клікалі {him} {nom}.",
    "мы звалі ins": "Мы звалі {him} {ins}.",
    "па мянушцы": "Сядзеў там адзін па мянушцы {nom}, гэта і ёсць {first}.",
    "для нас проста": "Для нас {he} проста {nom}.",
    "у атрадзе звалі": "У атрадзе {him} звалі {nom}.",
    "X, так звалі": "{nom}, так {him} усе звалі.",
    "празвалі ins": "У калоніі {him} празвалі {ins}.",
}
EN_NAMING = {
    "we called": "We called {him} {nom}.",
    "everyone called": "Everyone in the camp called {him} {nom}.",
    "nicknamed": "{He} was nicknamed {nom}.",
    "knew as": "Everyone knew {him} as {nom}.",
    "as we called": "{nom}, as we called {him}, never complained.",
    "went by": "In the camp {he} went by {nom}.",
    "nickname was": "{His} nickname was {nom}.",
}
# Later mentions of the nickname alone: {nom} {gen} {acc} {ins}; ``lower`` writes the nickname in lower case.
RU_LATER = {
    "subject mid": "Сейчас {nom} сидит в Шклове.",
    "subject start": "{nom} пишет нам редко.",
    "object": "Мы ждём {acc} домой.",
    "с ins": "Мы с {ins} передавали письма.",
    "у gen": "У {gen} трое детей.",
    "про acc": "Я писала про {acc} в газету.",
    "possessive gen": "Жена {gen} приезжала на свидание.",
    "lower mid": "Сейчас {nom_l} сидит в Шклове.",
    "lower with": "Мы с {ins_l} передавали письма.",
}
BE_LATER = {
    "subject mid": "Цяпер {nom} сядзіць у Шклове.",
    "subject start": "{nom} піша нам рэдка.",
    "object": "Мы чакаем {acc} дадому.",
    "з ins": "Мы з {ins} перадавалі лісты.",
    "у gen": "У {gen} трое дзяцей.",
    "пра acc": "Я пісала пра {acc} у газету.",
    "possessive gen": "Жонка {gen} прыязджала на спатканне.",
    "lower mid": "Цяпер {nom_l} сядзіць у Шклове.",
}
EN_LATER = {
    "subject mid": "Now {nom} is in Shklov.",
    "subject start": "{nom} writes to us rarely.",
    "object": "We are waiting for {nom} to come home.",
    "with": "I went with {nom} to the court.",
    "possessive": "{nom}'s wife came to the visit.",
    "about": "I wrote about {nom} to a newspaper.",
}
PRONOUNS = {
    ("ru", "m"): {"him": "его", "he": "он", "his": "него", "He": "Он", "His": "Его"},
    ("ru", "f"): {"him": "её", "he": "она", "his": "неё", "He": "Она", "His": "Её"},
    ("be", "m"): {"him": "яго", "he": "ён", "his": "яго", "He": "Ён", "His": "Яго"},
    ("be", "f"): {"him": "яе", "he": "яна", "his": "яе", "He": "Яна", "His": "Яе"},
    ("en", "m"): {"him": "him", "he": "he", "his": "his", "He": "He", "His": "His"},
    ("en", "f"): {"him": "her", "he": "she", "his": "her", "He": "She", "His": "Her"},
}
INTRO = {
    "ru": "{name} сидит по политической статье с 2021 года.",
    "be": "{name} сядзіць па палітычным артыкуле з 2021 года.",
    "en": "{name} has been in prison on a political charge since 2021.",
}


@dataclass(frozen=True)
class Doc:
    """One rendered document: its text, the nickname's mentions (start, end) and what it measures."""

    lang: str
    text: str
    mentions: tuple[tuple[int, int], ...]
    naming: str
    later: str
    nick: str


def _nicks(lang: str) -> list[tuple[str, dict[str, str]]]:
    if lang == "en":
        return [("m" if i % 3 else "f", dict.fromkeys(("nom", "gen", "acc", "ins"), w)) for i, w in enumerate(EN_NICKS)]
    rows = (RU_NICKS if lang == "ru" else BE_NICKS).split()
    return [(g, {"nom": n, "gen": ge, "acc": a, "ins": i}) for g, n, ge, a, i in (r.split("|") for r in rows)]


def _render(lang: str, gender: str, forms: dict[str, str], naming: str, later: str) -> tuple[str, list[str]]:
    """The text with the nickname marked by ``\x00...\x01`` around each mention."""
    name = PEOPLE[lang][gender]
    slots = dict(PRONOUNS[(lang, gender)], first=name.split()[0])
    marked = {k: f"\x00{v}\x01" for k, v in forms.items()}
    marked |= {f"{k}_l": f"\x00{v.lower()}\x01" for k, v in forms.items()}
    text = " ".join((INTRO[lang].format(name=name), naming.format(**slots, **marked), later.format(**marked)))
    return text, [name]


def _unmark(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    out, mentions, start = [], [], 0
    for ch in text:
        if ch == "\x00":
            start = len("".join(out))
        elif ch == "\x01":
            mentions.append((start, len("".join(out))))
        else:
            out.append(ch)
    return "".join(out), tuple(mentions)


def documents() -> list[Doc]:
    """About 150 documents: every naming construction and every later position, nicknames in turn."""
    out: list[Doc] = []
    sets = (("ru", RU_NAMING, RU_LATER), ("be", BE_NAMING, BE_LATER), ("en", EN_NAMING, EN_LATER))
    for lang, namings, laters in sets:
        nicks = _nicks(lang)
        k = 0
        for nkey, naming in namings.items():
            for lkey in list(laters)[: 6 if lang != "en" else 5]:
                gender, forms = nicks[k % len(nicks)]
                k += 1
                lk = lkey if lang == "en" or k % 3 else ("lower mid" if "lower mid" in laters else lkey)
                raw, _ = _render(lang, gender, forms, naming, laters[lk])
                text, mentions = _unmark(raw)
                out.append(Doc(lang, text, mentions, nkey, lk, forms["nom"]))
    return out


DECOYS = [
    ("ru", "Андрей Ковалёв сидит с 2021 года. У него была рыжая борода, её сбрили в СИЗО.", ["борода", "рыжая"]),
    ("ru", "Ольга Жук вышла в марте. Дома её ждал кот, он спал на подоконнике.", ["кот"]),
    ("ru", "Андрей Ковалёв болел. Доктор в колонии не приходил неделю.", ["Доктор"]),
    ("ru", "Ольга Жук рисовала открытки, художник из соседнего отряда помогал ей.", ["художник"]),
    ("ru", "Андрей Ковалёв рассказывал, как белка прыгала по забору промзоны.", ["белка"]),
    ("ru", "Андрей Ковалёв сидит с 2021 года. Малой ещё был, когда отца посадили.", []),
    ("be", "Алесь Жук сядзіць з 2021 года. У яго была рудая барада, яе згалілі ў СІЗА.", ["барада"]),
    ("be", "Вольга Міхалевіч выйшла ў сакавіку. Дома яе чакаў кот.", ["кот"]),
    ("be", "Алесь Жук хварэў. Доктар у калоніі не прыходзіў тыдзень.", ["доктар"]),
    ("en", "Andrei Kovalev has been in prison since 2021. He had a red beard and a bear of a laugh.", ["red", "bear"]),
    ("en", "Olga Zhuk came home in March. The doc at the colony never came.", ["doc"]),
]
