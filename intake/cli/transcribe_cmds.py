"""``intake transcribe``, ``transcripts list|show``, ``speakers``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from intake.cli.common import emit_json, failed_summary, json_option, read_lines, table, warn
from intake.cli.import_cmds import transcripts_import
from intake.cli.lazy import SuggestingGroup
from intake.cli.unlocking import open_vault
from intake.errors import (
    BlobsDamaged,
    InputError,
    ModelError,
    PartialFailure,
    RecordingDamaged,
    RefusedError,
    UsageError,
)
from transcribe.core import DEFAULT_BATCH_SIZE

if TYPE_CHECKING:
    from collections.abc import Callable

    from intake.ingest.recordings import Recording
    from intake.transcripts.facts import TranscriptFacts
    from intake.transcripts.store import TranscriptInfo
    from intake.vault.open import Vault
    from transcribe import Engine, TranscribeOptions


def _check_language(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse an unknown code (``rus``) before the passphrase is asked for, listing the valid codes."""
    from transcribe.languages import LanguageCodeError, check_language

    if value is None or value == "auto":
        return value
    try:
        return check_language(value)
    except LanguageCodeError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None


@dataclass(frozen=True)
class ModelChoice:
    """What ``--model`` named: a directory, or an added model (verified) with its pinned hash."""

    path: Path | None = None
    sha256: str | None = None


def _resolve_model(ctx: click.Context, model: str | None) -> ModelChoice:
    """An added model's name (every file hashed against its record: a changed model is refused) or a directory."""
    from transcribe import TranscribeError

    from .model_cmds import model_store

    if model is None:
        return ModelChoice()
    if Path(model).is_dir():
        return ModelChoice(Path(model))
    try:
        added = model_store(ctx).verify(model)
    except TranscribeError as exc:
        raise ModelError(str(exc), hint=getattr(exc, "hint", None)) from exc
    return ModelChoice(added.path, added.sha256)


def _load_engine(engine: str, model: ModelChoice, threads: int | None) -> Engine:
    from transcribe import TranscribeError, load_engine

    try:
        return load_engine(engine, model_path=model.path, threads=threads, expected_sha256=model.sha256)
    except TranscribeError as exc:
        hint = getattr(exc, "hint", None) or "'intake models verify' checks the model"
        raise ModelError(str(exc), hint=hint) from exc


@click.command()
@click.argument("ids", nargs=-1, metavar="[ID]...")
@click.option("--all", "all_", is_flag=True, help="Every recording that has no transcript yet.")
@click.option("--again", is_flag=True, help="Transcribe recordings that already have a transcript: a new version "
              "that supersedes the latest one (its review decisions are carried over when you pseudonymise it).")
@click.option("--language", callback=_check_language, help="Force a language (a Whisper code: ru, be, en, …); "
              "default: the recording's, else detection among the study's languages ('intake languages').")
@click.option("--engine", type=click.Choice(["faster-whisper", "openai-whisper"]), default="faster-whisper",
              show_default=True, help="Speech-to-text engine.")
@click.option("--model", metavar="NAME|DIR", help="A model added with 'intake models add' (by name), or a local "
              "CTranslate2 Whisper directory (default: the bundled Whisper base).")
@click.option("--threads", type=click.IntRange(1, 64), help="CPU threads (default: all cores).")
@click.option("--beam-size", type=click.IntRange(1, 10), default=5, show_default=True, help="Beam width.")
@click.option("--batch-size", type=click.IntRange(0, 64), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="faster-whisper: decode 30-second chunks in batches (much faster on long recordings); "
              "0 decodes sequentially with temperature fallback.")
@click.option("--speakers", metavar="N|auto", help="Label speaker turns: a count (2-6) or 'auto'. Stereo files "
              "with one microphone per speaker are labelled by channel.")
@click.option("--no-vad", is_flag=True, help="Disable voice-activity detection (not recommended: silence may "
              "become invented text).")
