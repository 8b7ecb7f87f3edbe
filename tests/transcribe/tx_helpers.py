"""Helpers for the transcribe tests: shared data, generated speech and tones (import as tx_helpers)."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
RATE = 16000


def shared_file(*parts: str) -> Path:
    """A file under ../shared/data, or a clean skip."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def tone(seconds: float = 1.0, freq: float = 440.0, rate: int = RATE) -> np.ndarray:
    """A sine tone at half scale (float32)."""
    t = np.arange(int(seconds * rate)) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def wav_bytes(samples: np.ndarray, rate: int = RATE) -> bytes:
    """16-bit PCM WAV of mono samples (or (channels, n) arrays), made with the standard library."""
    data = np.atleast_2d(samples)
    pcm = (np.clip(data.T, -1, 1) * 32767).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(data.shape[0])
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return buf.getvalue()


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def speak(tmp_path: Path, voice: str, text: str, speed: int) -> bytes:
    """Speech from espeak-ng as WAV bytes (skips when espeak-ng is absent)."""
    out = tmp_path / f"speech-{voice}.wav"
    subprocess.run([need_tool("espeak-ng"), "-v", voice, "-s", str(speed), "-w", str(out), text], check=True)
    return out.read_bytes()


_TYPE_IDS = {"float32": 0, "int8": 1, "int16": 2, "int32": 3, "float16": 4}


def _ct2_string(text: str) -> bytes:
    raw = text.encode() + b"\0"
    return struct.pack("<H", len(raw)) + raw


def ct2_bin(
    variables: dict[str, np.ndarray], aliases: dict[str, str] | None = None, *, spec: str = "WhisperSpec",
    version: int = 6,
) -> bytes:
    """A CTranslate2 model.bin written from the format description (independent of the reader)."""
    out = [struct.pack("<I", version), _ct2_string(spec), struct.pack("<I", 3), struct.pack("<I", len(variables))]
    for name, value in variables.items():
        array = np.asarray(value)
        out.append(_ct2_string(name))
        out.append(struct.pack("<B", array.ndim) + b"".join(struct.pack("<I", d) for d in array.shape))
        out.append(struct.pack("<B", _TYPE_IDS[array.dtype.name]) + struct.pack("<I", array.nbytes))
        out.append(array.astype(array.dtype.newbyteorder("<")).tobytes())
    out.append(struct.pack("<I", len(aliases or {})))
    for alias, target in (aliases or {}).items():
        out.append(_ct2_string(alias) + _ct2_string(target))
    return b"".join(out)


def pyav_encode(samples: np.ndarray, fmt: str = "flac", codec: str = "flac", rate: int = RATE) -> bytes:
    """Mono samples encoded in memory with PyAV (no ffmpeg binary needed)."""
    import av

    buf = io.BytesIO()
    with av.open(buf, mode="w", format=fmt) as container:
        stream = container.add_stream(codec, rate=rate, layout="mono")
        pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buf.getvalue()
