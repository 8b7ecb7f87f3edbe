"""``workspace``: the review workspace in the browser, served from memory on 127.0.0.1 (docs/workspace.md)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from intake.cli.common import passphrase_withheld, warn
from intake.cli.unlocking import RUNTIME_ENV, open_vault
from intake.errors import UsageError

if TYPE_CHECKING:
    from intake.workspace.launch import Door


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port on 127.0.0.1: 1024 to 65535, or 0 for a free port chosen at random.")
@click.option("--no-browser", is_flag=True,
              help="Print the one-time address instead of opening the browser (paste it into a browser yourself).")
@click.option("--idle-minutes", type=click.FloatRange(min=0.01, max=24 * 60), default=15.0, show_default=True,
              help="Lock the vault after this long without activity in the page.")
@click.pass_context
def workspace(ctx: click.Context, port: int, no_browser: bool, idle_minutes: float) -> None:
    """Review, correct, listen to and approve transcripts in the browser.

    The vault is unlocked once and stays unlocked while the workspace runs; Ctrl-C, the idle timeout,
    'intake lock', 'intake panic' or 'kill -USR1 PID' lock it. The server listens on 127.0.0.1 only. The
    browser logs in through a launch page only you can read, so the one-time secret never appears on a
    command line; it is removed once used. With --no-browser the printed address holds the one-time secret:
    open it in a private window of your own browser, and share it with no one.

    \b
    Examples:
      intake workspace
      intake workspace --no-browser --port 8765
    """
    from intake.workspace.server import bind, serve

    if port and port < 1024:
        raise UsageError("choose a port of 1024 or above (or 0 for a random one)")
    from intake.agent.lockreq import LockWatch, check_folder
    from intake.cli.unlocking import agent_folder

    agents = agent_folder(ctx)
    check_folder(agents)  # where 'intake lock' reaches us: one we cannot trust is refused at once
    sock = bind(port)  # before the passphrase: a port in use is refused at once
    try:
        vault = open_vault(ctx)
    except BaseException:
        sock.close()
        raise
    try:
        watch = LockWatch(agents)  # a lock request newer than this unlock locks the workspace
    except BaseException:
        vault.close()
        sock.close()
        raise

    def ready(door: Door) -> None:
        if no_browser or not _open_browser(door):
            click.echo(f"workspace: {door.url}")
            click.echo("open it once (it works one time)", err=True)
        click.echo(f"Ctrl-C, 'intake lock' or 'kill -USR1 {os.getpid()}' locks the vault", err=True)

    runtime_dir = (ctx.find_root().obj or {}).get("env", {}).get(RUNTIME_ENV)  # where the launch page goes
    try:
        reason = serve(vault, port=port, idle_seconds=idle_minutes * 60, on_ready=ready,
                       lock_requested=watch.requested, runtime_dir=runtime_dir, sock=sock)
    except KeyboardInterrupt:  # Ctrl-C is the documented way to lock: a normal stop, exit 0 (docs/cli.md)
        reason = "stopped (Ctrl-C)"
    click.echo(f"workspace: {reason or 'stopped'}; the vault is locked", err=True)


def _open_browser(door: Door) -> bool:
    """Open the launch page in the default browser; False (page removed) when no browser could be started.

    The browser's argv holds only the page's file address, and it does not inherit INTAKE_PASSPHRASE."""
    import webbrowser

    try:
        with passphrase_withheld():
            opened = webbrowser.open(door.launch_page().as_uri(), new=1)
    except (OSError, webbrowser.Error):
        opened = False
    if not opened:
        door.close()
        warn("no browser could be started: open the address below yourself")
        return False
    click.echo(f"workspace: {door.address} (opened in your browser)")
    click.echo("intake: hint: a browser that cannot read the launch page (snap, flatpak) shows an error instead: "
               "stop with Ctrl-C and run 'intake workspace --no-browser'", err=True)
    return True
