"""The caseless name model for lower-case Russian speech-recognition text: an experiment, kept in bench/.

Speech recognition writes no capitals, so the rules lose the strongest hint a name gives. This model reads
what is left: the meaning of the word and of its neighbours (Natasha's navec news embeddings, lower-case
vocabulary), pymorphy3's tags (``Name``/``Surn``/``Patr``/``Geox``, animacy, part of speech, case) and
the word's ending. A one-hidden-layer network, trained by ``bench/train_caseless.py``, gives each word a
probability of PER/LOC/ORG/O; numpy only once trained. Words the rules left uncovered whose probability of
a name reaches the threshold become ``uncertain:caseless`` spans.

Outcome (docs/caseless-model-experiment.md): no-go. On the sets it never saw it raised lower-case PERSON
recall by less than the +0.02 the experiment required, at a precision cost, so nothing of it is in
``intake/``; this file and the training script keep the experiment reproducible.
"""

from __future__ import annotations

import bisect
import zlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from intake.pseudonymise.detectors import casing, namelex
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.tokens import Token, is_lowercase_text
from intake.pseudonymise.spans import UNCERTAIN, Span

FORMAT_VERSION = 1
CLASSES = ("O", "PERSON", "LOCATION", "ORGANISATION")
WINDOW = 2
SUFFIX_BUCKETS = 256
SUFFIXES = (2, 3, 4)
POS = ("NOUN", "VERB", "ADJF", "ADJS", "PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INFN", "PRTF", "NUMR", "INTJ")
SCORE = 0.35
Weights = dict[str, np.ndarray]
_CACHE: dict[str, Any] = {}


def embedding() -> Any:
    """Natasha's navec news embedding (lower-case vocabulary, 250k words, 300 dimensions)."""
    if "emb" not in _CACHE:
        from natasha import NewsEmbedding

        _CACHE["emb"] = NewsEmbedding()
    return _CACHE["emb"]


def load(path: Path) -> Weights:
    """Stored weights (``.npz``), checked against :data:`FORMAT_VERSION`; float16 matrices widened."""
    with np.load(path) as data:
        weights = {k: data[k].astype(np.float32) if data[k].dtype == np.float16 else data[k] for k in data.files}
    if int(weights["version"]) != FORMAT_VERSION:
        raise ValueError(f"{path.name}: format version {int(weights['version'])}, expected {FORMAT_VERSION}")
    return weights


@lru_cache(maxsize=50_000)
def _reading(norm: str) -> tuple[str, namelex.Morph]:
    """The word's Russian spelling (Belarusian ``мароз`` -> ``мороз``) and pymorphy3's view of it."""
    return namelex.russian_reading(norm)


@lru_cache(maxsize=50_000)
def _word_facts(norm: str) -> tuple[float, ...]:
    """Facts about one folded word that need no context: tags, shapes, lexicon membership."""
    spelling, m = _reading(norm)
    pos = namelex.main_pos(spelling) if m.known else ""
    animate = m.common - m.inanimate
    facts = [
        m.name, m.surname, m.patronymic, m.place, m.common, m.inanimate, animate, float(m.known),
        float("nomn" in m.case), float(len(m.case) > 0 and "nomn" not in m.case),
        float(bool(namelex.first_names().lookup_first(norm))),
        float(norm in namelex.decoys()),
        float(namelex.looks_like_surname(norm)), float(namelex.looks_like_surname(norm, strong=True)),
        min(len(norm), 12) / 12.0,
    ]
    facts += [float(pos == p) for p in POS]
    return tuple(facts)


N_FACTS = 15 + len(POS) + 4  # word facts + token facts (cyrillic, latin, stop word, role)


def _token_facts(tok: Token) -> tuple[float, ...]:
    if not tok.cyrillic:
        return (0.0,) * (N_FACTS - 4) + (0.0, float(tok.text.isascii()), 0.0, 0.0)
    stop = casing.is_stopword(tok)
    return (*_word_facts(tok.norm), 1.0, 0.0, float(stop), float(is_role(tok)))


@lru_cache(maxsize=50_000)
def _vocab_id(norm: str) -> int:
    """The word's row in the embedding (its Russian spelling's when only that is known), -1 if none."""
    vocab = embedding().vocab
    for word in (norm, _reading(norm)[0]):
        found = vocab.get(word)
        if found is not None:
            return int(found)
    return -1


