"""Pseudonymisation: detect -> plan -> apply over plain :class:`Span` data.

Detection (``detect``) is stateless and knows nothing of vaults; planning maps spans to corpus-wide
pseudonyms through a registry; applying produces anonymised text. Heavy models (Natasha, pymorphy3)
load lazily on first use.
"""

from intake.pseudonymise.spans import LABELS, Span


def detect(text: str, language: str) -> list[Span]:
    """Every identifying span in ``text`` (language ``ru``, ``be`` or ``en``), sorted, non-overlapping."""
    from intake.pseudonymise.detect import detect as _detect

    return _detect(text, language)


__all__ = ["LABELS", "Span", "detect"]
