"""pymorphy3's view of a word, Belarusian words read through their Russian spellings, and the common English
words: the morphology the name lexicon (``namelex``) and the given-name inventory (``givenlex``) both read.

A module of its own so that the inventory can ask it without importing the lexicon that imports the inventory.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from intake.pseudonymise.detectors.call_memo import CALL
from intake.pseudonymise.detectors.gazetteer import read_list


@lru_cache(maxsize=1)
def english_ranks() -> dict[str, int]:
    """Common English words, lower case, by frequency rank (``data/english_words.txt``)."""
    return {forms[0]: rank for rank, (forms, _) in enumerate(read_list("english_words.txt"))}


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The common English words of :func:`english_ranks`: known to be safe in lower case."""
    return frozenset(english_ranks())


FREQUENT_ENGLISH = 8000  # a name's Latin spelling among the first 8,000 English words is left to capitals


def is_english_word(norm: str) -> bool:
    """A lower-case Latin word that is an ordinary English word (or a plural or ``-'s`` form of one)."""
    words = english_words()
    return norm in words or (norm.endswith("s") and norm[:-1] in words) or (norm.endswith("es") and norm[:-2] in words)


@dataclass(frozen=True)
class Morph:
    """What pymorphy3 knows about one word."""

    name: float  # summed score of parses tagged Name
    surname: float
    patronymic: float
    place: float
    common: float  # summed score of dictionary parses that are none of the above
    known: bool
    inanimate: float = 0.0  # the part of ``common`` that is not an animate noun
    case: frozenset[str] = frozenset()  # grammatical cases of its noun parses


_ANALYZER: list[Any] = []  # the analyser once loaded (asked for once per word: no import statement each time)


def analyzer() -> Any:
    """The shared ``pymorphy3.MorphAnalyzer`` (loaded on first use; one instance with a cached ``parse``)."""
    if not _ANALYZER:
        from intake.pseudonymise.inflect import morph

        _ANALYZER.append(morph())
    return _ANALYZER[0]


UNKNOWN = Morph(0.0, 0.0, 0.0, 0.0, 0.0, False)  # a word the dictionary lacks: only guessed readings, none counted


@lru_cache(maxsize=100_000)
def morph(word: str) -> Morph:
    """pymorphy3's view of a lower-case Cyrillic word.

    Only dictionary readings count, so a word the dictionary lacks is :data:`UNKNOWN` without its guessed
    readings (pymorphy3's predictors, the dearest part of an analysis, run only when some caller wants them).
    """
    if not analyzer().word_is_known(word):
        return UNKNOWN
    scores = {"Name": 0.0, "Surn": 0.0, "Patr": 0.0, "Geox": 0.0}
    common = inanimate = 0.0
    known = False
    cases: set[str] = set()
    known_words: dict[str, bool] = {}  # ``is_known`` asks the dictionary again for every parse of one word
    for p in analyzer().parse(word):
        if p.word not in known_words:
            known_words[p.word] = p.is_known
        if not known_words[p.word]:
            continue
        known = True
        grammemes = p.tag.grammemes  # a tag has one part of speech: "NOUN" in it is ``POS == "NOUN"``
        noun = "NOUN" in grammemes
        if noun and p.tag.case:
            cases.add(str(p.tag.case))
        hit = [g for g in scores if g in grammemes]
        for g in hit:
            scores[g] += p.score
        if not hit:
            common += p.score
            if not (noun and "anim" in grammemes):
                inanimate += p.score
    return Morph(
        scores["Name"], scores["Surn"], scores["Patr"], scores["Geox"], common, known, inanimate, frozenset(cases)
    )


@lru_cache(maxsize=20_000)
def noun_share(word: str) -> float:
    """The share of pymorphy3's parses of ``word`` that are nouns."""
    return float(sum(p.score for p in analyzer().parse(word.lower()) if p.tag.POS == "NOUN"))


@lru_cache(maxsize=20_000)
def verb_share(word: str) -> float:
    """The share of pymorphy3's parses of ``word`` that are finite verbs."""
    return float(sum(p.score for p in analyzer().parse(word.lower()) if p.tag.POS == "VERB"))


@lru_cache(maxsize=20_000)
def gerund_share(word: str) -> float:
    """The share of pymorphy3's parses of ``word`` that are gerunds (``позвонив``)."""
    return float(sum(p.score for p in analyzer().parse(word.lower()) if p.tag.POS == "GRND"))


@lru_cache(maxsize=20_000)
def adverb_share(word: str) -> float:
    """The share of pymorphy3's parses of ``word`` that are adverbs (``дома`` at home, ``летом``, ``рядом``:
    a noun's case form that the language also uses as an adverb)."""
    return float(sum(p.score for p in analyzer().parse(word.lower()) if p.tag.POS == "ADVB"))


