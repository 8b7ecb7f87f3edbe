"""The catalog side of releases (see :mod:`intake.pseudonymise.releases`): kept occurrences and export
allowances, stored encrypted with their transcript (withdrawal deletes them with it) and audited.

Audit rows name the release id, the transcript, the segment, the scope and the number of hits waived;
never the text or the reason (both stay in the encrypted ``releases`` table).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from intake.clock import now_utc
from intake.errors import UsageError
from intake.pseudonymise.releases import Release
from intake.vault.open import Vault


def _insert(vault: Vault, release: Release, tid: str, *, export_id: str | None = None, hits: int = 0) -> str:
    rid = os.urandom(6).hex()
    vault.conn.execute(
        'INSERT INTO releases(id, transcript_id, kind, segment, start, "end", text, reason, export_id, hits, created)'
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (rid, tid, release.kind, release.segment, release.start, release.end, release.text, release.reason,
         export_id, hits, now_utc()))
    return rid


def save_keeps_in_tx(vault: Vault, tid: str, keeps: Iterable[Release], segments: Sequence[str]) -> int:
    """In the caller's transaction: store kept occurrences of ``tid`` (each checked against the raw text)."""
    count = 0
    for keep in keeps:
        if keep.kind != "keep" or keep.transcript != tid or keep.start is None or keep.segment is None:
            raise UsageError("a kept occurrence must name this transcript, its segment and offsets")
        seg = keep.segment
        if not 0 <= seg < len(segments) or segments[seg][keep.start : keep.end] != keep.text:
            raise UsageError("the kept occurrence does not match the transcript text",
                             hint="review the transcript again; its text may have changed")
        rid = _insert(vault, keep, tid)
        vault.audit("release.keep", rid, transcript=tid, segment=seg, scope="occurrence")
        count += 1
    return count


def load_keeps(vault: Vault, tid: str) -> list[Release]:
    """Every occurrence of ``tid`` the steward kept unmasked (raw offsets)."""
    rows = vault.conn.execute('SELECT kind, text, reason, transcript_id, segment, start, "end" FROM releases'
                              " WHERE transcript_id=? AND kind='keep' ORDER BY created, id", (tid,)).fetchall()
    return [Release(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), int(r[5]), int(r[6])) for r in rows]


def record_allowances_in_tx(vault: Vault, export_id: str, allowances: Sequence[Release],
                            used: dict[tuple[int, str], int]) -> int:
    """In the export's transaction: one row and one audit row per allowance and transcript it waived hits in.

    ``used`` maps (allowance index, transcript id) to the number of hits waived; an allowance that waived
    nothing gets one audit row with ``hits=0``. Returns the number of hits waived in all.
    """
    for index, allowance in enumerate(allowances):
        per = {tid: n for (i, tid), n in used.items() if i == index and n}
        if not per:
            vault.audit("release.allow", "", export=export_id, scope=allowance.scope, hits=0)
        for tid, hits in sorted(per.items()):
            rid = _insert(vault, allowance, tid, export_id=export_id, hits=hits)
            vault.audit("release.allow", rid, export=export_id, transcript=tid, segment=allowance.segment,
                        scope=allowance.scope, hits=hits)
    return sum(used.values())
