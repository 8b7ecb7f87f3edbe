"""Bare numbers whose unit (years of a term, years of age) is left unsaid, licensed by their context
(AGE_OR_SENTENCE, uncertain: score 0.5, reason ``uncertain:<kind>``). The one home of the question-and-answer
rule and of the asked-for rule (``echoes.py`` keeps the echoes of a term, the number given and the year of a
whole).

* ``duration``: the answer to a question that asks for a term: a question word (``сколько``, ``колькі``,
  ``how``, ``what``, ``какой``, ``які``) and, a few words on, a verb of sentencing, serving or asking or a
  word for the term (``Сколько он отсидел? — Три``, ``Колькі прасіў пракурор? — Восем``, ``Какой срок? —
  Пять``, ``How long did she serve? - Two``, ``What did the court give him? - Eight``); a counted noun between
  them (``Сколько передач получил?``, ``How many letters did you get?``) makes it a count, and a count may
  follow the answer (``Три письма``);
* ``duration``: a bare number after a verb of asking (``просили шесть``, ``asked for six``, ``прасіў восем``)
  when a term is said near it or the prosecutor is named, and the term given against it after a contrast word
  in the same sentence (``asked for seven so six was a gift``, ``прасіў дзевяць, але атрымаў сем``);
* ``age``: a second person's age coordinated with an age just found, the verb left out (``she was 19 and he
  21``, ``I was twenty-two and my husband twenty-five``, ``ей было 30, а мужу 32`` is ``cued_ages.py``'s).

A speaker label (a word before a colon, or a label word whose colon speech recognition dropped:
``респондент шесть``) may stand between a question and its answer.
"""

from __future__ import annotations

from intake.pseudonymise.detectors.numwords import starts_number
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, ends_clause
from intake.pseudonymise.detectors.termbase import KIN_DATIVE, UNITS, blank, cardinal, uncertain
from intake.pseudonymise.detectors.tokens import SPEAKER_WORDS
from intake.pseudonymise.detectors.unit_carry import countable
from intake.pseudonymise.spans import Span

_QUESTION = frozenset("сколько колькі сколькі how what какой какую какой-то які якую".split())
# verbs of asking, by stem (ru, be, en)
_ASKING = (
    "просил", "просит", "прасі", "запрос", "запраш", "запрас", "требова", "патрабав", "хотел", "хацел", "хацеў",
    "ask", "request", "demand", "sought", "wanted",
)  # fmt: skip
# verbs of sentencing, serving and asking, and words for the term itself, by stem (ru, be, en)
_TERM_WORDS = (
    *_ASKING,
    "дали", "дал", "дала", "дадут", "дадуц", "далі", "даў", "получ", "атрымa", "атрыма", "присуд", "прысуд", "осуд",
    "асуд", "приговор", "прыгавар", "отсид", "отбы", "адсядз", "адседз", "адбы", "срок", "тэрмін", "serv",
    "sentenc", "gave", "give", "got", "get",
)  # fmt: skip
# words a question may hold between its question word and its verb that count nothing
_NOT_COUNTED = frozenset(
    "итоге времени часу срок срока тэрмін тэрміну term sentence суд court judge прокурор пракурор prosecutor "
    "prosecution яна ён она он ему ей им яму ёй ім вам вы you he she they him her them long much many years лет гадоў "
    "did does do was were has have had the his their тогда тады всего усяго ўсяго же ж".split()
)
# words that may come between a question or a verb of asking and the number (``на``, ``ну``, ``for him``)
_SKIP = frozenset(
    "на к да to ну well um uh э ээ just only всего только лишь ўсяго толькі for him her them ему ей им яму ёй ім "
    "для него неё яго яе ещё еще all целых цэлых аж он она ён яна".split()
)
_COUNT_BACK = 6  # tokens back to a number that counts a noun
_SPEAKER = 2  # words of a speaker label before the answer (``Респондент:``)
_QUESTION_SPAN = 6  # tokens from the question word to its verb
_PROSECUTOR = (
    "прокур", "пракур", "prosecut", "обвинени", "абвінавач", "гособвин", "суд", "court", "judge",
)  # fmt: skip
_NEAR = 200  # characters between a term and the number asked for
_MAX_TERM = 30
_CONTRAST = frozenset("but so yet only а но але ды дык так толькі только лишь".split())
_CONTRAST_WINDOW = 7  # tokens after the number asked for: ``but the judge gave her``
_ONE = frozenset("один одна адзін адна one".split())  # ``адзін з іх``: a pronoun, no count
_AT = frozenset("в во у ў at by".split())  # ``Во сколько?``: a time
_CONJ = frozenset("and а и і but while но але".split())
_SUBJECT = frozenset("he she they он она ён яна".split())
_POSSESSIVE = frozenset("my his her their our мой моя мая его её ее яго яе".split())
_KIN = frozenset(
    "husband wife brother sister son daughter mother father mom mum dad friend муж жена брат сестра сын дочь "
    "дочка мама папа жонка сястра дачка тата".split()
)


