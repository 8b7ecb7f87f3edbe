"""Generate tests/vectors/keyslot.json: known-answer vectors for key slots and derived keys.

Run: .venv/bin/python tests/vectors/generate.py   (deterministic: fixed salt, nonce, ids and master key)
Also writes tests/vectors/keyarea.json: format-2 positions (docs/format.md §3.2, §4): a passphrase slot and an
epoch box split into 170 stripes with a deterministic stripe generator, the derived keys, and one failure
class per vector (a flipped byte in a stripe, the last stripe, the nonce, the AAD's kind or KDF cost).
Each vector tests one thing: 'success' opens to the given master key; every failure vector must give the
single opaque error. Source of truth for the derivations: docs/format.md sections 3 and 4.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from crypto.hkdf import derive_key
from crypto.kdf import Argon2Params
from crypto.keyslot import passphrase_kek, seal_slot

HERE = Path(__file__).parent
PASS = "correct horse battery staple"
VAULT_ID = bytes(range(16))
MASTER = bytes(range(31, -1, -1))
SLOT_ID = "0011223344556677"
SALT = bytes(range(0x10, 0x20))
NONCE = bytes(range(0x20, 0x2C))
PARAMS = Argon2Params(t=3, m_kib=65536, p=1)


def _flip(b64: str, index: int) -> str:
    raw = bytearray(base64.b64decode(b64))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def main() -> None:
    kek = passphrase_kek(PASS, SALT, PARAMS)
    slot = seal_slot(MASTER, kek, VAULT_ID, params=PARAMS, salt=SALT, slot_id=SLOT_ID, nonce=NONCE).to_dict()
    base = {"passphrase": PASS, "vault_id": VAULT_ID.hex(), "slot": slot}
    bad_salt = {**slot, "kdf": {**slot["kdf"], "salt": _flip(slot["kdf"]["salt"], 3)}}
    vectors = [
        {"name": "success", "expect": "ok", "master": MASTER.hex(), "kek": kek.hex(), **base},
        {"name": "wrong passphrase", "expect": "opaque error", **base, "passphrase": PASS + "!"},
        {"name": "tag", "expect": "opaque error", **base, "slot": {**slot, "sealed": _flip(slot["sealed"], 47)}},
        {"name": "ciphertext", "expect": "opaque error", **base, "slot": {**slot, "sealed": _flip(slot["sealed"], 0)}},
        {"name": "nonce", "expect": "opaque error", **base, "slot": {**slot, "nonce": _flip(slot["nonce"], 5)}},
        {"name": "aad: vault id", "expect": "opaque error", **base, "vault_id": bytes(range(1, 17)).hex()},
        {"name": "aad: slot id", "expect": "opaque error", **base, "slot": {**slot, "id": "0011223344556678"}},
        {"name": "salt", "expect": "opaque error", **base, "slot": bad_salt},
    ]
    derived = {label: derive_key(MASTER, VAULT_ID, label).hex()
               for label in ("intake/v1/catalog", "intake/v1/audit", "intake/v1/pseudonym")}
    doc = {"source": "tests/vectors/generate.py (docs/format.md §3-4)", "master": MASTER.hex(),
           "vault_id": VAULT_ID.hex(), "vectors": vectors, "derived": derived}
    (HERE / "keyslot.json").write_text(json.dumps(doc, indent=2) + "\n")


def vector_rng(seed: bytes):  # type: ignore[no-untyped-def]
    """Deterministic stripes for the vectors: SHA-256(seed || counter) blocks (tests use the same function)."""
    import hashlib

    state = {"n": 0}

    def rng(size: int) -> bytes:
        out = b""
        while len(out) < size:
            out += hashlib.sha256(seed + state["n"].to_bytes(8, "big")).digest()
            state["n"] += 1
        return out[:size]

    return rng


def keyarea() -> None:
    from crypto.hkdf import derive_epoch_key
    from crypto.keyslot import epoch_aad, seal_split, slot_aad

    epoch = bytes(range(0x40, 0x60))
    kdf_json = json.dumps({"alg": "argon2id", "version": 19, "t": 3, "m_kib": 65536, "p": 1,
                          "salt": base64.b64encode(SALT).decode()}, sort_keys=True, separators=(",", ":")).encode()
    kek = passphrase_kek(PASS, SALT, PARAMS)
    aad = slot_aad(VAULT_ID, SLOT_ID, "passphrase", kdf_json)
    _, material = seal_split(MASTER, kek, aad, nonce=NONCE, rng=vector_rng(b"slot"))
    wrap = derive_key(MASTER, VAULT_ID, "intake/v2/epoch-wrap")
    eaad = epoch_aad(VAULT_ID, "8899aabbccddeeff")
    _, ematerial = seal_split(epoch, wrap, eaad, nonce=NONCE, rng=vector_rng(b"epoch"))
    failures = [
        {"name": "stripe 0", "flip": 0}, {"name": "middle stripe", "flip": 4000},
        {"name": "last stripe (holds the box)", "flip": 8159},
    ]
    doc = {
        "source": "tests/vectors/generate.py (docs/format.md §3.2, §4)",
        "passphrase": PASS, "vault_id": VAULT_ID.hex(), "master": MASTER.hex(), "epoch": epoch.hex(),
        "slot": {"id": SLOT_ID, "kind": "passphrase", "kdf_json": kdf_json.decode(), "nonce": NONCE.hex(),
                 "kek": kek.hex(), "aad": aad.hex(), "material": material.hex(), "rng_seed": "slot"},
        "epoch_box": {"id": "8899aabbccddeeff", "nonce": NONCE.hex(), "wrap_key": wrap.hex(), "aad": eaad.hex(),
                      "material": ematerial.hex(), "rng_seed": "epoch"},
        "derived": {"intake/v2/catalog": derive_epoch_key(MASTER, epoch, VAULT_ID, "intake/v2/catalog").hex(),
                    "intake/v2/keyarea": derive_key(MASTER, VAULT_ID, "intake/v2/keyarea").hex(),
                    "intake/v2/epoch-wrap": wrap.hex()},
        "failures": [
            *failures,
            {"name": "nonce", "nonce": bytes(range(0x21, 0x2D)).hex()},
            {"name": "aad: kind", "aad": slot_aad(VAULT_ID, SLOT_ID, "recovery", kdf_json).hex()},
            {"name": "aad: KDF cost", "aad": slot_aad(VAULT_ID, SLOT_ID, "passphrase",
                                                      kdf_json.replace(b'"t":3', b'"t":4')).hex()},
        ],
    }
    (HERE / "keyarea.json").write_text(json.dumps(doc, indent=2) + "\n")


if __name__ == "__main__":
    main()
    keyarea()
