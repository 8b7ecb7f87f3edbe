"""A surname that is also a common word, told apart by syntax: ``Жук сказал`` is a man, ``колорадский жук`` a beetle.

Many Belarusian and Russian surnames and nicknames are ordinary nouns (Жук, Бусел, Салавей, Сокол, Кот,
Воробей, Лебедь, English ``Lis``/fox), and an interview about such a person often uses the noun itself too
(``у нас на хляве бусел гняздо мае``). Casing cannot tell them apart in lower-case speech output, so this
last step of ``detect()`` reads the syntax around one lone word of a PERSON span. A person's name rarely
takes:

* an attributive relative adjective or participle agreeing with it in number, case and gender
  (``колорадского жука``, ``каларадскім жуком``); a pronoun (``наш``, ``мой``), a quality (pymorphy3's
  ``Qual``: ``белый``, ``бедная``) or an epithet people take (``маленький``, ``покойный``, :data:`EPITHETS`)
  does not count, nor does any adjective before a word pymorphy3 knows as a given name (``толстый роман``);
* a demonstrative in the comparison idiom (``как тот жук``, ``як той бабёр``, ``той яшчэ дубіна``);
* a numeral or quantity word (``два жука``, ``шмат камароў``);
* the plural, when every reading of the word is a plural common noun and none a surname (``комары``,
  ``пасечники``: one person is named in the singular; a family, ``Жуковы``, has a surname reading);
* an English article (``a fox``, ``the swan``, ``like a wolf``).

With such a cue, a word that is a common noun of the language (a pymorphy3 common-noun reading of the word or
of its Russian spelling, ``be_vocab``, ``en_vocab``) is that noun here and its PERSON span is dropped, unless
the occurrence shows a person more strongly: several words in the span (a full name), a neighbour inside
another PERSON span (``Григорий Жук``), a capital inside a sentence, or a naming word just before
(``звали``, ``завуць``, ``called``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from intake.pseudonymise.detectors import be_vocab, casing, en_vocab
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.morphology import known_parses, russian_spellings
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

# Adjectives a person takes as readily as a thing (``маленький Серёжа``, ``старый Жук``, ``бедная Синица``).
EPITHETS = frozenset(
    "маленький малый малой старый молодой бедный покойный дорогой милый любимый младший старший родной "
    "сам самый другой какой такой весь каждый один осуждённый осужденный задержанный арестованный обвиняемый "
    "подсудимый заключённый заключенный политический осудить задержать арестовать обвинить заключить судить "
    "посадить стары старая малы малая маленькі маленькая малады маладая бедны бедная родны родная дарагі "
    "дарагая любімы любімая іншы іншая такі такая кожны кожная адзін адна сама асуджаны асуджаная затрыманы "
    "затрыманая палітычны палітычная наш наша мой мая".split()
)  # a participle's lemma is its verb: ``осуждённый Чиж`` -> ``осудить``
_DEMONSTRATIVES = frozenset("тот та то те той тая тое тыя".split())
_COMPARE = frozenset("как словно будто точно вроде як нібы быццам ніби".split())
_STILL = frozenset("ещё еще яшчэ".split())
_QUANTITY = frozenset(
    "два две три четыре пять шесть семь восемь девять десять много несколько сколько пара пару "
    "дзве чатыры пяць шэсць сем восем дзевяць дзесяць шмат некалькі колькі мала "
    "two three four five six seven eight nine ten many few several".split()
)
_ARTICLES = frozenset(("a", "an"))  # ``the Bear`` is how a nickname is made
_NAMING = frozenset(
    "звали зовут звать звалі завуць клічуць назвали прозвали празвалі называли называлі call calls called named "
    "calling".split()
)
_PROPER = frozenset(("Name", "Surn", "Patr", "Geox"))

_QUANTIFIED = frozenset(("gent", "gen2", "nomn"))  # ``два жука``, ``шмат камароў``, Belarusian ``два жукі``


@lru_cache(maxsize=20_000)
def _parses(word: str, be: bool) -> tuple[Any, ...]:
    """pymorphy3's dictionary parses of ``word`` (lower case), or for a Belarusian word (``be``) of its first
    Russian spelling it knows (``птушка`` -> ``птушка``, ``камары`` -> ``комары``; Russian ``ступак`` stays)."""
    forms = (word, *russian_spellings(word)[1:]) if be else (word,)
    for form in forms:
        found = known_parses(form)  # no parse asked of a form the dictionary lacks
        if found:
            return found
    return ()


@lru_cache(maxsize=20_000)
def _common_nouns(word: str, be: bool) -> tuple[Any, ...]:
    """The tags of the common-noun readings of ``word`` (``жук`` -> NOUN anim masc sing nomn ...)."""
    return tuple(p.tag for p in _parses(word, be) if p.tag.POS == "NOUN" and not _PROPER & p.tag.grammemes)


@lru_cache(maxsize=20_000)
def plural_only(word: str, be: bool) -> bool:
    """Every reading of ``word`` is a plural common noun in the nominative (``комары``, ``камары``,
    ``пасечники``; an oblique plural such as ``лагун`` or ``сомам`` reads as a singular surname too)."""
    parses = _parses(word, be)
    return bool(parses) and all(
        p.tag.POS == "NOUN" and "plur" in p.tag.grammemes and p.tag.case == "nomn" and not _PROPER & p.tag.grammemes
        for p in parses
    )


def _agrees(adjective: Any, noun: Any) -> bool:
    """An adjective tag and a noun tag share number and case, and gender in the singular."""
    if adjective.number != noun.number or adjective.case != noun.case:
        return False
    return noun.number == "plur" or noun.gender is None or "ms-f" in noun or adjective.gender == noun.gender


@lru_cache(maxsize=20_000)
def attributive(adjective: str, noun: str, be: bool) -> bool:
    """``adjective`` is a relative adjective or participle agreeing with a common-noun reading of ``noun`` and
    is not a pronoun, a quality or an epithet people take (``колорадского жука``, not ``наш жук``, ``старый
    жук`` or ``бедная сініца``: a quality, pymorphy3's ``Qual``, describes a person as readily as a thing)."""
    parses = _parses(adjective, be)
    if any("Qual" in p.tag for p in parses if p.tag.POS == "ADJF"):
        return False
    adjectives = [
        p
        for p in parses
        if p.tag.POS in ("ADJF", "PRTF") and not {"Apro", "Anum"} & p.tag.grammemes and p.normal_form not in EPITHETS
    ]
    nouns = _common_nouns(noun, be)
    if not nouns and be and adjective not in EPITHETS and not _common_nouns(adjective, be) and be_vocab.known(noun):
        # ``каларадская птушка``: a noun only the Belarusian vocabulary knows
        return (bool(adjectives) or be_vocab.known(adjective)) and _nominatives_agree(adjective, noun)
    return any(_agrees(a.tag, n) for a in adjectives for n in nouns)


@lru_cache(maxsize=20_000)
def given_name_reading(word: str) -> bool:
    """pymorphy3's dictionary reads ``word`` as a given name (``любу``, ``веру``, ``романа``): an adjective
    before it describes the person as readily as the thing (``толстый роман`` stays masked, recall first)."""
    return any("Name" in p.tag for p in known_parses(word))


def _nominatives_agree(adjective: str, noun: str) -> bool:
    """By endings, a Belarusian adjective and noun in the nominative singular: ``вялікі бусел``, ``белая
    птушка``."""
    if adjective.endswith(("ая", "яя")):
        return noun.endswith(("а", "я"))
    return adjective.endswith(("ы", "кі", "гі", "хі")) and not noun.endswith(("а", "я", "о", "е", "ы", "і"))


def quantified(word: str, cyrillic: bool, be: bool) -> bool:
    """``word`` can follow a numeral: a genitive or nominative common-noun reading (``жука``, ``комаров``,
    ``жукі``), or an English plural; not ``розе`` after the ``два`` of ``прим два``."""
    if not cyrillic:
        return word.endswith("s")
    return any(n.case in _QUANTIFIED for n in _common_nouns(word, be))


def common_noun(tok: Token, be: bool) -> bool:
    """``tok`` is a common noun of Russian or Belarusian (pymorphy3, ``be_vocab``) or an English word."""
    low = tok.text.lower()
    if not tok.cyrillic:
        return en_vocab.is_known(tok.norm)
    return bool(_common_nouns(low, be)) or be_vocab.known(low)


def _cue(tokens: Sequence[Token], i: int, be: bool) -> bool:
    """A cue before token ``i`` that it is the common noun: adjective, comparison idiom, quantity, article."""
    tok = tokens[i]
    before = [t.text.lower() for t in _run_before(tokens, i, 3)]
    prev = before[-1] if before else ""
    if prev in _ARTICLES and not tok.cyrillic:
        return True
    if (prev in _QUANTITY or prev.isdigit()) and quantified(tok.text.lower(), tok.cyrillic, be):
        return True
    if prev in _DEMONSTRATIVES and len(before) >= 2 and before[-2] in _COMPARE:
        return True  # ``як той бабёр``
    if prev in _STILL and len(before) >= 2 and before[-2] in _DEMONSTRATIVES:
        return True  # ``той яшчэ дубіна``
    if (
        tok.cyrillic
        and prev
        and not _paused(tokens, i)
        and prev not in casing.POSSESSIVE_FORMS
        and not is_role(tokens[i - 1])
        and attributive(prev, tok.text.lower(), be)
    ):
        return not given_name_reading(tok.text.lower())  # ``нашу Любу``, ``бедную Веру``: the person
    return tok.cyrillic and plural_only(tok.text.lower(), be)


def _paused(tokens: Sequence[Token], i: int) -> bool:
    """Two or more spaces before token ``i``: a comma that speech recognition blanked (``наш участковый  сухарь``,
    ``начальник отряда  сухарь``) parts an apposition from the word, so the word before is no attribute."""
    return tokens[i].start - tokens[i - 1].end >= 2


def _run_before(tokens: Sequence[Token], i: int, n: int) -> list[Token]:
    """Up to ``n`` tokens before token ``i`` joined to it by spaces only (no punctuation between)."""
    out: list[Token] = []
    k = i
    while k > 0 and len(out) < n and tokens[k].spaced:
        k -= 1
        out.insert(0, tokens[k])
    return out


def _stronger(tokens: Sequence[Token], i: int, person: list[bool], be: bool) -> bool:
    """Token ``i`` shows a person more strongly than any cue: a capital inside a sentence, a neighbour in a
    PERSON span, a naming word just before."""
    tok = tokens[i]
    if tok.cap and not tok.initial:
        return True
    left = i > 0 and person[i - 1] and tok.spaced
    left = left and not attributive(tokens[i - 1].text.lower(), tok.text.lower(), be)
    if left or (i + 1 < len(tokens) and person[i + 1] and tokens[i + 1].spaced):
        return True
    after = [t.text.lower() for t in tokens[i + 1 : i + 3]]
    return any(t.text.lower() in _NAMING for t in _run_before(tokens, i, 3)) or bool(_NAMING.intersection(after))


def drop_common_nouns(spans: list[Span], tokens: Sequence[Token], language: str) -> list[Span]:
    """``spans`` less the one-word PERSON spans that syntax shows to be the common noun (module docstring)."""
    starts = [t.start for t in tokens]
    person = [False] * len(tokens)
    lone: dict[int, int] = {}
    for n, s in enumerate(spans):
        if s.label != "PERSON":
            continue
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        for k in range(lo, hi):
            person[k] = True
        if hi - lo == 1 and tokens[lo].start == s.start and tokens[lo].end == s.end:
            lone[n] = lo
    drop = {n for n, i in lone.items() if _is_common_here(tokens, i, person, language == "be")}
    return [s for n, s in enumerate(spans) if n not in drop] if drop else spans


def _is_common_here(tokens: Sequence[Token], i: int, person: list[bool], be: bool) -> bool:
    """Token ``i`` (alone in a PERSON span) is a common noun with a syntactic cue and no stronger evidence."""
    tok = tokens[i]
    if len(tok.norm) < 3 or not _cue(tokens, i, be) or _stronger(tokens, i, person, be):
        return False
    return common_noun(tok, be)
