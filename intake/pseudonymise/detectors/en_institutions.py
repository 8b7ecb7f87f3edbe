"""English institution names whose span runs over a lower-case administrative tail or an ``of`` tail.

Two shapes the head-noun rules of ``orgnames_en.py`` and ``en_orgheads.py`` stop short of:

* a place or a place adjective, then one or two administrative kinds and an administrative body
  (``the Maskouski district police``, ``Frunzenski district court``, ``the Hrodna regional executive
  committee``, ``the leninski district prosecutor's office``), in any case: the place makes the body one body;
* in lower-case text, an institution with an ``of`` tail that ends in a place or a country (``the national
  academy of sciences of belarus``, ``the bolshoi theatre of belarus``): the span runs from the words before
  the head that are no determiner to the place.

Decoys stay open: ``the district court`` and ``the city police`` (no place before them), ``a school of
music`` (no place at the end of the tail).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import casing
from intake.pseudonymise.detectors.gazetteer import entity_gazetteer
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "admin"  # reason ``uncertain:orgadmin`` in lower-case text, source ``orgnames:admin``
# Administrative levels between a place and its body (``district``, ``regional executive``).
KINDS = frozenset("district regional region city town oblast raion municipal republican rayon".split())
# Words of an administrative body's name (``prosecutor's office``, ``internal affairs department``).
BODY_WORDS = frozenset(
    "police court courts committee executive department administration office prosecutor prosecutor's "
    "prosecutors militia internal affairs investigative s council hospital".split()
)
# The nouns a body's name ends in.
BODY_HEADS = frozenset("police court committee department administration office militia council hospital".split())
# Countries and nations an ``of`` tail ends in (``of belarus``), besides the gazetteer's places.
COUNTRIES = frozenset(
    "belarus lithuania poland ukraine russia latvia georgia germany estonia armenia moldova kazakhstan".split()
)
# Institutions whose ``of`` tail names them in lower-case text.
OF_HEADS = frozenset(
    "theatre theater academy university institute museum library college conservatory school union "
    "council committee ministry bank court tribunal commission".split()
)
# Bodies whose remit after ``for`` names them when it ends in a place (``the international commission for the
# protection of journalists in poland``); a school or a university ``for`` someone is a kind.
FOR_HEADS = frozenset("committee commission centre center council institute foundation fund agency".split())
_HEADS = OF_HEADS | FOR_HEADS
# Words that join the words of a remit (``for the study of exile in lithuania``).
_TAIL_LINKS = frozenset("of in for the and".split())

def place(tok: Token) -> bool:
    """A place of the gazetteer, whole, or a country (``hrodna``, ``belarus``)."""
    if tok.norm in COUNTRIES:
        return True
    return any(e.label == "LOCATION" and len(e.words) == 1 for e in entity_gazetteer().lookup_first(tok.norm))


def _place_adj(tok: Token) -> bool:
    """A Slavic place adjective in Latin letters (``maskouski``, ``frunzenski``, ``leninsky``)."""
    norm = tok.norm
    return not tok.cyrillic and len(norm) >= 6 and norm.isalpha() and norm.endswith(("sky", "ski", "skiy", "skoy"))


def _linked(tokens: Sequence[Token], j: int) -> bool:
    return 0 < j < len(tokens) and tokens[j].spaced


def _joined(tokens: Sequence[Token], m: int) -> bool:
    """Token ``m`` continues the phrase: after a space, or the ``s`` of ``prosecutor's``."""
    return _linked(tokens, m) or (0 < m < len(tokens) and tokens[m].norm == "s" and tokens[m - 1].norm == "prosecutor")


def _body_end(tokens: Sequence[Token], k: int) -> int:
    """Index after the administrative body's name starting at ``k`` (``k`` when none)."""
    last, m = k, k
    while m < len(tokens) and m - k < 4 and _joined(tokens, m) and tokens[m].norm in BODY_WORDS:
        if tokens[m].norm in BODY_HEADS:
            last = m + 1
        m += 1
    return last


