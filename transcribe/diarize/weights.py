"""Locate and verify the GE2E speaker-encoder weights shipped in the PyPI package ``resemblyzer``.

The project installs that package with ``pip install --no-deps resemblyzer==0.1.4`` only for its data
file ``resemblyzer/pretrained.pt``; resemblyzer's own code (and its torch/librosa/webrtcvad needs) is
never imported. The file is found through the installed distribution's metadata and MUST match the
pinned SHA-256 before any byte of it is parsed.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from functools import lru_cache
from pathlib import Path

import numpy as np

from .errors import WeightsError
from .ptload import load_state_dict

DISTRIBUTION = "resemblyzer"
WEIGHTS_MEMBER = "resemblyzer/pretrained.pt"
# SHA-256 of resemblyzer 0.1.4's pretrained.pt (also listed in that wheel's RECORD).
WEIGHTS_SHA256 = "39373b86598fa3da9fcddee6142382efe09777e8d37dc9c0561f41f0070f134e"
MAX_WEIGHTS_BYTES = 64 * 1024 * 1024
INSTALL_HINT = "install the weights with: pip install --no-deps resemblyzer==0.1.4"


def locate_weights() -> Path:
    """Path of ``pretrained.pt`` inside the installed ``resemblyzer`` distribution (not imported)."""
    try:
        dist = importlib.metadata.distribution(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        raise WeightsError("speaker-encoder weights not installed", hint=INSTALL_HINT) from None
    path = Path(str(dist.locate_file(WEIGHTS_MEMBER)))
    if not path.is_file():
        raise WeightsError(f"speaker-encoder weights file missing: {path}", hint=INSTALL_HINT)
    return path


def read_verified(path: Path, sha256: str = WEIGHTS_SHA256) -> bytes:
    """The file's bytes, after checking its size cap and its SHA-256 against the pin."""
    try:
        with path.open("rb") as handle:
            blob = handle.read(MAX_WEIGHTS_BYTES + 1)
    except OSError as exc:
        raise WeightsError(f"cannot read speaker-encoder weights {path} ({exc.strerror})") from None
    if len(blob) > MAX_WEIGHTS_BYTES:
        raise WeightsError("speaker-encoder weights file is too large")
    if hashlib.sha256(blob).hexdigest() != sha256:
        raise WeightsError(f"speaker-encoder weights do not match the pinned SHA-256: {path}", hint=INSTALL_HINT)
    return blob


@lru_cache(maxsize=2)
def load_weights(path: Path | None = None) -> dict[str, np.ndarray]:
    """The verified encoder state dict (``lstm.*``, ``linear.*``) as float32 numpy arrays."""
    state = load_state_dict(read_verified(path or locate_weights()))
    for layer in range(3):
        for kind in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            if f"lstm.{kind}_l{layer}" not in state:
                raise WeightsError("speaker-encoder weights lack an LSTM tensor")
    if "linear.weight" not in state or "linear.bias" not in state:
        raise WeightsError("speaker-encoder weights lack the projection layer")
    return state
