"""``workspace``: the review workspace in the browser, served from memory on 127.0.0.1 (docs/workspace.md)."""

from __future__ import annotations

import click

from intake.cli.common import warn
from intake.cli.unlocking import open_vault
from intake.errors import UsageError


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port on 127.0.0.1 (0: a free port chosen at random).")
@click.option("--no-browser", is_flag=True, help="Print the address instead of opening the browser.")
@click.option("--idle-minutes", type=click.FloatRange(min=0.01, max=24 * 60), default=15.0, show_default=True,
              help="Lock the vault after this long without activity in the page.")
@click.pass_context
def workspace(ctx: click.Context, port: int, no_browser: bool, idle_minutes: float) -> None:
    """Review, correct, listen to and approve transcripts in the browser.

    The vault is unlocked once and stays unlocked while the workspace runs; Ctrl-C, the idle timeout,
    'intake lock', 'intake panic' or 'kill -USR1 PID' lock it. The server listens on 127.0.0.1 only; the printed address
    holds a one-time secret: open it in a private window of your own browser, and share it with no one.

    \b
    Examples:
      intake workspace
      intake workspace --no-browser --port 8765
    """
    import os

    from intake.workspace.server import serve

    if port and port < 1024:
        raise UsageError("choose a port of 1024 or above (or 0 for a random one)")
    from intake.agent.lockreq import LockWatch
    from intake.cli.unlocking import agent_folder

    vault = open_vault(ctx)
    watch = LockWatch(agent_folder(ctx))  # a lock request newer than this unlock locks the workspace

    def ready(url: str) -> None:
        click.echo(f"workspace: {url}")
        click.echo(f"open it once (it works one time); Ctrl-C, 'intake lock' or 'kill -USR1 {os.getpid()}' "
                   "locks the vault", err=True)
        if not no_browser:
            _open_browser(url)

    reason = serve(vault, port=port, idle_seconds=idle_minutes * 60, on_ready=ready, lock_requested=watch.requested)
    click.echo(f"workspace: {reason or 'stopped'}; the vault is locked", err=True)


def _open_browser(url: str) -> None:
    import webbrowser

    if not webbrowser.open(url, new=1):
        warn("no browser could be started: open the address above yourself")
