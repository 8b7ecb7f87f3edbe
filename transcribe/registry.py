"""Engines by name: ``load_engine("faster-whisper")`` (default) or ``load_engine("openai-whisper")``."""

from __future__ import annotations

from pathlib import Path

from transcribe.core import Engine
from transcribe.errors import EngineUnavailableError

ENGINES = ("faster-whisper", "openai-whisper")
DEFAULT_ENGINE = "faster-whisper"


def load_engine(
    name: str = DEFAULT_ENGINE,
    *,
    model_path: Path | None = None,
    device: str = "auto",
    threads: int | None = None,
    expected_sha256: str | None = None,
) -> Engine:
    """Builds an engine and loads its model (bundled Whisper base when ``model_path`` is None).

    ``model_path`` is a CTranslate2 Whisper directory; the openai engine also takes an openai-whisper
    ``.pt`` checkpoint. ``expected_sha256`` pins the hash of a directory's ``model.bin`` (the bundled model
    is always pinned). Raises :class:`~transcribe.errors.ModelError` subclasses or
    :class:`~transcribe.errors.EngineUnavailableError`.
    """
    if name == "faster-whisper":
        from transcribe.engines.faster import FasterWhisperEngine

        return FasterWhisperEngine(
            model_path, device=device, threads=threads, expected_sha256=expected_sha256
        )
    if name == "openai-whisper":
        try:
            from transcribe.engines.openai_whisper import OpenAIWhisperEngine
        except ModuleNotFoundError as exc:
            if exc.name not in ("torch", "whisper"):
                raise
            raise EngineUnavailableError(
                "the openai-whisper engine is not installed",
                hint="install the extra: pip install 'intake[openai-whisper]'",
            ) from None
        return OpenAIWhisperEngine(model_path, device=device, threads=threads, expected_sha256=expected_sha256)
    raise EngineUnavailableError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINES)}")
