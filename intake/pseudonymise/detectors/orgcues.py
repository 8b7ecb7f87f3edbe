"""Organisations named right after a word that says what they are (recall first).

``ініцыятыва Крок``, ``инициатива дзякуй``, ``правозащитный центр весна``, ``газеты Ветер``,
``a company called Kinetic Apps``, ``the newspaper zerkalo``: the cue noun says an organisation's name
follows, so the name is masked even when it is a common word (``крок``, ``весна``) or lower-cased by
speech recognition. The name is one or two words after the cue:

* Russian/Belarusian: a Cyrillic word that pymorphy3 reads as a nominative noun or does
  not know (an apposition keeps the nominative: ``в фонде Бысол``; ``в компании друзей`` is a genitive and
  is left alone); never a function word;
* English: after a cue noun and ``called``/``named`` any two words that are not function words; after a
  bare cue noun (``the newspaper zerkalo``) only words that are not English.

In text with capitals a capitalised name runs on as a phrase (:func:`_phrase_end`): capitalised words and a
small word between two of them, up to six words (``чат Соседи с Луговой``, ``a group, Letters to Hrodna,``),
with a number right after it (``канал Пинск 97``), or ending in ``для``/``за``/``без``/``против`` and one
lower-case noun (``в чате Лида для жизни``); after a comma (an apposition) only when a comma or the clause
closes the phrase (``чата, Соседи с Луговой, почти год``; not ``в группе, Вера тоже``).

Weak cues (``чат``, ``группа``, ``завод``, ``фабрика``) name things as often as organisations: their name must be
capitalised or quoted in any text. In English a name may also come before its cue noun (``the harbour
foundation``).

In Russian or Belarusian text with capitals a lower-case word after a cue is ordinary (``отдельная
инициатива рассвет``): there the name must be capitalised or follow a legal form. This is the one
implementation of "a name after a cue noun, a legal form or ``called``"; one-word enterprise names are
``orgnames.py``'s ``compound`` rule. Spans are uncertain (score 0.5, reason ``uncertain:org``) for the
reviewer, except a capitalised name of several words in cased text (evidence, 0.7), whose other mentions ``orglinks.py``
then marks (``через Точку опоры``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors.orgcue_words import EN_AFTER as _EN_AFTER
from intake.pseudonymise.detectors.orgcue_words import EN_CUES as _EN_CUES
from intake.pseudonymise.detectors.orgcue_words import FORMS as _FORMS
from intake.pseudonymise.detectors.orgcue_words import FORMS_CAPS as _FORMS_CAPS
from intake.pseudonymise.detectors.orgcue_words import is_cue
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, ends_clause
from intake.pseudonymise.detectors.tokens import lowercase_by
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

_EN_NAMING = frozenset("called named".split())
# Kinds of organisation that are cues only before ``called``/``named`` (``a choir named silver bells``).
_EN_NAMED_KINDS = frozenset("choir orchestra ensemble studio theatre theater cafe bakery magazine agency shop".split())
_ADJ_TAILS = ("ая", "яя", "ое", "ае", "ый", "ий", "ую", "ых", "іх", "ім", "ым", "ага", "ого", "ой", "ай")
# Belarusian endings of a genitive (``падтрымкі``) or a verb (``называўся``, ``збіраць``, ``ладзіцца``).
_BE_NOT_NAME = ("і", "ы", "ўся", "лася", "лося", "ліся", "ць", "цца", "ецца")
_NOT_NAME = frozenset("центр цэнтр center centre".split())  # ``правозащитный центр весна``: skip the noun


@lru_cache(maxsize=20_000)
def _nominative_noun(low: str) -> bool:
    """pymorphy3 reads ``low`` as a nominative noun first, or does not know it (a name)."""
    from intake.pseudonymise.detectors import namelex

    parses = namelex.analyzer().parse(low.replace("і", "и").replace("ў", "у"))
    if not parses or not parses[0].is_known:
        return True
    tag = parses[0].tag
    if tag.POS == "NOUN" and "nomn" in tag:
        return True
    # a reading as a nominative noun almost as likely as the first (``компас``: a genitive plural first)
    return sum(float(p.score) for p in parses if p.tag.POS == "NOUN" and "nomn" in p.tag) >= 0.3


@lru_cache(maxsize=20_000)
def _unknown(low: str) -> bool:
    """A Cyrillic word pymorphy3 does not know (``белтрансавто``)."""
    from intake.pseudonymise.detectors import namelex

    parses = namelex.analyzer().parse(low.replace("і", "и").replace("ў", "у"))
    return not low.isascii() and (not parses or not parses[0].is_known)


def _name_word(tok: Token, language: str, named: bool) -> bool:
    if not any(ch.isalpha() for ch in tok.text) or is_stop_word(tok.low) or tok.low in _NOT_NAME:
        return False
    if language == "en":
        if named or tok.text[:1].isupper():
            return True
        from intake.pseudonymise.detectors import namelex

        return not namelex.is_english_word(tok.low)
    if tok.low.isascii():
        return False  # Latin words in Cyrillic text are the candidates' (``candidates:latin``)
    if named:  # after a legal form any word but a verb names (``СПК «Новы шлях»``)
        from intake.pseudonymise.detectors import namelex

        return tok.text.replace("-", "").isalpha() and namelex.verb_share(tok.low) < 0.5
    if tok.text.islower() and tok.low.endswith(_ADJ_TAILS):
        return False  # ``невялікая``: an adjective that pymorphy3 (Russian) does not know
    if language == "be" and tok.text.islower() and tok.low.endswith(_BE_NOT_NAME):
        return False  # ``у групе падтрымкі``, ``называўся``: a genitive or a verb, not a name in apposition
    return tok.text.replace("-", "").isalpha() and _nominative_noun(tok.low)


def _name_end(words: Words, j: int, language: str, named: bool, lowercase: bool = False) -> int:
    """Index after the one or two name words at ``j`` (``j`` when there is none)."""
    toks = words.tokens
    k = j
    while k < len(toks) and k - j < 2 and _name_word(toks[k], language, named):
        if k > j and language != "en" and _first_case(toks[k].low) in _OBLIQUE:
            break  # ``в ооо вектор бухгалтером``: the name ends before a noun in an oblique case
        k += 1
        if k < len(toks) and ends_clause(words.gaps[k - 1]):
            break
        if language == "en" and k < len(toks) and _en_name_stops(words, k):
            break
        if language != "en" and not named:
            break  # a Cyrillic name is one word after its cue (``ініцыятыва крок яны``)
    if k == j + 1 and language != "en" and not named and _genitive_tail(words, j, lowercase):
        k += 1  # ``в инициативе Точка опоры``: a capitalised name goes on with its genitive noun
    return k


_OBLIQUE = frozenset(("ablt", "datv", "loct"))
# English speech fillers that never continue a name (``a company called orbit  like sixty people``).
_EN_FILLERS = frozenset("like um uh er erm so well maybe basically actually kind sort".split())


def _en_name_stops(words: Words, k: int) -> bool:
    """An English name ends before ``k``: a comma, a dropped one (two blanks) or a filler word."""
    gap = words.gaps[k - 1]
    return bool(gap.strip()) or gap == "  " or words.tokens[k].low in _EN_FILLERS


def _genitive_tail(words: Words, j: int, lowercase: bool) -> bool:
    """A name word at ``j``, capitalised unless the text is lower case, followed by a lower-case noun read
    as a genitive (``Точка опоры``, ``точка опоры``)."""
    from intake.pseudonymise.detectors import namelex
    from intake.pseudonymise.detectors.orgnames import has_case

    toks = words.tokens
    if not (lowercase or toks[j].text[:1].isupper()) or j + 1 >= len(toks) or words.gaps[j].strip():
        return False
    nxt = toks[j + 1]
    if not nxt.text.isalpha() or not nxt.text.islower() or is_stop_word(nxt.low):
        return False
    return has_case(nxt.text, "gent") and namelex.noun_share(nxt.text) >= 0.5


def _en_named_kind(toks: Sequence[Token], k: int) -> bool:
    """An English cue or kind noun at ``k`` (``company``, ``choir``)."""
    return k >= 0 and (toks[k].low in _EN_CUES or toks[k].low in _EN_NAMED_KINDS)


def _en_place_between(toks: Sequence[Token], i: int) -> bool:
    """``in minsk`` or ``from vilnius`` right before ``called`` at ``i`` (``a company in minsk called orbit``):
    the kind noun stands before it."""
    return i > 2 and toks[i - 2].low in ("in", "from") and not is_stop_word(toks[i - 1].low)


def _cue_at(words: Words, i: int, language: str) -> tuple[int, bool] | None:
    """(index of the name, named by ``called``) when a cue ends at token ``i``."""
    toks = words.tokens
    low = toks[i].low
    if language == "en":
        if low in _EN_NAMING and i > 0 and _en_named_kind(toks, i - 1 - 2 * _en_place_between(toks, i)):
            return None if i + 1 < len(toks) and toks[i + 1].low == "after" else (i + 1, True)  # ``named after``
        return (i + 1, False) if low in _EN_CUES and (i + 1 >= len(toks) or toks[i + 1].low not in _EN_NAMING) else None
    if low in _FORMS or (low in _FORMS_CAPS and toks[i].text.isupper()):
        return i + 1, True
    if low in _FORMS_CAPS and i + 1 < len(toks) and (_unknown(toks[i + 1].low) or _after_preposition(toks, i)):
        return i + 1, True  # ``ооо белтрансавто``, ``в ооо вектор``; ``ооо кошмар`` is a filler before a word
    if not is_cue(low):
        weak = is_cue(low, weak=True) and i + 1 < len(toks)
        marked = weak and (toks[i + 1].text[:1].isupper() or words.gaps[i].strip(" ") in ("«", '"', "„"))
        if not (marked or (weak and _band(words, i))):
            return None
    j = i + 1
    if j < len(toks) and toks[j].low in _NOT_NAME and words.gaps[i].strip() == "":
        j += 1
    return j, False


# Small words inside a capitalised name phrase (``Соседи с Луговой``, ``Letters to Hrodna``).
_PHRASE_LINKS = frozenset(
    "с со на из в у ў з і и для за без против супраць до да of to for and from in on the without against".split()
)
# Links after which a capitalised name ends in one lower-case noun (``чат Лида для жизни``, ``Краіна для жыцця``).
_NOUN_LINKS = frozenset("для за без против супраць".split())
_PHRASE_MAX = 6
_NUMBER_TAIL = re.compile(r"(?: \d{1,4}\b(?![.,:]\d))?")


def _opens_name(words: Words, j: int, cased: bool) -> bool:
    """Only spaces or an opening quote between the cue and the name at ``j``; in cased text also a comma
    before a capitalised name (an apposition: ``админ районного чата, Соседи с Луговой,``)."""
    gap = words.gaps[j - 1]
    if gap.strip(" «\"'") == "":
        return True
    return cased and gap.strip() == "," and words.tokens[j].text[:1].isupper()


def _phrase_end(words: Words, j: int) -> int:
    """Index after a capitalised name phrase at ``j``: capitalised words and a small word between two of
    them, within one clause and :data:`_PHRASE_MAX` words, no comma inside (``Соседи с Луговой``)."""
    toks, gaps = words.tokens, words.gaps
    k = j + 1
    while k < len(toks) and k - j < _PHRASE_MAX and gaps[k - 1].strip() == "":
        if _capital(toks[k]):
            k += 1
        elif toks[k].low in _PHRASE_LINKS and k + 1 < len(toks) and not gaps[k].strip() and _capital(toks[k + 1]):
            k += 2
        elif toks[k].low in _NOUN_LINKS and k + 1 < len(toks) and not gaps[k].strip() and _link_noun(toks[k + 1]):
            return k + 2
        else:
            break
    return k


def _link_noun(tok: Token) -> bool:
    return link_noun(tok.text)


def link_noun(word: str) -> bool:
    """A lower-case Cyrillic noun that may end a name after ``для``/``за``/``без`` (``жизни``, ``жыцця``)."""
    from intake.pseudonymise.detectors import namelex

    low = word.lower()
    if not (word.isalpha() and word.islower()) or word.isascii() or is_stop_word(low):
        return False
    reading = namelex.russian_reading(low)  # a Belarusian word through its Russian spelling
    if not reading[1].known:
        return not low.endswith(("ць", "ці", "цца"))  # a word no vocabulary knows, no infinitive
    return namelex.noun_share(reading[0]) >= 0.5 and namelex.verb_share(reading[0]) < 0.3


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _closed(words: Words, end: int) -> bool:
    """The name ending before token ``end`` is followed by a comma, a clause end or the text's end."""
    return end >= len(words.tokens) or "," in words.gaps[end - 1] or ends_clause(words.gaps[end - 1])


