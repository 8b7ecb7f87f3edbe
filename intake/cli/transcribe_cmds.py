"""``intake transcribe``, ``transcripts list|show``, ``models list|verify``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.common import emit_json, json_option, open_vault, read_lines, table, warn
from intake.cli.import_cmds import transcripts_import
from intake.errors import ModelError, PartialFailure, UsageError

if TYPE_CHECKING:
    from collections.abc import Callable

    from intake.ingest.recordings import Recording
    from intake.vault.open import Vault
    from transcribe import Engine, TranscribeOptions


def _options(rec: Recording, language: str | None, beam_size: int, vad: bool, words: bool) -> TranscribeOptions:
    from transcribe import TranscribeOptions

    lang = language or rec.language or "auto"
    return TranscribeOptions(language=None if lang == "auto" else lang, beam_size=beam_size, vad=vad,
                             word_timestamps=words)


def _load_engine(engine: str, model: Path | None, threads: int | None) -> Engine:
    from transcribe import TranscribeError, load_engine

    try:
        return load_engine(engine, model_path=model, threads=threads)
    except TranscribeError as exc:
        hint = getattr(exc, "hint", None) or "'intake models verify' checks the model"
        raise ModelError(str(exc), hint=hint) from exc


@click.command()
@click.argument("ids", nargs=-1, metavar="[ID]...")
@click.option("--all", "all_", is_flag=True, help="Every recording without a transcript from this engine/options.")
@click.option("--language", help="Force a language (ru, be, en, …); default: the recording's, else auto-detect.")
@click.option("--engine", type=click.Choice(["faster-whisper", "openai-whisper"]), default="faster-whisper",
              show_default=True, help="Speech-to-text engine.")
@click.option("--model", type=click.Path(exists=True, path_type=Path),
              help="A local CTranslate2 Whisper directory (default: the bundled Whisper base).")
@click.option("--threads", type=click.IntRange(1, 64), help="CPU threads (default: all cores).")
@click.option("--beam-size", type=click.IntRange(1, 10), default=5, show_default=True, help="Beam width.")
@click.option("--speakers", metavar="N|auto", help="Label speaker turns: a count (2-6) or 'auto'. Stereo files "
              "with one microphone per speaker are labelled by channel.")
@click.option("--no-vad", is_flag=True, help="Disable voice-activity detection (not recommended: silence may "
              "become invented text).")
@click.pass_context
def transcribe(ctx: click.Context, ids: tuple[str, ...], all_: bool, language: str | None, engine: str,
               model: Path | None, threads: int | None, beam_size: int, speakers: str | None, no_vad: bool) -> None:
    """Transcribe recordings locally with Whisper; nothing leaves this machine.

    The recording is decrypted into memory only. Each run stores a new transcript version with the engine,
    model hash and options; with --all, recordings already transcribed the same way are skipped, so an
    interrupted batch continues where it stopped.
    """
    from intake.ingest.recordings import get_recording
    from intake.transcripts.run import fingerprint
    from transcribe import language_hint

    if bool(ids) == all_:
        raise UsageError("give recording ids or --all (not both)")
    spk = _speakers(speakers)
    with open_vault(ctx) as vault:
        eng = _load_engine(engine, model, threads)

        def opts(rec: Recording) -> TranscribeOptions:
            return _options(rec, language, beam_size, not no_vad, True)

        if all_:
            from intake.transcripts.run import pending

            recs = pending(vault, lambda r: fingerprint(eng, opts(r), spk))
        else:
            recs = [get_recording(vault, i) for i in ids]
        if not recs:
            click.echo("nothing to transcribe: every recording has a transcript from this engine and options")
            return
        _run_batch(vault, eng, recs, opts, spk)
        for hint in {language_hint(opts(r).language) for r in recs} - {None}:
            warn(str(hint))


def _speakers(value: str | None) -> int | str | None:
    if value is None or value == "auto":
        return value
    if value.isdigit() and 1 <= int(value) <= 6:
        return int(value)
    raise UsageError("--speakers takes a number from 1 to 6, or 'auto'")


def _run_batch(vault: Vault, eng: Engine, recs: list[Recording], opts: Callable[[Recording], TranscribeOptions],
               spk: int | str | None) -> None:
    from intake.errors import InputError
    from intake.transcripts.run import transcribe_recording

    from .progress import seconds_progress

    total = sum(r.duration or 0 for r in recs)
    failed = 0
    with seconds_progress("transcribe") as bar:
        task = bar.add_task("transcribe", total=total or None)
        done = 0.0
        for rec in recs:
            bar.update(task, description=f"{rec.interview_id}/{rec.id}")
            base = done

            def on_progress(t: float, base: float = base) -> None:
                bar.update(task, completed=base + t)

            try:
                info = transcribe_recording(vault, rec.id, eng, opts(rec), on_progress, speakers=spk)
            except InputError as err:
                failed += 1
                click.echo(f"FAILED  {rec.id}: {err.message}")
                continue
            finally:
                done += rec.duration or 0
                bar.update(task, completed=done)
            click.echo(f"{rec.id} -> transcript {info.id} v{info.version} ({info.language}, {info.segments} segments"
                       f"{', ' + str(info.flagged) + ' flagged for review' if info.flagged else ''})")
    if failed:
        raise PartialFailure(f"{failed} of {len(recs)} recording(s) failed; the others were transcribed")


@click.group()
def transcripts() -> None:
    """Transcript versions (raw text is identifying: shown only on request)."""


transcripts.add_command(transcripts_import)


@transcripts.command("list")
@json_option
@click.pass_context
def transcripts_list(ctx: click.Context, as_json: bool) -> None:
    """List transcript versions: id, interview, recording, version, language, status."""
    from intake.transcripts.store import list_transcripts

    with open_vault(ctx) as vault:
        items = list_transcripts(vault)
    if as_json:
        emit_json([i.to_dict() for i in items])
        return
    table(((i.id, i.interview_id, i.recording_id or "(imported)", i.version, i.language, i.segments, i.flagged,
            i.status) for i in items), ["id", "interview", "recording", "v", "lang", "segments", "flagged", "status"])


@transcripts.command("show")
@click.argument("tid", metavar="ID")
@click.option("--timestamps", is_flag=True, help="Prefix each segment with [start-end].")
@click.option("--raw", is_flag=True, help="Show the raw, identifying text (audited). Default: the anonymised text.")
@json_option
@click.pass_context
def transcripts_show(ctx: click.Context, tid: str, timestamps: bool, raw: bool, as_json: bool) -> None:
    """Print a transcript: the anonymised version, or with --raw the identifying original (audited)."""
    from intake.review.workflow import transcript_segments

    with open_vault(ctx) as vault:
        segments, kind = transcript_segments(vault, tid, raw=raw)
    if as_json:
        emit_json({"id": tid, "kind": kind, "segments": [s.to_dict() for s in segments]})
        return
    for seg in segments:
        flags = f" [!{','.join(seg.flags)}]" if seg.flags else ""
        stamp = f"[{_clock(seg.start)}-{_clock(seg.end)}] " if timestamps else ""
        speaker = f"{seg.speaker}: " if seg.speaker else ""
        click.echo(f"{stamp}{speaker}{seg.text.strip()}{flags}")


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


@click.command()
@click.argument("tid", metavar="TRANSCRIPT_ID")
@click.option("--names-from", "names_from", metavar="FILE|-",
              help="Name speakers from FILE ('-': standard input), one S1=ROLE per line.")
@click.option("--name", "names", multiple=True, metavar="S1=ROLE",
              help="Name a speaker on the command line (visible in shell history: prefer --names-from).")
@json_option
@click.pass_context
def speakers(ctx: click.Context, tid: str, names_from: str | None, names: tuple[str, ...], as_json: bool) -> None:
    """Show speaker turns (S1, S2, ... with sample lines), or name them by role: --names-from FILE (S1=Interviewer).

    Names must be roles or pseudonymous codes; anything that looks like a personal name is refused.
    Sample lines come from the anonymised text when there is one, else from the raw text (audited).
    """
    from intake.review.speakers import speaker_overview
    from intake.transcripts.store import get_transcript_info

    if names:
        warn("--name puts text on the command line (shell history, process list); use --names-from FILE or -")
    with open_vault(ctx) as vault:
        lines = [*names, *(read_lines(names_from, "--names-from") if names_from else [])]
        pairs = dict(_pair(n) for n in lines)
        summary = speaker_overview(vault, tid, pairs)
        imported = get_transcript_info(vault, tid).recording_id is None
    if as_json:
        emit_json([item.to_dict() for item in summary])
        return
    if not summary:
        click.echo(NO_TURNS_IMPORTED if imported else NO_TURNS)
    for item in summary:
        name = f" ({item.name})" if item.name else ""
        click.echo(f"{item.id}{name}: {item.segments} segment(s), {item.seconds:.0f} s")
        for line in item.samples:
            click.echo(f"    {line}")


def _pair(text: str) -> tuple[str, str]:
    label, sep, name = text.partition("=")
    if not sep:
        raise UsageError("speaker names are given as LABEL=ROLE, e.g. S1=Interviewer")
    return label.strip(), name.strip()


NO_TURNS = "no speaker turns: transcribe with --speakers N or --speakers auto"
NO_TURNS_IMPORTED = ("no speaker turns: this transcript was imported without audio, so speakers cannot be detected; "
                     "re-import a file with speaker labels ('Interviewer: ...'), see docs/import.md")


@click.group()
def models() -> None:
    """Local speech models (never downloaded)."""


@models.command("list")
@json_option
def models_list(as_json: bool) -> None:
    """List the models Intake can use without a network, with size and checksum."""
    from transcribe import list_models

    items = list_models()
    if as_json:
        emit_json([{"id": m.name, "path": str(m.path), "sha256": m.sha256, "size": m.size, "ok": m.ok} for m in items])
        return
    table(((m.name, m.size, m.sha256[:16], "ok" if m.ok else m.detail, m.path) for m in items),
          ["id", "bytes", "sha256", "state", "path"])


@models.command("verify")
@click.option("--model", type=click.Path(exists=True, path_type=Path), help="A model directory (default: bundled).")
def models_verify(model: Path | None) -> None:
    """Hash the model files and compare with the pinned checksum."""
    from transcribe import TranscribeError, verify_model

    try:
        info = verify_model(model)
    except TranscribeError as exc:
        raise ModelError(str(exc)) from exc
    if not info.ok:
        raise ModelError(f"model {info.name} failed verification: {info.detail}",
                         hint="reinstall Intake (pip install --force-reinstall) to restore the bundled model")
    click.echo(f"{info.name}: ok (sha256 {info.sha256}, {info.size} bytes)")
