"""The numpy mel front end."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from transcribe.diarize.features import hz_to_mel, mel_filterbank, mel_spectrogram, mel_to_hz


def test_mel_scale_round_trip_and_anchor_points() -> None:
    hz = np.array([0.0, 200.0, 1000.0, 4000.0, 8000.0])
    np.testing.assert_allclose(mel_to_hz(hz_to_mel(hz)), hz, rtol=1e-9, atol=1e-9)
    assert hz_to_mel(np.array(1000.0)) == pytest.approx(15.0)  # Slaney: linear 200/3 Hz per mel below 1 kHz


@pytest.mark.torch
def test_filterbank_matches_librosa_as_shipped_by_whisper() -> None:
    """openai-whisper ships librosa.filters.mel(sr=16000, n_fft=400, n_mels=80/128) as mel_filters.npz."""
    spec = importlib.util.find_spec("whisper")
    if spec is None or spec.origin is None:
        pytest.skip("openai-whisper not installed")
    ref = np.load(Path(spec.origin).parent / "assets" / "mel_filters.npz")
    for n_mels in (80, 128):
        np.testing.assert_allclose(mel_filterbank(n_mels=n_mels), ref[f"mel_{n_mels}"], atol=1e-7)


def test_a_tone_lands_in_the_right_band() -> None:
    t = np.arange(16000) / 16000
    mel = mel_spectrogram(np.sin(2 * np.pi * 1000 * t).astype(np.float32))
    assert mel.shape == (101, 40)
    centres = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(8000.0), 42))[1:-1]
    assert abs(centres[int(np.argmax(mel[50]))] - 1000) < 120
