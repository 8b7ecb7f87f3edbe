"""Progress bars on standard error (rich), silent when stderr is not a terminal unless forced."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.text import Text

from intake.cli.printable import printable, printable_lines


@contextmanager
def byte_progress(description: str) -> Iterator[Progress]:
    console = Console(file=sys.stderr)
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
        yield bar


class _AudioSeconds(ProgressColumn):
    """"12/300 s of audio" (or "12 s of audio" while the length is unknown)."""

    def render(self, task: Task) -> Text:
        done = f"{task.completed:.0f}"
        return Text(f"{done}/{task.total:.0f} s of audio" if task.total else f"{done} s of audio")


class RecordingProgress:
    """One bar per recording, in audio seconds with an ETA; result lines and warnings are printed above it.

    When the bar is not shown (standard error is not a terminal) results go to standard output and warnings
    to standard error, line by line, exactly as without a bar.
    """

    def __init__(self, bar: Progress, count: int) -> None:
        self._bar = bar
        self._count = count
        self._index = 0
        self._task: TaskID | None = None
        self._live = not bar.disable

    def start(self, label: str, total: float | None) -> None:
        """A new bar for the next recording (``total``: its duration in seconds, when known)."""
        self._index += 1
        self._task = self._bar.add_task(f"[{self._index}/{self._count}] {printable(label)}",
                                        total=total if total and total > 0 else None)

    def advance(self, seconds: float) -> None:
        """The recording is decoded up to ``seconds``."""
        task = self._current()
        if task is not None:
            self._bar.update(task.id, completed=min(seconds, task.total) if task.total else seconds)

    def finish(self, line: str, warnings: Sequence[str] = (), notes: Sequence[str] = ()) -> None:
        """Fill the bar to 100 %, remove it, and print the result line, its notes (indented, standard output)
        and warnings (standard error) above the next one."""
        task = self._current()
        if task is not None:
            end = task.total or task.completed or 1.0
            self._bar.update(task.id, total=end, completed=end)
            self._bar.refresh()
            self._bar.remove_task(task.id)
            self._task = None
        self._print(printable(line), err=False)
        for note in notes:
            self._print(f"  {printable(note)}", err=False)
        for warning in warnings:
            self._print(f"intake: warning: {printable_lines(warning)}", err=True)

    def _current(self) -> Task | None:
        return next((t for t in self._bar.tasks if t.id == self._task), None)

    def _print(self, text: str, *, err: bool) -> None:
        if self._live and (err or sys.stdout.isatty()):
            self._bar.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(text, err=err)


@contextmanager
def recording_progress(count: int) -> Iterator[RecordingProgress]:
    """Progress over ``count`` recordings on standard error (shown only on a terminal)."""
    console = Console(file=sys.stderr)
    columns = (TextColumn("{task.description}"), BarColumn(), _AudioSeconds(), TextColumn("ETA"),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal,
                  redirect_stdout=False, redirect_stderr=False) as bar:
        yield RecordingProgress(bar, count)
