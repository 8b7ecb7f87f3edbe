"""Foreign given names as Russian and Belarusian speakers write them: ``Grzesiek`` -> ``Гжесек``, ``Гжэсек``.

``data/given_names_foreign.txt`` lists Polish, Lithuanian, Latvian, Czech, Georgian and Ukrainian given names
and their pet forms in their own Latin spelling, one person-name per line with its language. A Belarusian met
in Warsaw, Vilnius or Tbilisi names a colleague as he hears the name: ``гжесь``, ``вайтэк``, ``расу``,
``гіоргі``. Writing every Cyrillic form by hand for each name misses forms and drifts between names, so this
module spells each Latin form by the rules Russian and Belarusian writers follow for that language (Polish
``rz`` and ``ż`` -> ``ж``, ``sz`` -> ``ш``, ``ś`` -> ``сь``, ``ie`` after a consonant -> ``е``; Lithuanian
``ė`` -> ``е``/``э``, ``ius`` -> ``юс``; Czech ``ř`` -> ``рж``; Georgian and Ukrainian national romanisations
read back: ``kh`` -> ``х``, ``ts`` -> ``ц``). The single letters come from the inverse of
:mod:`intake.pseudonymise.translit`'s tables (the Polish table for Polish, the scholarly one for the Baltic
and Czech alphabets, BGN for the two romanisations); a short table per language adds what the inverse lacks.
Russian spelling keeps ``е`` and ``и`` after a consonant; Belarusian writes ``э``, ``і``, ``ы`` and ``ў``
(``Гжэсек``, ``Гіоргі``, ``Паўлюс``), and also the ``а`` of akanne (``Вайтэк``, ``Тамаш``).

The generated lines take the path of the other checked inventory files (:mod:`givenlex`): a form that is,
or whose case forms are, a common word (``Раса``, ``Рута``, ``Лука``) enters only as a decoy, so it needs a
capital inside a sentence, a name beside it or a name position, exactly as ``вера`` and ``роза`` do.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from intake.pseudonymise.detectors.gazetteer import read_list
from intake.pseudonymise.translit import SYSTEMS

FOREIGN_FILE = "given_names_foreign.txt"
_SYSTEM = {"pl": "polish", "lt": "scholarly", "lv": "scholarly", "cs": "scholarly", "ka": "bgn", "uk": "bgn"}
_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщыьэюя")
_VOWELS = set("aeiouyąęóėūųįyāēīōůúáéíýě")
_LATIN_VOWEL_CYR = {"a": "а", "e": "е", "o": "о", "u": "у"}
_IOTATED = {"a": "я", "ā": "я", "ą": "я", "u": "ю", "ū": "ю", "ú": "ю", "e": "е", "ē": "е", "ę": "е", "o": "ё"}
_SOFTENED = {"a": "я", "ą": "я", "u": "ю", "ū": "ю", "e": "е", "ę": "е", "o": "ё", "ó": "ю"}

# What the inverse of the translit tables lacks, per language: latin -> Russian spelling.
_UNITS: dict[str, dict[str, str]] = {
    "pl": {"rz": "ж", "ż": "ж", "ź": "зь", "ś": "сь", "ć": "ць", "ń": "нь", "dź": "дзь", "dz": "дз", "ó": "у",
           "ą": "он", "ę": "ен", "h": "х", "ł": "л", "y": "ы", "x": "кс", "cja": "ция", "dż": "дж"},
    "lt": {"ė": "е", "ū": "у", "ų": "у", "y": "и", "į": "и", "ą": "а", "ę": "е", "dž": "дж", "c": "ц",
           "ch": "х", "h": "х", "ija": "ия", "iju": "ию"},
    "lv": {"ā": "а", "ē": "е", "ī": "и", "ū": "у", "ķ": "кь", "ģ": "гь", "ļ": "ль", "ņ": "нь", "dž": "дж",
           "dz": "дз", "c": "ц", "ch": "х", "h": "х"},
    "cs": {"ř": "рж", "ě": "е", "á": "а", "é": "е", "í": "и", "ý": "и", "y": "и", "ú": "у", "ů": "у", "ď": "дь",
           "ť": "ть", "ň": "нь", "ch": "х", "h": "г", "c": "ц", "ji": "и"},
    "ka": {"kh": "х", "gh": "г", "zh": "ж", "sh": "ш", "ch": "ч", "ts": "ц", "dz": "дз", "j": "дж", "q": "к",
           "h": "х", "ia": "ия"},
    "uk": {"zh": "ж", "kh": "х", "ts": "ц", "ch": "ч", "sh": "ш", "shch": "щ", "h": "г", "g": "г", "y": "и",
           "iia": "ия", "iu": "ю", "ia": "я", "ie": "е", "yu": "ю", "ya": "я", "ye": "е", "yi": "и"},
}
_SOFTENING = frozenset({"pl", "lt"})  # ``ia``, ``iu``, ``ie``, ``io`` after a consonant soften it
_PL_SOFT = ("s", "z", "c", "n", "dz")  # Polish ``Kasia``, ``Ania``, ``Jadzia``: the ``i`` only softens


@lru_cache(maxsize=8)
def _table(lang: str) -> dict[str, str]:
    """Latin unit -> Russian spelling: the inverse of the language's translit table, Russian letters first
    (a Latin value two letters share keeps the first: ``e`` -> ``е``, not ``э``), then the language's units."""
    inverse: dict[str, str] = {}
    for cyr, lat in SYSTEMS[_SYSTEM[lang]].items():
        if lat and cyr in _RUSSIAN and cyr not in "ьъэёщ" and lat not in inverse:
            inverse[lat] = cyr
    return {**inverse, **_UNITS[lang]}


