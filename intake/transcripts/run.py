"""Transcribe recordings from the vault: decrypt into memory, run an engine, store a transcript version.

No temporary file is ever written: the blob is decrypted into a ``BytesIO`` and decoded from there.
A transcript is stored in one transaction after the last segment, so an interrupted run leaves nothing.
"""

from __future__ import annotations

import hashlib
import io
import math
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from intake.errors import InputError, ModelError
from intake.ingest.batch import DEFAULT_MAX_DURATION_S, HARD_MAX_DURATION_S
from intake.ingest.recordings import (
    Recording,
    audio_deleted_ids,
    decrypt_recording,
    get_recording,
    list_recordings,
)
from intake.transcripts.facts import TranscriptFacts, measure_facts
from intake.transcripts.languages import study_languages
from intake.transcripts.store import StoredSegment, TranscriptInfo, store_version, transcribed
from intake.vault.open import Vault
from transcribe.core import DEFAULT_BATCH_SIZE

if TYPE_CHECKING:
    import numpy as np

    from transcribe import Engine, Segment, TranscribeOptions, Transcription



def decrypt_to_memory(vault: Vault, rec: Recording) -> io.BytesIO:
    """The recording's audio in memory, checked against the catalog (:func:`decrypt_recording`): a blob that
    does not match is :class:`intake.errors.RecordingDamaged` before any engine sees a byte of it."""
    buffer = io.BytesIO()
    try:
        decrypt_recording(vault, rec, buffer)
    except BaseException:
        buffer.seek(0)
        buffer.truncate()
        raise
    buffer.seek(0)
    return buffer


def fingerprint(engine: Engine, options: TranscribeOptions, speakers: int | str | None = None) -> str:
    """What makes two transcripts of one recording the same: engine, model, options and speaker mode."""
    from transcribe import transcript_fingerprint

    base = transcript_fingerprint(engine, options)
    return base if speakers is None else hashlib.sha256(f"{base}:speakers={speakers}".encode()).hexdigest()


def options_for(vault: Vault, rec: Recording, *, language: str | None = None, beam_size: int = 5, vad: bool = True,
                batch_size: int = DEFAULT_BATCH_SIZE, words: bool = True) -> TranscribeOptions:
    """The options for one recording: ``language``, else the recording's, else detection among the study's
    languages (:func:`intake.transcripts.languages.study_languages`)."""
    from transcribe import TranscribeOptions

    lang = language or rec.language or "auto"
    forced = None if lang == "auto" else lang
    return TranscribeOptions(language=forced, languages=None if forced else study_languages(vault),
                             beam_size=beam_size, vad=vad, word_timestamps=words, batch_size=batch_size)


def transcribe_recording(vault: Vault, rec_id: str, engine: Engine, options: TranscribeOptions,
                         on_progress: Callable[[float], None] | None = None, *,
                         speakers: int | str | None = None) -> TranscriptInfo:
    """Transcribe one recording and store a new transcript version (engine, model, options, segments).

    With ``speakers`` (a count or "auto"), segments are split at speaker changes and labelled S1, S2, ...
    Stretches of voice activity without text are stored as flagged empty segments, and the coverage and
    warnings as the transcript's facts (:func:`intake.transcripts.store.transcript_facts`).
    """
    from transcribe import TranscribeError

    rec = get_recording(vault, rec_id)
    audio = decrypt_to_memory(vault, rec)
    try:
        result = engine.transcribe(_decode(audio, rec), options)
        segments: list[Segment] = []
        for segment in result:
            segments.append(segment)
            if on_progress:
                on_progress(segment.end)
        segments, facts = _with_facts(result, segments, options)
        labelled = _label(audio, segments, speakers, decode_limit(rec))
    except TranscribeError as exc:
        raise InputError(f"recording {rec_id}: {exc}") from exc
    finally:
        audio.seek(0)
        audio.truncate()
    return store_version(vault, rec, engine, options, fingerprint(engine, options, speakers), result, labelled,
                         facts)


def _with_facts(result: Transcription, segments: list[Segment],
                options: TranscribeOptions) -> tuple[list[Segment], TranscriptFacts]:
    from transcribe.guards import with_gaps

    coverage = result.coverage()
    facts = measure_facts(result, coverage, any(s.text.strip() for s in segments), options.languages)
    return with_gaps(segments, coverage), facts


def decode_limit(rec: Recording) -> float:
    """Seconds of audio a decode may produce: the default cap, or the recording's own duration (checked
    against the cap in force when it was ingested or imported) with a margin. A file that declared less
    than it holds is stopped here, before its samples exhaust memory."""
    declared = rec.duration if rec.duration is not None and math.isfinite(rec.duration) else 0.0
    return min(HARD_MAX_DURATION_S, max(DEFAULT_MAX_DURATION_S, declared * 1.05 + 60.0))


def _decode(audio: io.BytesIO, rec: Recording) -> np.ndarray:
    from transcribe import decode_audio

    samples = decode_audio(audio, sample_rate=16000, mono=True, max_seconds=decode_limit(rec))
    audio.seek(0)
    return samples


def _label(audio: io.BytesIO, segments: list[Segment], speakers: int | str | None,
           limit: float) -> list[StoredSegment]:
    if speakers is None or not segments:
        return [StoredSegment.from_engine(s) for s in segments]
    pieces = diarize_segments(audio, segments, speakers, max_seconds=limit)
    return [StoredSegment.from_engine(seg, speaker) for speaker, seg in pieces]


def pending(vault: Vault) -> list[Recording]:
    """Recordings that have no transcript yet (and still have their audio), in recording order.

    A recording transcribed before, with whatever engine or options, is not pending: a new version is made
    only on request (``intake transcribe ID --again``), because it supersedes the one under review.
    """
    done, deleted = transcribed(vault), audio_deleted_ids(vault)
    return [rec for rec in list_recordings(vault) if rec.id not in deleted and rec.id not in done]


def diarize_segments(audio: io.BytesIO, segments: list[Segment], speakers: int | str, *,
                     max_seconds: float | None = None) -> list[tuple[str, Segment]]:
    """(speaker, segment) pieces; segments are cut where the speaker changes inside them."""
    from transcribe import TranscribeError, decode_audio
    from transcribe.diarize import DiarizeError, WeightsError, assign_words, diarize, split_segments

    audio.seek(0)
    try:
        samples = decode_audio(audio, sample_rate=16000, mono=False, max_seconds=max_seconds)
        turns = diarize(samples, 16000, speakers=speakers)
    except WeightsError as exc:
        raise ModelError(f"speaker model: {exc}", hint=getattr(exc, "hint", None)) from exc
    except (DiarizeError, TranscribeError) as exc:
        raise InputError(f"speaker turns: {exc}") from exc
    words = [w for s in segments for w in s.words]
    pieces = split_segments(segments, assign_words(words, turns), turns)
    return [(speaker or "S1", replace(seg, id=i)) for i, (speaker, seg) in enumerate(pieces)]
