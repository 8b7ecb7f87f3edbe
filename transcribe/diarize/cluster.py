"""Clustering of speaker embeddings: average-linkage agglomerative on cosine distance, then k-means.

With ``speakers="auto"`` the number of speakers is chosen from the dendrogram: going down from one
cluster, a split into two is accepted only when the halves are *apart*, not merely different. Any
set of embeddings can be cut in two, and with few items the halves always look separable along the
line between their centroids; what does not grow with a forced cut is the *similarity gap*: the mean
cosine similarity of pairs inside the halves minus that of pairs across them. Measured on generated
voices (tests/diarize, 30-120 s): one voice cut in two gives gaps of 0.01-0.045 and centroid
similarities of 0.92-0.97; two voices give gaps of 0.10-0.14 and centroid similarities of 0.83-0.88.
A split needs ``gap >= MIN_GAP``, centroid similarity ``<= MAX_CENTROID_SIM``, and each half at
least ``MIN_ITEMS`` items and ``MIN_SHARE`` of all, so that a few odd chunks never become a speaker
(with 1-2 item halves, gaps of 0.07-0.09 occurred for one voice). A branch smaller than that is an
outlier: the walk goes on into its bigger sibling, and the k-means refinement absorbs the outlier.
"""

from __future__ import annotations

import numpy as np

MIN_GAP = 0.07
MAX_CENTROID_SIM = 0.92
MIN_SHARE = 0.04
MIN_ITEMS = 3
MAX_AUTO = 6
MAX_ITEMS = 800


def _unit(x: np.ndarray) -> np.ndarray:
    return np.asarray(x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12))


def linkage(items: np.ndarray) -> list[tuple[int, int, int]]:
    """Average-linkage merges ``(a, b, new)`` on cosine distance; leaves are ``0..n-1``, merges n, n+1..."""
    n = len(items)
    dist = 1.0 - np.clip(_unit(items) @ _unit(items).T, -1.0, 1.0)
    dist = dist.astype(np.float64)
    np.fill_diagonal(dist, np.inf)
    size = np.ones(n)
    ident = list(range(n))
    alive = np.ones(n, dtype=bool)
    merges: list[tuple[int, int, int]] = []
    for step in range(n - 1):
        flat = int(np.argmin(dist))
        i, j = divmod(flat, n)
        merged = (dist[i] * size[i] + dist[j] * size[j]) / (size[i] + size[j])
        merged[i] = np.inf
        dist[i], dist[:, i] = merged, merged
        dist[j], dist[:, j] = np.inf, np.inf
        alive[j] = False
        size[i] += size[j]
        merges.append((ident[i], ident[j], n + step))
        ident[i] = n + step
    return merges


def _members(merges: list[tuple[int, int, int]], n: int) -> dict[int, list[int]]:
    members: dict[int, list[int]] = {leaf: [leaf] for leaf in range(n)}
    for a, b, new in merges:
        members[new] = members[a] + members[b]
    return members


def separation(items: np.ndarray, left: np.ndarray, right: np.ndarray) -> tuple[float, float]:
    """``(similarity gap, centroid cosine similarity)`` of two groups (>= 2 each) of unit embeddings."""
    sims = items @ items.T
    inner = [sims[np.ix_(g, g)][np.triu_indices(len(g), 1)] for g in (left, right)]
    gap = float(np.concatenate(inner).mean() - sims[np.ix_(left, right)].mean())
    c0, c1 = _unit(items[left].mean(axis=0)), _unit(items[right].mean(axis=0))
    return gap, float(c0 @ c1)


def _distinct(items: np.ndarray, left: list[int], right: list[int], total: int) -> bool:
    if min(len(left), len(right)) < max(MIN_ITEMS, MIN_SHARE * total):
        return False
    gap, sim = separation(items, np.array(left), np.array(right))
    return gap >= MIN_GAP and sim <= MAX_CENTROID_SIM


def _cut(items: np.ndarray, speakers: int | None) -> list[list[int]]:
    """Top-down walk of the dendrogram: split the biggest splittable cluster until done."""
    n = len(items)
    merges = linkage(items)
    members = _members(merges, n)
    children = {new: (a, b) for a, b, new in merges}
    clusters, settled = [2 * n - 2], set()
    while len(clusters) < (speakers or MAX_AUTO):
        open_ = [c for c in clusters if c in children and c not in settled]
        if not open_:
            break
        node = max(open_, key=lambda c: len(members[c]))
        a, b = children[node]
        small = min(len(members[a]), len(members[b])) < max(MIN_ITEMS, MIN_SHARE * n)
        if speakers is None and not small and not _distinct(items, members[a], members[b], n):
            settled.add(node)
        elif small:  # an outlier branch: keep descending the bigger side, the small one joins later
            big = a if len(members[a]) >= len(members[b]) else b
            clusters[clusters.index(node)] = big
        else:
            clusters.remove(node)
            clusters += [a, b]
    return [members[c] for c in clusters]


def cluster(items: np.ndarray, speakers: int | None, iterations: int = 10) -> np.ndarray:
    """Speaker centroids (unit rows) of ``items``; ``speakers=None`` estimates how many (1..6)."""
    items = _unit(np.asarray(items, dtype=np.float64))
    if len(items) < 2:
        return items[:1].copy() if speakers in (None, 1) else np.repeat(items[:1], speakers or 1, axis=0)
    sample = items if len(items) <= MAX_ITEMS else items[np.linspace(0, len(items) - 1, MAX_ITEMS).astype(int)]
    groups = _cut(sample, speakers)
    centroids = np.stack([_unit(sample[g].mean(axis=0)) for g in groups])
    for _ in range(iterations):  # k-means refinement over all items (absorbs outlier branches)
        labels = np.argmax(items @ centroids.T, axis=1)
        updated = np.stack(
            [
                _unit(items[labels == k].mean(axis=0)) if np.any(labels == k) else centroids[k]
                for k in range(len(centroids))
            ]
        )
        if np.allclose(updated, centroids):
            break
        centroids = updated
    return centroids
