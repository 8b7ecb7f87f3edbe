"""Property tests: every round trip holds; any flipped byte gives a clean error, never a wrong key/plaintext."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from crypto import agefile
from crypto.errors import CryptoError, DecryptError, SlotOpenError
from crypto.keyslot import KeySlot, open_slot, seal_slot

KEK = bytes(range(32))
VAULT_ID = bytes(16)
PAIR = agefile.generate_keypair()


@given(master=st.binary(min_size=32, max_size=32), kek=st.binary(min_size=32, max_size=32),
       vault_id=st.binary(min_size=16, max_size=16))
def test_seal_open_round_trip(master: bytes, kek: bytes, vault_id: bytes) -> None:
    slot = seal_slot(master, kek, vault_id, kind="recovery")  # no KDF block: the AEAD layer alone
    assert open_slot(KeySlot.from_dict(slot.to_dict()), kek, vault_id) == master


MASTER = bytes(range(100, 132))
SEALED = seal_slot(MASTER, KEK, VAULT_ID, slot_id="0123456789abcdef")


@given(field=st.sampled_from(["nonce", "sealed"]), data=st.data())
def test_flipping_any_byte_of_a_slot_is_the_opaque_error(field: str, data: st.DataObject) -> None:
    raw = bytearray(getattr(SEALED, field))
    index = data.draw(st.integers(0, len(raw) - 1))
    bit = data.draw(st.integers(0, 7))
    raw[index] ^= 1 << bit
    bad = KeySlot(SEALED.slot_id, SEALED.kind, SEALED.params, SEALED.salt,
                  bytes(raw) if field == "nonce" else SEALED.nonce, bytes(raw) if field == "sealed" else SEALED.sealed)
    try:
        result = open_slot(bad, KEK, VAULT_ID)
    except SlotOpenError:
        return
    raise AssertionError(f"tampered slot opened to {'the right' if result == MASTER else 'a WRONG'} key")


@settings(max_examples=30, deadline=None)
@given(plain=st.binary(max_size=200_000))
def test_age_stream_round_trip(plain: bytes) -> None:
    sealed = io.BytesIO()
    digest, size = agefile.encrypt_stream(io.BytesIO(plain), sealed, [PAIR.recipient])
    assert digest == __import__('hashlib').sha256(plain).hexdigest()
    assert size == len(plain)
    out = io.BytesIO()
    sealed.seek(0)
    agefile.decrypt_stream(sealed, out, PAIR.identity)
    assert out.getvalue() == plain


AGE_FILE = agefile.encrypt_bytes(b"interview audio bytes " * 500, [PAIR.recipient])


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_flipping_any_byte_of_an_age_file_never_gives_wrong_plaintext(data: st.DataObject) -> None:
    raw = bytearray(AGE_FILE)
    index = data.draw(st.integers(0, len(raw) - 1))
    raw[index] ^= 1 << data.draw(st.integers(0, 7))
    try:
        result = agefile.decrypt_bytes(bytes(raw), PAIR.identity)
    except (DecryptError, CryptoError):
        return
    # age headers allow a few equivalent encodings (e.g. base64 padding bits); the plaintext must be intact
    assert result == b"interview audio bytes " * 500


def test_wrong_identity_is_clean_error() -> None:
    other = agefile.generate_keypair()
    try:
        agefile.decrypt_bytes(AGE_FILE, other.identity)
    except DecryptError as exc:
        assert "AGE-SECRET" not in str(exc)
    else:
        raise AssertionError("decrypted with the wrong identity")


def test_keypair_repr_hides_secret() -> None:
    assert "AGE-SECRET-KEY" not in repr(PAIR)
