"""The slots of a Slavic full name in lower-case speech: a patronymic is strong evidence.

A given name followed by a patronymic (``глеб викторович``, ``жанна валер'еўна``: pymorphy3 ``Patr`` or a
patronymic ending in any case) fixes the frame of a full name. The word right before the pair and the word
right after it are the surname when they are a noun, an adjective or an unknown word that agrees with the
given name: in case, and an adjective also in gender (``белый глеб викторович``, ``любовь аркадьевна
белая``, ``жанна валер'еўна жук``), even when it is a common word. A word of address or appraisal
(``дорогой``, ``уважаемая``, ``покойный``), a role, a verb, an adverb or a function word never fills a
slot; nor does a date after the name (``глеб викторович девятнадцатое``: neuter, no agreement).

Only a given name stands before a patronymic alone (``тэрэза іосіфаўна``). A hesitation between a given
name and its surname does not part them (``меня зовут инна э-э гуляк``, ``пётр ну шаўчонак``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION, BE_SPEECH_VERBS, BE_VERB_END, belarusian_noun
from intake.pseudonymise.detectors.lowercase import (
    HESITATIONS,
    NAMING_WORDS,
    STRONG_PATRONYMIC,
    content_word,
    follower,
    is_role,
)
from intake.pseudonymise.detectors.tokens import Token, fold

# Adjectives that address or appraise a person before or after the name (``дорогая анна сергеевна``):
# never the surname slot. Russian and Belarusian, folded.
ADDRESS = frozenset(
    fold(w)
    for w in (
        "дорогой дорогая дорогие уважаемый уважаемая милый милая любимый любимая родной родная бедный бедная "
        "покойный покойная пожилой пожилая старый старая молодой молодая наш наша ваш ваша мой моя этот эта "
        "тот та сам сама "
        "такой такая весь вся самый самая другой другая какой какая "
        "дарагі дарагая паважаны паважаная мілы мілая любы любая родны родная бедны бедная нябожчык "
        "пажылы пажылая стары старая малады маладая гэты гэтая такі такая увесь уся"
    ).split()
)


def _pair(tokens: Sequence[Token], labels: Sequence[str | None], i: int) -> bool:
    """``tokens[i]`` and ``tokens[i + 1]`` are a detected given name and patronymic, spaced."""
    if i < 0 or i + 1 >= len(tokens) or labels[i] != "PERSON" or labels[i + 1] != "PERSON":
        return False
    patronymic = tokens[i + 1]
    return patronymic.spaced and bool(namelex.PATRONYMIC_RE.match(patronymic.norm)) and _given(tokens[i])


def _given(tok: Token) -> bool:
    return bool(namelex.first_names().lookup_first(tok.norm)) or namelex.word_morph(tok.text).name >= 0.5


def _fills_slot(tok: Token) -> bool:
    """A content word that can be a surname: no role, function word, verb of speech or word of address."""
    if len(tok.norm) < 3 or not tok.cyrillic or not content_word(tok) or is_role(tok):
        return False
    if tok.norm in NAMING_WORDS:
        return False  # ``бортнік прозвішча алена віктараўна``: the naming noun is no surname
    return tok.norm not in BE_SPEECH_VERBS and tok.norm not in BE_FUNCTION and tok.norm not in ADDRESS


def agrees(name: Token, tok: Token, patronymic: Token | None = None) -> bool:
    """``tok`` agrees with the given name ``name`` as its surname: a noun in one of its cases, an adjective
    in one of its cases and its gender; a word pymorphy3 does not know (most Belarusian words) unless it
    ends like a verb. With a ``patronymic``, only the cases the name and patronymic share count (``алла``
    may be a genitive, ``алла ивановна`` is not)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return not BE_VERB_END.search(tok.text.lower())
    if namelex.main_pos(spelling) not in ("NOUN", "ADJF"):
        return False  # mostly a particle or interjection (``спасибо``)
    cases = namelex.name_cases(name.text, name.norm)
    if patronymic is not None and cases & namelex.word_morph(patronymic.text).case:
        cases = cases & namelex.word_morph(patronymic.text).case
    gender = name_gender(name.text.lower())
    for p in _parses(spelling):
        if p.tag.POS not in ("NOUN", "ADJF") or (cases and str(p.tag.case) not in cases) or p.tag.number == "plur":
            continue
        if p.tag.POS == "NOUN" or gender is None or str(p.tag.gender) == gender:
            return True
    return False


