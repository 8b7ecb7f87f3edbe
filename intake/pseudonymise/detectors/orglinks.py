"""Document-level links between the mentions of one organisation (the last step of ``orgnames.py``).

An entity is protected only when every mention is masked, so a name found once marks its other mentions:

``spread``
    a single-word name that an uncertain rule found (``крок``, ``kraskavets``) masks its other forms in
    the text (same lexeme keys), when the word is not an ordinary Russian word (``весна`` is also the
    season, and stays a one-off);
``acronym``
    an organisation written in full (``Комитет защиты журналистов``) masks its acronym elsewhere, in any
    letter case (``кзж``), and an acronym flagged in the text (``КЗЖ``) masks a lower-case run of words
    whose initials spell it (``комитет защиты журналистов``);
``repeat``
    a multi-word name found as evidence masks its other mentions in any inflection and letter case
    (``«Зелёный берег»``, then ``в Зелёном береге``);
``proved``
    a name that a cue noun proved (``ініцыятыва світанак``, ``a band called open door``) masks its other
    mentions without the cue, in any inflection (a fleeting vowel too: ``світанак`` -> ``са світанкам``):
    in lower-case text every one, in cased text the capitalised ones (a lower-case ``світанак`` there is
    the word). A word repeated around a preposition is an idiom, not the name (``крок за крокам``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import casing, namelex
from intake.pseudonymise.detectors.stemming import lexeme_keys
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import UNCERTAIN, Span

# Small function words an acronym may leave out (``Организация по безопасности`` -> ОБ...).
_SKIPPED = frozenset("и по в за при на для of and the for in on і па ў у".split())


def _org_span(text: str, start: int, end: int, rule: str, uncertain: bool) -> Span:
    reason = f"{UNCERTAIN}:org{rule}" if uncertain else ""
    return Span(start, end, "ORGANISATION", text[start:end], 0.5 if uncertain else 0.7, f"orgnames:{rule}", reason)


def _spread_keys(word: str) -> frozenset[str]:
    """Keys of a name worth spreading: a Latin word or one pymorphy3 does not know."""
    low = word.lower().replace("ё", "е")
    if re.search("[а-яіў]", low) and namelex.morph(low).known:
        return frozenset()
    return lexeme_keys(low)


def spread(text: str, tokens: Sequence[Token], new: Sequence[Span], covered: Sequence[bool]) -> list[Span]:
    """Other forms of the single words that the uncertain rules found, elsewhere in the text."""
    keys: set[str] = set()
    for span in new:
        if span.uncertain and " " not in span.text and len(span.text) >= 4:
            keys |= _spread_keys(span.text)
    if not keys:
        return []
    taken = {(s.start, s.end) for s in new}
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if covered[i] or (tok.start, tok.end) in taken or len(tok.norm) < 4 or casing.is_stopword(tok):
            continue
        if lexeme_keys(tok.norm) & keys:
            out.append(_org_span(text, tok.start, tok.end, "spread", True))
    return out


def _initials(words: Sequence[str]) -> set[str]:
    """The acronyms a name's words may give: every word, or without the small function words."""
    full = "".join(w[0] for w in words if w)
    short = "".join(w[0] for w in words if w and w not in _SKIPPED)
    return {a for a in (full, short) if len(a) >= 3}


def _words(tokens: Sequence[Token], starts: Sequence[int], span: Span) -> list[Token]:
    i = bisect.bisect_left(starts, span.start)
    out = []
    while i < len(tokens) and tokens[i].end <= span.end:
        out.append(tokens[i])
        i += 1
    return out


def acronyms(text: str, tokens: Sequence[Token], spans: Sequence[Span], covered: Sequence[bool]) -> list[Span]:
    """A full name's acronym elsewhere, and an acronym's full name elsewhere (``acronym`` rule)."""
    orgs = [s for s in spans if s.label == "ORGANISATION"]
    if not orgs:
        return []
    starts = [t.start for t in tokens]
    wanted: set[str] = set()
    for span in orgs:
        words = _words(tokens, starts, span)
        if len(words) >= 3 and not any(t.acronym for t in words):
            wanted |= _initials([t.norm for t in words])
    known = {t.norm for s in orgs for t in _words(tokens, starts, s) if t.acronym and len(t.norm) >= 3}
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if not covered[i] and tok.norm in wanted and not casing.is_stopword(tok):
            out.append(_org_span(text, tok.start, tok.end, "acronym", False))
    for acronym in known:
        out += _expansions(text, tokens, covered, acronym)
    return out


