"""The pipeline tests import `review_helpers` from this folder (pytest's importlib mode adds no test folder)."""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
