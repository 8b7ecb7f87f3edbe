"""Helpers shared by the command modules: passphrases, opening the vault, JSON and table output."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from intake.cli.printable import json_safe, printable, printable_lines
from intake.errors import NoVaultError, PartialFailure, RecordingWithdrawn, UsageError

if TYPE_CHECKING:
    from intake.ingest.batch import BatchReport, IngestResult
    from intake.vault.open import Vault
    from intake.vault.settings import VaultSettings

F = TypeVar("F", bound=Callable[..., Any])
PASSPHRASE_ENV = "INTAKE_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)
BUSY_TIMEOUT_ENV = "INTAKE_BUSY_TIMEOUT_MS"  # how long to wait for another process's lock (docs/cli.md)
INSECURE_TEST_KDF_ENV = "INTAKE_INSECURE_TEST_KDF"  # test-only: cheap Argon2id for new slots (docs/cli.md)
MODELS_DIR_ENV = "INTAKE_MODELS_DIR"  # where 'intake models add' keeps models (docs/transcription.md)
SETTINGS_ENV = (BUSY_TIMEOUT_ENV, INSECURE_TEST_KDF_ENV, MODELS_DIR_ENV, "XDG_DATA_HOME", "XDG_RUNTIME_DIR")

max_duration_option = click.option(
    "--max-duration", "max_hours", type=float, default=12.0, show_default=True, metavar="HOURS",
    help="Refuse recordings longer than this (the declared or probed duration), before storing them; at most 48.")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON (stable shape, an 'id' on each item).")


def warn(message: str) -> None:
    click.echo(f"intake: warning: {printable_lines(message)}", err=True)


def say(text: object = "", *, err: bool = False) -> None:
    """Print one line that may hold names from files (file names, package names, sealed metadata)."""
    click.echo(printable(text), err=err)


NAME_ON_COMMAND_LINE = ("a name on the command line stays in shell history and the process list; leave it out to "
                        "be asked at a hidden prompt, or use --from-file FILE ('-' for standard input)")
MAX_SECRET_LINES = 1000
MAX_SECRET_BYTES = 1_000_000


def read_lines(source: str, option: str) -> list[str]:
    """Non-empty lines (stripped) from FILE or ``-`` (standard input): names kept off the command line."""
    if source == "-":
        text = sys.stdin.read(MAX_SECRET_BYTES + 1)
    else:
        path = Path(source)
        if not path.is_file():
            raise UsageError(f"{option}: no such file")
        with open(path, encoding="utf-8") as fh:
            text = fh.read(MAX_SECRET_BYTES + 1)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(text) > MAX_SECRET_BYTES or len(lines) > MAX_SECRET_LINES:
        raise UsageError(f"{option}: the input is too large")
    return lines


def passphrase_from_env() -> str | None:
    """INTAKE_PASSPHRASE, read when a command needs it (never copied into ``ctx.obj``)."""
    return os.environ.get(PASSPHRASE_ENV) or None


def environment_without_passphrase() -> dict[str, str]:
    """This process's environment minus INTAKE_PASSPHRASE: what the unlock agent process inherits."""
    return {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}


