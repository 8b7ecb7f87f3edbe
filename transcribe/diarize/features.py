"""Mel power spectrogram in numpy, matching the speaker encoder's training front end.

The GE2E encoder was trained on ``librosa.feature.melspectrogram(y, sr=16000, n_fft=400,
hop_length=160, n_mels=40)``: a centred STFT with a periodic Hann window of 400 samples (25 ms), hop
160 (10 ms), power 2, and a Slaney-style mel filterbank (linear below 1 kHz, logarithmic above, each
triangle normalised to unit area). The input is *power*, not log power, so the loudness of the
waveform matters: the pipeline scales each window to ``TARGET_DBFS``, the level the encoder was
trained on (resemblyzer normalises whole utterances to -30 dBFS).
"""

from __future__ import annotations

import numpy as np

SAMPLE_RATE = 16000
N_FFT = 400
HOP = 160
N_MELS = 40
TARGET_DBFS = -30.0

_F_SP = 200.0 / 3  # Hz per mel in the linear part
_MIN_LOG_HZ = 1000.0
_MIN_LOG_MEL = _MIN_LOG_HZ / _F_SP
_LOGSTEP = np.log(6.4) / 27.0


def hz_to_mel(hz: np.ndarray) -> np.ndarray:
    """Slaney mel scale (librosa's default, ``htk=False``)."""
    hz = np.asarray(hz, dtype=np.float64)
    linear = hz / _F_SP
    log = _MIN_LOG_MEL + np.log(np.maximum(hz, _MIN_LOG_HZ) / _MIN_LOG_HZ) / _LOGSTEP
    return np.where(hz >= _MIN_LOG_HZ, log, linear)


def mel_to_hz(mel: np.ndarray) -> np.ndarray:
    """Inverse of :func:`hz_to_mel`."""
    mel = np.asarray(mel, dtype=np.float64)
    linear = mel * _F_SP
    log = _MIN_LOG_HZ * np.exp(_LOGSTEP * (np.maximum(mel, _MIN_LOG_MEL) - _MIN_LOG_MEL))
    return np.where(mel >= _MIN_LOG_MEL, log, linear)


def mel_filterbank(sr: int = SAMPLE_RATE, n_fft: int = N_FFT, n_mels: int = N_MELS) -> np.ndarray:
    """Triangular Slaney mel filters, shape ``(n_mels, n_fft // 2 + 1)``, area-normalised."""
    fft_freqs = np.fft.rfftfreq(n_fft, d=1.0 / sr)
    edges = mel_to_hz(np.linspace(hz_to_mel(np.array(0.0)), hz_to_mel(np.array(sr / 2.0)), n_mels + 2))
    widths = np.diff(edges)
    ramps = edges[:, None] - fft_freqs[None, :]
    rising = -ramps[:-2] / widths[:-1, None]
    falling = ramps[2:] / widths[1:, None]
    weights = np.maximum(0.0, np.minimum(rising, falling))
    weights *= (2.0 / (edges[2:] - edges[:-2]))[:, None]
    return np.asarray(weights, dtype=np.float32)


def _frames(wav: np.ndarray, n_fft: int, hop: int) -> np.ndarray:
    """Centred frames (zero padding of ``n_fft // 2`` at both ends), shape ``(1 + n // hop, n_fft)``."""
    padded = np.pad(wav, (n_fft // 2, n_fft // 2))
    count = 1 + (len(padded) - n_fft) // hop
    return np.asarray(
        np.lib.stride_tricks.as_strided(
            padded, shape=(count, n_fft), strides=(padded.strides[0] * hop, padded.strides[0]), writeable=False
        )
    )


def mel_spectrogram(wav: np.ndarray) -> np.ndarray:
    """Mel power frames of a 16 kHz mono waveform, shape ``(n_frames, 40)``, float32."""
    wav = np.ascontiguousarray(wav, dtype=np.float32)
    window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)
    out = np.empty((1 + len(wav) // HOP, N_MELS), dtype=np.float32)
    bank = mel_filterbank().T
    frames = _frames(wav, N_FFT, HOP)
    step = 4096  # bounded memory for long recordings
    for start in range(0, len(frames), step):
        spectrum = np.fft.rfft(frames[start : start + step] * window, axis=1)
        power = (spectrum.real**2 + spectrum.imag**2).astype(np.float32)
        out[start : start + step] = power @ bank
    return out


def frame_energy_db(wav: np.ndarray, hop: int = HOP, width: int = N_FFT) -> np.ndarray:
    """Mean-square energy in dBFS of centred frames (same grid as :func:`mel_spectrogram`)."""
    frames = _frames(np.ascontiguousarray(wav, dtype=np.float32), width, hop)
    power = np.einsum("ij,ij->i", frames, frames, dtype=np.float64) / width
    return np.asarray(10.0 * np.log10(power + 1e-12), dtype=np.float32)
