"""Fixtures for the export tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Test modules import `export_helpers` from this folder; with --import-mode=importlib pytest does not put
# test folders on sys.path, so this conftest does (it works the same in the default "prepend" mode).
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from export_helpers import build  # noqa: E402


@pytest.fixture(scope="module")
def bundle() -> dict[str, bytes]:
    """One export of the sample transcripts in every format, with the built-in codebook."""
    return build()
