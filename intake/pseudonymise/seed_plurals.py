"""The plural of a Belarusian name that is a consonant-final noun: the thing again, not the person.

A surname or nickname such as ``Гарбуз`` or ``шпрот`` names one person in the singular; its nominative plural
(``гарбузы``, ``шпроты``: ``-ы``/``-і``) or instrumental or locative plural (``-амі``, ``-ах``) is the common
noun (``у яго гарбузы на агародзе``). :func:`namecues.plural_common` cannot tell a Belarusian plural by its
Russian reading (``голуб`` reads as a genitive plural), but beside the seed itself the ending is plain. A
name in ``-а``/``-я`` keeps its genitive singular (``сарокі`` of ``сарока``) and is not read here.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.tokens import Token

_VOWELS = frozenset("аеёиоуыэюяіў'")
_PLURAL = ("ы", "и", "ами", "ах")  # folded: ``і`` reads ``и``


def consonant_bases(tokens: Sequence[Token], labels: Sequence[str | None]) -> frozenset[str]:
    """The consonant-final words of the PERSON seeds (folded)."""
    return frozenset(
        t.norm for t, lab in zip(tokens, labels, strict=True) if lab == "PERSON" and t.norm[-1:] not in _VOWELS
    )


def plural_of(norm: str, bases: frozenset[str]) -> bool:
    """``norm`` is a plural of one of ``bases`` (``гарбузы`` of ``гарбуз``)."""
    return any(norm.endswith(e) and norm[: -len(e)] in bases for e in _PLURAL)
