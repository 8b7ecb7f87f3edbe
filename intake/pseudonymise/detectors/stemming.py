"""Stems and case endings of listed words: which inflected forms a gazetteer entry word may take.

A text word matches an entry word when, after folding, it equals it or is one of its stems plus an ending
allowed for that word (:func:`allowed_endings`; for place names, which keep their number and gender,
:func:`place_endings`). Regular consonant alternations give place names stems of their own
(:func:`alternations`), organisations the Belarusian locative (:func:`locative_shift`).
:func:`lexeme_keys` gives inflected forms of a word a shared key. ``gazetteer.py`` indexes its entries by
these stems.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from intake.pseudonymise.detectors.call_memo import CALL
from intake.pseudonymise.inflect import morph

NOUN_ENDINGS = frozenset(
    "а я у ю е э и ы о й ь ой ей ем ом ам ям ах ях ою ею ым им ых их ами ями ай яй ов ев".split()
) | {""}
ADJ_ENDINGS = frozenset(
    "ий ый ая яя ое ее ые ие ую юю ого его ому ему ой ей ым им ых их ыми ими ом ем ага аму яму ае ай ым".split()
)
ENDINGS = NOUN_ENDINGS | ADJ_ENDINGS
_VOWELS = set("аяуюеэиыоьй")
MIN_STEM = 3

_VELAR = tuple("кгхжшчщ")
_HUSH = tuple("жшчщц")
# Case endings by the last letter of the dictionary form (folded; Russian and Belarusian together).
_SOFT = frozenset("я и е ю ей ею ь ям ях ями яй".split())
_HARD = frozenset("а ы е у ой ою ам ах ами ай".split())
_NEUTER_ADJ = frozenset("ое ее ае ого его ага ому ему аму ом ем ым им".split())
_CONS = frozenset("а у ом ем е ы и ов ам ах ами ым им ей ой".split()) | {""}
_NEUT = frozenset("о е а у ом ы и ам ах".split())
_SOFT_NEUT = frozenset("я ю ем и ях ям".split())
# Place names keep their number and gender: Мосты is not мост, Пушкинская not пушкинскому.
_PLURAL = frozenset("ы и ов ев ей ам ям ах ях ами ями".split())
_FEM_ADJ = frozenset("ая яя ой ей ую юю ою ею ай яй аю яю".split())
_MASC_ADJ = frozenset("ий ый ой ого его ага ому ему аму им ым ом ем".split())
_NOM_ADJ = frozenset("ий ый ой ая яя ое ее ае ые ие ыя ия".split())
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def allowed_endings(word: str, stem: str) -> frozenset[str]:
    """Endings an inflected form of ``word`` may add to ``stem``."""
    if stem == word:
        return _CONS if word[-1:] not in _VOWELS else frozenset({""})
    last = word[len(stem) :]
    if last in ("ое", "ее", "ае"):  # a neuter place name (Глубокое) keeps its gender: not глубокой
        return _NEUTER_ADJ
    if last in ADJ_ENDINGS and len(last) == 2:
        return ADJ_ENDINGS
    if last == "а":
        extra = {"и"} if stem.endswith(_VELAR) else set()
        return _HARD | extra | ({"ей"} if stem.endswith(_HUSH) else set())  # Речицей, Оршей
    if last == "ь":
        return _SOFT | {"ем", "ю", "ью"}  # Любанью, Припятью
    if last in ("я", "й"):
        return _SOFT | {"ем", "ю"}
    if last in ("о", "е"):
        return _NEUT | _SOFT_NEUT if stem.endswith(("ь", "и")) else _NEUT  # Полесья, Краснопольем
    return NOUN_ENDINGS


def place_endings(word: str, stem: str) -> frozenset[str]:
    """:func:`allowed_endings` for place names, which keep their number and gender."""
    last = word[len(stem) :]
    if last in ("ая", "яя"):
        return _FEM_ADJ
    if last in ("ий", "ый"):
        return _MASC_ADJ
    if last in ("ы", "и"):  # a bare stem for the genitive: з Баранавіч, з Пастаў, из Ошмян, из Мачулищ
        return _PLURAL | {""} if stem.endswith(("ч", "у")) or bare_genitive(stem) else _PLURAL
    if last == "е" and stem.endswith(_HUSH):  # a neuter after a hushing consonant: под Езерищем
        return _NEUT | {"ем"}
    return allowed_endings(word, stem)


@lru_cache(maxsize=4096)
def bare_genitive(stem: str) -> bool:
    """Whether the bare stem of a plural place name (``ошмян`` of ``Ошмяны``) may stand as its genitive: not
    when it is a common word of its own (``мост`` of ``Мосты``, ``дрозд`` of ``Дрозды``). pymorphy3 decides: a
    word it does not know, or knows only as a name or as the genitive of a plural place (``Пружан``), is free;
    a stem of three letters never is (``тых`` of ``Тыхы`` is Belarusian "those")."""
    if len(stem) <= MIN_STEM:
        return False
    analyzer = morph()
    if not analyzer.word_is_known(stem):
        return True
    tags = [p.tag for p in analyzer.parse(stem)]
    return any("Geox" in t and "plur" in t for t in tags) or all(t.grammemes & _NAME_TAGS for t in tags)


_LOCATIVE_SHIFT = {"да": ("дз", "е"), "та": ("ц", "е"), "га": ("з", "е"), "ка": ("ц", "еы"), "ха": ("с", "е")}
_OBLIQUE = _CONS - {""}
_BE_GEN_PLURAL = frozenset({"ау", "оу", "еу"})  # Belarusian -аў/-оў/-еў, folded: з Хойнікаў, з Пастаў


@lru_cache(maxsize=16384)
def alternations(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Extra stems of ``word`` (folded) from regular consonant alternations, with their endings."""
    out: dict[str, frozenset[str]] = {}
    if len(word) < MIN_STEM + 1:
        return ()
    if word[-1] == "у" and word[-2] in "аеиоыя":  # Belarusian ў: Кракаў -> Кракава, Крычаў -> Крычаве
        out[word[:-1] + "в"] = _OBLIQUE
    shift = _LOCATIVE_SHIFT.get(word[-2:])
    if shift is not None:  # Belarusian locative/dative: Канада -> Канадзе, Вілейка -> Вілейцы
        out[word[:-2] + shift[0]] = frozenset(shift[1])
    if word[-2:] in ("ец", "ок", "ак") and len(word) >= 6:  # fleeting vowel: Каменец -> Каменца
        out[word[:-2] + word[-1]] = _OBLIQUE
    elif word[-1] in "тд":  # Belarusian locative: Брэст -> у Брэсце, Слаўгарад -> у Слаўгарадзе
        out[word[:-1] + ("ц" if word[-1] == "т" else "дз")] = frozenset({"е"})
    if word[-1] in "иы":  # Belarusian genitive plural: Хойнікі -> з Хойнікаў
        out[word[:-1]] = _BE_GEN_PLURAL
    if word[-2:] == "ки" and word[-3] not in _VOWELS:  # fleeting vowel: Крупки -> из Крупок, з Крупак
        for vowel in ("е", "а") if word[-3] in _HUSH else ("о", "а"):
            out[word[:-2] + vowel + "к"] = frozenset({""})
    return tuple(out.items())


