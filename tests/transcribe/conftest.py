"""Session fixtures for the transcribe tests: one loaded engine of each kind, the jfk recording."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Test helpers live next to this file (tx_helpers.py); pytest's importlib mode does not put test folders on
# sys.path, so this conftest does. The repository root goes first as well: in the "prepend" mode this
# folder's name would otherwise shadow the `transcribe` package (the editable install's finder runs last).
_HERE = str(Path(__file__).resolve().parent)
_ROOT = str(Path(__file__).resolve().parents[2])
for _path in (_HERE, _ROOT):
    if _path not in sys.path:
        sys.path.insert(0, _path)
if "transcribe" in sys.modules and getattr(sys.modules["transcribe"], "__file__", None) is None:
    del sys.modules["transcribe"]

from tx_helpers import shared_file  # noqa: E402


@pytest.fixture(scope="session")
def faster_engine() -> Iterator[object]:
    from transcribe import load_engine

    yield load_engine("faster-whisper", device="cpu")


@pytest.fixture(scope="session")
def openai_engine() -> Iterator[object]:
    pytest.importorskip("torch")
    pytest.importorskip("whisper")
    from transcribe import load_engine

    yield load_engine("openai-whisper", device="cpu")


@pytest.fixture(scope="session")
def jfk_bytes() -> bytes:
    return shared_file("audio", "jfk.flac").read_bytes()
