"""Interview and interviewer codes must never spell a registered name (they become file names and the
``participant_code`` coders see). Checked at ingest, at import and again at export.

This module owns the ``entities`` table: ingest needs the registered names and cannot import
:mod:`intake.review`, so the table lives here, below it; :mod:`intake.review.store` registers and lists
entities through these functions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from intake.clock import now_utc
from intake.errors import CodeNamesEntity
from intake.pseudonymise.entities import Entity
from intake.vault.open import Vault


def registered_entities(vault: Vault) -> list[Entity]:
    """Every registered entity, in key order."""
    return [Entity.from_dict(json.loads(r[0])) for r in vault.conn.execute("SELECT doc FROM entities ORDER BY key")]


def registered_keys(vault: Vault) -> set[str]:
    return {str(r[0]) for r in vault.conn.execute("SELECT key FROM entities")}


def save_entity_in_tx(vault: Vault, entity: Entity) -> None:
    """In the caller's transaction: register (or replace) an entity."""
    vault.conn.execute("INSERT OR REPLACE INTO entities(key, label, doc, added) VALUES (?,?,?,?)",
                       (entity.key, entity.label, json.dumps(entity.to_dict(), ensure_ascii=False), now_utc()))


def refuse_named_codes(vault: Vault, codes: Iterable[str | None], entities: Sequence[Entity] | None = None) -> None:
    """Raise :class:`CodeNamesEntity` when any code contains a registered entity's form (never echoed)."""
    from intake.pseudonymise.codenames import code_names_entity

    chosen = registered_entities(vault) if entities is None else entities
    if any(code and code_names_entity(code, chosen) for code in codes):
        raise CodeNamesEntity()
