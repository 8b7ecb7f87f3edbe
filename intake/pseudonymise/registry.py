"""The pseudonym registry: one code per real entity for the whole vault (``[PERSON-07]``).

The registry is the re-identification key, so the application keeps it in the encrypted catalog; this
module defines only the small :class:`PseudonymStore` protocol the catalog implements, the allocation
rule, and :class:`MemoryStore` for tests.

Allocation: a new key gets the **next free number** for its code prefix (1, 2, 3 ...; a number freed by
a merge is not reused). The number records only the order in which entities were first pseudonymised,
never anything derived from the name. Callers that do not want even that order visible pass a
``random.Random`` and get a random unused number from ``1 .. max(99, 2 * used)``.
"""

from __future__ import annotations

import random
from collections.abc import Collection
from typing import Protocol

from intake.errors import InputError

# Code prefix per label (the text inside the brackets).
CODE_PREFIX: dict[str, str] = {
    "PERSON": "PERSON",
    "LOCATION": "PLACE",
    "ORGANISATION": "ORG",
    "DETENTION": "PRISON",
    "DATE": "DATE",
    "PHONE": "PHONE",
    "EMAIL": "EMAIL",
    "HANDLE": "HANDLE",
    "URL": "URL",
    "ID_NUMBER": "ID",
    "AGE_OR_SENTENCE": "AGE",
}


class PseudonymStore(Protocol):
    """What the planner needs from the vault's registry (the lead backs it with the catalog)."""

    def code_for(self, key: str) -> str | None:
        """The code bound to ``key`` (following merges), or None."""

    def numbers_in_use(self, prefix: str) -> Collection[int]:
        """Every number ever allocated under ``prefix`` (including codes retired by merges)."""

    def bind(self, key: str, code: str) -> None:
        """Bind ``key`` to ``code`` for good."""

    def link(self, source_key: str, target_key: str) -> None:
        """Make ``source_key`` resolve to ``target_key``'s code from now on (a merge)."""


def require_merge_target(store: PseudonymStore, target_key: str, label: str, registered_label: str | None) -> None:
    """Refuse a merge into anything but an existing entity of the same label.

    The target is either registered (``registered_label``: its label) or already has a code in the registry.
    A merge never creates an identity (free text would give one person a second code) and never crosses
    labels (a person merged into a place's code would share it with the place).
    """
    code = store.code_for(target_key)
    if code is None and registered_label is None:
        raise InputError("the merge target is not a known entity", hint="choose one from the list of entities")
    if registered_label not in (None, label) or (code is not None and not code.startswith(f"[{CODE_PREFIX[label]}-")):
        raise InputError("the merge target is an entity of another label", hint="relabel the item first")


def format_code(prefix: str, number: int) -> str:
    return f"[{prefix}-{number:02d}]"


def pseudonym(store: PseudonymStore, key: str, label: str, rng: random.Random | None = None) -> str:
    """The code for ``key``, allocating one (see module docstring) when the key is new."""
    code = store.code_for(key)
    if code is not None:
        return code
    prefix = CODE_PREFIX[label]
    used = set(store.numbers_in_use(prefix))
    if rng is None:
        number = max(used, default=0) + 1
    else:
        ceiling = max(99, 2 * len(used))
        number = rng.choice([n for n in range(1, ceiling + 1) if n not in used])
    code = format_code(prefix, number)
    store.bind(key, code)
    return code


class MemoryStore:
    """An in-memory :class:`PseudonymStore` (tests, dry runs)."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self.links: dict[str, str] = {}

    def _resolve(self, key: str) -> str:
        seen = set()
        while key in self.links and key not in seen:
            seen.add(key)
            key = self.links[key]
        return key

    def code_for(self, key: str) -> str | None:
        return self.codes.get(self._resolve(key))

    def numbers_in_use(self, prefix: str) -> Collection[int]:
        head = f"[{prefix}-"
        return {int(c[len(head) : -1]) for c in self.codes.values() if c.startswith(head)}

    def bind(self, key: str, code: str) -> None:
        root = self._resolve(key)
        if any(c == code and k != root for k, c in self.codes.items()):
            raise InputError("that pseudonym code already belongs to another entity")
        self.codes[root] = code

    def link(self, source_key: str, target_key: str) -> None:
        if self._resolve(target_key) == source_key:
            raise ValueError("cannot link a key to itself")
        self.links[source_key] = target_key
