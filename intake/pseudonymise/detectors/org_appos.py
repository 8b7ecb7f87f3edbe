"""Common-word organisation names in apposition to a type noun, in text with capitals and without.

``org_slots.py`` reads the slot after an organisation head in lower-case speech: a head in an oblique case
(``в фирме``) and a word in the nominative that cannot be read in the head's case (``прогресс``) stand in
apposition, and an apposition after a type noun is a name (``в фирме прогресс``, ``ў краме пралеска``,
``в хоре светлица``); a genitive (``в компании друзей``, ``в группе поддержки``), a preposition (``в кафе у
дома``), an adverb (``в компании тогда``) or a verb (``в фирме работали``) is a modifier or the clause and
stays open. Two rules carry that syntax further:

``appos`` (Russian, Belarusian; text with capitals)
    the same slot where a writer left a common-word name in lower case (``работала в фирме прогресс``):
    the name must be lower case (a capitalised one is ``orgcues.py``'s) and it is uncertain.
``appos-indecl`` (Russian, Belarusian; any text)
    an indeclinable type noun (``кафе``, ``бистро``) shows no case of its own; the preposition before it
    gives the cases it stands in (``в кафе``: locative or accusative), and a nominative that none of them
    reads is the name (``в кафе ромашка``; ``в кафе было холодно`` is a verb, ``в кафе у дома`` a
    preposition). Without a preposition the head may be the subject: the name must be no animate noun.

``appos-named`` (Russian, Belarusian; any text)
    an organisation noun or a service business (``автосервис``, ``майстэрня``: :data:`_SERVICES`), then
    within four words ``под названием``/``пад назвай``/``с названием`` or a form of ``называться``/``называцца``
    (``в фирме под названием ласточка``, ``в компании, которая называлась сфера``, ``в автосервисе работаю,
    называется ...``): one or two words that are no function word, verb or number are the name.

``appos-quoted`` (Russian, Belarusian; text with capitals)
    a quoted phrase of up to five words right after a type noun is its name in any case (``в кафе
    «ромашка»``, ``у гурце «белыя росы»``); ``orgnames.quoted`` takes the capitalised ones. Not uncertain
    (0.7): a writer quoted it as a name. A phrase that opens with a function word or holds a verb is a
    quotation (``РАУС "на прафілактыку"``).

``appos-acc`` (Russian, Belarusian; any text)
    an intransitive verb of moving or joining, ``в``/``на`` and a type noun in the accusative (``пришла в фирму
    прогресс``): the noun after it, read in no oblique case, is the name (nominative and accusative alike);
    no time word, role or animate noun (``в фирму год назад``).

:func:`subjects_dropped` applies the clause and role tests below to every uncertain lower-case
organisation of one word after a type noun (``orgcues``' and ``org_slots``' too), and drops one after a
noun that a demonstrative points back with (``на том самом заводе детали``).

A person or role noun (``в группе человек двадцать``, ``в фирме директор``) is never the name, and a type
noun that opens its clause (``В фирме бардак.``, ``А в кафе очередь.``) says where, and the nominative after
it is the clause's subject (:func:`_opens_clause`).
Every span is uncertain (score 0.5, reason ``uncertain:orgappos``/``uncertain:orgappos-indecl``) for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import institution_heads, namelex, org_slots
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.orgcue_words import is_cue_word
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

# Indeclinable type nouns (folded: ё->е, і->и, ў->у): the same form in every case.
_INDECLINABLE = frozenset("кафе кафэ бистро бістро".split())


def _lower(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The words ``tokens[start:end]`` are all written in lower case."""
    return all(tokens[k].text == tokens[k].text.lower() for k in range(start, end))