def _vectors(tokens: Sequence[Token]) -> np.ndarray:
    """(n, 301): navec vector of each word, plus a flag for words the vocabulary lacks."""
    pq = embedding().pq
    ids = np.array([_vocab_id(t.norm) for t in tokens], dtype=np.int64)
    known = ids >= 0
    out = np.zeros((len(tokens), pq.dim + 1), dtype=np.float32)
    if known.any():
        parts = pq.codes[pq.qdims, pq.indexes[ids[known]]]
        out[known, : pq.dim] = parts.reshape(-1, pq.dim)
    out[~known, pq.dim] = 1.0
    return out


def _suffixes(tokens: Sequence[Token]) -> np.ndarray:
    """(n, len(SUFFIXES) * SUFFIX_BUCKETS): hashed endings of each word (one-hot per length)."""
    out = np.zeros((len(tokens), len(SUFFIXES) * SUFFIX_BUCKETS), dtype=np.float32)
    for i, t in enumerate(tokens):
        for k, n in enumerate(SUFFIXES):
            if len(t.norm) > n:
                out[i, k * SUFFIX_BUCKETS + zlib.crc32(t.norm[-n:].encode()) % SUFFIX_BUCKETS] = 1.0
    return out


def features(tokens: Sequence[Token]) -> np.ndarray:
    """(n, D) input rows: each word's and its neighbours' (+-WINDOW) vectors and facts, its own endings."""
    local = np.hstack([_vectors(tokens), np.array([_token_facts(t) for t in tokens], dtype=np.float32)])
    n, width = local.shape
    padded = np.zeros((n + 2 * WINDOW, width + 1), dtype=np.float32)
    padded[WINDOW : WINDOW + n, :width] = local
    padded[:WINDOW, width] = padded[WINDOW + n :, width] = 1.0  # outside the text
    shifted = [padded[WINDOW + k : WINDOW + k + n] for k in range(-WINDOW, WINDOW + 1)]
    return np.hstack([*shifted, _suffixes(tokens)])


def probabilities(weights: Weights, tokens: Sequence[Token]) -> np.ndarray:
    """(n, len(CLASSES)): the model's probability of each class for each word."""
    if not tokens:
        return np.zeros((0, len(CLASSES)), dtype=np.float32)
    x = (features(tokens) - weights["mean"]) / weights["scale"]
    hidden = np.maximum(x @ weights["w1"] + weights["b1"], 0.0)
    logits = hidden @ weights["w2"] + weights["b2"]
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return np.asarray(exp / exp.sum(axis=1, keepdims=True))


def covered(tokens: Sequence[Token], spans: Sequence[Span]) -> list[bool]:
    """For each token, whether some span overlaps it."""
    starts = [t.start for t in tokens]
    out = [False] * len(tokens)
    for span in spans:
        k = max(bisect.bisect_right(starts, span.start) - 1, 0)
        while k < len(tokens) and tokens[k].start < span.end:
            out[k] = out[k] or tokens[k].end > span.start
            k += 1
    return out


def eligible(tok: Token) -> bool:
    """A word the model may mark: Cyrillic, three letters or more, not a function word or role noun."""
    return tok.cyrillic and len(tok.norm) >= 3 and not casing.is_stopword(tok) and not is_role(tok)


def additions(
    weights: Weights, found: Sequence[Span], tokens: Sequence[Token], threshold: float, spread: bool = False
) -> list[Span]:
    """``uncertain:caseless`` spans for uncovered words of lower-case text the model reads as names.

    ``spread``: a word marked once is marked wherever it recurs (same dictionary form), since an entity is
    protected only when every mention is and a bare later mention has less context than the introduction.
    """
    if not tokens or not is_lowercase_text(list(tokens)):
        return []
    probs = probabilities(weights, tokens)
    cover = covered(tokens, found)
    picked: dict[str, str] = {}
    chosen: set[int] = set()
    for i, tok in enumerate(tokens):
        k = int(probs[i].argmax())
        if k and not cover[i] and probs[i, k] >= threshold and eligible(tok):
            picked.setdefault(_lexeme(tok.norm), CLASSES[k])
            chosen.add(i)
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        label = picked.get(_lexeme(tok.norm)) if picked and not cover[i] else None
        if label is not None and (spread or i in chosen):
            out.append(Span(tok.start, tok.end, label, tok.text, SCORE, "caseless", f"{UNCERTAIN}:caseless"))
    return out


@lru_cache(maxsize=20_000)
def _lexeme(norm: str) -> str:
    return namelex.lemma(_reading(norm)[0])
