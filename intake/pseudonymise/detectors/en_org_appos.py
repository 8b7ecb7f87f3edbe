"""English organisations named in apposition to their kind, or by what "we called it".

Two constructions of spoken English name a firm or a group with common words that no capital marks in
speech-recognition text:

``appos``
    a kind noun (``firm``, ``company``, ``group``: :data:`KINDS`) and, set off by pauses on both sides (a
    comma, colon or dash; the double blank such a mark leaves in lower-case text), one to four words that a
    subject pronoun then takes up (``i drove for a latvian firm, sunrise, they make windows``, ``we have a
    small group  paper cranes  we write letters``). The name opens and ends on a content word (no function
    word, number or filler), so ``a firm, then i quit`` and ``a group, mostly women, we met`` stay open.
``called``
    ``we called it``/``we named it``/``we call it`` and one or two content words closed by a pause, when a
    kind noun (:data:`KINDS`) came up to twelve words before (``a small group of us, we called it
    lighthouse, it started``). The name's later bare mentions are masked too where nothing describes them:
    at a line's or clause's start, after a clause adverb or a function word that is no determiner (``now
    lighthouse does``; ``a paper lighthouse`` stays).

English text, cased and lower case; every span is uncertain (0.5, reasons ``uncertain:orgappos-en`` and
``uncertain:orgcalled-en``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.numwords import lookup
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

# Kind nouns a speaker names an employer or a group by (singular).
KINDS = frozenset(
    "firm company business bakery shop studio agency group club charity foundation band choir initiative "
    "network cafe café restaurant startup employer collective circle project campaign fund ngo".split()
)
# Subject pronouns that take a named firm or group up after the pause.
_SUBJECTS = frozenset("they it we which who".split())
_CALLED = frozenset("called named call name".split())
_DETERMINERS = frozenset(
    "a an the this that these those my our your his her their its one some any no each every".split()
)
_FILLERS = frozenset("um uh er erm like well yeah okay ok so know mean sort kind".split())
# Clause adverbs after which a bare mention opens its clause (``now lighthouse does``).
_CLAUSE_ADVERBS = frozenset("now then today later still also so and but since because when".split())
_MAX_NAME = 4
_BACK = 12


def _pause(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return any(c in ",;:—–\n" for c in gap) or "  " in gap


def _content(tok: Token) -> bool:
    """A word a name may open or end on: letters only, no function word, filler, number word or adverb in
    ``-ly`` (``mostly``)."""
    norm = tok.norm
    if not norm.isalpha() or tok.cyrillic or is_stop_word(norm) or norm in _FILLERS or norm.endswith("ly"):
        return False
    return lookup(norm) is None


def _appos(text: str, tokens: Sequence[Token], k: int) -> Span | None:
    """The name in apposition after the kind noun at ``k``, or None."""
    first = k + 1
    if first >= len(tokens) or not _pause(text, tokens[k], tokens[first]) or not _content(tokens[first]):
        return None
    for last in range(first, min(first + _MAX_NAME, len(tokens) - 1)):
        nxt = tokens[last + 1]
        if _pause(text, tokens[last], nxt):
            if nxt.norm in _SUBJECTS and _content(tokens[last]):
                return org_span(text, tokens[first].start, tokens[last].end, "appos-en", 0.5, True)
            return None
    return None


def _called(text: str, tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """(first, last) token of the name after ``we called it`` at ``k`` (the verb), or None."""
    if k < 1 or tokens[k - 1].norm != "we" or k + 2 >= len(tokens) or tokens[k + 1].norm != "it":
        return None
    if not any(t.norm in KINDS for t in tokens[max(0, k - _BACK) : k]):
        return None
    first = k + 2
    for last in range(first, min(first + 2, len(tokens))):
        if not _content(tokens[last]):
            return None
        if last + 1 == len(tokens) or _pause(text, tokens[last], tokens[last + 1]):
            return first, last
    return None


def _echoes(text: str, tokens: Sequence[Token], name: tuple[int, int]) -> list[Span]:
    """Later bare mentions of the called name: not after a determiner or a content word."""
    words = [t.norm for t in tokens[name[0] : name[1] + 1]]
    size = len(words)
    out: list[Span] = []
    for i in range(name[1] + 1, len(tokens) - size + 1):
        if [t.norm for t in tokens[i : i + size]] != words:
            continue
        before = tokens[i - 1]
        opens = before.norm in _CLAUSE_ADVERBS or (is_stop_word(before.norm) and before.norm not in _DETERMINERS)
        bare = _pause(text, before, tokens[i]) or opens
        if bare:
            out.append(org_span(text, tokens[i].start, tokens[i + size - 1].end, "called-en", 0.5, True))
    return out


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over English names in apposition to a kind noun or called so by a group."""
    if language != "en":
        return []
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        if tok.norm in KINDS and (found := _appos(text, tokens, k)) is not None:
            out.append(found)
        elif tok.norm in _CALLED and (name := _called(text, tokens, k)) is not None:
            out.append(org_span(text, tokens[name[0]].start, tokens[name[1]].end, "called-en", 0.5, True))
            out += _echoes(text, tokens, name)
    return out
