"""Every Belarusian place of detention in the forms people use, inside invented carrier sentences.

The inventory is public knowledge of the Belarusian penitentiary system (colonies, remand prisons,
prisons, temporary holding, labour-treatment and open-type facilities); the carriers are invented. Each
rendering must be masked (any label: a mask protects, the label is secondary), in cased and lower-case text.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

# (language, carrier with {} for the facility, facility surface)
_RU_CARRIERS = ("Мой брат сейчас {}, пишет редко.", "После суда его отправили {}, там строгий режим.")
_BE_CARRIERS = ("Мой брат цяпер {}, піша рэдка.", "Пасля суда яго адправілі {}, там строгі рэжым.")
_EN_CARRIERS = ("My brother is now {}, he rarely writes.", "After the trial he was sent {}, the regime is strict.")

# numbered designators (ru, be, en)
_NUMBERED_RU = ("в ИК-{n}", "в ИК {n}", "в ИК № {n}", "в колонии № {n}", "в исправительной колонии номер {n}",
                "в СИЗО-{n}", "в СИЗО № {n}", "в тюрьме № {n}", "в ЛТП-{n}", "в ИУОТ-{n}")
_NUMBERED_BE = ("у ІК-{n}", "у калоніі № {n}", "у папраўчай калоніі нумар {n}", "у СІЗА-{n}", "у турме № {n}",
                "у ЛТП-{n}")
_NUMBERED_EN = ("in IK-{n}", "in penal colony No. {n}", "in penal colony number {n}", "in SIZO-{n}",
                "in prison No. {n}", "in correctional colony No. {n}")
_COLONY_NUMBERS = (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 17, 19, 20, 22, 24)

# named prisons and their oblique cases
_NAMED_RU = ("на Володарке", "в Володарку", "из Володарки", "на Окрестина", "на Окрестино", "в Американке",
             "из Американки", "в Американку", "в Пищаловском замке", "в Пищаловский замок", "в Волчьих норах",
             "в Волчьи норы", "в СИЗО КГБ", "в ЦИП на Окрестина", "в ИВС на Окрестина", "в Новинках")
_NAMED_BE = ("на Валадарцы", "з Валадаркі", "на Акрэсціна", "у Амерыканцы", "з Амерыканкі", "у Пішчалаўскім замку",
             "у Воўчых норах", "у СІЗА КДБ", "у Навінках")
_NAMED_EN = ("in Valadarka", "at Volodarka", "at Akrestsina", "at Okrestina", "in the Amerikanka",
             "in the KGB pre-trial detention centre", "at Pishchalauski Castle", "in the Wolves' Burrows")

# slang numbers and bare ordinals (the carrier speaks of a colony)
_SLANG_RU = ("на двойке", "на тройке", "на пятёрке", "на восьмёрке", "на девятке", "на пятнашке", "на семнашке",
             "на двадцатке", "в третьей", "на пятнадцатой", "в семнадцатой", "в двадцать второй")
_SLANG_BE = ("на двойцы", "на тройцы", "на дзявятцы", "на пятнашцы", "на сямнашцы", "у трэцяй", "на пятнаццатай",
             "у сямнаццатай", "у дваццаць другой")
# 11-20 as ``-цатка`` nouns, in their cases (round 13)
_TEENS_RU = ("на пятнадцатке", "в одиннадцатке", "на двенадцатке", "в тринадцатку", "из четырнадцатки",
             "на шестнадцатке", "в семнадцатке", "на восемнадцатке", "в девятнадцатку", "на двадцатке")
_TEENS_BE = ("у пятнаццатцы", "на адзінаццатцы", "у дванаццатку", "з трынаццаткі", "на чатырнаццатцы",
             "у шаснаццатцы", "на сямнаццатцы", "у васямнаццатку", "з дзевятнаццаткі", "на дваццатцы")
_SLANG_EN = ("in the seventeenth", "at the fifteenth", "in the third", "on Pyatnashka", "at Semnashka")
# oblique cases of slang, ordinals, colony towns and town adjectives (the carrier speaks of a colony)
_OBLIQUE_RU = ("из пятнашки", "в пятнашку", "с семнашки", "в двойку", "с тройки", "на четвёрке", "на десятке",
               "на восьмёрке", "из третьей", "с пятнадцатой", "из Шклова", "в Ивацевичи", "в Витьбу",
               "из Новополоцка", "в Глубокое", "в Горках", "из Горок", "в Новосёлки", "в Новосёлках",
               "в жодинской тюрьме", "в гродненскую тюрьму", "в Брестском СИЗО", "в Витебский централ",
               "на Володарского", "в СИЗО на Володарского", "в Пищаловку", "в бобруйской колонии",
               "в шкловской колонии", "в горецкой колонии", "в новополоцкой колонии", "в Витьбе", "в Заречье")
_OBLIQUE_BE = ("з пятнашкі", "на пятнашку", "з сямнашкі", "у двойку", "з тройкі", "на чацвёрцы", "на дзясятцы",
               "з трэцяй", "з пятнаццатай", "са Шклова", "у Івацэвічы", "у Віцьбу", "з Наваполацка",
               "у Глыбокае", "у Горках", "з Горак", "у Навасёлках", "у жодзінскай турме", "у гродзенскай турме",
               "у брэсцкім СІЗА", "у Віцебскі цэнтрал", "на Валадарскага", "у Пішчалаўскі замак", "у Амерыканку",
               "у шклоўскай калоніі", "у горацкай калоніі", "у Зарэччы", "у Віцьбе")
_OBLIQUE_EN = ("moved to the fifteenth", "transferred to Shklov", "transferred to Horki", "sent to Navapolatsk",
               "moved to Ivatsevichi", "in Hrodna prison No. 1", "at Valadarka prison", "moved from the seventeenth",
               "transferred to Vitba", "at Amerykanka", "at the Zhodzina prison", "sent to Novosyolki")
_COLONY_CARRIERS = {
    "ru": "Его осудили, в колонию этапировали. Сейчас он {}, пишет редко.",
    "be": "Яго асудзілі, у калонію этапавалі. Цяпер ён {}, піша рэдка.",
    "en": "He was sentenced and sent to a penal colony. Now he is {}, he rarely writes.",
}

# a town standing for its colony or prison after a verb of detention
_TOWNS_RU = ("сидит в Шклове", "этапировали в Горки", "перевели в Новополоцк", "сидит в Глубоком",
             "отбывает в Ивацевичах", "сидит в Жодино", "отбывает в Витьбе", "сидит в Заречье",
             "сидит в Могилёве в колонии", "отбывает срок в Бобруйске", "сидит в Орше", "сидит в Мозыре",
             "сидит в Гомеле в колонии", "сидит в Волковыске", "сидит в Речице", "сидит в Светлогорске",
             "сидит в Барановичах")
_TOWNS_BE = ("адбывае ў Віцьбе", "сядзіць у Шклове", "этапавалі ў Горкі", "перавялі ў Наваполацк",
             "сядзіць у Глыбокім", "адбывае ў Івацэвічах", "сядзіць у Жодзіна", "сядзіць у Ваўкавыску",
             "сядзіць у Рэчыцы", "адбывае тэрмін у Бабруйску")
_TOWNS_EN = ("serving in Horki", "held in Shklou", "serving time in Navapolatsk", "held in Ivatsevichy",
             "serving in Vitba", "held in Zhodzina", "serving in Hlybokaye")
_TOWN_CARRIERS = {"ru": "Мой брат {}, пишет редко.", "be": "Мой брат {}, піша рэдка.", "en": "My brother is {} now."}


def _target(surface: str) -> str:
    """The name part of a rendering: what must be masked (prepositions and verbs may stay)."""
    words = surface.split()
    skip = {"в", "у", "ў", "на", "из", "з", "in", "at", "on", "the", "сидит", "этапировали", "перевели",
            "отбывает", "срок", "адбывае", "сядзіць", "этапавалі", "перавялі", "тэрмін", "serving", "held",
            "time", "колонии", "с", "са", "moved", "transferred", "sent", "to", "from"}
    while words and words[0].lower() in skip:
        words = words[1:]
    if len(words) > 2 and words[-1] in ("колонии",):
        words = words[:-2]
    if len(words) > 1 and words[-1] in ("prison", "No.", "1"):
        words = words[:1]
    return " ".join(words)


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for lang, forms in (("ru", _NUMBERED_RU), ("be", _NUMBERED_BE), ("en", _NUMBERED_EN)):
        carriers = {"ru": _RU_CARRIERS, "be": _BE_CARRIERS, "en": _EN_CARRIERS}[lang]
        for k, form in enumerate(forms):
            for j, n in enumerate(_COLONY_NUMBERS[k % 3 :: 3]):
                rows.append((lang, carriers[j % 2], form.format(n=n)))
    for lang, forms in (("ru", _NAMED_RU), ("be", _NAMED_BE), ("en", _NAMED_EN)):
        carriers = {"ru": _RU_CARRIERS, "be": _BE_CARRIERS, "en": _EN_CARRIERS}[lang]
        rows += [(lang, carriers[k % 2], form) for k, form in enumerate(forms)]
    for lang, forms in (("ru", _SLANG_RU + _TEENS_RU), ("be", _SLANG_BE + _TEENS_BE), ("en", _SLANG_EN)):
        rows += [(lang, _COLONY_CARRIERS[lang], form) for form in forms]
    for lang, forms in (("ru", _OBLIQUE_RU), ("be", _OBLIQUE_BE), ("en", _OBLIQUE_EN)):
        rows += [(lang, _COLONY_CARRIERS[lang].replace("он {}", "его перевели {}").replace("ён {}", "яго перавялі {}")
                  .replace("he is {}", "he was {}"), form) for form in forms]
    for lang, forms in (("ru", _TOWNS_RU), ("be", _TOWNS_BE), ("en", _TOWNS_EN)):
        rows += [(lang, _TOWN_CARRIERS[lang], form) for form in forms]
    return rows


ROWS = _rows()


def _masked(text: str, lang: str, target: str) -> bool:
    start = text.index(target)
    spans = detect(text, lang)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(target)) if text[i] != " ")


def misses(lower: bool) -> list[str]:
    """Every rendering whose name is not fully masked (for the report and the tests)."""
    out = []
    for lang, carrier, form in ROWS:
        text = carrier.format(form)
        target = _target(form)
        if lower:
            text, target = text.lower(), target.lower()
        if not _masked(text, lang, target):
            out.append(f"{lang}{' lc' if lower else ''}: {text}  [{target}]")
    return out


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
def test_every_facility_masked(lower: bool) -> None:
    assert misses(lower) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ru", "новинки техники мы смотрели в магазине"), ("ru", "Новинки этого года нам понравились")],
)
def test_novelties_left(lang: str, text: str) -> None:
    """``новинки`` (novelties) without a place cue or capital inside a sentence is no hospital."""
    assert not any(s.label == "DETENTION" for s in detect(text, lang))


# every slang number stem (ru, be) in its case forms, in a text with no colony word: only a prison word near it
_SLANG_STEMS_RU = ("двойк", "тройк", "четвёрк", "пятёрк", "шестёрк", "семёрк", "восьмёрк", "девятк", "десятк",
                   "одиннашк", "двенашк", "тринашк", "пятнашк", "семнашк", "двадцатк")
_SLANG_STEMS_BE = ("двойк", "тройк", "чацвёрк", "пяцёрк", "шасцёрк", "сямёрк", "васьмёрк", "дзявятк", "дзясятк",
                   "пятнашк", "сямнашк", "дваццатк")
_CASES_RU = (("сидел на {}е, в отряде", "е"), ("этапировали на {}у", "у"), ("вернулся из {}и, отбывал",
             "и"), ("перевели с {}и в барак", "и"))
_CASES_BE = (("сядзеў на {}е, у атрадзе", "е"), ("перавялі ў {}у", "у"), ("вярнуўся з {}і, адбываў", "і"))


def _be_locative(stem: str) -> str:
    """Belarusian locative: ``к`` becomes ``ц`` (``на чацвёрцы``)."""
    return stem[:-1] + "цы"


def _slang_rows() -> list[tuple[str, str, str]]:
    rows = []
    for stem in _SLANG_STEMS_RU:
        rows += [("ru", "Он " + c.format(stem[:-1] + "к"), stem + end) for c, end in _CASES_RU]
    for stem in _SLANG_STEMS_BE:
        for carrier, end in _CASES_BE:
            surface = _be_locative(stem) if end == "е" else stem + end
            rows.append(("be", "Ён " + carrier.replace("{}" + end, surface), surface))
    return rows


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
def test_slang_numbers_by_a_prison_word(lower: bool) -> None:
    """A slang number after a preposition, a verb of serving or a prison word nearby: a colony."""
    missed = []
    for lang, text, surface in _slang_rows():
        text = text.lower() if lower else text
        if not _masked(text, lang, surface.lower() if lower else surface):
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ru", "Он был на двойке по математике, сидел весь урок."), ("ru", "Мы жили в трёшке на окраине."),
     ("ru", "Пятёрка за экзамен, он сидел и радовался."), ("ru", "Десятки людей сидят, из десятков тысяч."),
     ("be", "Мы жылі ў трёшцы, потым пераехалі."), ("ru", "поехали на тройке по городу")],
)
def test_slang_decoys_left(lang: str, text: str) -> None:
    """A school mark, a flat or a count is no colony."""
    assert not any(s.label == "DETENTION" for s in detect(text, lang))
