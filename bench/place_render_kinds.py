"""Renderers for ``place_renderings.py``: invented toponyms of each suffix class, list towns and decoys.

A toponym is an invented stem (random syllables, so no list can hold it) plus a suffix class of
Belarusian, Russian, Polish, Lithuanian and Latvian place names, inflected for the preposition before it
(``у Лапцевічах``, ``из Бурковки``, ``near Zharnovichy``). A decoy is a common word of the same shape after
the same preposition (``в командировке``, ``у вёсцы``, ``near the border``): any mask on it is a false
positive. Every renderer returns ``(surface, carrier)``: the carrier holds ``{}`` where the surface goes.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# role -> carrier sentences; ``{}`` is "preposition name" (a carrier opening with ``{}`` puts the phrase at
# a sentence start, so the preposition is capitalised).
CARRIERS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "in": ("Я вырос {}, там до сих пор живёт бабушка.", "Мама работала учительницей {} почти двадцать лет.",
               "{} у нас был дом, его потом продали.", "Летом мы всегда ездили к деду, он жил {}.",
               "ну и вот {} нас и задержали прямо у магазина"),
        "from": ("Брат {}, он туда вернулся после армии.", "{} до границы было часа два на машине.",
                 "Моя жена родом {}, мы там и познакомились.", "а я сам {} если честно"),
        "near": ("Дача у нас была {}, на самой речке.", "Лагерь стоял {}, в лесу.",
                 "{} есть старое кладбище, там похоронен дед."),
        "to": ("Мы доехали {} только к ночи.", "Автобус ходит {} два раза в день.", "{} мы добирались пешком."),
        "cue": ("Я вырос {}, там до сих пор живёт бабушка.", "Нас задержали {} прямо у магазина."),
        "bare": ("{} — это деревня километрах в двадцати от нас.", "Ну а {} тогда была совсем маленькой."),
    },
    "be": {
        "in": ("Я вырас {}, там і цяпер жыве бабуля.", "Мама працавала настаўніцай {} амаль дваццаць год.",
               "{} у нас была хата, яе потым прадалі.", "Улетку мы заўсёды ездзілі да дзеда, ён жыў {}.",
               "ну і вось {} нас і затрымалі каля крамы"),
        "from": ("Брат {}, ён туды вярнуўся пасля войска.", "{} да мяжы было гадзіны дзве на машыне.",
                 "Мая жонка родам {}, мы там і пазнаёміліся.", "а я сам {} калі шчыра"),
        "near": ("Лецішча ў нас было {}, на самай рэчцы.", "Лагер стаяў {}, у лесе.",
                 "{} ёсць старыя могілкі, там пахаваны дзед."),
        "to": ("Мы даехалі {} толькі ўначы.", "Аўтобус ходзіць {} два разы на дзень.", "{} мы дабіраліся пешшу."),
        "cue": ("Я вырас {}, там і цяпер жыве бабуля.", "Нас затрымалі {} каля крамы."),
        "bare": ("{} — гэта вёска кіламетраў за дваццаць ад нас.", "Ну а {} тады была зусім маленькая."),
    },
    "en": {
        "in": ("I grew up {}, my grandmother still lives there.", "My mother taught at a school {} for twenty years.",
               "{} we had a house, we sold it later.", "so yeah {} they detained us right by the shop"),
        "from": ("My brother is {}, he went back after the army.", "{} it was two hours to the border by car.",
                 "My wife comes {}, that is where we met."),
        "near": ("We had a summer house {}, right on the river.", "The camp stood {}, in the forest."),
        "to": ("We only got {} at night.", "The bus goes {} twice a day."),
        "cue": ("I grew up {}, my grandmother still lives there.", "They detained us {} by the shop."),
        "bare": ("{} is a village twenty kilometres from us.", "Well, {} was tiny back then."),
    },
}
PREPOSITIONS = {
    "ru": {"in": ("в",), "from": ("из",), "near": ("под", "около", "возле"), "to": ("до",),
           "cue": ("в деревне", "в посёлке", "в городе", "в агрогородке", "в местечке"), "bare": ("",)},
    "be": {"in": ("у", "ў"), "from": ("з",), "near": ("пад", "каля", "ля"), "to": ("да",),
           "cue": ("у вёсцы", "у пасёлку", "у горадзе", "у аграгарадку", "у мястэчку"), "bare": ("",)},
    "en": {"in": ("in",), "from": ("from",), "near": ("near", "outside"), "to": ("to",),
           "cue": ("in the village of", "in the town of", "in the village"), "bare": ("",)},
}
GENITIVE_ROLES = ("from", "near", "to")  # roles whose Slavic preposition takes the genitive (``под``: instr.)

# Suffix classes: for each language and grammatical slot, the endings a name of the class may show.
# Slots: ``loc`` after в/у, ``gen`` after из/з/до/да/около/каля/ля/возле, ``ins`` after под/пад.
SUFFIXES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "ICHI": {"ru": {"loc": ("ичах",), "gen": ("ичей",), "ins": ("ичами",)},
             "be": {"loc": ("ічах",), "gen": ("ічаў", "іч"), "ins": ("ічамі",)},
             "en": {"any": ("ichy", "ichi", "icze", "ičy")}},
    "OVKA": {"ru": {"loc": ("овке", "евке"), "gen": ("овки", "евки"), "ins": ("овкой",)},
             "be": {"loc": ("аўцы", "ёўцы"), "gen": ("аўкі", "ёўкі"), "ins": ("аўкай",)},
             "en": {"any": ("ovka", "auka", "ivka", "ówka")}},
    "OVO": {"ru": {"loc": ("ово", "ове", "ино", "ине", "ево"), "gen": ("ова", "ино", "ево"), "ins": ("овом", "ином")},
            "be": {"loc": ("ава", "аве", "іна", "іне", "ева"), "gen": ("ава", "іна"), "ins": ("авам", "інам")},
            "en": {"any": ("ovo", "ava", "ino", "ina", "owo", "evo")}},
    "SK": {"ru": {"loc": ("ске", "цке"), "gen": ("ска", "цка"), "ins": ("ском",)},
           "be": {"loc": ("ску", "цку"), "gen": ("ска", "цка"), "ins": ("скам",)},
           "en": {"any": ("sk", "tsk", "ysk")}},
    "POL": {"ru": {"loc": ("поле",), "gen": ("поля",), "ins": ("полем",)},
            "be": {"loc": ("палі",), "gen": ("паля",), "ins": ("палем",)},
            "en": {"any": ("pol", "pil")}},
    "GORODOK": {"ru": {"loc": ("городке",), "gen": ("городка",), "ins": ("городком",)},
                "be": {"loc": ("гарадку",), "gen": ("гарадка",), "ins": ("гарадком",)},
                "en": {"any": ("haradok", "gorodok")}},
    "ISHKI": {"ru": {"loc": ("ишках",), "gen": ("ишек",), "ins": ("ишками",)},
              "be": {"loc": ("ішках",), "gen": ("ішак",), "ins": ("ішкамі",)},
              "en": {"any": ("iškės", "ishki", "iszki")}},
    "BALTIC": {"ru": {"loc": ("яй", "пилсе", "няй"), "gen": ("яй", "пилса"), "ins": ("пилсом",)},
               "be": {"loc": ("яй", "пілсе"), "gen": ("яй", "пілса"), "ins": ("пілсам",)},
               "en": {"any": ("iai", "ai", "pils", "ava", "iškis")}},
    "POLISH": {"ru": {"loc": ("ице", "уве", "ове"), "gen": ("ице", "ува", "ова"), "ins": ("увом",)},
               "be": {"loc": ("іцэ", "ове"), "gen": ("іцэ", "ува"), "ins": ("увам",)},
               "en": {"any": ("ice", "ów", "owo", "ówek", "yce")}},
}
PLACE_KINDS = (*SUFFIXES, "COLLECTIVE")
# Prefixed neuter collectives of a landscape noun (Заречье, Залессе, Падгор'е): prefixes and roots.
PREFIXES = ("за", "под", "при", "над")
BE_PREFIXES = ("за", "пад", "пры", "над")
RU_ROOTS = ("реч", "лес", "болот", "луж", "гор", "озер", "мост", "дубров", "берез", "руч")
BE_ROOTS = ("рэчч", "лесс", "балоцц", "лужж", "гор'", "азер'", "масц", "дуброў'", "бярэзз", "руч'")
LATIN_ROOTS = ("rech", "less", "bolot", "luzh", "hor", "ozer", "most", "dubrov", "berez", "ruch")


def render_collective(language: str, rng: random.Random) -> tuple[str, str]:
    """An invented prefixed collective (``из Заболотья``, ``у Падазер'і``, ``near Zaluzhye``)."""
    role = rng.choice(tuple(CARRIERS[language]))
    prep, carrier = _carrier(language, role, rng)
    slot = "loc" if role in ("in", "cue", "bare") and prep.lower() not in ("под", "пад") else _slot(role, prep.lower())
    if language == "ru":
        name = rng.choice(PREFIXES) + rng.choice(RU_ROOTS) + {"loc": "ье", "gen": "ья", "ins": "ьем"}[slot]
    elif language == "be":
        root = rng.choice(BE_ROOTS)
        hard = root.endswith(("чч", "жж"))
        ending = {"loc": "ы" if hard else "і", "gen": "а" if hard else "я", "ins": "ем"}[slot]
        name = rng.choice(BE_PREFIXES) + root + (ending if role not in ("cue", "bare") else "е" if not hard else "а")
    else:
        name = rng.choice(("za", "pod", "pry", "nad")) + rng.choice(LATIN_ROOTS) + rng.choice(("ye", "ie", "ya"))
    name = name[0].upper() + name[1:]
    return name, _place(carrier, prep)

_CONS = "бвгджзклмнпрстхцчш"
_VOW = "аоуеи"
_LATIN = dict(zip("абвгдежзиклмнопрстуфхцчш", "abvgdezhziklmnoprstufkhcčš", strict=False))
_LATIN.update({"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "е": "e", "и": "i"})


def stem(rng: random.Random) -> str:
    """An invented Russian-looking stem of two or three syllables, closed by a consonant."""
    syllables = rng.choice((2, 2, 3))
    return "".join(rng.choice(_CONS) + rng.choice(_VOW) for _ in range(syllables)) + rng.choice("лнрвдкмт")


def be_stem(ru: str) -> str:
    """The Belarusian spelling of an invented stem: akanye and Belarusian letters."""
    out = ru.replace("о", "а").replace("и", "і")
    for hard in "жшчцр":
        out = out.replace(hard + "і", hard + "ы")
    return out


def latin_stem(ru: str) -> str:
    return "".join(_LATIN.get(c, c) for c in ru)


NOMINATIVE = {"ICHI": ("ичи", "ічы"), "OVKA": ("овка", "аўка"), "OVO": ("ово", "ава"), "SK": ("ск", "ск"),
              "POL": ("поль", "паль"), "GORODOK": ("городок", "гарадок"), "ISHKI": ("ишки", "ішкі"),
              "BALTIC": ("яй", "пілс"), "POLISH": ("ице", "іцэ")}


COMMON_ENDINGS = ("а", "ица", "ка", "ок")  # endings of the common words an invented stem may hit


def _real_word(word: str) -> bool:
    """pymorphy3 knows ``word`` or its Russian spelling (the invented stem hit a real word)."""
    from intake.pseudonymise.detectors.namelex import russian_reading

    return bool(russian_reading(word.replace("і", "и"))[1].known)


def _slot(role: str, prep: str) -> str:
    if role == "in":
        return "loc"
    return "ins" if prep in ("под", "пад") else "gen"


def _carrier(language: str, role: str, rng: random.Random) -> tuple[str, str]:
    prep = rng.choice(PREPOSITIONS[language][role])
    carrier = rng.choice(CARRIERS[language][role])
    if carrier.startswith("{}") and prep:
        prep = prep[0].upper() + prep[1:]
    return prep, carrier


def _place(carrier: str, prep: str) -> str:
    """The carrier with ``prep`` before the name's slot (none for a bare name)."""
    return carrier.replace("{}", prep + " {}", 1) if prep else carrier


CUED_ROLES = ("in", "from", "near", "to", "cue")  # the roles where a preposition or cue noun leads the name


def render_place(kind: str, language: str, rng: random.Random, roles: tuple[str, ...] = ()) -> tuple[str, str]:
    """An invented toponym of suffix class ``kind`` after a place preposition in a carrier sentence (or with
    no cue: role ``bare``); ``roles``: draw only from these."""
    role = rng.choice(roles or tuple(CARRIERS[language]))
    prep, carrier = _carrier(language, role, rng)
    root = stem(rng)
    while any(_real_word(root + e) or _real_word(be_stem(root) + e) for e in (*NOMINATIVE[kind], *COMMON_ENDINGS)):
        root = stem(rng)  # an invented name, not a word that exists (``маковица``)
    if language == "en":
        name = latin_stem(root) + rng.choice(SUFFIXES[kind]["en"]["any"])
    else:
        base = be_stem(root) if language == "be" else root
        if role in ("cue", "bare"):
            name = base + NOMINATIVE[kind][language == "be"]
        else:
            name = base + rng.choice(SUFFIXES[kind][language][_slot(role, prep.lower())])
    name = name[0].upper() + name[1:]
    return name, _place(carrier, prep)


# Towns from the world list, as a speaker inflects them after each preposition (list coverage).
WORLD: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("в", "Хелме"), ("из", "Хелма"), ("в", "Даугавпилсе"), ("в", "Брно"), ("в", "Тарту"), ("в", "Утрехте"),
           ("из", "Кошалина"), ("в", "Ополе"), ("в", "Зелёной Гуре"), ("из", "Алитуса"), ("в", "Елгаве"),
           ("в", "Пярну"), ("из", "Зугдиди"), ("в", "Гётеборге"), ("в", "Эйндховене"), ("в", "Тампере"),
           ("в", "Линце"), ("из", "Манчестера"), ("в", "Остраве"), ("в", "Ровно"), ("в", "Лейпциге"),
           ("в", "Гнезно"), ("из", "Марьямполе"), ("в", "Вентспилсе"), ("в", "Корке"), ("в", "Эспоо")),
    "be": (("у", "Хэлме"), ("з", "Хэлма"), ("у", "Даўгаўпілсе"), ("у", "Брне"), ("у", "Тарту"), ("ва", "Утрэхце"),
           ("з", "Кашаліна"), ("у", "Аполе"), ("у", "Зялёнай Гуры"), ("з", "Алітуса"), ("у", "Елгаве"),
           ("у", "Пярну"), ("з", "Зугдзідзі"), ("у", "Гётэборгу"), ("у", "Эйндховене"), ("у", "Тамперэ"),
           ("у", "Лінцы"), ("з", "Манчэстэра"), ("у", "Остраве"), ("у", "Роўна"), ("у", "Лейпцыгу"),
           ("у", "Гнезна"), ("з", "Марыямпале"), ("у", "Вентспілсе"), ("у", "Корку"), ("у", "Эспоо")),
    "en": (("in", "Chełm"), ("from", "Chelm"), ("in", "Daugavpils"), ("in", "Brno"), ("in", "Tartu"), ("in", "Utrecht"),
           ("from", "Koszalin"), ("in", "Opole"), ("in", "Zielona Góra"), ("from", "Alytus"), ("in", "Jelgava"),
           ("in", "Pärnu"), ("from", "Zugdidi"), ("in", "Gothenburg"), ("in", "Eindhoven"), ("in", "Tampere"),
           ("in", "Linz"), ("from", "Manchester"), ("in", "Ostrava"), ("in", "Rivne"), ("in", "Leipzig"),
           ("in", "Gniezno"), ("from", "Marijampolė"), ("in", "Ventspils"), ("in", "Cork"), ("in", "Espoo")),
}


def render_world(language: str, rng: random.Random) -> tuple[str, str]:
    prep, name = rng.choice(WORLD[language])
    role = "from" if prep in ("из", "з", "from") else "in"
    carrier = rng.choice([c for c in CARRIERS[language][role] if not c.startswith("{}")])
    return name, carrier.replace("{}", prep + " {}", 1)


# Common words after the same prepositions, many with a toponym's suffix (``в командировке``, ``в кино``).
DECOYS: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("в", "командировке"), ("в", "кладовке"), ("на", "остановке"), ("из", "упаковки"), ("в", "кино"),
           ("в", "отпуске"), ("в", "поиске"), ("в", "лесу"), ("из", "дома"), ("до", "вечера"), ("около", "школы"),
           ("в", "деревне"), ("под", "окном"), ("в", "слове"), ("из", "тюрьмы"), ("возле", "подъезда"),
           ("в", "подготовке"), ("в", "городе"), ("на", "женщине"), ("в", "шишках"), ("из", "кармана"),
           ("под", "столом"), ("в", "голодовке"), ("до", "утра"), ("в", "сарай"), ("в", "канаве")),
    "be": (("у", "камандзіроўцы"), ("на", "прыпынку"), ("з", "упакоўкі"), ("у", "кіно"), ("у", "адпачынку"),
           ("у", "вёсцы"), ("у", "лесе"), ("з", "хаты"), ("да", "вечара"), ("каля", "школы"), ("пад", "акном"),
           ("у", "слове"), ("з", "турмы"), ("ля", "пад'езда"), ("у", "горадзе"), ("на", "трэніроўцы"),
           ("з", "кішэні"), ("пад", "сталом"), ("у", "галадоўцы"), ("да", "раніцы"), ("у", "хляве"),
           ("у", "канаве"), ("каля", "мяжы"), ("з", "работы"), ("у", "войску"), ("у", "вязніцы")),
    "en": (("in", "the kitchen"), ("near", "the border"), ("outside", "the building"), ("from", "the police"),
           ("in", "office"), ("to", "justice"), ("in", "practice"), ("from", "service"), ("in", "lava"),
           ("to", "the station"), ("in", "prison"), ("near", "the river"), ("from", "work"), ("in", "the village"),
           ("in", "silence"), ("to", "the embassy"), ("outside", "the court"), ("in", "the forest")),
}


def render_decoy(language: str, rng: random.Random) -> tuple[str, str]:
    prep, word = rng.choice(DECOYS[language])
    role = rng.choice(tuple(r for r in CARRIERS[language] if r not in ("cue", "bare")))
    carrier = rng.choice([c for c in CARRIERS[language][role] if not c.startswith("{}")])
    return word, carrier.replace("{}", prep + " {}", 1)


Renderer = Callable[[str, random.Random], tuple[str, str]]
RENDERERS: dict[str, Renderer] = {
    **{kind: (lambda language, rng, k=kind: render_place(k, language, rng)) for kind in SUFFIXES},
    "COLLECTIVE": render_collective,
    "WORLD": render_world,
    "DECOY": render_decoy,
}
