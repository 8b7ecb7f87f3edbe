"""E-mail, handle and web-address renderers for ``contact_renderings.py`` (round 9, kinds EMAIL_SAID,
HANDLE_SAID, URL_SAID) and spoken-number decoys (NUMBER_SAID), each way a named function.

E-mails: provider words (``джимейл``, ``тутанота``, ``укр нэт``), ``слитно``/``all one word``, ``on gmail``,
spaced or dot-blanked written forms, spelled local parts. Handles: ``t.me`` links said or written, channel
names, slang cues. Web addresses: ``вэвэвэ``, ``три дабл ю``, ``https двоеточие слэш слэш``, ``дот орг``, short
links, dots blanked by recognition. Decoys: counts, sums, ages and years said in the same words, which must
never be called contacts.

Written for this bench from general knowledge of the three languages and of the public services named (no
evaluation set was read); every carrier sentence and name part is invented; public domain.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from contact_said_kinds import CARRIERS as PHONE_CARRIERS_BY_KIND
from contact_said_kinds import PHONE_WAYS, Way
from contact_speech import spell, two_digits

PHONE_CARRIERS = PHONE_CARRIERS_BY_KIND["PHONE"]

CARRIERS = {
    "EMAIL": {"ru": ["почта {}, пишите", "пишите на {} я отвечу"], "be": ["пошта {}, пішыце", "пішыце на {} я адкажу"],
              "en": ["my email is {}, write any time", "write to {} and I'll answer"]},
    "HANDLE": {"ru": ["в телеге {}, пишите", "ищите {} в телеграме"], "be": ["у тэлеграме {}, пішыце", "шукайце {}"],
               "en": ["on telegram it's {}, write there", "find her as {} on instagram"]},
    "URL": {"ru": ["всё на сайте {} там форма", "сбор идёт через {} можно помочь"],
            "be": ["усё на сайце {} там форма", "збор ідзе праз {} можна дапамагчы"],
            "en": ["it's all on the site {} with a form", "the fundraiser is at {} if you can help"]},
}


# Name parts (Latin, as a Russian or Belarusian speaker says it) and providers (written, said ways).
_NAMES = [("sova", "сова"), ("lesia", "леся"), ("zhuk", "жук"), ("raman", "раман"), ("verba", "верба"),
          ("iryna", "ирина"), ("kastus", "кастусь"), ("bor", "бор"), ("yas", "ясь"), ("liska", "лиска")]
_PROVIDERS = [("gmail.com", ["гмейл точка ком", "джимейл ком", "гмайл точка ком", "gmail ком", "джи мейл точка ком"],
               ["gmail dot com", "g mail dot com", "gmail com"]),
              ("proton.me", ["протон ми", "протон точка ми", "протонмейл точка ком"], ["proton dot me", "proton me"]),
              ("tutanota.com", ["тутанота точка ком", "тутанота ком", "тута точка ио"], ["tutanota dot com"]),
              ("mail.ru", ["мэйл точка ру", "маил ру", "мейл ру"], ["mail dot ru"]),
              ("ukr.net", ["укр нэт", "укр точка нет"], ["ukr dot net"]),
              ("yandex.by", ["яндекс бай", "яндекс точка бай"], ["yandex dot by"]),
              ("tut.by", ["тут бай", "тут точка бай"], ["tut dot by"]),
              ("outlook.com", ["аутлук ком", "аутлук точка ком"], ["outlook dot com"])]
_DOT = {"ru": ["точка"], "be": ["кропка"], "en": ["dot"]}
_AT = {"ru": ["собака", "собачка", "эт", "at"], "be": ["сабака", "сабачка"], "en": ["at", "at sign", "at symbol"]}
_UNDER = {"ru": ["нижнее подчеркивание", "подчёркивание", "андерскор"],
          "be": ["ніжняе падкрэсліванне", "падкрэсліванне"], "en": ["underscore", "under score"]}
_DASH = {"ru": ["тире", "дефис", "минус"], "be": ["дэфіс", "працяжнік"], "en": ["dash", "hyphen", "minus"]}
_JOINED = {"ru": "слитно", "be": "разам", "en": "all one word"}


def _pair(rng: random.Random) -> tuple[tuple[str, str], tuple[str, str]]:
    a, b = rng.sample(_NAMES, 2)
    return a, b


def _provider(lang: str, rng: random.Random) -> tuple[str, str]:
    written, said_cyr, said_en = rng.choice(_PROVIDERS)
    return written, rng.choice(said_en if lang == "en" else said_cyr)


def e_dotted_words(lang: str, rng: random.Random) -> str:
    (a, ac), (b, bc) = _pair(rng)
    cyr = lang != "en" and rng.random() < 0.5
    return f"{ac if cyr else a} {_DOT[lang][0]} {bc if cyr else b} {rng.choice(_AT[lang])} {_provider(lang, rng)[1]}"


def e_joined(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    return f"{a}{b} {_JOINED[lang]} {rng.choice(_AT[lang])} {_provider(lang, rng)[1]}"


def e_on_provider(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    host = {"ru": "на гмейле", "be": "на гмэйле", "en": "on gmail"}[lang]
    return f"{a} {_DOT[lang][0]} {b} {host}"


def e_spaced(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    written = _provider(lang, rng)[0]
    return rng.choice([f"{a}.{b} @ {written}", f"{a}.{b}@ {written}", f"{a} . {b} @ {written.replace('.', ' . ')}"])


def e_blanked(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    return f"{a} {b}@{_provider(lang, rng)[0].replace('.', ' ')}"


def e_spelled(lang: str, rng: random.Random) -> str:
    (a, _), _b = _pair(rng)
    return f"{spell(a[:4], lang, rng)} {rng.choice(_AT[lang])} {_provider(lang, rng)[1]}"


def e_number_said(lang: str, rng: random.Random) -> str:
    (a, ac), _b = _pair(rng)
    num = str(rng.randint(10, 99))
    name = ac if lang != "en" and rng.random() < 0.5 else a
    return f"{name} {two_digits(num, lang, rng)} {rng.choice(_AT[lang])} {_provider(lang, rng)[1]}"


def e_underscore(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    return f"{a} {rng.choice(_UNDER[lang])} {b} {rng.choice(_AT[lang])} {_provider(lang, rng)[1]}"


def e_dash(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    return f"{a} {rng.choice(_DASH[lang])} {b} {rng.choice(_AT[lang])} {_provider(lang, rng)[1]}"


def e_capitals(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    host, tld = _provider(lang, rng)[0].split(".")
    return f"{a.title()}.{b.title()}@{host.title()}.{tld}"


def e_mixed_language(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    dot = rng.choice(["dot", "дот"] if lang != "en" else ["точка", "dot"])
    return f"{a} {dot} {b} at {_provider('en', rng)[1]}"


EMAIL_WAYS: dict[str, Way] = {
    "dotted_words": e_dotted_words, "joined": e_joined, "on_provider": e_on_provider, "spaced": e_spaced,
    "blanked": e_blanked, "spelled": e_spelled, "number_said": e_number_said, "underscore": e_underscore,
    "dash": e_dash, "capitals": e_capitals, "mixed_language": e_mixed_language,
}


def _handle(rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    return a + rng.choice(["_", ".", "_"]) + b + (str(rng.randint(1, 99)) if rng.random() < 0.3 else "")


def h_at(lang: str, rng: random.Random) -> str:
    return "@" + _handle(rng)


def h_at_said(lang: str, rng: random.Random) -> str:
    return f"{rng.choice(_AT[lang])} {_handle(rng)}"


def h_underscore_said(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    return f"{rng.choice(_AT[lang][:1])} {a} {rng.choice(_UNDER[lang])} {b}"


def h_tme(lang: str, rng: random.Random) -> str:
    return rng.choice(["t.me/", "https://t.me/", "t.me/s/", "instagram.com/", "tiktok.com/@"]) + _handle(rng)


def h_tme_said(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    slash = {"ru": "слэш", "be": "слэш", "en": "slash"}[lang]
    tee = {"ru": "тэ", "be": "тэ", "en": "t"}[lang]
    me = {"ru": "ми", "be": "мі", "en": "me"}[lang]
    return f"{tee} {_DOT[lang][0]} {me} {slash} {a} {rng.choice(_UNDER[lang])} {b}"


def h_digits_said(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    return f"{a}_{b} {two_digits(str(rng.randint(10, 99)), lang, rng)}"


def h_channel(lang: str, rng: random.Random) -> tuple[str, str]:
    word = {"ru": ["канал {}, там всё", "чат {} для родных"], "be": ["канал {}, там усё"],
            "en": ["the channel {} has it all", "the chat {} is for relatives"]}[lang]
    return "@" + _handle(rng), rng.choice(word)


def h_slang_cue(lang: str, rng: random.Random) -> tuple[str, str]:
    cue = {"ru": ["в тг {} пишите", "в инсте {}, там фото", "в тиктоке {} и всё"],
           "be": ["у тг {} пішыце", "у інсце {}, там фота"], "en": ["on tg {} write there", "insta {} has photos"]}
    return _handle(rng), rng.choice(cue[lang])


def h_joined_said(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    return f"{a} {b} {_JOINED[lang]}" if rng.random() < 0.5 else f"{a} {rng.choice(_DOT[lang])} {b}"


def h_capitals(lang: str, rng: random.Random) -> str:
    (a, _), (b, _) = _pair(rng)
    return f"@{a.title()}_{b.title()}"


HANDLE_WAYS: dict[str, Way] = {
    "at": h_at, "at_said": h_at_said, "underscore_said": h_underscore_said, "tme": h_tme, "tme_said": h_tme_said,
    "digits_said": h_digits_said, "channel": h_channel, "slang_cue": h_slang_cue, "joined_said": h_joined_said,
    "capitals": h_capitals,
}

_SITES = [("polya", "fund", "org"), ("pamoch", "hrodna", "by"), ("dapamoga", "sem", "org"), ("lista", "vyzvol", "info"),
          ("verasen", "help", "net"), ("sonca", "sbor", "com")]
_WWW = {"ru": ["вэвэвэ", "вэ вэ вэ", "три дабл ю", "дабл ю дабл ю дабл ю", "www"], "be": ["вэвэвэ", "вэ вэ вэ", "www"],
        "en": ["www", "three w", "triple w", "w w w"]}
_TLD = {"org": {"ru": ["орг", "org"], "be": ["орг", "org"]}, "by": {"ru": ["бай", "by"], "be": ["бай", "by"]},
        "info": {"ru": ["инфо", "info"], "be": ["інфа", "info"]}, "net": {"ru": ["нет", "нэт"], "be": ["нэт", "net"]},
        "com": {"ru": ["ком", "com"], "be": ["ком", "com"]}}


def _tld(tld: str, lang: str, rng: random.Random) -> str:
    return tld if lang == "en" else rng.choice(_TLD[tld][lang])


def u_www_said(lang: str, rng: random.Random) -> str:
    a, b, tld = rng.choice(_SITES)
    dot = _DOT[lang][0]
    return f"{rng.choice(_WWW[lang])} {dot} {a} {rng.choice(_DASH[lang])} {b} {dot} {_tld(tld, lang, rng)}"


def u_blanked(lang: str, rng: random.Random) -> str:
    a, b, tld = rng.choice(_SITES)
    return rng.choice(["www ", "www ", ""]) + f"{a}-{b} {tld}"


def u_lower(lang: str, rng: random.Random) -> str:
    a, b, tld = rng.choice(_SITES)
    return rng.choice(["www.", "", "https://", "http://www."]) + f"{a}-{b}.{tld}" + rng.choice(["", "/", "/help"])


def u_scheme_said(lang: str, rng: random.Random) -> str:
    a, b, tld = rng.choice(_SITES)
    lead = {"ru": "эйч ти ти пи эс двоеточие слэш слэш", "be": "https двукроп'е слэш слэш",
            "en": "https colon slash slash"}[lang]
    return f"{lead} {a}{b} {_DOT[lang][0]} {_tld(tld, lang, rng)}"


def u_dot_said_english(lang: str, rng: random.Random) -> str:
    a, b, tld = rng.choice(_SITES)
    dot = "дот" if lang != "en" else "dot"
    return f"{a}{b} {dot} {_tld(tld, lang, rng)}"


def u_short_link(lang: str, rng: random.Random) -> str:
    code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(rng.randint(5, 8)))
    return rng.choice(["bit.ly/", "forms.gle/", "t.me/+", "tinyurl.com/"]) + code


def u_path_said(lang: str, rng: random.Random) -> str:
    a, b, tld = rng.choice(_SITES)
    slash = {"ru": "слэш", "be": "слэш", "en": "slash"}[lang]
    page = {"ru": "помощь", "be": "дапамога", "en": "help"}[lang]
    return f"{a}{b} {_DOT[lang][0]} {_tld(tld, lang, rng)} {slash} {page}"


def u_capital_www(lang: str, rng: random.Random) -> str:
    a, b, tld = rng.choice(_SITES)
    return f"WWW.{a.title()}{b.title()}.{tld}" if rng.random() < 0.5 else f"Www.{a}-{b}.{tld}"


def u_link_service(lang: str, rng: random.Random) -> str:
    a, b, _tld = rng.choice(_SITES)
    return rng.choice(["linktr.ee/", "facebook.com/groups/", "t.me/joinchat/", "youtube.com/@"]) + a + b


def u_cyrillic_domain(lang: str, rng: random.Random) -> str:
    """A Cyrillic domain under ``.бел`` (the Belarusian IDN top-level domain), written or said."""
    name = rng.choice(["дапамога", "паштоўка", "вясна-дапамога", "салідарнасць"])
    if rng.random() < 0.5:
        return f"{name}.бел"
    return f"{name} {_DOT[lang][0]} бел"


URL_WAYS: dict[str, Way] = {
    "www_said": u_www_said, "blanked": u_blanked, "lower": u_lower, "scheme_said": u_scheme_said,
    "dot_said_english": u_dot_said_english, "short_link": u_short_link, "path_said": u_path_said,
    "capital_www": u_capital_www, "link_service": u_link_service, "cyrillic_domain": u_cyrillic_domain,
}

_DECOYS = {
    "ru": ["ему тридцать три, а ей двадцать девять", "дали два года шесть месяцев", "сто двадцать три человека",
           "штраф двести пятьдесят рублей и ещё 45 67 копеек", "в двадцатом году, двадцать девятого",
           "статья 342 часть 2, дело 15", "в камере 12 человек, 4 шконки", "с девяти до шести, восемь часов",
           "двойная порция, тройной тариф", "1 500 рублей, потом ещё 300"],
    "be": ["яму трыццаць тры, а ёй дваццаць дзевяць", "далі два гады шэсць месяцаў", "сто дваццаць тры чалавекі",
           "штраф дзвесце пяцьдзясят рублёў", "артыкул 342 частка 2, справа 15", "з дзевяці да шасці"],
    "en": ["he is thirty three and she is twenty nine", "two years and six months", "a hundred and twenty three people",
           "double the fine, triple the wait", "article 342 part 2, case 15", "from nine to six, eight hours",
           "about 1 500 dollars, then 300 more", "in twenty twenty, on the twenty ninth"],
}


def decoy(lang: str, rng: random.Random) -> tuple[str, str]:
    return rng.choice(_DECOYS[lang]), "{}"


WAYS = {"PHONE_SAID": PHONE_WAYS, "EMAIL_SAID": EMAIL_WAYS, "HANDLE_SAID": HANDLE_WAYS, "URL_SAID": URL_WAYS}
_LAST: list[str] = [""]  # the name of the way the last rendering used (for the per-way table)


def said(kind: str) -> Callable[[str, random.Random], tuple[str, str]]:
    """The renderer of ``kind``: a random way, and a carrier of the way's own or of the kind."""

    def render(lang: str, rng: random.Random) -> tuple[str, str]:
        name = rng.choice(sorted(WAYS[kind]))
        _LAST[0] = name
        out = WAYS[kind][name](lang, rng)
        if isinstance(out, tuple):
            return out
        kind_name = kind.removesuffix("_SAID")
        return out, rng.choice(PHONE_CARRIERS[lang] if kind_name == "PHONE" else CARRIERS[kind_name][lang])

    return render


RENDERERS = {kind: said(kind) for kind in WAYS} | {"NUMBER_SAID": decoy}
