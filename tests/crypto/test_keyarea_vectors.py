"""Known-answer vectors for format-2 positions (tests/vectors/keyarea.json, made by tests/vectors/generate.py)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crypto.errors import SlotOpenError
from crypto.hkdf import derive_epoch_key, derive_key
from crypto.kdf import Argon2Params
from crypto.keyslot import open_split, passphrase_kek, seal_split

DOC: dict[str, Any] = json.loads((Path(__file__).parents[1] / "vectors" / "keyarea.json").read_text())


def vector_rng(seed: bytes) -> Callable[[int], bytes]:
    counter = [0]

    def rng(size: int) -> bytes:
        out = b""
        while len(out) < size:
            out += hashlib.sha256(seed + counter[0].to_bytes(8, "big")).digest()
            counter[0] += 1
        return out[:size]

    return rng


def test_slot_position_byte_for_byte() -> None:
    slot = DOC["slot"]
    kek = passphrase_kek(DOC["passphrase"], bytes(range(0x10, 0x20)), Argon2Params(t=3, m_kib=65536, p=1))
    assert kek.hex() == slot["kek"]
    _, material = seal_split(bytes.fromhex(DOC["master"]), kek, bytes.fromhex(slot["aad"]),
                             nonce=bytes.fromhex(slot["nonce"]), rng=vector_rng(b"slot"))
    assert material.hex() == slot["material"]
    assert open_split(material, kek, bytes.fromhex(slot["nonce"]), bytes.fromhex(slot["aad"])).hex() == DOC["master"]


def test_epoch_box_and_derived_keys() -> None:
    box, master, vid = DOC["epoch_box"], bytes.fromhex(DOC["master"]), bytes.fromhex(DOC["vault_id"])
    epoch = open_split(bytes.fromhex(box["material"]), bytes.fromhex(box["wrap_key"]), bytes.fromhex(box["nonce"]),
                       bytes.fromhex(box["aad"]))
    assert epoch.hex() == DOC["epoch"]
    assert derive_epoch_key(master, epoch, vid, "intake/v2/catalog").hex() == DOC["derived"]["intake/v2/catalog"]
    for label in ("intake/v2/keyarea", "intake/v2/epoch-wrap"):
        assert derive_key(master, vid, label).hex() == DOC["derived"][label]


@pytest.mark.parametrize("vector", DOC["failures"], ids=[v["name"] for v in DOC["failures"]])
def test_every_failure_is_the_opaque_error(vector: dict[str, Any]) -> None:
    slot = DOC["slot"]
    material = bytearray(bytes.fromhex(slot["material"]))
    if "flip" in vector:
        material[vector["flip"]] ^= 0x01
    nonce = bytes.fromhex(vector.get("nonce", slot["nonce"]))
    aad = bytes.fromhex(vector.get("aad", slot["aad"]))
    with pytest.raises(SlotOpenError):
        open_split(bytes(material), bytes.fromhex(slot["kek"]), nonce, aad)
