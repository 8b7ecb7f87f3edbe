"""Organisation heads in lower-case English: a word that announces a name before or after it.

Speech recognition writes ``fc slutsk``, ``belsat tv``, ``university of hrodna`` and ``kalinka bakery``
without the capitals that marked them. A head word says an organisation is named; the name is the one or two
words next to it that are no ordinary English (:func:`en_vocab.is_known`) or a place of the gazetteer. Rules
(lower-case text only, ``orgnames.detect``, except the type words, read in cased text too; each span uncertain,
score 0.5, reason ``uncertain:orgheads``):

* an abbreviation before or after the name (:data:`ABBREVIATIONS`: ``fc slutsk``, ``hc dinamo``, ``slavia
  fc``); the abbreviation is part of the span;
* a noun after the name (:data:`AFTER`: ``dinamo united``, ``belsat tv``, ``kalinka bakery``,
  ``haradok foundation``);
* a noun before the name that opens it (:data:`BEFORE`: ``cafe zhurauka``, ``radio svaboda``) and a head with
  ``of`` (:data:`OF_HEADS`: ``university of hrodna``, ``academy of ...``);
* a type word of a newspaper, medium or firm after the name (:data:`TYPED`: ``niemen daily``, ``minsk times``,
  ``vitebsk post``, ``kalina labs``, ``parus soft``) only right after ``at``/``for``/``with``/``from``/``in``/
  ``on``/``to``/``by`` and an optional ``the``, where a place of employment or a source is named (``a facebook
  post``, ``my telegram post`` stay open); after ``the`` a nation word names a newspaper too (``in the irish
  times``, ``for the polish post``: :data:`PRESS`), an ordinary adjective does not (``in the old times``).

Decoys stay open: ``the university``, ``a football club``, ``my school``, ``town hall``: the words next to the
head are English, so nothing names it.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import casing, en_vocab, namelex
from intake.pseudonymise.detectors.gazetteer import entity_gazetteer
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

SCORE = 0.5
RULE = "heads"  # reason ``uncertain:orgheads``, source ``orgnames:heads``
# Sports-club and company abbreviations that stand on either side of the name (``fc slutsk``, ``slavia fc``).
ABBREVIATIONS = frozenset("fc hc bc fk hk mfk sk vc afc ltd llc plc gmbh jsc ojsc oao zao ooo".split())
# Nouns after which a name ends (``belsat tv``, ``kalinka bakery``, ``dinamo united``).
AFTER = frozenset(
    "united university institute hospital school college foundation fund studio studios bakery cafe café "
    "church academy centre center union radio tv news gymnasium lyceum clinic theatre theater museum "
    "library publishing press magazine channel agency bank brewery restaurant bar shop store gallery club "
    "choir orchestra band team".split()
)
# Nouns that open a name before it (``cafe zhurauka``, ``radio svaboda``, ``studio kalinka``).
BEFORE = frozenset("cafe café radio studio club bakery restaurant gallery".split())
# Type words of newspapers, media and firms, read only after a preposition (``at niemen daily``); the newspaper
# words also after a nation word (``the irish times``).
TYPED = frozenset("daily times post gazette herald tribune journal weekly media labs lab soft software systems".split())
PRESS = frozenset("daily times post gazette herald tribune journal weekly".split())
_SOURCE_PREPS = frozenset("at for with from in on to by".split())
# Heads whose name follows ``of`` (``university of hrodna``, ``academy of sciences`` stays open: English).
OF_HEADS = frozenset("university academy institute college school bank museum union".split())


def _place(tok: Token) -> bool:
    """A place of the gazetteer, whole (``slutsk``, ``hrodna``)."""
    return any(e.label == "LOCATION" and len(e.words) == 1 for e in entity_gazetteer().lookup_first(tok.norm))


def namelike(tok: Token) -> bool:
    """A Latin word that can be an organisation's name next to a head: no English word, or a place."""
    norm = tok.norm
    if tok.cyrillic or len(norm) < 3 or not norm.replace("-", "").isalpha() or casing.is_stopword(tok):
        return False
    if norm in ABBREVIATIONS or norm in AFTER or norm in casing.EN_NATIONS:
        return False
    return _place(tok) or not (en_vocab.is_known(norm) or namelex.is_english_word(norm))


def _linked(tokens: Sequence[Token], j: int) -> bool:
    """Token ``j`` exists and continues the phrase of the token before it (only spaces between them)."""
    return 0 < j < len(tokens) and tokens[j].spaced