def _cased_slots(text: str, tokens: Sequence[Token], language: str, tail: org_slots.Tail) -> list[Span]:
    """``appos`` rule: ``org_slots``' slot names written in lower case in text with capitals."""
    out: list[Span] = []
    starts = {tok.start: i for i, tok in enumerate(tokens)}
    for span in org_slots.slot_spans(text, tokens, language, tail, given=True):
        name, first = text[span.start : span.end], starts.get(span.start)
        if first is None or name != name.lower() or not _name_start(tokens[first], language):
            continue
        head = first if org_slots.head_cases(tokens[first], None) is not None else first - 1
        if not _opens_clause(tokens, head):
            out.append(org_span(text, span.start, span.end, "appos", 0.5, True))
    return out


# Words that may stand before a clause-opening place phrase (folded): ``а в фирме бардак``, ``у нас в клубе
# тишина``, ``вось у краме чарга``.
_OPENERS = frozenset(
    "а и но да вот ну там тут тогда теперь сейчас потом у нас вас них але дык вось цяпер зараз потым".split()
)


def _opens_clause(tokens: Sequence[Token], head: int) -> bool:
    """The type noun at ``head`` (with its preposition) opens its clause, maybe after a conjunction or ``у
    нас``: the nominative after it is then the clause's subject (``В фирме бардак.``, ``В магазине
    очередь.``), no name in apposition (``работала в фирме прогресс``)."""
    k = head - 1 if head > 0 and tokens[head - 1].norm in org_slots.GOVERNS and tokens[head].spaced else head
    while k > 0 and tokens[k].spaced and not tokens[k].initial and tokens[k - 1].norm in _OPENERS:
        k -= 1
    return k == 0 or not tokens[k].spaced or tokens[k].initial


def _name_start(tok: Token, language: str) -> bool:
    """The first word of a slot name: no person or role, and no Belarusian word ending in a vowel and ``ў``
    (a past verb, ``спяваў``, or a genitive plural, ``сяброў``: never a nominative name)."""
    if is_role(tok):
        return False
    return language != "be" or not (
        tok.norm.endswith("у") and tok.text[-1:].lower() == "ў" and tok.norm[-2:-1] in "аеиоыяэ"
    )


