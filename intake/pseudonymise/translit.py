"""Cyrillic -> Latin in the spellings a name meets in real text.

Systems (``SYSTEMS``):

* ``passport``: Russian ICAO 9303 / passport style (``Ковальчук`` -> ``Kovalchuk``, ``й`` -> ``i``).
* ``bgn``: Russian BGN/PCGN style (``й`` -> ``y``, ``я`` -> ``ya``, ``Зайцев`` -> ``Zaytsev``).
* ``scholarly``: ISO 9 / scientific (``Kovalʹčuk`` folded by the matcher to ``kovalcuk``).
* ``polish``: Polish spelling of East Slavic names (``Kowalczuk``, ``Zajcew``, ``Olga``);
  ``polish_be`` the same with ``г`` -> ``h`` as Poles write Belarusian names (``Hrynewicz``).
* ``be_official``: Belarusian passport / BGN style (``Зайцаў`` -> ``Zaitsau``, ``Грыневіч`` -> ``Hrynevich``).
* ``be_national``: Belarusian national system of 2007 (``Грыневіч`` -> ``Hrynievič``).
* ``lacinka``: Belarusian Łacinka (``Кавальчук`` -> ``Kavalčuk``, ``Зайцаў`` -> ``Zajcaŭ``).

The output keeps diacritics; the matcher compares through :func:`textkeys.exact_key`, which strips them,
so ``Kavalcuk`` typed without diacritics still matches. Every system is applied to every Cyrillic form:
a Russian form spelled with a Belarusian system is a real spelling too (``Hrinevich``). Names in
``-ий``/``-ый`` also get the common passport spelling with a final ``y`` (``Dmitry``, ``Dzmitry``).
"""

from __future__ import annotations

_VOWELS = set("аеёиоуыэюяіў")
_COMMON = {
    "а": "a", "б": "b", "д": "d", "з": "z", "к": "k", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "ы": "y", "э": "e", "ъ": "", "'": "", "’": "",
}

_PASSPORT = {**_COMMON, "в": "v", "г": "g", "е": "e", "ё": "e", "ж": "zh", "и": "i", "й": "i", "л": "l",
             "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
             "ъ": "ie", "і": "i", "ў": "u"}
_BGN = {**_PASSPORT, "й": "y", "ю": "yu", "я": "ya", "ъ": "", "ё": "e"}
_SCHOLARLY = {**_COMMON, "в": "v", "г": "g", "е": "e", "ё": "ë", "ж": "ž", "и": "i", "й": "j", "л": "l",
              "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ь": "", "ю": "ju", "я": "ja",
              "і": "i", "ў": "ŭ"}
_BE_OFFICIAL = {**_PASSPORT, "г": "h", "ґ": "g", "і": "i", "ў": "u", "ё": "io", "е": "e", "ю": "iu",
                "я": "ia", "и": "i", "й": "i"}
_BE_NATIONAL = {**_BE_OFFICIAL, "е": "ie", "ж": "ž", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "ў": "ŭ",
                "й": "j"}

# Soft consonant + ь in Polish-style and Łacinka spelling.
_SOFT_SIGN = {"н": "ń", "с": "ś", "ц": "ć", "з": "ź", "л": "l", "т": "ć", "д": "dź"}
_POLISH = {**_COMMON, "в": "w", "г": "g", "е": "e", "ё": "io", "ж": "ż", "и": "i", "й": "j", "л": "ł",
           "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ь": "", "ю": "iu", "я": "ia",
           "і": "i", "ў": "u"}
_POLISH_BE = {**_POLISH, "г": "h"}
_LACINKA = {**_COMMON, "в": "v", "г": "h", "ґ": "g", "е": "ie", "ё": "io", "ж": "ž", "и": "i", "й": "j",
            "л": "ł", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ь": "", "ю": "iu", "я": "ia",
            "і": "i", "ў": "ŭ"}

# Iotated vowels at the start of a word or after a vowel/ь/ъ: j-/y- instead of i-.
_IOTATED = {
    "passport": {"е": "e", "ю": "iu", "я": "ia"},
    "bgn": {"е": "ye", "ю": "yu", "я": "ya", "ё": "ye"},
    "scholarly": {},
    "polish": {"е": "je", "ю": "ju", "я": "ja", "ё": "jo"},
    "polish_be": {"е": "je", "ю": "ju", "я": "ja", "ё": "jo"},
    "be_official": {"е": "ye", "ю": "yu", "я": "ya", "ё": "yo"},
    "be_national": {"е": "je", "ю": "ju", "я": "ja", "ё": "jo"},
    "lacinka": {"е": "je", "ю": "ju", "я": "ja", "ё": "jo"},
}
# After л the soft vowel is written without i in Polish style and Łacinka (ля -> la, ле -> le).
_AFTER_L = {"е": "e", "ё": "o", "ю": "u", "я": "a", "и": "i", "і": "i"}

SYSTEMS: dict[str, dict[str, str]] = {
    "passport": _PASSPORT,
    "bgn": _BGN,
    "scholarly": _SCHOLARLY,
    "polish": _POLISH,
    "polish_be": _POLISH_BE,
    "be_official": _BE_OFFICIAL,
    "be_national": _BE_NATIONAL,
    "lacinka": _LACINKA,
}
_SOFT_SYSTEMS = frozenset({"polish", "polish_be", "lacinka"})


def _letter(word: str, i: int, system: str) -> str:
    ch = word[i]
    table = SYSTEMS[system]
    prev = word[i - 1] if i else ""
    nxt = word[i + 1] if i + 1 < len(word) else ""
    if ch in _IOTATED[system] and (not prev or prev in _VOWELS or prev in "ьъ'’"):
        return _IOTATED[system][ch]
    if system in _SOFT_SYSTEMS:
        if ch in _SOFT_SIGN and nxt == "ь":
            return _SOFT_SIGN[ch]
        if ch == "л" and nxt in _AFTER_L:
            return "l"
        if prev == "л" and ch in _AFTER_L:
            return _AFTER_L[ch]
        if system.startswith("polish") and ch == "и" and prev in "жшцч":
            return "y"
    return table.get(ch, ch)


def transliterate(word: str, system: str) -> str:
    """``word`` in Latin letters under ``system`` (one of :data:`SYSTEMS`); case follows the first letter."""
    if system not in SYSTEMS:
        raise ValueError(f"unknown transliteration system {system!r}")
    low = word.lower()
    out = "".join(_letter(low, i, system) for i in range(len(low)))
    if word[:1].isupper():
        out = out[:1].upper() + out[1:]
    return out


_PASSPORT_TABLE = str.maketrans(_PASSPORT)


def passport(word: str) -> str:
    """``transliterate(word, "passport")``, by one table: the passport system has no rule that looks at a
    neighbouring letter (its iotated vowels are spelt as elsewhere)."""
    out = word.lower().translate(_PASSPORT_TABLE)
    if word[:1].isupper():
        out = out[:1].upper() + out[1:]
    return out


def transliterations(word: str) -> set[str]:
    """Every spelling of ``word`` under every system (Cyrillic input; Latin input comes back unchanged)."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in word):
        return {word}
    out = {transliterate(word, system) for system in SYSTEMS}
    if word.lower().endswith(("ий", "ый", "ій")) and len(word) > 3:
        out |= {transliterate(word[:-2], system) + "y" for system in ("passport", "be_official")}
    return out