def _after_preposition(toks: list[Token], i: int) -> bool:
    """A legal form after a preposition (``устроилась в ооо вектор``): a filler never follows one."""
    return i > 0 and toks[i - 1].low in ("в", "у", "ў", "на", "из", "з", "с", "от", "ад", "для")


# Words of music before ``группа`` that make it a band (``играл в группе причал``, ``спявала ў групе``).
_MUSIC = ("игра", "пел", "поет", "поёт", "гра", "спява", "выступа", "рок", "музыкальн", "музычн", "гитар", "гітар")


def _band(words: Words, i: int) -> bool:
    """``группа``/``група`` at ``i`` after a word of music within two words: a band, a strong cue."""
    toks = words.tokens
    if not toks[i].low.startswith(("групп", "груп")):
        return False
    return any(toks[k].low.startswith(_MUSIC) for k in range(max(0, i - 2), i) if not ends_clause(words.gaps[k]))


def _genitive_name(tok: Token) -> bool:
    """A name read as a genitive, not an apposition: the cue is part of it (``фонд медиасолидарности``,
    ``фонда взаимопомощи``); ``в фонде Бысол`` keeps the cue out."""
    return _first_case(tok.low) == "gent"


@lru_cache(maxsize=20_000)
def _first_case(low: str) -> str | None:
    """pymorphy3's first reading's case of a noun (a guess for an unknown word), else None."""
    from intake.pseudonymise.detectors import namelex

    parses = namelex.analyzer().parse(low.replace("і", "и").replace("ў", "у"))
    return str(parses[0].tag.case) if parses and parses[0].tag.POS == "NOUN" else None