def _prev_vowel(word: str, i: int) -> bool:
    return i == 0 or word[i - 1] in _VOWELS


def _context(word: str, i: int, lang: str) -> tuple[str, int] | None:
    """The rules that look at neighbours: iotated ``j``, ``i`` after a vowel, a softening ``i``, word-initial
    ``e``/``ie`` and the Polish soft ``l``. Returns the Russian spelling and the letters read."""
    ch, nxt = word[i], word[i + 1 : i + 2]
    if ch == "j" and lang not in ("ka", "uk") and nxt in _IOTATED and nxt != "o" and _prev_vowel(word, i):
        return _IOTATED[nxt], 2  # Jana, Jurgita, Jānis (Jonas keeps ``йо``)
    if ch == "i" and i > 0 and word[i - 1] in _VOWELS and word[i - 1] != "i":
        return ("йя", 2) if nxt == "a" else ("й", 1)  # Aistė, Raimonds, Maia
    if ch == "e" and i == 0:
        return "э", 1  # Eglė, Elene, Edyta
    if lang == "cs" and word.endswith("ie") and i == len(word) - 2:
        return "ия", 2  # Marie, Lucie
    if ch == "i" and i == 0 and nxt == "e":
        return "ие", 2  # Ieva
    if ch == "i" and i > 0 and lang in _SOFTENING and nxt in _SOFTENED and not _prev_vowel(word, i):
        if lang == "pl" and nxt == "a" and i + 2 == len(word) and not word[:i].endswith(_PL_SOFT):
            return "ия", 2  # Maria, Julia, Zofia; but Kasia, Ania, Jadzia
        return _SOFTENED[nxt], 2
    if ch == "l" and lang == "pl":  # Polish ``l`` is soft: Ola -> Оля, Karol -> Кароль
        if nxt in ("a", "o", "u"):
            return "л" + _SOFTENED[nxt], 2
        return ("л", 1) if nxt in _VOWELS else ("ль", 1)
    if ch == "i" and lang == "uk" and word.endswith("ii") and i == len(word) - 2:
        return "ий", 2  # Serhii, Yurii, Andrii
    return None