def _name_before(tokens: Sequence[Token], j: int) -> int:
    """Index of the first word of the name right before the head at ``j`` (``j`` when none)."""
    i = j
    while i > 0 and j - i < 2 and _linked(tokens, i) and namelike(tokens[i - 1]):
        i -= 1
    return i


def _name_after(tokens: Sequence[Token], j: int) -> int:
    """Index after the name right after the head at ``j`` (``j + 1`` when none)."""
    k = j + 1
    while k < len(tokens) and k - j <= 2 and _linked(tokens, k) and namelike(tokens[k]):
        k += 1
    return k


def _of_name(tokens: Sequence[Token], j: int) -> int:
    """Index after ``of X`` right after the head at ``j`` (``j + 1`` when ``X`` is no name)."""
    if j + 2 < len(tokens) and tokens[j + 1].norm == "of" and _linked(tokens, j + 1):
        end = _name_after(tokens, j + 1)
        return end if end > j + 2 else j + 1
    return j + 1


# Elements that company names are built with (``vlad trans``, ``trans polonia``, ``bel cargo``), and the words
# after which such a name stands for an employer: ``drove/worked for``, ``a (polish) company``.
INDUSTRY = frozenset(
    "trans logistic logistics cargo group service services tech soft med stroy auto agro polonia bel".split()
)
_WORK_VERBS = frozenset("drive drives drove driving driven work works worked working".split())
_COMPANY = frozenset("company firm".split())


def _industry_name(tokens: Sequence[Token], j: int) -> int:
    """Index after a bare company name at ``j`` of two or three words, one of them an industry element and the
    others one too or no English (``vlad trans``, ``trans polonia``); ``j`` when there is none."""
    k = j
    while k < len(tokens) and k - j < 3 and _linked(tokens, k) and (tokens[k].norm in INDUSTRY or namelike(tokens[k])):
        k += 1
    return k if k - j >= 2 and any(tokens[m].norm in INDUSTRY for m in range(j, k)) else j


def industry_names(text: str, tokens: Sequence[Token]) -> list[Span]:
    """A company name with an industry element right after ``drove/worked for`` or ``company`` (uncertain)."""
    out: list[Span] = []
    for j in range(1, len(tokens) - 1):
        prev, tok = tokens[j - 1], tokens[j]
        if not ((tok.norm == "for" and prev.norm in _WORK_VERBS) or tok.norm in _COMPANY):
            continue
        end = _industry_name(tokens, j + 1)
        if end > j + 1:
            out.append(org_span(text, tokens[j + 1].start, tokens[end - 1].end, RULE, SCORE, True))
    return out


def typed_names(text: str, tokens: Sequence[Token]) -> list[Span]:
    """A name and its type word (:data:`TYPED`) right after a preposition and an optional ``the``."""
    out: list[Span] = []
    for j, tok in enumerate(tokens):
        if tok.norm not in TYPED or j < 2 or not tok.spaced:
            continue
        first = _name_before(tokens, j)
        nation = first == j and tok.norm in PRESS and tokens[j - 1].norm in casing.EN_NATIONS
        first = j - 1 if nation else first
        if first == j or first < 1:
            continue
        the = tokens[first - 1].norm == "the"
        prep = first - 1 - the
        if (nation and not the) or prep < 0 or tokens[prep].norm not in _SOURCE_PREPS or not tokens[first].spaced:
            continue
        out.append(org_span(text, tokens[first].start, tok.end, RULE, SCORE, True))
    return out


def detect(text: str, tokens: Sequence[Token]) -> list[Span]:
    """``uncertain:orgheads`` spans of lower-case English ``text``: a head and the name it announces."""
    out: list[Span] = industry_names(text, tokens) + typed_names(text, tokens)
    for j, tok in enumerate(tokens):
        norm = tok.norm
        if tok.cyrillic or not (norm in ABBREVIATIONS or norm in AFTER or norm in BEFORE):
            continue
        first, last = j, j + 1
        if norm in ABBREVIATIONS or norm in AFTER:
            first = _name_before(tokens, j)
        if first == j and (norm in ABBREVIATIONS or norm in BEFORE):
            last = _name_after(tokens, j)
        if first == j and last == j + 1 and norm in OF_HEADS:
            last = _of_name(tokens, j)
        if first < j or last > j + 1:
            out.append(org_span(text, tokens[first].start, tokens[last - 1].end, RULE, SCORE, True))
    return out
