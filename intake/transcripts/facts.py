"""What a reviewer must know about a transcript besides its text: coverage of the recording's speech,
warnings (speech without text, a language guess outside the study), and the words Whisper was unsure of.

The facts are measured when a transcript is made and stored with its segments (docs/format.md §5,
``"facts"``); they hold numbers and codes, never transcript text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from transcribe import Transcription
    from transcribe.coverage import Coverage

NO_TEXT = "no-text"
SPEECH_NOT_TRANSCRIBED = "speech-not-transcribed"
LANGUAGE_OUTSIDE = "language-outside"
#: Words under this probability are listed for review by default.
LOW_CONFIDENCE_WORD = 0.5


@dataclass(frozen=True)
class TranscriptWarning:
    """One item of the review worklist: a code and a message (numbers and codes only, no text)."""

    kind: str
    message: str


@dataclass(frozen=True)
class TranscriptFacts:
    """Voice activity (seconds), the part of it covered by segments with text, gaps, and warnings."""

    speech_s: float = 0.0
    covered_s: float = 0.0
    gaps: int = 0
    warnings: tuple[TranscriptWarning, ...] = ()

    @property
    def coverage(self) -> float:
        return 1.0 if self.speech_s <= 0 else min(1.0, self.covered_s / self.speech_s)

    def to_dict(self) -> dict[str, Any]:
        return {"speech_s": round(self.speech_s, 3), "covered_s": round(self.covered_s, 3),
                "coverage": round(self.coverage, 4), "gaps": self.gaps,
                "warnings": [asdict(w) for w in self.warnings]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> TranscriptFacts:
        if not data:
            return cls()
        warnings = tuple(TranscriptWarning(str(w["kind"]), str(w["message"])) for w in data.get("warnings", ()))
        return cls(float(data["speech_s"]), float(data["covered_s"]), int(data["gaps"]), warnings)


def measure_facts(result: Transcription, coverage: Coverage, has_text: bool,
                  languages: Sequence[str] | None) -> TranscriptFacts:
    """The facts of a finished transcription (``coverage`` from ``result.coverage()``)."""
    warnings: list[TranscriptWarning] = []
    if not has_text and coverage.speech_s > 0:
        warnings.append(TranscriptWarning(NO_TEXT, f"no text, although {coverage.speech_s:.0f} s of the recording "
                                          "hold voice activity: listen to it and transcribe it by hand or again"))
    elif coverage.gaps:
        lost = sum(b - a for a, b in coverage.gaps)
        warnings.append(TranscriptWarning(SPEECH_NOT_TRANSCRIBED, f"{len(coverage.gaps)} stretch(es) of speech "
                                          f"({lost:.0f} s) have no text: they are flagged segments"))
    best = result.best_language
    if best and languages and best not in languages:
        warnings.append(TranscriptWarning(LANGUAGE_OUTSIDE, f"the best language guess overall was {best!r} "
                                          f"({result.best_language_probability:.2f}), outside the study's languages "
                                          f"({', '.join(languages)}); transcribed as {result.language!r} "
                                          f"({result.language_probability:.2f})"))
    return TranscriptFacts(coverage.speech_s, coverage.covered_s, len(coverage.gaps), tuple(warnings))


@dataclass(frozen=True)
class LowConfidenceWord:
    """A word Whisper gave a low probability: where to listen (segment index, seconds) and how sure it was."""

    segment: int
    start: float
    end: float
    word: str
    probability: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
