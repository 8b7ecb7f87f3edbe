"""``intake unlock`` and ``intake lock``: one passphrase per working session (docs/cli.md, intake/agent/)."""

from __future__ import annotations

import os
import re
import socket
import sys

import click

from intake.cli.common import environment_without_passphrase, vault_path, vault_settings
from intake.cli.unlocking import agent_folder, agent_socket, unlock_with_passphrase
from intake.errors import AgentError, UsageError

DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smh]?)$")
UNITS = {"s": 1, "m": 60, "h": 3600, "": 60}
MAX_IDLE_S = 12 * 3600


def parse_timeout(text: str) -> float:
    """``15m``, ``90s``, ``2h`` (a bare number is minutes), between 1 second and 12 hours."""
    found = DURATION.match(text.strip())
    if not found:
        raise UsageError(f"--timeout {text!r}: give a number with s, m or h (15m, 2h)")
    seconds = float(found.group(1)) * UNITS[found.group(2)]
    if not 1 <= seconds <= MAX_IDLE_S:
        raise UsageError("--timeout must be between 1s and 12h")
    return seconds


def describe(seconds: float) -> str:
    return f"{seconds / 3600:g}h" if seconds >= 3600 else f"{seconds / 60:g}m" if seconds >= 60 else f"{seconds:g}s"


@click.command()
@click.option("--timeout", default="15m", show_default=True, metavar="DURATION",
              help="Lock after this long without a command using the vault (90s, 15m, 2h; at most 12h).")
@click.pass_context
def unlock(ctx: click.Context, timeout: str) -> None:
    """Unlock the vault once for this working session: later commands ask no passphrase.

    A background agent holds the vault's master key in memory only, serves it to your own user's intake
    commands over a private socket, and locks (wipes the key) after the idle timeout, on 'intake lock',
    on 'intake panic', when its key slot is destroyed, and when your login session ends. Key management
    (keys add, passwd, remove, rotate, recovery create) still asks for the passphrase.

    \b
    Examples:
      intake unlock                  # type the passphrase once
      intake unlock --timeout 1h
    """
    from intake.agent import client
    from intake.agent.runtime import private_dir
    from intake.vault.header import read_header

    idle = parse_timeout(timeout)
    path = vault_path(ctx)
    header = read_header(path)
    if not hasattr(socket, "SO_PEERCRED"):
        raise AgentError("this system cannot check who talks to a socket (no SO_PEERCRED); the agent needs Linux")
    sock = agent_socket(ctx, header.vault_id)
    private_dir(sock.parent, create=True)
    running = client.status(sock)
    if running:
        click.echo(f"already unlocked: agent {running['pid']} holds this vault; it locks after "
                   f"{describe(float(running['idle_left_s']))} without use")
        return
    vault, _ = unlock_with_passphrase(ctx, path, vault_settings(ctx))
    with vault:
        setup = {"vault_path": str(vault.path.absolute()), "vault_id": header.vault_id.hex(),
                 "slot_id": vault.slot_id, "idle_s": idle, "session_leader": os.getsid(0), "socket": str(sock)}
        env = environment_without_passphrase()  # the agent never sees INTAKE_PASSPHRASE
        pid = client.start([sys.executable, "-m", "intake.cli.agent_proc"], env, setup, vault.master_key)
    click.echo(f"unlocked: agent {pid} holds the key of {path} for this session; it locks after {describe(idle)} "
               "without use, on 'intake lock' or 'intake panic'")
    info = client.status(sock)
    if info is not None and not info.get("key_in_locked_memory"):
        click.echo("intake: warning: the key could not be locked in memory (mlock); swap could hold it: use "
                   "encrypted swap (docs/threat-model.md)", err=True)


def lock_everything(ctx: click.Context) -> int:
    """Lock every unlock agent of this user and leave a lock request for the review workspace; 0 when the
    agent folder cannot be trusted (see :func:`lock_or_refuse`)."""
    try:
        return lock_or_refuse(ctx)
    except AgentError:
        return 0


def lock_or_refuse(ctx: click.Context) -> int:
    """As :func:`lock_everything`, but :class:`AgentError` when the agent folder is not a private folder of this
    user (another user made ``/tmp/intake-UID`` first): no agent or workspace of ours can be listening there,
    and no request was left."""
    from intake.agent import client
    from intake.agent.lockreq import request_lock
    from intake.agent.runtime import private_dir

    folder = agent_folder(ctx)
    try:
        private_dir(folder, create=True)
        request_lock(folder)
    except (AgentError, OSError) as exc:
        raise AgentError(f"nothing was locked: {folder} is not a private folder of this user",
                         hint="remove that folder (someone else may have made it); a running 'intake workspace' "
                              "locks with Ctrl-C or 'kill -USR1 PID'") from exc
    return client.lock_all(folder)


@click.command()
@click.pass_context
def lock(ctx: click.Context) -> None:
    """Lock now: every unlock agent of yours wipes its key and exits; the review workspace locks too.

    Needs no passphrase and no vault: it locks whatever you unlocked. 'intake panic' does this as well.

    \b
    Examples:
      intake lock
    """
    count = lock_or_refuse(ctx)
    click.echo(f"locked {count} unlock agent(s)" if count else "no unlock agent was running")
    click.echo("a running review workspace (if any) was asked to lock and locks within seconds")
