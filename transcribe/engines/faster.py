"""The default engine: faster-whisper (CTranslate2). CPU int8 by default, CUDA float16 on a GPU."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transcribe.audio import WHISPER_SAMPLE_RATE, as_samples
from transcribe.core import AudioInput, Segment, TranscribeOptions, Transcription, Word
from transcribe.coverage import speech_intervals
from transcribe.errors import ModelError, TranscribeError
from transcribe.guards import SegmentGuard
from transcribe.languages import LanguageChoice, choose_language
from transcribe.models import check_directory, default_threads, read_model_files, resolve_source
from transcribe.offline import ensure_offline

if TYPE_CHECKING:
    import numpy as np

NAME = "faster-whisper"


def pick_device(device: str) -> tuple[str, str]:
    """(device, compute type): "auto" means CUDA float16 when a GPU is visible, else CPU int8."""
    import ctranslate2

    if device not in ("auto", "cpu", "cuda"):
        raise ValueError(f"device must be auto, cpu or cuda, not {device!r}")
    if device == "auto":
        device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    return device, ("float16" if device == "cuda" else "int8")


class FasterWhisperEngine:
    """Whisper through faster-whisper, with the bundled model loaded from memory or a local directory."""

    name = NAME

    def __init__(
        self,
        model_path: Path | None = None,
        *,
        device: str = "auto",
        threads: int | None = None,
        compute_type: str | None = None,
        expected_sha256: str | None = None,
    ) -> None:
        ensure_offline()
        from faster_whisper import WhisperModel

        source = resolve_source(model_path, expected_sha256)
        self.device, default_type = pick_device(device)
        self.compute_type = compute_type or default_type
        self.threads = threads or default_threads()
        self.model_name = source.name
        kwargs: dict[str, Any] = {
            "device": self.device,
            "compute_type": self.compute_type,
            "cpu_threads": self.threads,
            "local_files_only": True,
        }
        if model_path is None:
            loaded = read_model_files(source)
            self.model_sha256 = loaded.sha256
            kwargs["files"] = loaded.files
            identifier = str(source.aux_dir)
        else:
            self.model_sha256 = check_directory(source)
            identifier = str(source.aux_dir)
        self._batched: Any = None
        try:
            self._model = WhisperModel(identifier, **kwargs)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(f"model {source.name} could not be loaded ({type(exc).__name__})") from None

    def transcribe(self, audio: AudioInput, options: TranscribeOptions | None = None) -> Transcription:
        """Decodes lazily; voice activity and the language (when not forced) are found before this returns."""
        opts = options or TranscribeOptions()
        samples = as_samples(audio)
        duration = samples.size / WHISPER_SAMPLE_RATE
        speech = speech_intervals(samples)
        if not (speech if opts.vad else samples.size):
            forced = opts.language is not None
            return Transcription(iter(()), opts.language, 1.0 if forced else 0.0, duration, 0.0, speech=speech)
        choice = None if opts.language else self._detect(samples, speech, opts)
        language = opts.language or (choice.language if choice else None)
        try:
            raw, info = self._decode(samples, opts, language)
        except (RuntimeError, ValueError) as exc:
            raise TranscribeError(f"transcription failed ({type(exc).__name__})") from None
        return Transcription(
            segments=_convert(raw, opts),
            language=language,
            language_probability=choice.probability if choice else 1.0,
            duration=duration,
            duration_after_vad=float(info.duration_after_vad),
            speech=speech,
            best_language=choice.best if choice else None,
            best_language_probability=choice.best_probability if choice else 0.0,
        )

    def _detect(self, samples: np.ndarray, speech: Sequence[tuple[float, float]],
                opts: TranscribeOptions) -> LanguageChoice:
        """Whisper's language probabilities on the first 30 s of speech, restricted to the allowed set."""
        clip = first_speech(samples, speech if opts.vad else ((0.0, samples.size / WHISPER_SAMPLE_RATE),))
        try:
            _, _, probabilities = self._model.detect_language(audio=clip)
        except (RuntimeError, ValueError) as exc:
            raise TranscribeError(f"language detection failed ({type(exc).__name__})") from None
        return choose_language(probabilities, opts.languages)

    def _decode(self, samples: np.ndarray, opts: TranscribeOptions, language: str | None) -> tuple[Any, Any]:
        if not opts.batch_size:
            segments, info = self._model.transcribe(samples, **_decode_kwargs(opts, language))
            return segments, info
        from faster_whisper import BatchedInferencePipeline

        if self._batched is None:
            self._batched = BatchedInferencePipeline(self._model)
        kwargs = _batched_kwargs(opts, language, samples.size / WHISPER_SAMPLE_RATE)
        segments, info = self._batched.transcribe(samples, **kwargs)
        return segments, info


def first_speech(samples: np.ndarray, speech: Sequence[tuple[float, float]], seconds: float = 30.0) -> np.ndarray:
    """The first ``seconds`` of the speech stretches, concatenated (what Whisper detects the language on)."""
    import numpy as np

    parts, left = [], int(seconds * WHISPER_SAMPLE_RATE)
    for start, end in speech:
        part = samples[int(start * WHISPER_SAMPLE_RATE) : int(end * WHISPER_SAMPLE_RATE)][:left]
        parts.append(part)
        left -= part.size
        if left <= 0:
            break
    return np.concatenate(parts) if parts else samples[:0]


def _decode_kwargs(opts: TranscribeOptions, language: str | None) -> dict[str, Any]:
    return {
        "language": language,
        "task": "transcribe",
        "beam_size": opts.beam_size,
        "best_of": opts.beam_size,
        "temperature": list(opts.temperatures),
        "compression_ratio_threshold": opts.compression_ratio_threshold,
        "log_prob_threshold": opts.log_prob_threshold,
        "no_speech_threshold": None,  # never skip a window: the guards flag possible no-speech instead
        "condition_on_previous_text": opts.condition_on_previous_text,
        "initial_prompt": opts.initial_prompt,
        "word_timestamps": opts.word_timestamps,
        "vad_filter": opts.vad,
    }


def _batched_kwargs(opts: TranscribeOptions, language: str | None, duration: float) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "language": language,
        "task": "transcribe",
        "beam_size": opts.beam_size,
        "best_of": opts.beam_size,
        "temperature": opts.temperatures[0],
        "no_speech_threshold": None,
        "initial_prompt": opts.initial_prompt,
        "word_timestamps": opts.word_timestamps,
        "without_timestamps": True,  # timestamp tokens cost accuracy here (bench/transcribe_batched.py)
        "batch_size": opts.batch_size,
        "vad_filter": opts.vad,
    }
    if not opts.vad:  # the pipeline needs chunks: plain 30-second windows
        kwargs["clip_timestamps"] = [{"start": float(t), "end": float(min(t + 30, duration))}
                                     for t in range(0, max(1, math.ceil(duration)), 30)]
    return kwargs


def _convert(raw: Any, opts: TranscribeOptions) -> Iterator[Segment]:
    guard = SegmentGuard(opts)
    try:
        for seg in raw:
            words = tuple(Word(float(w.start), float(w.end), w.word, float(w.probability)) for w in seg.words or ())
            yield guard.segment(
                seg.start, seg.end, seg.text, words=words, avg_logprob=seg.avg_logprob,
                no_speech_prob=seg.no_speech_prob, temperature=seg.temperature or 0.0,
            )
    except (RuntimeError, ValueError) as exc:
        raise TranscribeError(f"transcription failed ({type(exc).__name__})") from None
