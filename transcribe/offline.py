"""Keeps model libraries off the network: call :func:`ensure_offline` before importing any of them."""

from __future__ import annotations

import os

_OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "DO_NOT_TRACK": "1",
    # onnxruntime (Silero VAD) >= 1.2x queues 1DS telemetry in ~/.cache/Microsoft/DeveloperTools/ unless told not to
    "ORT_DISABLE_TELEMETRY": "1",
}


def ensure_offline() -> None:
    """Sets the environment switches that make Hugging Face libraries refuse to download."""
    os.environ.update(_OFFLINE_ENV)
