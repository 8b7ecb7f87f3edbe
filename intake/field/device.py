"""Field mode: an interviewer's laptop holds only the vault's public recipient and writes sealed packages.

Nothing in a field directory can be decrypted with anything stored there: each recording is encrypted to a
fresh identity that exists only in memory while the package is written, and that identity and the metadata
are sealed to the vault's recipient (docs/keys.md, "Field devices").
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crypto import agefile
from crypto.errors import CryptoError, DecryptError
from intake.clock import now_utc
from intake.errors import (
    DamagedError,
    InputError,
    IntakeError,
    NotFoundError,
    PackageDamaged,
    RefusedError,
    UsageError,
)
from intake.field.outbox import hold_outbox
from intake.field.package import (
    Layout,
    is_package,
    open_recording,
    package_name,
    read_layout,
    target_of,
    write_package,
)
from intake.fs import atomic_write_bytes, fsync_dir, open_regular
from intake.ingest.batch import BatchReport, IngestOptions, IngestResult, check_options, probe_recording, run_batch
from intake.ingest.shred import shred_whole
from transcribe.audio import MediaInfo

CONFIG_NAME = "intake-field.json"
FORMAT = "intake-field"
VERSION = 1
_KEYS = {"format", "version", "recipient", "vault_id"}


@dataclass(frozen=True)
class FieldConfig:
    path: Path
    recipient: str
    vault_id: str | None

    @property
    def outbox(self) -> Path:
        return self.path / "outbox"


def _check_recipient(recipient: str) -> str:
    try:
        agefile.parse_recipient(recipient)
    except CryptoError as exc:
        raise UsageError("not a valid age recipient (age1…)",
                         hint="'intake keys recipient' on the steward's machine prints it") from exc
    return recipient.strip()


def _check_vault_id(vault_id: str | None) -> str | None:
    if vault_id is None:
        return None
    value = vault_id.strip().lower()
    if len(value) != 32 or any(c not in "0123456789abcdef" for c in value):
        raise UsageError("a vault id is 32 hex digits ('intake keys recipient --json' shows it)")
    return value


@dataclass(frozen=True)
class Replaced:
    """What :func:`replace_recipient` did: ``previous`` is the recipient it replaced, ``stale`` the outbox
    packages not made for the new one (they stay: the vault of their recipient can still import them)."""

    config: FieldConfig
    previous: str
    stale: tuple[str, ...]


def init_field(directory: Path, recipient: str, vault_id: str | None = None) -> FieldConfig:
    """Create a field directory: ``intake-field.json`` (public recipient only) and ``outbox/``.

    An existing field directory is refused: :class:`UsageError` when it is for the same recipient,
    :class:`RefusedError` naming both fingerprints when it is for another (see :func:`replace_recipient`).
    """
    cfg = FieldConfig(directory, _check_recipient(recipient), _check_vault_id(vault_id))
    if (directory / CONFIG_NAME).exists():
        old = load_field(directory)
        if old.recipient != cfg.recipient:
            raise _other_recipient(directory, old.recipient, cfg.recipient)
        raise UsageError(f"{directory} is already a field directory for this recipient",
                         hint="use it as it is ('intake field ingest --field DIR'), or choose a new path")
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    _write_config(cfg)
    return cfg


def replace_recipient(directory: Path, recipient: str, vault_id: str | None = None) -> Replaced:
    """Rewrite an existing field directory's configuration for ``recipient`` (asked for explicitly)."""
    old = load_field(directory)
    cfg = FieldConfig(directory, _check_recipient(recipient), _check_vault_id(vault_id))
    _write_config(cfg)
    return Replaced(cfg, old.recipient, _stale_packages(cfg))


def _write_config(cfg: FieldConfig) -> None:
    cfg.outbox.mkdir(mode=0o700, exist_ok=True)
    doc = {"format": FORMAT, "version": VERSION, "recipient": cfg.recipient, "vault_id": cfg.vault_id}
    atomic_write_bytes(cfg.path / CONFIG_NAME, (json.dumps(doc, indent=2) + "\n").encode("ascii"), cfg.path)


def _other_recipient(directory: Path, old: str, new: str) -> RefusedError:
    return RefusedError(
        f"{directory} is a field directory for another recipient ({agefile.recipient_fingerprint(old)}, "
        f"not {agefile.recipient_fingerprint(new)}); packages made there could not be imported by the new vault",
        hint="to switch this folder to the new recipient add --replace-recipient (packages already in its outbox "
             "stay, for the old one), or choose a new folder and pass it to 'intake field ingest --field DIR' "
             "(or set INTAKE_FIELD; the default is ~/field)")


def _stale_packages(cfg: FieldConfig) -> tuple[str, ...]:
    """Outbox packages not made for ``cfg.recipient`` (unreadable ones included: they are not for it either)."""
    want = target_of(cfg.recipient)
    stale = []
    for path in sorted(cfg.outbox.iterdir()):
        if not is_package(path):
            continue
        try:
            with os.fdopen(open_regular(path, os.O_RDONLY), "rb") as fh:
                target = read_layout(fh, path.name).target
        except (OSError, IntakeError):
            target = None
        if target != want:
            stale.append(path.name)
    return tuple(stale)


