"""Interview and interviewer codes must never spell a registered name (they become file names and the
``participant_code`` coders see). Checked at ingest, at import and again at export.

This module is the one reader of the ``entities`` table below the review layer (ingest cannot import
:mod:`intake.review`); :func:`intake.review.store.list_entities` uses it too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from intake.errors import CodeNamesEntity
from intake.pseudonymise.entities import Entity
from intake.vault.open import Vault


def registered_entities(vault: Vault) -> list[Entity]:
    """Every registered entity, in key order."""
    return [Entity.from_dict(json.loads(r[0])) for r in vault.conn.execute("SELECT doc FROM entities ORDER BY key")]


def refuse_named_codes(vault: Vault, codes: Iterable[str | None], entities: Sequence[Entity] | None = None) -> None:
    """Raise :class:`CodeNamesEntity` when any code contains a registered entity's form (never echoed)."""
    from intake.pseudonymise.codenames import code_names_entity

    chosen = registered_entities(vault) if entities is None else entities
    if any(code and code_names_entity(code, chosen) for code in codes):
        raise CodeNamesEntity()
