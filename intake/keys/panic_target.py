"""What ``intake panic`` would destroy at a path, decided before anything is touched (docs/format.md §3.5).

Panic MUST NOT report success when it destroyed nothing: a mistyped path, an empty folder, or a vault whose
``keyslots.bin`` was renamed away (a sync conflict, an attacker) or replaced by something that is not a regular
file (a FIFO, a link, a folder). Each of these is refused with a :class:`NothingDestroyed` error that says so,
before any prompt. Reading is non-blocking (a FIFO cannot hang it) and needs no passphrase and no KDF.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from intake.errors import DamagedError, IntakeError, NoVaultError
from intake.vault.header import HEADER_NAME, VaultHeader, read_header
from intake.vault.keyarea import AREA_NAME, KeyArea

_FIND_IT = ("if keyslots.bin was renamed or moved (a sync-conflict copy, someone else), move it back and run "
            "panic again; if you cannot, destroy the storage device itself (docs/keys.md, 'Panic')")


class NothingDestroyed(IntakeError):
    """NOTHING was destroyed"""


class NoVaultToPanic(NothingDestroyed, NoVaultError):
    """NOTHING was destroyed: there is no Intake vault at this path (exit code 3)"""


class KeyAreaUnusable(NothingDestroyed, DamagedError):
    """NOTHING was destroyed: the vault's key area is missing or not a regular file (exit code 5)"""


@dataclass(frozen=True)
class PanicTarget:
    """``area``: keyslots.bin is a regular file; ``v1_header``: vault.json still holds slots (format 1);
    ``recovery``: a recovery slot is listed (best effort, for the CLI's warning only)."""

    area: bool
    v1_header: bool
    recovery: bool


def panic_target(vault_dir: Path) -> PanicTarget:
    """What panic can destroy at ``vault_dir``; :class:`NothingDestroyed` when that is nothing."""
    area = _area_present(vault_dir)
    header = _public_header(vault_dir)
    v1 = isinstance(header, VaultHeader) and header.version == 1
    if area:
        return PanicTarget(area=True, v1_header=v1, recovery=_area_recovery(vault_dir))
    if isinstance(header, VaultHeader) and header.version == 1:
        return PanicTarget(area=False, v1_header=True, recovery=any(s.kind == "recovery" for s in header.slots))
    if isinstance(header, NoVaultError):
        raise NoVaultToPanic(f"NOTHING was destroyed: there is no Intake vault at {vault_dir} (neither "
                             f"{AREA_NAME} nor {HEADER_NAME} is there)",
                             hint="check the path (--vault PATH or INTAKE_VAULT) and run panic on the vault's "
                                  "folder; panic destroys only the vault it is given")
    what = "names a format-2 vault" if isinstance(header, VaultHeader) else "is not a readable vault header"
    raise KeyAreaUnusable(f"NOTHING was destroyed: {AREA_NAME} is missing from {vault_dir} ({HEADER_NAME} {what}), "
                          "so there was no key material to overwrite", hint=f"check the path; {_FIND_IT}")


def _area_present(vault_dir: Path) -> bool:
    """Whether keyslots.bin is there as a regular file; :class:`KeyAreaUnusable` when it is something else."""
    try:
        mode = os.lstat(vault_dir / AREA_NAME).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise unusable(f"cannot read {AREA_NAME} ({exc.strerror})") from exc
    if not stat.S_ISREG(mode):
        raise unusable(f"{AREA_NAME} is not a regular file (a link, a folder or a FIFO was put in its place)")
    return True


def unusable(why: str) -> KeyAreaUnusable:
    return KeyAreaUnusable(f"NOTHING was destroyed: {why}", hint=f"check the path; {_FIND_IT}")


def _public_header(vault_dir: Path) -> VaultHeader | IntakeError:
    try:
        return read_header(vault_dir)
    except IntakeError as err:
        return err


def _area_recovery(vault_dir: Path) -> bool:
    try:
        with KeyArea.open(vault_dir) as area:
            return any(s.kind == "recovery" for s in area.header.state.slots)
    except IntakeError:
        return False  # unreadable: panic overwrites every position, a recovery slot included
