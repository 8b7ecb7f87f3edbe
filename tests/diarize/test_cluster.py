"""Clustering on synthetic unit vectors: given counts, estimated counts, no split of one voice."""

from __future__ import annotations

import numpy as np
import pytest

from transcribe.diarize.cluster import cluster, linkage


def _voices(seed: int, sizes: list[int], spread: float = 0.35, dim: int = 64) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(sizes), dim))
    items, labels = [], []
    for k, size in enumerate(sizes):
        points = centres[k] / np.linalg.norm(centres[k]) + spread * rng.normal(size=(size, dim)) / np.sqrt(dim)
        items.append(points)
        labels += [k] * size
    x = np.concatenate(items)
    return x / np.linalg.norm(x, axis=1, keepdims=True), np.array(labels)


def _purity(items: np.ndarray, labels: np.ndarray, centroids: np.ndarray) -> float:
    found = np.argmax(items @ centroids.T, axis=1)
    return sum(np.bincount(found[labels == k]).max() for k in np.unique(labels)) / len(labels)


@pytest.mark.parametrize("sizes", [[30, 30], [40, 8], [20, 20, 20], [25, 15, 10, 10]])
def test_estimates_the_number_of_voices(sizes: list[int]) -> None:
    items, labels = _voices(len(sizes), sizes)
    centroids = cluster(items, None)
    assert len(centroids) == len(sizes)
    assert _purity(items, labels, centroids) == 1.0


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("size", [6, 20, 80])
def test_one_voice_stays_one(seed: int, size: int) -> None:
    items, _ = _voices(seed, [size], spread=0.6)
    assert len(cluster(items, None)) == 1


def test_given_count_is_obeyed() -> None:
    items, _ = _voices(7, [50])
    assert len(cluster(items, 2)) == 2
    assert len(cluster(items[:1], 2)) == 2
    assert len(cluster(items[:1], None)) == 1


def test_linkage_merges_nearest_first() -> None:
    items = np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 1.0]])
    assert linkage(items)[0] == (0, 1, 3)
    assert linkage(items)[1][2] == 4
