"""A nickname the interviewer echoes and the answer names as one: ``рэспандэнт: ...і яшчэ Кавун.
інтэрв'юер: Кавун? рэспандэнт: Ха, гэта мянушка, ён Міхась``.

A one-word turn repeats a word just said, as a question; an answer that opens with ``это``/``гэта`` and a
nickname noun (``кличка``, ``прозвище``, ``мянушка``), fillers (``ха``, ``ну``, ``да``) allowed before it and
a pause or a pronoun after it, says the word is a person's nickname. ``это кличка собаки`` names an animal's
and stays. :mod:`nicknames` then masks every mention of the word's stem, as for its other statements.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import lowercase, namelex
from intake.pseudonymise.detectors.becues import SPEAKER_LABELS
from intake.pseudonymise.detectors.tokens import Token, fold

_THIS = frozenset(fold(w) for w in "это гэта".split())
_FILLERS = frozenset(fold(w) for w in "ха ну да так ага а".split())
_PRONOUNS = frozenset(fold(w) for w in "он она его её ее ён яна яго яе".split())


def _line_start(text: str, tok: Token) -> int:
    return text.rfind("\n", 0, tok.start) + 1


def _opens_turn(text: str, tokens: Sequence[Token], k: int) -> bool:
    """``tokens[k]`` is the first word of its line, or the first after a speaker label that opens it."""
    start = _line_start(text, tokens[k])
    before = [t for t in tokens[max(0, k - 2) : k] if t.start >= start]
    return not before or (len(before) == 1 and before[0].norm in SPEAKER_LABELS)


def _echo(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """The index of the one word of the turn before the line of ``tokens[k]`` (a speaker label allowed before
    it), or None."""
    start = _line_start(text, tokens[k])
    if start < 2:
        return None
    prev_start = text.rfind("\n", 0, start - 1) + 1
    line = [j for j in range(max(0, k - 4), k) if prev_start <= tokens[j].start < start]
    if line and tokens[line[0]].norm in SPEAKER_LABELS:
        line = line[1:]
    return line[0] if len(line) == 1 else None


def _closed(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A pause, a line end, the text's end or a pronoun after the nickname noun at ``i``."""
    if i + 1 >= len(tokens):
        return True
    gap = text[tokens[i].end : tokens[i + 1].start]
    return "\n" in gap or "  " in gap or not tokens[i + 1].spaced or tokens[i + 1].norm in _PRONOUNS


def echoed(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The index of the word a one-word turn echoes, when the answer's ``это кличка`` at ``i`` names it."""
    k = i - 1
    if k < 0 or tokens[k].norm not in _THIS or not _closed(text, tokens, i):
        return None
    while k > 0 and tokens[k - 1].norm in _FILLERS and _line_start(text, tokens[k - 1]) == _line_start(text, tokens[i]):
        k -= 1
    if not _opens_turn(text, tokens, k):
        return None
    j = _echo(text, tokens, k)
    if j is None or not tokens[j].cyrillic or lowercase.is_role(tokens[j]) or len(tokens[j].norm) < 3:
        return None
    return j if namelex.main_pos(tokens[j].text) in ("NOUN", "") else None
