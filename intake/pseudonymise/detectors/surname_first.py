"""A common-word surname right BEFORE a given name in lower-case Russian and Belarusian speech.

Belarusian and Russian speakers, like official lists, often say the surname first: ``жук сергей``, ``с жуком
сергеем``, ``пра жука сяргея``. Lower-case speech recognition keeps the given name (a listed name) but loses the
capital of a surname that is an ordinary word. The same order is also a description or apposition (``кот
васька``, ``брат сергей``, ``маленький саша``), and a noun before a name in the genitive is often its possessor
(``машину сергея``, ``около дома алеся``). The word before a given name is therefore taken only where the
syntax leaves no other reading:

- both stand in the same **oblique** case that a common noun could not share with a name by chance: the
  instrumental, dative or prepositional (``с жуком сергеем``, ``коту ивану``, ``о жуке сергее``), or the
  genitive/accusative of an **animate** noun (``задержали налима павла``; an inanimate one is a possession:
  ``машину сергея``);
- a woman's undeclined surname: a noun in the nominative form right after a preposition that cannot govern it,
  before her name in an oblique case (``з крот алісай``, ``у собаль златы``);
- both in the nominative when a verb of speech follows the name (``дуб ціхан сказаў``).

Adjectives (an attribute as often: ``маленький саша``), kin, role, office, title and address words, time
words, function words and the animals kept as pets (``кот васька``, ``собака шарик``) never fill the slot.
Candidates are uncertain PERSON (reason ``uncertain:surname-first``) and mask the surname's other forms as
``surname_slots`` does.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_SPEECH_VERBS, belarusian_noun
from intake.pseudonymise.detectors.noun_surnames import (
    _given,
    _office,
    _readings,
    is_excluded,
    is_patronymic,
)
from intake.pseudonymise.detectors.surname_slots import SCORE, eligible, spread
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold, is_lowercase_text
from intake.pseudonymise.spans import Span

RULE = "surname-first"
# Animals people keep and name (Russian lemmas; Belarusian through the Russian reading): ``кот васька``.
PETS = frozenset(
    (
        "кот кошка котёнок котенок котик киса собака пёс пес щенок собачка песик попугай хомяк кролик конь "
        "лошадь корова коза козёл козел свинья поросёнок поросенок кабанчик черепаха рыбка птичка канарейка"
    ).split()
)
_BE_PETS = frozenset(fold(w) for w in "кот котка кацяня сабака сабачка шчанюк конь карова каза казёл сабаку".split())
# Verbs of speech after a name in the nominative (Russian; Belarusian in ``BE_SPEECH_VERBS``).
RU_SPEECH = frozenset(
    (
        "сказал сказала говорит говорил говорила пишет писал писала написал написала спросил спросила "
        "ответил ответила рассказал рассказала рассказывал рассказывала звонил звонила позвонил позвонила "
        "заявил заявила считает считал считала кричал кричала"
    ).split()
)
# Prepositions (folded) that never govern a nominative-looking form: a bare stem after one is indeclinable.
_NO_ACCUSATIVE = frozenset(fold(w) for w in "с со з са у к ко от ад до да для без при пры каля около ля".split())
_ANY = frozenset(fold(w) for w in "в во ў на про пра о об аб за через праз под пад по".split())
_OBLIQUE = frozenset({"datv", "ablt", "loct"})
_OBLIQUE_NAME = frozenset({"datv", "accs", "ablt", "loct"})
# Determiners and indefinite pronouns before a name (folded stems; pymorphy3 guesses some Belarusian forms a
# noun: ``нейкі`` -> нейки): ``нейкі жэнька``, ``какой-то саша``, ``гэты андрэй``.
_DETERMINER_STEMS = tuple(
    fold(w) for w in "нейк някі някая якісь якась некое некий некая некую некой гэты гэта".split()
)


def _lemma_pet(tok: Token) -> bool:
    """``tok`` is a form of an animal kept as a pet (``кот``, ``сабаку``)."""
    if tok.norm in _BE_PETS:
        return True
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    return m.known and namelex.lemma(spelling).replace("ё", "е") in {p.replace("ё", "е") for p in PETS}


def _speech_after(tokens: Sequence[Token], j: int) -> bool:
    """A verb of speech right after ``tokens[j]``."""
    return j + 1 < len(tokens) and (tokens[j + 1].norm in RU_SPEECH or tokens[j + 1].norm in BE_SPEECH_VERBS)


# Belarusian noun endings (folded) and the cases they spell, for a word no Russian reading declines as a
# singular noun (``шчуцы``, ``шчукай``, ``ваўка``): the genitive/accusative ``-а``/``-я`` of an animate
# man's noun only after a preposition that governs the accusative (``пра ваўка``; ``ліста алеся`` is a
# possession), no feminine genitive (``машыны алены`` is one too).
_BE_ENDINGS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("ам", "ям", "ем", "ом", "ай", "яй"), frozenset({"ablt"})),
    (("цы", "зе", "се", "е"), frozenset({"datv", "loct"})),
    (("у", "ю"), frozenset({"datv", "loct"})),  # not the accusative: ``пра кнігу алеся`` is a possession
    (("а", "я"), frozenset({"gent", "accs"})),
)
_ACCUSATIVE_PREPOSITIONS = frozenset(fold(w) for w in "пра про на за праз через".split())


def _be_noun_cases(tokens: Sequence[Token], i: int) -> frozenset[str]:
    """The cases ``tokens[i]`` spells by its Belarusian ending (a consonant: the nominative)."""
    norm = tokens[i].norm
    for ends, cases in _BE_ENDINGS:
        if norm.endswith(ends):
            if "gent" in cases and not (i >= 1 and tokens[i - 1].norm in _ACCUSATIVE_PREPOSITIONS):
                return frozenset()
            return cases
    return frozenset({"nomn"}) if norm[-1:] not in "аеёиоуыэюяйь" else frozenset()


def _noun_cases(tokens: Sequence[Token], i: int, language: str) -> frozenset[str]:
    """The cases ``tokens[i]`` stands in as a singular noun (mostly no adjective) that may be a surname:
    oblique cases of any noun, the genitive/accusative only of an animate one; an unknown Belarusian noun,
    or one whose Russian reading is no singular noun (``кабанам``, ``ваўка`` -> вовка), by its ending."""
    tok = tokens[i]
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return _be_noun_cases(tokens, i) if belarusian_noun(tok) or language == "be" else frozenset()
    if namelex.main_pos(spelling) not in ("NOUN", "") and not (language == "be" and spelling != tok.text):
        return frozenset()  # an adjective is an attribute as often (``маленький саша``)
    readings = _readings(spelling)
    if not readings:
        return _be_noun_cases(tokens, i) if language == "be" else frozenset()
    out: set[str] = set()
    for pos, case, _, animate in readings:
        if pos != "NOUN":
            continue
        if case in _OBLIQUE or case == "nomn" or (case in ("gent", "accs") and animate):
            out.add(case)
    return frozenset(out)


def _bare_nominative(tokens: Sequence[Token], i: int, tok_cases: frozenset[str]) -> bool:
    """A woman's undeclined surname: ``tokens[i]`` reads as a nominative right after a preposition that
    cannot govern it (an animate noun after any preposition: its accusative would differ)."""
    if "nomn" not in tok_cases or i < 1 or not tokens[i].spaced:
        return False
    prep = tokens[i - 1].norm
    if prep in _NO_ACCUSATIVE:
        return True
    spelling = namelex.russian_reading(tokens[i].text.lower().replace("’", "'"))[0]
    return prep in _ANY and any(animate for *_, animate in _readings(spelling))


def _animate(tok: Token) -> bool:
    """pymorphy3 reads ``tok`` (in its Russian spelling) as an animate noun only."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    readings = _readings(spelling) if m.known else ()
    return bool(readings) and all(pos == "NOUN" and animate for pos, _, _, animate in readings)


