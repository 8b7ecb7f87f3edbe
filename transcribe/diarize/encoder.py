"""The GE2E speaker encoder (resemblyzer's ``VoiceEncoder``) as plain numpy.

Network: a 3-layer LSTM (hidden size 256, PyTorch gate order input, forget, cell, output) over
40-band mel power frames; the last layer's final hidden state goes through ``linear(256 -> 256)``,
ReLU, and L2 normalisation. One embedding summarises one window of frames (160 frames = 1.6 s in
training); a speaker's voice is the mean of several window embeddings, normalised again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .weights import load_weights

LAYERS = 3
HIDDEN = 256


@contextlib.contextmanager
def blas_threads(limit: int) -> Iterator[None]:
    """Run BLAS on at most ``limit`` threads (via ``threadpoolctl`` when installed; otherwise a no-op).

    The recurrence is 480 small matrix products per batch, and every product waits for all threads.
    On the 2-core development machine, two threads were 1.4x faster when it was idle (5.9 against
    8.1 ms per window) but 15x slower when it was busy (a 45 s recording: 8.2 s against 0.55 s), so
    the default is one.
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        yield
        return
    with threadpool_limits(limits=limit, user_api="blas"):
        yield


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 + 0.5 * np.tanh(0.5 * x)


class SpeakerEncoder:
    """Maps batches of mel windows ``(batch, frames, 40)`` to unit embeddings ``(batch, 256)``."""

    def __init__(self, state: dict[str, np.ndarray], *, threads: int = 1) -> None:
        self.threads = threads
        self._layers = []
        for layer in range(LAYERS):
            w_ih = np.ascontiguousarray(state[f"lstm.weight_ih_l{layer}"].T, dtype=np.float32)
            w_hh = np.ascontiguousarray(state[f"lstm.weight_hh_l{layer}"].T, dtype=np.float32)
            bias = (state[f"lstm.bias_ih_l{layer}"] + state[f"lstm.bias_hh_l{layer}"]).astype(np.float32)
            self._layers.append((w_ih, w_hh, bias))
        self._proj_w = np.ascontiguousarray(state["linear.weight"].T, dtype=np.float32)
        self._proj_b = state["linear.bias"].astype(np.float32)

    @classmethod
    def load(cls, path: Path | None = None, *, threads: int = 1) -> SpeakerEncoder:
        """The encoder with the pinned resemblyzer weights (see :mod:`.weights`)."""
        return cls(load_weights(path), threads=threads)

    def embed(self, mels: np.ndarray) -> np.ndarray:
        """Unit-length embeddings of equally long mel windows, shape ``(batch, 256)``."""
        seq = np.asarray(mels, dtype=np.float32)
        if seq.ndim != 3 or seq.shape[2] != self._layers[0][0].shape[0] or seq.shape[1] == 0:
            raise ValueError("expected mel windows of shape (batch, frames, 40)")
        hidden = np.zeros((seq.shape[0], HIDDEN), dtype=np.float32)
        with blas_threads(self.threads):
            for index, (w_ih, w_hh, bias) in enumerate(self._layers):
                last = index == LAYERS - 1
                seq, hidden = _lstm_layer(seq, w_ih, w_hh, bias, keep_sequence=not last)
        raw = np.maximum(hidden @ self._proj_w + self._proj_b, 0.0)
        norm = np.linalg.norm(raw, axis=1, keepdims=True)
        return np.asarray(raw / np.maximum(norm, 1e-12), dtype=np.float32)


def _lstm_layer(
    seq: np.ndarray, w_ih: np.ndarray, w_hh: np.ndarray, bias: np.ndarray, *, keep_sequence: bool
) -> tuple[np.ndarray, np.ndarray]:
    """One LSTM layer over ``seq (batch, time, in)``; returns (outputs or empty, final hidden)."""
    batch, steps, _ = seq.shape
    # Input projections of all time steps at once; only the recurrence is sequential.
    projected = (seq.reshape(batch * steps, -1) @ w_ih + bias).reshape(batch, steps, 4 * HIDDEN)
    hidden = np.zeros((batch, HIDDEN), dtype=np.float32)
    cell = np.zeros((batch, HIDDEN), dtype=np.float32)
    outputs = np.empty((batch, steps, HIDDEN), dtype=np.float32) if keep_sequence else np.empty((0, 0, 0))
    for t in range(steps):
        gates = projected[:, t] + hidden @ w_hh
        i = _sigmoid(gates[:, :HIDDEN])
        f = _sigmoid(gates[:, HIDDEN : 2 * HIDDEN])
        g = np.tanh(gates[:, 2 * HIDDEN : 3 * HIDDEN])
        o = _sigmoid(gates[:, 3 * HIDDEN :])
        cell = f * cell + i * g
        hidden = o * np.tanh(cell)
        if keep_sequence:
            outputs[:, t] = hidden
    return outputs, hidden