@lru_cache(maxsize=4096)
def locative_shift(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The Belarusian locative stem of an organisation's word (folded), as said after ``у``/``на`` in any
    letter case: ``Еўраопт`` -> ``у еўраопце``, ``Гродна Азот`` -> ``на гродна азоце``. Only after a
    consonant-final name: a vowel-final one is often a common noun (``Дапамога``: ``у дапамозе``, help)."""
    if len(word) >= MIN_STEM + 1 and word[-1] in "тд" and word[-2] not in "тд":
        return ((word[:-1] + ("ц" if word[-1] == "т" else "дз"), frozenset({"е"})),)
    return ()


def stem_form(norm: str, stems: Iterable[str], endings: frozenset[str]) -> bool:
    """``norm`` is one of ``stems`` followed by one of ``endings`` (a case form of a listed stem), folded."""
    return any(norm.startswith(s) and norm[len(s) :] in endings for s in stems)


def stems(word: str, min_stem: int = MIN_STEM) -> set[str]:
    """The stems an inflected form of ``word`` (folded) may start with: ``word`` and, when at least ``min_stem``
    letters remain, ``word`` less a final vowel or an adjective ending (the length tests keep every stem at
    ``min_stem`` letters or more, so no second filter is needed)."""
    out = {word}
    if len(word) > min_stem and word[-1] in _VOWELS:
        out.add(word[:-1])
    if len(word) > min_stem + 1 and word[-2:] in ADJ_ENDINGS:
        out.add(word[:-2])
    return out


def place_stems(word: str, min_stem: int = MIN_STEM) -> set[str]:
    """:func:`stems` for place names: a final Belarusian ``ў`` (folded ``у``) is a consonant, so
    ``Шклоў`` has no stem ``шкло`` (its oblique forms come from :func:`alternations`)."""
    if word[-1:] == "у":  # and an indeclinable foreign name: Баку is not бак + у
        return {word}
    out = stems(word, min_stem)
    if word[-2:] not in _NOM_ADJ:  # only an adjective's ending comes off: Слоним is not слон + им
        out.discard(word[:-2])
    return out


def split_candidates(norm: str, min_stem: int = MIN_STEM) -> Iterable[str]:
    """Prefixes of ``norm`` that leave a known ending."""
    yield norm
    for k in (1, 2, 3):
        if len(norm) - k >= min_stem and norm[-k:] in ENDINGS:
            yield norm[:-k]
    if len(norm) - 2 >= min_stem and norm[-2:] in _BE_GEN_PLURAL:
        yield norm[:-2]


def candidate_stems(norm: str, min_stem: int) -> list[str]:
    """:func:`split_candidates` as a list, in the same order (no generator: asked for every word)."""
    out, n = [norm], len(norm)
    if n - 1 >= min_stem and norm[-1:] in ENDINGS:
        out.append(norm[:-1])
    if n - 2 >= min_stem and norm[-2:] in ENDINGS:
        out.append(norm[:-2])
    if n - 3 >= min_stem and norm[-3:] in ENDINGS:
        out.append(norm[:-3])
    if n - 2 >= min_stem and norm[-2:] in _BE_GEN_PLURAL:
        out.append(norm[:-2])
    return out


def lexeme_keys(norm: str, min_stem: int = 4) -> frozenset[str]:
    """``norm`` and its stems after removing one case ending: inflected forms of a word share a key.

    Asked many times per word by several detectors: within a ``detect()`` call worked out once per word
    (``call_memo``, dropped when the call returns), hence frozen."""
    memo = CALL.keys
    if memo is None:
        return _lexeme_keys(norm, min_stem)
    found = memo.get((norm, min_stem))
    if found is None:
        found = memo[norm, min_stem] = _lexeme_keys(norm, min_stem)
    return found


def _lexeme_keys(norm: str, min_stem: int) -> frozenset[str]:
    out, n = {norm}, len(norm)
    if n - 1 >= min_stem and norm[-1:] in ENDINGS:
        out.add(norm[:-1])
    if n - 2 >= min_stem and norm[-2:] in ENDINGS:
        out.add(norm[:-2])
    if n - 3 >= min_stem and norm[-3:] in ENDINGS:
        out.add(norm[:-3])
    return frozenset(out)
