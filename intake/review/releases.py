"""The catalog side of releases (see :mod:`intake.pseudonymise.releases`): kept occurrences and export
allowances, stored encrypted with their transcript (withdrawal deletes them with it) and audited.

Residual releases (``kind='residual'``) are per occurrence too: they let one hit of the independent
residual-risk scan stay (:mod:`intake.review.residual`).

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


def _checked_occurrence(release: Release, kind: str, tid: str, segments: Sequence[str], what: str,
                        hint: str) -> int:
    """The segment of a per-occurrence release of ``kind`` for ``tid`` whose text is the raw text at its
    offsets; :class:`UsageError` otherwise."""
    if release.kind != kind or release.transcript != tid or release.start is None or release.segment is None:
        raise UsageError(f"a {what} must name this transcript, its segment and offsets")
    seg = release.segment
    if not 0 <= seg < len(segments) or segments[seg][release.start : release.end] != release.text:
        raise UsageError(f"the {what} does not match the transcript text", hint=hint)
    return seg


def save_keeps_in_tx(vault: Vault, tid: str, keeps: Iterable[Release], segments: Sequence[str]) -> int:
    """In the caller's transaction: store kept occurrences of ``tid`` (each checked against the raw text)."""
    return len([save_keep_in_tx(vault, tid, keep, segments) for keep in keeps])


def save_keep_in_tx(vault: Vault, tid: str, keep: Release, segments: Sequence[str]) -> str:
    """In the caller's transaction: store one kept occurrence (checked against the raw text); its id."""
    seg = _checked_occurrence(keep, "keep", tid, segments, "kept occurrence",
                              "review the transcript again; its text may have changed")
    rid = _insert(vault, keep, tid)
    vault.audit("release.keep", rid, transcript=tid, segment=seg, scope="occurrence")
    return rid


def delete_keep_in_tx(vault: Vault, tid: str, rid: str) -> None:
    """In the caller's transaction: take back one kept occurrence (undo in review); audited."""
    vault.conn.execute("DELETE FROM releases WHERE id=? AND transcript_id=? AND kind='keep'", (rid, tid))
    vault.audit("release.keep_undone", rid, transcript=tid)


def _load(vault: Vault, tid: str, kind: str) -> list[Release]:
    rows = vault.conn.execute('SELECT kind, text, reason, transcript_id, segment, start, "end" FROM releases'
                              " WHERE transcript_id=? AND kind=? ORDER BY created, id", (tid, kind)).fetchall()
    return [Release(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), int(r[5]), int(r[6])) for r in rows]


def load_keeps(vault: Vault, tid: str) -> list[Release]:
    """Every occurrence of ``tid`` the steward kept unmasked (raw offsets)."""
    return _load(vault, tid, "keep")


def load_residual_releases(vault: Vault, tid: str) -> list[Release]:
    """Every residual-risk hit of ``tid`` the steward released (raw offsets)."""
    return _load(vault, tid, "residual")


def save_residual_releases_in_tx(vault: Vault, tid: str, releases: Iterable[tuple[Release, str]],
                                 segments: Sequence[str]) -> int:
    """In the caller's transaction: store released residual hits (each checked against the raw text).

    ``releases`` pairs each release with the scanner's kind of hit (``digits``, ``capitalised`` ...), which
    the audit row names; the text and the reason stay in the encrypted table.
    """
    count = 0
    for release, hit_kind in releases:
        seg = _checked_occurrence(release, "residual", tid, segments, "released hit",
                                  "list the hits again with 'intake residual ID'")
        rid = _insert(vault, release, tid)
        vault.audit("release.residual", rid, transcript=tid, segment=seg, kind=hit_kind, scope="occurrence")
        count += 1
    return count


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
