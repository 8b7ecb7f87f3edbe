"""Organisations named by a two-word phrase, a modifier right before its head noun (``Чырвоны касцёл``,
``полацкая епархія``, ``при польском доме``): the loop the modifier-and-head rules share."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

Test = Callable[[Token], bool]


def modifier_heads(
    text: str, tokens: Sequence[Token], rule: str, modifier: Test, head: Test, before: Test | None = None
) -> list[Span]:
    """Uncertain ORGANISATION spans (0.5, ``uncertain:org<rule>``) over a modifier and the head right after it
    (the head not across a line break), the word before the modifier passing ``before`` when given."""
    out: list[Span] = []
    for i in range(1 if before is None else 2, len(tokens)):
        tok, mod = tokens[i], tokens[i - 1]
        if tok.spaced and head(tok) and modifier(mod) and (before is None or before(tokens[i - 2])):
            out.append(org_span(text, mod.start, tok.end, rule, 0.5, True))
    return out
