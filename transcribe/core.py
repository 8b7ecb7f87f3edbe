"""Plain data shared by every engine: options, segments, words, the result iterator and the protocol."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeAlias, runtime_checkable

if TYPE_CHECKING:
    import numpy as np

#: What an engine accepts: 16 kHz mono float32 samples, or an encoded recording (bytes or a binary file
#: object), which is decoded in memory with :func:`transcribe.audio.decode_audio`.
AudioInput: TypeAlias = "np.ndarray | bytes | IO[bytes]"

DEFAULT_TEMPERATURES: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")
OPTIONS_VERSION = 1


@dataclass(frozen=True)
class TranscribeOptions:
    """How to transcribe. Every field changes the output, so every field is in :meth:`fingerprint`.

    ``initial_prompt`` may contain names: treat :meth:`to_dict` as interview data.
    """

    language: str | None = None  # ISO 639-1 code ("ru", "be", "en"), or None / "auto" to detect
    beam_size: int = 5
    vad: bool = True
    word_timestamps: bool = False
    initial_prompt: str | None = None
    temperatures: tuple[float, ...] = DEFAULT_TEMPERATURES  # fallback ladder, tried in order
    compression_ratio_threshold: float | None = 2.4
    log_prob_threshold: float | None = -1.0
    no_speech_threshold: float | None = 0.6
    condition_on_previous_text: bool = True

    def __post_init__(self) -> None:
        language = None if self.language in (None, "", "auto") else str(self.language).lower()
        if language is not None and not _LANGUAGE_RE.match(language):
            raise ValueError(f"language must be a code like 'ru' or 'auto', not {self.language!r}")
        object.__setattr__(self, "language", language)
        object.__setattr__(self, "temperatures", tuple(float(t) for t in self.temperatures))
        if self.beam_size < 1:
            raise ValueError("beam_size must be at least 1")
        if not self.temperatures or any(not 0.0 <= t <= 1.0 for t in self.temperatures):
            raise ValueError("temperatures must be a non-empty sequence of values in [0, 1]")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with a version marker (stable key order)."""
        data = asdict(self)
        data["temperatures"] = list(self.temperatures)
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
    ``"low-confidence"`` (average log-probability under the threshold), ``"possible-no-speech"``.
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
    ``duration`` (see :meth:`progress`).
    """

    segments: Iterable[Segment]
    language: str | None
    language_probability: float
    duration: float
    duration_after_vad: float
    position: float = 0.0
    _iter: Iterator[Segment] | None = field(default=None, repr=False)

    def __iter__(self) -> Transcription:
        return self

    def __next__(self) -> Segment:
        if self._iter is None:
            self._iter = iter(self.segments)
        segment = next(self._iter)
        self.position = max(self.position, segment.end)
        return segment

    def progress(self) -> float:
        """Fraction of the recording covered so far, in [0, 1]."""
        return 1.0 if self.duration <= 0 else min(1.0, self.position / self.duration)


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
