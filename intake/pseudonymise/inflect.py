"""Every inflected form of a registered name: pymorphy3 where it knows the word, suffix rules always.

Names are the words a dictionary knows least, so the rules below run for every word and pymorphy3's
lexeme (for words it tags ``Name``/``Surn``/``Patr``, or any noun for places and organisations) is added
on top. Over-generation is cheap (a form that never occurs costs a dictionary slot); a missing form is a
leak. The rules (Russian and Belarusian endings together, since the matcher sees both):

===================  ==========================================  ===========================
ending               masculine                                   feminine
===================  ==========================================  ===========================
-ов/-ев/-ин/-аў      -а -у -ым -е, plural -ы -ых -ыми            -ой -у -ою (-ова/-ава...)
-ский/-цкий/-скі     adjectival -ого -ому -им -ом (be -ага...)   -ская: -ой -ую -ою
-ый/-ой/-ий          adjectival and noun (-ия -ию -ием -ии)      --
-енко, -о, -ых, -их  indeclinable                                indeclinable
-ук/-чук/-ич/...     -а -у -ом/-ем -е (-ам be), plural -и...     indeclinable
-а/-я                noun: -ы/-и -е -у -ой/-ей -ою (be -ай -аю)  same
-ь, -й               -я -ю -ем -е                                 -ь: -и -ью
===================  ==========================================  ===========================
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from intake.pseudonymise.textkeys import tokens

CASES: tuple[str, ...] = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_VELAR_SIBILANT = set("гкхжшчщ")
_HUSHING = set("жшчщц")
_INDECLINABLE = ("енко", "ко", "ых", "их", "о", "е", "и", "і", "у", "ю", "э", "ё")


PARSE_CACHE = 30_000  # distinct words whose parses are kept; a transcript has 1-2 thousand


class CachedAnalyzer:
    """pymorphy3's analyser whose ``parse`` remembers its answers (as tuples, so no caller can change them).

    The detectors ask for the parses of the same word many times per transcript; one shared, bounded cache
    replaces two analysers and their separate look-ups. Everything else is the analyser's own.
    """

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.parse = functools.lru_cache(maxsize=PARSE_CACHE)(self._parse)

    def _parse(self, word: str) -> tuple[Any, ...]:
        return tuple(self._inner.parse(word))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@functools.lru_cache(maxsize=1)
def morph() -> Any:
    """The shared pymorphy3 analyser (loaded once, on first use; ``parse`` cached)."""
    import pymorphy3

    return CachedAnalyzer(pymorphy3.MorphAnalyzer())


def _a_stem(word: str) -> set[str]:
    """A noun in -а (Марина, Маринка, Дзіма): Russian and Belarusian case endings."""
    stem, prev = word[:-1], word[-2:-1]
    out = {word, stem + "е", stem + "у", stem + "ой", stem + "ою", stem + "ай", stem + "аю", stem + "ам"}
    out.add(stem + ("и" if prev in _VELAR_SIBILANT else "ы"))
    if prev in _VELAR_SIBILANT:
        out.add(stem + "і")
    if prev in _HUSHING:
        out |= {stem + "ей", stem + "ею"}
    if prev == "к":
        out |= {stem[:-1] + "цы", stem[:-1] + "це"}
    return out


def _ya_stem(word: str) -> set[str]:
    """A noun in -я (Алеся, Мария, Марыя)."""
    stem = word[:-1]
    if word.endswith(("ия", "ія")):
        vowel = stem[-1]
        return {word, stem + vowel, stem + "ю", stem + "ей", stem + "ею", stem + "яй", stem + "и", stem + "і"}
    return {word, stem + "и", stem + "і", stem + "е", stem + "ю", stem + "ей", stem + "ею", stem + "яй",
            stem + "яю", stem + "ям"}


def _consonant(word: str) -> set[str]:
    """A masculine noun/surname ending in a consonant (Ковальчук, Гриневич, Зайчык, Мінск)."""
    out = {word + e for e in ("а", "у", "ом", "е", "ам", "ов", "ам", "ами", "ах")}
    out.add(word + ("и" if word[-1] in _VELAR_SIBILANT else "ы"))
    if word[-1] in _HUSHING:
        out |= {word + "ем", word + "і"}
    for fleeting in ("ец", "ок", "ёк", "ек"):
        if word.endswith(fleeting) and len(word) > 3:
            stem = word[:-2] + word[-1]
            out |= {stem + e for e in ("а", "у", "ом", "ем", "е", "ам", "и", "ы", "ов")}
    return out


_MASC_RULES: tuple[tuple[tuple[str, ...], int, tuple[str, ...]], ...] = (
    (("ский", "цкий"), 2, ("ий", "ого", "ому", "им", "ом", "ие", "их", "ими")),
    (("ской", "цкой"), 2, ("ой", "ого", "ому", "им", "ом", "ие", "их", "ими")),
    (("скі", "цкі"), 1, ("і", "ага", "аму", "ім", "ім", "ія", "іх", "імі", "ого", "ому", "им", "ом")),
    (("ый",), 2, ("ый", "ого", "ому", "ым", "ом", "ага", "аму", "ые", "ых", "ыми", "ыя", "ыю", "ыем", "ыі")),
    (("ой",), 2, ("ой", "ого", "ому", "ым", "ом", "ые", "ых", "ыми")),
    (("ий",), 2, ("ий", "ия", "ию", "ием", "ии", "ого", "ому", "им", "ом", "ие", "их", "ими")),
    (("ій",), 2, ("ій", "ія", "ію", "іем", "іі", "ем")),
    (("ов", "ев", "ёв", "ин", "ын", "ін"), 0, ("", "а", "у", "ым", "ом", "ам", "е", "ы", "ых", "ыми")),
    (("аў", "оў", "еў", "ёў"), 1, ("ў", "ва", "ву", "вым", "ве", "вы", "вых", "вымі")),
)
_FEM_RULES: tuple[tuple[tuple[str, ...], int, tuple[str, ...]], ...] = (
    (("ская", "цкая", "ая"), 2, ("ая", "ой", "ую", "ою", "ай", "аю", "ие", "их", "ія", "іх")),
    (("ова", "ева", "ёва", "ина", "ына", "іна", "ава"), 1, ("а", "ой", "у", "ою", "ай", "аю", "ы", "ых")),
)


def _rule_forms(word: str, rules: tuple[tuple[tuple[str, ...], int, tuple[str, ...]], ...]) -> set[str] | None:
    for suffixes, strip, endings in rules:
        if word.endswith(suffixes) and len(word) > max(len(s) for s in suffixes):
            stem = word[: len(word) - strip]
            return {stem + e for e in endings} | {word}
    return None


def _masculine(word: str) -> set[str]:
    hit = _rule_forms(word, _MASC_RULES)
    out: set[str] = set(hit) if hit is not None else {word}
    if word.endswith("ин"):
        out |= _consonant(word)
    if hit is not None:
        return out
    if word.endswith(_INDECLINABLE):
        return out
    if word.endswith("а"):
        return out | _a_stem(word)
    if word.endswith("я"):
        return out | _ya_stem(word)
    if word.endswith(("ь", "й")):
        stem = word[:-1]
        return out | {stem + e for e in ("я", "ю", "ем", "ём", "е", "і", "ям")}
    return out | _consonant(word)


def _feminine(word: str) -> set[str]:
    hit = _rule_forms(word, _FEM_RULES)
    out: set[str] = set(hit) if hit is not None else {word}
    if word.endswith("а"):
        return out | _a_stem(word)
    if word.endswith("я"):
        return out | _ya_stem(word)
    if word.endswith("ь"):
        return out | {word[:-1] + e for e in ("и", "і", "ью", "сю")}
    return out  # consonant, -о, -енко, -ых ...: indeclinable for women


def rule_forms(word: str, gender: str | None) -> set[str]:
    """Suffix-rule forms of one lower-case Cyrillic name word for ``gender`` ("m", "f" or None = both)."""
    word = word.lower()
    if not word or not word[-1].isalpha():
        return {word}
    out: set[str] = set()
    if gender in ("m", None):
        out |= _masculine(word)
    if gender in ("f", None):
        out |= _feminine(word)
    return out


_GENDER_TAGS = {"m": {"masc", "ms-f"}, "f": {"femn", "ms-f"}, None: {"masc", "femn", "ms-f", "neut"}}


def _pymorphy_lexemes(word: str, gender: str | None, want: set[str]) -> set[str]:
    """Forms from pymorphy3 lexemes whose nominative is ``word`` and whose tag shares ``want``."""
    out: set[str] = set()
    for parse in morph().parse(word):
        tag = parse.tag
        if tag.case != "nomn" or not (want & set(tag.grammemes)) or parse.word != word:
            continue
        if tag.gender is not None and tag.gender not in _GENDER_TAGS[gender]:
            continue
        keep_plural = "Surn" in tag or "Geox" in tag or "Orgn" in tag or "NOUN" in want
        allowed = _GENDER_TAGS[gender]
        for form in parse.lexeme:
            if form.tag.number == "plur" and not keep_plural:
                continue
            if form.tag.number == "sing" and form.tag.gender is not None and form.tag.gender not in allowed:
                continue
            if "Patr" in tag and not form.word.startswith(word[:-2]):
                continue  # pymorphy3 lists spelling variants (Михалыч -> Михайлович): another name
            out.add(form.word)
    return out


def person_word_forms(word: str, gender: str | None) -> set[str]:
    """Every form of one word of a person's name (first name, surname, patronymic, nickname)."""
    low = word.lower().replace("ё", "е")
    if not any("\u0400" <= ch <= "\u04ff" for ch in low):
        return {low}
    forms = rule_forms(low, gender)
    forms |= _pymorphy_lexemes(low, gender, {"Name", "Surn", "Patr"})
    return {f.replace("ё", "е") for f in forms}


