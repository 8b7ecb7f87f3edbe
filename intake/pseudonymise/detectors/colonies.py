"""A facility called by its number alone: slang number nouns and bare ordinals (recall first).

In an interview that speaks of colonies anywhere (``колония``, ``калонія``, ``ИК``, ``зона``, ``сидит``,
``penal colony``, ``prison`` ...), these are DETENTION, uncertain (score 0.5, reason
``uncertain:facility``):

* a number noun in any case, Russian or Belarusian, with the ``к``/``ц`` alternation (``на двойке``,
  ``восьмёрка``, ``на семнашке``, ``на сямнашцы``, ``на чацвёрцы``, ``у дзявятцы``);
* an ordinal that no noun follows (``в третьей``, ``на тринадцатой,``, ``..., дваццаць чацвёртая.``,
  ``in the seventeenth``, ``in the first they put him``). Russian agreement is pymorphy3's (``в третьей
  школе`` has a noun, ``в третьей условия тяжёлые`` does not); Belarusian compares endings; English takes
  an ordinal after ``in/at/to/from the`` followed by a clause end or a function word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.facility_echoes import detect_echoes
from intake.pseudonymise.detectors.numwords import lookup, read_number
from intake.pseudonymise.detectors.ordinal_echoes import ordinal_echoes
from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.detectors.slang_context import in_town, is_decoy, prison_near, restated_by_code
from intake.pseudonymise.detectors.town_colonies import town_colonies
from intake.pseudonymise.spans import UNCERTAIN, Span

DOC_CUE = re.compile(
    r"колони|калоні|заключ[её]нн|зняволен|вязн|вязен|вязьн|тюрьм|турм|(?<!\w)(?:зон[аеуыі]|ИК|ік|сизо|сіза|"
    r"этап\w*|исправительн\w*|сидит|сядзіць|отсидел\w*|адсядзе\w*|penal|colony|colonies|prison|prisoners?|"
    r"inmates?|jail\w*|convict\w*|sentenced|detention|"
    # an arrest (``его задержали``, ``яго затрымалі``, ``арестовали``, ``he was detained``)
    r"задерж\w*|затрыма\w*|арестова\w*|арыштава\w*|detained|arrested|"
    # a colony's regime: ``строгий режим``, ``узмоцненага рэжыму``, ``general regime``
    r"(?:строг|усилен|общ|особ|узмоцнен|агульн|асабл|strict|general|reinforced|maximum)\w*\s+(?:режим|рэжым|regime)\w*)"
    r"(?!\w)",
    re.IGNORECASE,
)
_SLANG_STEMS = (
    "двойк тройк четверк пятерк шестерк семерк восьмерк девятк одиннашк двенашк тринашк четырнашк "
    "пятнашк шестнашк семнашк восемнашк девятнашк двадцатк тридцатк чацверк пяцерк шасцерк сямерк васьмерк "
    "дзявятк дзевятк дзясятк дзесятк десятк трешк двушк аднушк "
    "адзінаццатк дванаццатк трынаццатк сямнашк васямнашк дваццатк трыццатк"
).split() + [  # 11-20 as ``-цатка`` nouns, every teen (``на пятнадцатке``, ``у пятнаццатцы``, ``шаснаццатка``)
    teen + "к" for teen in (
        "одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат "
        "чатырнаццат пятнаццат шаснаццат сямнаццат васямнаццат дзевятнаццат"
    ).split()
]
# The same nouns as Whisper writes them in Latin letters (``Pyatnashka``, ``on the semnashke``).
_LATIN_SLANG = (
    "dvoyk dvoik troyk troik chetvyork chetvork pyatyork pyaterk pyatork shestyork shesterk semyork semerk "
    "vosmyork vosmerk devyatk dzyavyatk odinnashk dvenashk trinashk chetyrnashk pyatnashk shestnashk "
    "semnashk syamnashk vosemnashk devyatnashk dvadtsatk dvatsatk"
).split()
# Several transliteration schemes for each Cyrillic letter that they spell differently (``я``: ya, ia, ja).
_TRANSLIT = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g", "h"), "д": ("d",), "е": ("e", "ie", "ye"),
    "ё": ("yo", "io", "e"), "ж": ("zh",), "з": ("z",), "и": ("i",), "і": ("i",), "й": ("y", "i", "j"),
    "к": ("k",), "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",),
    "т": ("t",), "у": ("u",), "ў": ("u", "w"), "ф": ("f",), "х": ("kh", "h"), "ц": ("ts", "c"),
    "ч": ("ch",), "ш": ("sh",), "ы": ("y",), "ь": ("",), "ю": ("yu", "iu"), "я": ("ya", "ia", "ja"),
}


def _latin(stem: str) -> set[str]:
    """Every Latin spelling of a Cyrillic stem under the schemes above (``семнашк``: semnashk, siemnashk ...)."""
    forms = {""}
    for ch in stem:
        forms = {f + t for f in forms for t in _TRANSLIT.get(ch, (ch,))}
    return forms


_SLANG = tuple(
    sorted(
        {s for stem in _SLANG_STEMS for s in (stem, stem[:-1] + "ц")}
        | set(_LATIN_SLANG)
        | {latin for stem in _SLANG_STEMS for latin in _latin(stem)}
    )
)
_PREPS = frozenset("в во на у ў из з с со до да ад от".split())
_EN_PREPS = frozenset("in at to from into".split())
_EN_FUNCTION = frozenset(
    "they he she i we it you there the a an was is were are for where when and but so they've he's she's "
    "until till since because as then or nor who which that by before after during while penal colony prison "
    "too also again now either in near outside"
    # words of frequency and time after a facility's ordinal (``goes to the fifteenth every month``)
    " every each once twice last next this almost only just already still often regularly sometimes"
    # auxiliaries after a facility that is the subject's place (``letters from the third do not arrive``)
    " do does did don't doesn't didn't had has have will would could can never"
    # a kin noun opens the next clause (``he was in the eighth dad called the lawyer``): no kin has an ordinal
    " mum mom dad mother father brother sister wife husband son daughter"
    .split()
)
# ``people call it the fifteenth``, ``known as the third``, ``..., the twenty-second.``: an English ordinal
# that names something (3 and up; ``the first``/``the second`` name too many other things).
_EN_NAMING = frozenset("it as call calls called calling named nicknamed".split())
_FEM_ENDINGS = ("ая", "ой", "ую", "ей", "ай", "яя", "яй", "юю", "ья", "ью")  # ``третья``, ``третью``
_BE_NOUN_AFTER = {
    "ая": ("а", "я"), "яя": ("а", "я"), "ую": ("у", "ю"), "юю": ("у", "ю"),
    "ой": ("е", "ы", "і", "ой", "ай", "цы"), "ай": ("е", "ы", "і", "ой", "ай", "цы"), "яй": ("е", "ы", "і", "ай"),
    "ей": ("е", "и", "ой", "ей"),
}


def _fold(low: str) -> str:
    return low.replace("ё", "е")


def _uncertain(text: str, start: int, end: int) -> Span:
    return Span(start, end, "DETENTION", text[start:end], 0.5, "colonies", f"{UNCERTAIN}:facility")


@lru_cache(maxsize=20_000)
def _ru_forms(word: str, pos: str) -> frozenset[tuple[str, str, str]]:
    out = set()
    for p in namelex.analyzer().parse(word):
        if pos == p.tag.POS and p.is_known:
            out.add((str(p.tag.case), str(p.tag.number), str(p.tag.gender or "")))
    return frozenset(out)


def _agrees_ru(ordinal: str, noun: str) -> bool:
    nouns = _ru_forms(noun, "NOUN")
    if not nouns:
        return False
    for case, number, gender in _ru_forms(ordinal, "ADJF"):
        for ncase, nnumber, ngender in nouns:
            if case == ncase and number == nnumber and (number == "plur" or not ngender or gender == ngender):
                return True
    return False


def _noun_follows(words: Words, j: int, ordinal: str, language: str) -> bool:
    toks = words.tokens
    if j >= len(toks) or ends_clause(words.gaps[j - 1]) or words.gaps[j - 1].strip(" -") != "":
        return False
    nxt = toks[j].low
    if not nxt.isalpha():
        return False
    if language == "en":
        return nxt not in _EN_FUNCTION
    if language == "ru":
        return _agrees_ru(ordinal, nxt)
    tail = next((e for e in _BE_NOUN_AFTER if ordinal.endswith(e)), None)
    # a noun has more than two letters (``у трэцюю у нас``: the preposition ``у`` is no noun)
    return tail is not None and len(nxt) > 2 and nxt.endswith(_BE_NOUN_AFTER[tail]) and lookup(nxt) is None


# Forms numwords does not read yet, mapped to a form of the same number and gender that it reads.
_NUMWORDS_GAPS = {"трэцяя": "трэцяй", "трэццяя": "трэцяй"}


def _ordinal_at(words: Words, i: int) -> int | None:
    """Index after an ordinal (``тринадцатой``, ``дваццаць чацвёртая``, ``twenty-second``) at ``i``."""
    lows = [_NUMWORDS_GAPS.get(t.low, t.low) for t in words.tokens[i : i + 3]]
    num = read_number(lows, words.gaps[i : i + 3])
    if num is None or not num.ordinal or not 1 <= num.value <= 40:
        return None
    return i + num.used


def _en_context(words: Words, i: int) -> bool:
    """``in/at/to the <ordinal>``, or (3 and up) a naming word or a clause break before ``the``."""
    before = words.tokens[i - 2].low
    if before in _EN_PREPS or (before == "of" and i >= 3 and words.tokens[i - 3].low == "out"):
        return True  # ``in the third``, ``came out of the fifteenth``
    num = read_number([t.low for t in words.tokens[i : i + 3]], words.gaps[i : i + 3])
    gap = words.gaps[i - 2]  # ``in homel  the twelfth``: the double blank of a dropped comma counts as one
    named = before in _EN_NAMING or gap.strip() in (",", ";", ":", "-", "—") or gap == "  " or _en_apposition(words, i)
    return named and num is not None and num.value >= 3


_EN_HEADS = frozenset("colony colonies prison penitentiary".split())


def _en_apposition(words: Words, i: int) -> bool:
    """``penal colony number 17  the seventeenth``: the double blank of a dropped comma before ``the`` and a
    colony noun at most four words before it (lower-cased speech recognition)."""
    return words.gaps[i - 2] == "  " and any(t.low in _EN_HEADS for t in words.tokens[max(0, i - 6) : i - 2])


_HEAD = re.compile(r"^(?:колони|калоні|зон[аеуыі]$|тюрьм|турм)")


def _after_head(words: Words, i: int) -> bool:
    """A colony noun at most four words before ``i`` in the same sentence (``калонія пад Рэчыцай,
    дваццаць чацвёртая``): the ordinal is its apposition, whatever follows."""
    for j in range(i - 1, max(-1, i - 5), -1):
        gap = words.gaps[j].strip()
        if ends_clause(words.gaps[j]) and not gap.startswith(","):
            return False  # a sentence ends between the noun and the ordinal
        if _HEAD.match(words.tokens[j].low):
            return True
    return False


def _same_preposition(words: Words, i: int) -> bool:
    """``в колонии в восьмой``, ``на зоне на третьей``: the ordinal repeats the preposition of the colony noun
    before it, an apposition whatever noun follows (unpunctuated speech has no comma to tell)."""
    toks = words.tokens
    prep = toks[i - 1].low
    if prep not in _PREPS or i < 3:
        return False
    return any(_HEAD.match(toks[j].low) and toks[j - 1].low == prep for j in range(max(1, i - 4), i - 1))


def _slavic_context(words: Words, i: int, end: int, last_low: str, language: str) -> bool:
    """A feminine ordinal after a preposition (``на тринадцатой``), alone between commas, or after a colony
    noun; no noun agreeing with it follows (``в третьей школе``)."""
    toks = words.tokens
    if _after_head(words, i):  # Belarusian agreement by endings is too weak without punctuation
        return language == "be" or _same_preposition(words, i) or not _noun_follows(words, end, last_low, language)
    prep = toks[i - 1].low in _PREPS and words.gaps[i - 1].strip() == ""
    filler = _filler_named(words, i, end)
    if not (prep or filler or words.gaps[i - 1].strip() == ","):
        return False
    if _noun_follows(words, end, last_low, language):
        return False
    closes = end >= len(toks) or ends_clause(words.gaps[end - 1]) or words.gaps[end - 1].strip() == ","
    return prep or filler or closes  # a standalone ordinal must close its phrase


# Unpunctuated speech (``перавялі ў шклоў ну сямнаццатая і цяпер``): a filler stands where the comma was, and a
# conjunction or a word of time or place where the next comma was.
_FILLERS = frozenset("ну вот вось значит значыць типа тыпу".split())
_AFTER_FILLER = frozenset("и і а но але бо там туда туды тут цяпер теперь сейчас зараз".split())


def _filler_named(words: Words, i: int, end: int) -> bool:
    """A filler, the ordinal (not ``first``) and a conjunction or a word of time or place after it, the word
    after that no second number (``ну вторая и третья попытки`` counts)."""
    toks = words.tokens
    if toks[i - 1].low not in _FILLERS or words.gaps[i - 1].strip() or toks[i].low.startswith(("перв", "перш")):
        return False
    if end >= len(toks) or toks[end].low not in _AFTER_FILLER or words.gaps[end - 1].strip():
        return False
    return end + 1 >= len(toks) or lookup(toks[end + 1].low) is None


_SLANG_SET = frozenset(_SLANG)
_SLANG_LENGTHS = tuple(sorted({len(stem) for stem in _SLANG}))
_SLANG_HEADS = frozenset(stem[:2] for stem in _SLANG)


def _is_slang(low: str) -> bool:
    """``low`` starts with a slang stem (a set look-up per stem length, not a scan of every stem)."""
    if low[:2] not in _SLANG_HEADS:
        return False
    return any(low[:n] in _SLANG_SET for n in _SLANG_LENGTHS if n <= len(low))


# ``на тройке под Витебском``: a slang number after ``на``/``у`` placed near a town is a colony even in a
# text with no other word of detention
_PLACED = frozenset("под пад около каля возле near outside".split())


def _placed(words: Words, i: int) -> bool:
    toks = words.tokens
    if not 0 < i < len(toks) - 1 or toks[i - 1].low not in _PREPS:
        return False
    return toks[i + 1].low in _PLACED or in_town(words, i + 1)


def _local(words: Words, i: int) -> bool:
    """In a text with no word of detention: placed near a town, or after a preposition with a prison word or a
    sentence length nearby (``сядзеў на чацвёрцы``, ``перевели на шестёрку``)."""
    if _placed(words, i):
        return True
    return i > 0 and words.tokens[i - 1].low in _PREPS and prison_near(words, i)


def _slang(text: str, words: Words, cued: bool) -> list[Span]:
    toks = words.tokens
    out = []
    for i, tok in enumerate(toks):
        if tok.low[:2] not in _SLANG_HEADS:
            continue  # cheap gate before folding (no stem has ``ё`` in its first two letters)
        low = _fold(tok.low)
        if len(low) > 15 or not _is_slang(low) or not tok.text.isalpha() or is_decoy(words, i, low, _PREPS):
            continue
        if cued or _local(words, i):
            out.append(_uncertain(text, tok.start, tok.end))
    return out


# ``they sent him to the eighth``, ``he was in the fifteenth near Mahilyow``: in an English text with no other word
# of detention, a verb of transfer or detention shortly before ``to/in/from the <ordinal>`` (3 and up) cues it.
_EN_MOVES = frozenset(
    "sent send sends transferred transfer transfers moved move taken took brought held kept put placed was were is "
    "been sat sits sitting serving served serves transported escorted shipped locked landed ended".split()
)


def _moved_to(words: Words, i: int) -> bool:
    """A verb of transfer or detention in the clause before ``to/in/from the`` and the ordinal at ``i``."""
    toks = words.tokens
    if i < 3 or toks[i - 1].low != "the" or toks[i - 2].low not in _EN_PREPS or toks[i].low in ("first", "second"):
        return False
    for j in range(i - 3, max(-1, i - 6), -1):
        if ends_clause(words.gaps[j]):
            return False
        if toks[j].low in _EN_MOVES:
            return True
    return False


def _ordinals(text: str, words: Words, language: str, cued: bool = True) -> list[Span]:
    toks = words.tokens
    out = []
    for i in range(1, len(toks)):
        if lookup(_NUMWORDS_GAPS.get(toks[i].low, toks[i].low)) is None:
            continue  # cheap gate: ordinals start with a number word
        if i >= 2 and lookup(toks[i - 1].low) is not None and words.gaps[i - 1].strip(" -") == "":
            continue
        end = _ordinal_at(words, i)
        if end is None:
            continue
        last_low = toks[end - 1].low
        if language == "en":
            ok = toks[i - 1].low == "the" and i >= 2 and (_en_context(words, i) if cued else _moved_to(words, i))
            closed = end < len(toks) and words.gaps[end - 1] == "  " and _en_apposition(words, i)
            closed = closed or _coded(words, i, end)
            ok = ok and (closed or not _noun_follows(words, end, last_low, language))
        else:
            ok = last_low.endswith(_FEM_ENDINGS) and _slavic_context(words, i, end, last_low, language)
        if not ok:
            continue
        out.append(_uncertain(text, toks[i].start, toks[end - 1].end))
    return out


def _coded(words: Words, i: int, end: int) -> bool:
    """The ordinal at ``i`` is restated by its facility code right after it (``the ninth  ik-9``)."""
    num = read_number([t.low for t in words.tokens[i:end]], words.gaps[i:end])
    return num is not None and restated_by_code(words, end, num.value)


_NUMBERED_HEAD = re.compile(r"^(?:колони\w*|калоні\w*|тюрьм\w*|турм\w*|colony|prison)$")


def _numbered(text: str, words: Words) -> list[Span]:
    """``в колонии 17``, ``калоніі 15 пад Магілёвам``, ``penal colony four``: a colony noun and a number with no
    number mark, unless the number counts something after it (``в колонии 10 лет``, ``три отряда``)."""
    toks = words.tokens
    out = []
    for i in range(len(toks) - 1):
        if not _NUMBERED_HEAD.match(toks[i].low) or words.gaps[i].strip() != "":
            continue
        num = read_number([t.low for t in toks[i + 1 : i + 4]], words.gaps[i + 1 : i + 4])
        digits = toks[i + 1].text.isdigit()
        if digits and len(toks[i + 1].text) <= 2:
            num_value, end = int(toks[i + 1].text), i + 2
        elif num is not None and not num.ordinal:
            num_value, end = num.value, i + 1 + num.used
        else:
            continue
        if not 1 <= num_value <= 40 or _counts(words, end):
            continue
        kind = i and toks[i - 1].low.startswith(("penal", "correctional", "исправительн", "папраўч"))
        out.append(_uncertain(text, toks[i - 1 if kind else i].start, toks[end - 1].end))
    return out


def _counts(words: Words, end: int) -> bool:
    """A noun or a unit of time right after the number: it counts (``10 лет``, ``три отряда``, ``2 weeks``)."""
    toks = words.tokens
    if end >= len(toks) or words.gaps[end - 1].strip(" -") != "":
        return False
    low = toks[end].low
    if low.isascii():
        return low.endswith("s") or low in ("year", "month", "day", "week", "people", "percent")
    return namelex.noun_share(low.replace("і", "и").replace("ў", "у")) >= 0.5 and not _is_place(toks[end].low)


def _is_place(low: str) -> bool:
    """A preposition of place follows the number (``колонии 17 под Могилёвом``): not a count."""
    return low in _PLACED or low in _PREPS


def detect_colonies(text: str, words: Words, language: str) -> list[Span]:
    """Facilities called by number in a text that speaks of detention; else slang in context and English
    ordinals after a verb of transfer or detention; everywhere the bare number of a facility designated
    earlier (``facility_echoes.py``)."""
    echoes = detect_echoes(text, words)  # gated by its own designators (``IK-3`` is no DOC_CUE)
    if not DOC_CUE.search(text):
        moved = _ordinals(text, words, language, cued=False) if language == "en" else []
        return _slang(text, words, cued=False) + moved + echoes
    towns = town_colonies(text, words, language, _noun_follows) if language != "en" else []
    ordinals = _ordinals(text, words, language)
    if language == "en":
        ordinals += ordinal_echoes(text, words, ordinals, _noun_follows)
    return _slang(text, words, cued=True) + ordinals + _numbered(text, words) + echoes + towns
