"""The default engine: faster-whisper (CTranslate2). CPU int8 by default, CUDA float16 on a GPU."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from transcribe.audio import WHISPER_SAMPLE_RATE, as_samples
from transcribe.core import AudioInput, Segment, TranscribeOptions, Transcription, Word
from transcribe.errors import ModelError, TranscribeError
from transcribe.guards import SegmentGuard
from transcribe.models import check_directory, default_threads, read_model_files, resolve_source
from transcribe.offline import ensure_offline

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
        try:
            self._model = WhisperModel(identifier, **kwargs)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(f"model {source.name} could not be loaded ({type(exc).__name__})") from None

    def transcribe(self, audio: AudioInput, options: TranscribeOptions | None = None) -> Transcription:
        """Decodes lazily; language detection (when not forced) runs before this returns."""
        opts = options or TranscribeOptions()
        samples = as_samples(audio)
        try:
            raw, info = self._model.transcribe(samples, **_decode_kwargs(opts))
        except (RuntimeError, ValueError) as exc:
            raise TranscribeError(f"transcription failed ({type(exc).__name__})") from None
        heard = info.duration_after_vad > 0 if opts.vad else samples.size > 0
        language = opts.language or (info.language if heard else None)
        probability = 1.0 if opts.language else (float(info.language_probability) if heard else 0.0)
        return Transcription(
            segments=_convert(raw, opts) if heard else iter(()),
            language=language,
            language_probability=probability,
            duration=samples.size / WHISPER_SAMPLE_RATE,
            duration_after_vad=float(info.duration_after_vad),
        )


def _decode_kwargs(opts: TranscribeOptions) -> dict[str, Any]:
    return {
        "language": opts.language,
        "task": "transcribe",
        "beam_size": opts.beam_size,
        "best_of": opts.beam_size,
        "temperature": list(opts.temperatures),
        "compression_ratio_threshold": opts.compression_ratio_threshold,
        "log_prob_threshold": opts.log_prob_threshold,
        "no_speech_threshold": opts.no_speech_threshold,
        "condition_on_previous_text": opts.condition_on_previous_text,
        "initial_prompt": opts.initial_prompt,
        "word_timestamps": opts.word_timestamps,
        "vad_filter": opts.vad,
    }


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
