"""Guards against Whisper's known failures: decoding loops, hallucinated text, weak languages.

Segments are never dropped here; suspicious ones are flagged so a person reviews them.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from transcribe.core import Segment, TranscribeOptions, Word
from transcribe.coverage import Coverage

REPETITION = "repetition"
LOW_CONFIDENCE = "low-confidence"
POSSIBLE_NO_SPEECH = "possible-no-speech"
#: On an empty segment standing for voice activity that ended up in no segment with text.
SPEECH_NOT_TRANSCRIBED = "speech-not-transcribed"

#: Shown with Belarusian transcripts (``language_hint("be")``).
BELARUSIAN_HINT = (
    "Whisper is weak on Belarusian: about 43% word error rate even with large-v3 on FLEURS (worse with "
    "base), and auto-detection often answers Russian or Ukrainian. Force language 'be' and review the "
    "transcript against the recording."
)
_LANGUAGE_HINTS = {"be": BELARUSIAN_HINT}

#: Consecutive repeats of an n-gram that count as a loop, by n (longer n-grams need fewer repeats).
_LOOP_REPEATS = {1: 6, 2: 4, **{n: 3 for n in range(3, 13)}}
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_MIN_WORDS_REPEATED_SEGMENT = 3


def language_hint(language: str | None) -> str | None:
    """A warning to show with transcripts in ``language``, or None."""
    return _LANGUAGE_HINTS.get(language or "")


def compression_ratio(text: str) -> float:
    """Whisper's measure: UTF-8 length over zlib-compressed length (loops compress well, > 2.4)."""
    raw = text.encode("utf-8")
    return len(raw) / len(zlib.compress(raw)) if raw else 0.0


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text)]


def has_loop(text: str) -> bool:
    """True when some word n-gram (n <= 12) repeats back to back often enough to be a decoding loop."""
    words = _words(text)
    for n, needed in _LOOP_REPEATS.items():
        for start in range(len(words) - n * needed + 1):
            gram = words[start : start + n]
            count = 1
            pos = start + n
            while words[pos : pos + n] == gram:
                count += 1
                pos += n
            if count >= needed:
                return True
    return False


@dataclass
class SegmentGuard:
    """Builds :class:`Segment` objects with flags; remembers the previous text to catch repeated segments."""

    options: TranscribeOptions
    _previous: list[str] = field(default_factory=list)
    _next_id: int = 0

    def flags_for(self, text: str, ratio: float, avg_logprob: float, no_speech_prob: float) -> tuple[str, ...]:
        """The flags a segment with these measures gets (updates the repeated-segment memory)."""
        opts = self.options
        flags: list[str] = []
        words = _words(text)
        repeated = len(words) >= _MIN_WORDS_REPEATED_SEGMENT and words == self._previous
        self._previous = words
        too_compressible = opts.compression_ratio_threshold is not None and ratio > opts.compression_ratio_threshold
        if repeated or too_compressible or has_loop(text):
            flags.append(REPETITION)
        if opts.log_prob_threshold is not None and avg_logprob < opts.log_prob_threshold:
            flags.append(LOW_CONFIDENCE)
        if opts.no_speech_threshold is not None and no_speech_prob > opts.no_speech_threshold:
            flags.append(POSSIBLE_NO_SPEECH)
        return tuple(flags)

    def segment(
        self,
        start: float,
        end: float,
        text: str,
        *,
        words: tuple[Word, ...] = (),
        avg_logprob: float = 0.0,
        no_speech_prob: float = 0.0,
        temperature: float = 0.0,
    ) -> Segment:
        """A flagged segment with the next id; the compression ratio is measured here for every engine."""
        text = text.strip()
        ratio = compression_ratio(text)
        flags = self.flags_for(text, ratio, avg_logprob, no_speech_prob)
        seg = Segment(
            id=self._next_id,
            start=round(float(start), 3),
            end=round(float(end), 3),
            text=text,
            words=words,
            avg_logprob=float(avg_logprob),
            no_speech_prob=float(no_speech_prob),
            compression_ratio=ratio,
            temperature=float(temperature),
            flags=flags,
        )
        self._next_id += 1
        return seg


def with_gaps(segments: Sequence[Segment], coverage: Coverage) -> list[Segment]:
    """The segments with one empty segment flagged :data:`SPEECH_NOT_TRANSCRIBED` per gap of
    ``coverage``, in time order, ids renumbered from 0."""
    gaps = [Segment(id=0, start=round(a, 3), end=round(b, 3), text="", flags=(SPEECH_NOT_TRANSCRIBED,))
            for a, b in coverage.gaps]
    ordered = sorted([*segments, *gaps], key=lambda s: (s.start, s.end))
    return [replace(seg, id=i) for i, seg in enumerate(ordered)]