def _oblique_name(cases: frozenset[str]) -> bool:
    """A name form that is oblique and not a nominative or a genitive only (a possessor: ``лебедзь ірыны``)."""
    return bool(cases & _OBLIQUE_NAME) and "nomn" not in cases


def _slot(tokens: Sequence[Token], person: Sequence[bool], i: int, language: str) -> bool:
    """``tokens[i]`` right before a one-word given name it agrees with (see the module's frames)."""
    j = i + 1
    if j >= len(tokens) or not person[j] or (i > 0 and person[i - 1]):
        return False
    if j + 1 < len(tokens) and is_patronymic(tokens[j + 1]):
        return False  # the official order ``noun_surnames`` takes
    anchor = _given(tokens[j])
    if anchor is None:
        return False
    cases, gender = anchor
    tok_cases = _noun_cases(tokens, i, language)
    if tok_cases & cases & (_OBLIQUE | {"gent", "accs"}):
        return True
    if gender == "femn" and cases - {"nomn"} and _bare_nominative(tokens, i, tok_cases):
        return True
    if gender == "femn" and "nomn" in tok_cases and _oblique_name(cases) and _animate(tokens[i]):
        return True  # ``перадалі лебедзь ірыне``: a being does not stand before her name but as her surname
    return "nomn" in tok_cases & cases and _speech_after(tokens, j)


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for a common-word surname right before a given name in lower-case ru/be
    ``text`` that no span in ``spans`` covers, and the other forms of those surnames in the text."""
    if language not in ("ru", "be") or not tokens or not is_lowercase_text(tokens):
        return []
    covered, person = covered_tokens(tokens, spans)
    found: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        if covered[i] or not person[i + 1] or text[tok.end : tokens[i + 1].start] != " ":
            continue  # one space between: a blanked comma or a line break parts the words
        if not eligible(tok) or is_excluded(tok) or tok.norm.startswith(_DETERMINER_STEMS):
            continue
        if _office(tok) or _lemma_pet(tok) or not _slot(tokens, person, i, language):
            continue
        found.append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, f"candidates:{RULE}", ""))
    return spread(text, language, spans, tokens, found, RULE) if found else []