def load_field(directory: Path) -> FieldConfig:
    path = directory / CONFIG_NAME
    try:
        fd = open_regular(path, os.O_RDONLY)  # a FIFO in its place must not hang 'field ingest'
    except OSError as exc:
        raise NotFoundError(f"no field directory at {directory}",
                            hint="create one with 'intake field init DIR --recipient age1…'") from exc
    try:
        with os.fdopen(fd, "rb") as fh:
            doc = json.loads(fh.read(65536).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DamagedError(f"{path} is not valid JSON") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or set(doc) != _KEYS:
        raise DamagedError(f"{path} is not an Intake field configuration")
    if doc.get("version") != VERSION:
        raise DamagedError(f"{path} has a version this Intake does not know", hint="upgrade Intake")
    try:
        return FieldConfig(directory, _check_recipient(doc["recipient"]), _check_vault_id(doc["vault_id"]))
    except UsageError as exc:
        raise DamagedError(f"{path} is malformed: {exc.message}") from exc


def field_ingest(cfg: FieldConfig, path: Path, opts: IngestOptions) -> IngestResult:
    """Package one recording into the outbox; shred the original only after the package was checked."""
    try:
        return _package(cfg, path, opts)
    except InputError as err:
        return IngestResult(path, "failed", message=err.message)


def _package(cfg: FieldConfig, path: Path, opts: IngestOptions) -> IngestResult:
    lst = _check_source(path, cfg.path)
    info = probe_recording(path, opts.max_duration)
    keypair = agefile.generate_keypair()  # lives only in memory, for the read-back check
    name = package_name()
    part = cfg.outbox / (name + ".part")
    try:
        with os.fdopen(open_regular(path, os.O_RDONLY), "rb") as src, os.fdopen(
            os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600), "wb") as dst:
            sha, size = write_package(dst, src, cfg.recipient, keypair, _meta_maker(cfg, opts, info, path))
            dst.flush()
            os.fsync(dst.fileno())
        _read_back(part, cfg.recipient, keypair.identity, sha)
        if size != lst.st_size:
            raise InputError(f"{path}: changed while it was packaged; try again")
        os.replace(part, cfg.outbox / name)
        fsync_dir(cfg.outbox)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    result = IngestResult(path, "packaged", recording_id=name)
    if opts.shred:
        shred_whole(result, lst.st_size, "packaged")
    return result


def _check_source(path: Path, field_dir: Path) -> os.stat_result:
    try:
        lst = os.lstat(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if stat.S_ISLNK(lst.st_mode) or not stat.S_ISREG(lst.st_mode):
        raise InputError(f"{path}: not a regular file (symbolic links are not followed)")
    if lst.st_size == 0:
        raise InputError(f"{path}: the file is empty (0 bytes)")
    with contextlib.suppress(ValueError):
        path.resolve().relative_to(field_dir.resolve())
        raise InputError(f"{path}: is inside the field directory")
    return lst


def _meta_maker(cfg: FieldConfig, opts: IngestOptions, info: MediaInfo,
                path: Path) -> Callable[[str, int], dict[str, Any]]:
    def meta(sha: str, size: int) -> dict[str, Any]:
        return {
            "v": 1, "vault_id": cfg.vault_id, "interview": opts.interview, "language": opts.language,
            "interviewer": opts.interviewer, "original_name": path.name if opts.keep_name else None,
            "sha256": sha, "size": size, "container": info.container, "codec": info.codec,
            "duration": info.duration, "channels": info.channels, "sample_rate": info.sample_rate,
            "created": now_utc(),
        }

    return meta


def _read_back(part: Path, recipient: str, identity: str, sha: str) -> None:
    """Structure, digest and target of the written package, and its recording decrypting to ``sha``."""
    with open(part, "rb") as fh:
        layout: Layout = read_layout(fh, part.name)
        if layout.target != target_of(recipient):
            raise PackageDamaged(f"{part.name}: read-back check failed")
        try:
            got, _ = agefile.decrypt_digest(open_recording(fh, layout), identity)
        except DecryptError as exc:
            raise PackageDamaged(f"{part.name}: read-back check failed") from exc
    if not hmac.compare_digest(got, sha):
        raise PackageDamaged(f"{part.name}: read-back check failed (checksum)")


def field_ingest_many(cfg: FieldConfig, paths: list[Path], opts: IngestOptions, *, recursive: bool = False,
                      on_start: Callable[[Path], None] | None = None) -> BatchReport:
    """Package every file; one failure never stops the batch. Unfinished packages (``.part``) a killed run
    left in the outbox are removed first and counted in ``stale_parts``."""
    check_options(opts)
    started = (lambda path, _size: on_start(path)) if on_start else None
    with hold_outbox(cfg.outbox) as stale:
        report = run_batch(paths, recursive, lambda p: field_ingest(cfg, p, opts), started, per_file=IntakeError)
    report.stale_parts = stale
    return report