def _lowercase(words: Words) -> bool:
    """Uncased speech-recognition text (the rule of ``tokens.is_lowercase_text``, over this split)."""
    toks = words.tokens
    initials = [toks[k + 1] for k, gap in enumerate(words.gaps[: len(toks) - 1]) if ends_clause(gap)]
    return lowercase_by([t.text[:1].isupper() for t in toks], [t.text[:1].isupper() for t in initials])


def detect_named(text: str, words: Words, language: str) -> list[Span]:
    """Names right after an organisation cue noun, a legal form or ``called``/``named``."""
    toks = words.tokens
    out: list[Span] = []
    capitals = not _lowercase(words)
    cased = language != "en" and capitals
    for i in range(len(toks) - 1):
        cue = _cue_at(words, i, language)
        if cue is None:
            continue
        j, named = cue
        if j >= len(toks) or not _opens_name(words, j, capitals):
            continue
        if toks[j].text[:1].isupper() and words.gaps[j - 1].strip(" ") in ("«", '"', "„"):
            continue  # a quoted capitalised name is ``orgnames.py``'s ``quoted`` rule
        if cased and not named and not toks[j].text[:1].isupper():
            continue  # ``отдельная инициатива рассвет`` in cased text: an ordinary word
        end = _name_end(words, j, language, named, lowercase=not cased)
        if capitals and toks[j].text[:1].isupper():
            end = max(end, _phrase_end(words, j))
        if words.gaps[j - 1].strip() == "," and not _closed(words, end):
            continue  # ``чата, Соседи с Луговой,``: an apposition in commas closes where the clause does
        if end > j:
            # the legal form belongs to the name, and so does a cue that a genitive completes
            first = i if language != "en" and (named or (language == "ru" and _genitive_name(toks[j]))) else j
            start, stop = toks[first].start, toks[end - 1].end
            if "«" in text[start:stop] and text[stop : stop + 1] == "»":
                stop += 1  # close the quotes the name opened
            tail = _NUMBER_TAIL.match(text, stop)
            stop += len(tail.group()) if tail else 0  # ``канал Пинск 97``
            out.append(_span(text, start, stop, cased and toks[j].text[:1].isupper() and end > j + 1))
    return out + (_named_before(text, words) if language == "en" else [])


