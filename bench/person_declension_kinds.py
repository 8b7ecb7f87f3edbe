"""Renderers for ``person_declension.py``: invented surnames of every declension class in every case form.

A surname is an invented stem (random syllables, so no list can hold it) plus the nominative ending of a
declension class; its oblique forms are the class's case endings, written here from the Russian and
Belarusian grammars (Belarusian with akanye and the ``-це``/``-дзе``/``-зе``/``-се``/``-цы`` alternations).
A few classes take real adjectives as surnames (``Ціхая``, ``Белы``, ``Тихий``), whose decoys are the same
words used as adjectives far from the name. Every rendering proves the name once (given name + surname in
the nominative, capitalised) and then uses one oblique form of the surname alone in a carrier sentence.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

# class -> language -> (gender, nominative ending, oblique endings); the stem is invented.
CLASSES: dict[str, dict[str, tuple[str, str, tuple[str, ...]]]] = {
    "M_HARD": {"ru": ("m", "ут", ("ута", "уту", "утом", "уте")), "be": ("m", "ут", ("ута", "уту", "утам"))},
    "M_SOFT": {"ru": ("m", "ель", ("еля", "елю", "елем", "еле")), "be": ("m", "ель", ("еля", "елю", "елем"))},
    "M_EJ": {"ru": ("m", "ей", ("ея", "ею", "еем", "ее")), "be": ("m", "ей", ("ея", "ею", "еем"))},
    "M_IJ": {"ru": ("m", "ий", ("ия", "ию", "ием", "ии")), "be": ("m", "ій", ("ія", "ію", "іем"))},
    "M_ICH": {"ru": ("m", "ич", ("ича", "ичу", "ичем", "ичом", "иче")), "be": ("m", "іч", ("іча", "ічу", "ічам"))},
    "M_OV": {"ru": ("m", "ов", ("ова", "ову", "овым", "ове")), "be": ("m", "аў", ("ава", "аву", "авым", "аве"))},
    "F_A": {"ru": ("f", "ина", ("ины", "ине", "ину", "иной")), "be": ("f", "іна", ("іны", "іне", "іну", "інай"))},
    "F_RA": {"ru": ("f", "ура", ("уры", "уре", "уру", "урой")), "be": ("f", "ура", ("уры", "уру", "урай"))},
    "F_YA": {"ru": ("f", "еля", ("ели", "еле", "елю", "елей")), "be": ("f", "еля", ("елі", "елю", "еляй"))},
    "F_KA": {"ru": ("f", "ка", ("ки", "ке", "ку", "кой")), "be": ("f", "ка", ("кі", "цы", "ку", "кай"))},
    "F_GA": {"ru": ("f", "га", ("ги", "ге", "гу", "гой")), "be": ("f", "га", ("гі", "зе", "гу", "гай"))},
    "F_HA": {"ru": ("f", "ха", ("хи", "хе", "ху", "хой")), "be": ("f", "ха", ("хі", "се", "ху", "хай"))},
    "F_TA": {"ru": ("f", "та", ("ты", "те", "ту", "той")), "be": ("f", "та", ("ты", "це", "ту", "тай"))},
    "F_DA": {"ru": ("f", "да", ("ды", "де", "ду", "дой")), "be": ("f", "да", ("ды", "дзе", "ду", "дай"))},
    "F_CA": {"ru": ("f", "ца", ("цы", "це", "цу", "цей")), "be": ("f", "ца", ("цы", "цу", "цай"))},
    "F_OVA": {"ru": ("f", "ова", ("овой", "ову")), "be": ("f", "ава", ("авай", "аву", "авой"))},
    "ADJ_SKIJ": {"ru": ("m", "ский", ("ского", "скому", "ским", "ском")),
                 "be": ("m", "скі", ("скага", "скаму", "скім"))},
    "ADJ_SKAYA": {"ru": ("f", "ская", ("ской", "скую")), "be": ("f", "ская", ("скай", "скую", "скай"))},
    "ADJ_AYA": {"ru": ("f", "ая", ("ой", "ую")), "be": ("f", "ая", ("ай", "ую", "ой"))},
    "ADJ_YJ": {"ru": ("m", "ый", ("ого", "ому", "ым", "ом")), "be": ("m", "ы", ("ага", "аму", "ым"))},
    "ADJ_OJ": {"ru": ("m", "ой", ("ого", "ому", "ым", "ом")), "be": ("m", "кі", ("кага", "каму", "кім"))},
    "INDECL": {"ru": ("m", "енко", ("енко",)), "be": ("m", "енка", ("енка",))},
    "INDECL_YH": {"ru": ("f", "ых", ("ых",)), "be": ("f", "ых", ("ых",))},
}
# Real adjectives as surnames: (nominative, oblique forms, decoy phrases with the same words far from a name).
REAL: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "ru": (("f", "Тихая", ("Тихой", "Тихую")), ("m", "Тихий", ("Тихого", "Тихому", "Тихим")),
           ("f", "Белая", ("Белой", "Белую")), ("m", "Белый", ("Белого", "Белому", "Белым")),
           ("f", "Дубина", ("Дубины", "Дубине", "Дубину", "Дубиной"))),
    "be": (("f", "Ціхая", ("Ціхай", "Ціхую", "Ціхой")), ("m", "Ціхі", ("Ціхага", "Ціхаму", "Ціхім")),
           ("f", "Белая", ("Белай", "Белую")), ("m", "Белы", ("Белага", "Беламу", "Белым")),
           ("f", "Дубіна", ("Дубіны", "Дубіне", "Дубіну", "Дубінай"))),
}
# Decoy sentences: ``[word]`` marks the common word whose masking is counted.
DECOYS: dict[str, tuple[str, ...]] = {
    "ru": ("Была [тихая] ночь, все спали.", "Он говорил [тихим] голосом.", "Мы покрасили забор [белой] краской.",
           "Возле дома стоит старая [дубина].", "Я люблю [тихую] музыку.", "На нём был [белый] свитер.",
           "[Тихого] вечера нам не дали.", "[Белую] машину мы увидели издалека."),
    "be": ("Была [ціхая] ноч, усе спалі.", "Ён гаварыў [ціхім] голасам.", "Мы пафарбавалі плот [белай] фарбай.",
           "Каля хаты [дубіна] стаіць.", "Я люблю [ціхую] музыку.", "На ім быў [белы] швэдар.",
           "[Ціхага] вечара нам не далі.", "[Белую] машыну мы ўбачылі здалёк."),
}
GIVEN = {"ru": {"m": ("Андрей", "Сергей", "Павел"), "f": ("Марина", "Ольга", "Светлана")},
         "be": {"m": ("Андрэй", "Сяргей", "Павел"), "f": ("Марына", "Вольга", "Святлана")}}
# ``(masculine|feminine)`` endings of the verb agree with the name's gender.
SEEDS = {"ru": ("Об этом мне рассказал(|а) {}, мы знакомы давно.", "{} тогда работал(|а) в школе."),
         "be": ("Пра гэта мне расказа(ў|ла) {}, мы даўно знаёмыя.", "{} тады працава(ў|ла) у школе.")}
FILLER = {"ru": "Потом прошло несколько месяцев, и многое изменилось.",
          "be": "Потым прайшло некалькі месяцаў, і шмат што змянілася."}
CARRIERS = {"ru": ("Я потом ещё раз видела {} у суда.", "Мы с {} долго говорили.", "Про {} писали в газете.",
                   "{} тогда уже не было в городе.", "ну и вот {} и позвонили"),
            "be": ("Я потым яшчэ раз бачыла {} каля суда.", "Мы з {} доўга размаўлялі.", "Пра {} пісалі ў газеце.",
                   "{} тады ўжо не было ў горадзе.", "ну і вось {} і патэлефанавалі")}
_ONSETS = "б в г д з к л м н п р с т ж ш ч бр гр др кр пр тр ст".split()
_VOWELS = {"ru": "аоуие", "be": "аоуіэ"}


@dataclass(frozen=True)
class Rendering:
    """``text[start:end]`` is the oblique form (for kind DECOY, the common word); ``text[:proof]`` ends with
    the surname in the nominative that proves the name."""

    kind: str
    language: str
    text: str
    start: int
    end: int
    proof: tuple[int, int]


def _stem(language: str, ending: str, rng: random.Random) -> str:
    """One or two invented open syllables, closed by a consonant before a vowel ending (``Бел``+``ая``,
    ``Ру``+``та``): short stems are where one stripped case ending leaves too little to compare."""
    syllables = [rng.choice(_ONSETS) + rng.choice(_VOWELS[language]) for _ in range(rng.choice((1, 2)))]
    tail = rng.choice("бвгдзклмнпрст") if ending[0] in "аеиоуыэюяі" else ""
    return ("".join(syllables) + tail).capitalize()


def _gendered(template: str, gender: str) -> str:
    return re.sub(r"\((\w*)\|(\w*)\)", lambda m: m.group(2 if gender == "f" else 1), template)


def _embed(kind: str, language: str, seed: tuple[str, str], form: str, rng: random.Random) -> Rendering:
    """The seed sentence (its template, the surname), a filler sentence, then ``form`` in a carrier."""
    template, surname = seed
    head = template.format(surname) + f" {FILLER[language]} "
    proof = template.index("{}") + len(surname) - len(surname.split()[-1])
    carrier = rng.choice(CARRIERS[language])
    if kind == "DECOY":
        carrier, form = re.sub(r"\[\w+\]", "{}", form), re.search(r"\[(\w+)\]", form).group(1)  # type: ignore[union-attr]
    start = len(head) + carrier.index("{}")
    text = head + carrier.replace("{}", form, 1)
    return Rendering(kind, language, text, start, start + len(form), (proof, proof + len(surname.split()[-1])))


def render(kind: str, language: str, rng: random.Random) -> Rendering:
    """One surname of ``kind``, proved once with a given name, then one of its oblique forms alone."""
    if kind in ("REAL", "DECOY"):
        gender, nominative, forms = rng.choice(REAL[language])
        form = rng.choice(forms if kind == "REAL" else DECOYS[language])
    else:
        gender, ending, endings = CLASSES[kind][language]
        stem = _stem(language, ending, rng)
        nominative, form = stem + ending, stem + rng.choice(endings)
    given = rng.choice(GIVEN[language][gender])
    seed = (_gendered(rng.choice(SEEDS[language]), gender), f"{given} {nominative}")
    return _embed(kind, language, seed, form, rng)


KINDS = (*CLASSES, "REAL", "DECOY")
