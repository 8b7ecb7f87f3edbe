"""The key-area header (docs/format.md §3.1): which position holds which slot or epoch, and its MAC.

Parsing treats the bytes as untrusted: exact members, integer types, caps, no position used twice. The
header holds no secret (salts, nonces, KDF costs, positions); the secrets are at the positions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass, field, replace
from typing import Any

from crypto.kdf import SALT_LEN, Argon2Params
from crypto.keyslot import KINDS, NONCE_LEN
from intake.errors import DamagedError
from intake.vault.strictjson import StrictJSONError, canonical, is_int, loads

AREA_VERSION = 2
POSITIONS = 24
MAX_SLOTS = 16
MAX_UNLOCK_WORK_KIB = 64 * 1024 * 1024  # 64 GiB·passes: the sum of t·m over every slot one unlock may try
MAC_PREFIX = b"intake/v2/keyarea\x00"
OPS = ("withdraw", "rotate", "migrate", "retire")
HEX = "0123456789abcdef"


@dataclass(frozen=True)
class SlotEntry:
    """Where one slot's split box lives, and how to derive its KEK (no secret)."""

    id: str
    kind: str
    pos: int
    nonce: bytes
    params: Argon2Params | None = None
    salt: bytes | None = None
    aad: int = 2

    def kdf_doc(self) -> dict[str, Any] | None:
        if self.params is None or self.salt is None:
            return None
        return {"alg": "argon2id", "version": 19, "t": self.params.t, "m_kib": self.params.m_kib,
                "p": self.params.p, "salt": _b64(self.salt)}

    def kdf_json(self) -> bytes:
        return canonical(self.kdf_doc())

    def to_doc(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "pos": self.pos, "aad": self.aad, "nonce": _b64(self.nonce),
                "kdf": self.kdf_doc()}

    @property
    def work(self) -> int:
        """Argon2 work in KiB·passes (0 for recovery slots)."""
        return 0 if self.params is None else self.params.t * self.params.m_kib


@dataclass(frozen=True)
class EpochEntry:
    id: str
    pos: int
    nonce: bytes

    def to_doc(self) -> dict[str, Any]:
        return {"id": self.id, "pos": self.pos, "nonce": _b64(self.nonce)}


@dataclass(frozen=True)
class KeyState:
    slots: tuple[SlotEntry, ...]
    epoch: EpochEntry

    def positions(self) -> set[int]:
        return {s.pos for s in self.slots} | {self.epoch.pos}

    def slot(self, slot_id: str) -> SlotEntry | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def to_doc(self) -> dict[str, Any]:
        return {"slots": [s.to_doc() for s in self.slots], "epoch": self.epoch.to_doc()}


@dataclass(frozen=True)
class Pending:
    """A change in progress. ``recipient``: only for ``retire``, the vault's next public recipient."""

    op: str
    state: KeyState
    recipient: str | None = None

    def to_doc(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"op": self.op, "state": self.state.to_doc()}
        if self.op == "retire":
            doc["recipient"] = self.recipient
        return doc


@dataclass(frozen=True)
class AuditAnchor:
    seq: int
    hash: str


