"""Errors raised by :mod:`transcribe`.

The application maps these onto its own hierarchy (``intake.errors``); this package never imports it.
Each class's docstring is the default message. Messages name files, sizes and hashes, never audio content
or transcript text.
"""

from __future__ import annotations


class TranscribeError(Exception):
    """Transcription failed."""

    def __init__(self, message: str | None = None, *, hint: str | None = None) -> None:
        text = message if message is not None else (self.__doc__ or "error").strip()
        super().__init__(text)
        self.message = text
        self.hint = hint


class AudioError(TranscribeError):
    """The input is not a readable audio recording."""


class EmptyAudioError(AudioError):
    """The recording contains no audio samples."""


class TruncatedAudioError(AudioError):
    """The recording ends before its declared length: the file looks truncated."""


class AudioTooLongError(AudioError):
    """The recording lasts longer than the cap: refusing to decode more of it."""


class ModelError(TranscribeError):
    """The speech model could not be loaded."""


class ModelNotFoundError(ModelError):
    """The speech model files were not found."""


class ModelIntegrityError(ModelError):
    """The speech model files do not match their expected SHA-256: refusing to load them."""


class EngineUnavailableError(TranscribeError):
    """This transcription engine is not installed."""