def _named_before(text: str, words: Words) -> list[Span]:
    """``the <name> foundation``: one or two words between ``the`` and a cue noun that follows its name; the
    span takes the cue (``orglinks.py`` leaves it out when it marks the name's other mentions)."""
    toks = words.tokens
    out: list[Span] = []
    for i in range(2, len(toks)):
        first = _name_start(words, i) if toks[i].low in _EN_AFTER else None
        if first is not None:
            out.append(_span(text, toks[first].start, toks[i].end, False))
    return out


def _name_start(words: Words, i: int) -> int | None:
    """Index of the first name word between ``the`` and the cue noun at ``i`` (``the open door foundation``)."""
    toks = words.tokens
    for first in (i - 1, i - 2):
        if first < 1 or any(words.gaps[k].strip() for k in range(first - 1, i)) or not _before_name(toks[first]):
            return None
        if toks[first - 1].low == "the":
            return first
    return None


def _before_name(tok: Token) -> bool:
    return tok.text.isalpha() and not is_stop_word(tok.low) and tok.low not in _EN_CUES


def _span(text: str, start: int, stop: int, evidence: bool) -> Span:
    """A capitalised name of several words after a cue in cased text is evidence (0.7); the rest is uncertain
    (0.5): a single capitalised word is the word rules' already, and spreading it would reach ``крокам``."""
    if evidence:
        return Span(start, stop, "ORGANISATION", text[start:stop], 0.7, "orgcues", "")
    return Span(start, stop, "ORGANISATION", text[start:stop], 0.5, "orgcues", f"{UNCERTAIN}:org")
