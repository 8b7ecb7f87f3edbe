"""Pseudonymisation: detect -> plan -> apply over plain :class:`Span` data.

Detection (``detect``) is stateless and knows nothing of vaults; planning maps spans to corpus-wide
pseudonyms through a registry; applying produces anonymised text. Heavy models (Natasha, pymorphy3)
load lazily on first use.
"""

# Bound after the submodule import on purpose: ``intake.pseudonymise.detect`` is the function, not the module.
from intake.pseudonymise.detect import detect
from intake.pseudonymise.spans import LABELS, Span

__all__ = ["LABELS", "Span", "detect"]
