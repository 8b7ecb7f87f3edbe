"""Speech-to-text for Intake: a small :class:`Engine` protocol over local Whisper models.

Knows nothing of vaults. Heavy libraries (faster_whisper, ctranslate2, torch, whisper, av, numpy) are
imported only when an engine is built or audio is decoded, so importing this package is cheap.

    engine = load_engine()                      # bundled Whisper base, hash-verified, never downloads
    result = engine.transcribe(recording_bytes, TranscribeOptions(language="ru"))
    for segment in result:                      # decoded lazily; result.language, .duration, .progress()
        ...
"""

from transcribe.audio import MediaInfo, decode_audio, iter_audio, probe_media
from transcribe.core import (
    AudioInput,
    Engine,
    Segment,
    TranscribeOptions,
    Transcription,
    Word,
    transcript_fingerprint,
)
from transcribe.errors import (
    AudioError,
    AudioTooLongError,
    EmptyAudioError,
    EngineUnavailableError,
    ModelError,
    ModelIntegrityError,
    ModelNotFoundError,
    TranscribeError,
    TruncatedAudioError,
)
from transcribe.fake import FakeEngine, FakeLine
from transcribe.guards import (
    BELARUSIAN_HINT,
    LOW_CONFIDENCE,
    POSSIBLE_NO_SPEECH,
    REPETITION,
    SPEECH_NOT_TRANSCRIBED,
    language_hint,
)
from transcribe.models import BUNDLED_NAME, BUNDLED_SHA256, ModelInfo, list_models, verify_model
from transcribe.registry import DEFAULT_ENGINE, ENGINES, load_engine

__all__ = [
    "BELARUSIAN_HINT",
    "BUNDLED_NAME",
    "BUNDLED_SHA256",
    "DEFAULT_ENGINE",
    "ENGINES",
    "LOW_CONFIDENCE",
    "POSSIBLE_NO_SPEECH",
    "REPETITION",
    "SPEECH_NOT_TRANSCRIBED",
    "AudioError",
    "AudioInput",
    "AudioTooLongError",
    "EmptyAudioError",
    "Engine",
    "EngineUnavailableError",
    "FakeEngine",
    "FakeLine",
    "MediaInfo",
    "ModelError",
    "ModelInfo",
    "ModelIntegrityError",
    "ModelNotFoundError",
    "Segment",
    "TranscribeError",
    "TranscribeOptions",
    "Transcription",
    "TruncatedAudioError",
    "Word",
    "decode_audio",
    "iter_audio",
    "language_hint",
    "list_models",
    "load_engine",
    "probe_media",
    "transcript_fingerprint",
    "verify_model",
]