def guess_gender(words: Iterable[str]) -> str | None:
    """"m" or "f" from a first name pymorphy3 knows, or from a surname's ending; None when unsure."""
    words = [w.lower() for w in words]
    for word in words:
        for parse in morph().parse(word):
            if "Name" in parse.tag and parse.tag.case == "nomn" and parse.score >= 0.3:
                if parse.tag.gender == "femn":
                    return "f"
                if parse.tag.gender == "masc":
                    return "m"
    for word in words:
        if word.endswith(("ова", "ева", "ина", "ская", "цкая", "ава", "ына", "овна", "евна", "ична")):
            return "f"
        if word.endswith(("ов", "ев", "ин", "ский", "цкий", "аў", "ович", "евич")):
            return "m"
    return None


def _phrase_case(words: list[str], case: str) -> str:
    """Inflect the words up to the first noun into ``case`` (agreement); the rest stay as written."""
    out: list[str] = []
    head_seen = False
    for word in words:
        new = word
        if not head_seen:
            parses = [p for p in morph().parse(word) if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF")]
            if parses:
                inflected = parses[0].inflect({case})
                new = inflected.word if inflected is not None else word
                head_seen = parses[0].tag.POS == "NOUN"
        out.append(new)
    return " ".join(out)


def phrase_forms(phrase: str) -> set[str]:
    """Forms of a place or organisation name (lower case, words separated by single spaces)."""
    words = [t.surface.lower().replace("ё", "е") for t in tokens(phrase)]
    if not words:
        return set()
    if len(words) == 1:
        word = words[0]
        if not any("\u0400" <= ch <= "\u04ff" for ch in word):
            return {word}
        forms = _pymorphy_lexemes(word, None, {"NOUN"})
        if not forms or not morph().word_is_known(word):
            forms |= rule_forms(word, "m" if word[-1] not in "аяь" else None)
        return {f.replace("ё", "е") for f in forms} | {word}
    return {_phrase_case(words, case).replace("ё", "е") for case in CASES} | {" ".join(words)}