def _expansions(text: str, tokens: Sequence[Token], covered: Sequence[bool], acronym: str) -> list[Span]:
    """Lower-case runs of words whose initials spell ``acronym`` (function words may be skipped)."""
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if covered[i] or tok.cap or tok.norm[0] != acronym[0] or len(tok.norm) < 4:
            continue
        k, j = 1, i
        while k < len(acronym) and (nxt := tokens[j + 1] if j + 1 < len(tokens) else None) is not None:
            if not nxt.spaced or nxt.cap or covered[j + 1]:
                break
            if nxt.norm[0] == acronym[k] and len(nxt.norm) >= 3:
                k += 1
            elif nxt.norm not in _SKIPPED:
                break
            j += 1
        if k == len(acronym):
            out.append(_org_span(text, tok.start, tokens[j].end, "acronym", False))
    return out


def repeats(text: str, tokens: Sequence[Token], new: Sequence[Span], covered: Sequence[bool]) -> list[Span]:
    """Other mentions of a multi-word name that orgnames found, in any inflection and letter case
    (``«Зелёный берег»`` -> ``в Зелёном береге``): each word shares a lexeme key (``repeat`` rule)."""
    starts = [t.start for t in tokens]
    names: dict[str, list[list[frozenset[str]]]] = {}
    for span in new:
        words = _words(tokens, starts, span)
        while words and words[0].acronym:
            words = words[1:]  # ``ООО «Зелёный берег»``: the legal form is not repeated
        if 2 <= len(words) <= 6 and not span.uncertain:
            keys = [lexeme_keys(t.norm) for t in words]
            for key in keys[0]:
                names.setdefault(key, []).append(keys)
    out: list[Span] = []
    if not names:
        return out
    taken = {s.start for s in new}
    for i, tok in enumerate(tokens):
        if tok.start in taken or all(covered[i : i + 2]):
            continue
        for name in {id(n): n for k in lexeme_keys(tok.norm) for n in names.get(k, [])}.values():
            j = i + len(name) - 1
            if j < len(tokens) and all(
                tokens[i + k].spaced and lexeme_keys(tokens[i + k].norm) & name[k] for k in range(1, len(name))
            ):
                out.append(_org_span(text, tok.start, tokens[j].end, "repeat", False))
                break
    return out


_VOWELS = "аеиоуыэюяі"


def _stems(norm: str) -> set[str]:
    """Stems whose inflections are the other forms of a name word (``зорка`` -> ``зорк``; a fleeting vowel:
    ``світанак`` -> ``світанк``, ``бусел`` -> ``бусл``); English words keep their form."""
    if norm.isascii():
        return {norm}
    stems = {norm}
    if norm[-1] in _VOWELS + "йь":
        stems.add(norm[:-1])
    elif len(norm) >= 5 and norm[-2] in "аое" and norm[-3] not in _VOWELS:
        stems.add(norm[:-2] + norm[-1])
    for stem in list(stems):
        if stem[-1:] in _ALTERNATION:  # ``зорка`` -> ``у зорцы``, ``кніга`` -> ``кнізе``
            stems.add(stem[:-1] + _ALTERNATION[stem[-1]])
    return {s for s in stems if len(s) >= 4}


_ALTERNATION = {"к": "ц", "г": "з", "х": "с"}


def _form_of(norm: str, stems: set[str]) -> bool:
    return any(norm.startswith(s) and len(norm) - len(s) <= (0 if s.isascii() else 3) for s in stems)


def _name_words(tokens: Sequence[Token], starts: Sequence[int], span: Span) -> list[Token]:
    """The words of a cued name without the cue noun or legal form that opens it (``фонд``, ``ооо``)."""
    from intake.pseudonymise.detectors import orgcue_words as orgcues

    words = _words(tokens, starts, span)
    while words and (words[0].acronym or orgcues.is_cue_word(words[0].text.lower()) or len(words[0].norm) <= 3):
        words = words[1:]
    while words and orgcues.is_cue_word(words[-1].text.lower()):
        words = words[:-1]  # ``the harbour foundation``
    return words


