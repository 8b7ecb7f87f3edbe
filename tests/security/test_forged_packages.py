"""Low finding "forged field packages": anyone with the vault's public recipient can write a package.

Each forged package here is made with the real writer (:func:`write_package`) and the public recipient
only. Every metadata member is checked for type and range, the member set is exact, a bad package fails
alone while the others of the batch are imported, and nothing from a package reaches the terminal raw.
"""

from __future__ import annotations

import io
import json
import math
import os
import struct
from pathlib import Path
from typing import Any

import pytest

from crypto import agefile
from intake.field.importer import import_package, import_packages
from intake.field.package import MAGIC, write_package
from intake.ingest.recordings import list_recordings

REMOVE = object()


def _meta(sha_: str, size_: int, vault_id: str | None, overrides: dict[str, Any]) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "v": 1, "vault_id": vault_id, "interview": "P-1", "language": "be", "interviewer": None,
        "original_name": None, "sha256": sha_, "size": size_, "container": "wav", "codec": "pcm_s16le",
        "duration": 1.0, "channels": 1, "sample_rate": 16000, "created": "2024-05-01T10:00:00Z",
    }
    doc.update(overrides)
    return {k: v for k, v in doc.items() if v is not REMOVE}


def forge(folder: Path, recipient: str, name: str = "", vault_id: str | None = None, **overrides: Any) -> Path:
    """A package for ``recipient`` with metadata changed by ``overrides`` (``REMOVE`` drops a member)."""
    folder.mkdir(exist_ok=True)
    path = folder / (name or os.urandom(8).hex() + ".intake")
    content = os.urandom(4096)  # distinct content: never a duplicate of another forged package
    with open(path, "wb") as dst:
        write_package(dst, io.BytesIO(content), recipient, agefile.generate_keypair(),
                      lambda sha, size: _meta(sha, size, vault_id, overrides))
    return path


BAD_MEMBERS = [
    ("channels", 2**70), ("channels", True), ("channels", -1), ("channels", 1.5), ("channels", 65),
    ("duration", math.inf), ("duration", -math.inf), ("duration", math.nan), ("duration", -1.0),
    ("duration", True), ("duration", "1"), ("sample_rate", 2**70), ("sample_rate", False), ("size", True),
    ("v", True), ("v", 2), ("language", "xx"), ("interview", "../P"), ("interview", "Ivanova\x1b[2J"),
    ("interviewer", 7), ("original_name", "a/b"), ("original_name", "x" * 256), ("original_name", ""),
    ("container", "\x1b[2J"), ("codec", 5), ("codec", "x" * 65), ("created", 7), ("created", "yesterday"),
    ("vault_id", "zz"), ("sha256", "A" * 64), ("extra", "unknown member"), ("created", REMOVE),
    ("interviewer", REMOVE),
]


@pytest.mark.parametrize(("member", "value"), BAD_MEMBERS, ids=[f"{m}={v!r}"[:40] for m, v in BAD_MEMBERS])
def test_each_bad_member_fails_that_package_alone(vault, tmp_path: Path, member: str, value: Any) -> None:  # type: ignore[no-untyped-def]
    recipient = vault.header.recipient
    good1, good2 = forge(tmp_path / "in", recipient), forge(tmp_path / "in", recipient)
    bad = forge(tmp_path / "in", recipient, **{member: value})
    report = import_packages(vault, [good1, bad, good2])
    assert [r.status for r in report.results] == ["imported", "failed", "imported"], report.results[1].message
    assert report.results[1].message.startswith(f"{bad.name}: the package")
    assert len(list_recordings(vault)) == 2
    assert not list(vault.tmp.iterdir())


def test_duplicate_members_and_nan_tokens_are_malformed(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """JSON with a member twice, or ``Infinity`` / ``NaN`` written literally, is not the documented JSON."""
    recipient = vault.header.recipient
    path = forge(tmp_path / "in", recipient)
    raw = path.read_bytes()
    for text in ('{"v":1,"v":1}', '{"duration":Infinity}', '{"duration":NaN}'):
        assert _reseal_meta(vault, raw, text.encode(), tmp_path / "x.intake").status == "failed"


def _reseal_meta(vault, raw: bytes, meta: bytes, out: Path):  # type: ignore[no-untyped-def]
    """Swap the sealed metadata of a written package (public recipient only) and fix the public digest."""
    import hashlib

    meta_len = struct.unpack(">I", raw[-36:-32])[0]
    body = raw[: len(raw) - 36 - meta_len] + (sealed := agefile.encrypt_bytes(meta, [vault.header.recipient]))
    body += struct.pack(">I", len(sealed))
    out.write_bytes(body + hashlib.sha256(body).digest())
    assert out.read_bytes().startswith(MAGIC)
    return import_package(vault, out)


def test_duration_over_the_cap_is_refused_before_storing(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    recipient = vault.header.recipient
    long = forge(tmp_path / "in", recipient, duration=12 * 3600 + 1.0)
    result = import_package(vault, long)
    assert result.status == "failed"
    assert "more than the cap of 12 h" in result.message
    assert list_recordings(vault) == [] and not list(vault.blobs.iterdir())
    assert import_package(vault, long, max_duration=13 * 3600).status == "imported"


def test_cli_batch_goes_on_and_prints_no_escape_sequences(vault_dir: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    from intake.vault.header import read_header

    recipient = read_header(vault_dir).recipient
    folder = tmp_path / "in"
    forge(folder, recipient, name="a.intake", original_name="rec\x1b]0;pwned\x07\u202eevil.m4a")
    forge(folder, recipient, name="b\x1b[2J.intake", channels=2**70)
    forge(folder, recipient, name="c.intake")
    env = {"INTAKE_PASSPHRASE": "correct horse battery staple"}
    code, out, err = cli(["--vault", str(vault_dir), "import", str(folder)], env=env)
    assert code == 7, err
    assert "2 imported, 0 duplicate, 1 failed" in out
    assert "FAILED     b?[2J.intake: the package's metadata has an invalid 'channels'" in out
    code, shown, err = cli(["--vault", str(vault_dir), "recordings", "list", "--json"], env=env)
    names = [r["original_name"] for r in json.loads(shown)]
    assert "rec\x1b]0;pwned\x07\u202eevil.m4a" in names  # stored as sealed; JSON carries it escaped
    assert "\\u202e" in shown
    rec_id = next(r["id"] for r in json.loads(shown) if r["original_name"])
    code, shown, err = cli(["--vault", str(vault_dir), "recordings", "show", rec_id], env=env)
    assert code == 0
    assert "original_name  rec?]0;pwned??evil.m4a" in shown
    for text in (out, shown, err):
        assert not any(c in text for c in "\x1b\x07\u202e\x9b")


def test_header_members_are_exact(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = forge(tmp_path / "in", vault.header.recipient)
    raw = path.read_bytes()
    header_len = struct.unpack(">H", raw[len(MAGIC):len(MAGIC) + 2])[0]
    header = json.loads(raw[len(MAGIC) + 2:len(MAGIC) + 2 + header_len])
    for changed in ({**header, "v": True}, {**header, "x": 1}):
        text = json.dumps(changed, separators=(",", ":")).encode()
        rest = raw[len(MAGIC) + 2 + header_len:]
        body = MAGIC + struct.pack(">H", len(text)) + text + rest[:-32]
        import hashlib

        (tmp_path / "h.intake").write_bytes(body + hashlib.sha256(body).digest())
        result = import_package(vault, tmp_path / "h.intake")
        assert result.status == "failed" and "header" in result.message
