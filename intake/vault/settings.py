"""Choices made once by the caller and carried by an unlocked vault: no library code reads the environment.

The CLI reads the documented environment variables (``INTAKE_BUSY_TIMEOUT_MS``, ``INTAKE_INSECURE_TEST_KDF``;
docs/cli.md) once, builds a :class:`VaultSettings` and passes it to :func:`intake.vault.open.unlock` or
:func:`intake.vault.open.create_vault`. Python callers pass their own or take the safe defaults.
"""

from __future__ import annotations

from dataclasses import dataclass

from crypto.kdf import SECURE, KdfPolicy
from intake.errors import UsageError

BUSY_TIMEOUT_MS = 15_000  # how long to wait for another process's write lock


@dataclass(frozen=True)
class VaultSettings:
    """``busy_timeout_ms``: wait for another process's lock; ``kdf``: the cost policy for new key slots."""

    busy_timeout_ms: int = BUSY_TIMEOUT_MS
    kdf: KdfPolicy = SECURE

    def __post_init__(self) -> None:
        value = self.busy_timeout_ms
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise UsageError("the busy timeout must be a whole number of milliseconds, 0 or more")


DEFAULT_SETTINGS = VaultSettings()
