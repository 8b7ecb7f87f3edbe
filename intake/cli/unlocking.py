"""Getting an unlocked vault: from the unlock agent when one holds this vault, else the passphrase.

The passphrase comes from ``--passphrase-file``, ``INTAKE_PASSPHRASE`` or a hidden prompt. A prompt is
retried up to :data:`PROMPT_TRIES` times on a wrong passphrase; a file or the variable is not (nothing would
change). Without a terminal, the prompt would fall back to reading standard input with the characters
echoed: it is refused instead with :class:`NoTerminal`, whose hint names the non-interactive ways.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.common import passphrase_from_env, vault_path, vault_settings, warn_unlock_facts
from intake.errors import AgentError, AuthError, NoTerminal, UsageError, VaultPanicked

if TYPE_CHECKING:
    from intake.vault.header import VaultHeader
    from intake.vault.open import Vault
    from intake.vault.settings import VaultSettings

PROMPT_TRIES = 3
RUNTIME_ENV = "XDG_RUNTIME_DIR"


def passphrase_source(ctx: click.Context) -> str:
    """``file``, ``env`` or ``prompt``: where :func:`read_passphrase` will take it from."""
    if ctx.find_root().obj and ctx.find_root().obj.get("passphrase_file"):
        return "file"
    return "env" if passphrase_from_env() else "prompt"


def require_terminal() -> None:
    """Refuse a hidden prompt that could only read echoed standard input (getpass's fallback)."""
    if getattr(click.termui.hidden_prompt_func, "__module__", "") != "click.termui":
        return  # a test runner (click.testing) or another front end answers prompts itself
    import termios

    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        raise NoTerminal() from None
    try:
        termios.tcgetattr(fd)  # what getpass needs; without it, it would read echoed standard input
    except termios.error:
        raise NoTerminal() from None
    finally:
        os.close(fd)


def hidden_prompt(prompt: str) -> str:
    require_terminal()
    value: str = click.prompt(prompt, hide_input=True, err=True)
    return value


def read_passphrase(ctx: click.Context, *, prompt: str = "Passphrase") -> str:
    """From --passphrase-file, INTAKE_PASSPHRASE, or a hidden prompt."""
    file = (ctx.find_root().obj or {}).get("passphrase_file")
    if file:
        with open(file, encoding="utf-8") as fh:
            first = fh.readline().rstrip("\r\n")
        if not first:
            raise UsageError("the passphrase file is empty")
        return first
    env = passphrase_from_env()
    if env:
        return env
    return hidden_prompt(prompt)


def new_passphrase_twice(prompt: str, check: Callable[[str], None] | None = None) -> str:
    """A new passphrase typed twice; ``check`` (a callable) refuses it before the second prompt."""
    for _ in range(PROMPT_TRIES):
        first = hidden_prompt(prompt)
        if check is not None:
            check(first)
        if hidden_prompt("Repeat for confirmation") == first:
            return first
        click.echo("intake: the two entries do not match; type it again", err=True)
    raise UsageError("the two entries did not match")


def new_vault_passphrase(ctx: click.Context, check: Callable[[str], None]) -> str:
    """``init``: from --passphrase-file or INTAKE_PASSPHRASE as given, else typed twice, checked after the first."""
    if passphrase_source(ctx) != "prompt":
        value = read_passphrase(ctx)
        check(value)
        return value
    return new_passphrase_twice("New passphrase", check)


def unlock_with_passphrase(ctx: click.Context, path: Path, settings: VaultSettings, *,
                           diagnose: bool = False) -> tuple[Vault, str]:
    """Unlock with the passphrase; a prompted one is asked again after a wrong entry (3 tries in all).

    ``diagnose``: a rolled-back catalog opens too, for commands that only report (``Vault.rollback``).
    """
    from intake.vault.open import unlock

    tries = PROMPT_TRIES if passphrase_source(ctx) == "prompt" else 1
    wrong: AuthError | None = None
    for attempt in range(1, tries + 1):
        try:
            passphrase = read_passphrase(ctx)
        except click.exceptions.Abort:
            if wrong is None:
                raise
            raise wrong from None  # input ended after a wrong passphrase: that is the answer (exit 4)
        try:
            vault = unlock(path, passphrase, slot_id=ctx.find_root().obj.get("slot"), settings=settings,
                           diagnose=diagnose)
            return vault, passphrase
        except AuthError as err:
            if attempt == tries or isinstance(err, VaultPanicked):  # no passphrase opens it: asking again helps no one
                raise
            wrong = err
            click.echo(f"intake: wrong passphrase or damaged key slot; try again ({tries - attempt} left)", err=True)
    raise AssertionError("unreachable")


def agent_folder(ctx: click.Context) -> Path:
    from intake.agent.runtime import agent_dir

    env = (ctx.find_root().obj or {}).get("env", {})
    return agent_dir(env.get(RUNTIME_ENV), os.getuid())


def agent_socket(ctx: click.Context, vault_id: bytes) -> Path:
    from intake.agent.runtime import socket_path

    return socket_path(agent_folder(ctx), vault_id)


def from_agent(ctx: click.Context, path: Path, header: VaultHeader, settings: VaultSettings, *,
               diagnose: bool = False) -> Vault | None:
    """The vault opened with the key an agent holds, or None (no agent, another slot asked, a stale key)."""
    from intake.agent import client
    from intake.vault.keyarea import slot_present
    from intake.vault.open import open_unlocked

    try:
        sock = agent_socket(ctx, header.vault_id)
        got = client.ask_key(sock, header.vault_id)
    except AgentError as err:
        warn_agent(err)
        return None
    wanted = ctx.find_root().obj.get("slot")
    if got is None or (wanted and wanted != got.slot_id):
        return None
    if not slot_present(path, got.slot_id):
        client.lock(sock)
        click.echo("intake: warning: the unlock agent's key slot is gone; the agent was locked", err=True)
        return None
    try:
        return open_unlocked(path, header, got.master, got.slot_id, None, settings, diagnose=diagnose)
    except AuthError:
        client.lock(sock)
        click.echo("intake: warning: the unlock agent's key no longer opens this vault (the master key was "
                   "rotated?); the agent was locked", err=True)
        return None


def warn_agent(err: AgentError) -> None:
    click.echo(f"intake: warning: unlock agent not used: {err.message}", err=True)


def open_vault(ctx: click.Context, *, agent: bool = True, diagnose: bool = False) -> Vault:
    """Unlock the vault named by --vault / INTAKE_VAULT: from the agent when it holds it, else the passphrase.

    ``agent=False`` always asks for the passphrase (key management: a running agent must not be enough).
    ``diagnose=True`` (verify, audit verify/show, status) also opens a catalog older than the key area
    records, with a warning; every other command refuses it (exit 5).
    """
    from intake.vault.header import read_header

    path = vault_path(ctx)
    header = read_header(path)  # fail fast ("no vault here") before asking for a passphrase
    settings = vault_settings(ctx)
    vault = from_agent(ctx, path, header, settings, diagnose=diagnose) if agent else None
    if vault is None:
        vault, _ = unlock_with_passphrase(ctx, path, settings, diagnose=diagnose)
    warn_unlock_facts(vault)
    return vault
