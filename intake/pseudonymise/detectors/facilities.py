"""Numbered and descriptive references to places of detention, courts and schools (regex rules).

``ИК-15``, ``СИЗО № 1``, ``колония номер три``, ``семнадцатой колонии``, ``калоніі нумар дваццаць
два``, ``гродненском СИЗО``, ``penal colony number two``, ``prison number four``; named courts
(``суде Фрунзенского района``, ``Минском областном суде``), district names (``Московского района``)
and numbered schools (``третьей школе``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.heard_facilities import heard_isolation_centres
from intake.pseudonymise.detectors.literal_gate import gated_finditer, lowered
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

_I = re.IGNORECASE
_ORD_RU = (
    r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат|"
    r"четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)"
    r"(?:ая|ой|ую|ей|ий|ый|ое|ого|ом|ья|ьей|ью|ье|ьего|ьем|ым)"
)
# ``другай`` only: the other forms of Belarusian "second" are Russian "other" (``в другой колонии``)
_ORD_BE = (
    r"(?:(?:перш|трэцц?|чацв[её]рт|пят|шост|с[её]м|восьм|дзявят|дзевят|дзесят|дзясят|адзінаццат|дванаццат|"
    r"трынаццат|чатырнаццат|пятнаццат|шаснаццат|с[ея]мнаццат|в[ао]с[ея]мнаццат|дзевятнаццат|дваццат|трыццат)"
    r"(?:ая|ай|ую|ой|ы|і|ага|ым|ім|яя|яй|юю|ая|ое|ае)|другай)"
)
_HUNDREDS = r"(?:сто|двести|триста|четыреста|пятьсот|дзвесце|трыста|чатырыста|пяцьсот)\s+"
_TENS_WORD = r"(?:двадцать|тридцать|сорок|пятьдесят|дваццаць|трыццаць|сорак|пяцьдзясят)\s+"
_TENS = rf"(?:{_HUNDREDS}(?:{_TENS_WORD})?|{_TENS_WORD})?"
# ``дваццаць другая``, ``двадцать другой``, ``сто другой``: after a tens or hundreds word ``друг-`` is
# "second", never "other"
_TENS_SECOND = rf"(?:{_HUNDREDS}(?:{_TENS_WORD})?|{_TENS_WORD})друг(?:ая|ой|ую|ое|ога|ага|ім|ай|ія)"
ORDINAL = rf"(?:{_TENS}(?:{_ORD_RU}|{_ORD_BE})|{_TENS_SECOND})"
# Every ordinal above starts with one of these letters: a cheap look-ahead before the long alternation.
_ORD_FIRST = "(?=[пвтчшсдоа])"
_CARD_WORDS = (
    "один одна одну два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
    "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать "
    "тридцать адзін адна два дзве тры чатыры пяць шэсць сем восем дзевяць дзесяць адзінаццаць "
    "дванаццаць трынаццаць чатырнаццаць пятнаццаць шаснаццаць сямнаццаць васямнаццаць дзевятнаццаць "
    "дваццаць трыццаць one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty"
).split()
_CARD1 = "(?:" + "|".join(sorted(set(_CARD_WORDS), key=len, reverse=True)) + ")"
NUMBER = rf"(?:\d{{1,2}}|{_CARD1}(?:[\s-]+{_CARD1})?)"
_ORD_EN = (
    r"(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_HEAD = (
    r"(?:исправительн\w+\s+|папраўч\w+\s+|penal\s+|correctional\s+)?"
    r"(?:колони\w*|калоні\w*|тюрьм\w*|турм\w*|зон[аеуы]|prison|colony|penitentiary|"
    r"сизо|сіза|сізо|следственн\w+\s+изолятор\w*|detention\s+cent(?:re|er)|pre-trial\s+detention\s+cent(?:re|er))"
)
_NUMMARK = r"(?:№|номер|нумар|number|no\.?|#)"

DETENTION_PATTERNS = [
    # Wolves' Burrows, the wolf pits, Wolf's Lair (ИК-22 in English; the apostrophe splits gazetteer words)
    re.compile(r"(?<!\w)wol(?:f|ves)(?:'s|s'|')?\s+(?:pits?|lairs?|burrows?|holes?|dens?|nory)(?!\w)", _I),
    # KGB remand prison, KGB pre-trial detention centre, СИЗО КГБ (the KGB's own remand prison in Minsk)
    re.compile(
        r"(?<!\w)(?:KGB|КГБ|КДБ)\s+(?:remand|pre-?\s?trial|investigat\w*|detention)\s+"
        r"(?:prison|cent(?:re|er)|jail|facility|detention\s+cent(?:re|er))(?!\w)",
        _I,
    ),
    # ИК-15, СИЗО-1, ИК № 3, IK-9, SIZO 8, ПК-4
    re.compile(
        r"(?<!\w)(?:ИК|ІК|ИУ|ПК|ВК|ИУОТ|ЛТП|СИЗО|СІЗА|СІЗО|ИВС|ІЧУ|ЦИП|IK|PC|SIZO|LTP)\s?(?:[-–]\s?|№\s?)?\d{1,2}(?!\d)",
        _I,
    ),
    # ИК четыре, СИЗО номер один, ИУОТ номер 3 (spoken numbers)
    re.compile(rf"(?<!\w)(?:ИК|ІК|ИУОТ|ЛТП|СИЗО|СІЗА|СІЗО|IK|SIZO)\s+(?:{_NUMMARK}\s*)?{NUMBER}(?!\w)", _I),
    # колония № 3, калоніі нумар дваццаць два, penal colony number two, prison No. 4 (``colony 17``, without
    # the mark: colonies.py); an apposition after a comma or ``there`` too (``the colony there, number two``)
    re.compile(rf"(?<!\w){_HEAD}(?:\s+(?:there|там|тут|here))?\s*,?\s*{_NUMMARK}\s*{NUMBER}(?!\w)", _I),
    # семнадцатой колонии, двадцать второй колонии, пятнадцатая зона
    re.compile(rf"(?<!\w){_ORD_FIRST}{ORDINAL}\s+(?:колони\w*|калоні\w*|зон[аеуыой]+|тюрьм\w*|турм\w*)", _I),
    # гродненском СИЗО, могилёвской тюрьме, жодинский изолятор, пінскі ІЧУ; the slang ``централ`` for a
    # town's prison and ``пересылка`` for its transit prison (``оршанская пересылка``, ``брэсцкі цэнтрал``)
    re.compile(
        r"(?<!\w)(?!(?:женск|мужск|детск|жаноч|мужчын|дзіцяч|политическ|палітычн)\w*)"
        r"[^\W\d_]+(?:ск|цк)(?:ом|ой|ий|ая|ую|ого|ага|ам|ай|ім|ым|ае|ое|і)\s+"  # і: Belarusian пінскі ІЧУ
        r"(?:СИЗО|СІЗА|СІЗО|ИВС|ІВС|ІЧУ|ЦИП|ЦІП|колони\w*|калоні\w*|тюрьм\w*|турм\w*|изолятор\w*|ізалятар\w*|"
        r"централ(?:е|а|у|ом)?|цэнтрал(?:е|а|у|ам)?|пересылк\w*|перасылк\w*)(?!\w)",
        _I,
    ),
    # во втором СИЗО, у пятую ІК, в третьем ИВС: an ordinal before a facility's code names a numbered facility
    re.compile(
        rf"(?<!\w){_ORD_FIRST}{ORDINAL}\s+(?:ИК|ІК|ИУОТ|ЛТП|СИЗО|СІЗА|СІЗО|ИВС|ІВС|ЦИП|ЦІП|ІЧУ|SIZO|IK)(?!\w)", _I
    ),
]

ORG_PATTERNS = [
    # суде Фрунзенского района, судзе Ленінскага раёна, юридической консультации Ленинского района
    re.compile(
        r"(?<!\w)(?:суд\w*|юридическ\w+\s+консультаци\w+|юрыдычн\w+\s+кансультацы\w+)\s+"
        r"[А-ЯЁІЎ][^\W\d_]*(?:ого|ага|его)\s+(?:район\w*|раён\w*)"
    ),
    # Минском областном суде, Минской городской коллегии адвокатов, Мінскі абласны суд
    re.compile(
        r"(?<!\w)[А-ЯЁІЎ][^\W\d_]+(?:ск|цк)\w*\s+(?:областн|городск|районн|абласн|гарадск|раённ|межрайонн|"
        r"міжраённ|экономическ|гаспадарч)\w*\s+(?:суд\w*|коллеги\w+\s+адвокатов|калегі\w+\s+адвакатаў)"
    ),
    # третьей школе, школе номер пять, гимназии № 2, лицей № 1
    re.compile(rf"(?<!\w){_ORD_FIRST}{ORDINAL}\s+(?:школ\w*|гимнази\w*|гімназі\w*|лице\w*|ліцэ\w*)", _I),
    re.compile(rf"(?<!\w)(?:школ\w*|гимнази\w*|гімназі\w*|лице\w*|ліцэ\w*)\s*{_NUMMARK}\s*{NUMBER}(?!\w)", _I),
]

LOCATION_PATTERNS = [
    # Московского района, Фрунзенскі раён, Ленинский район (districts of a city)
    re.compile(r"(?<!\w)[А-ЯЁІЎ][^\W\d_]*(?:ск|цк)[^\W\d_]*\s+(?:район\w*|раён\w*|district)"),
    # улица / вуліца / проспект / площадь + a capitalised name
    re.compile(
        r"(?<!\w)(?:улиц\w*|вуліц\w*|проспект\w*|праспек[тц]\w*|площад\w*|плошч\w*|переул\w*|завулк\w*|"
        r"бульвар\w*|микрорайон\w*|мікрараён\w*)\s+[А-ЯЁІЎ][^\W\d_]+(?:\s+[А-ЯЁІЎ][^\W\d_]+)?"
    ),
]


def _spans(text: str, low: str | None, patterns: list[re.Pattern[str]], label: str) -> Iterator[Span]:
    for pat in patterns:
        literals, words_before = GATES[pat.pattern]
        for m in gated_finditer(pat, text, low, literals, words_before):
            yield Span(m.start(), m.end(), label, m.group(), 0.9, "facilities")


_ORD_STEMS = _ORD_RU.split("(?:ая")[0] + "|" + _ORD_BE.split("(?:ая")[0].removeprefix("(?:")
BARE_ORDINAL = re.compile(rf"(?<!\w)(?:в|во|у|ў)\s+({_TENS}(?:{_ORD_STEMS})(?:ой|ай))(?!\w)\W*(\w*)", _I)
COLONY_WORD = re.compile(r"колони|калоні|(?<!\w)зон[аеуы](?!\w)|на зоне", _I)


def bare_ordinals(text: str, is_noun: Callable[[str], bool]) -> list[Span]:
    """``в двадцать второй`` standing for a colony already named in the text (``... в двадцать второй
    политических много``): only when the text speaks of colonies and no noun follows the ordinal."""
    if not COLONY_WORD.search(text):
        return []
    out = []
    for m in BARE_ORDINAL.finditer(text):
        if m.group(2) and is_noun(m.group(2)):
            continue
        out.append(Span(m.start(1), m.end(1), "DETENTION", m.group(1), 0.6, "facilities"))
    return out


# a remand prison called by its street: ``the pre-trial prison on Kirava``, ``СИЗО на Володарского``,
# ``ИВС на Книжной`` (a street named by an adjective; pronoun-like adjectives are kept out)
_STREET_PRISON = re.compile(
    r"(?<!\w)(?:(?:pre[\s-]?trial|remand|detention)\s+(?:prison|jail|cent(?:re|er)|facility)\s+on\s+"
    r"((?!(?:the|a|an|my|his|her|their|that|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"[a-z]{4,})|((?:сизо|сіза|сізо|ивс|ічу|цип|тюрьм\w*|турм\w*|изолятор\w*|ізалятар\w*)\s+на\s+"
    r"(?!(?:друг|так|как|как|эт|т|сам|наш|ваш|сво|мо|тв|все|ўс|ус|кожн|кажд|нов|стар|перв|перш|следующ|наступн)"
    r"(?:ой|ай|ей|эй)(?!\w))"
    r"[^\W\d_]{3,}(?:ого|ага|ова|ава|ёва|ева|ина|іна|ына|ой|ай|ей)))(?!\w)",
    _I,
)


# the seventeenth colony, the twenty-second penal colony (English ordinals before a colony noun)
_EN_ORDINAL_COLONY = re.compile(rf"(?<!\w){_ORD_EN}\s+(?:penal\s+|correctional\s+)?(?:colony|prison|zone)(?!\w)", _I)
_EN_COLONY_GATE = re.compile(r"colony|prison|zone", _I)


def ordinal_colonies(text: str, low: str | None = None) -> list[Span]:
    """``the seventeenth colony``; the noun is looked for first (a cheap gate for the ordinal alternation)."""
    low = low if low is not None else lowered(text)
    if low is None and not _EN_COLONY_GATE.search(text):
        return []
    found = gated_finditer(_EN_ORDINAL_COLONY, text, low, ("colony", "prison", "zone"), 3)
    return [Span(m.start(), m.end(), "DETENTION", m.group(), 0.9, "facilities") for m in found]


def street_prisons(text: str, low: str | None = None) -> list[Span]:
    """The street name after a prison noun and ``on``/``на`` names the prison (``pre-trial prison on kirava``);
    in Russian and Belarusian the whole phrase is the name (``ИВС на Книжной``, ``турма на Кірава``)."""
    out = []
    for m in gated_finditer(_STREET_PRISON, text, low if low is not None else lowered(text), _STREET_STARTS):
        g = 1 if m.group(1) else 2
        out.append(Span(m.start(g), m.end(g), "DETENTION", m.group(g), 0.6, "facilities"))
    return out


_CASELESS_ORG = [re.compile(p.pattern, _I) for p in ORG_PATTERNS]
_CASELESS_LOC = [re.compile(p.pattern, _I) for p in LOCATION_PATTERNS[:1]]


# Where each expression can match (``literal_gate.gated_finditer``): the lower-case literals one of which opens
# every match (after ``(?<!\w)``), or, with a number N, the head nouns one of which follows at most N whole
# words of the match, the first of which opens it (ordinals are letters, joined by spaces or a hyphen).
_PRISON_HEADS = ("колони", "калоні", "зон", "тюрьм", "турм")
_SCHOOLS = ("школ", "гимнази", "гімназі", "лице", "ліцэ")
_STREET_STARTS = ("pre", "remand", "detention", "сизо", "сіза", "сізо", "ивс", "ічу", "цип", "тюрьм", "турм",
                  "изолятор", "ізалятар")
_CODES = ("ик", "ік", "иуот", "лтп", "сизо", "сіза", "сізо", "ивс", "івс", "цип", "ціп", "ічу", "sizo", "ik")
_GATES: list[tuple[re.Pattern[str], tuple[str, ...], int]] = [
    (DETENTION_PATTERNS[0], ("wol",), 0),
    (DETENTION_PATTERNS[1], ("kgb", "кгб", "кдб"), 0),
    (DETENTION_PATTERNS[2], ("ик", "ік", "иу", "пк", "вк", "лтп", "сизо", "сіза", "сізо", "ивс", "ічу", "цип", "ik",
                             "pc", "sizo", "ltp"), 0),
    (DETENTION_PATTERNS[3], ("ик", "ік", "иуот", "лтп", "сизо", "сіза", "сізо", "ik", "sizo"), 0),
    (DETENTION_PATTERNS[4], ("исправительн", "папраўч", "penal", "correctional", *_PRISON_HEADS, "prison", "colony",
                             "penitentiary", "сизо", "сіза", "сізо", "следственн", "detention", "pre-trial"), 0),
    (DETENTION_PATTERNS[5], _PRISON_HEADS, 2),
    (DETENTION_PATTERNS[6], ("сизо", "сіза", "сізо", "ивс", "івс", "ічу", "цип", "ціп", "колони", "калоні", "тюрьм",
                             "турм", "изолятор", "ізалятар", "централ", "цэнтрал", "пересылк", "перасылк"), 1),
    (DETENTION_PATTERNS[7], _CODES, 2),
    (ORG_PATTERNS[0], ("суд", "юридическ", "юрыдычн"), 0),
    (ORG_PATTERNS[1], ("областн", "городск", "районн", "абласн", "гарадск", "раённ", "межрайонн", "міжраённ",
                       "экономическ", "гаспадарч"), 1),
    (ORG_PATTERNS[2], _SCHOOLS, 2),
    (ORG_PATTERNS[3], _SCHOOLS, 0),
    (LOCATION_PATTERNS[0], ("район", "раён", "district"), 1),
    (LOCATION_PATTERNS[1], ("улиц", "вуліц", "проспект", "праспек", "площад", "плошч", "переул", "завулк", "бульвар",
                            "микрорайон", "мікрараён"), 0),
]
# keyed by the expression's text: the case-sensitive and the caseless copy share a gate
GATES = {pat.pattern: (literals, n) for pat, literals, n in _GATES}


# A qualifying adjective before a numbered facility is part of its name (``жаночай калоніі нумар чатыры``,
# ``женской колонии номер 4``, ``women's colony number four``); pronoun adjectives are no qualifier (``той``,
# ``этой``, ``нашай``), and in Russian pymorphy3 must read the word as a plain adjective (not ``стеной``).
_FEMININE_HEAD = re.compile(r"(?:исправительн|папраўч|колони|калоні|тюрьм|турм|зон)", _I)
_QUALIFIER = re.compile(r"(?<![\w'’])([^\W\d_]{4,}(?:ая|яя|ой|ей|ай|яй|ую|юю))\s+$")
_EN_QUALIFIER = re.compile(
    r"(?<![\w'’])(?:(?:wom[ae]n|men|children|girls|boys)(?:['’]s|\s?s)?|female|male|juvenile|youth)\s+$", _I
)
_BE_PRONOUN = re.compile(
    r"^(?:наш|ваш|маё|тваё|сваё|іхн|інш|як|адн|кожн|сам|гэт|т|так|ус|ўс|цэл|люб|друг|чыё|нейк|гэтак)"
    r"(?:ая|ай|ой|ую|яй|ое|ае)$"
)


def _qualified(text: str, span: Span) -> Span:
    """``span`` (a numbered colony, prison or remand prison) with the qualifying adjective before it, if any."""
    before = text[max(0, span.start - 40) : span.start]
    if _FEMININE_HEAD.match(span.text):
        m = _QUALIFIER.search(before)
        if m is None or not _plain_adjective(m.group(1).lower()):
            return span
    elif span.text.isascii():
        m = _EN_QUALIFIER.search(before)
        if m is None:
            return span
    else:
        return span  # a neuter remand prison (``СИЗО``): its adjective is a place's, read by pattern
    start = span.start - len(before) + m.start()
    return Span(start, span.end, span.label, text[start : span.end], span.score, span.source)


def _plain_adjective(low: str) -> bool:
    """A full adjective that is no pronoun: pymorphy3's first reading of a Russian word, the endings and the
    pronoun stems of a Belarusian one."""
    if is_stop_word(low) or _BE_PRONOUN.match(low):
        return False
    parses = namelex.analyzer().parse(low)
    if parses and parses[0].is_known:
        return parses[0].tag.POS == "ADJF" and "Apro" not in parses[0].tag and "Anum" not in parses[0].tag
    return not low.isascii()


def detect_patterns(text: str, lowercase: bool = False) -> list[Span]:
    """Facility, court, school and district references found by pattern.

    Court and district patterns need a capitalised name, except in ``lowercase`` text.
    """
    low = lowered(text)
    out = list(_spans(text, low, DETENTION_PATTERNS[:4], "DETENTION"))
    out += [_qualified(text, sp) for sp in _spans(text, low, DETENTION_PATTERNS[4:5], "DETENTION")]
    out += _spans(text, low, DETENTION_PATTERNS[5:], "DETENTION")
    out += street_prisons(text, low) + ordinal_colonies(text, low) + heard_isolation_centres(text, low)
    out += _spans(text, low, _CASELESS_ORG if lowercase else ORG_PATTERNS, "ORGANISATION")
    out += _spans(text, low, _CASELESS_LOC if lowercase else LOCATION_PATTERNS, "LOCATION")
    return out
