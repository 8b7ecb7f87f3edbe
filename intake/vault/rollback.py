"""``intake audit accept-rollback``: make a knowingly restored older catalog.db the vault's catalog, audited.

Every unlock refuses a catalog whose audit log lacks the row the key area anchors (docs/format.md §3.3), and
closing never moves the anchor onto such a log. This is the one way out, for a steward who restored an old
backup on purpose. Steps, each one commit:

1. under the key area's lock: the area is still authenticated and anchors what the unlock saw, the catalog
   still lacks the anchored row, and its own chain is intact (a tampered log is not accepted);
2. commit the audit row ``audit.rollback_accepted`` (anchored seq, the catalog's head seq, forked; no names);
3. commit the anchor at that row.

A kill before step 2 changes nothing; between 2 and 3 the catalog is still refused (its log still lacks the
anchored row) and running the command again appends a second row and anchors it.
"""

from __future__ import annotations

from dataclasses import replace

from intake.errors import AuditBroken, DamagedError
from intake.vault import audit
from intake.vault.areaheader import AreaHeader, AuditAnchor
from intake.vault.audit import Rollback
from intake.vault.catalog import meta_get, transaction
from intake.vault.keyarea import KeyArea
from intake.vault.open import Vault

ACTION = "audit.rollback_accepted"


def accept_rollback(vault: Vault) -> Rollback | None:
    """Record and accept the rollback found at unlock; None when there is none (nothing changes)."""
    if vault.rollback is None:
        return None
    with KeyArea.open(vault.path, write=True) as area:
        found = _check(vault, area.header)
        with transaction(vault.conn) as conn:  # step 2
            audit.append(conn, vault.keys.audit, vault.slot_id, ACTION, "",
                         {"anchored_seq": found.anchored_seq, "head_seq": found.head_seq, "forked": found.forked})
        seq, row_hash = str(meta_get(vault.conn, "audit_head")).split(":", 1)
        vault.area = commit_anchor(area, replace(area.header, audit=AuditAnchor(int(seq), row_hash)),
                                   vault.keys.area_mac)
    vault.rollback = None
    return found


def _check(vault: Vault, header: AreaHeader) -> Rollback:
    """Step 1."""
    if not header.mac_ok(vault.keys.area_mac) or header.audit != vault.area.audit:
        raise DamagedError("the key area changed while the vault was open", hint="run the command again")
    found = audit.rollback_from(vault.conn, header.audit)
    if found is None:
        raise DamagedError("the catalog changed while the vault was open", hint="run the command again")
    chain = audit.verify(vault.conn, vault.keys.audit)  # its own chain, without the anchor it lacks
    if not chain.ok:
        raise AuditBroken(f"refusing to accept this catalog: its own audit log is broken ({chain.problem})",
                          hint="restore another copy of catalog.db; 'intake audit verify' shows where")
    return found


def commit_anchor(area: KeyArea, header: AreaHeader, mac_key: bytes) -> AreaHeader:
    """Step 3 (a seam for the kill test)."""
    return area.commit(header, mac_key)
