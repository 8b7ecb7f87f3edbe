"""The torch-free path against torch itself: the loader against torch.load, numpy LSTM against nn.LSTM."""

from __future__ import annotations

import numpy as np
import pytest

from transcribe.diarize.encoder import SpeakerEncoder
from transcribe.diarize.errors import WeightsError
from transcribe.diarize.weights import load_weights, locate_weights

pytestmark = pytest.mark.torch


@pytest.fixture(scope="module")
def path():  # type: ignore[no-untyped-def]
    pytest.importorskip("torch")
    try:
        return locate_weights()
    except WeightsError:
        pytest.skip("resemblyzer weights not installed")


def test_loader_equals_torch_load(path) -> None:  # type: ignore[no-untyped-def]
    import torch

    reference = torch.load(path, map_location="cpu", weights_only=True)["model_state"]
    ours = load_weights(path)
    assert set(ours) == set(reference)
    for name, tensor in reference.items():
        np.testing.assert_array_equal(ours[name], tensor.numpy(), err_msg=name)


def test_numpy_encoder_equals_torch_encoder(path) -> None:  # type: ignore[no-untyped-def]
    import torch

    state = load_weights(path)
    lstm = torch.nn.LSTM(40, 256, 3, batch_first=True)
    lstm.load_state_dict({k[5:]: torch.from_numpy(v) for k, v in state.items() if k.startswith("lstm.")})
    linear = torch.nn.Linear(256, 256)
    linear.load_state_dict({k[7:]: torch.from_numpy(v) for k, v in state.items() if k.startswith("linear.")})
    mels = (np.random.default_rng(0).random((6, 160, 40)) ** 4 * 3).astype(np.float32)
    with torch.no_grad():
        _, (hidden, _) = lstm(torch.from_numpy(mels))
        raw = torch.relu(linear(hidden[-1]))
        expected = (raw / raw.norm(dim=1, keepdim=True)).numpy()
    ours = SpeakerEncoder(state).embed(mels)
    np.testing.assert_allclose(ours, expected, atol=1e-5)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0)
    short = SpeakerEncoder(state).embed(mels[:2, :37])  # windows shorter than training length work too
    assert short.shape == (2, 256)
