"""Renderers for ``contact_renderings.py``: one function per kind, ``(language, rng) -> (surface, carrier)``.

Every carrier sentence and every name part below is invented for this bench (none is copied from an
evaluation set); public domain.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from contact_id_kinds import case_any, iban_any, passport_any, personal_any
from contact_phone_kinds import international, national
from contact_restart_kinds import restarted
from contact_speech import LETTER_NAMES, asr_letters, digit_by_digit, say_group, spell, three_digits, two_digits

Renderer = Callable[[str, random.Random], tuple[str, str]]

CARRIERS: dict[str, dict[str, list[str]]] = {
    "PHONE": {
        "ru": ["запишите мой номер {}, звоните после шести", "телефон у брата {} но он сейчас не берёт",
               "если что, набирайте {}.", "её мобильный {}, можно в вайбер", "ну номер такой {} и всё",
               "Для связи: {}, только пишите.", "мама продиктовала {} а я записала на руке",
               "в сигнале я по номеру {}"],
        "be": ["запішыце мой нумар {}, званіце ўвечары", "тэлефон у сястры {} але яна ў Вільні",
               "калі што, набірайце {}.", "мой мабільны {}, можна ў вайбер", "нумар такі {} і ўсё",
               "Для сувязі: {}, толькі пішыце.", "у сігнале я па нумары {}"],
        "en": ["my number is {}, call after six", "you can reach her on {} but text first",
               "write it down, {}.", "his mobile is {} on WhatsApp", "the phone is {} and that's it",
               "For contact: {}, Signal only.", "she gave me {} for emergencies"],
    },
    "EMAIL": {
        "ru": ["почта у меня {}, пишите туда", "пишите на {} я отвечаю", "адрес {}.", "мейл {} но я редко смотрю",
               "её почта {} и всё"],
        "be": ["пошта ў мяне {}, пішыце туды", "пішыце на {} я адказваю", "адрас {}.", "мейл {} але рэдка гляджу"],
        "en": ["my email is {}, write any time", "write to {} and I'll answer", "the address is {}.",
               "her mail is {} but she rarely checks it"],
    },
    "HANDLE": {
        "ru": ["в телеграме я {}, пишите", "ник у неё {} и всё", "инстаграм {} там фото", "логин {}.",
               "ищите в тг {} это я", "мой телеграм {}, ну, пишите туда"],
        "be": ["у тэлеграме я {}, пішыце", "нік у яе {} і ўсё", "інстаграм {} там фота", "лагін {}.",
               "мой тэлеграм {}, пішыце туды"],
        "en": ["on telegram I'm {}, write there", "her nick is {} and that's all", "instagram {} has the photos",
               "my handle is {}.", "find him on telegram as {}"],
    },
    "URL": {
        "ru": ["всё есть на сайте {} там форма", "ссылка {}.", "сбор идёт через {} можно помочь",
               "адрес сайта {}, заходите"],
        "be": ["усё ёсць на сайце {} там форма", "спасылка {}.", "збор ідзе праз {} можна дапамагчы"],
        "en": ["everything is on the site {} with a form", "the link is {}.",
               "the fundraiser is at {} if you can help"],
    },
    "IBAN": {
        "ru": ["счёт для передач {}, на маму", "реквизиты такие {} и всё", "можно перевести на {}."],
        "be": ["рахунак для перадач {}, на маму", "рэквізіты такія {} і ўсё", "можна перавесці на {}."],
        "en": ["the account for parcels is {}, in mum's name", "the IBAN is {} and that's it", "you can send to {}."],
    },
    "ID": {
        "ru": ["паспорт у него {}, забрали при обыске", "личный номер {} стоит в постановлении",
               "в протоколе записали паспорт {}.", "идентификационный номер {}, его все знают"],
        "be": ["пашпарт у яго {}, забралі пры вобшуку", "асабісты нумар {} стаіць у пастанове",
               "у пратаколе запісалі пашпарт {}."],
        "en": ["his passport is {}, they took it", "the personal number {} is in the ruling",
               "they wrote down passport {}."],
    },
    "CASE": {
        "ru": ["обращение зарегистрировали под номером {}, ответа нет", "номер жалобы {} и всё", "дело {} в архиве",
               "пришёл ответ {}, отказ"],
        "be": ["зварот зарэгістравалі пад нумарам {}, адказу няма", "нумар скаргі {} і ўсё", "справа {} у архіве"],
        "en": ["the communication has the number {}, still open", "they registered it as {} in March",
               "our complaint {} was rejected.", "the reference is {}, write it down"],
    },
}

_BASE_SEPS = [" ", "-", ", ", ".", "/", " ", ", "]
_WORD_SEPS = [" ", ", ", " ", "\n"]
_FILLERS = {"ru": [", ну, ", " э-э ", " ну ", ", так, "], "be": [", ну, ", " э-э ", ", вось, "],
            "en": [", um, ", " so ", " uh ", ", er, "]}
_AND = {"ru": " и ", "be": " і ", "en": " and "}
_PLUS = {"ru": "плюс", "be": "плюс", "en": "plus"}
_COUNTRIES = [("375", 2, [3, 2, 2]), ("375", 2, [3, 4]), ("375", 2, [2, 2, 3]), ("7", 3, [3, 2, 2]),
              ("370", 1, [3, 4]), ("370", 3, [2, 3]), ("48", 3, [3, 3]), ("380", 2, [3, 2, 2]),
              ("995", 3, [2, 2, 2]), ("375", 2, [3, 2, 2])]
_BY_AREAS = ["29", "33", "44", "25", "17"]


def _digits(n: int, rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone_groups(rng: random.Random) -> tuple[str, list[str]]:
    code, area_len, groups = rng.choice(_COUNTRIES)
    if code == "375":
        area = rng.choice(_BY_AREAS)
    elif code == "7":
        area = "9" + _digits(2, rng)
    elif code in ("370", "48", "380", "995"):
        area = rng.choice("5679") + _digits(area_len - 1, rng)
    else:
        area = _digits(area_len, rng)
    return code, [area] + [_digits(g, rng) for g in groups]


def _prefix(code: str, lang: str, rng: random.Random, style: str) -> str:
    roll = rng.random()
    if style == "words" and roll < 0.5:
        return f"{_PLUS[lang]} {' '.join(say_group(c, lang, rng) for c in code)}"
    if roll < 0.4:
        return f"+{code}"
    if roll < 0.6:
        return f"{_PLUS[lang]} {code}"
    if roll < 0.7:
        return f"plus {code}" if lang != "en" else f"+ {code}"
    return code if code != "7" else "8"  # a bare "7" is not said: Russia dials 8 at home


def _say(group: str, lang: str, style: str, rng: random.Random) -> str:
    if style == "words" or (style == "mixed" and rng.random() < 0.5):
        return say_group(group, lang, rng)
    if style == "asr":
        return asr_letters(group, rng)
    return group


def _join(parts: list[str], lang: str, style: str, rng: random.Random) -> str:
    base = rng.choice(_WORD_SEPS if style in ("words", "mixed") else _BASE_SEPS)
    seps = [base] * (len(parts) - 1)
    if len(seps) >= 2 and rng.random() < 0.35:
        k = rng.randrange(1, len(seps))
        seps[k] = rng.choice(["\n", rng.choice(_FILLERS[lang]), _AND[lang], "\n"])
    return parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))


def phone(lang: str, rng: random.Random) -> tuple[str, str]:
    code, groups = _phone_groups(rng)
    style = rng.choice(["digits", "digits", "asr", "words", "mixed"])
    parts = [_say(g, lang, style, rng) for g in groups]
    if code == "375" and rng.random() < 0.2:  # domestic: 8 0 29 ..., 8 029 ...
        trunk = rng.choice(["8 0", "8 0", "80", "8"]) if style not in ("words",) else rng.choice(
            ["восемь ноль" if lang == "ru" else "восем нуль" if lang == "be" else "eight oh"])
        area = groups[0] if trunk != "8" else "0" + groups[0]
        body = _join([_say(area, lang, style, rng), *parts[1:]], lang, style, rng)
        surface = f"{trunk} {body}"
    else:
        surface = _prefix(code, lang, rng, style) + rng.choice([" ", ", ", " "]) + _join(parts, lang, style, rng)
    return surface, rng.choice(CARRIERS["PHONE"][lang])


# Name parts of e-mail addresses and handles: (Latin, Cyrillic as a speaker would say it).
_PARTS = [("kira", "кира"), ("pishet", "пишет"), ("anton", "антон"), ("lesnik", "лесник"), ("vera", "вера"),
          ("zubr", "зубр"), ("minsk", "минск"), ("hrodna", "гродна"), ("alesia", "алеся"), ("kot", "кот"),
          ("bulba", "бульба"), ("vasilek", "василек"), ("zorka", "зорка"), ("mama", "мама"), ("lis", "лис"),
          ("pomoshch", "помощь"), ("docs", "докс"), ("yurist", "юрист"), ("svet", "свет"), ("dub", "дуб")]
_VERB_PARTS = frozenset({"пишет"})
_DOMAINS = [("gmail", ["гмейл", "гмэйл", "джимейл", "gmail"], "com"), ("mail", ["мейл", "мэйл", "майл", "mail"], "ru"),
            ("yandex", ["яндекс", "ёндэкс", "yandex"], "by"), ("tut", ["тут", "tut"], "by"),
            ("proton", ["протон", "proton"], "me"),
            ("outlook", ["аутлук", "outlook"], "com"), ("wp", ["wp"], "pl"), ("ukr", ["укр", "ukr"], "net"),
            ("protonmail", ["протонмейл", "protonmail"], "com")]
_TLD_SAID = {"com": ["ком", "com"], "ru": ["ру", "ru"], "by": ["бай", "by"], "me": ["ми", "me"],
             "pl": ["пэ эл", "пэ эль", "pl"],
             "net": ["нет", "net"], "org": ["орг", "org"]}
_SAID = {
    "dot": {"ru": ["точка"], "be": ["кропка"], "en": ["dot"]},
    "at": {"ru": ["собака", "собачка", "эт"], "be": ["сабака", "сабачка"], "en": ["at", "at sign"]},
    "_": {"ru": ["нижнее подчёркивание", "подчёркивание"], "be": ["ніжняе падкрэсліванне"], "en": ["underscore"]},
    "-": {"ru": ["дефис"], "be": ["дэфіс"], "en": ["dash", "hyphen"]},
}


def _local(rng: random.Random) -> tuple[list[tuple[str, str]], list[str]]:
    parts = rng.sample(_PARTS, rng.choice([1, 2, 2, 2, 3]))
    if rng.random() < 0.25:
        num = rng.choice([_digits(2, rng), "19" + _digits(2, rng)])
        parts = [*parts, (num, num)]
    joins = [rng.choice([".", "_", ".", "-", ""]) for _ in parts[1:]]
    if len(parts) == 1 or all(j == "" for j in joins):
        joins = ["."] * (len(parts) - 1)
    return parts, joins


def _said_part(part: tuple[str, str], lang: str, rng: random.Random, cyrillic: bool) -> str:
    latin, cyr = part
    if latin.isdigit():
        return latin if rng.random() < 0.5 else two_digits(latin[-2:], lang, rng)
    return cyr if cyrillic else latin


def _spoken_name(parts: list[tuple[str, str]], joins: list[str], lang: str, rng: random.Random) -> str:
    cyrillic = lang != "en" and rng.random() < 0.35
    words = [_said_part(parts[0], lang, rng, cyrillic)]
    for join, part in zip(joins, parts[1:], strict=True):
        said = _said_part(part, lang, rng, cyrillic)
        if not join:  # "svetlis": two parts written together are said as one word, or as two ("свет лис")
            # ...but never as two when the first is a verb form: "пишет кира" is heard as the verb before the
            # address, by a listener as by the detector (docs/pseudonymisation-detection.md, known gaps)
            two = words[-1] not in _VERB_PARTS
            if cyrillic and two and not said.isdigit() and rng.random() < 0.5:
                words.append(said)
            else:
                words[-1] += said.replace(" ", "")
            continue
        words.append(rng.choice(_SAID["dot" if join == "." else join][lang]))
        words.append(said)
    return " ".join(words)


# Own domains of firms and groups, with two-level public suffixes (``co.uk``, ``com.pl``).
_OWN_DOMAINS = [("lindenrow", "co.uk"), ("kestrel-law", "org.uk"), ("bialowieza", "com.pl"), ("hartley", "co.uk"),
                ("nadzeja", "org.pl"), ("vilnis", "co.uk")]


def _spelled_email(lang: str, rng: random.Random) -> str:
    """An address with letter-spelled parts and a multi-level domain: ``c dot hartley at lindenrow dot co dot
    uk``, ``эс ка собака вэ пэ точка пэ эль``."""
    dot = rng.choice(_SAID["dot"][lang])
    at = rng.choice(_SAID["at"][lang])
    first = rng.choice(_PARTS)[0]
    initials = "".join(rng.sample("bcdfklmnpstvz", rng.choice([1, 2])))
    said_initials = initials if lang == "en" and rng.random() < 0.5 else spell(initials, lang, rng)
    local = rng.choice([f"{said_initials} {dot} {first}", said_initials, f"{first} {dot} {said_initials}"])
    if rng.random() < 0.5:
        host, suffix = rng.choice(_OWN_DOMAINS)
        host = host.replace("-", f" {rng.choice(_SAID['-'][lang])} ")
        domain = f"{host} {dot} " + f" {dot} ".join(suffix.split("."))
    else:
        domain = f"{spell('wp', lang, rng)} {dot} {spell('pl', lang, rng) if lang != 'en' else 'pl'}"
    return f"{local} {at} {domain}"


def email(lang: str, rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.25:
        return _spelled_email(lang, rng), rng.choice(CARRIERS["EMAIL"][lang])
    parts, joins = _local(rng)
    domain, said, tld = rng.choice(_DOMAINS)
    if rng.random() < 0.3:
        local = parts[0][0] + "".join(j + p[0] for j, p in zip(joins, parts[1:], strict=True))
        surface = f"{local}@{domain}.{tld}"
    else:
        name = _spoken_name(parts, joins, lang, rng)
        host = rng.choice(said) if lang != "en" else domain
        dot = rng.choice(_SAID["dot"][lang])
        tail = f"{dot} {rng.choice(_TLD_SAID[tld]) if lang != 'en' else tld}"
        if rng.random() < 0.15:
            tail = rng.choice(_TLD_SAID[tld]) if lang != "en" else tld  # "gmail ком": the dot not said
        surface = f"{name} {rng.choice(_SAID['at'][lang])} {host} {tail}"
    return surface, rng.choice(CARRIERS["EMAIL"][lang])


def handle(lang: str, rng: random.Random) -> tuple[str, str]:
    parts, joins = _local(rng)
    if len(parts) == 1:
        parts, joins = [*parts, rng.choice(_PARTS)], ["_"]
    written = parts[0][0] + "".join(j + p[0] for j, p in zip(joins, parts[1:], strict=True))
    roll = rng.random()
    if roll < 0.3:
        surface = "@" + written.replace("-", "_")
    elif roll < 0.5:
        surface = written
    else:
        surface = _spoken_name(parts, [j or "_" for j in joins], lang, rng)
        if rng.random() < 0.4:  # the "@" said: "at kira underscore lis", "собака кира подчёркивание лис"
            surface = f"{rng.choice(_SAID['at'][lang][:1])} {surface}"
    return surface, rng.choice(CARRIERS["HANDLE"][lang])


_SITES = [("spring96", "org"), ("dissidentby", "com"), ("pomogi-semye", "org"), ("zerkalo", "io"),
          ("nasha-niva", "by"), ("bysol", "org"), ("politzek-help", "me"), ("narodny", "by")]
_PATHS = ["help", "contacts", "f/family", "sbor", "form"]


def url(lang: str, rng: random.Random) -> tuple[str, str]:
    site, tld = rng.choice(_SITES)
    path = rng.choice(_PATHS) if rng.random() < 0.4 else ""
    if rng.random() < 0.4:
        surface = rng.choice(["", "www.", "https://"]) + f"{site}.{tld}" + (f"/{path}" if path else "")
    else:
        dot = _SAID["dot"][lang][0]
        www = {"ru": "вэ вэ вэ", "be": "вэ вэ вэ", "en": "double u double u double u"}[lang]
        lead = rng.choice(["", "", f"{www} {dot} ", f"www {dot} "])
        tld_said = rng.choice(_TLD_SAID.get(tld, [tld])) if lang != "en" else tld
        slash = {"ru": "слэш", "be": "слэш", "en": "slash"}[lang]
        tail = f" {slash} {path.replace('/', f' {slash} ')}" if path else ""
        surface = f"{lead}{site.replace('-', ' ' + _SAID['-'][lang][0] + ' ')} {dot} {tld_said}{tail}"
    return surface, rng.choice(CARRIERS["URL"][lang])


_IBAN_SHAPES = {"BY": "4A4N4C12N", "LT": "16N", "PL": "24N", "UA": "6N19N", "GE": "2A16N", "DE": "18N"}


def _iban(rng: random.Random) -> str:
    country = rng.choice(list(_IBAN_SHAPES))
    shape, body = _IBAN_SHAPES[country], ""
    for count, kind in ((int(c[:-1]), c[-1]) for c in _split_shape(shape)):
        alphabet = {"A": "ABCDEFGHJKLMNPRSTUVWXYZ", "N": "0123456789", "C": "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"}[kind]
        body += "".join(rng.choice(alphabet) for _ in range(count))
    rearranged = body + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in rearranged)) % 97
    return f"{country}{check:02d}{body}"


def _split_shape(shape: str) -> list[str]:
    out, num = [], ""
    for ch in shape:
        num += ch
        if ch.isalpha():
            out.append(num)
            num = ""
    return out


def iban(lang: str, rng: random.Random) -> tuple[str, str]:
    code = _iban(rng)
    roll = rng.random()
    if roll < 0.5:
        surface = " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    elif roll < 0.7:
        surface = f"{code[:2]} {code[2:4]} " + " ".join(code[i : i + 4] for i in range(4, len(code), 4))
    else:
        surface = code
    if rng.random() < 0.3:
        surface = surface.lower()
    return surface, rng.choice(CARRIERS["IBAN"][lang])


_SERIES = ["MP", "AB", "BM", "HB", "KH", "MC", "KB", "PP"]
_CYR = str.maketrans("ABEKMHOPCTX", "АВЕКМНОРСТХ")


def _registration(lang: str, rng: random.Random) -> tuple[str, str]:
    """A case or communication number with a slash: ``4127/2023``, ``No. 12/34-2023``, ``№ 318/21``."""
    year = str(rng.randint(2015, 2025))
    head = str(rng.randint(13, 9999))
    short = f"{rng.randint(100, 9999)}/{year[2:]}"  # ``13/15`` would be a fraction or a season
    body = rng.choice([f"{head}/{year}", f"{rng.randint(1, 99)}/{rng.randint(1, 99)}-{year}", short])
    sign = rng.choice(["", "", "№ ", "№"] if lang != "en" else ["", "", "No. ", "no. "])
    return body, rng.choice(CARRIERS["CASE"][lang]).replace("{}", sign + "{}")


def document(lang: str, rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.25:
        return _registration(lang, rng)
    if rng.random() < 0.5:
        series, digits = rng.choice(_SERIES), _digits(7, rng)
        roll = rng.random()
        if roll < 0.5:
            surface = series + rng.choice(["", " "]) + digits
        elif roll < 0.7 and lang != "en":
            surface = series.translate(_CYR).lower() + " " + digits
        else:
            letters = " ".join(LETTER_NAMES[lang].get(c, c) for c in series)
            surface = f"{letters} {digit_by_digit(digits, lang, rng)}"
        return surface, rng.choice(CARRIERS["ID"][lang][:1] + CARRIERS["ID"][lang][2:3])
    head, mid, tail = _digits(7, rng), _digits(3, rng), _digits(1, rng)
    letter = rng.choice("ABCEHKM")
    if rng.random() < 0.6:
        surface = f"{head}{letter}{mid}PB{tail}"
        if rng.random() < 0.3:
            surface = surface.translate(_CYR)
    else:
        surface = " ".join([digit_by_digit(head, lang, rng), letter, three_digits(mid, lang, rng), "PB",
                            digit_by_digit(tail, lang, rng)])
    return surface, rng.choice(CARRIERS["ID"][lang][1:2] + CARRIERS["ID"][lang][-1:])


_MONTHS = {"ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
           "be": "студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада "
                 "снежня".split(),
           "en": "January February March April May June July August September October November December".split()}
_ORDINARY = {
    "ru": ["в {y} году его задержали", "с {y} по {y2} он сидел", "пришли в {h}:{m} утром",
           "отдали {s} рублей за адвоката",
           "было человек {c}, не больше", "судили по статье {a}, часть {p}", "это было {d}.{mo}.{y}",
           "{d} {month} {y} года был суд", "ему дали {c} суток", "в камере на {c} человек", "штраф {k} 000 рублей",
           "в {y}, {y2} и {y3} годах", "в {h} {m} позвонили", "дали {p} года и {c} месяцев",
           "по телефону сказали, что дали {p} года, а в {y} ещё {c} суток", "номер камеры {c}, там {p} шконки",
           "номер статьи {a}, часть {p}, срок {c} лет", "звонил в {h}:{m}, потом в {h2}:{m}",
           "с {h} до {h2} часов, {c} человек в очереди", "в {y}-{y2} годах", "это было {d} {month} {y}, в {h}:{m}",
           "дали {w} лет и {w2} месяцев", "в две тысячи {wy} году, {d} {month}", "ей было {w} лет, а ему {w2}",
           "передачу {k} килограмм, {c} пунктов, {s} рублей", "в {h} {m}, {h2} {m} и {c} минут",
           "в сезоне {y}/{y2} он ещё играл", "горячая линия работает 24/7", "с {mo}/{y} по {mo}/{y2}",
           "выпили {p}/{c} бутылки"],
    "be": ["у {y} годзе яго затрымалі", "з {y} па {y2} ён сядзеў", "прыйшлі ў {h}:{m} раніцай",
           "аддалі {s} рублёў за адваката", "было чалавек {c}, не болей", "судзілі па артыкуле {a}, частка {p}",
           "гэта было {d}.{mo}.{y}", "{d} {month} {y} года быў суд", "у камеры на {c} чалавек", "штраф {k} 000 рублёў",
           "па тэлефоне сказалі, што далі {p} гады, а ў {y} яшчэ {c} сутак", "нумар камеры {c}, там {p} ложкі",
           "тэлефанаваў у {h}:{m}, потым у {h2}:{m}", "у {y}-{y2} гадах", "далі {wb} гадоў і {wb2} месяцаў",
           "у сезоне {y}/{y2} ён яшчэ гуляў", "лінія працуе 24/7", "з {mo}/{y} па {mo}/{y2}"],
    "en": ["in {y} he was detained", "from {y} to {y2} he was inside", "they came at {h}:{m} in the morning",
           "we paid {s} dollars for the lawyer", "there were {c} people, no more", "under article {a}, part {p}",
           "it was {d}.{mo}.{y}", "on {d} {month} {y} there was a trial", "a fine of {k},000 roubles",
           "in {y}, {y2} and {y3}", "on the phone they said {p} years, and in {y} another {c} days",
           "cell number {c}, with {p} bunks", "he called at {h}:{m}, then at {h2}:{m}", "in {y}-{y2}",
           "from {h} to {h2}, {c} people in the queue", "she was {we} and he was {we2}",
           "in the {y}/{y2} season", "the line works 24/7", "from {mo}/{y} to {mo}/{y2}", "about {p}/{c} of them"],
}


def ordinary(lang: str, rng: random.Random) -> tuple[str, str]:
    """An ordinary number sentence; the 'surface' is the whole number-bearing stretch (kind NUMBER)."""
    y = rng.randint(1995, 2025)
    values = {"y": y, "y2": y + 1, "y3": y + 2, "h": rng.randint(6, 23), "m": f"{rng.choice([0, 15, 30, 45]):02d}",
              "s": rng.choice([150, 300, 500, 1200, 2500]), "c": rng.randint(2, 40),
              "a": rng.choice([342, 361, 130, 293]),
              "p": rng.randint(1, 3), "d": rng.randint(1, 28), "mo": f"{rng.randint(1, 12):02d}",
              "month": rng.choice(_MONTHS[lang]), "k": rng.randint(2, 50), "h2": rng.randint(6, 23),
              "w": rng.choice(["два", "три", "пять", "двадцать пять", "сорок семь"]),
              "w2": rng.choice(["шесть", "восемь", "одиннадцать", "тридцать два"]),
              "wb": rng.choice(["два", "тры", "пяць", "дваццаць пяць"]), "wb2": rng.choice(["шэсць", "восем"]),
              "wy": rng.choice(["двадцатом", "девятнадцатом", "двадцать первом"]),
              "we": rng.choice(["forty-five", "sixty two", "thirty"]), "we2": rng.choice(["fifty", "seventy-one"])}
    sentence = rng.choice(_ORDINARY[lang]).format(**values)
    return sentence, "{}"


RENDERERS: dict[str, Renderer] = {"PHONE": phone, "EMAIL": email, "HANDLE": handle, "URL": url, "IBAN": iban,
                                  "ID": document, "NUMBER": ordinary, "PHONE_INTL": international,
                                  "PHONE_HOME": national, "IBAN_ANY": iban_any, "PASSPORT": passport_any,
                                  "PERSONAL": personal_any, "CASE": case_any, "PHONE_RESTART": restarted}
