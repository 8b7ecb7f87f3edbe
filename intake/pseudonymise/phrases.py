"""Phrases named by a place: a place-derived adjective and the words it heads are one identifier.

``в брестском ЦИПе``, ``у віцебскім сізо``, ``у аршанскім лакаматыўным дэпо``, ``на мозырском
нефтеперерабатывающем`` (the head left unsaid), ``Барановичском отделении Белорусской железной дороги``: the
detectors find the place, or nothing when the adjective is in lower case, and leave the rest of the phrase;
the institution or facility it names is then readable from what is left, and the coverage rule needs every
word. This pass runs after every other stage (``detect.py``). An adjective in ``-ск-``/``-цк-`` that is no generic
kind or nationality (:func:`institutions.place_shaped`) starts a phrase when a detector covered it as a place or
an organisation, or as a person when its stem is a place of the gazetteer (``брестском`` -> Брест, ``аршанскі`` ->
Орша, ``барановичском`` -> Барановичи; ``ганна Вярбіцкая`` is an adjectival surname); an adjective no detector
covered needs that stem and a preposition of place right before it (``в``, ``у``, ``на``, ``з``, ``до``,
``под``...: ``пили минское пиво`` stays). The phrase takes up to three adjectives after it, then one head noun (a
Russian noun by pymorphy3, an acronym, or a Belarusian word that is neither a verb nor a function word) with,
after an organisation noun, the genitives that complete its name (``комитет помощи беженцам``), then a
detected name right after the head (``... отделении Белорусской железной дороги``). A head that names a detention
facility (``сізо``, ``ЦИП``, ``ИВС``) makes the phrase DETENTION, any other ORGANISATION; a phrase whose adjective
no detector covered is an uncertain candidate.

Third rule (``detectors/foreign_runs.py``): a Latin-letter name flagged in pieces (``Uniwersytet w
Białymstoku``) becomes one span, its function words included.

Second rule: two detected names joined by ``имени``/``імя``/``імені``/``named after`` are one (``ГрГУ имени
Янки Купалы``), with the first one's label.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import namelex, park_names
from intake.pseudonymise.detectors.foreign_runs import bare_runs, join_runs
from intake.pseudonymise.detectors.institution_tails import ADJ_TAILS
from intake.pseudonymise.detectors.institutions import place_shaped
from intake.pseudonymise.detectors.orgnames import is_org_noun, name_tail
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word
from intake.pseudonymise.vocabulary import NAME_LABELS

SOURCE = "phrases"
_DETENTION_HEADS = re.compile(
    r"^(?:сизо|сізо|изолятор|ізалятар|ицу|ічу|івс|ивс|цип|ціп|колони|калоні|тюрьм|турм|лтп|зон)", re.IGNORECASE
)
_ADJECTIVE_END = re.compile(
    r"(?:ск|цк)(?:ая|ой|ий|ый|ое|ую|ом|ым|им|ого|ому|ае|ы|і|ай|ых|их|ім|ими|ыми|ага|аму|ія|ые|ие|ей)$"
)
_LINKS = frozenset(("имени", "імя", "імені", "named after"))
_LINK_LEN = max(map(len, _LINKS))
_BE_VERB = re.compile(r"(?:ць|цца|ла|лі|ло|[аяіыеоэ]ў)$")
_MAX_ADJECTIVES = 3
# Prepositions of a place where someone works, studies or is held (folded: ``ў`` -> ``у``, ``і`` -> ``и``).
_PREPOSITIONS = frozenset("в во у на з из иза са с ад от до да каля около под пад при пры".split())
# Belarusian prepositions and adverbs of place that no stop list holds (folded): after an elided street adjective
# (``на гродзенскай каля крамы``) they are no head noun.
_BE_NOT_HEADS = frozenset("каля ля возле побач насупраць ззаду наперадзе пасля перад паміж праз вакол сярод уздоуж "
                          "далей бліжэй блізка недалёка".translate(str.maketrans("іўё", "иуе")).split())


def close_phrases(spans: Sequence[Span], tokens: Sequence[Token], text: str, language: str) -> list[Span]:
    """``spans`` plus one span for each place-named phrase and each ``имени`` join (overlaps left to
    :func:`intake.pseudonymise.spans.resolve_overlaps`: the longer span wins)."""
    if language == "en" or not tokens:
        out = list(spans) + park_names.join(spans, text)
        return out + _joins(out, text) + join_runs(out, tokens, text, english=True)
    covered = _covered_tokens(tokens, spans)
    out = list(spans)
    for i, tok in enumerate(tokens):
        label_here, reach = covered[i]
        if not place_shaped(tok.text.lower()):
            continue
        if label_here == "PERSON" and not _place_stem(tok.norm):
            continue  # ``ганна Вярбіцкая``: an adjectival surname, no town's adjective
        if label_here is None and not (_after_preposition(tokens, i) and _place_stem(tok.norm)):
            continue  # ``пили минское пиво``: a product, not a place someone works or is held in
        end = _phrase_end(tokens, i, language, spans, text)
        if end is None or end[1] <= reach:
            continue  # nothing beyond what a span already covers (``минском районе`` stays a place)
        label = _label(tokens[i + 1 : end[0]])
        reason = "" if label_here is not None else f"{UNCERTAIN}:place-phrase"
        out.append(Span(tok.start, end[1], label, text[tok.start : end[1]], 0.6 if not reason else 0.5, SOURCE, reason))
    out += park_names.join(out, text)
    return out + _joins(out, text) + join_runs(out, tokens, text) + bare_runs(out, tokens, text)


def _after_preposition(tokens: Sequence[Token], i: int) -> bool:
    """A preposition of place right before: where someone works, studies or is held."""
    return i > 0 and tokens[i - 1].norm in _PREPOSITIONS


def _phrase_end(
    tokens: Sequence[Token], i: int, language: str, spans: Sequence[Span], text: str
) -> tuple[int, int] | None:
    """(index after the phrase's last word, its end offset), or None when nothing follows the adjective."""
    j = i + 1
    while j < len(tokens) and j - i <= _MAX_ADJECTIVES and _glued(tokens, j, text) and _adjective(tokens[j], language):
        j += 1
    head = j < len(tokens) and _glued(tokens, j, text) and tokens[j].norm not in _BE_NOT_HEADS
    if head and _head(tokens[j], language):
        if is_org_noun(tokens[j].norm):  # ``латвийский комитет помощи беженцам``: the words completing its name
            j = name_tail(tokens, j, language)
        j += 1
        name = _name_after(tokens, j, spans, text)
        if name is not None:
            return j, name
    if j == i + 1:
        return None
    return j, tokens[j - 1].end


def _glued(tokens: Sequence[Token], j: int, text: str) -> bool:
    """The word at ``j`` follows the one before with no mark between, nor the double blank a dropped mark leaves
    (``на віцебскай  бацькі ёй дапамагаюць``: the clause ended after the elided street)."""
    return tokens[j].spaced and "  " not in text[tokens[j - 1].end : tokens[j].start]


def _name_after(tokens: Sequence[Token], j: int, spans: Sequence[Span], text: str) -> int | None:
    """End of a detected name that starts at token ``j`` (right after the head, no mark between, nor the double
    blank a dropped mark leaves: ``пухавіцкі раён  вёска навасёлкі`` is a district, then a village), if any."""
    if j >= len(tokens) or not tokens[j].spaced or "  " in text[tokens[j - 1].end : tokens[j].start]:
        return None
    ends = [s.end for s in spans if s.start == tokens[j].start and s.label in NAME_LABELS]
    return max(ends) if ends else None


def _adjective(tok: Token, language: str) -> bool:
    """An adjective of the phrase; a hyphenated compound by its last part (``гісторыка-краязнаўчым``,
    ``историко-археологическом``)."""
    low = tok.text.lower()
    if "-" in low and low.replace("-", "").isalpha():
        low = low.rsplit("-", 1)[1]
    if not low.isalpha() or is_stop_word(low) or len(low) < 4:
        return False
    if language == "ru":
        return namelex.main_pos(low) in ("ADJF", "PRTF")
    return low.endswith(ADJ_TAILS)


def _head(tok: Token, language: str) -> bool:
    low = tok.text.lower()
    if is_stop_word(low) or not tok.text.replace("-", "").isalpha():
        return False
    if tok.acronym:
        return True
    if language == "ru":
        return namelex.main_pos(low) in ("NOUN", "")
    return len(low) >= 3 and not _BE_VERB.search(low)


def _label(words: Sequence[Token]) -> str:
    """DETENTION for a facility's head, ORGANISATION otherwise (a place with its descriptor is ``extend.py``'s)."""
    return "DETENTION" if any(_DETENTION_HEADS.match(t.norm) for t in words) else "ORGANISATION"


@lru_cache(maxsize=20_000)
def _place_stem(norm: str) -> bool:
    """The adjective's stem is a place of the gazetteer (``брестском`` -> Брест, ``аршанскім`` -> Орша)."""
    from intake.pseudonymise.detectors.gazetteer import entity_gazetteer

    match = _ADJECTIVE_END.search(norm)
    if match is None:
        return False
    with_sk = norm[: match.start() + 2]  # ``віцебск``, ``слуцк``: the town ends in ``-ск`` itself
    stem = norm[: match.start()]
    bare = re.sub(r"(?:ан|ен|ин|ян|ов|ев|ув)$", "", stem)
    endings: tuple[str, ...] = ("", "ь", "а", "и", "ы", "о")
    if norm[match.start()] == "ц":  # ``баранавіцкі`` -> Баранавічы, ``ляхавіцкі`` -> Ляхавічы
        endings += ("чи", "чы")
    candidates = {with_sk, *(s + end for s in {stem, bare} for end in endings)}
    if stem.endswith("с"):
        candidates.add(stem + "к")  # ``глусский`` -> Глуск: Russian doubles the ``с`` of a town in ``-ск``
    if norm[match.start()] == "ц":
        candidates.add(stem + "ц")  # ``лунинецкий`` -> Лунинец
    candidates |= {"о" + c[1:] for c in candidates if c.startswith("а")}  # Belarusian akanye: аршанскі -> Орша
    gazetteer = entity_gazetteer()
    return any(
        any(e.label == "LOCATION" for e in gazetteer.lookup_first(c)) for c in candidates if len(c) >= 4
    )


def _covered_tokens(tokens: Sequence[Token], spans: Sequence[Span]) -> list[tuple[str | None, int]]:
    """For each token: the label of a name span covering it (or None) and the furthest end of such spans."""
    out: list[tuple[str | None, int]] = [(None, -1)] * len(tokens)
    starts = [t.start for t in tokens]
    for span in spans:
        if span.label not in NAME_LABELS:
            continue
        k = bisect.bisect_left(starts, span.start)
        while k < len(tokens) and tokens[k].end <= span.end:
            label, reach = out[k]
            out[k] = (label or span.label, max(reach, span.end))
            k += 1
    return out


def _joins(spans: Sequence[Span], text: str) -> list[Span]:
    """``ГрГУ имени Янки Купалы``: a name, a linking word, a name."""
    names = sorted((s for s in spans if s.label in NAME_LABELS), key=lambda s: (s.start, -s.end))
    starts = [s.start for s in names]
    out: list[Span] = []
    for a in names:
        if text[a.end : a.end + 1] != " ":
            continue  # the linking word must follow a space
        reach = _link_reach(text, a.end)
        for b in names[bisect.bisect_right(starts, a.end) : bisect.bisect_right(starts, reach)]:
            between = text[a.end : b.start]
            if between[-1:] == " " and between.strip().lower() in _LINKS:
                out.append(Span(a.start, b.end, a.label, text[a.start : b.end], a.score, SOURCE, a.reason))
    return out


def _link_reach(text: str, pos: int) -> int:
    """The furthest start of a name that only whitespace, one linking word and whitespace separate from
    ``pos`` (a bound: the names after it need not be compared)."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    pos += _LINK_LEN
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
