"""Known-answer tests: RFC 9106 through our Argon2id wrapper; key slots and derived keys from data files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from crypto.errors import FormatError, KdfLibraryError, KdfParamsError, SlotOpenError
from crypto.hkdf import derive_key
from crypto.kdf import Argon2Params, KdfPolicy, argon2id
from crypto.keyslot import KeySlot, open_passphrase_slot, passphrase_kek, seal_passphrase_slot

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
KEYSLOT = json.loads((VECTORS / "keyslot.json").read_text())


def test_rfc9106_argon2id_vector() -> None:
    v = json.loads((VECTORS / "argon2id-rfc9106.json").read_text())
    tag = argon2id(bytes.fromhex(v["password"]), bytes.fromhex(v["salt"]), Argon2Params(v["t"], v["m_kib"], v["p"]),
                   key=bytes.fromhex(v["secret"]), ad=bytes.fromhex(v["associated_data"]))
    assert tag.hex() == v["tag"]


@pytest.mark.parametrize("vector", KEYSLOT["vectors"], ids=lambda v: v["name"])
def test_keyslot_vector(vector: dict) -> None:
    slot = KeySlot.from_dict(vector["slot"])
    vault_id = bytes.fromhex(vector["vault_id"])
    if vector["expect"] == "ok":
        assert passphrase_kek(vector["passphrase"], slot.salt, slot.params).hex() == vector["kek"]
        assert open_passphrase_slot(slot, vector["passphrase"], vault_id).hex() == vector["master"]
    else:
        with pytest.raises(SlotOpenError) as info:
            open_passphrase_slot(slot, vector["passphrase"], vault_id)
        assert str(info.value) == "wrong passphrase or damaged key slot"


@pytest.mark.parametrize("label", sorted(KEYSLOT["derived"]))
def test_derived_key_vectors(label: str) -> None:
    master, vault_id = bytes.fromhex(KEYSLOT["master"]), bytes.fromhex(KEYSLOT["vault_id"])
    assert derive_key(master, vault_id, label).hex() == KEYSLOT["derived"][label]


def test_derived_keys_differ_per_label() -> None:
    assert len(set(KEYSLOT["derived"].values())) == len(KEYSLOT["derived"])


@pytest.mark.parametrize(("field", "value"), [("t", 21), ("t", 0), ("m_kib", 4 * 1024 * 1024 + 1), ("p", 17),
                                              ("m_kib", "big"), ("t", True)])
def test_kdf_caps_refuse_crafted_parameters(field: str, value: object) -> None:
    slot = json.loads(json.dumps(KEYSLOT["vectors"][0]["slot"]))
    slot["kdf"][field] = value
    with pytest.raises(KdfParamsError):
        KeySlot.from_dict(slot)


def test_creation_floor_unless_the_policy_allows_test_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_INSECURE_TEST_KDF", "1")  # the library never reads it: only the policy counts
    cheap = Argon2Params(t=1, m_kib=8192, p=1)
    with pytest.raises(KdfParamsError):
        KdfPolicy().check_creatable(cheap)
    KdfPolicy().check_creatable(Argon2Params(t=3, m_kib=65536, p=1))
    KdfPolicy(test_cost=True).check_creatable(cheap)
    assert KdfPolicy().defaults() == Argon2Params(t=3, m_kib=256 * 1024, p=max(1, min(4, os.cpu_count() or 1)))
    assert KdfPolicy(test_cost=True).defaults() == cheap


def test_sealing_a_new_slot_enforces_the_floor() -> None:
    cheap = Argon2Params(t=1, m_kib=8192, p=1)
    with pytest.raises(KdfParamsError):
        seal_passphrase_slot(os.urandom(32), "a long enough passphrase", os.urandom(16), cheap)
    slot = seal_passphrase_slot(os.urandom(32), "a long enough passphrase", os.urandom(16), cheap,
                                policy=KdfPolicy(test_cost=True))
    assert slot.params == cheap


def test_a_wrong_argon2_library_version_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import crypto.kdf as kdf

    monkeypatch.setattr(kdf, "_LIB_VERSION", 0x10)
    with pytest.raises(KdfLibraryError):
        kdf.argon2id(b"secret", b"saltsalt", Argon2Params(t=1, m_kib=8, p=1))


@pytest.mark.parametrize("mutate", [
    lambda s: s.update(v=2), lambda s: s.update(kind="other"), lambda s: s.update(id="zz"),
    lambda s: s.update(nonce="AAAA"), lambda s: s.update(sealed=5), lambda s: s.pop("kdf"),
])
def test_malformed_slot_is_format_error(mutate) -> None:  # type: ignore[no-untyped-def]
    slot = json.loads(json.dumps(KEYSLOT["vectors"][0]["slot"]))
    mutate(slot)
    with pytest.raises(FormatError):
        KeySlot.from_dict(slot)
