"""Organisations named after a person or a place: one span over the whole name.

A name inside an organisation's name is often found alone (``Льва Сапеги`` as a PERSON, ``Каліноўскага`` as a
LOCATION) and the rest of the name is left open, so the organisation leaks. Five links make the rest part of it:

``имени``/``імя``/``імені`` link (Russian, Belarusian)
    an organisation or institution head, ``имени`` and a detected span: ``фонд имени Льва Сапеги``,
    ``оркестре имени Жиновича``, ``фундацыі імя Кастуся Каліноўскага``. The head is an organisation head
    (:func:`org_slots.head_kind`), an institution head (:func:`institution_heads.is_head`) or a military unit;
    ``по имени``, ``от имени``, ``яго імя`` have no head and stay apart.
a unit or a centre before a name (Russian, Belarusian)
    ``полк``/``палку`` before any detected span (``палку Каліноўскага``), ``центр``/``цэнтр`` before a PERSON
    (``цэнтры Святланы Алексіевіч``): ``в центре Минска`` is a place and stays apart.
a firm's tail after a name
    ``и партнёры``/``і партнёры``/``and partners`` and ``групп``/``group`` right after a detected span
    (``Ковалёв и партнёры``, ``sidorenko group``).
genitives after a name that ends in a head (Russian, Belarusian)
    an ORGANISATION span ending in an organisation head runs on over up to three genitive words
    (``Гродзенскую асацыяцыю`` + ``лекараў``), as :mod:`org_growth` does after a head before a span.
an English head after a name (lower case, where capitals do not join them)
    a PERSON or ORGANISATION span followed by ``foundation``, ``orchestra``, ``university`` ... (``zhinovich
    orchestra``); after ``'s`` only heads that name a body (``svetlana's centre``), never ``ivan's house`` or
    ``anna's school``.

A grown span is as sure as the span it grew from (:func:`org_growth.grown`).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import institution_heads, org_slots
from intake.pseudonymise.detectors.org_growth import genitive_end, grown, head
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

_LABELS = frozenset({"PERSON", "LOCATION", "ORGANISATION"})
_NAME_LINKS = frozenset({"имени", "имя"})  # folded: ``імя`` -> ``имя``, ``імені`` -> ``имени``
# Military units (folded): a name after them is the unit's (``полк Калиновского``, ``батальёна Пагоня``).
_UNITS = ("полк", "палк", "батальон", "батальен", "батальён", "легион", "легіён", "легиен")
_CENTRES = ("центр", "цэнтр")
_PARTNERS = ("партнеры", "партнеров", "партнерау", "партнерами", "partners")
_AND = frozenset({"и", "and", "&"})
_GROUPS = frozenset({"групп", "груп", "group"})
_EN_HEADS = frozenset(
    "foundation fund centre center orchestra theatre theater university institute academy gymnasium lyceum "
    "regiment battalion library museum".split()
)
_EN_POSSESSIVE_HEADS = frozenset({"foundation", "fund", "centre", "center"})


def _unit(norm: str) -> bool:
    """A military unit word in any case (``палку``, ``полка``)."""
    return norm.startswith(_UNITS) and len(norm) <= 10


def _head(tok: Token) -> bool:
    """An organisation, institution or unit head (any case)."""
    if org_slots.head_kind(tok.norm) is not None or _unit(tok.norm):
        return True
    return institution_heads.is_head(tok.text.lower())


def _before(tokens: Sequence[Token], i: int, span: Span) -> int | None:
    """Index of the head word that opens the name of ``span`` starting at ``tokens[i]``, or None."""
    if i < 1 or not tokens[i].spaced:
        return None
    prev = tokens[i - 1]
    if prev.norm in _NAME_LINKS and i >= 2 and prev.spaced and _head(tokens[i - 2]):
        return i - 2
    if _unit(prev.norm) or (span.label == "PERSON" and prev.norm.startswith(_CENTRES) and len(prev.norm) <= 7):
        return i - 1
    return None


def _after(tokens: Sequence[Token], last: int, span: Span) -> int | None:
    """Index of the last word of a tail that closes the name of ``span`` ending at ``tokens[last]``, or None."""
    nxt = last + 1
    if nxt >= len(tokens):
        return None
    if span.label == "ORGANISATION" and tokens[last].cyrillic and head(tokens[last]):
        run_on = genitive_end(tokens, nxt)  # ``Гродзенскую асацыяцыю`` + ``лекараў``
        if run_on > nxt:
            return run_on - 1
    word = tokens[nxt]
    if word.norm in _AND and nxt + 1 < len(tokens) and tokens[nxt + 1].norm in _PARTNERS and tokens[nxt + 1].spaced:
        return nxt + 1
    if not word.spaced:
        if word.norm == "s" and nxt + 1 < len(tokens) and tokens[nxt + 1].norm in _EN_POSSESSIVE_HEADS:
            return nxt + 1 if span.label == "PERSON" else None
        return None
    if word.norm in _GROUPS or (word.norm in _EN_HEADS and span.label in ("PERSON", "ORGANISATION")):
        return nxt
    return None


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """Organisation spans over the names that ``found`` spans sit in."""
    if not tokens:
        return []
    starts = {tok.start: i for i, tok in enumerate(tokens)}
    ends = {tok.end: i for i, tok in enumerate(tokens)}
    out: list[Span] = []
    for span in found:
        if span.label not in _LABELS:
            continue
        i, last = starts.get(span.start), ends.get(span.end)
        if i is None or last is None:
            continue
        head = _before(tokens, i, span) if language in ("ru", "be") else None
        tail = _after(tokens, last, span)
        if head is not None or tail is not None:
            start = tokens[head].start if head is not None else span.start
            end = tokens[tail].end if tail is not None else span.end
            out.append(grown(text, start, end, span))
    return out
