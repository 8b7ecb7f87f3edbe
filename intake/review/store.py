"""The catalog side of pseudonymisation: the pseudonym registry, policy, plans, anonymised versions.

This module owns the tables ``pseudonyms``, ``pseudonym_links``, ``plans`` and ``anonymised``; ``entities``
lives in :mod:`intake.ingest.codes`, which ingest needs too. Plans are only ever read through :class:`Plan`
(with its version check)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from intake.clock import now_utc
from intake.errors import InputError, NotFoundError, UsageError
from intake.ingest.codes import registered_entities, save_entity_in_tx
from intake.transcripts.store import StoredSegment, segments_from_json, segments_to_json, speaker_names
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
        root = self._resolve(key)
        for (other,) in self.conn.execute("SELECT key FROM pseudonyms WHERE code=?", (code,)).fetchall():
            if str(other) != root:  # one code, one entity: never shared by two people
                raise InputError("that pseudonym code already belongs to another entity")
        self.conn.execute("INSERT OR REPLACE INTO pseudonyms(key, code, prefix, number, added) VALUES (?,?,?,?,?)",
                          (root, code, match.group(1), int(match.group(2)), now_utc()))

    def link(self, source_key: str, target_key: str) -> None:
        if self._resolve(target_key) == source_key:
            raise UsageError("cannot merge an entity into itself")
        self.conn.execute("INSERT OR REPLACE INTO pseudonym_links(source, target) VALUES (?,?)",
                          (source_key, target_key))

    def unlink(self, source_key: str) -> None:
        """Undo a merge: ``source_key`` resolves to its own code again."""
        self.conn.execute("DELETE FROM pseudonym_links WHERE source=?", (source_key,))

    def root(self, key: str) -> str:
        """The key ``key`` resolves to through merges."""
        return self._resolve(key)

    def roots_with_prefix(self, prefix: str) -> list[tuple[str, str]]:
        """(key, code) of every entity holding a code with ``prefix`` (merged-away keys left out), by code."""
        rows = self.conn.execute("SELECT key, code FROM pseudonyms WHERE prefix=? ORDER BY number", (prefix,))
        return [(str(k), str(c)) for k, c in rows if self._resolve(str(k)) == str(k)]

    def keys_for_code(self, code: str) -> list[str]:
        direct = [str(r[0]) for r in self.conn.execute("SELECT key FROM pseudonyms WHERE code=?", (code,))]
        linked = [str(r[0]) for r in self.conn.execute("SELECT source FROM pseudonym_links")
                  if self._resolve(str(r[0])) in direct]
        return sorted(set(direct + linked))


def add_entity(vault: Vault, name: str, kind: str, aliases: list[str], gender: str | None) -> Entity:
    from intake.pseudonymise.entities import register

    entity = register(name, kind, aliases, gender=gender)
    with vault.transaction():
        save_entity_in_tx(vault, entity)
        vault.audit("entity.add", "", label=entity.label, aliases=len(entity.aliases))
    return entity


def list_entities(vault: Vault) -> list[Entity]:
    return registered_entities(vault)


CONFIRMED = ("accepted", "relabelled", "added")  # decisions that make a name known in every interview


def entity_listing(vault: Vault) -> list[tuple[Entity, str | None]]:
    """Every registered entity with its pseudonym code (identifying: steward only); audited."""
    store = CatalogStore(vault)
    items = [(e, store.code_for(e.key)) for e in list_entities(vault)]
    vault.audit("entity.list", "", count=len(items))
    return items


def forget_registry_keys_in_tx(vault: Vault, keys: Iterable[str]) -> None:
    """In the caller's transaction: drop these keys' pseudonym codes and merge links."""
    for key in keys:
        vault.conn.execute("DELETE FROM pseudonyms WHERE key=?", (key,))
        vault.conn.execute("DELETE FROM pseudonym_links WHERE source=? OR target=?", (key, key))


def load_policy(vault: Vault) -> Policy:
    from intake.pseudonymise.policy import Policy, preset

    raw = meta_get(vault.conn, "policy")
    return Policy.from_json(raw) if raw else preset()


def save_policy(vault: Vault, policy: Policy) -> None:
    with vault.transaction() as conn:
        meta_set(conn, "policy", policy.to_json())
        vault.audit("policy.set", policy.name)


def load_plan(vault: Vault, tid: str) -> Plan | None:
    row = vault.conn.execute("SELECT doc FROM plans WHERE transcript_id=?", (tid,)).fetchone()
    return None if row is None else _parse_plan(row[0])


def all_plans(vault: Vault) -> list[tuple[str, Plan]]:
    """(transcript id, plan) for every stored plan, each through :meth:`Plan.from_dict`."""
    return [(str(tid), _parse_plan(doc)) for tid, doc in vault.conn.execute("SELECT transcript_id, doc FROM plans")]


def _parse_plan(doc: str) -> Plan:
    from intake.pseudonymise.plan import Plan

    try:
        return Plan.from_dict(json.loads(doc))
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


def store_anonymised_in_tx(vault: Vault, tid: str, segments: Sequence[StoredSegment]) -> int:
    """In the caller's transaction: store a new anonymised version; returns its version number."""
    row = vault.conn.execute("SELECT coalesce(max(version), 0) FROM anonymised WHERE transcript_id=?",
                             (tid,)).fetchone()
    version = int(row[0]) + 1
    vault.conn.execute("INSERT INTO anonymised(id, transcript_id, version, segments, created) VALUES (?,?,?,?,?)",
                       (os.urandom(6).hex(), tid, version, segments_to_json(segments), now_utc()))
    return version


def latest_anonymised_json(vault: Vault, tid: str) -> tuple[int, str] | None:
    """(version, stored segments JSON) of the latest anonymised version, or None."""
    row = vault.conn.execute("SELECT version, segments FROM anonymised WHERE transcript_id=? ORDER BY version DESC"
                             " LIMIT 1", (tid,)).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def latest_anonymised_segments(vault: Vault, tid: str, *, named: bool = True) -> list[StoredSegment] | None:
    """The latest anonymised version with speaker labels replaced by their names unless ``named`` is False
    (None: there is none)."""
    row = vault.conn.execute("SELECT segments FROM anonymised WHERE transcript_id=? ORDER BY version DESC LIMIT 1",
                             (tid,)).fetchone()
    if row is None:
        return None
    if not named:
        return segments_from_json(row[0])
    names = speaker_names(vault, tid)
    return [replace(s, speaker=names.get(s.speaker, s.speaker)) if s.speaker else s for s in segments_from_json(row[0])]


def has_anonymised(vault: Vault, tid: str) -> bool:
    return vault.conn.execute("SELECT 1 FROM anonymised WHERE transcript_id=?", (tid,)).fetchone() is not None
