"""``manifest.json`` and the coders' ``README.txt``.

The manifest lists every other file of the bundle with its SHA-256 and size, the tool version, the
policy preset, counts and the export date. It holds nothing that identifies a person, a machine or a
user name; keys are sorted so it is byte-for-byte reproducible.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

MANIFEST = "manifest.json"
README = "README.txt"
MANIFEST_FORMAT = "intake-export/1"

_README = """\
Anonymised interview transcripts exported by Intake {tool_version} on {date}.
Policy preset: {policy_preset}. Interviews: {interviews}. Files are named by pseudonymous interview code.
manifest.json lists every file with its SHA-256 checksum.

Contents
{contents}

Menu names differ between versions; look for "REFI-QDA", "QDPX" or "QDC" in the import menus.

MAXQDA
  - Transcripts: Import > Transcripts (with timestamps), choose the files in txt/; the [HH:MM:SS]
    marks become timestamps. Or Import > Texts for the files in docx/.
  - Whole project: Home > Open Project, file type "REFI-QDA Project (*.qdpx)", choose
    refi-qda/interviews.qdpx.
  - Codebook only: in the Codes menu, import a "REFI-QDA Codebook (*.qdc)": refi-qda/codebook.qdc.

ATLAS.ti
  - Whole project: File > New > Import Project, choose "REFI-QDA Project" and refi-qda/interviews.qdpx.
  - Documents only: Home > Add Documents, choose files in docx/ or txt/.
  - Codebook only: import a REFI-QDA codebook (.qdc) in the Code Manager: refi-qda/codebook.qdc.

NVivo
  - Whole project: File > Open > Browse, set the file type to "REFI-QDA Project (*.qdpx, *.qde)",
    choose refi-qda/interviews.qdpx, then Convert. Interviews become cases with their variables.
  - Documents only: Import > Files, choose files in docx/ (preferred) or txt/.
  - Codebook only: Import > Codebook, choose refi-qda/codebook.qdc.

In the .qdpx project each speaker turn is coded with a code under "Speakers" (S1, S2, ...).
Text files are UTF-8 with Windows (CRLF) line endings; do not re-save them with another encoding or
line ending before import, or coded positions shift.
Keep these files only on encrypted storage, and delete them when coding is finished.
"""

_CONTENTS = {
    "txt": "  txt/        one timestamped transcript per interview (.txt)",
    "docx": "  docx/       the same transcripts as Word documents (.docx)",
    "qdpx": "  refi-qda/interviews.qdpx   REFI-QDA project: all transcripts, cases, variables, codes",
    "qdc": "  refi-qda/codebook.qdc      REFI-QDA codebook (starter codes)",
}


def render_readme(
    *, tool_version: str, policy_preset: str, created: datetime, interviews: int, parts: list[str]
) -> bytes:
    """The coders' README (CRLF, so it opens cleanly in Notepad)."""
    contents = "\n".join(_CONTENTS[p] for p in parts)
    text = _README.format(
        tool_version=tool_version,
        date=created.strftime("%Y-%m-%d"),
        policy_preset=policy_preset,
        interviews=interviews,
        contents=contents,
    )
    return text.replace("\n", "\r\n").encode("utf-8")


def render_manifest(
    files: dict[str, bytes],
    *,
    tool_version: str,
    policy_preset: str,
    created: datetime,
    counts: dict[str, int],
    formats: list[str],
    codebook: str | None,
) -> bytes:
    """The manifest over ``files`` (which must not include the manifest itself)."""
    listing = [
        {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
        for name, data in sorted(files.items())
    ]
    document = {
        "format": MANIFEST_FORMAT,
        "tool": "intake",
        "tool_version": tool_version,
        "policy_preset": policy_preset,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "formats": formats,
        "codebook": codebook,
        "counts": counts,
        "files": listing,
    }
    return (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