def russian_spelling(latin: str, lang: str, belarusian: bool = False) -> str | None:
    """``latin`` (a given name in language ``lang``'s spelling) as Russian writers spell it (``Grześ`` ->
    ``Гжесь``, ``Giedrius`` -> ``Гедрюс``), or as Belarusian writers do (:func:`belarusian_spellings`); None
    where a letter has no rule."""
    word, table, i = latin.lower(), _table(lang), 0
    out: list[str] = []
    while i < len(word):
        ruled = _context(word, i, lang)
        if ruled is None:
            unit = next((word[i : i + n] for n in (4, 3, 2, 1) if word[i : i + n] in table), None)
            if unit is None:
                return None
            spelt = table[unit]
            if belarusian and spelt == "е" and out and out[-1][-1:] not in _BE_VOWELS | {"ь", "й"}:
                spelt = "э"  # a hard consonant before a plain ``e``: ``Гжэгаж`` (a softening ``ie`` keeps ``е``)
            ruled = spelt, len(unit)
        out.append(ruled[0])
        i += ruled[1]
    text = "".join(out).lower()
    if belarusian:
        text = _belarusian_letters(text)
    return text[:1].upper() + text[1:] if text else None


_BE_LETTERS = str.maketrans({"и": "і", "щ": "шч"})
_BE_VOWELS = set("аеёіиоуыэюя")
_BE_HARD = re.compile("([жшчцр])і")


def _belarusian_letters(text: str) -> str:
    """``і`` for ``и``, ``ць``/``дзь`` for ``ть``/``дь``, ``ы`` after ``ж``/``ш``/``ч``/``ц``/``р``,
    ``ў`` for ``у`` after a vowel before a consonant (``Паўлюс``, ``Аўшра``)."""
    text = text.translate(_BE_LETTERS).replace("ть", "ць").replace("дь", "дзь")
    text = _BE_HARD.sub(lambda m: m.group(1) + "ы", text)  # only ``ы`` after a hard consonant: ``Іржы``, ``Луцыя``
    chars = list(text)
    for k in range(1, len(chars) - 1):
        if chars[k] == "у" and chars[k - 1] in _BE_VOWELS and chars[k + 1] not in _BE_VOWELS:
            chars[k] = "ў"
    return "".join(chars)


def belarusian_spellings(latin: str, lang: str) -> list[str]:
    """The Belarusian spelling (``Гжэсек``, ``Гіоргі``); for a Polish name of five letters or more also the
    akanne form with every ``о`` after the first letter written ``а`` (``Вайтэк``, ``Тамаш``), as Belarusian
    writers spell Polish names."""
    be = russian_spelling(latin, lang, belarusian=True)
    if be is None:
        return []
    akanne = be[:1] + be[1:].replace("о", "а")
    return [be, akanne] if lang == "pl" and akanne != be and len(be) >= 5 else [be]


def ascii_form(latin: str) -> str:
    """``latin`` without diacritics (``Grześ`` -> ``Grzes``, ``Małgosia`` -> ``Malgosia``): how English text
    and speech recognition often write it."""
    flat = unicodedata.normalize("NFKD", latin.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in flat if not unicodedata.combining(c))


def spellings(latin: str, lang: str) -> list[str]:
    """Every form of one Latin given name: itself, its ASCII form, the Russian spelling(s) and the
    Belarusian ones. Polish ``y`` has two Russian readings (``Гражина``, ``Патрык``): both are kept."""
    out = [latin, ascii_form(latin), russian_spelling(latin, lang)]
    if lang == "pl" and "y" in latin.lower():
        out.append(russian_spelling(latin.lower().replace("y", "i"), lang))
    out += belarusian_spellings(latin, lang)
    return list(dict.fromkeys(f for f in out if f))


@lru_cache(maxsize=1)
def foreign_lines() -> tuple[tuple[str, ...], ...]:
    """The lines of ``given_names_foreign.txt`` with every form's spellings, one tuple per person-name."""
    lines = []
    for forms, flags in read_list(FOREIGN_FILE):
        lang = flags[0] if flags else ""
        if lang not in _SYSTEM:
            raise ValueError(f"{FOREIGN_FILE}: unknown language {lang!r} for {forms[0]}")
        lines.append(tuple(dict.fromkeys(s for form in forms for s in spellings(form, lang))))
    return tuple(lines)
