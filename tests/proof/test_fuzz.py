"""Fuzzing of untrusted input: vault.json and random bytes offered as recordings.

Only clean errors, never a traceback, a hang or a partial write. (Review sheets, codebooks and field
packages are fuzzed next to their parsers: tests/pseudonymise/test_plan_sheet.py,
tests/export/test_codebook.py, tests/field/test_field_tamper.py.)
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.errors import DamagedError
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.vault.header import parse_header

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(doc=json_values)
def test_random_json_headers_are_clean_errors(doc: object) -> None:
    try:
        parse_header(json.dumps(doc).encode())
    except DamagedError:
        return
    raise AssertionError("a random document was accepted as a vault header")


def _valid_header(vault_dir: Path) -> bytes:
    return (vault_dir / "vault.json").read_bytes()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_headers_parse_or_fail_cleanly(vault_dir: Path, data: st.DataObject) -> None:
    raw = bytearray(_valid_header(vault_dir))
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, len(raw) - 1))
        raw[index] = data.draw(st.integers(0, 255))
    try:
        header = parse_header(bytes(raw))
    except DamagedError as exc:
        assert "Traceback" not in str(exc)
        return
    assert len(header.vault_id) == 16 and header.recipient.startswith("age1")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blob=st.binary(min_size=1, max_size=4096), suffix=st.sampled_from([".wav", ".mp3", ".m4a", ".ogg", ".bin"]))
def test_random_bytes_as_recordings_fail_cleanly(vault, tmp_path: Path, blob: bytes, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"random{suffix}"
    path.write_bytes(blob)
    result = ingest_file(vault, path, IngestOptions(interview="F-1"))
    assert result.status in ("failed", "ingested", "duplicate")
    if result.status == "failed":
        assert result.message and "Traceback" not in result.message
    assert not list(vault.tmp.iterdir())  # no partial write


def test_random_bytes_via_cli_exit_code_and_message(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.m4a"
    junk.write_bytes(bytes(range(256)) * 40)
    env = {"INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": "correct horse battery staple"}
    code, out, err = cli(["ingest", str(junk), "--interview", "F-2"], env=env)
    assert code == 7
    assert "FAILED" in out and "not a readable audio or video file" in out
    assert err.splitlines()[-2].startswith("intake: error:") and "Traceback" not in err