@click.pass_context
def transcribe(ctx: click.Context, ids: tuple[str, ...], all_: bool, again: bool, language: str | None,
               engine: str, model: str | None, threads: int | None, beam_size: int, batch_size: int,
               speakers: str | None, no_vad: bool) -> None:
    """Transcribe recordings locally with Whisper; nothing leaves this machine.

    The recording is decrypted into memory only. --all transcribes every recording that has no transcript
    yet, so an interrupted batch continues where it stopped. A recording that has one is transcribed again
    only when you name it with --again: the new version supersedes the latest one, which stays exportable
    (if approved) until the new one is approved. Speech that ends up without text is flagged, never
    dropped silently.

    \b
    Examples:
      intake transcribe --all
      intake transcribe 3f2a91 --again --language ru     # a new version of one recording
      intake transcribe --all --model large-v3-turbo     # a model added with 'intake models add'
    """
    from intake.transcripts.run import options_for

    if bool(ids) == all_ or (all_ and again):
        raise UsageError("give recording ids (with --again to transcribe them once more) or --all")
    spk = _speakers(speakers)
    chosen = _resolve_model(ctx, model)
    batch = batch_size if engine == "faster-whisper" else 0
    with open_vault(ctx) as vault:
        recs = _chosen(vault, ids, again)
        if not recs:
            click.echo("nothing to transcribe: every recording has a transcript "
                       "(to make a new version of one: intake transcribe ID --again)")
            return
        eng = _load_engine(engine, chosen, threads)

        def opts(rec: Recording) -> TranscribeOptions:
            return options_for(vault, rec, language=language, beam_size=beam_size, vad=not no_vad, batch_size=batch)

        skipped = _already_transcribed(vault, len(recs)) if all_ else 0
        _run_batch(vault, eng, recs, opts, spk, skipped)


def _chosen(vault: Vault, ids: tuple[str, ...], again: bool) -> list[Recording]:
    """The recordings to transcribe: those named (a recording that has a transcript needs --again), or every
    recording without a transcript."""
    from intake.ingest.recordings import get_recording, resolve_recording_id
    from intake.transcripts.run import pending
    from intake.transcripts.store import recording_versions

    if not ids:
        return pending(vault)
    recs = [get_recording(vault, resolve_recording_id(vault, i)) for i in ids]
    versions = {r.id: recording_versions(vault, r.id) for r in recs}
    done = [(rec, found[-1]) for rec, found in versions.items() if found]
    if done and not again:
        listed = ", ".join(f"{rec} (v{t.version} {t.id}, {t.status})" for rec, t in done)
        raise RefusedError(f"already transcribed: {listed}",
                           hint="add --again to make a new version; it supersedes the latest one, and its review "
                                "decisions are carried over when you pseudonymise it")
    return recs


def _supersedes(vault: Vault, rec_id: str) -> str:
    """What a new transcription of ``rec_id`` will supersede, said before it starts ("" when nothing)."""
    from intake.transcripts.store import TranscriptStatus, recording_versions

    versions = recording_versions(vault, rec_id)
    if not versions:
        return ""
    latest = versions[-1]
    approved = [t for t in versions if t.status is TranscriptStatus.APPROVED]
    text = f"; supersedes v{latest.version} ({latest.id}, {latest.status})"
    if approved:
        text += f"; approved v{approved[-1].version} stays exportable until the new version is approved"
    return text


def _already_transcribed(vault: Vault, pending: int) -> int:
    from intake.ingest.recordings import audio_deleted_ids, list_recordings

    return len(list_recordings(vault)) - len(audio_deleted_ids(vault)) - pending


def _speakers(value: str | None) -> int | str | None:
    if value is None or value == "auto":
        return value
    if value.isdigit() and 1 <= int(value) <= 6:
        return int(value)
    raise UsageError("--speakers takes a number from 1 to 6, or 'auto'")


