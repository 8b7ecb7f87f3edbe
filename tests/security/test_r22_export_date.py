"""Review round 22, finding 5: every date in an export is the export date at midnight UTC.

Before, manifest.json, the docx core properties, the REFI-QDA project and the README carried the newest
anonymised version's timestamp to the second: when the steward worked on the interview. docs/export-formats.md
says created = modified = the export date; now that holds, with no time of day.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from gate_helpers import pseudonymised

from intake import clock
from intake.review.release import ExportRequest, export
from intake.review.workflow import approve

WORKED = datetime(2024, 11, 5, 14, 22, 9, tzinfo=UTC)
EXPORTED = datetime(2025, 3, 1, 9, 30, 17, tzinfo=UTC)


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _stamps(files: dict[str, bytes]) -> set[str]:
    """Every ISO date-time in the bundle, inside the zip containers too."""
    texts = []
    for name, data in files.items():
        if name.endswith((".docx", ".qdpx")):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                texts += [z.read(n).decode("utf-8", "replace") for n in z.namelist() if not n.endswith(".txt")]
        else:
            texts.append(data.decode("utf-8-sig", "replace"))
    return {m for t in texts for m in re.findall(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ?", t)}


def test_r22_every_export_date_is_the_export_day_at_midnight_utc(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with clock.fixed(WORKED):
        tid = pseudonymised(vault, make_media, ["Thank you for coming today.", "We talked."], 2230, language="en")
        approve(vault, tid, accept_rest=True)
    with clock.fixed(EXPORTED):
        record = export(vault, ExportRequest(to=tmp_path / "o", all_approved=True,
                                             formats=frozenset({"txt", "docx", "qdpx"}), codebook="dolowitz-marsh"))
    files = _files(Path(record.destination))
    assert json.loads(files["manifest.json"])["created"] == "2025-03-01T00:00:00Z"
    assert "on 2025-03-01" in files["README.txt"].decode("utf-8-sig")
    assert _stamps(files) == {"2025-03-01T00:00:00Z"}
    assert record.created == "2025-03-01T09:30:17Z"  # the vault's own record keeps the time (it stays inside)
