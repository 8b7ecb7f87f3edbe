"""Walkthrough round 21: a field folder made for another recipient, and Ctrl-C during 'field ingest'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crypto import agefile
from crypto.agefile import recipient_fingerprint


def _recipient() -> str:
    return agefile.generate_keypair().recipient


def test_init_on_a_folder_for_another_recipient_says_so(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old, new = _recipient(), _recipient()
    field = tmp_path / "field1"
    assert cli(["field", "init", str(field), "--recipient", old])[0] == 0
    code, _out, err = cli(["field", "init", str(field), "--recipient", new])
    assert code == 6, err
    assert "use it as it is" not in err
    fingerprints = f"({recipient_fingerprint(old)}, not {recipient_fingerprint(new)})"
    assert f"{field} is a field directory for another recipient {fingerprints}" in err
    assert "--replace-recipient" in err
    assert json.loads((field / "intake-field.json").read_text())["recipient"] == old


def test_init_same_recipient_says_use_it(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rec = _recipient()
    field = tmp_path / "field1"
    cli(["field", "init", str(field), "--recipient", rec])
    code, _out, err = cli(["field", "init", str(field), "--recipient", rec])
    assert code == 2, err
    assert "already a field directory for this recipient" in err and "use it as it is" in err


def test_replace_recipient_names_old_packages(cli, tmp_path: Path, make_media) -> None:  # type: ignore[no-untyped-def]
    old, new = _recipient(), _recipient()
    field = tmp_path / "field1"
    cli(["field", "init", str(field), "--recipient", old])
    code, _, err = cli(["field", "ingest", str(make_media("wav", seconds=0.5)), "--field", str(field),
                        "--interview", "P-1"])
    assert code == 0, err
    (pkg,) = list((field / "outbox").iterdir())
    code, out, err = cli(["field", "init", str(field), "--recipient", new, "--replace-recipient"])
    assert code == 0, err
    assert f"old recipient fingerprint: {recipient_fingerprint(old)}" in out
    assert f"vault recipient fingerprint: {recipient_fingerprint(new)}" in out
    assert "1 package(s) in the outbox were made for the old recipient" in err and pkg.name in err
    assert json.loads((field / "intake-field.json").read_text())["recipient"] == new
    assert pkg.exists()


def test_ctrl_c_during_field_ingest_is_interrupted(cli, tmp_path: Path, make_media,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    field = tmp_path / "field"
    cli(["field", "init", str(field), "--recipient", _recipient()])
    rec = make_media("wav", seconds=3)
    real = agefile.HashingReader.readinto
    calls = []

    def readinto(self, buffer):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) > 1:
            raise KeyboardInterrupt
        return real(self, buffer)

    monkeypatch.setattr(agefile.HashingReader, "readinto", readinto)
    code, _out, err = cli(["field", "ingest", str(rec), "--field", str(field), "--interview", "P-1", "--shred"])
    assert code == 130, err
    assert "intake: error: interrupted" in err and "internal error" not in err
    assert list((field / "outbox").iterdir()) == [] and rec.exists()


def test_interrupt_inside_decrypt_is_not_damage(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    kp = agefile.generate_keypair()
    sealed = agefile.encrypt_bytes(b"x" * 200_000, [kp.recipient])

    class Sink(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data):  # type: ignore[no-untyped-def]
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        agefile.decrypt_stream(io.BytesIO(sealed), Sink(), kp.identity)


def test_interrupt_while_decrypt_reads_is_not_damage() -> None:
    import io

    kp = agefile.generate_keypair()
    sealed = agefile.encrypt_bytes(b"x" * 300_000, [kp.recipient])

    class Source(io.BytesIO):
        def read(self, size: int | None = -1, /) -> bytes:
            if self.tell() > 70_000:
                raise KeyboardInterrupt
            return super().read(min(size or 0, 65536) if size and size > 0 else 65536)

    with pytest.raises(KeyboardInterrupt):
        agefile.decrypt_stream(Source(sealed), io.BytesIO(), kp.identity)
