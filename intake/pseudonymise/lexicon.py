"""Given-name forms no detector found: the lexicon stage of ``detect()`` (before propagation).

``data/given_names.txt`` lists ~1,200 Russian and Belarusian forms; a capitalised form that is not a common
word is evidence even where a capital proves nothing (``Мар'яна.`` opening a sentence) and seeds propagation;
in lower-case text a lower-case form is an uncertain candidate.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.tokens import Token, is_lowercase_text
from intake.pseudonymise.propagate import _common_word, _inside, group_forms
from intake.pseudonymise.spans import UNCERTAIN, Span


@lru_cache(maxsize=1)
def _all_forms() -> frozenset[str]:
    return frozenset(form for forms in group_forms() for form in forms if len(form) >= 3)


def lexicon_names(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Given-name forms of ``given_names.txt`` that no detector covered (``Мар'яна.`` opening a sentence).

    Capitalised and not a common word: evidence (it seeds propagation). In lower-case text a lower-case
    form that is not a common word: uncertain (``ксеня``, ``зіна``).
    """
    forms = _all_forms()
    covered, _ = _inside(tokens, spans)
    lowercase = is_lowercase_text(list(tokens))
    out = []
    for i, tok in enumerate(tokens):
        if covered[i] or not tok.cyrillic or tok.norm not in forms or not (tok.cap or lowercase):
            continue
        if _common_word(tok) or is_role(tok):
            continue
        reason = "" if tok.cap else f"{UNCERTAIN}:lexicon"
        out.append(Span(tok.start, tok.end, "PERSON", tok.text, 0.7 if tok.cap else 0.4, "names.lexicon", reason))
    return out
