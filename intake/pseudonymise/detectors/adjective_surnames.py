"""Adjective surnames of both genders beside a given name or title in lower-case Russian and Belarusian speech.

Surnames that are adjectives (``Чорны``/``Чёрный``, ``Чорная``, ``Бережной``/``Бережная``, ``Глухой``,
``Белая``, ``Толстой``) look like ordinary adjectives in raw lower-case speech recognition. ``noun_surnames``
takes a masculine Russian adjective after a given name; this module takes the rest of the class:

- **reading**: pymorphy3's singular adjective readings of the word's Russian spelling, and a Belarusian
  adjective by its ending where ``hunspell-be`` (``be_vocab``) lists it under an adjective stem (``-ы``,
  ``-і``, ``-ой``): masculine ``-ы/-і/-ой``, ``-ага``, ``-аму``, ``-ым``; feminine ``-ая/-яя``, ``-ай/-ой``,
  ``-ую``, ``-аю`` (``чорная``, ``чорнаму``: no Russian reading);
- **slot**: right after a given name (and an optional patronymic), agreeing with it in case and gender
  (``ганна чорная``, ``ілля чорны``); right after a title or role in its case, either gender (``судья глухой``,
  ``адвокат бережная``);
- **not a description**: no noun follows that the adjective could modify (``маша добрая женщина``); no word
  of a predicate follows (``анна молодая ещё``, ``маша добрая такая``, ``ольга упрямая была``); and a very
  common qualitative adjective (``молодая``, ``добрая``, ``большая``) is taken only when the text uses it
  elsewhere as a noun-less name in an oblique case (``с доброй переписываюсь``).

Candidates are uncertain PERSON (reason ``uncertain:adjective-surname``); their other forms in the text are
masked as ``surname_slots.spread`` does, but only where no noun follows them (``бережную потом лишили``,
not ``бережную заботу``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, namelex
from intake.pseudonymise.detectors.adjective_readings import adjective_forms
from intake.pseudonymise.detectors.adjective_uses import keep_named
from intake.pseudonymise.detectors.becues import belarusian_noun
from intake.pseudonymise.detectors.noun_surnames import is_excluded, name_anchor
from intake.pseudonymise.detectors.surname_slots import SCORE, eligible, spread
from intake.pseudonymise.detectors.titles import title_cases
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold, is_lowercase_text
from intake.pseudonymise.spans import Span

RULE = "adjective-surname"
_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct", "accs"})
# Words after an adjective that make it a predicate or a description, not a name (folded).
PREDICATE_NEXT = frozenset(
    fold(w)
    for w in (
        "такая такой такое такі ещё еще яшчэ очень вельмі была был были быў стала стал стаў становится "
        "всегда заўсёды тоже также таксама совсем зусім уже ўжо вообще наогул же ведь прям прямо слишком "
        "так настолько довольна доволен как як чем чым"
    ).split()
)
INTENSIFIERS = frozenset(
    fold(w) for w in "очень вельмі такая такой такі совсем зусім слишком настолько прям прямо".split()
)
# The commonest qualitative adjectives (Russian lemmas): said of a person far more often than they name one.
COMMON_ADJECTIVES = frozenset(
    (
        "малый малы молодой старый добрый хороший красивый маленький большой плохой злой умный глупый весёлый веселый "
        "грустный милый бедный живой больной здоровый сильный слабый новый строгий честный простой нормальный "
        "хитрый смелый умелый худой толстый высокий низкий спокойный тихий упрямый терпеливый беременный "
        "одинокий счастливый несчастный главный старший младший родной близкий любимый дорогой рад должный "
        "готовый нужный уверенный прав согласный знакомый известный"
    ).split()
)


def _lemma(tok: Token) -> str:
    """The adjective's dictionary form (Russian reading; for an unknown Belarusian word, its hunspell stem)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if m.known:
        return namelex.lemma(spelling).replace("ё", "е")
    stems = be_vocab.stems(tok.text.lower())
    return stems[0] if stems else tok.norm


def _next_is_noun(tokens: Sequence[Token], i: int) -> bool:
    """The word after ``tokens[i]`` is mostly a noun (Russian reading) or an unknown Belarusian noun."""
    if i + 1 >= len(tokens) or not tokens[i + 1].spaced:
        return False
    nxt = tokens[i + 1]
    spelling, m = namelex.russian_reading(nxt.text.lower().replace("’", "'"))
    if not m.known:
        return belarusian_noun(nxt) and not be_vocab.proper(nxt.text)
    return namelex.noun_share(spelling) >= 0.5


def _slot(tokens: Sequence[Token], person: Sequence[bool], i: int) -> tuple[frozenset[str], str | None] | None:
    """The cases and gender the word at ``i`` must take: after a given name (and patronymic), or after a
    title (any gender)."""
    anchor = name_anchor(tokens, person, i)
    if anchor is not None:
        name = tokens[i - 1] if person[i - 1] else tokens[i - 2]
        cases = anchor[0] or _be_name_cases(name.norm)
        return (cases, anchor[1]) if cases else None
    prev = tokens[i - 1]
    title = title_cases(prev.text, prev.norm) if not person[i - 1] else None
    return (title[0], None) if title is not None and title[0] else None


