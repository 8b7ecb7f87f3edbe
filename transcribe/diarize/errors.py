"""Exceptions of the diarization package (the application maps them onto its own hierarchy).

Same shape as :mod:`transcribe.errors` (``.message``, ``.hint``; the docstring is the default message)
without importing it. Messages name files, sizes and hashes, never audio content or transcript text.
"""

from __future__ import annotations


class DiarizeError(Exception):
    """Speaker diarization failed."""

    def __init__(self, message: str | None = None, *, hint: str | None = None) -> None:
        text = message if message is not None else (self.__doc__ or "error").strip()
        super().__init__(text)
        self.message = text
        self.hint = hint


class WeightsError(DiarizeError):
    """The speaker-encoder weights are missing, altered, or not in the expected format."""


class UnsafeWeightsError(WeightsError):
    """The weights file asks the loader for something a plain tensor file never needs."""