def _term_word(tok: Token) -> bool:
    return tok.low.startswith(_TERM_WORDS)


def _bare_at(words: Words, i: int, low: int, high: int) -> int | None:
    """Index after a cardinal ``low``-``high`` at ``i`` that continues no number before it and counts nothing
    after it (a pause, punctuation or a blanked mark, may come first), else None."""
    toks = words.tokens
    card = cardinal(words, i)
    if card is None or not low <= card[0] <= high or (i and blank(words, i - 1) and cardinal(words, i - 1)):
        return None
    end = i + card[1]
    if end >= len(toks) or not blank(words, end - 1) or "  " in words.gaps[end - 1]:
        return end
    nxt = toks[end]
    if nxt.low in UNITS or cardinal(words, end) is not None or countable(nxt):
        return None
    return end


def _uncounted(tok: Token) -> bool:
    """A word of a question that counts nothing: listed, a name, or (not English) no noun to pymorphy3."""
    if tok.low in _NOT_COUNTED or tok.low in KIN_DATIVE or tok.text[:1].isupper() or _term_word(tok):
        return True
    return not tok.low.isascii() and not countable(tok)


def counted_before(words: Words, i: int) -> bool:
    """A number earlier in the sentence counts a noun (``просили шесть передач, дали две``): the number at
    ``i`` leaves that noun out, and counts the same things."""
    toks = words.tokens
    k = i - 1
    while k > 0 and i - k <= _COUNT_BACK and not ends_clause(words.gaps[k]) and "  " not in words.gaps[k]:
        lead = toks[k - 1].low in _QUESTION or (_is_number(toks[k - 1]) and toks[k - 1].low not in _ONE)
        noun = len(toks[k].low) > 2 and toks[k].low not in UNITS and not _uncounted(toks[k])
        if lead and words.gaps[k - 1] == " " and noun:  # ``сколько писем ... получил три``
            return not toks[k].low.isascii() or toks[k].low.endswith("s")
        k -= 1
    return False


def _label(words: Words, k: int) -> bool:
    """``words.tokens[k]`` is a speaker label: a colon follows it, or it is a label word whose colon speech
    recognition or a lower-case export dropped (``респондент шесть``)."""
    return words.gaps[k].strip().startswith(":") or words.tokens[k].low in SPEAKER_WORDS


def _is_number(tok: Token) -> bool:
    return tok.text.isdigit() or starts_number(tok.low)


def _answer(words: Words, v: int) -> int | None:
    """Index of the number answering a question whose verb is at ``v``: the first number within a few words
    (the rest of the question, one speaker label, ``на``/``ну``) and no second clause of the question."""
    toks = words.tokens
    i, label = v + 1, 0
    while i < len(toks) and i - v <= _QUESTION_SPAN + _SPEAKER:
        if _is_number(toks[i]):
            return i
        is_label = _label(words, i)
        label += is_label
        if label > 1 or not (is_label or _uncounted(toks[i]) or toks[i].low in _SKIP):
            return None  # ``Сколько ему дали передач? — Три``: a count
        i += 1
    return None


def _question_verb(words: Words, q: int) -> int | None:
    """Index of the verb (or the word for the term) of a question whose question word is at ``q``."""
    toks = words.tokens
    if (q and toks[q - 1].low in _AT) or toks[q].low not in _QUESTION:
        return None  # ``What time did they get there?``, ``Во сколько?``: a time
    for v in range(q + 1, min(len(toks), q + 1 + _QUESTION_SPAN)):
        if ends_clause(words.gaps[v - 1]):
            return None
        if _term_word(toks[v]):
            return v
        if not (_uncounted(toks[v]) or toks[v].low in _SKIP):
            return None  # ``Сколько передач получил?``: a count
    return None