def _run_batch(vault: Vault, eng: Engine, recs: list[Recording], opts: Callable[[Recording], TranscribeOptions],
               spk: int | str | None, skipped: int) -> None:
    from intake.transcripts.run import transcribe_recording
    from intake.transcripts.store import transcript_facts

    from .progress import recording_progress

    tally = {"transcribed": 0, "flagged": 0, "failed": 0}
    damaged = 0
    with recording_progress(len(recs)) as progress:
        for rec in recs:
            progress.start(f"{rec.interview_id}/{rec.id}", rec.duration)
            supersedes = _supersedes(vault, rec.id)
            try:
                info = transcribe_recording(vault, rec.id, eng, opts(rec), progress.advance, speakers=spk)
            except (InputError, RecordingDamaged) as err:  # a damaged blob fails alone, and sets exit 10
                tally["failed"] += 1
                damaged += isinstance(err, RecordingDamaged)
                progress.finish(f"FAILED  {rec.id}: {err.message}")
                continue
            tally["transcribed"] += 1
            tally["flagged"] += bool(info.flagged or info.warnings)
            facts = transcript_facts(vault, info.id)
            notes = [f"'intake pseudonymise {info.id}' carries the review decisions of the earlier version"]
            progress.finish(_result_line(info, facts) + supersedes, _warnings(info, facts),
                            notes if supersedes else ())
    click.echo(f"done: {tally['transcribed']} transcribed, {tally['flagged']} flagged for review, "
               f"{tally['failed']} failed, {skipped} skipped (already transcribed; --again makes a new version)")
    if damaged:
        raise BlobsDamaged(f"{damaged} of {len(recs)} recording(s) have a damaged, missing or replaced blob "
                           "and were not transcribed", hint=RecordingDamaged.default_hint)
    if tally["failed"]:
        raise PartialFailure(failed_summary(tally["failed"], len(recs), "recording(s)", "transcribed"))


def _result_line(info: TranscriptInfo, facts: TranscriptFacts) -> str:
    language = info.language or "no speech"
    coverage = (f", {facts.coverage:.0%} of {facts.speech_s:.0f} s of voice activity covered" if facts.speech_s
                else ", no voice activity")
    flagged = f", {info.flagged} flagged for review" if info.flagged else ""
    return (f"{info.recording_id} -> transcript {info.id} v{info.version} ({language}, {info.segments} segments"
            f"{coverage}{flagged})")


def _warnings(info: TranscriptInfo, facts: TranscriptFacts) -> list[str]:
    from transcribe import language_hint

    lines = [f"recording {info.recording_id}: {w.message}" for w in facts.warnings]
    hint = language_hint(info.language)
    return [*lines, hint] if hint else lines


@click.group(cls=SuggestingGroup)
def transcripts() -> None:
    """Transcript versions (raw text is identifying: shown only on request)."""


transcripts.add_command(transcripts_import)


@transcripts.command("list")
@json_option
@click.pass_context
def transcripts_list(ctx: click.Context, as_json: bool) -> None:
    """List transcript versions: id, interview, recording, version, language, status.

    \b
    Examples:
      intake transcripts list
    """
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
    """Print a transcript: the anonymised version, or with --raw the identifying original (audited).

    ID may be a unique prefix (as in git). Decisions of an earlier version that could not be carried to this
    one are listed first (standard error).

    \b
    Examples:
      intake transcripts show f7931f
      intake transcripts show f7931f --raw --timestamps
    """
    from intake.cli.versions_ui import warn_not_carried
    from intake.review.versions import carry_report
    from intake.review.workflow import transcript_segments
    from intake.transcripts.store import resolve_transcript_id, transcript_facts

    with open_vault(ctx) as vault:
        tid = resolve_transcript_id(vault, tid)
        segments, kind = transcript_segments(vault, tid, raw=raw)
        facts = transcript_facts(vault, tid)
        report = carry_report(vault, tid)
    if as_json:
        emit_json({"id": tid, "kind": kind, "segments": [s.to_dict() for s in segments], "facts": facts.to_dict(),
                   "carry": report.to_dict() if report else None})
        return
    warn_not_carried(tid, report)
    for seg in segments:
        flags = f" [!{','.join(seg.flags)}]" if seg.flags else ""
        stamp = f"[{_clock(seg.start)}-{_clock(seg.end)}] " if timestamps else ""
        speaker = f"{seg.speaker}: " if seg.speaker else ""
        click.echo(f"{stamp}{speaker}{seg.text.strip() or NOT_TRANSCRIBED}{flags}")
    for warning in facts.warnings:
        warn(warning.message)


#: How a segment without text (speech that Whisper left out) is shown.
NOT_TRANSCRIBED = "[speech not transcribed: listen to the recording]"


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

    \b
    Examples:
      intake speakers f7931f --names-from roles.txt   # S1=Interviewer
      intake speakers f7931f --json
    """
    from intake.review.speakers import speaker_overview
    from intake.transcripts.store import get_transcript_info

    if names:
        warn("--name puts text on the command line (shell history, process list); use --names-from FILE or -")
    from intake.transcripts.store import resolve_transcript_id

    with open_vault(ctx) as vault:
        tid = resolve_transcript_id(vault, tid)
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
