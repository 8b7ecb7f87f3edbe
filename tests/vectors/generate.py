"""Generate tests/vectors/keyslot.json: known-answer vectors for key slots and derived keys.

Run: .venv/bin/python tests/vectors/generate.py   (deterministic: fixed salt, nonce, ids and master key)
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


if __name__ == "__main__":
    main()
