"""CTranslate2 -> openai-whisper conversion on a tiny random model, written back in CTranslate2's layout."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from tx_helpers import ct2_bin

torch = pytest.importorskip("torch")
whisper_model = pytest.importorskip("whisper.model")

from transcribe.ct2format import read_model  # noqa: E402
from transcribe.engines.ct2_to_torch import build_whisper, dimensions  # noqa: E402

pytestmark = pytest.mark.torch

DIMS = {
    "n_mels": 8, "n_audio_ctx": 6, "n_audio_state": 8, "n_audio_head": 2, "n_audio_layer": 2,
    "n_vocab": 20, "n_text_ctx": 5, "n_text_state": 8, "n_text_head": 2, "n_text_layer": 2,
}


def _np(tensor: torch.Tensor) -> np.ndarray:
    return tensor.detach().numpy().astype(np.float32)


def _attention(out: dict[str, np.ndarray], dst: str, attn: torch.nn.Module, cross: bool) -> None:
    """openai -> CTranslate2, following the documented layout (zero bias for the key)."""
    zeros = np.zeros(attn.key.weight.shape[0], dtype=np.float32)
    if cross:
        out[f"{dst}/linear_0/weight"], out[f"{dst}/linear_0/bias"] = _np(attn.query.weight), _np(attn.query.bias)
        out[f"{dst}/linear_1/weight"] = np.concatenate([_np(attn.key.weight), _np(attn.value.weight)])
        out[f"{dst}/linear_1/bias"] = np.concatenate([zeros, _np(attn.value.bias)])
        out_name = "linear_2"
    else:
        out[f"{dst}/linear_0/weight"] = np.concatenate([_np(attn.query.weight), _np(attn.key.weight),
                                                        _np(attn.value.weight)])
        out[f"{dst}/linear_0/bias"] = np.concatenate([_np(attn.query.bias), zeros, _np(attn.value.bias)])
        out_name = "linear_1"
    out[f"{dst}/{out_name}/weight"], out[f"{dst}/{out_name}/bias"] = _np(attn.out.weight), _np(attn.out.bias)


def _norm(out: dict[str, np.ndarray], dst: str, norm: torch.nn.Module) -> None:
    out[f"{dst}/gamma"], out[f"{dst}/beta"] = _np(norm.weight), _np(norm.bias)


def to_ct2(model: whisper_model.Whisper) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {
        "encoder/num_heads": np.array(DIMS["n_audio_head"], dtype=np.int16),
        "decoder/num_heads": np.array(DIMS["n_text_head"], dtype=np.int16),
        "encoder/position_encodings/encodings": _np(model.encoder.positional_embedding),
        "decoder/position_encodings/encodings": _np(model.decoder.positional_embedding),
        "decoder/embeddings/weight": _np(model.decoder.token_embedding.weight),
    }
    for conv in ("conv1", "conv2"):
        layer = getattr(model.encoder, conv)
        out[f"encoder/{conv}/weight"], out[f"encoder/{conv}/bias"] = _np(layer.weight), _np(layer.bias)
    _norm(out, "encoder/layer_norm", model.encoder.ln_post)
    _norm(out, "decoder/layer_norm", model.decoder.ln)
    for side, blocks in (("encoder", model.encoder.blocks), ("decoder", model.decoder.blocks)):
        for n, block in enumerate(blocks):
            src = f"{side}/layer_{n}"
            _attention(out, f"{src}/self_attention", block.attn, cross=False)
            _norm(out, f"{src}/self_attention/layer_norm", block.attn_ln)
            if block.cross_attn is not None:
                _attention(out, f"{src}/attention", block.cross_attn, cross=True)
                _norm(out, f"{src}/attention/layer_norm", block.cross_attn_ln)
            for i, j in ((0, 0), (1, 2)):
                out[f"{src}/ffn/linear_{i}/weight"] = _np(block.mlp[j].weight)
                out[f"{src}/ffn/linear_{i}/bias"] = _np(block.mlp[j].bias)
            _norm(out, f"{src}/ffn/layer_norm", block.mlp_ln)
    return out


def test_conversion_reproduces_the_model_exactly() -> None:
    torch.manual_seed(0)
    original = whisper_model.Whisper(whisper_model.ModelDimensions(**DIMS))
    for param in original.parameters():
        torch.nn.init.normal_(param, std=0.5)
    blob = ct2_bin(to_ct2(original), {"decoder/projection/weight": "decoder/embeddings/weight"})
    ct2 = read_model(blob)
    assert dimensions(ct2) == DIMS
    converted = build_whisper(ct2, {"alignment_heads": [[1, 0], [1, 1]]})
    expected = original.state_dict()
    for name, tensor in converted.state_dict().items():
        assert torch.equal(tensor, expected[name]), name
    assert set(converted.state_dict()) == set(expected)
    assert converted.alignment_heads.to_dense().tolist() == [[False, False], [True, True]]
    mel = torch.randn(1, DIMS["n_mels"], 2 * DIMS["n_audio_ctx"])
    tokens = torch.tensor([[1, 2, 3]])
    with torch.no_grad():
        assert torch.allclose(converted(mel, tokens), original.eval()(mel, tokens))


def test_openai_checkpoint_loads_by_path_and_can_be_pinned(tmp_path: Path) -> None:
    import hashlib

    from transcribe import ModelIntegrityError, ModelNotFoundError, load_engine

    torch.manual_seed(1)
    model = whisper_model.Whisper(whisper_model.ModelDimensions(**DIMS))
    path = tmp_path / "tiny.pt"
    torch.save({"dims": DIMS, "model_state_dict": model.state_dict()}, path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    engine = load_engine("openai-whisper", model_path=path, device="cpu", expected_sha256=digest)
    assert (engine.name, engine.model_name, engine.model_sha256) == ("openai-whisper", "tiny", digest)
    with pytest.raises(ModelIntegrityError):
        load_engine("openai-whisper", model_path=path, device="cpu", expected_sha256="0" * 64)
    with pytest.raises(ModelNotFoundError):
        load_engine("openai-whisper", model_path=tmp_path / "absent.pt", device="cpu")


def test_openai_engine_refuses_a_bundled_model_with_another_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    import transcribe.models as models
    from transcribe import ModelIntegrityError, load_engine
    from transcribe.models import ModelSource

    real = models.bundled_source()
    monkeypatch.setattr(models, "bundled_source", lambda: ModelSource(real.name, real.parts, real.aux_dir,
                                                                      "f" * 64, real.size))
    with pytest.raises(ModelIntegrityError, match="refusing"):
        load_engine("openai-whisper", device="cpu")
