"""Models a user adds: CTranslate2 Whisper directories verified, copied into a models folder, and pinned.

``ModelStore(root).add(src, name)`` checks that ``src`` holds a CTranslate2 Whisper model (``model.bin``
whose header names a ``WhisperSpec``, ``config.json`` that parses, ``tokenizer.json``, a ``vocabulary.*``),
copies exactly those files (and ``preprocessor_config.json`` when present) into ``root/NAME/`` while
hashing them, and writes ``root/NAME/intake-model.json``: every file's size and SHA-256. ``verify(name)``
hashes the copy again and refuses it (:class:`ModelIntegrityError`) when any file changed. Nothing is
downloaded; nothing is loaded here.

Copy protocol (a crash leaves no half model under a name): copy into ``root/.add-RANDOM/``, fsync every
file, write the manifest last, fsync, rename the folder to ``root/NAME``; leftovers of ``.add-*`` are
never listed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from transcribe.ct2format import read_header
from transcribe.errors import ModelError, ModelIntegrityError, ModelNotFoundError
from transcribe.models import ModelSource, hash_source

MANIFEST = "intake-model.json"
MANIFEST_FORMAT = "intake-model/1"
REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")
VOCABULARY_FILES = ("vocabulary.json", "vocabulary.txt")
OPTIONAL_FILES = ("preprocessor_config.json",)
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ModelFile:
    """One file of a registered model, as recorded when it was added."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class UserModel:
    """A registered model: its folder, recorded files and where it came from (a path, for the record)."""

    name: str
    path: Path
    files: tuple[ModelFile, ...]
    added: str
    source: str

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def sha256(self) -> str:
        """SHA-256 of ``model.bin`` (what engines pin and transcripts record)."""
        return next(f.sha256 for f in self.files if f.name == "model.bin")


def check_name(name: str) -> str:
    if not NAME_RE.match(name):
        raise ModelError(f"invalid model name {name!r}: use letters, digits, '.', '_' and '-' (at most 64)")
    return name


def model_files(src: Path) -> list[str]:
    """The files of ``src`` to copy; raises :class:`ModelNotFoundError` / :class:`ModelError` when not a
    CTranslate2 Whisper model."""
    if not src.is_dir():
        raise ModelNotFoundError(f"model directory not found: {src}")
    for required in REQUIRED_FILES:
        if not (src / required).is_file():
            raise ModelNotFoundError(f"model file missing: {src / required}",
                                     hint="a CTranslate2 Whisper conversion holds model.bin, config.json, "
                                          "tokenizer.json and vocabulary.json or vocabulary.txt")
    vocabulary = [v for v in VOCABULARY_FILES if (src / v).is_file()]
    if not vocabulary:
        raise ModelNotFoundError(f"model file missing: {src}/vocabulary.json or vocabulary.txt")
    with open(src / "model.bin", "rb") as fh:
        _, spec, _ = read_header(fh.read(4096))
    if spec != "WhisperSpec":
        raise ModelError(f"{src / 'model.bin'} holds a {spec}, not a Whisper model")
    try:
        json.loads((src / "config.json").read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ModelError(f"{src / 'config.json'} is not valid JSON") from None
    optional = [o for o in OPTIONAL_FILES if (src / o).is_file()]
    return [*REQUIRED_FILES, *vocabulary, *optional]


def _copy_hashing(src: Path, dst: Path) -> ModelFile:
    hasher, size = hashlib.sha256(), 0
    with open(src, "rb") as fin, open(dst, "xb") as fout:
        while chunk := fin.read(_CHUNK):
            hasher.update(chunk)
            fout.write(chunk)
            size += len(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    return ModelFile(dst.name, size, hasher.hexdigest())


def _sha256_file(path: Path) -> tuple[int, str]:
    if path.name == "model.bin":
        return hash_source(ModelSource(path.parent.name, (path,), path.parent))
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


class ModelStore:
    """The per-user models folder (``root``): one sub-folder per registered model."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def add(self, src: Path, name: str) -> UserModel:
        """Verify ``src``, copy its model files to ``root/name`` and record their hashes."""
        check_name(name)
        names = model_files(Path(src))
        target = self.root / name
        if target.exists():
            raise ModelError(f"a model named {name!r} is already registered",
                             hint="choose another --name, or remove the folder " + str(target))
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        work = self.root / f".add-{os.urandom(6).hex()}"
        work.mkdir(mode=0o700)
        try:
            files = tuple(_copy_hashing(Path(src) / n, work / n) for n in names)
            model = UserModel(name, target, files, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                              str(Path(src).resolve()))
            _write_manifest(work, model)
            os.rename(work, target)
        finally:
            if work.exists():
                shutil.rmtree(work)
        return model

    def get(self, name: str) -> UserModel:
        """The registered model ``name`` as recorded (no hashing); :class:`ModelNotFoundError` if unknown."""
        check_name(name)
        manifest = self.root / name / MANIFEST
        if not manifest.is_file():
            known = ", ".join(m.name for m in self.list()) or "none"
            raise ModelNotFoundError(f"no model named {name!r} (registered: {known})",
                                     hint="'intake models add DIR --name NAME' registers one")
        return _read_manifest(self.root / name)

    def list(self) -> list[UserModel]:
        """Every registered model, by name (folders without a readable manifest are left out)."""
        if not self.root.is_dir():
            return []
        found = []
        for folder in sorted(self.root.iterdir()):
            if NAME_RE.match(folder.name) and (folder / MANIFEST).is_file():
                try:
                    found.append(_read_manifest(folder))
                except ModelError:
                    continue
        return found

    def verify(self, name: str) -> UserModel:
        """Hash every recorded file; :class:`ModelIntegrityError` when one is missing or changed."""
        model = self.get(name)
        for recorded in model.files:
            path = model.path / recorded.name
            if not path.is_file():
                raise ModelIntegrityError(f"model {name}: {recorded.name} is missing: refusing to load it")
            size, digest = _sha256_file(path)
            if (size, digest) != (recorded.size, recorded.sha256):
                raise ModelIntegrityError(
                    f"model {name}: {recorded.name} has SHA-256 {digest} ({size} bytes), recorded "
                    f"{recorded.sha256} ({recorded.size} bytes): refusing to load it",
                    hint="the model files changed since 'intake models add'; add the model again from a "
                         "copy whose checksum you trust")
        return model


def _write_manifest(folder: Path, model: UserModel) -> None:
    doc = {"format": MANIFEST_FORMAT, "name": model.name, "added": model.added, "source": model.source,
           "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in model.files]}
    with open(folder / MANIFEST, "x", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=2, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_manifest(folder: Path) -> UserModel:
    try:
        doc = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if doc.get("format") != MANIFEST_FORMAT:
            raise ValueError("format")
        files = tuple(ModelFile(str(f["name"]), int(f["size"]), str(f["sha256"])) for f in doc["files"])
        allowed = {*REQUIRED_FILES, *VOCABULARY_FILES, *OPTIONAL_FILES}
        if not {"model.bin", "config.json", "tokenizer.json"} <= {f.name for f in files} or \
                any(f.name not in allowed for f in files):
            raise ValueError("files")
        return UserModel(str(doc["name"]), folder, files, str(doc["added"]), str(doc["source"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise ModelError(f"model folder {folder.name}: {MANIFEST} is damaged or of an unknown format") from None
