"""``manifest.json`` and the coders' ``README.txt``.

The manifest lists every other file of the bundle with its SHA-256 and size, the tool version, the
policy preset, counts and the export date. It holds nothing that identifies a person, a machine or a
user name; keys are sorted so it is byte-for-byte reproducible.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from intake.export.model import UNKNOWN_SPEAKER

MANIFEST = "manifest.json"
README = "README.txt"
MANIFEST_FORMAT = "intake-export/1"

_README = """\
Anonymised interview transcripts exported by Intake {tool_version} on {date}.
Policy preset: {policy_preset}. {counts} Files are named by pseudonymous interview code.
manifest.json lists every file with its SHA-256 checksum.

Contents
{contents}
{parts}
Speakers
{speakers}

Menu names differ between versions; look for "REFI-QDA", "QDPX" or "QDC" in the import menus.

MAXQDA
  - Transcripts: Import > Transcripts, "Transcript with timestamps", choose the files in maxqda/ (or txt/);
    the [HH:MM:SS] marks become timestamps. MAXQDA then asks for the media file: no audio is exported,
    so import the files as texts (Import > Texts) if you have no recording. Or import the files in docx/.
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

Taguette and spreadsheets
  - Documents: import the files in docx/ or txt/.
  - Codebook: "Import codebook" in the project, choose codebook.csv (columns tag, description, parent, codable;
    a sub-code's tag is its whole path, "Parent / Child").

Text files are UTF-8; do not re-save them with another encoding before import.
Keep these files only on encrypted storage, and delete them when coding is finished.
"""

_CONTENTS = {
    "txt": "  txt/        one timestamped transcript per file (.txt)",
    "maxqda-txt": "  maxqda/     the same transcripts in MAXQDA's timestamped layout (.txt)",
    "docx": "  docx/       the same transcripts as Word documents (.docx)",
    "qdpx": "  refi-qda/interviews.qdpx   REFI-QDA project: all transcripts, cases, variables, codes",
    "qdc": "  refi-qda/codebook.qdc      REFI-QDA codebook (starter codes)",
    "csv": "  codebook.csv               the same codebook as CSV (Taguette, spreadsheets)",
}


@dataclass(frozen=True)
class ReadmeFacts:
    """What the README says about the transcripts: counts, parts of interviews, speaker labels."""

    transcripts: int
    parts: dict[str, list[str]]  # interview code -> its transcripts' codes, only for interviews in parts
    speakers: list[str]  # every speaker label used, sorted
    unknown_speakers: bool  # some segment of a transcript with speakers has no speaker
    without_speakers: int  # transcripts with no speaker labels at all


def _counts_line(facts: ReadmeFacts) -> str:
    interviews = facts.transcripts - sum(len(codes) - 1 for codes in facts.parts.values())
    if interviews == facts.transcripts:
        return f"Interviews: {interviews}, one transcript each."
    return f"Interviews: {interviews}, in {facts.transcripts} transcripts (some interviews have several parts)."


def _parts_text(facts: ReadmeFacts) -> str:
    if not facts.parts:
        return ""
    lines = ["", "Interviews in several parts (one transcript file per part, in recording order):"]
    lines += [f"  {code}: {', '.join(codes)}" for code, codes in sorted(facts.parts.items())]
    return "\n".join(lines) + "\n"


def _speakers_text(facts: ReadmeFacts) -> str:
    if not facts.speakers:
        return "  No speaker labels: the transcripts are not divided by speaker."
    lines = [
        f"  Speaker labels used: {', '.join(facts.speakers)}.",
        "  Each turn starts with a line 'LABEL:'. In the .qdpx project each turn is coded with the label's",
        '  code under "Speakers".',
    ]
    if facts.unknown_speakers:
        lines.append(f"  Turns whose speaker is not known start with '{UNKNOWN_SPEAKER}:' and are not coded.")
    if facts.without_speakers:
        lines.append(f"  {facts.without_speakers} transcript(s) have no speaker labels at all.")
    return "\n".join(lines)


def render_readme(
    *, tool_version: str, policy_preset: str, created: datetime, facts: ReadmeFacts, parts: list[str]
) -> bytes:
    """The coders' README (CRLF, so it opens cleanly in Notepad)."""
    text = _README.format(
        tool_version=tool_version,
        date=created.strftime("%Y-%m-%d"),
        policy_preset=policy_preset,
        counts=_counts_line(facts),
        contents="\n".join(_CONTENTS[p] for p in parts),
        parts=_parts_text(facts),
        speakers=_speakers_text(facts),
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
