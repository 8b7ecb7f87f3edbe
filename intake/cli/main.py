"""The ``intake`` command: a thin click layer over the library. Errors are printed in one place."""

from __future__ import annotations

import os
import sys
import traceback

import click

from intake import __version__
from intake.cli.common import env_snapshot
from intake.cli.lazy import LazyGroup, hoist_global_options
from intake.cli.printable import printable_lines
from intake.errors import ExitCode, IntakeError, Interrupted

COMMANDS = {
    "init": "intake.cli.vault_cmds:init",
    "status": "intake.cli.vault_cmds:status",
    "unlock": "intake.cli.agent_cmds:unlock",
    "lock": "intake.cli.agent_cmds:lock",
    "audit": "intake.cli.vault_cmds:audit_group",
    "verify": "intake.cli.vault_cmds:verify",
    "ingest": "intake.cli.ingest_cmds:ingest",
    "interviews": "intake.cli.ingest_cmds:interviews",
    "recordings": "intake.cli.ingest_cmds:recordings",
    "transcribe": "intake.cli.transcribe_cmds:transcribe",
    "transcripts": "intake.cli.transcribe_cmds:transcripts",
    "models": "intake.cli.model_cmds:models",
    "languages": "intake.cli.model_cmds:languages",
    "speakers": "intake.cli.transcribe_cmds:speakers",
    "entities": "intake.cli.pseudo_cmds:entities",
    "pseudonymise": "intake.cli.pseudo_cmds:pseudonymise",
    "review": "intake.cli.pseudo_cmds:review",
    "approve": "intake.cli.approve_cmds:approve",
    "leakcheck": "intake.cli.pseudo_cmds:leakcheck",
    "residual": "intake.cli.residual_cmds:residual",
    "reidentify": "intake.cli.pseudo_cmds:reidentify",
    "pseudonymise-text": "intake.cli.pseudo_cmds:pseudonymise_text",
    "policy": "intake.cli.pseudo_cmds:policy",
    "export": "intake.cli.export_cmds:export",
    "exports": "intake.cli.export_cmds:exports",
    "keys": "intake.cli.keys_cmds:keys",
    "panic": "intake.cli.keys_cmds:panic",
    "field": "intake.cli.field_cmds:field",
    "import": "intake.cli.field_cmds:import_cmd",
    "withdraw": "intake.cli.lifecycle_cmds:withdraw",
    "retention": "intake.cli.lifecycle_cmds:retention",
    "workspace": "intake.cli.workspace_cmds:workspace",
}


@click.group(cls=LazyGroup, lazy_commands=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="intake", message="%(prog)s %(version)s")
@click.option("--vault", "vault_path", envvar="INTAKE_VAULT", type=click.Path(file_okay=False),
              help="The vault directory (or set INTAKE_VAULT).")
@click.option("--passphrase-file", type=click.Path(dir_okay=False, exists=True),
              help="Read the passphrase from the first line of this file instead of prompting.")
@click.option("--slot", "slot_id", metavar="SLOT", help="Unlock with this key slot only (see 'intake keys list').")
@click.pass_context
def cli(ctx: click.Context, vault_path: str | None, passphrase_file: str | None, slot_id: str | None) -> None:
    """Intake keeps field interviews safe from the microphone to the coder's desk.

    Recordings are encrypted the moment they are ingested, transcribed locally, pseudonymised with human
    review, and exported to coders as anonymised transcripts only. Nothing touches a network.

    The passphrase is asked for with a hidden prompt; for automation use --passphrase-file or the
    INTAKE_PASSPHRASE environment variable (visible to other processes of the same user: see docs/cli.md).
    """
    ctx.obj = {"vault": vault_path, "passphrase_file": passphrase_file, "slot": slot_id,
               "env": env_snapshot(os.environ)}


def _print_error(err: IntakeError) -> None:
    """The one place errors are printed; messages may name files, so they go through the sanitiser."""
    click.echo(f"intake: error: {printable_lines(err.message)}", err=True)
    if err.hint:
        click.echo(f"intake: hint: {printable_lines(err.hint)}", err=True)


def main(argv: list[str] | None = None) -> None:
    """Entry point: harden the process (no core dumps), run the CLI, map every failure to an exit code."""
    from intake.cli.process import harden_process

    harden_process()
    code = run(argv)
    sys.exit(code)


def run(argv: list[str] | None = None) -> int:
    try:
        args = sys.argv[1:] if argv is None else argv
        cli.main(args=hoist_global_options(list(args)), prog_name="intake", standalone_mode=False)
    except IntakeError as err:
        _print_error(err)
        return err.exit_code
    except click.exceptions.Abort as exc:  # click turns Ctrl-C into Abort: keep what an Interrupted says
        cause = exc.__cause__
        message = cause.message if isinstance(cause, Interrupted) else "interrupted"
        click.echo(f"intake: error: {printable_lines(message)}", err=True)
        return ExitCode.INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        return ExitCode.USAGE
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except KeyboardInterrupt as exc:  # an Interrupted says what the unfinished step had already done
        message = exc.message if isinstance(exc, Interrupted) else Interrupted().message
        click.echo(f"intake: error: {printable_lines(message)}", err=True)
        return ExitCode.INTERRUPTED
    except Exception as exc:  # unexpected: never show the message, it could hold interview text
        if os.environ.get("INTAKE_DEBUG") == "1":
            traceback.print_exc()
        click.echo(f"intake: error: internal error ({type(exc).__name__})", err=True)
        click.echo("intake: hint: this is a bug; rerun with INTAKE_DEBUG=1 to see where (the trace may show data)",
                   err=True)
        return ExitCode.ERROR
    return ExitCode.OK
