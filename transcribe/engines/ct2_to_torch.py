"""Builds openai-whisper's ``Whisper`` module from a CTranslate2 ``model.bin``, in memory.

Name mapping (CTranslate2 -> openai-whisper), per layer ``N``; ``d`` is the model width:

- ``{encoder,decoder}/layer_N/self_attention/linear_0`` -> ``blocks.N.attn.{query,key,value}``:
  rows ``[0:d]``, ``[d:2d]``, ``[2d:3d]`` (openai's key has no bias; its slice of the bias is dropped)
- ``.../self_attention/linear_1`` -> ``attn.out``; ``.../self_attention/layer_norm`` -> ``attn_ln``
- ``decoder/layer_N/attention/linear_0`` -> ``cross_attn.query``; ``attention/linear_1`` -> key and
  value stacked (rows ``[0:d]``, ``[d:2d]``); ``attention/linear_2`` -> ``cross_attn.out``;
  ``attention/layer_norm`` -> ``cross_attn_ln``
- ``.../ffn/linear_0`` -> ``mlp.0``; ``ffn/linear_1`` -> ``mlp.2``; ``ffn/layer_norm`` -> ``mlp_ln``
- ``encoder/layer_norm`` -> ``encoder.ln_post``; ``decoder/layer_norm`` -> ``decoder.ln``
- ``decoder/embeddings`` -> ``token_embedding`` (``decoder/projection`` is an alias of it)
- ``*/position_encodings/encodings`` -> ``positional_embedding``
- layer norms: ``gamma`` -> ``weight``, ``beta`` -> ``bias``

Word-timestamp heads come from ``config.json`` (``alignment_heads``: ``[layer, head]`` pairs).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import torch

from transcribe.ct2format import Ct2Model
from transcribe.errors import ModelError

_LAYER_RE = re.compile(r"^(encoder|decoder)/layer_(\d+)/")


def _count_layers(model: Ct2Model, side: str) -> int:
    indices = {int(m.group(2)) for name in model.variables if (m := _LAYER_RE.match(name)) and m.group(1) == side}
    if not indices or indices != set(range(len(indices))):
        raise ModelError(f"model.bin has no consecutive {side} layers")
    return len(indices)


def dimensions(model: Ct2Model) -> dict[str, int]:
    """openai-whisper's ``ModelDimensions`` fields, read off the tensor shapes."""
    conv1 = model.get("encoder/conv1/weight")
    embeddings = model.get("decoder/embeddings/weight")
    return {
        "n_mels": int(conv1.shape[1]),
        "n_audio_ctx": int(model.get("encoder/position_encodings/encodings").shape[0]),
        "n_audio_state": int(conv1.shape[0]),
        "n_audio_head": int(model.get("encoder/num_heads")),
        "n_audio_layer": _count_layers(model, "encoder"),
        "n_vocab": int(embeddings.shape[0]),
        "n_text_ctx": int(model.get("decoder/position_encodings/encodings").shape[0]),
        "n_text_state": int(embeddings.shape[1]),
        "n_text_head": int(model.get("decoder/num_heads")),
        "n_text_layer": _count_layers(model, "decoder"),
    }


def _t(array: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(np.array(array, dtype=np.float32))  # a writable copy


def _linear(state: dict[str, torch.Tensor], dst: str, model: Ct2Model, src: str) -> None:
    state[f"{dst}.weight"] = _t(model.get(f"{src}/weight"))
    state[f"{dst}.bias"] = _t(model.get(f"{src}/bias"))


def _norm(state: dict[str, torch.Tensor], dst: str, model: Ct2Model, src: str) -> None:
    state[f"{dst}.weight"] = _t(model.get(f"{src}/gamma"))
    state[f"{dst}.bias"] = _t(model.get(f"{src}/beta"))


def _split(state: dict[str, torch.Tensor], dst: str, names: tuple[str, ...], model: Ct2Model, src: str) -> None:
    """Stacked projections: rows split evenly among ``names``; ``key`` gets no bias."""
    weight, bias = model.get(f"{src}/weight"), model.get(f"{src}/bias")
    rows = weight.shape[0] // len(names)
    for i, name in enumerate(names):
        state[f"{dst}.{name}.weight"] = _t(weight[i * rows : (i + 1) * rows])
        if name != "key":
            state[f"{dst}.{name}.bias"] = _t(bias[i * rows : (i + 1) * rows])


def _block(state: dict[str, torch.Tensor], model: Ct2Model, side: str, n: int) -> None:
    src, dst = f"{side}/layer_{n}", f"{side}.blocks.{n}"
    _split(state, f"{dst}.attn", ("query", "key", "value"), model, f"{src}/self_attention/linear_0")
    _linear(state, f"{dst}.attn.out", model, f"{src}/self_attention/linear_1")
    _norm(state, f"{dst}.attn_ln", model, f"{src}/self_attention/layer_norm")
    if side == "decoder":
        _linear(state, f"{dst}.cross_attn.query", model, f"{src}/attention/linear_0")
        _split(state, f"{dst}.cross_attn", ("key", "value"), model, f"{src}/attention/linear_1")
        _linear(state, f"{dst}.cross_attn.out", model, f"{src}/attention/linear_2")
        _norm(state, f"{dst}.cross_attn_ln", model, f"{src}/attention/layer_norm")
    _linear(state, f"{dst}.mlp.0", model, f"{src}/ffn/linear_0")
    _linear(state, f"{dst}.mlp.2", model, f"{src}/ffn/linear_1")
    _norm(state, f"{dst}.mlp_ln", model, f"{src}/ffn/layer_norm")


def state_dict(model: Ct2Model, dims: dict[str, int]) -> dict[str, torch.Tensor]:
    """openai-whisper's ``state_dict`` (float32) for the CTranslate2 variables."""
    if model.spec != "WhisperSpec":
        raise ModelError(f"model.bin holds a {model.spec}, not a Whisper model")
    state: dict[str, torch.Tensor] = {}
    _linear(state, "encoder.conv1", model, "encoder/conv1")
    _linear(state, "encoder.conv2", model, "encoder/conv2")
    state["encoder.positional_embedding"] = _t(model.get("encoder/position_encodings/encodings"))
    _norm(state, "encoder.ln_post", model, "encoder/layer_norm")
    state["decoder.token_embedding.weight"] = _t(model.get("decoder/embeddings/weight"))
    state["decoder.positional_embedding"] = _t(model.get("decoder/position_encodings/encodings"))
    _norm(state, "decoder.ln", model, "decoder/layer_norm")
    for n in range(dims["n_audio_layer"]):
        _block(state, model, "encoder", n)
    for n in range(dims["n_text_layer"]):
        _block(state, model, "decoder", n)
    return state


def build_whisper(model: Ct2Model, config: dict[str, Any]) -> Any:
    """An openai-whisper ``Whisper`` module (float32, eval mode) with the CTranslate2 weights."""
    from whisper.model import ModelDimensions, Whisper

    dims = dimensions(model)
    module = Whisper(ModelDimensions(**dims))
    try:
        module.load_state_dict(state_dict(model, dims), strict=True)
    except RuntimeError as exc:
        raise ModelError(f"model.bin does not fit openai-whisper's layout ({type(exc).__name__})") from None
    heads = config.get("alignment_heads")
    if heads:
        mask = torch.zeros(dims["n_text_layer"], dims["n_text_head"], dtype=torch.bool)
        for layer, head in heads:
            mask[int(layer), int(head)] = True
        module.register_buffer("alignment_heads", mask.to_sparse(), persistent=False)
    return module.eval()
