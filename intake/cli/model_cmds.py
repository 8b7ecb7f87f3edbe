"""``intake models list|verify|add`` and ``intake languages``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.common import emit_json, json_option, models_dir, say, table
from intake.cli.lazy import SuggestingGroup
from intake.cli.unlocking import open_vault
from intake.errors import ModelError

if TYPE_CHECKING:
    from transcribe.user_models import ModelStore


def model_store(ctx: click.Context) -> ModelStore:
    from transcribe.user_models import ModelStore

    return ModelStore(models_dir(ctx))


def _model_error(exc: Exception) -> ModelError:
    return ModelError(str(exc), hint=getattr(exc, "hint", None))


@click.group(cls=SuggestingGroup)
def models() -> None:
    """Local speech models (never downloaded): the bundled Whisper base and the ones you add."""


@models.command("list")
@json_option
@click.pass_context
def models_list(ctx: click.Context, as_json: bool) -> None:
    """List the models Intake can use without a network, with size and checksum of model.bin.

    \b
    Examples:
      intake models list
    """
    from transcribe import list_models

    rows = [(m.name, "bundled", m.size, m.sha256, "ok" if m.ok else m.detail, str(m.path)) for m in list_models()]
    rows += [(m.name, "added", m.size, m.sha256, "recorded", str(m.path)) for m in model_store(ctx).list()]
    if as_json:
        emit_json([{"id": name, "kind": kind, "size": size, "sha256": sha, "ok": state in ("ok", "recorded"),
                    "path": path} for name, kind, size, sha, state, path in rows])
        return
    table(((name, kind, size, sha[:16], state, path) for name, kind, size, sha, state, path in rows),
          ["id", "kind", "bytes", "sha256", "state", "path"])


@models.command("verify")
@click.option("--model", metavar="NAME|DIR", help="An added model's name or a model directory (default: bundled).")
@click.pass_context
def models_verify(ctx: click.Context, model: str | None) -> None:
    """Hash the model files and compare with the pinned or recorded checksums.

    \b
    Examples:
      intake models verify
      intake models verify --model small
    """
    from transcribe import TranscribeError, verify_model

    if model is not None and not Path(model).is_dir():
        try:
            added = model_store(ctx).verify(model)
        except TranscribeError as exc:
            raise _model_error(exc) from exc
        say(f"{added.name}: ok (model.bin sha256 {added.sha256}, {len(added.files)} files, {added.size} bytes)")
        return
    info = verify_model(Path(model) if model else None)
    if not info.ok:
        raise ModelError(f"model {info.name} failed verification: {info.detail}",
                         hint="reinstall Intake (pip install --force-reinstall) to restore the bundled model")
    say(f"{info.name}: ok (sha256 {info.sha256}, {info.size} bytes)")


@models.command("add")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--name", required=True, help="The name to pick it by: intake transcribe --model NAME.")
@click.pass_context
def models_add(ctx: click.Context, directory: Path, name: str) -> None:
    """Verify a CTranslate2 Whisper model directory and copy it into your models folder.

    The files are checked (model.bin with a Whisper header, config.json, tokenizer.json, vocabulary),
    copied, and their SHA-256 recorded; a model whose files later change is refused. Compare the printed
    model.bin checksum with the one you noted where you obtained the model.

    \b
    Examples:
      intake models add ./whisper-small --name small
    """
    from transcribe import TranscribeError

    try:
        added = model_store(ctx).add(directory, name)
    except TranscribeError as exc:
        raise _model_error(exc) from exc
    say(f"added model {added.name}: {len(added.files)} files, {added.size} bytes, in {added.path}")
    for f in added.files:
        say(f"  {f.sha256}  {f.name}")


@click.command()
@click.option("--set", "codes", metavar="CODES", help="Replace the study's languages, e.g. ru,be,en (Whisper codes).")
@json_option
@click.pass_context
def languages(ctx: click.Context, codes: str | None, as_json: bool) -> None:
    """Show or set the study's languages: auto-detection chooses among them (default ru, be, en).

    When Whisper's best guess lies outside them, the transcript carries a warning for review.

    \b
    Examples:
      intake languages
      intake languages --set ru,be,en,uk
    """
    from intake.transcripts.languages import set_study_languages, study_languages
    from transcribe.languages import LanguageCodeError, parse_languages

    if codes is not None:
        try:
            parse_languages(codes)  # refused before the passphrase is asked for
        except LanguageCodeError as exc:
            raise click.BadParameter(str(exc), param_hint="--set") from None
    with open_vault(ctx) as vault:
        current = set_study_languages(vault, codes) if codes is not None else study_languages(vault)
    if as_json:
        emit_json({"languages": list(current)})
        return
    click.echo(f"study languages: {', '.join(current)}")
