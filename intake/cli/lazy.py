"""Click groups that suggest a command for a typo, and a root group that imports a subcommand's module only
when it runs, so ``intake --help`` stays fast."""

from __future__ import annotations

import difflib
import importlib
from typing import Any

import click

from intake.errors import UsageError

GLOBAL_OPTIONS = ("--vault", "--passphrase-file", "--slot")  # each takes a value


class SuggestingGroup(click.Group):
    """A mistyped command is a usage error (exit 2) that names the closest commands."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None,
                                                                                list[str]]:
        name = click.utils.make_str(args[0]) if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            known = self.list_commands(ctx)
            close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
            where = " ".join([*ctx.command_path.split()[1:], name])
            named = [f"'{ctx.command_path} {c}'" for c in close]
            hint = (f"did you mean {' or '.join(named)}?" if close
                    else f"'{ctx.command_path} --help' lists the commands: {', '.join(known)}")
            raise UsageError(f"no such command '{where}'", hint=hint)
        return super().resolve_command(ctx, args)


class LazyGroup(SuggestingGroup):
    def __init__(self, *args: Any, lazy_commands: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands:
            module_name, attr = self.lazy_commands[cmd_name].split(":")
            command = getattr(importlib.import_module(module_name), attr)
            if not isinstance(command, click.Command):
                raise TypeError(f"{self.lazy_commands[cmd_name]} is not a click command")
            return command
        return super().get_command(ctx, cmd_name)


def hoist_global_options(argv: list[str]) -> list[str]:
    """Move ``--vault``, ``--passphrase-file`` and ``--slot`` (with their values) to the front, wherever they
    were typed, so ``intake status --vault V`` works like ``intake --vault V status``. Nothing after ``--``
    moves; no subcommand has an option of these names (tests/cli/test_cli_small.py checks)."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i:])
            break
        if arg.split("=", 1)[0] in GLOBAL_OPTIONS:
            take = 1 if "=" in arg else 2
            front.extend(argv[i:i + take])
            i += take
            continue
        rest.append(arg)
        i += 1
    return front + rest
