"""The restricted legacy .pt loader: exact values from a valid file, a clean refusal of everything else."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import numpy as np
import pytest
from ptcraft import FakeTensor, legacy_file, main_pickle, tensor_ops

from transcribe.diarize.errors import UnsafeWeightsError, WeightsError
from transcribe.diarize.ptload import TensorRef, load_state_dict
from transcribe.diarize.weights import WEIGHTS_SHA256, load_weights, locate_weights, read_verified

VALUES = np.arange(10, dtype=np.float32) / 4


def _valid(**changes: object) -> bytes:
    tensor = FakeTensor("k0", numel=10, offset=2, size=(2, 3), stride=(3, 1))
    for key, value in changes.items():
        setattr(tensor, key, value)
    return legacy_file({"w": tensor, "b": FakeTensor("k0", 10, 0, (2,), (1,))}, {"k0": VALUES})


def test_reads_tensors_exactly() -> None:
    state = load_state_dict(_valid())
    assert state["w"].dtype == np.float32
    np.testing.assert_array_equal(state["w"], VALUES[2:8].reshape(2, 3))
    np.testing.assert_array_equal(state["b"], VALUES[:2])


class _Boom:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, ...]]:
        return (os.system, (f"touch {self.marker}",))


def test_refuses_code_execution_in_every_pickle(tmp_path: Path) -> None:
    """A pickle that would run a shell command is refused wherever it sits; the command never runs."""
    marker = tmp_path / "pwned"
    evil = pickle.dumps(_Boom(marker), protocol=2)
    good = _valid()
    magic_len = len(pickle.dumps(0x1950A86A20F9469CFC6C, protocol=2))
    with pytest.raises(UnsafeWeightsError):
        load_state_dict(evil + good[magic_len:])
    main = main_pickle({}, extra=b"Vx\n" + evil[2:-1])  # the exploit as a value inside model_state
    with pytest.raises(UnsafeWeightsError):
        load_state_dict(legacy_file({}, {}, main=main))
    assert not marker.exists()


@pytest.mark.parametrize(
    ("module", "name"),
    [("builtins", "eval"), ("torch", "load"), ("torch._utils", "_rebuild_parameter"), ("numpy", "frombuffer")],
)
def test_refuses_any_other_global(module: str, name: str) -> None:
    main = main_pickle({}, extra=b"Vx\nc" + f"{module}\n{name}\n".encode() + b"s")
    with pytest.raises(UnsafeWeightsError):
        load_state_dict(legacy_file({}, {}, main=main))


def test_refuses_other_storage_types() -> None:
    bad = FakeTensor("k0", 10, 0, (2,), (1,), storage_type=b"torch\nLongStorage\n")
    with pytest.raises(UnsafeWeightsError):
        load_state_dict(legacy_file({"w": bad}, {"k0": VALUES}))


@pytest.mark.parametrize(
    "changes",
    [{"offset": 8}, {"size": (4, 3), "stride": (3, 1)}, {"stride": (1, 2)}, {"numel": 4}],
    ids=["offset-past-end", "shape-past-end", "not-contiguous", "numel-too-small"],
)
def test_refuses_tensors_outside_their_storage(changes: dict[str, object]) -> None:
    with pytest.raises(UnsafeWeightsError):
        load_state_dict(_valid(**changes))


def test_declared_numel_larger_than_data_is_caught_on_read() -> None:
    """The pickle may claim a big storage; the raw data that follows must really hold it."""
    blob = legacy_file({"w": FakeTensor("k0", 20, 12, (8,), (1,))}, {"k0": VALUES})
    with pytest.raises(WeightsError):
        load_state_dict(blob)


@pytest.mark.parametrize("cut", [1, 20, 200, -1, -30])
def test_truncated_file_is_a_clean_error(cut: int) -> None:
    blob = _valid()
    with pytest.raises(WeightsError):
        load_state_dict(blob[:cut])


def test_not_a_torch_file() -> None:
    with pytest.raises(WeightsError):
        load_state_dict(b"PK\x03\x04 this is a zip, not a legacy file")
    with pytest.raises(WeightsError):
        load_state_dict(pickle.dumps(12345, protocol=2) * 3)


def test_tensor_record_cannot_be_altered_by_build() -> None:
    """BUILD (setattr) on a checked tensor record would bypass the bounds check; it must fail."""
    main = b"\x80\x02}Vmodel_state\nccollections\nOrderedDict\n)RVw\n"
    main += tensor_ops(FakeTensor("k0", 10, 2, (2,), (1,)))
    main += b"N}Voffset\nI999\ns\x86b"  # BUILD with (None, {"offset": 999}): setattr(ref, "offset", 999)
    main += b"ss."
    with pytest.raises(WeightsError):
        load_state_dict(legacy_file({}, {"k0": VALUES}, main=main))
    with pytest.raises(AttributeError):
        TensorRef("k0", 0, (1,)).__dict__  # noqa: B018  (slots: nothing for a BUILD dict to update)


def test_pinned_weights_load_with_expected_shapes() -> None:
    try:
        path = locate_weights()
    except WeightsError:
        pytest.skip("resemblyzer weights not installed")
    state = load_weights(path)
    assert state["lstm.weight_ih_l0"].shape == (1024, 40)
    assert state["lstm.weight_hh_l2"].shape == (1024, 256)
    assert state["linear.weight"].shape == (256, 256)


def test_hash_mismatch_is_refused_before_parsing(tmp_path: Path) -> None:
    fake = tmp_path / "pretrained.pt"
    fake.write_bytes(_valid())
    with pytest.raises(WeightsError, match="SHA-256"):
        read_verified(fake)
    assert read_verified(fake, sha256=__import__("hashlib").sha256(_valid()).hexdigest()) == _valid()
    assert len(WEIGHTS_SHA256) == 64


def test_missing_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    def absent(name: str) -> None:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "distribution", absent)
    with pytest.raises(WeightsError) as caught:
        locate_weights()
    assert caught.value.hint is not None and "--no-deps resemblyzer==0.1.4" in caught.value.hint
