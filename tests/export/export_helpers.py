"""Helpers for the export tests: small transcripts (Cyrillic, speakers, no speakers) and schema checks."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.export import ExportSegment, ExportTranscript, build_export

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
DATA = Path(__file__).resolve().parent / "data"
CREATED = datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
# The per-vault GUID key an export gets from the vault (intake.vault.keyring.export_guid_key); any 32 bytes here.
GUID_KEY = bytes(range(32))


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def project_xsd() -> Path:
    return shared_file("refi-qda", "Project-mrt2019.xsd")


def xmllint_validate(xml: bytes, xsd: Path, tmp_path: Path) -> None:
    """Validate with the xmllint command when it is installed (skip otherwise)."""
    if shutil.which("xmllint") is None:
        pytest.skip("xmllint not installed")
    doc = tmp_path / "doc.xml"
    doc.write_bytes(xml)
    result = subprocess.run(
        ["xmllint", "--noout", "--nonet", "--schema", str(xsd), str(doc)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def make_transcripts() -> list[ExportTranscript]:
    interview = ExportTranscript(
        code="P-017",
        language="be",
        segments=[
            ExportSegment(1.7, 4.0, "Добры дзень,\nяк справы?", "S1"),
            ExportSegment(5.0, 8.5, "Нармальна, дзякуй.", "S2"),
            ExportSegment(9.0, 12.0, "Брат атрымаў перадачу.", "S2"),
            ExportSegment(3725.0, 3730.0, "Канец запісу.", "S1"),
        ],
        variables={"participant_code": "R-04", "role": "relative", "year": "2021"},
    )
    plain = ExportTranscript(
        code="P-002",
        language="en",
        segments=[ExportSegment(0.0, 2.0, "No speakers here."), ExportSegment(2.0, 4.0, "Second line.")],
        variables={"role": "activist"},
    )
    return [interview, plain]


def build(**overrides: object) -> dict[str, bytes]:
    args: dict[str, object] = {
        "formats": {"txt", "docx", "qdpx"},
        "codebook": "dolowitz-marsh",
        "policy_preset": "strict",
        "tool_version": "0.1.0",
        "created": CREATED,
        "guid_key": GUID_KEY,
    }
    args.update(overrides)
    transcripts = args.pop("transcripts", make_transcripts())
    return build_export(transcripts, **args)  # type: ignore[arg-type]
