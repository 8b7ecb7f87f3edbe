"""Forms of a name word that stripping one case ending cannot reach: stem changes and productive pet forms.

Propagation matches another mention of a name by its stem after one case ending (``lexeme_keys``). These
rules generate what changes the stem itself. Every word here is folded (``tokens.fold``: ``ё``->``е``,
``ў``->``у``, ``і``->``и``), so one rule serves Russian and Belarusian.

Fleeting vowel (:func:`fleeting_stems`)
    a final ``-ок``/``-ек``/``-ак`` (Belarusian akanye), ``-ец``, ``-ер``/``-ёр``, ``-ел``/``-ёл``/``-ол`` and
    ``-ей`` lose their vowel in every oblique case: Дубок -> Дубка, Кравец -> Кравца, Бабёр -> Бабра, Орёл ->
    Орла, Арол -> Арла, Шаўчонак -> Шаўчонка, Салавей -> Салаўя; an ``л`` before the lost ``е`` stays soft:
    Лев/Лёў -> Льва, Королёк -> Королька.
Belarusian second declension (:func:`oblique_forms`)
    the dative and locative of ``-ка``/``-га``/``-ха``/``-та``/``-да`` nouns change the consonant: Алёнка ->
    Алёнцы, Вольга -> Вользе, Параха -> Парасе, Рута -> Руце, Люда -> Людзе.
Whole paradigms (:func:`paradigm`)
    every case form of a name word by its declension class, adjectival surnames included (Ціхая -> Ціхую,
    Ціхай; Белы -> Белага; Тихий -> Тихого): a short stem (``рут`` of Рута) is too short to compare after
    one stripped ending, so its forms are generated whole.
Productive pet forms (:func:`pet_forms`)
    the first syllable or two of a given name, its next consonant perhaps softened (``х``->``ш``,
    ``к``->``ч``, ``г``->``ж``), and a pet suffix: Ціхан -> Ціша, Цішка; Прохор -> Проша, Прошка; Ирина ->
    Ирка; Мирон -> Мироша. The list of given names cannot hold every pet form of every rare name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION, BE_SPEECH_VERBS, BE_VERB_END
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.inflect import rule_forms
from intake.pseudonymise.stopwords import is_stop_word

_CONSONANT = "бвгджзклмнпрстфхцчшщ"
# A final syllable whose vowel is fleeting: consonant, vowel, one of the consonants that take it.
_FLEETING = re.compile(rf"^(.*[{_CONSONANT}])(е|о|а)(к|ц|р|л)$")
# Singular case endings only: a plural (``бабры``, beavers) is far more often the animal than the family.
_MASC_ENDINGS = ("а", "я", "у", "ю", "ом", "ем", "е", "ам")


def fleeting_stems(norm: str) -> set[str]:
    """Oblique stems of a name with a fleeting vowel (folded): ``кравец`` -> ``кравц`` (Кравца), ``бабер``
    -> ``бабр`` (Бабра), ``шаучонак`` -> ``шаучонк``, ``соловей`` -> ``соловь``, ``салавей`` -> ``салау``
    (Салаўя); ``лев`` -> ``льв`` (Льва)."""
    if norm in ("лев", "леу"):
        return {"льв"}
    if len(norm) < 4:
        return set()
    if norm.endswith("ей") and len(norm) >= 5:
        return {norm[:-2] + "ь"} | ({norm[:-3] + "у"} if norm[-3] == "в" else set())
    m = _FLEETING.match(norm)
    if m is None:
        return set()
    head, vowel, last = m.groups()
    if vowel == "а" and last != "к":
        return set()  # Belarusian akanye only in ``-ак`` (Шаўчонак); ``-ар``/``-ал`` keep their vowel
    if vowel == "о" and last == "р":
        return set()  # Фёдор -> Фёдора, Егор -> Егора
    soft = "ь" if head.endswith("л") and vowel == "е" else ""
    return {head + soft + last}


def oblique_forms(norm: str) -> frozenset[str]:
    """Whole oblique forms of a folded name word whose stem changes (fleeting vowels, Belarusian
    ``-цы``/``-зе``/``-се``); the forms that keep the stem are left to ``lexeme_keys``."""
    return _oblique_forms(norm)


@lru_cache(maxsize=20_000)
def _oblique_forms(norm: str) -> frozenset[str]:
    out = {stem + ending for stem in fleeting_stems(norm) for ending in _MASC_ENDINGS}
    if len(norm) >= 4 and norm.endswith("а"):
        alternate = {"к": "ц", "г": "з", "х": "с"}.get(norm[-2])
        if alternate:
            out |= {norm[:-2] + alternate + ending for ending in ("е", "ы", "э")}
        soft = {"т": "ц", "д": "дз"}.get(norm[-2])
        if soft:
            out.add(norm[:-2] + soft + "е")  # Рута -> Руце, Люда -> Людзе
    return frozenset(out)


# Adjectival surnames (folded: Belarusian ``-і`` is ``-и``): nominative ending -> endings of the same lexeme.
_ADJ_MASC = ("ый", "ий", "ой", "ы", "и", "ого", "ому", "ым", "им", "ом", "ага", "аму")
_ADJ_FEM = ("ая", "ой", "ую", "ою", "ай", "аю")
_ADJECTIVE = re.compile(r"^(.{3,}?)(ая|ый|ий|ой|ы|(?<=[кгх])и)$")


def adjective_forms(norm: str) -> frozenset[str]:
    """Case forms of an adjectival surname of the same gender, Russian and Belarusian (``цихая`` ->
    ``цихую``, ``цихай``, ``цихой``; ``белы`` -> ``белага``, ``белым``; ``тихий`` -> ``тихого``); a seed in
    ``-ой`` may be either gender (Крутой, or Тихой of Тихая). Empty for any other word."""
    m = _ADJECTIVE.match(norm)
    if m is None:
        return frozenset()
    stem, ending = m.groups()
    endings = (_ADJ_FEM if ending == "ая" else ()) + (_ADJ_MASC if ending != "ая" else ())
    endings += _ADJ_FEM if ending == "ой" else ()
    return frozenset(stem + e for e in endings)


def paradigm(text: str) -> frozenset[str]:
    """Every case form (folded) of one Cyrillic name word as written: the suffix rules of
    :func:`intake.pseudonymise.inflect.rule_forms` for either gender, adjectival surnames and the stem
    changes of :func:`oblique_forms`. Whole forms, so a short stem links (Рута -> Руце, Руте; Белая ->
    Белую), where one stripped case ending leaves too little to compare."""
    return _paradigm(text.lower())


@lru_cache(maxsize=5_000)
def _paradigm(low: str) -> frozenset[str]:
    norm = fold(low)
    if len(norm) < 4 or not norm.isalpha():
        return frozenset()
    forms = {fold(f) for f in rule_forms(low, None)}
    return frozenset(forms | adjective_forms(norm) | _oblique_forms(norm))


_VOWELS = "аеиоуыэюя"
_SOFTENED = {"х": "ш", "к": "ч", "г": "ж", "ц": "ч", "с": "ш", "з": "ж"}
# Pet suffixes after an open syllable (``про-ша``) and after a closed one (``ир-ка``, ``циш-ка``, ``ир-очка``,
# Belarusian ``улян-ачка``).
_AFTER_OPEN = ("ша", "шка", "шенька", "ня", "нька", "ся", "ська", "сик")
_AFTER_CLOSED = (
    "а", "я", "ка", "ик", "ок", "уля", "уся", "уша", "юша", "ушка", "ечка", "очка", "ачка", "енька", "онька", "ечек"
)


def _syllable_prefixes(name: str) -> list[str]:
    """The name's first one or two open syllables (``ти``, ``миро``; ``и`` of ``ирина``); for a name that
    opens with a vowel, also its second syllable alone (``ан-то-н`` -> ``то``, ``а-ле-ксей`` -> ``ле``)."""
    vowels = [i for i, c in enumerate(name) if c in _VOWELS]
    out = [name[: i + 1] for i in vowels[:2] if i + 1 < len(name)]
    if vowels[:1] == [0] and len(vowels) >= 2 and vowels[1] >= 2 and vowels[1] + 1 < len(name):
        out.append(name[vowels[1] - 1 : vowels[1] + 1])
    return out


def pet_forms(name: str) -> frozenset[str]:
    """Pet forms a folded given name of 4+ letters may take (``цихан`` -> ``циша``, ``цишка``, ``цихоня``...).

    Generated, not listed: what a text uses is matched against these, never flagged from them alone.
    """
    return _pet_forms(name)


@lru_cache(maxsize=5_000)
def _pet_forms(name: str) -> frozenset[str]:
    if len(name) < 4 or not name.isalpha():
        return frozenset()
    out: set[str] = set()
    for prefix in _syllable_prefixes(name):
        if len(prefix) >= 2:
            out |= {prefix + s for s in _AFTER_OPEN}
        nxt = name[len(prefix) : len(prefix) + 1]
        if nxt and nxt in _CONSONANT:
            for closed in {prefix + nxt, prefix + _SOFTENED.get(nxt, nxt)}:
                out |= {closed + s for s in _AFTER_CLOSED}
    out.discard(name)
    return frozenset(f for f in out if len(f) >= 4 and not f.startswith(_PRONOUNS))


# ``на-ша`` of Наталья and ``ва-ша`` of Валя would be the possessives ``наша``, ``вашага``.
_PRONOUNS = ("наш", "ваш", "мая", "мое", "твое")


def not_a_pet(tok: Token) -> bool:
    """A dictionary word (``марка``), a Belarusian function word, verb of speech or verb form (``піша``,
    ``кажа``): never taken as a generated pet form. (A listed name that is a common word, ``ціша``, is
    left to the guard of every other form.)"""
    if tok.norm in BE_FUNCTION or tok.norm in BE_SPEECH_VERBS or is_stop_word(tok.text):
        return True
    if BE_VERB_END.search(tok.text.lower()):
        return True
    m = namelex.word_morph(tok.text) if tok.cyrillic else None
    return m is not None and m.known and m.common > 0.5 and m.name + m.surname < 0.3


_BE_LETTERS = frozenset("іўэ'")


def russian_spelling(tok: Token) -> str:
    """A Belarusian word in Russian spelling, folded (``цішу`` -> ``тишу``, of Тиша), for the given-name list;
    the word itself when it has no Belarusian letter."""
    low = tok.text.lower()
    if not tok.cyrillic or not (_BE_LETTERS & set(low) or "дз" in low or "ц" in low):
        return tok.norm
    return fold(namelex.russian_spellings(low)[0])


def person_forms(tok: Token, whole: bool) -> frozenset[str]:
    """Folded forms a seeded person's name word links to beyond one stripped ending: its stem changes and,
    when ``whole`` (the caller's word for a seed that is capitalised or no common word: not ``дома``, ``дуба``
    of lower-case speech) and the word is Cyrillic, its whole :func:`paradigm`."""
    return oblique_forms(tok.norm) | (paradigm(tok.text) if whole and tok.cyrillic else frozenset())


# Case endings of a feminine ``-а``/``-я`` noun, and the Belarusian alternations undone (``руце`` -> ``рута``).
_FEM_CASE_ENDINGS = ("ы", "и", "е", "у", "ю", "ой", "ей", "ай", "яй", "ою", "аю")
_ALTERNATED = (("дзе", "да"), ("це", "та"), ("цы", "ка"), ("зе", "га"), ("се", "ха"))


def nominatives(norm: str) -> frozenset[str]:
    """Nominatives a folded oblique form of a short feminine name may come from (``руце``, ``руте``, ``руту``
    -> ``рута``; ``вользе`` -> ``вольга``): compared by spelling with a seed in another script (Rūta)."""
    out = {norm[: -len(end)] + nom for end, nom in _ALTERNATED if norm.endswith(end) and len(norm) > len(end) + 1}
    for end in _FEM_CASE_ENDINGS:
        if norm.endswith(end) and len(norm) - len(end) >= 2:
            out |= {norm[: -len(end)] + "а", norm[: -len(end)] + "я"}
    return frozenset(out)
