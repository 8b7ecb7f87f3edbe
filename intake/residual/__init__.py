"""An independent residual-risk scanner for anonymised text (the second gate).

``scan(text, language)`` lists what still looks identifying in text that has already been pseudonymised.
It shares no code with the detectors (``intake.pseudonymise``; an import-linter contract forbids the
import), so a blind spot of the detectors is not silently repeated here. Placeholders the applier writes
(``[PERSON-07]``, ``[place]``, ``<PHONE-1>``, ``{ORG-2}``) are never hits.
"""

from intake.residual.scan import KINDS, ResidualHit, scan

__all__ = ["KINDS", "ResidualHit", "scan"]