_EN_INDEFINITE = frozenset(("a", "an"))


def proved(
    text: str, tokens: Sequence[Token], cued: Sequence[Span], covered: Sequence[bool], lowercase: bool
) -> list[Span]:
    """Other mentions of the names a cue noun proved, without the cue (``proved`` rule)."""
    starts = [t.start for t in tokens]
    names = [[_stems(t.norm) for t in _name_words(tokens, starts, s)] for s in cued]
    names = [n for n in names if n and all(n) and len(n) <= 3]
    if not names:
        return []
    taken = {s.start for s in cued}
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if tok.start in taken or covered[i] or not (lowercase or (tok.cap and not tok.initial)):
            continue  # cased text: a capital mid-sentence (``Ласка, гэта значыць…`` opens a gloss)
        if not opens_a_name(tok.norm, names) or casing.is_stopword(tok) or _not_noun(tok.norm):
            continue
        if i > 0 and tokens[i - 1].norm in _EN_INDEFINITE:
            continue  # ``a poster of an orbit``: a name takes no indefinite article, the word does
        for name in names:
            j = i + len(name) - 1
            if j >= len(tokens) or not all(_form_of(tokens[i + k].norm, name[k]) for k in range(len(name))):
                continue
            if len(name) > 1 and not all(tokens[i + k].spaced for k in range(1, len(name))):
                continue
            if len(name) == 1 and (_idiom(tokens, i, name[0]) or _gloss(tokens, j)):
                continue
            out.append(_org_span(text, tok.start, tokens[j].end, "proved", True))
            break
    return out


def opens_a_name(norm: str, names: Sequence[Sequence[set[str]]]) -> bool:
    """Gate of :func:`proved`: the word is a form of some name's first word (no mention starts elsewhere), tested
    before the dearer tests of the word (``_not_noun`` parses it), which are pure: the order changes no span."""
    return any(_form_of(norm, name[0]) for name in names)


@lru_cache(maxsize=20_000)
def _not_noun(norm: str) -> bool:
    """A form pymorphy3 also reads as another part of speech (``весной``: an adverb too; ``дзякуй``: a verb;
    ``гучна``: a short adjective): the word, not the name's other mention."""
    if norm.isascii():
        return False
    parses = namelex.analyzer().parse(norm)
    other = sum(float(p.score) for p in parses if p.tag.POS not in ("NOUN", None))
    # a guess by the ending (a Belarusian form) only when it is nearly sure (``гучна``, ``дзякуй``)
    return other >= (0.25 if parses and parses[0].is_known else 0.9)


_GLOSS = frozenset("значит значыць означает азначае means meaning переводится перакладаецца".split())


def _gloss(tokens: Sequence[Token], j: int) -> bool:
    """The word explained right after it (``ласка, гэта значыць…``, ``kindling means…``): the word itself."""
    return any(t.norm in _GLOSS for t in tokens[j + 1 : j + 4])


_IDIOM_LINKS = frozenset("за к ко в во по на от до з ад да у after by to in".split())


def _idiom(tokens: Sequence[Token], i: int, stems: set[str]) -> bool:
    """The word again around a preposition (``крок за крокам``, ``шаг за шагом``, ``step by step``)."""
    for k, mid in ((i - 2, i - 1), (i + 2, i + 1)):
        if not (0 <= k < len(tokens) and tokens[mid].norm in _IDIOM_LINKS):
            continue
        if tokens[min(k, i) + 1].spaced and tokens[max(k, i)].spaced and _form_of(tokens[k].norm, stems):
            return True
    return False


def link(
    text: str,
    tokens: Sequence[Token],
    spans: Sequence[Span],
    new: Sequence[Span],
    covered: Sequence[bool],
    cued: Sequence[Span] = (),
    lowercase: bool = False,
) -> list[Span]:
    """Spans for the other mentions of the organisations in ``spans`` (``new``: the ones orgnames found;
    ``cued``: the names a cue noun proved)."""
    return (
        spread(text, tokens, new, covered)
        + acronyms(text, tokens, spans, covered)
        + repeats(text, tokens, new, covered)
        + proved(text, tokens, cued, covered, lowercase)
    )
