"""A scripted engine for fast tests of code that consumes transcripts (no model, no audio decoding)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from transcribe.core import AudioInput, Segment, TranscribeOptions, Transcription, Word
from transcribe.guards import SegmentGuard

FAKE_SHA256 = "0" * 64


@dataclass(frozen=True)
class FakeLine:
    """One scripted segment; ``avg_logprob`` etc. let tests trigger the guards."""

    start: float
    end: float
    text: str
    avg_logprob: float = -0.2
    no_speech_prob: float = 0.01


@dataclass
class FakeEngine:
    """Yields its script through the same guards as the real engines.

    ``duration`` is taken from a sample array (16 kHz) when given one, else from the script. ``fail_after``
    raises ``error`` after that many segments, to test partial failures. ``calls`` records the options.
    Voice activity is ``speech`` when scripted, else the real VAD's on a sample array, else the script's
    stretches. When detecting with ``TranscribeOptions.languages`` that exclude ``language``, the first
    allowed language is chosen and ``language`` reported as the best guess overall.
    """

    script: Sequence[FakeLine] = ()
    language: str = "en"
    language_probability: float = 0.99
    fail_after: int | None = None
    error: Exception | None = None
    name: str = "fake"
    model_name: str = "fake-model"
    model_sha256: str = FAKE_SHA256
    compute_type: str = "none"
    speech: Sequence[tuple[float, float]] | None = None
    calls: list[TranscribeOptions] = field(default_factory=list)

    def transcribe(self, audio: AudioInput, options: TranscribeOptions | None = None) -> Transcription:
        """A :class:`Transcription` over the script (language forced by ``options`` wins)."""
        opts = options or TranscribeOptions()
        self.calls.append(opts)
        duration = self._duration(audio)
        forced = opts.language is not None
        detected = None if forced or not self.script else self.language
        chosen = detected
        if detected and opts.languages and detected not in opts.languages:
            chosen = opts.languages[0]
        return Transcription(
            segments=self._segments(opts),
            language=opts.language if forced else chosen,
            language_probability=1.0 if forced else (self.language_probability if self.script else 0.0),
            duration=duration,
            duration_after_vad=sum(line.end - line.start for line in self.script),
            speech=self._speech(audio),
            best_language=detected,
            best_language_probability=self.language_probability if detected else 0.0,
        )

    def _speech(self, audio: AudioInput) -> tuple[tuple[float, float], ...]:
        if self.speech is not None:
            return tuple(self.speech)
        import numpy as np

        if isinstance(audio, np.ndarray):
            from transcribe.coverage import speech_intervals

            return speech_intervals(audio)
        return tuple((line.start, line.end) for line in self.script)

    def _duration(self, audio: AudioInput) -> float:
        size = getattr(audio, "shape", None)
        if size is not None:
            return float(size[0]) / 16000
        return max((line.end for line in self.script), default=0.0)

    def _segments(self, opts: TranscribeOptions) -> Iterator[Segment]:
        guard = SegmentGuard(opts)
        for index, line in enumerate(self.script):
            if self.fail_after is not None and index >= self.fail_after:
                raise self.error or RuntimeError("scripted failure")
            words = _words(line) if opts.word_timestamps else ()
            yield guard.segment(
                line.start, line.end, line.text, words=words,
                avg_logprob=line.avg_logprob, no_speech_prob=line.no_speech_prob,
            )


def _words(line: FakeLine) -> tuple[Word, ...]:
    parts = line.text.split()
    if not parts:
        return ()
    step = (line.end - line.start) / len(parts)
    return tuple(
        Word(round(line.start + i * step, 3), round(line.start + (i + 1) * step, 3), " " + w, 0.9)
        for i, w in enumerate(parts)
    )
