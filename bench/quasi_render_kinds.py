"""Renderers for ``quasi_renderings.py``: one function per kind, ``(language, rng) -> (surface, carrier)``.

Kinds: AGE, TERM (sentence lengths, shares, restatements), ARTICLE, DATE, FACILITY, and DECOY (numbers of the
same shapes that identify nobody: durations that are not sentences, counts, money, clock times, years,
ordinals of floors and classes). The carrier holds ``{}`` where the surface goes. Every carrier sentence and
every name below is invented for this bench (none is copied from an evaluation set); public domain.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from quasi_speech import amount, cardinal, genitive, ordinal, unit

Renderer = Callable[[str, random.Random], tuple[str, str]]

_NAMES = {
    "ru": ["Тимофей Гурин", "Зоя Мельник", "Олег Савчук", "Инна Голуб", "Артём Кривец", "Вера Шульга"],
    "be": ["Тарас Гутнік", "Алеся Кулік", "Андрэй Шаўчук", "Ніна Жук", "Сцяпан Лазар"],
    "en": ["Taras Hutnik", "Olesya Kulik", "Pavel Zhurau", "Nina Sauchuk", "Maksim Lazar"],
}
_TOWNS = {"ru": ["Лиды", "Бреста", "Пинска", "Слонима"], "be": ["Ліды", "Бярозы", "Пінска"],
          "en": ["Lida", "Pinsk", "Slonim", "Bierazino"]}


def _pick(rng: random.Random, options: list[str]) -> str:
    return rng.choice(options)


def _fill(carrier: str, rng: random.Random, lang: str) -> str:
    return carrier.replace("<N>", _pick(rng, _NAMES[lang])).replace("<T>", _pick(rng, _TOWNS[lang]))


# ---------------------------------------------------------------- ages
_AGE_BARE = {
    "ru": ["ему {}, он учился на втором курсе", "мне было {}, когда всё началось", "ей тогда исполнилось {}.",
           "сейчас ей {} и она боится звонков", "в свои {} он ни разу не был за границей",
           "<N>, {}, из <T>, сидит за комментарий", "сыну {}, он понимает, что папы нет",
           "а ей, ну, {}, она пенсионерка", "маме было {} когда её забрали", "Мужу исполнилось {} в колонии.",
           "мне {} уезжать страшно", "ей {} работать надо", "старшему {}, а младшей шесть"],
    "be": ["яму {}, ён студэнт", "мне было {}, калі ўсё пачалося", "ёй тады споўнілася {}.",
           "цяпер ёй {} і яна баіцца званкоў", "<N>, {}, з <T>, сядзіць за каментар", "сыну {}, ён усё разумее",
           "мужу было {} калі яго забралі", "мне {} вярнуцца хачу", "ёй {} працаваць трэба",
           "старэйшаму {}, а малодшай шэсць"],
    "en": ["she was {} when they came", "he's {} now and still inside", "my son is {}, he understands",
           "<N>, {}, from <T>, was detained in May", "he turned {} in the colony.", "I was {} at the time",
           "her father is {} and has a bad heart", "She was\n{} when she was arrested.", "he is {}"],
}
_AGE_UNIT = {
    "ru": ["ему {}, он студент", "мне {}, я из Гомеля", "в {} его забрали прямо с пар",
           "ей было {} когда её задержали", "<N>, {}, учительница из <T>"],
    "be": ["яму {}, ён студэнт", "мне {}, я з Магілёва", "у {} яго забралі проста з пар",
           "<N>, {}, настаўніца з <T>"],
    "en": ["he was {} when they took him", "I'm {} and I left in 2021", "<N>, {}, a teacher from <T>",
           "at {} she was the oldest in the cell"],
}


def age(lang: str, rng: random.Random) -> tuple[str, str]:
    n = rng.randint(14, 85)
    if rng.random() < 0.5:
        return amount(n, lang, rng), _fill(rng.choice(_AGE_BARE[lang]), rng, lang)
    carrier = _fill(rng.choice(_AGE_UNIT[lang]), rng, lang)
    if lang == "en":
        if carrier.startswith("at "):
            return amount(n, lang, rng), carrier
        style = rng.random()
        if style < 0.4:
            return f"{n}-year-old" if rng.random() < 0.5 else f"{cardinal(n, lang)}-year-old", \
                rng.choice(["a {} was beaten in the van", "they sentenced a {} from <T>".replace("<T>", "Lida")])
        return f"{amount(n, lang, rng)} years", carrier.replace("{}", "{} old")  # the unit is the span's end
    if carrier.startswith(("в {}", "у {}")):
        return f"{amount(n, lang, rng)} {'лет' if lang == 'ru' else 'гадоў'}", carrier
    if rng.random() < 0.25:  # a compound adjective in the genitive: девятнадцатилетнего, 19-гадовага
        return _compound_age(n, lang, rng), _COMPOUND_CARRIERS[lang]
    return f"{amount(n, lang, rng)} {unit(n, 'year', lang)}", carrier


_COMPOUND_CARRIERS = {"ru": "задержали {} студента прямо на парах", "be": "затрымалі {} студэнта проста на парах"}


def _compound_age(n: int, lang: str, rng: random.Random) -> str:
    tail = "летнего" if lang == "ru" else "гадовага"
    if rng.random() < 0.5 or n % 10 == 1:  # ``-одно-`` joins a compound (not the genitive): digits here
        return f"{n}-{tail}"
    return (genitive(n) if lang == "ru" else _be_genitive(n)).replace(" ", "") + tail


_BE_GEN_TENS = {20: "дваццаці", 30: "трыццаці", 40: "сарака", 50: "пяцідзесяці", 60: "шасцідзесяці",
                70: "сямідзесяці", 80: "васьмідзесяці", 90: "дзевяноста"}


def _be_genitive(n: int) -> str:
    if n < 10:
        return _BE_GEN[n]
    if n < 20:
        return cardinal(n, "be")[:-1] + "і"  # дзевятнаццаць -> дзевятнаццаці
    return _BE_GEN_TENS[n - n % 10] + (_BE_GEN[n % 10] if n % 10 else "")


# ---------------------------------------------------------------- terms
_TERM_CARRIERS = {
    "ru": ["ему дали {} по политической статье", "получил {} и уехал в Шклов", "он отсидел {} от звонка до звонка",
           "суд дал {}, а прокурор просил больше", "приговор: {}.", "в итоге {} колонии",
           "{} усиленного режима, как у всех",
           "{} общего режима за репост", "брату присудили {} за донат", "её осудили на {}",
           "дали {} ареста, я их провела на Окрестина"],
    "be": ["яму далі {} за каментар", "атрымаў {} і паехаў у калонію", "ён адсядзеў {} ад званка да званка",
           "суд даў {}, а пракурор прасіў больш", "прысуд: {}.", "у выніку {} калоніі", "{} узмоцненага рэжыму",
           "брату прысудзілі {} за данат", "далі {} арышту, я іх правяла на Акрэсціна"],
    "en": ["he got {} for a comment", "she was sentenced to {} in a penal colony", "he served {} and left for Riga",
           "the court gave him {}, the prosecutor wanted more", "the verdict was {}.",
           "they gave my brother {} for a donation", "{} of administrative arrest", "{} in a medium-security colony"],
}
_HALF = {"ru": "с половиной", "be": "з паловай", "en": "and a half"}


def _term_amount(lang: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        n = rng.randint(1, 15)
        return f"{amount(n, lang, rng)} {unit(n, 'year', lang)}"
    if roll < 0.6:
        n = rng.randint(2, 9)
        if lang == "en":
            return f"{cardinal(n, lang)} and a half years"
        tail = "года" if lang == "ru" else "гады"
        said = f"{cardinal(n, lang)} {_HALF[lang]}"
        return f"{said} {tail}" if rng.random() < 0.7 else said
    if roll < 0.7:
        return {"ru": "полтора года", "be": "паўтара года", "en": "a year and a half"}[lang]
    if roll < 0.85:
        n = rng.randint(3, 90)
        return f"{amount(n, lang, rng)} {unit(n, 'month', lang)}"
    n = rng.choice([5, 7, 10, 12, 13, 15, 20, 25, 30])
    return f"{amount(n, lang, rng)} {unit(n, 'day', lang)}"


_SHARE = {
    "ru": ["он отсидел {}, осталось немного", "уже {} позади", "отбыл {} и ждёт"],
    "be": ["ён адсядзеў {}, засталося крыху", "ужо {} ззаду", "адбыў {} і чакае"],
    "en": ["he has served {} so far", "she did {}, then the pardon"],
}
_OF = {"ru": "из", "be": "з", "en": "out of"}
_BE_GEN = ["", "аднаго", "двух", "трох", "чатырох", "пяці", "шасці", "сямі", "васьмі", "дзевяці"]
_RESTATE = {
    "ru": "дали {y}, это {} , я посчитала", "be": "далі {y}, гэта {}, я палічыла",
    "en": "he got {y}, that's {} in total",
}
_BARE = {
    "ru": ["дали {}, как и просил прокурор", "а получил он {}, представляете", "отсидел все {}, без помилования"],
    "be": ["далі {}, як і прасіў пракурор", "адсядзеў усе {}, без памілавання"],
    "en": ["they gave him {}, like the prosecutor asked", "he served all {}, no pardon"],
}


def term(lang: str, rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.6:
        return _term_amount(lang, rng), rng.choice(_TERM_CARRIERS[lang])
    if roll < 0.72:  # a share: served of the whole
        done, whole = sorted(rng.sample(range(1, 9), 2))
        first = cardinal(done, lang) + (f" {_HALF[lang]}" if rng.random() < 0.3 else "")
        second = genitive(whole) if lang == "ru" else _BE_GEN[whole] if lang == "be" else cardinal(whole, lang)
        return f"{first} {_OF[lang]} {second}", rng.choice(_SHARE[lang])
    if roll < 0.86:  # a restatement in months
        years = rng.randint(2, 8)
        months = years * 12
        carrier = _RESTATE[lang].replace("{y}", f"{cardinal(years, lang)} {unit(years, 'year', lang)}")
        return f"{amount(months, lang, rng)} {unit(months, 'month', lang)}", carrier
    if roll < 0.93 and lang != "en":  # sentenced to: к пяти годам, к полутора годам, да трох гадоў
        n = rng.randint(1, 9)
        if lang == "ru":
            said = "полутора" if n == 1 else _RU_DAT.get(n, genitive(n))
            return f"{said} годам", rng.choice(["его приговорили к {} колонии", "суд приговорил её к {}."])
        return f"{'паўтара' if n == 1 else _BE_GEN[n]} {'года' if n == 1 else 'гадоў'}", "прыгаварылі да {} калоніі"
    if roll < 0.96:  # the number echoed alone, or the one the prosecutor asked for; a unit first, then ``of``
        return _echo(lang, rng)
    n = rng.randint(2, 12)  # the unit left unsaid after a verb of sentencing or serving
    return cardinal(n, lang), rng.choice(_BARE[lang])


_ECHO = {
    "ru": ["Дали {y}. {}. Я не поверила.", "ему дали {y}, {}, представляете", "Суд дал {y}. Прокурор просил {}.",
           "прокурор просил {}, а дали {y}"],
    "be": ["Далі {y}. {}. Я не паверыла.", "яму далі {y}, {}, уяўляеце", "Суд даў {y}. Пракурор прасіў {}.",
           "пракурор прасіў {}, а далі {y}"],
    "en": ["She got {y}. {}. I could not believe it.", "they gave him {y}, {}, imagine",
           "She got {y}. The prosecutor asked for {}.", "the prosecutor had asked for {} and he got {y}"],
}
_UNIT_OF = {"ru": ("год из {}", "отбыл {}, осталось немного"), "be": ("год з {}", "адбыў {} і чакае"),
            "en": ("one of {}", "he has served {} so far")}


def _echo(lang: str, rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.25:  # served a year of the whole: год из трёх, год з двух, one of two
        whole = rng.randint(2, 9)
        surface, carrier = _UNIT_OF[lang]
        said = genitive(whole) if lang == "ru" else _BE_GEN[whole] if lang == "be" else cardinal(whole, lang)
        return surface.format(said), carrier
    n = rng.randint(2, 12)
    carrier = rng.choice(_ECHO[lang])
    asked = any(w in carrier for w in ("просил", "прасіў", "asked"))
    carrier = carrier.replace("{y}", f"{cardinal(n, lang)} {unit(n, 'year', lang)}")
    said = cardinal(n + 2 if asked else n, lang)
    return (said.capitalize() if ". {}." in carrier else said), carrier


_RU_DAT = {2: "двум", 3: "трём", 4: "четырём"}


# ---------------------------------------------------------------- articles
_ARTICLE_NUMBERS = [130, 293, 342, 356, 361, 364, 367, 368, 369, 411, 423]
_ARTICLE_CARRIERS = {
    "ru": [("по {}, за марши", "f.obl"), ("статья {}, как у всех", "f.nom"),
           ("осудили по части второй статьи {}", None),
           ("обвинение по {} и всё", "f.obl"), ("судили по {}, дали три года", "f.obl"),
           ("потом добавили {}, за чат", "f.acc"), ("ч. 1 ст. {} УК", None)],
    "be": [("па {}, за маршы", "m.obl"), ("артыкул {}, як у ўсіх", "m.nom"), ("судзілі па {} і далі тры гады", "m.obl"),
           ("потым дадалі {}, за чат", "f.acc"), ("абвінавачванне па {}", "m.obl")],
    "en": [("under Article {}, for the marches", None), ("article {} like everyone", None),
           ("he was charged under {}, then more", None), ("the charge was {}.", None)],
}


def _suffix(n: int, case: str | None, lang: str, rng: random.Random) -> str:
    if case is None or lang == "en" or rng.random() < 0.5:
        return str(n)
    ends = {"ru": {"f.obl": "-й", "f.nom": "-я", "f.acc": "-ю", "m.obl": "-м"},
            "be": {"m.obl": "-м", "m.nom": "-ы", "f.acc": "-ю", "f.obl": "-й"}}[lang]
    return f"{n}{ends.get(case, '')}"


def article(lang: str, rng: random.Random) -> tuple[str, str]:
    n = rng.choice(_ARTICLE_NUMBERS) if rng.random() < 0.7 else rng.randint(101, 470)
    if n % 100 == 0:  # a bare round ordinal (``па трохсотым``) reads as ``the hundredth time`` too: not drawn
        n += rng.randint(1, 69)
    carrier, case = rng.choice(_ARTICLE_CARRIERS[lang])
    roll = rng.random()
    if roll < 0.15 and n in (361, 342):
        part = rng.randint(1, 4)
        prime = {"ru": "прим", "be": "прым", "en": "part"}[lang]
        return (f"{n}-{part}" if rng.random() < 0.5 else f"{n} {prime} {part}"), carrier
    if roll < 0.55 or (case is None and lang != "en"):
        return _suffix(n, case, lang, rng), carrier
    if lang == "en":
        if rng.random() < 0.5:
            return cardinal(n, lang), carrier
        tail = cardinal(n % 100, lang) if n % 100 >= 10 else f"oh {cardinal(n % 100, lang)}"
        return f"{cardinal(n // 100, lang)} {tail}", carrier  # three forty-two, four oh nine
    return ordinal(n, lang, case or "f.nom"), carrier


# ---------------------------------------------------------------- dates
_RU_MONTHS_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
_RU_MONTHS_PREP = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
_BE_MONTHS_GEN = ("студзеня лютага сакавіка красавіка траўня чэрвеня ліпеня жніўня верасня кастрычніка лістапада "
                  "снежня").split()
_BE_MONTHS_LOC = ("студзені лютым сакавіку красавіку траўні чэрвені ліпені жніўні верасні кастрычніку лістападзе "
                  "снежні").split()
_EN_MONTHS = "January February March April May June July August September October November December".split()
_DATE_CARRIERS = {
    "ru": ["его задержали {}, прямо у подъезда", "суд был {}.", "я уехала {} и больше не возвращалась",
           "обыск пришёл {}, в шесть утра"],
    "be": ["яго затрымалі {}, проста ля пад'езда", "суд быў {}.", "я з'ехала {} і больш не вярталася"],
    "en": ["they detained him on {}, at the door", "the trial was on {}.", "I left on {} and never came back"],
}
_DATE_IN = {"ru": "его задержали в {}, прямо у подъезда", "be": "яго затрымалі ў {}, ля пад'езда",
            "en": "they detained him in {}, at the door"}


def _year_words(year: int, lang: str) -> str:
    short = year % 100
    if lang == "ru":
        return f"{ordinal(short, 'ru', 'm.gen')} года" if short else "двухтысячного года"
    return f"{ordinal(short, 'be', 'm.gen')} года" if short else "двухтысячнага года"


def date(lang: str, rng: random.Random) -> tuple[str, str]:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
    roll = rng.random()
    if lang == "en":
        month = _EN_MONTHS[m - 1]
        forms = [f"{d} {month}", f"{d} {month} {y}", f"{month} {d}, {y}", f"{ordinal(d, 'en')} of {month}",
                 f"{month} the {ordinal(d, 'en')}", f"{d}{'th' if d > 3 else ['', 'st', 'nd', 'rd'][d]} of {month}"]
        if roll < 0.2:
            return f"{month} {y}", _DATE_IN[lang]
        return rng.choice(forms), rng.choice(_DATE_CARRIERS[lang])
    gen, loc = (_RU_MONTHS_GEN, _RU_MONTHS_PREP) if lang == "ru" else (_BE_MONTHS_GEN, _BE_MONTHS_LOC)
    year_word = "года"
    suffix = "-го" if lang == "ru" else "-га"
    if roll < 0.25:
        choice = rng.choice([f"{loc[m - 1]} {y} {year_word}", f"{loc[m - 1]} {y % 100}{suffix}",
                             f"{loc[m - 1]} {_year_words(y, lang)}", f"{loc[m - 1]} {y}"])
        return choice, _DATE_IN[lang]
    forms = [f"{d} {gen[m - 1]}", f"{ordinal(d, lang, 'm.gen')} {gen[m - 1]}", f"{d:02d}.{m:02d}",
             f"{d:02d}.{m:02d}.{y}", f"{d} {gen[m - 1]} {y} {year_word}",
             f"{ordinal(d, lang, 'm.gen')} {gen[m - 1]} {_year_words(y, lang)}", f"{d}{suffix} {gen[m - 1]}"]
    return rng.choice(forms), rng.choice(_DATE_CARRIERS[lang])


# ---------------------------------------------------------------- facilities
_SLANG_RU = ["двойке", "тройке", "четвёрке", "пятёрке", "восьмёрке", "девятке", "пятнашке", "семнашке"]
_SLANG_BE = ["двойцы", "тройцы", "чацвёрцы", "сямнашцы", "дзявятцы", "пятнашцы", "васьмёрцы"]
_FAC_CARRIERS = {
    "ru": ["он сейчас сидит в {}, передачи раз в месяц", "этапировали в {} под Могилёвом", "брат в {}, в колонии",
           "из СИЗО его увезли в {}"],
    "be": ["ён цяпер сядзіць у {}, перадачы раз на месяц", "этапавалі ў {} пад Магілёвам", "брат у {}, у калоніі"],
    "en": ["he is now in {}, parcels once a month", "they moved him to {} near Mahilyow", "my brother is held in {}"],
}
_FAC_SLANG = {"ru": ["сидит на {}, это колония под Бобруйском", "на {} под Витебском условия тяжёлые",
                     "он сейчас на {}, там строгий режим"],
              "be": ["сядзіць на {}, гэта калонія", "ён цяпер на {}, там строгі рэжым",
                     "на {} пад Віцебскам умовы цяжкія"]}
_FAC_ORDINAL = {"ru": ["он в колонии, в {}, передачи берут раз в квартал", "его этапировали на {}, зона в Шклове"],
                "be": ["ён у калоніі, у {}, перадачы раз на квартал", "яго этапавалі на {}, зона ў Шклове"],
                "en": ["he was in the penal colony, in the {}, for two years", "they call it the {}, the colony"]}
_EN_NAMING = "they call it the {}, the colony"  # naming needs 3 and up: "the first"/"the second" name anything


def facility(lang: str, rng: random.Random) -> tuple[str, str]:
    n = rng.choice([1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 15, 17, 20, 22])
    roll = rng.random()
    if roll < 0.3:
        label = rng.choice({"ru": ["ИК", "СИЗО", "ПК"], "be": ["ІК", "СІЗА", "ПК"], "en": ["IK", "SIZO"]}[lang])
        sep = rng.choice(["-", " ", "-", " № "])
        return f"{label}{sep}{n}", rng.choice(_FAC_CARRIERS[lang])
    if roll < 0.5:
        head = {"ru": ["колонии номер", "колонии №", "тюрьме номер", "колонии"], "be": ["калоніі нумар", "турме нумар",
                "калоніі"], "en": ["penal colony number", "prison number", "colony number", "penal colony"]}[lang]
        return f"{rng.choice(head)} {cardinal(n, lang) if rng.random() < 0.6 else n}", rng.choice(_FAC_CARRIERS[lang])
    if roll < 0.7:
        noun = {"ru": "колонии", "be": "калоніі", "en": "colony"}[lang]
        if lang == "en":
            return f"{ordinal(n, lang)} {noun}", "he is in the {} near Shklou"
        return f"{ordinal(n, lang, 'f.obl')} {noun}", rng.choice(_FAC_CARRIERS[lang])
    if roll < 0.85 and lang != "en":
        return rng.choice(_SLANG_RU if lang == "ru" else _SLANG_BE), rng.choice(_FAC_SLANG[lang])
    if lang == "en":
        carrier = rng.choice(_FAC_ORDINAL[lang])
        return ordinal(max(n, 3) if carrier == _EN_NAMING else n, lang), carrier
    return ordinal(n, lang, "f.obl"), rng.choice(_FAC_ORDINAL[lang])


# ---------------------------------------------------------------- decoys
_DECOY_DURATION = {
    "ru": ["{} живу в Вильнюсе, привыкла", "{} искала работу после отъезда", "мы {} копили на машину",
           "я {} проработала в школе", "ремонт шёл {}, соседи злились", "он {} учил польский, теперь говорит",
           "я {} не была дома", "дочка {} ходит в садик", "мы ехали {}, через Варшаву"],
    "be": ["{} жыву ў Вільні, прызвычаілася", "{} шукала працу пасля ад'езду", "мы {} збіралі на машыну",
           "я {} адпрацавала ў школе", "рамонт ішоў {}, суседзі злаваліся", "я {} не была дома"],
    "en": ["I've lived in Vilnius for {} now", "she looked for work for {} after the move", "I worked there for {}",
           "the repairs took {}, the neighbours were furious", "we drove for {} through Warsaw",
           "he has been learning Polish for {}"],
}
_DECOY_OTHER = {
    "ru": ["у нас в чате {} человек", "штраф был {} рублей", "мы встретились в {} утра", "квартира {}, третий подъезд",
           "живём на {} этаже", "он учился в {} классе", "в {} году мы переехали", "написала {} писем",
           "мне {} рублей должны", "просила {} минут подождать", "один из {} братьев уехал"],
    "be": ["у нас у чаце {} чалавек", "штраф быў {} рублёў", "сустрэліся а {} раніцы", "жывём на {} паверсе",
           "у {} годзе мы пераехалі", "напісала {} лістоў",
           "мне {} рублёў вінныя", "прасіла {} хвілін пачакаць"],
    "en": ["there are {} people in our chat", "the fine was {} roubles", "we met at {} in the morning",
           "we live on the {} floor", "in {} we moved", "I wrote {} letters", "she asked for {} copies",
           "one of {} brothers left", "he is {} kilometres away"],
}


def _decoy_other(lang: str, rng: random.Random) -> tuple[str, str]:
    carrier = rng.choice(_DECOY_OTHER[lang])
    if "году" in carrier or "годзе" in carrier or "in {} we" in carrier:
        return str(rng.randint(1995, 2024)), carrier
    if "этаже" in carrier or "паверсе" in carrier or "floor" in carrier or "классе" in carrier:
        n = rng.randint(2, 11)
        return (ordinal(n, "en") if lang == "en" else ordinal(n, lang, "m.obl")), carrier
    if "утра" in carrier or "раніцы" in carrier or "morning" in carrier:
        return amount(rng.randint(6, 11), lang, rng), carrier
    if "квартира" in carrier:
        return str(rng.randint(3, 140)), carrier
    return amount(rng.randint(5, 300), lang, rng), carrier


def decoy(lang: str, rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.6:
        kind = rng.choice(["year", "year", "month", "week"])
        n = rng.randint(2, 20)
        return f"{amount(n, lang, rng, 0.2)} {unit(n, kind, lang)}", rng.choice(_DECOY_DURATION[lang])
    return _decoy_other(lang, rng)


RENDERERS: dict[str, Renderer] = {
    "AGE": age, "TERM": term, "ARTICLE": article, "DATE": date, "FACILITY": facility, "DECOY": decoy,
}