def admin_bodies(text: str, tokens: Sequence[Token], lowercase: bool) -> list[Span]:
    """``Maskouski district police``: a place or place adjective, kinds, and a body."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-2]):
        if tok.cyrillic or casing.is_stopword(tok) or not (place(tok) or _place_adj(tok)):
            continue
        k = i + 1
        while k < len(tokens) and k - i <= 2 and _linked(tokens, k) and tokens[k].norm in KINDS and not tokens[k].cap:
            k += 1
        end = _body_end(tokens, k) if k > i + 1 else k
        if end > k:
            out.append(org_span(text, tok.start, tokens[end - 1].end, RULE, 0.5 if lowercase else 0.7, lowercase))
    return out


def _of_end(tokens: Sequence[Token], j: int) -> int:
    """Index after an ``of`` tail of the head at ``j`` ending in a place (``of sciences of belarus``), or a
    ``for`` tail of a body (``for the protection of journalists in poland``)."""
    k = j + 1
    opener = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    heads = OF_HEADS if opener == "of" else FOR_HEADS if opener == "for" else frozenset()
    if tokens[j].norm not in heads:
        return k  # ``the centre of minsk`` is a part of the town
    for m in range(j + 1, min(j + 9, len(tokens))):
        tok = tokens[m]
        if not _linked(tokens, m) or tok.cyrillic or (tok.norm == "in" and k > j + 1):
            break  # ``theatre of belarus in minsk``: the name ends at its own place; the town is a place
        if tok.norm not in _TAIL_LINKS and tokens[m - 1].norm in ("of", "in") and place(tok):
            k = m + 1
        if tok.norm not in _TAIL_LINKS and is_stop_word(tok.norm):
            break
    return k


def _start(tokens: Sequence[Token], j: int, joined: bool) -> int:
    """Index of the first word before the head at ``j``, back to a function word (``the``, ``my``, ``at``);
    with ``joined`` up to four words and ``and`` (``opera and ballet``)."""
    i = j
    while i > 0 and j - i < (4 if joined else 3) and _linked(tokens, i):
        prev = tokens[i - 1]
        stop = is_stop_word(prev.norm) and not (joined and prev.norm == "and")
        if prev.cyrillic or not prev.norm.isalpha() or stop:
            break
        i -= 1
    return i


def _place_start(tokens: Sequence[Token], j: int) -> int:
    """Index of the place that opens the words before the head at ``j`` (``tbilisi opera and ballet``);
    ``j`` when none."""
    i = _start(tokens, j, joined=True)
    while i < j and not place(tokens[i]):
        i += 1
    return i if i < j and tokens[i].norm != "and" else j


def of_tails(text: str, tokens: Sequence[Token]) -> list[Span]:
    """In lower-case text, ``the bolshoi theatre of belarus``: the words before the head and the tail;
    ``tbilisi opera and ballet theatre``: a place, words joined by ``and``, and the head."""
    out: list[Span] = []
    for j, tok in enumerate(tokens):
        if tok.norm not in _HEADS or tok.cap:
            continue
        end, first = _of_end(tokens, j), _place_start(tokens, j)
        if end > j + 1:
            first = min(first, _start(tokens, j, joined=False))
            if tokens[j + 1].norm == "for" and first > 0 and tokens[first - 1].norm in ("a", "an"):
                continue  # ``a centre for refugees in vilnius``: a kind of centre
        elif (remit := _titled_remit(tokens, j)) > j + 1:
            first, end = _start(tokens, j, joined=True), remit  # ``republican scientific and practical centre …``
        elif first == j or "and" not in {t.norm for t in tokens[first:j]}:
            continue  # a place with no ``and`` is ``orgnames_en``'s (``minsk state university``)
        out.append(org_span(text, tokens[first].start, tokens[end - 1].end, "oftail", 0.5, True))
    return out


# Endings of relational adjectives, the words of an official title (``republican``, ``scientific``,
# ``practical``, ``clinical``), not of a quality (``big``, ``noisy``, ``friendly``).
_RELATIONAL = ("ic", "ical", "al", "an", "ary")


def _relational(tok: Token) -> bool:
    norm = tok.norm
    return len(norm) >= 6 and norm.isalpha() and norm.endswith(_RELATIONAL) and not is_stop_word(norm)


def _titled_remit(tokens: Sequence[Token], j: int) -> int:
    """Index after the ``for`` remit of a body at ``j`` titled by two relational adjectives (``the republican
    scientific and practical centre for paediatric surgery``): one to three words that are no function
    words; ``j + 1`` when there is none."""
    first = _start(tokens, j, joined=True)
    titles = sum(_relational(t) for t in tokens[first:j])
    if tokens[j].norm not in FOR_HEADS or titles < 2 or (first > 0 and tokens[first - 1].norm in ("a", "an")):
        return j + 1
    if j + 2 >= len(tokens) or tokens[j + 1].norm != "for" or not _linked(tokens, j + 1):
        return j + 1
    k = j + 2
    while k < len(tokens) and k - j <= 4 and _linked(tokens, k) and tokens[k].norm.isalpha():
        if is_stop_word(tokens[k].norm) or tokens[k].cyrillic:
            break
        k += 1
    return k if k > j + 2 else j + 1