@contextlib.contextmanager
def passphrase_withheld() -> Iterator[None]:
    """INTAKE_PASSPHRASE out of this process's environment for the block, so that a program started in it
    (the browser, by Python's ``webbrowser``) does not inherit it; put back afterwards."""
    saved = os.environ.pop(PASSPHRASE_ENV, None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ[PASSPHRASE_ENV] = saved


def env_snapshot(env: Mapping[str, str]) -> dict[str, str]:
    """The documented settings variables, read once when the command starts (kept in ``ctx.obj``)."""
    return {name: env[name] for name in SETTINGS_ENV if name in env}


def settings_from_env(env: Mapping[str, str]) -> VaultSettings:
    """Turn the environment switches into the values the library takes; nothing below the CLI reads them."""
    from crypto.kdf import KdfPolicy
    from intake.vault.settings import BUSY_TIMEOUT_MS, VaultSettings

    busy = env.get(BUSY_TIMEOUT_ENV, "")
    return VaultSettings(busy_timeout_ms=int(busy) if busy.isdigit() else BUSY_TIMEOUT_MS,
                         kdf=KdfPolicy(test_cost=env.get(INSECURE_TEST_KDF_ENV) == "1"))


def vault_settings(ctx: click.Context) -> VaultSettings:
    """The settings of this invocation; warns when the test-only cheap KDF is on."""
    obj = ctx.find_root().obj or {}
    value = settings_from_env(obj.get("env", {}))
    if value.kdf.test_cost:
        warn(f"{INSECURE_TEST_KDF_ENV}=1 is set: new key slots use a cheap KDF; never use this for real data")
    return value


def models_dir(ctx: click.Context) -> Path:
    """The per-user models folder: $INTAKE_MODELS_DIR, else $XDG_DATA_HOME/intake/models, else
    ~/.local/share/intake/models."""
    env = (ctx.find_root().obj or {}).get("env", {})
    if env.get(MODELS_DIR_ENV):
        return Path(env[MODELS_DIR_ENV]).expanduser()
    data = Path(env["XDG_DATA_HOME"]).expanduser() if env.get("XDG_DATA_HOME") else Path.home() / ".local" / "share"
    return data / "intake" / "models"


def vault_path(ctx: click.Context) -> Path:
    value = ctx.obj.get("vault") if ctx.obj else None
    if not value:
        raise NoVaultError("no vault given")
    return Path(value).expanduser()


def warn_unlock_facts(vault: Vault) -> None:
    """What the library found while unlocking and the user should know (it returns facts, we print)."""
    if weak := vault.weak_slots:
        from crypto.kdf import FLOOR_M_KIB, FLOOR_T  # not at import time: 'intake --help' loads no crypto

        warn(f"key slot(s) {', '.join(weak)}: KDF cost below the minimum for new slots (t >= {FLOOR_T}, "
             f"{FLOOR_M_KIB // 1024} MiB); a copy of keyslots.bin makes such a passphrase cheap to guess: replace "
             "the slot ('intake keys passwd' rewrites your own)")
    if vault.rollback is not None:
        warn(f"the catalog is older than the key area records (a rollback or a restored backup): "
             f"{vault.rollback.describe()}; nothing is written to it (restore the newest catalog.db, or "
             "'intake audit accept-rollback' if you restored it on purpose)")
    skipped = vault.leftovers.skipped
    if skipped:
        listed = ", ".join(f"{s.kind}: {s.name}" for s in skipped[:5]) + (", ..." if len(skipped) > 5 else "")
        noun = "entry that is not a regular file" if len(skipped) == 1 else "entries that are not regular files"
        warn(f"tmp/ holds {len(skipped)} {noun} ({printable(listed)}); Intake leaves them alone: "
             "remove them if you did not put them there")


def show_results(report: BatchReport, line: Callable[[IngestResult], str], summary: str) -> None:
    """One line per file (``FAILED  why`` or ``line(result)``), a warning for each original ``--shred`` could
    not remove, then ``summary`` with the count of those originals."""
    for r in report.results:
        if r.status == "failed":
            say(f"FAILED     {r.message}")
            continue
        say(line(r) + (", original shredded" if r.shredded else ""))
        if r.not_shredded:
            warn(f"{r.not_shredded}: its plaintext is still readable")
    kept = sum(1 for r in report.results if r.not_shredded)
    click.echo(summary + (f", {kept} original(s) not shredded" if kept else ""))


def refuse_not_shredded(report: BatchReport, done: str) -> None:
    """Exit 7 when ``--shred`` left some originals in place (a read-only card): they were ``done`` all the same."""
    kept = sum(1 for r in report.results if r.not_shredded)
    if kept:
        total = report.count(done)
        raise PartialFailure(f"{kept} of {total} original(s) could not be shredded; all of them were {done}",
                             hint="copy the recordings to a writable disk and shred them there, or wipe the card "
                                  "once the steward confirms the import")


def warn_hidden(report: BatchReport, verb: str, done: str) -> None:
    """Name the hidden files and folders a ``--recursive`` walk did not take (on the user's own terminal)."""
    if not report.hidden:
        return
    from intake.ingest.batch import count_files

    warn(f"--recursive skipped {len(report.hidden)} hidden item(s), not {done}; a trash folder holds deleted "
         "recordings that are still readable:")
    for path in report.hidden:
        inside = f" ({count_files(path)} file(s) inside)" if path.is_dir() and not path.is_symlink() else ""
        say(f"  {path}{inside}", err=True)
    click.echo(f"intake: hint: {verb} a hidden recording by naming it (a file, not its folder); shred or delete "
               "what a trash folder holds, then empty the trash", err=True)


def failed_summary(failed: int, total: int, items: str, done: str) -> str:
    """``2 of 5 file(s) failed; the others were ingested``, or ``...; nothing was ingested`` when all failed."""
    rest = f"nothing was {done}" if failed >= total else f"the others were {done}"
    return f"{failed} of {total} {items} failed; {rest}"


def emit_json(data: Any) -> None:
    click.echo(json_safe(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)))


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> None:
    """A plain aligned table (no colours, safe to pipe)."""
    data = [[("" if c is None else printable(c)) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in data]) for i, h in enumerate(headers)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in data:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def refuse_withdrawn(report: BatchReport) -> None:
    """Exit code 6 when any recording of the batch was refused as withdrawn (consent withdrawn or retention)."""

    refused = sum(isinstance(r.error, RecordingWithdrawn) for r in report.results)
    if not refused:
        return
    others = report.failed - refused
    raise RecordingWithdrawn(f"{refused} of {len(report.results)} recording(s) refused: this recording was withdrawn "
                             "(consent withdrawn or retention); it is not imported again"
                             + (f"; {others} other(s) failed" if others else ""))
