"""The catalog side of pseudonymisation: registered entities, the pseudonym registry, policy, plans."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from intake.clock import now_utc
from intake.errors import InputError, NotFoundError, UsageError
from intake.transcripts.store import speaker_names
from intake.vault.catalog import meta_get, meta_set
from intake.vault.open import Vault

if TYPE_CHECKING:
    from intake.pseudonymise.entities import Entity
    from intake.pseudonymise.plan import Plan
    from intake.pseudonymise.policy import Policy

_CODE = re.compile(r"^\[([A-Z_]+)-(\d+)\]$")


class CatalogStore:
    """:class:`intake.pseudonymise.registry.PseudonymStore` backed by the encrypted catalog."""

    def __init__(self, vault: Vault) -> None:
        self.conn = vault.conn

    def _resolve(self, key: str) -> str:
        seen: set[str] = set()
        while key not in seen:
            seen.add(key)
            row = self.conn.execute("SELECT target FROM pseudonym_links WHERE source=?", (key,)).fetchone()
            if row is None:
                return key
            key = str(row[0])
        return key

    def code_for(self, key: str) -> str | None:
        row = self.conn.execute("SELECT code FROM pseudonyms WHERE key=?", (self._resolve(key),)).fetchone()
        return str(row[0]) if row else None

    def numbers_in_use(self, prefix: str) -> Collection[int]:
        return {int(r[0]) for r in self.conn.execute("SELECT number FROM pseudonyms WHERE prefix=?", (prefix,))}

    def bind(self, key: str, code: str) -> None:
        match = _CODE.match(code)
        if not match:
            raise ValueError("malformed pseudonym code")
        self.conn.execute("INSERT OR REPLACE INTO pseudonyms(key, code, prefix, number, added) VALUES (?,?,?,?,?)",
                          (self._resolve(key), code, match.group(1), int(match.group(2)), now_utc()))

    def link(self, source_key: str, target_key: str) -> None:
        if self._resolve(target_key) == source_key:
            raise UsageError("cannot merge an entity into itself")
        self.conn.execute("INSERT OR REPLACE INTO pseudonym_links(source, target) VALUES (?,?)",
                          (source_key, target_key))

    def keys_for_code(self, code: str) -> list[str]:
        direct = [str(r[0]) for r in self.conn.execute("SELECT key FROM pseudonyms WHERE code=?", (code,))]
        linked = [str(r[0]) for r in self.conn.execute("SELECT source FROM pseudonym_links")
                  if self._resolve(str(r[0])) in direct]
        return sorted(set(direct + linked))


def add_entity(vault: Vault, name: str, kind: str, aliases: list[str], gender: str | None) -> Entity:
    from intake.pseudonymise.entities import register

    entity = register(name, kind, aliases, gender=gender)
    with vault.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO entities(key, label, doc, added) VALUES (?,?,?,?)",
                     (entity.key, entity.label, json.dumps(entity.to_dict(), ensure_ascii=False), now_utc()))
        vault.audit("entity.add", "", label=entity.label, aliases=len(entity.aliases))
    return entity


def list_entities(vault: Vault) -> list[Entity]:
    from intake.ingest.codes import registered_entities

    return registered_entities(vault)


def load_policy(vault: Vault) -> Policy:
    from intake.pseudonymise.policy import Policy, preset

    raw = meta_get(vault.conn, "policy")
    return Policy.from_json(raw) if raw else preset()


def save_policy(vault: Vault, policy: Policy) -> None:
    with vault.transaction() as conn:
        meta_set(conn, "policy", policy.to_json())
        vault.audit("policy.set", policy.name)


def load_plan(vault: Vault, tid: str) -> Plan | None:
    from intake.pseudonymise.plan import Plan

    row = vault.conn.execute("SELECT doc FROM plans WHERE transcript_id=?", (tid,)).fetchone()
    if row is None:
        return None
    try:
        return Plan.from_dict(json.loads(row[0]))
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError("the stored plan is unreadable") from exc


def require_plan(vault: Vault, tid: str) -> Plan:
    plan = load_plan(vault, tid)
    if plan is None:
        raise NotFoundError(f"transcript {tid} has no plan yet", hint=f"run 'intake pseudonymise {tid}' first")
    return plan


def save_plan_in_tx(vault: Vault, tid: str, plan: Plan) -> None:
    vault.conn.execute("INSERT OR REPLACE INTO plans(transcript_id, doc, updated) VALUES (?,?,?)",
                       (tid, json.dumps(plan.to_dict(), ensure_ascii=False), now_utc()))


def latest_anonymised_segments(vault: Vault, tid: str) -> list[dict[str, Any]] | None:
    row = vault.conn.execute("SELECT segments FROM anonymised WHERE transcript_id=? ORDER BY version DESC LIMIT 1",
                             (tid,)).fetchone()
    if row is None:
        return None
    segments: list[dict[str, Any]] = json.loads(row[0])["segments"]
    names = speaker_names(vault, tid)
    for seg in segments:
        if seg.get("speaker") in names:
            seg["speaker"] = names[seg["speaker"]]
    return segments
