"""Plain data shared by every engine: options, segments, words, the result iterator and the protocol."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeAlias, runtime_checkable

from transcribe.languages import check_language, parse_languages

if TYPE_CHECKING:
    import numpy as np

    from transcribe.coverage import Coverage

#: What an engine accepts: 16 kHz mono float32 samples, or an encoded recording (bytes or a binary file
#: object), which is decoded in memory with :func:`transcribe.audio.decode_audio`.
AudioInput: TypeAlias = "np.ndarray | bytes | IO[bytes]"

DEFAULT_TEMPERATURES: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
#: Batch size for faster-whisper's batched decoding where an application wants it by default
#: (bench/transcribe_batched.py measures it against sequential decoding).
DEFAULT_BATCH_SIZE = 8
#: 2: ``languages`` and ``batch_size`` added; the engines never skip a window as "no speech" any more.
OPTIONS_VERSION = 2


@dataclass(frozen=True)
class TranscribeOptions:
    """How to transcribe. Every field changes the output, so every field is in :meth:`fingerprint`.

    ``initial_prompt`` may contain names: treat :meth:`to_dict` as interview data. ``languages`` restricts
    detection to these codes (None: any language). ``no_speech_threshold`` only flags segments: no engine
    skips a window as silence. ``batch_size`` > 0 decodes 30-second chunks in batches (faster-whisper's
    ``BatchedInferencePipeline``: first temperature only, no conditioning on previous text); 0 decodes
    sequentially.
    """

    language: str | None = None  # a Whisper code ("ru", "be", "en"), or None / "auto" to detect
    languages: tuple[str, ...] | None = None  # detection chooses among these; None: any
    beam_size: int = 5
    vad: bool = True
    word_timestamps: bool = False
    initial_prompt: str | None = None
    temperatures: tuple[float, ...] = DEFAULT_TEMPERATURES  # fallback ladder, tried in order
    compression_ratio_threshold: float | None = 2.4
    log_prob_threshold: float | None = -1.0
    no_speech_threshold: float | None = 0.6
    condition_on_previous_text: bool = True
    batch_size: int = 0

    def __post_init__(self) -> None:
        language = None if self.language in (None, "", "auto") else check_language(str(self.language))
        object.__setattr__(self, "language", language)
        if self.languages is not None:
            object.__setattr__(self, "languages", parse_languages(self.languages))
        if self.batch_size < 0:
            raise ValueError("batch_size must be 0 (sequential) or more")
        object.__setattr__(self, "temperatures", tuple(float(t) for t in self.temperatures))
        if self.beam_size < 1:
            raise ValueError("beam_size must be at least 1")
        if not self.temperatures or any(not 0.0 <= t <= 1.0 for t in self.temperatures):
            raise ValueError("temperatures must be a non-empty sequence of values in [0, 1]")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with a version marker (stable key order)."""
        data = asdict(self)
        data["temperatures"] = list(self.temperatures)
        data["languages"] = None if self.languages is None else list(self.languages)
        return {"options_version": OPTIONS_VERSION, **data}

    def fingerprint(self) -> str:
        """SHA-256 (hex) of the canonical JSON of :meth:`to_dict`; equal options give equal fingerprints."""
        canonical = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        return hashlib.sha256(canonical.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class Word:
    """One word with its timing (seconds from the start of the recording) and probability."""

    start: float
    end: float
    word: str
    probability: float


@dataclass(frozen=True)
class Segment:
    """One decoded stretch of speech.

    ``flags`` lists known-failure warnings: ``"repetition"`` (a decoding loop or repeated segment),
    ``"low-confidence"`` (average log-probability under the threshold), ``"possible-no-speech"``, and
    ``"speech-not-transcribed"`` on an empty segment standing for voice activity without text
    (:func:`transcribe.guards.with_gaps`).
    """

    id: int
    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    compression_ratio: float = 1.0
    temperature: float = 0.0
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (words as dicts, tuples as lists)."""
        data = asdict(self)
        data["words"] = [asdict(w) for w in self.words]
        data["flags"] = list(self.flags)
        return data


@dataclass
class Transcription:
    """The iterator an engine returns: segments are decoded lazily as you iterate.

    ``language`` is the forced or detected code (``None`` when nothing was heard);
    ``language_probability`` is 1.0 when forced; ``duration`` is the recording length in seconds and
    ``duration_after_vad`` what remained after voice-activity detection. Progress: ``segment.end`` /
    ``duration`` (see :meth:`progress`). ``speech`` holds the stretches (seconds) where voice activity was
    detected, measured independently of decoding; after the last segment :meth:`coverage` tells how much of
    it the segments cover. ``best_language`` is Whisper's best guess over all languages when it detected
    one (it may lie outside ``TranscribeOptions.languages``; then ``language`` is the best allowed one).
    """

    segments: Iterable[Segment]
    language: str | None
    language_probability: float
    duration: float
    duration_after_vad: float
    position: float = 0.0
    speech: tuple[tuple[float, float], ...] = ()
    best_language: str | None = None
    best_language_probability: float = 0.0
    _iter: Iterator[Segment] | None = field(default=None, repr=False)
    _seen: list[Segment] = field(default_factory=list, repr=False)

    def __iter__(self) -> Transcription:
        return self

    def __next__(self) -> Segment:
        if self._iter is None:
            self._iter = iter(self.segments)
        segment = next(self._iter)
        self.position = max(self.position, segment.end)
        self._seen.append(segment)
        return segment

    def progress(self) -> float:
        """Fraction of the recording covered so far, in [0, 1]."""
        return 1.0 if self.duration <= 0 else min(1.0, self.position / self.duration)

    def coverage(self, min_gap: float | None = None) -> Coverage:
        """Coverage of :attr:`speech` by the segments yielded so far (call it after the last one)."""
        from transcribe.coverage import GAP_SECONDS, measure_coverage

        return measure_coverage(self.speech, self._seen, min_gap=GAP_SECONDS if min_gap is None else min_gap)


@runtime_checkable
class Engine(Protocol):
    """A speech-to-text engine. ``name`` and ``model_sha256`` identify its output for caching."""

    name: str
    model_name: str
    model_sha256: str
    compute_type: str

    def transcribe(self, audio: AudioInput, options: TranscribeOptions | None = None) -> Transcription:
        """Transcribes one recording; decoding happens while the result is iterated."""
        ...


def transcript_fingerprint(engine: Engine, options: TranscribeOptions) -> str:
    """SHA-256 (hex) over engine name, model hash, compute type and options: equal means same output."""
    payload = {
        "engine": engine.name,
        "model_sha256": engine.model_sha256,
        "compute_type": engine.compute_type,
        "options": options.to_dict(),
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()
