"""Invented decoys for this round's rules: the trigger appears, nothing identifying does (cased and asr_like).

Known false positives left out of the assertions (other rules or ambiguous syntax):
``к озеру ... на озере большом`` and ``у ракі шырокай`` (placecues), ``дали розе воды`` / ``дали вере времени`` /
``дали славе ход`` (a real dative of the proven name), ``у нас на победы праздник`` (elided street),
``колония, номер два в списке дел`` / ``the colony, number two on my list`` (facilities),
``restriction of travel for a year`` (patterns.sentence), ``фамилия длинная пишется``, ``surname is long``,
``фамилия такая редкая`` (older naming-noun rules), ``мне и 3 дня`` (terms.duration), ``по кличке мурзик, он по фамилии
никто`` (natasha reads ``мурзик``; stated_after no longer does). Uncertain candidates kept on purpose, because the
word is also a common surname (Весна, Зима, Кошка, Кот, Гусь; the surname inventory lost 12 rows when they were
guarded): ``Весна пришла рано``, ``Зима пришла``, ``Кошка пришла домой`` (subject slot), ``отпустили кота во
двор``, ``посадили гуся в клетку`` (object slot).
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect

DECOYS = [
    # stated_after: a naming phrase followed by a negation governs what follows
    ("ru", "Адвокат был занят весь день, следователь был злой."),
    ("en", "The lawyer was late and the judge was tired."),
    # respelled: the word after a respelling cue is another cue, a verb or a function word
    ("ru", "Фамилия у него простая, по-польски пишется так же."),
    ("ru", "Фамилия такая, по-русски читается иначе, по-белорусски тоже."),
    ("ru", "Фамилию я не помню, по-английски это звучит смешно."),
    # subject_surnames: weather, seasons, transport, post, devices and pets come and speak
    ("ru", "Дождь пришёл с запада к обеду."),
    ("ru", "Посылка пришла через неделю."),
    ("ru", "Автобус пришёл с опозданием."),
    ("be", "Поезд прыйшоў а восьмай."),
    ("ru", "Снег пришёл неожиданно."),
    ("ru", "Навигатор сказал повернуть налево."),
    ("ru", "Телефон звонил весь вечер."),
    # object_surnames: pets and farm animals
    ("ru", "вызвали такси и поехали домой"),
    ("ru", "вызвали мастера чинить холодильник"),
    # oblique_names / detect_weak: a feminine name's -у is its accusative, no dative
    ("ru", "Злата Лабуцевич приезжала. Дали злату цену хорошую на рынке."),
    # water_names: a description, or adjectives coordinated with each other
    ("ru", "к речке быстрой и холодной"),
    ("ru", "у реки широкой мы стояли"),
    ("ru", "в речке грязной вода"),
    ("ru", "на озере красивом закат"),
    # web contacts, sentence kinds, parks, arrivals, ages
    ("ru", "зайди на сайт ком там всё есть"),
    ("ru", "он пишет и звонит каждый день"),
    ("en", "salt and pepper at the table"),
    ("ru", "ограничение скорости на год ввели"),
    ("ru", "лишение прав на год за скорость"),
    ("ru", "в национальном парке было красиво"),
    ("ru", "приехали на рынок за мясом"),
    ("ru", "мне и 5 минут хватит"),
    ("ru", "в колонии, 5 человек в бригаде"),
]

_NAMES = ("Злата Лабуцевич", "злата лабуцевич")
# oblique_names reads cased text only; in lower case, propagation of the full name still masks ``злату``
_CASED_ONLY = frozenset({"Злата Лабуцевич приезжала. Дали злату цену хорошую на рынке."})


_CASES = [(lang, text, variant) for lang, text in DECOYS for variant in ("cased", "asr")
          if not (variant == "asr" and text in _CASED_ONLY)]


@pytest.mark.parametrize(("lang", "text", "variant"), _CASES)
def test_no_false_span(lang: str, text: str, variant: str) -> None:
    """No span on a decoy but the proven full name it opens with."""
    if variant == "asr":
        text = asr_like(text)
    found = [text[s.start : s.end] for s in detect(text, lang)]
    assert [f for f in found if f not in _NAMES] == []