GIVEN_GRAMMEMES = frozenset({"Name", "Patr"})


def known_parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's dictionary parses of ``word`` (``Parse.is_known``), in its order; none, and no parse asked
    (pymorphy3's predictors, the dearest step), for a word the dictionary lacks: a parse is known when its word
    is, and a parse's word is ``word`` up to the ё that the dictionary look-up already allows."""
    if not analyzer().word_is_known(word):
        return ()
    return tuple(p for p in analyzer().parse(word) if p.is_known)


@lru_cache(maxsize=20_000)
def no_single_person(word: str) -> bool:
    """A lower-case word pymorphy3 knows in every reading and never as one person: no surname reading
    and no singular first name or patronymic (``донаты``, ``якобы``, ``ранит``). One person is named in
    the singular, so a PERSON guess on such a word is a common plural, a particle or a verb. A surname
    in any number (``жуковы``, the family) is a person; unknown words are not ruled out."""
    parses = analyzer().parse(word)
    if not parses or not all(p.is_known for p in parses):
        return False
    return not any(
        "Surn" in p.tag.grammemes or (GIVEN_GRAMMEMES & p.tag.grammemes and "sing" in p.tag.grammemes) for p in parses
    )


@lru_cache(maxsize=20_000)
def main_pos(word: str) -> str:
    """pymorphy3's most likely part of speech of ``word`` (``""`` when unknown)."""
    return str(analyzer().parse(word.lower())[0].tag.POS or "")


@lru_cache(maxsize=20_000)
def lemma(word: str) -> str:
    """pymorphy3's most likely dictionary form of ``word`` (lower case, ``ё`` kept)."""
    return str(analyzer().parse(word.lower())[0].normal_form)


def word_morph(text: str) -> Morph:
    """``morph`` of a token as written (lower-cased, ё kept: ``Тёма`` is not ``тема``); within a ``detect()``
    call each spelling is lower-cased once (``call_memo``, dropped when the call returns)."""
    memo = CALL.morphs
    if memo is None:
        return morph(text.lower().replace("’", "'").replace("ʼ", "'"))
    found: Morph | None = memo.get(text)
    if found is None:
        found = memo[text] = morph(text.lower().replace("’", "'").replace("ʼ", "'"))
    return found


_BE_LETTERS = str.maketrans({"і": "и", "ў": "в", "э": "е", "'": "ъ", "’": "ъ"})
_BE_SOFT = (("дз", "д"), ("ць", "ть"), ("ця", "тя"), ("ці", "ти"), ("цё", "тё"), ("цю", "тю"), ("це", "те"))
_AKANYE_SPOTS = 3  # at most 2**3 respellings per word
# For n spots: the masks 0 .. 2**n - 1, fewest changes first (a stable sort: equal counts in numeric order).
_MASK_ORDER = [sorted(range(1 << n), key=lambda m: bin(m).count("1")) for n in range(_AKANYE_SPOTS + 1)]


@lru_cache(maxsize=20_000)
def russian_spellings(word: str) -> tuple[str, ...]:
    """Russian spellings a Belarusian word may have, fewest changes first (``салавей`` -> ``соловей``).

    ``і``/``ў``/``э`` and the soft ``дз``/``ц`` are respelt; then akanye is undone: any ``а`` but the last
    letter may be an unstressed ``о`` (``мароз`` -> ``мороз``, ``сабаль`` -> ``соболь``).
    """
    base = word.lower()
    for be, ru in _BE_SOFT:  # before ``і`` becomes ``и``: ``ці`` -> ``ти`` (``ціхая`` -> ``тихая``)
        base = base.replace(be, ru)
    base = base.translate(_BE_LETTERS)
    spots = [i for i, c in enumerate(base[:-1]) if c == "а"][:_AKANYE_SPOTS]
    out = []
    for mask in _MASK_ORDER[len(spots)]:
        chars = list(base)
        for k, i in enumerate(spots):
            if mask >> k & 1:
                chars[i] = "о"
        out.append("".join(chars))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=20_000)
def russian_reading(word: str) -> tuple[str, Morph]:
    """``word`` (lower case) and its ``morph``; for a word pymorphy3 does not know (most Belarusian words),
    its first Russian spelling pymorphy3 does know, if any (``мароз`` -> ``мороз``, Surn)."""
    m = morph(word)
    if m.known:
        return word, m
    for spelling in russian_spellings(word):
        other = morph(spelling)
        if other.known:
            return spelling, other
    return word, m


