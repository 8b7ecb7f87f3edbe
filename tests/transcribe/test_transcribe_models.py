"""Model files: the CTranslate2 reader, hash pinning and refusal, missing and damaged directories."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tx_helpers import ct2_bin

import transcribe.models as models
from transcribe import (
    BUNDLED_SHA256,
    EngineUnavailableError,
    ModelError,
    ModelIntegrityError,
    ModelNotFoundError,
    list_models,
    load_engine,
    verify_model,
)
from transcribe.ct2format import read_header, read_model
from transcribe.models import ModelSource, read_model_files

VARIABLES = {
    "decoder/embeddings/weight": np.arange(12, dtype=np.float16).reshape(3, 4),
    "decoder/num_heads": np.array(8, dtype=np.int16),
    "encoder/conv1/bias": np.array([0.5, -1.5], dtype=np.float32),
    "decoder/activation": np.array(1, dtype=np.int8),
}
ALIASES = {"decoder/projection/weight": "decoder/embeddings/weight"}
BLOB = ct2_bin(VARIABLES, ALIASES)


def test_reader_returns_every_variable_and_alias() -> None:
    model = read_model(BLOB)
    assert (model.spec, model.revision) == ("WhisperSpec", 3)
    for name, value in VARIABLES.items():
        assert model.get(name).dtype == value.dtype
        assert np.array_equal(model.get(name), value)
    assert model.get("decoder/projection/weight") is model.get("decoder/embeddings/weight")
    assert read_header(BLOB) == (6, "WhisperSpec", 3)


@pytest.mark.parametrize(
    ("blob", "message"),
    [
        (BLOB[:-3], "truncated"),
        (BLOB[:40], "truncated"),
        (BLOB + b"\0", "trailing"),
        (ct2_bin(VARIABLES, version=5), "version 5"),
        (b"", "truncated"),
    ],
)
def test_reader_refuses_damaged_files(blob: bytes, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        read_model(blob)


def test_reader_names_a_missing_variable() -> None:
    with pytest.raises(ModelError, match="encoder/conv2/weight"):
        read_model(BLOB).get("encoder/conv2/weight")


def fake_model_dir(path: Path, blob: bytes = BLOB) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    (path / "model.bin").write_bytes(blob)
    (path / "config.json").write_text(json.dumps({"alignment_heads": [[0, 0]]}))
    (path / "tokenizer.json").write_text("{}")
    return path


def split_source(tmp_path: Path, blob: bytes = BLOB, sha256: str | None = None) -> ModelSource:
    """A two-part source like the bundled one, with small files."""
    aux = fake_model_dir(tmp_path / "aux")
    (aux / "model.bin").unlink()
    first, second = tmp_path / "model.bin.part1", tmp_path / "model.bin.part2"
    first.write_bytes(blob[:50])
    second.write_bytes(blob[50:])
    digest = sha256 or hashlib.sha256(blob).hexdigest()
    return ModelSource("small", (first, second), aux, digest, len(blob))


def test_parts_are_joined_in_memory_and_verified(tmp_path: Path) -> None:
    loaded = read_model_files(split_source(tmp_path))
    assert loaded.files["model.bin"] == BLOB
    assert loaded.sha256 == hashlib.sha256(BLOB).hexdigest()
    assert set(loaded.files) == {"model.bin", "config.json", "tokenizer.json"}


def test_one_changed_byte_is_refused(tmp_path: Path) -> None:
    source = split_source(tmp_path)
    part = source.parts[1]
    data = bytearray(part.read_bytes())
    data[-1] ^= 0x01
    part.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="refusing") as caught:
        read_model_files(source)
    assert source.sha256 in caught.value.message
    assert caught.value.hint


def test_wrong_size_is_refused(tmp_path: Path) -> None:
    source = split_source(tmp_path)
    source.parts[1].write_bytes(source.parts[1].read_bytes() + b"x")
    with pytest.raises(ModelIntegrityError, match="bytes, expected"):
        read_model_files(source)


def test_bundled_parts_in_the_wrong_order_are_refused() -> None:
    real = models.bundled_source()
    swapped = ModelSource(real.name, real.parts[::-1], real.aux_dir, real.sha256, real.size)
    with pytest.raises(ModelIntegrityError):
        read_model_files(swapped)


def test_missing_files_are_reported(tmp_path: Path) -> None:
    source = split_source(tmp_path)
    (source.aux_dir / "tokenizer.json").unlink()
    with pytest.raises(ModelNotFoundError, match=r"tokenizer\.json"):
        read_model_files(source)
    source.parts[0].unlink()
    with pytest.raises(ModelNotFoundError, match="part1"):
        read_model_files(source)


def test_bad_config_and_foreign_models_are_refused(tmp_path: Path) -> None:
    source = split_source(tmp_path / "a")
    (source.aux_dir / "config.json").write_text("{not json")
    with pytest.raises(ModelError, match=r"config\.json"):
        read_model_files(source)
    foreign = ct2_bin(VARIABLES, spec="TransformerSpec")
    with pytest.raises(ModelError, match="not a Whisper model"):
        read_model_files(split_source(tmp_path / "b", foreign))


def test_list_models_is_cheap_and_names_the_bundled_model() -> None:
    (info,) = list_models()
    assert (info.name, info.sha256, info.size, info.ok, info.verified) == (
        "whisper-base", BUNDLED_SHA256, 145_217_532, True, False,
    )
    assert (info.path / "config.json").is_file()


def test_verify_model_hashes_the_bundled_model() -> None:
    info = verify_model()
    assert (info.ok, info.verified, info.sha256, info.detail) == (True, True, BUNDLED_SHA256, "")


def test_verify_model_reports_problems_instead_of_raising(tmp_path: Path) -> None:
    good = fake_model_dir(tmp_path / "good")
    assert verify_model(good).ok
    assert verify_model(good).sha256 == hashlib.sha256(BLOB).hexdigest()
    pinned = verify_model(good, expected_sha256="ab" * 32)
    assert (pinned.ok, pinned.sha256) == (False, hashlib.sha256(BLOB).hexdigest())
    assert "refusing" in pinned.detail
    missing = verify_model(tmp_path / "nowhere")
    assert not missing.ok
    assert "not found" in missing.detail
    damaged = fake_model_dir(tmp_path / "damaged", b"\x06\0\0\0garbage")
    assert not verify_model(damaged).ok


def test_engine_refuses_a_bundled_model_with_another_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    real = models.bundled_source()
    wrong = ModelSource(real.name, real.parts, real.aux_dir, "0" * 64, real.size)
    monkeypatch.setattr(models, "bundled_source", lambda: wrong)
    with pytest.raises(ModelIntegrityError, match="refusing"):
        load_engine("faster-whisper", device="cpu")


def test_engine_refuses_missing_or_damaged_directories(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError):
        load_engine(model_path=tmp_path / "absent", device="cpu")
    with pytest.raises(ModelError):
        load_engine(model_path=fake_model_dir(tmp_path / "damaged"), device="cpu")
    truncated = fake_model_dir(tmp_path / "truncated", BLOB[:30])
    with pytest.raises(ModelError, match="truncated"):
        load_engine(model_path=truncated, device="cpu")
    pinned = fake_model_dir(tmp_path / "pinned")
    with pytest.raises(ModelIntegrityError):
        load_engine(model_path=pinned, device="cpu", expected_sha256="cd" * 32)


def test_unknown_engine() -> None:
    with pytest.raises(EngineUnavailableError, match="unknown engine"):
        load_engine("whisper.cpp")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(min_value=0, max_value=len(BLOB) - 1), flip=st.integers(min_value=1, max_value=255))
def test_any_flipped_byte_is_refused(tmp_path: Path, position: int, flip: int) -> None:
    source = split_source(tmp_path)
    damaged = bytearray(BLOB)
    damaged[position] ^= flip
    source.parts[0].write_bytes(bytes(damaged[:50]))
    source.parts[1].write_bytes(bytes(damaged[50:]))
    with pytest.raises(ModelIntegrityError):
        read_model_files(source)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300) | st.integers(0, len(BLOB)).map(lambda n: BLOB[:n]))
def test_reader_raises_only_model_error_on_garbage(data: bytes) -> None:
    try:
        read_model(data)
    except ModelError:
        return
    assert data[:4] == BLOB[:4]  # anything that parses carries the version-6 marker
