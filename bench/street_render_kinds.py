"""Renderers for ``place_renderings.py``: elided streets, landscapes named by an adjective, and their decoys.

Kind ``STREET``: a street named by its adjective or a common street adjective with the noun left out, as
speech does (``на Барнавской``, ``па Кастрычніцкай``, ``на студенческой``), after ``на``/``по``/``па``, in a carrier
with a home or protest word; in English a street adjective before ``Street``. Kind ``LANDSCAPE``: an
invented proper adjective before a landscape noun (``в Гарбатовской пуще``, ``у Карабоцкай пушчы``, ``the
Barnovsky Forest``). Kind ``STREET_DECOY``: the same adjectives and prepositions before the common noun they
agree with (``на студенческой вечеринке``, ``по женской линии``, ``в городском лесу``): any mask on the phrase
is a false positive. Every renderer returns ``(surface, carrier)``; the carrier holds ``{}`` where it goes.
"""

from __future__ import annotations

import random

from place_render_kinds import be_stem, latin_stem, stem

CARRIERS = {
    "ru": ("После марша мы шли {} до самой площади.", "Жили мы тогда {}, в старом доме.",
           "его задержали {} прямо у подъезда", "Квартиру снимали {}, третий этаж.",
           "ну я в двадцатом {} стоял с плакатом", "Она стояла {} с флагом"),  # round 10: protest things
    "be": ("Пасля маршу мы ішлі {} да самай плошчы.", "Жылі мы тады {}, у старым доме.",
           "яго затрымалі {} каля пад'езда", "Кватэру здымалі {}, трэці паверх.",
           "ну я ў дваццатым {} стаяў з плакатам", "Яна стаяла {} са сцягам"),
    "en": ("After the march we walked down {} to the square.", "We lived {} in an old block then.",
           "they detained him {} by the entrance"),
}
COMMON = {"ru": ("Студенческой", "Садовой", "Школьной", "Рабочей", "Молодёжной", "Зелёной", "Заводской", "Советской"),
          "be": ("Студэнцкай", "Садовай", "Школьнай", "Рабочай", "Маладзёжнай", "Зялёнай", "Заводскай", "Савецкай")}
PREPOSITIONS = {"ru": ("на", "по"), "be": ("на", "па")}
LANDSCAPE_CARRIERS = {
    "ru": ("Летом мы ходили в походы {}.", "ну и мы там {} грибы собирали", "Дед рыбачил {} каждое утро."),
    "be": ("Улетку мы хадзілі ў паходы {}.", "ну і мы там {} грыбы збіралі", "Дзед рыбачыў {} кожную раніцу."),
    "en": ("In summer we went hiking {}.", "my grandfather fished {} every morning"),
}
LANDSCAPE = {"ru": (("в", "пуще"), ("на", "озере"), ("на", "водохранилище"), ("в", "заповеднике")),
             "be": (("у", "пушчы"), ("на", "возеры"), ("на", "вадасховішчы"), ("у", "запаведніку"))}
DECOYS = {
    "ru": ("на студенческой вечеринке", "по женской линии", "на школьной линейке", "в городском лесу",
           "на рабочей встрече", "по зелёной траве", "на садовой скамейке", "в детском саду", "на Telegram канале"),
    "be": ("на студэнцкай вечарыне", "па жаночай лініі", "на школьнай лінейцы", "у гарадскім лесе",
           "на рабочай сустрэчы", "па зялёнай траве", "у дзіцячым садку", "на Telegram канале"),
    "en": ("on the student campus", "in the city forest", "on the school grounds", "by the green lake",
           "near the Belarusian forest"),
}


def _invented(rng: random.Random, language: str) -> str:
    root = stem(rng)
    return be_stem(root) if language == "be" else latin_stem(root) if language == "en" else root


def render_street(language: str, rng: random.Random) -> tuple[str, str]:
    """``на Барнавской``, ``па Кастрычніцкай``, ``на студенческой``; ``Barnovska Street`` in English."""
    carrier = rng.choice(CARRIERS[language])
    if language == "en":
        name = _invented(rng, language).capitalize() + rng.choice(("ska", "skaya", "ski")) + " Street"
        return name, carrier.replace("{}", "on {}", 1)
    if rng.random() < 0.5:
        name = rng.choice(COMMON[language])
    else:
        name = _invented(rng, language).capitalize() + ("ской" if language == "ru" else "скай")
    return name, carrier.replace("{}", rng.choice(PREPOSITIONS[language]) + " {}", 1)


def render_landscape(language: str, rng: random.Random) -> tuple[str, str]:
    """``в Гарбатовской пуще``, ``у Карабоцкай пушчы``; ``the Barnovsky Forest`` in English."""
    carrier = rng.choice(LANDSCAPE_CARRIERS[language])
    if language == "en":
        name = _invented(rng, language).capitalize() + "sky " + rng.choice(("Forest", "Lake", "Reserve"))
        return name, carrier.replace("{}", "in the {}", 1)
    prep, noun = rng.choice(LANDSCAPE[language])
    name = _invented(rng, language).capitalize() + ("ской " if language == "ru" else "скай ") + noun
    return name, carrier.replace("{}", prep + " {}", 1)


def render_street_decoy(language: str, rng: random.Random) -> tuple[str, str]:
    """A common adjective with the noun it agrees with, after the same prepositions."""
    carrier = rng.choice(CARRIERS[language] + LANDSCAPE_CARRIERS[language])
    return rng.choice(DECOYS[language]), carrier