def _opens(name: Token, patronymic: Token, tok: Token) -> bool:
    """``tok`` before a given name and patronymic is the surname (``белый глеб викторович``): an agreeing
    adjective that is no ordinal (``первый``), a noun pymorphy3 knows as a surname or an inanimate one
    that agrees (an animate noun there is a title: ``инспектор``, ``респондент``), or an unknown word
    shaped like a Belarusian noun or surname and not like an agent noun (``выхавацель``)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        if tok.norm.endswith(_AGENT):
            return False
        return belarusian_noun(tok) or namelex.looks_like_surname(tok.norm, strong=True)
    if m.surname >= 0.3:
        return True
    pos = namelex.main_pos(spelling)
    if pos == "ADJF":
        return "Anum" not in namelex.analyzer().parse(spelling)[0].tag and agrees(name, tok, patronymic)
    neuter = namelex.analyzer().parse(spelling)[0].tag.gender == "neut"  # ``второе`` (a course), not a surname
    return pos == "NOUN" and m.inanimate >= 0.5 and not neuter and agrees(name, tok, patronymic)


_AGENT = ("цель", "тель", "ник", "щик", "чык", "шчык", "ист", "ант", "ент", "лог")


@lru_cache(maxsize=20_000)
def _parses(word: str) -> tuple[Any, ...]:
    return namelex.known_parses(word)


@lru_cache(maxsize=5_000)
def name_gender(word: str) -> str | None:
    """The grammatical gender of a first name pymorphy3 knows (``глеб`` -> masc); None when unsure."""
    genders = {str(p.tag.gender) for p in _parses(word) if "Name" in p.tag and p.tag.gender in ("masc", "femn")}
    return genders.pop() if len(genders) == 1 else None


def _before_patronymic(tokens: Sequence[Token], i: int) -> bool:
    tok, nxt = tokens[i], tokens[i + 1]
    if not nxt.spaced or not STRONG_PATRONYMIC.match(nxt.norm):
        return False
    return len(tok.norm) >= 3 and content_word(tok) and not is_role(tok)


def _after_patronymic(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` follows a first name and a patronymic (``любовь аркадьевна белая``, ``ганна пятроўна
    сініца``) and agrees with the name; not a verb, adverb or role (``алексей петрович сказал``, ``иван
    петрович судья``)."""
    tok, patronymic = tokens[i], tokens[i - 1]
    if not tok.spaced or not patronymic.spaced or not namelex.PATRONYMIC_RE.match(patronymic.norm):
        return False
    return _fills_slot(tok) and agrees(tokens[i - 2], tok, patronymic)


def _before_name(tokens: Sequence[Token], labels: Sequence[str | None], i: int) -> bool:
    """``tokens[i]`` opens a full name: a given name and patronymic follow (``белый глеб викторович``)."""
    if i + 1 >= len(tokens) or not tokens[i + 1].spaced or not _pair(tokens, labels, i + 1):
        return False
    return _fills_slot(tokens[i]) and _opens(tokens[i + 1], tokens[i + 2], tokens[i])


def _after_hesitation(tokens: Sequence[Token], labels: Sequence[str | None], i: int, language: str) -> bool:
    """``tokens[i]`` follows a given name and a hesitation (``пётр ну шаўчонак``) as a surname follows a name.
    A common word there only in a self-introduction (``зовут инна э-э гуляк``; not ``маша ну работа``)."""
    if i < 2 or tokens[i - 1].norm not in HESITATIONS or labels[i - 2] != "PERSON" or not tokens[i].spaced:
        return False
    name, tok = tokens[i - 2], tokens[i]
    if name.cyrillic != tok.cyrillic or not _given(name) or not follower(name, tok, language):
        return False
    m = namelex.word_morph(tok.text) if tok.cyrillic else None
    if m is None or not m.known or m.common <= 0.5:
        return True
    return any(t.norm in NAMING_WORDS for t in tokens[max(0, i - 5) : i - 2])


def mark(tokens: Sequence[Token], labels: list[str | None], language: str) -> None:
    """Label the given name before a patronymic, the surname slots around the pair and a surname after a
    hesitation."""
    for i in range(len(tokens) - 1):
        if labels[i] is None and labels[i + 1] == "PERSON" and _before_patronymic(tokens, i):
            labels[i] = "PERSON"
    for i in range(len(tokens)):
        if labels[i] is not None:
            continue
        after = i >= 2 and labels[i - 2] == labels[i - 1] == "PERSON" and _after_patronymic(tokens, i)
        if after or _before_name(tokens, labels, i) or _after_hesitation(tokens, labels, i, language):
            labels[i] = "PERSON"