@dataclass(frozen=True)
class AreaHeader:
    vault_id: bytes
    recipient: str
    state: KeyState
    pending: Pending | None = None
    dirty: tuple[int, ...] = ()
    audit: AuditAnchor | None = None
    panicked: bool = False
    seq: int = 0
    mac: bytes | None = field(default=None, compare=False)

    def used(self) -> set[int]:
        used = self.state.positions() | set(self.dirty)
        return used | (self.pending.state.positions() if self.pending else set())

    def free(self) -> list[int]:
        return [i for i in range(POSITIONS) if i not in self.used()]

    def body(self) -> dict[str, Any]:
        pending = None if self.pending is None else self.pending.to_doc()
        audit = None if self.audit is None else {"seq": self.audit.seq, "hash": self.audit.hash}
        return {"v": AREA_VERSION, "vault_id": self.vault_id.hex(), "recipient": self.recipient,
                "state": self.state.to_doc(), "pending": pending, "dirty": sorted(self.dirty), "audit": audit,
                "panicked": self.panicked}

    def to_json(self) -> bytes:
        return canonical({**self.body(), "mac": None if self.mac is None else self.mac.hex()})

    def signed(self, mac_key: bytes | None, seq: int) -> AreaHeader:
        """This header with ``seq`` and its MAC (no MAC only for panic, which has no key)."""
        unsigned = replace(self, seq=seq, mac=None)
        return replace(unsigned, mac=None if mac_key is None else unsigned.compute_mac(mac_key))

    def compute_mac(self, mac_key: bytes) -> bytes:
        message = MAC_PREFIX + self.seq.to_bytes(8, "big") + canonical(self.body())
        return hmac.new(mac_key, message, hashlib.sha256).digest()

    def mac_ok(self, mac_key: bytes) -> bool:
        return self.mac is not None and hmac.compare_digest(self.compute_mac(mac_key), self.mac)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _damaged(what: str) -> DamagedError:
    return DamagedError(f"keyslots.bin is damaged: {what}",
                        hint="restore keyslots.bin and catalog.db together from a backup")


def _unb64(value: Any, length: int) -> bytes:
    if not isinstance(value, str):
        raise _damaged("malformed bytes")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _damaged("malformed bytes") from exc
    if len(raw) != length:
        raise _damaged("a salt or nonce has the wrong length")
    return raw


def _members(doc: Any, names: set[str], what: str) -> dict[str, Any]:
    if not isinstance(doc, dict) or set(doc) != names:
        raise _damaged(f"{what} has unexpected or missing members")
    return doc


def _pos(value: Any) -> int:
    if not is_int(value) or not 0 <= value < POSITIONS:
        raise _damaged("a position is out of range")
    return int(value)