# A Belarusian given name's oblique endings that no Russian reading gives (``вользе``, ``ганны``; folded).
_BE_NAME_ENDINGS = (
    (("е",), frozenset({"datv", "loct"})),
    (("ы", "и"), frozenset({"gent"})),
    (("у", "ю"), frozenset({"accs"})),
)


def _be_name_cases(norm: str) -> frozenset[str]:
    """The cases a given name no reading declines spells by its Belarusian ending."""
    for ends, cases in _BE_NAME_ENDINGS:
        if norm.endswith(ends):
            return cases
    return frozenset()


def _candidate(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """``tokens[i]`` is an adjective in the slot's case and gender, with no noun or predicate word after it."""
    slot = _slot(tokens, person, i)
    if slot is None:
        return False
    cases, gender = slot
    forms = adjective_forms(tokens[i].text)
    if not any(c in cases and (gender is None or g == gender) for c, g in forms):
        return False
    if gender == "masc" and namelex.russian_reading(tokens[i].text.lower())[1].known and not _be_only(tokens[i]):
        return False  # ``noun_surnames`` takes a Russian masculine adjective after a man's name
    return not _predicate(tokens, i) and not _next_is_noun(tokens, i)


def _predicate(tokens: Sequence[Token], i: int) -> bool:
    """A predicate word follows ``tokens[i]`` (``молодая ещё``, ``упрямая была``); an intensifier before a
    second adjective describes the person the first one names (``бережная очень хорошая``)."""
    if i + 1 >= len(tokens) or tokens[i + 1].norm not in PREDICATE_NEXT:
        return False
    second = i + 2 < len(tokens) and bool(adjective_forms(tokens[i + 2].text))
    return not (tokens[i + 1].norm in INTENSIFIERS and second)


def _be_only(tok: Token) -> bool:
    """pymorphy3 reads the word as no adjective: only the Belarusian endings do (``малы``)."""
    spelling = namelex.russian_reading(tok.text.lower())[0]
    return not any(p.tag.POS == "ADJF" for p in namelex.known_parses(spelling))


def _named_elsewhere(tokens: Sequence[Token], lemma: str, skip: int) -> bool:
    """The adjective of ``lemma`` stands elsewhere in an oblique case with no noun after it and no anchor
    before it (``я с бережной переписываюсь``): used as a name."""
    for k, tok in enumerate(tokens):
        if k == skip or not tok.cyrillic or len(tok.norm) < 4 or tok.norm[:2] != tokens[skip].norm[:2]:
            continue
        forms = adjective_forms(tok.text)
        if forms and {c for c, _ in forms} <= _OBLIQUE and _lemma(tok) == lemma and not _next_is_noun(tokens, k):
            return True
    return False


def _cheap(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """A person span one or two words before ``tokens[i]``, or a title right before it."""
    if i == 0 or not tokens[i].spaced:
        return False
    if person[i - 1] or (i >= 2 and person[i - 2]):
        return True
    prev = tokens[i - 1]
    return title_cases(prev.text, prev.norm) is not None


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for adjective surnames beside a given name or title in lower-case ru/be
    ``text`` that no span in ``spans`` covers, and their noun-less other forms in the text."""
    if language not in ("ru", "be") or not tokens or not is_lowercase_text(tokens):
        return []
    covered, person = covered_tokens(tokens, spans)
    seeds: list[Span] = []
    for i, tok in enumerate(tokens):
        if covered[i] or not _cheap(tokens, person, i) or not eligible(tok) or is_excluded(tok):
            continue
        if not _candidate(tokens, person, i):
            continue
        lemma = _lemma(tok)
        if lemma in COMMON_ADJECTIVES and not _named_elsewhere(tokens, lemma, i):
            continue
        seeds.append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, f"candidates:{RULE}", ""))
    if not seeds:
        return []
    found = _noun_less(tokens, seeds, spread(text, language, spans, tokens, seeds, RULE))
    return keep_named(tokens, seeds, found, PREDICATE_NEXT)


def _noun_less(tokens: Sequence[Token], seeds: Sequence[Span], found: Sequence[Span]) -> list[Span]:
    """The seeds, and the spread forms that no noun follows (a substantivised use, not an attribute)."""
    starts = [t.start for t in tokens]
    seeded = {(s.start, s.end) for s in seeds}
    out = []
    for span in found:
        k = bisect.bisect_left(starts, span.start)
        last = k
        while last + 1 < len(tokens) and tokens[last + 1].start < span.end:
            last += 1
        nxt = tokens[last + 1].norm if last + 1 < len(tokens) else ""
        if (span.start, span.end) in seeded or not (nxt in PREDICATE_NEXT or _next_is_noun(tokens, last)):
            out.append(span)
    return out