def _asked_terms(text: str, words: Words) -> list[Span]:
    """Numbers answering a question about a term."""
    toks = words.tokens
    out: list[Span] = []
    for q in range(len(toks)):
        v = _question_verb(words, q)
        i = _answer(words, v) if v is not None else None
        end = _bare_at(words, i, 1, _MAX_TERM) if i is not None else None
        if i is not None and end is not None:
            out.append(uncertain(text, toks[i].start, toks[end - 1].end, "duration"))
    return out


def _term_near(found: list[Span], start: int, end: int) -> bool:
    """A term or an age (not the number itself) said within ``_NEAR`` characters of ``start``-``end``."""
    return any(
        s.label == "AGE_OR_SENTENCE" and s.start != start and max(s.start - end, start - s.end) <= _NEAR
        for s in found
    )


def _asked_for(text: str, words: Words, found: list[Span]) -> list[Span]:
    """``просили шесть, дали четыре``: a bare number a verb of asking takes, a term or the prosecutor near."""
    toks = words.tokens
    out: list[Span] = []
    for v, tok in enumerate(toks):
        if not tok.low.startswith(_ASKING):
            continue
        i = v + 1
        while i < len(toks) and i - v <= 2 and toks[i].low in _SKIP and blank(words, i - 1):
            i += 1
        end = _bare_at(words, i, 1, _MAX_TERM) if i < len(toks) and blank(words, i - 1) else None
        if end is None or counted_before(words, i):
            continue
        near = any(t.low.startswith(_PROSECUTOR) for t in toks[max(0, v - 6) : min(len(toks), end + 3)])
        if near or _term_near(found, toks[i].start, toks[end - 1].end):
            out.append(uncertain(text, toks[i].start, toks[end - 1].end, "duration"))
            out += _given_instead(text, words, end)
    return out


def _given_instead(text: str, words: Words, asked_end: int) -> list[Span]:
    """The term given against the one asked for, in the same sentence after a contrast word (``asked for seven
    so six was a gift``, ``прасіў дзевяць, але атрымаў сем``, ``wanted ten but she got eight``)."""
    toks = words.tokens
    seen_contrast = False
    for i in range(asked_end, min(len(toks), asked_end + _CONTRAST_WINDOW)):
        if ends_clause(words.gaps[i - 1]):
            return []
        if toks[i].low in _CONTRAST:
            seen_contrast = True
            continue
        end = _bare_at(words, i, 1, _MAX_TERM) if seen_contrast and blank(words, i - 1) else None
        if end is not None:
            return [uncertain(text, toks[i].start, toks[end - 1].end, "duration")]
    return []


def _paired_ages(text: str, words: Words, found: list[Span]) -> list[Span]:
    """``she was 19 and he 21``: a conjunction, a subject and a bare number right after an age."""
    toks = words.tokens
    starts = {t.start: k for k, t in enumerate(toks)}
    ends = {t.end: k for k, t in enumerate(toks)}
    out: list[Span] = []
    for span in found:
        last = ends.get(span.end)
        if span.reason != "uncertain:age" or last is None or span.start not in starts:
            continue
        j = last + 1
        if j + 2 >= len(toks) or toks[j].low not in _CONJ or (words.gaps[last].strip(" ,") != ""):
            continue
        k = j + 1
        if toks[k].low in _POSSESSIVE:
            k += 1
        if k + 1 >= len(toks) or not (toks[k].low in _SUBJECT or toks[k].low in _KIN):
            continue
        if not all(blank(words, g) for g in range(j, k + 1)):
            continue
        end = _bare_at(words, k + 1, 1, 110)
        if end is not None:
            out.append(uncertain(text, toks[k + 1].start, toks[end - 1].end, "age"))
    return out


def elided(text: str, words: Words, found: list[Span]) -> list[Span]:
    """Every span of the rules above; ``found`` holds the terms and ages found so far."""
    return _asked_terms(text, words) + _asked_for(text, words, found) + _paired_ages(text, words, found)