def _indeclinable(text: str, tokens: Sequence[Token], language: str, lowercase: bool) -> list[Span]:
    """``appos-indecl`` rule: a nominative name after an indeclinable type noun."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        if tok.norm not in _INDECLINABLE or not tokens[i + 1].spaced:
            continue
        before = tokens[i - 1] if i > 0 else None
        cases = tuple(c for c in org_slots.GOVERNS.get(before.norm, ()) if c != "accs") if before else ()
        end = org_slots.filled(tokens, i + 1, cases, language)
        if end == i + 1 or not (lowercase or _lower(tokens, i + 1, end)) or is_role(tokens[i + 1]):
            continue
        if not _opens_clause(tokens, i):
            out.append(org_span(text, tokens[i + 1].start, tokens[end - 1].end, "appos-indecl", 0.5, True))
    return out


def detect(text: str, tokens: Sequence[Token], language: str, lowercase: bool, tail: org_slots.Tail) -> list[Span]:
    """Organisation names in apposition to a type noun that ``org_slots.detect`` leaves to this module:
    lower-case names in text with capitals, and names after an indeclinable type noun."""
    if language not in ("ru", "be") or not tokens:
        return []
    out = [] if lowercase else _cased_slots(text, tokens, language, tail)
    out += _accusative(text, tokens, language, lowercase)
    out += [] if lowercase else _quoted(text, tokens)
    return out + _indeclinable(text, tokens, language, lowercase) + _named(text, tokens)


_QUOTE = re.compile(r"[«„\"]([^«»„“”\"\n]{2,60})[»“”\"]")


def _quoted(text: str, tokens: Sequence[Token]) -> list[Span]:
    """``appos-quoted`` rule: a lower-case quoted phrase right after a type noun."""
    out: list[Span] = []
    ends = {tok.end: i for i, tok in enumerate(tokens)}
    for m in _QUOTE.finditer(text):
        body = m.group(1)
        if not body[:1].islower() or re.search(r"[,!?;:]|\.(?!\w)", body) or len(body.split()) > 5:
            continue
        gap = len(text[: m.start()]) - len(text[: m.start()].rstrip())
        head = ends.get(m.start() - gap)
        if head is None or gap > 1 or not (_org_noun(tokens[head]) or tokens[head].norm in _INDECLINABLE):
            continue
        words = [tok for tok in tokens[head + 1 :] if tok.end <= m.end(1)]
        if words and not is_stop_word(words[0].norm) and all(namelex.verb_share(w.norm) < 0.5 for w in words):
            out.append(org_span(text, m.start(1), m.end(1), "appos-quoted", 0.7, False))
    return out


# ``под названием``, ``пад назвай``, ``с названием`` (folded), and the forms of ``называться``/``называцца``.
_TITLED = frozenset({("под", "названием"), ("пад", "назвай"), ("с", "названием"), ("з", "назвай")})
_CALLED = ("называл", "называет", "называец", "называу", "называюц", "называлас", "называлос")


def _naming_end(tokens: Sequence[Token], i: int) -> int:
    """Index of the first name word after a naming phrase at ``tokens[i]``; ``-1`` for none."""
    tok = tokens[i]
    if i + 1 < len(tokens) and (tok.norm, tokens[i + 1].norm) in _TITLED:
        return i + 2
    return i + 1 if tok.norm.startswith(_CALLED) else -1


# Service businesses (stems, Russian and Belarusian) that a speaker names by ``называется`` after them (``в
# автосервисе работаю, называется ...``); only for that rule: without the naming verb they are common places.
_SERVICES = tuple(
    "автосервис аўтасэрвіс автосалон аўтасалон сервис сэрвіс салон парикмахерск цырульн мастерск майстэрн "
    "шиномонтаж шынамантаж автомойк аўтамыйк гостиниц гасцініц отел гатэл хостел ателье атэлье типографи "
    "друкарн "
    # cafés and shops, named by ``называется`` as often (``кавярня ... кава і мятлік называецца``)
    "кафе кавярн кофейн крам магазин пиццери піцэры".split()
)


def _service(low: str) -> bool:
    """A service business noun in any case (``автосервисе``, ``майстэрні``, ``хостеле``)."""
    return any(low.startswith(stem) and len(low) - len(stem) <= 3 for stem in _SERVICES)


def _org_noun(tok: Token) -> bool:
    """An organisation or institution noun in any case (``фирме``, ``кампаніі``, ``школа``)."""
    low = tok.text.lower()
    return org_slots.head_cases(tok, None) is not None or is_cue_word(low) or institution_heads.is_head(low)


def named_noun(tok: Token) -> bool:
    """An organisation noun or a service business (``автосервисе``) before ``называется``."""
    return _org_noun(tok) or _service(tok.text.lower())


def _named(text: str, tokens: Sequence[Token]) -> list[Span]:
    """``appos-named`` rule: the name after ``под названием``/``называлась`` that follows an organisation noun."""
    out: list[Span] = []
    for i in range(1, len(tokens) - 1):
        j = _naming_end(tokens, i)
        if j < 0 or j >= len(tokens) or not any(named_noun(tokens[k]) for k in range(max(0, i - 4), i)):
            continue
        end = j
        while end < len(tokens) and end - j < 2 and tokens[end].spaced and name_word(tokens[end]):
            end += 1  # one or two words, up to a punctuation mark (a word after one is not ``spaced``)
        if end > j:
            out.append(org_span(text, tokens[j].start, tokens[end - 1].end, "appos-named", 0.5, True))
    return out


def name_word(tok: Token) -> bool:
    """A word that may be part of a name: a letter word, no function word, no verb, no role."""
    return (
        tok.text.replace("-", "").isalpha()
        and not is_stop_word(tok.norm)
        and not is_role(tok)
        and (namelex.verb_share(tok.norm) < 0.5)
    )


# Verbs of moving to or joining a place (folded stems, Russian and Belarusian), intransitive: the noun after
# ``в``/``на`` + an accusative type noun can be no object of theirs (``устроился в компанию вектор``).
_JOINING = tuple(
    "устро пришл пришел перешл перешел перейд поступ вступ попал попад ушл ушел пошл пошел вернул вернул "
    "уладкав прыйшл прыйшо перайшл перайшо паступ уступ трапил пайшл пайшо вярнул".split()
)
# Time nouns whose nominative is also their accusative (``пришла в фирму год назад``).
_TIME = frozenset("год месяц день час раз сезон век вечер утро лет неделю минуту".split())
_OBLIQUE = ("gent", "datv", "ablt", "loct")


def _accusative(text: str, tokens: Sequence[Token], language: str, lowercase: bool) -> list[Span]:
    """``appos-acc`` rule: a verb of moving or joining, ``в``/``на`` and a type noun in the accusative, then a
    noun that reads in no oblique case: the name (``пришла в фирму прогресс``; ``в компанию друзей`` is a
    genitive, ``в фирму пришёл директор`` has no verb before)."""
    out: list[Span] = []
    for i in range(2, len(tokens) - 1):
        if tokens[i - 1].norm not in ("в", "у", "ва", "на") or org_slots.head_cases(tokens[i], tokens[i - 1]) != (
            "accs",
        ):
            continue
        j = i + 1
        if not any(tokens[k].norm.startswith(_JOINING) for k in range(max(0, i - 4), i - 1)):
            continue
        if tokens[j].norm in _TIME or is_role(tokens[j]) or org_slots.animate(tokens[j], language):
            continue
        end = org_slots.filled(tokens, j, _OBLIQUE, language, given=True)
        if end > j and (lowercase or _lower(tokens, j, end)):
            out.append(org_span(text, tokens[j].start, tokens[end - 1].end, "appos-acc", 0.5, True))
    return out


def subjects_dropped(text: str, tokens: Sequence[Token], language: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the uncertain lower-case organisations right after a type noun that are the subject of the
    clause the noun opens (``в фирме бардак``, ``у нас в клубе тишина``), a role noun where the noun says where
    (``в фирме директор``), or follow a noun a demonstrative points back with (``на тым самым заводзе мэбля``:
    a name comes with the first mention); the older rules (``orgcues``, ``org_slots``) read any nominative
    there as a name."""
    if language not in ("ru", "be") or not any(s.label == "ORGANISATION" and s.uncertain for s in spans):
        return spans
    starts = {tok.start: i for i, tok in enumerate(tokens)}
    return [s for s in spans if not _subject(tokens, starts.get(s.start), s)]


# Demonstratives (folded) before a type noun that point back to an organisation named before.
_POINTING = frozenset(
    "тот том той тем ту та те этот этом этой этим эту эта гэты гэтым гэтай гэтую гэтая тым тую".split()
)


def _subject(tokens: Sequence[Token], first: int | None, span: Span) -> bool:
    """The span, starting at ``tokens[first]``, is a subject, a role or after a pointing noun (see above)."""
    if first is None or first < 2 or span.label != "ORGANISATION" or not span.uncertain:
        return False
    if span.text != span.text.lower():
        return False
    head = first - 1
    if not tokens[first].spaced or not _org_noun(tokens[head]) or _org_noun(tokens[first]):
        return False
    before = [tokens[k].norm for k in range(max(0, head - 3), head)]
    if any(word in _POINTING for word in before):
        return True
    place = any(word in org_slots.GOVERNS for word in before[-2:])  # ``в фирме``, ``в старом баре``
    if tokens[first].end < span.end:
        return False  # ``у групе стары трамвай``: a phrase of two words is a name, whatever opens it
    return (place and is_role(tokens[first])) or _opens_clause(tokens, head)
