"""Round 10 renderers for ``contact_renderings.py``: web addresses and e-mails under any country's domain,
written or with their dots blanked as speech recognition drops them, and decoys that look alike.

Every site, name and carrier sentence below is invented for this bench; public domain.
"""

from __future__ import annotations

import random

# Country codes where emigrants live or work, and generic domains.
_CODES = ["am", "ge", "kz", "ca", "cz", "sk", "fi", "se", "nl", "fr", "es", "pt", "ie", "il", "ro", "md", "rs",
          "hu", "dk", "nz", "au", "uz", "kg", "gr"]
_HOSTS = ["pekarnya-tbilisi", "nordlaw", "dapamoha", "hromada-praha", "lavka", "zorka-media", "sovy", "kvetka-fund",
          "advokat-vilnius", "pomoshch24", "lesnaya-shkola", "bialy-dom"]
_PATHS = ["help", "zakaz", "kontakt", "fond", "form", "o-nas", "donate"]
_LOCALS = [["j", "kowalczyk"], ["a", "sidarenka"], ["help", "for", "lida"], ["info"], ["olga", "m"], ["v", "ales"],
           ["office"], ["zbor", "2021"]]
_CARRIERS = {
    "URL_CC": {
        "ru": ["там в шапке ссылка, {}, по ней и заказ", "сайт у них {} и всё", "сбор идёт через {}, пишите"],
        "be": ["спасылка ў профілі, {}, там усё", "сайт у іх {} і ўсё", "збор ідзе праз {}, пішыце"],
        "en": ["the link is in the bio, {}, that's the one", "their site is {} and that's it",
               "we collect through {}, write to us"],
    },
    "EMAIL_CC": {
        "ru": ["почта у неё, {}, пишите туда", "мой адрес {} и всё", "пишите на {}, я отвечу"],
        "be": ["пошта ў яе, {}, пішыце туды", "мой адрас {} і ўсё", "пішыце на {}, я адкажу"],
        "en": ["her address, {}, anyone can write", "my own address is {} and that's it",
               "write to the office, {}, they answer"],
    },
}
# Decoys: a slash, a stuck full stop or an ``@`` beside words that are country codes (``in``, ``it``, ``is``).
_DECOYS = {
    "ru": ["мы ходили туда-сюда, в/из суда, каждый день", "в 2020 г.Минск был другим", "он писал и/или звонил"],
    "be": ["мы хадзілі туды-сюды кожны дзень", "у 2020 г.Мінск быў іншы", "ён пісаў і/або тэлефанаваў"],
    "en": ["we checked in/out twice that week", "we stayed home.So we left early", "the form was pass/fail then",
           "he wrote kira@gmail it was late", "she said yes/no is up to him"],
}


def _blank(text: str, rng: random.Random) -> str:
    """The dots blanked as lower-case recognition output often leaves them (half of the time)."""
    return text.replace(".", " ") if rng.random() < 0.5 else text


def url_country(lang: str, rng: random.Random) -> tuple[str, str]:
    host, code = rng.choice(_HOSTS), rng.choice(_CODES)
    path = rng.choice(_PATHS)
    surface = f"{host}.{code}/{path}" if rng.random() < 0.7 else f"{host}.{code}"
    if "/" in surface:
        surface = _blank(surface, rng)
    return surface, rng.choice(_CARRIERS["URL_CC"][lang])


def email_country(lang: str, rng: random.Random) -> tuple[str, str]:
    local = ".".join(rng.choice(_LOCALS))
    host = rng.choice(_HOSTS)
    domain = rng.choice([*_CODES, "com", "org", "net"])
    return _blank(f"{local}@{host}.{domain}", rng), rng.choice(_CARRIERS["EMAIL_CC"][lang])


def country_decoy(lang: str, rng: random.Random) -> tuple[str, str]:
    return rng.choice(_DECOYS[lang]), "{}"


RENDERERS = {"URL_CC": url_country, "EMAIL_CC": email_country, "WEB_DECOY": country_decoy}
