"""The name a person signs with: ``она всегда подписывалась Т. М.``, ``падпісваецца проста Цвік``, ``he signs
them Captain K.``.

A letter from prison or a note is signed with initials, a nickname or a rank and an initial, and a speaker who
quotes the signature says it right after the verb of signing. Speech recognition drops the full stops and the
capitals (``подписывалась  р  и``), so nothing else marks it. The slot:

* a reflexive verb of signing (``подписывался``, ``подпісваецца``; the reflexive takes no object, so what
  follows is the signature) or, in English, ``signs``/``signed`` with ``them``/``it``/``as`` after it;
* past fillers (``просто``, ``всегда``, ``just``, ``always``) and manner adverbs (``па-лацінцы``);
* then either one to three single letters (initials), or one word with an optional single letter (``captain k``)
  that a pause, the text's end, ``и``/``and``, ``как``/``like`` or a line break closes.

The word must be no function word, preposition, verb or adverb (``подписывался под каждым словом``,
``подписывалась везде``, ``signs them every week`` stay). Candidates are uncertain PERSON (reason
``uncertain:signature``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold
from intake.pseudonymise.detectors.word_classes import verb_form
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "signature"
SCORE = 0.4
_REFLEXIVE = re.compile(
    r"^(?:под|пад)пис(?:ыва|ва|а)?(?:л|лся|лась|лись|ется|ются|юсь|ецца|аецца|аюцца|уецца)?(?:ся|сь)?$"
)
_EN_SIGN = frozenset("signs signed".split())
_EN_OBJECT = frozenset("them it as off".split())
_FILLERS = frozenset(
    fold(w) for w in "просто проста всегда заўсёды так всё усё только толькі just always simply all only".split()
)
_MANNER = ("по-", "па-")  # ``па-лацінцы``, ``по-польски``: how it is signed, a filler too
_CLOSERS = frozenset(fold(w) for w in "и і как як and like".split())
_MAX_INITIALS = 3


def _signing(tokens: Sequence[Token], i: int, language: str) -> int | None:
    """The index after the verb of signing at ``i`` (and its English object), or None."""
    tok = tokens[i]
    if language == "en":
        if tok.norm not in _EN_SIGN or i + 1 >= len(tokens) or tokens[i + 1].norm not in _EN_OBJECT:
            return None
        return i + 2
    if not tok.norm.endswith(("ся", "сь", "цца")) or not _REFLEXIVE.match(tok.norm):
        return None
    return i + 1


def _closed(text: str, tokens: Sequence[Token], k: int) -> bool:
    """The signature ends after ``tokens[k]``: the text ends, a pause, a line break or a closing word."""
    if k + 1 >= len(tokens):
        return True
    gap = text[tokens[k].end : tokens[k + 1].start]
    return "  " in gap or "\n" in gap or bool(gap.strip()) or tokens[k + 1].norm in _CLOSERS


def _signature(text: str, tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """The token range of the signature starting at ``j`` (past fillers), or None."""
    while j < len(tokens) and (tokens[j].norm in _FILLERS or tokens[j].norm.startswith(_MANNER)):
        j += 1
    k = j
    while k < len(tokens) and k - j < _MAX_INITIALS and len(tokens[k].norm) == 1 and tokens[k].norm.isalpha():
        k += 1
    if k > j:
        return (j, k - 1) if _closed(text, tokens, k - 1) else None
    if j >= len(tokens) or not _word(tokens[j]):
        return None
    if j + 1 < len(tokens) and len(tokens[j + 1].norm) == 1 and _closed(text, tokens, j + 1):
        return j, j + 1  # ``captain k``
    return (j, j) if _closed(text, tokens, j) else None


def _word(tok: Token) -> bool:
    """A content word that may be a signature: no function word, verb or adverb."""
    if len(tok.norm) < 3 or is_stop_word(tok.text) or verb_form(tok):
        return False
    return not tok.cyrillic or namelex.main_pos(tok.text.lower()) not in ("ADVB", "PREP", "GRND", "VERB", "INFN")


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for the signatures quoted in ``text`` that no span in ``spans`` covers."""
    if not any(t.norm.startswith(("под", "пад", "sign")) for t in tokens):
        return []
    covered, _ = covered_tokens(tokens, spans)
    out: list[Span] = []
    for i in range(len(tokens)):
        j = _signing(tokens, i, language)
        found = _signature(text, tokens, j) if j is not None else None
        if found is None or any(covered[found[0] : found[1] + 1]):
            continue
        start, end = tokens[found[0]].start, tokens[found[1]].end
        out.append(Span(start, end, "PERSON", text[start:end], SCORE, f"candidates:{RULE}", f"{UNCERTAIN}:{RULE}"))
    return out
