"""The optional engine: openai-whisper (PyTorch), from a ``.pt`` checkpoint or CTranslate2 weights.

With CTranslate2 weights (the bundled model by default) the model is converted in memory
(:mod:`transcribe.engines.ct2_to_torch`); nothing is written to disk. Voice-activity detection uses the
same Silero VAD as faster-whisper. Unlike faster-whisper, decoding is not incremental: the first
segment arrives once the whole recording is decoded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from transcribe.audio import WHISPER_SAMPLE_RATE, as_samples
from transcribe.core import AudioInput, Segment, TranscribeOptions, Transcription, Word
from transcribe.ct2format import read_model
from transcribe.engines.vad import SpeechOnly, speech_only
from transcribe.errors import ModelError, ModelNotFoundError, TranscribeError
from transcribe.guards import SegmentGuard
from transcribe.languages import LanguageChoice, choose_language
from transcribe.models import default_threads, hash_source, read_model_files, resolve_source
from transcribe.offline import ensure_offline

ensure_offline()
import torch  # noqa: E402  (after the offline switches)
import whisper  # noqa: E402

NAME = "openai-whisper"


def _load_ct2(model_path: Path | None, expected_sha256: str | None) -> tuple[Any, str, str]:
    from transcribe.engines.ct2_to_torch import build_whisper

    source = resolve_source(model_path, expected_sha256)
    loaded = read_model_files(source)
    config = json.loads(loaded.files["config.json"])
    return build_whisper(read_model(loaded.files["model.bin"]), config), source.name, loaded.sha256


def _load_checkpoint(path: Path, expected_sha256: str | None) -> tuple[Any, str, str]:
    from transcribe.models import ModelSource, check_digest

    source = ModelSource(path.stem, (path,), path.parent, expected_sha256)
    size, digest = hash_source(source)
    check_digest(source, size, digest)
    try:
        model = whisper.load_model(str(path), device="cpu")
    except (RuntimeError, ValueError, OSError, KeyError) as exc:
        raise ModelError(f"checkpoint {path.name} could not be loaded ({type(exc).__name__})") from None
    return model, path.stem, digest


class OpenAIWhisperEngine:
    """openai-whisper in float32 on CPU (float16 on CUDA)."""

    name = NAME

    def __init__(
        self,
        model_path: Path | None = None,
        *,
        device: str = "auto",
        threads: int | None = None,
        expected_sha256: str | None = None,
    ) -> None:
        if device not in ("auto", "cpu", "cuda"):
            raise ValueError(f"device must be auto, cpu or cuda, not {device!r}")
        self.device = "cuda" if device == "cuda" or (device == "auto" and torch.cuda.is_available()) else "cpu"
        self.compute_type = "float16" if self.device == "cuda" else "float32"
        self.threads = threads or default_threads()
        torch.set_num_threads(self.threads)
        if model_path is not None and Path(model_path).is_file():
            model, self.model_name, self.model_sha256 = _load_checkpoint(Path(model_path), expected_sha256)
        elif model_path is not None and not Path(model_path).exists():
            raise ModelNotFoundError(f"model not found: {model_path}")
        else:
            model, self.model_name, self.model_sha256 = _load_ct2(model_path, expected_sha256)
        self._model = model.to(self.device)

    def transcribe(self, audio: AudioInput, options: TranscribeOptions | None = None) -> Transcription:
        """Detects the language (unless forced), then decodes when the result is first iterated."""
        opts = options or TranscribeOptions()
        samples = as_samples(audio)
        speech = speech_only(samples, opts.vad)
        heard = speech.audio.size > 0
        choice = self._detect(speech.audio, opts.languages) if heard and opts.language is None else None
        language = opts.language or (choice.language if choice else None)
        return Transcription(
            segments=self._segments(speech, language, opts) if heard else iter(()),
            language=language,
            language_probability=(choice.probability if choice else 1.0) if language else 0.0,
            duration=samples.size / WHISPER_SAMPLE_RATE,
            duration_after_vad=speech.audio.size / WHISPER_SAMPLE_RATE,
            speech=speech.intervals,
            best_language=choice.best if choice else None,
            best_language_probability=choice.best_probability if choice else 0.0,
        )

    def _detect(self, audio: np.ndarray, allowed: tuple[str, ...] | None) -> LanguageChoice:
        mel = whisper.log_mel_spectrogram(whisper.pad_or_trim(audio), self._model.dims.n_mels)
        with torch.no_grad():
            _, probs = self._model.detect_language(mel.to(self.device))
        return choose_language([(code, float(p)) for code, p in probs.items()], allowed)

    def _segments(self, speech: SpeechOnly, language: str | None, opts: TranscribeOptions) -> Iterator[Segment]:
        try:
            result = whisper.transcribe(self._model, speech.audio, **_decode_kwargs(opts, language, self.device))
        except (RuntimeError, ValueError) as exc:
            raise TranscribeError(f"transcription failed ({type(exc).__name__})") from None
        guard = SegmentGuard(opts)
        for seg in result["segments"]:
            words = tuple(_word(speech, w) for w in seg.get("words") or ())
            start = words[0].start if words else speech.original_time(seg["start"])
            end = words[-1].end if words else speech.original_time(seg["end"], is_end=True)
            yield guard.segment(
                start, end, seg["text"], words=words, avg_logprob=seg["avg_logprob"],
                no_speech_prob=seg["no_speech_prob"], temperature=seg["temperature"],
            )


def _word(speech: SpeechOnly, w: dict[str, Any]) -> Word:
    middle = (w["start"] + w["end"]) / 2
    return Word(
        speech.original_time(w["start"], anchor=middle),
        speech.original_time(w["end"], anchor=middle),
        w["word"],
        float(w["probability"]),
    )


def _decode_kwargs(opts: TranscribeOptions, language: str | None, device: str) -> dict[str, Any]:
    return {
        "language": language,
        "task": "transcribe",
        "beam_size": opts.beam_size,
        "best_of": opts.beam_size,
        "temperature": opts.temperatures,
        "compression_ratio_threshold": opts.compression_ratio_threshold,
        "logprob_threshold": opts.log_prob_threshold,
        "no_speech_threshold": None,  # never skip a window: the guards flag possible no-speech instead
        "condition_on_previous_text": opts.condition_on_previous_text,
        "initial_prompt": opts.initial_prompt,
        "word_timestamps": opts.word_timestamps,
        "fp16": device == "cuda",
        "verbose": None,
    }