def _hex_id(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 16 or any(c not in HEX for c in value):
        raise _damaged("a malformed id")
    return value


def _kdf(value: Any, kind: str) -> tuple[Argon2Params | None, bytes | None]:
    if kind == "recovery" or value is None:
        if kind != "recovery" or value is not None:
            raise _damaged("a slot's KDF does not fit its kind")
        return None, None
    doc = _members(value, {"alg", "version", "t", "m_kib", "p", "salt"}, "a slot's KDF")
    if doc["alg"] != "argon2id" or not is_int(doc["version"]) or doc["version"] != 19:
        raise _damaged("a slot's KDF is not Argon2id version 19")
    params = Argon2Params(t=doc["t"], m_kib=doc["m_kib"], p=doc["p"])
    params.check_readable()  # KdfParamsError (caught by the caller) before any work
    return params, _unb64(doc["salt"], SALT_LEN)


def _slot(doc: Any) -> SlotEntry:
    d = _members(doc, {"id", "kind", "pos", "aad", "nonce", "kdf"}, "a slot")
    if d["kind"] not in KINDS or not is_int(d["aad"]) or d["aad"] not in (1, 2):
        raise _damaged("a slot of unknown kind or version")
    params, salt = _kdf(d["kdf"], d["kind"])
    return SlotEntry(id=_hex_id(d["id"]), kind=d["kind"], pos=_pos(d["pos"]), nonce=_unb64(d["nonce"], NONCE_LEN),
                     params=params, salt=salt, aad=int(d["aad"]))


def _state(doc: Any) -> KeyState:
    d = _members(doc, {"slots", "epoch"}, "a key state")
    if not isinstance(d["slots"], list) or len(d["slots"]) > MAX_SLOTS:
        raise _damaged(f"a key state holds more than {MAX_SLOTS} slots")
    slots = tuple(_slot(s) for s in d["slots"])
    e = _members(d["epoch"], {"id", "pos", "nonce"}, "the epoch")
    state = KeyState(slots, EpochEntry(_hex_id(e["id"]), _pos(e["pos"]), _unb64(e["nonce"], NONCE_LEN)))
    if len({s.id for s in slots}) != len(slots) or sum(s.kind == "recovery" for s in slots) > 1:
        raise _damaged("duplicate slot ids or more than one recovery slot")
    if len(state.positions()) != len(slots) + 1:
        raise _damaged("a position is used twice")
    return state


def parse_area_header(raw: bytes, seq: int) -> AreaHeader:
    """Parse one header copy's JSON; :class:`DamagedError` (never echoing content) on any problem."""
    try:
        doc = loads(raw)
    except StrictJSONError as exc:
        raise _damaged("the header is not valid JSON") from exc
    names = {"v", "vault_id", "recipient", "state", "pending", "dirty", "audit", "panicked", "mac"}
    d = _members(doc, names, "the header")
    if not is_int(d["v"]) or d["v"] != AREA_VERSION:
        raise DamagedError("keyslots.bin has a version this Intake does not know", hint="upgrade Intake")
    from crypto.errors import KdfParamsError

    try:
        header = _header(d, seq)
    except KdfParamsError as exc:
        raise _damaged(str(exc)) from exc
    return header


def _header(d: dict[str, Any], seq: int) -> AreaHeader:
    try:
        vault_id = bytes.fromhex(d["vault_id"]) if isinstance(d["vault_id"], str) else b""
    except ValueError:
        vault_id = b""
    if len(vault_id) != 16 or not _is_recipient(d["recipient"]):
        raise _damaged("malformed vault id or recipient")
    state = _state(d["state"])
    pending = None if d["pending"] is None else _pending(d["pending"])
    dirty = d["dirty"]
    if not isinstance(dirty, list) or len(set(dirty)) != len(dirty):
        raise _damaged("a malformed list of positions to wipe")
    header = AreaHeader(vault_id=vault_id, recipient=d["recipient"], state=state, pending=pending,
                        dirty=tuple(_pos(i) for i in dirty), audit=_audit(d["audit"]),
                        panicked=_flag(d["panicked"]), seq=seq, mac=_mac(d["mac"]))
    _check_positions(header)
    return header


def _pending(doc: Any) -> Pending:
    op = doc.get("op") if isinstance(doc, dict) else None
    if op not in OPS:
        raise _damaged("a pending change of unknown kind")
    p = _members(doc, {"op", "state", "recipient"} if op == "retire" else {"op", "state"}, "the pending change")
    recipient = p.get("recipient")
    if op == "retire" and not _is_recipient(recipient):
        raise _damaged("a malformed recipient")
    return Pending(op, _state(p["state"]), recipient)


def _is_recipient(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("age1") and len(value) < 128


def _check_positions(header: AreaHeader) -> None:
    current = header.state.positions()
    pend = header.pending.state.positions() if header.pending else set()
    dirty = set(header.dirty)
    if dirty & (current | pend):
        raise _damaged("a position is used twice")
    shared = current & pend
    if header.pending is not None:  # a pending state may keep slots of the current one (same position)
        same = {s.pos for s in header.state.slots if header.pending.state.slot(s.id) == s}
        same |= {header.state.epoch.pos} if header.state.epoch == header.pending.state.epoch else set()
        if shared - same:
            raise _damaged("a position is used twice")


def _audit(value: Any) -> AuditAnchor | None:
    if value is None:
        return None
    d = _members(value, {"seq", "hash"}, "the audit anchor")
    if not is_int(d["seq"]) or d["seq"] < 0 or not isinstance(d["hash"], str) or len(d["hash"]) != 64:
        raise _damaged("a malformed audit anchor")
    return AuditAnchor(int(d["seq"]), d["hash"])


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _damaged("a malformed flag")
    return value


def _mac(value: Any) -> bytes | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 64 or any(c not in HEX for c in value):
        raise _damaged("a malformed authentication code")
    return bytes.fromhex(value)


def check_work(works: list[int]) -> None:
    """Refuse, before any KDF runs, slots whose Argon2 work together exceeds the bound (crafted header)."""
    if sum(works) > MAX_UNLOCK_WORK_KIB:
        raise DamagedError(f"the key slots would need more than {MAX_UNLOCK_WORK_KIB >> 20} GiB of Argon2 work "
                           "to try; refusing to start (a crafted key area?)",
                           hint="name one slot with --slot, or restore keyslots.bin from a backup")
