"""Whisper's language codes, a study's allowed languages, and detection restricted to them.

Whisper scores every language it knows; a study knows which few its interviews are in. Detection picks the
most probable *allowed* language and still reports Whisper's best guess overall, so a caller can warn when
that guess lies outside the study (the base model calls robotic or accented Russian Polish or Sinhala).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Every language code Whisper (multilingual, up to large-v3) accepts, in its tokenizer's order.
WHISPER_LANGUAGES: tuple[str, ...] = (
    "af", "am", "ar", "as", "az", "ba", "be", "bg", "bn", "bo", "br", "bs", "ca", "cs", "cy", "da", "de", "el",
    "en", "es", "et", "eu", "fa", "fi", "fo", "fr", "gl", "gu", "ha", "haw", "he", "hi", "hr", "ht", "hu", "hy",
    "id", "is", "it", "ja", "jw", "ka", "kk", "km", "kn", "ko", "la", "lb", "ln", "lo", "lt", "lv", "mg", "mi",
    "mk", "ml", "mn", "mr", "ms", "mt", "my", "ne", "nl", "nn", "no", "oc", "pa", "pl", "ps", "pt", "ro", "ru",
    "sa", "sd", "si", "sk", "sl", "sn", "so", "sq", "sr", "su", "sv", "sw", "ta", "te", "tg", "th", "tk", "tl",
    "tr", "tt", "uk", "ur", "uz", "vi", "yi", "yo", "zh", "yue",
)
#: The languages of a study when nobody said otherwise: Russian, Belarusian, English.
DEFAULT_LANGUAGES: tuple[str, ...] = ("ru", "be", "en")


class LanguageCodeError(ValueError):
    """A language code Whisper does not know."""


def check_language(code: str) -> str:
    """The code in lower case; raises :class:`LanguageCodeError` naming the valid codes."""
    value = code.strip().lower()
    if value not in WHISPER_LANGUAGES:
        raise LanguageCodeError(f"unknown language code {code!r}: use a Whisper code such as ru, be or en "
                                f"(valid: {', '.join(sorted(WHISPER_LANGUAGES))})")
    return value


def parse_languages(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"ru,be,en"`` (or a list) as a tuple of checked codes, in order, without duplicates; never empty."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    codes: list[str] = []
    for part in parts:
        if part.strip():
            code = check_language(part)
            if code not in codes:
                codes.append(code)
    if not codes:
        raise LanguageCodeError("give at least one language code, e.g. ru,be,en")
    return tuple(codes)


@dataclass(frozen=True)
class LanguageChoice:
    """The chosen (allowed) language and Whisper's best guess over all languages, with probabilities."""

    language: str
    probability: float
    best: str
    best_probability: float

    @property
    def outside(self) -> bool:
        """True when Whisper's best guess is not among the allowed languages."""
        return self.best != self.language


def choose_language(probabilities: Sequence[tuple[str, float]], allowed: Sequence[str] | None) -> LanguageChoice:
    """The most probable language among ``allowed`` (any when None or empty), and the best overall.

    ``probabilities`` are (code, probability) pairs for every language Whisper scored.
    """
    if not probabilities:
        raise ValueError("no language probabilities")
    best, best_p = max(probabilities, key=lambda item: item[1])
    candidates = [(c, p) for c, p in probabilities if not allowed or c in allowed]
    if not candidates:  # none of the allowed languages was scored: take the first allowed one
        assert allowed
        return LanguageChoice(allowed[0], 0.0, best, float(best_p))
    code, prob = max(candidates, key=lambda item: item[1])
    return LanguageChoice(code, float(prob), best, float(best_p))
