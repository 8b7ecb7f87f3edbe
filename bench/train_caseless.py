"""Train the caseless name model (``bench/caseless_model.py``), choose its threshold, measure it.

Usage: ``python bench/train_caseless.py [--out PATH] [--languages ru] [--measure]``

Training text, all lower-cased with punctuation blanked (``detection_scoring.asr_like``, offsets kept):
factRuEval-2016's development half (``../shared/data/factru-devset``: name/surname/patronymic/nickname ->
PERSON, loc_name -> LOCATION, org_name -> ORGANISATION) and the transcripts of the tuned interview sets
``dev.jsonl``, ``dev2.jsonl`` and the shared excerpts in ``--languages`` (DETENTION counted as LOCATION,
every other label as O). dev3, dev3x and dev4 are never trained on: ``--measure`` scores the model on their
lower-cased copies (the untuned dev4x and hold-out are never read here).

The threshold is chosen on the tuned sets only, from out-of-fold probabilities (five folds over their
transcripts, factRuEval always in training): the lowest threshold at which the words the model would add to
the rules' output lie on a gold mention at least ``--precision`` of the time (no added word counts as
precise). The final model is then trained on everything. Deterministic: fixed seeds, one torch thread.
Torch is needed here only; the model runs on numpy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import caseless_model as cm  # noqa: E402
from detection_scoring import Row, asr_like, evaluate, load_rows, lowercased, precision, ratio  # noqa: E402

from intake.pseudonymise.detectors.tokens import Token, tokenize  # noqa: E402

FACTRU = ROOT.parent / "shared" / "data" / "factru-devset"
SHARED = ROOT.parent / "shared" / "data" / "pseudonymisation" / "dev.jsonl"
TRANSCRIPTS = ROOT / "tests" / "data" / "transcripts"
FACTRU_TYPES = {"name": 1, "surname": 1, "patronymic": 1, "nickname": 1, "loc_name": 2, "org_name": 3}
GOLD_CLASSES = {"PERSON": 1, "LOCATION": 2, "DETENTION": 2, "ORGANISATION": 3}
MEASURED = ("dev3", "dev3x", "dev4")  # never trained on
SEED = 20261130
SCALE_FLOOR = 0.3  # standardising a rare one-hot ending must not make it weigh a hundred times more
Doc = tuple[list[Token], np.ndarray, Row | None]  # tokens, class per token, the interview row (None: news)
OPTIONS: dict[str, float] = {"weight": 3.0, "dropout": 0.5, "hidden": 64, "epochs": 8}


def _labels(tokens: list[Token], spans: list[tuple[int, int, int]]) -> np.ndarray:
    y = np.zeros(len(tokens), dtype=np.int64)
    for i, t in enumerate(tokens):
        for start, end, k in spans:
            if t.start < end and start < t.end:
                y[i] = k
    return y


def factru_docs() -> list[Doc]:
    out: list[Doc] = []
    for txt in sorted(FACTRU.glob("book_*.txt")):
        text = asr_like(txt.read_text(encoding="utf-8-sig"))
        spans = []
        for line in txt.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            parts = line.split("#")[0].split()
            if len(parts) >= 4 and parts[1] in FACTRU_TYPES:
                spans.append((int(parts[2]), int(parts[2]) + int(parts[3]), FACTRU_TYPES[parts[1]]))
        tokens = tokenize(text)
        out.append((tokens, _labels(tokens, spans), None))
    return out


def interview_docs(languages: tuple[str, ...], paths: list[Path]) -> list[Doc]:
    """Lower-cased interview rows in ``languages``, with token classes from their gold mentions."""
    out: list[Doc] = []
    for path in paths:
        for row in lowercased(load_rows(path)):
            if row["lang"] not in languages:
                continue
            gold = [(e["start"], e["end"], GOLD_CLASSES[e["label"]]) for e in row["entities"]
                    if e["label"] in GOLD_CLASSES]
            tokens = tokenize(row["text"])
            out.append((tokens, _labels(tokens, gold), row))
    return out


_FEATURES: dict[int, np.ndarray] = {}


def _features(tokens: list[Token]) -> np.ndarray:
    """``caseless_model.features`` of one document, computed once per run."""
    if id(tokens) not in _FEATURES:
        _FEATURES[id(tokens)] = cm.features(tokens)
    return _FEATURES[id(tokens)]


def matrix(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Inputs, classes and weights (an interview word counts ``weight`` times a news word)."""
    x = np.vstack([_features(d[0]) for d in docs])
    y = np.concatenate([d[1] for d in docs])
    w = np.concatenate([np.full(len(d[1]), 1.0 if d[2] is None else OPTIONS["weight"], np.float32) for d in docs])
    return x, y, w


def train(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> cm.Weights:
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    mean, scale = x.mean(axis=0), np.maximum(x.std(axis=0), SCALE_FLOOR)
    xt, yt, wt = torch.tensor((x - mean) / scale, dtype=torch.float32), torch.tensor(y), torch.tensor(w)
    hidden = int(OPTIONS["hidden"])
    net = torch.nn.Sequential(
        torch.nn.Dropout(OPTIONS["dropout"]), torch.nn.Linear(x.shape[1], hidden), torch.nn.ReLU(),
        torch.nn.Dropout(0.2), torch.nn.Linear(hidden, len(cm.CLASSES)),
    )
    opt = torch.optim.Adam(net.parameters(), lr=1e-3, weight_decay=1e-4)
    gen = torch.Generator().manual_seed(SEED)
    for _ in range(int(OPTIONS["epochs"])):
        net.train()
        for batch in torch.randperm(len(yt), generator=gen).split(256):
            opt.zero_grad()
            losses = torch.nn.functional.cross_entropy(net(xt[batch]), yt[batch], reduction="none")
            ((losses * wt[batch]).sum() / wt[batch].sum()).backward()
            opt.step()
    net.eval()
    lin1, lin2 = net[1], net[4]
    return {
        "mean": mean.astype(np.float32), "scale": scale.astype(np.float32),
        "w1": lin1.weight.detach().numpy().T.copy(), "b1": lin1.bias.detach().numpy().copy(),
        "w2": lin2.weight.detach().numpy().T.copy(), "b2": lin2.bias.detach().numpy().copy(),
    }


def out_of_fold(news: list[Doc], talks: list[Doc], folds: int = 5) -> list[np.ndarray]:
    probs: list[np.ndarray] = [np.zeros(0)] * len(talks)
    for f in range(folds):
        held = [i for i in range(len(talks)) if i % folds == f]
        weights = train(*matrix(news + [d for i, d in enumerate(talks) if i not in held]))
        for i in held:
            probs[i] = cm.probabilities(weights, talks[i][0])
        print(f"fold {f + 1}/{folds}: {len(held)} transcripts held out", file=sys.stderr)
    return probs


_RULES: dict[tuple[str, str], list[Any]] = {}


def rules(text: str, language: str) -> list[Any]:
    """What the rule detector finds (cached)."""
    if (text, language) not in _RULES:
        from intake.pseudonymise import detect

        _RULES[text, language] = detect(text, language)
    return _RULES[text, language]


def added_words(talks: list[Doc], probs: list[np.ndarray], threshold: float) -> tuple[int, int]:
    """(added words on a gold mention, added words) for one threshold."""
    good = total = 0
    for (tokens, _, row), p in zip(talks, probs, strict=True):
        assert row is not None
        cover = cm.covered(tokens, rules(row["text"], row["lang"]))
        for i, tok in enumerate(tokens):
            k = int(p[i].argmax())
            if k and not cover[i] and p[i, k] >= threshold and cm.eligible(tok):
                total += 1
                good += any(tok.start < e["end"] and e["start"] < tok.end for e in row["entities"])
    return good, total


def choose_threshold(talks: list[Doc], probs: list[np.ndarray], floor: float) -> float:
    chosen = 0.99
    for threshold in np.arange(0.95, 0.29, -0.05):
        good, total = added_words(talks, probs, float(threshold))
        share = good / total if total else 1.0
        print(f"threshold {threshold:.2f}: {total} words added, {good} on a gold mention")
        if share >= floor:
            chosen = float(threshold)
    return chosen


def measure(weights: cm.Weights, threshold: float, languages: tuple[str, ...]) -> None:
    """PERSON and all-entity recall and precision on the lower-cased never-trained sets, rules alone and with
    the model (at the chosen threshold and a few others; without and with spreading to recurring words)."""
    from intake.pseudonymise.detect import PRIORITY
    from intake.pseudonymise.spans import resolve_overlaps

    for name in MEASURED:
        rows = lowercased(load_rows(TRANSCRIPTS / f"{name}.jsonl"))
        base = [rules(r["text"], r["lang"]) for r in rows]
        print(f"{name}-lowercase: rules alone {_scores(rows, base)}")
        for threshold_k in sorted({threshold, 0.9, 0.7, 0.5}, reverse=True):
            for spread in (False, True):
                results = [
                    resolve_overlaps([*b, *cm.additions(weights, b, tokenize(r["text"]), threshold_k, spread)]
                                     if r["lang"] in languages else b, PRIORITY)
                    for r, b in zip(rows, base, strict=True)
                ]
                mark = "*" if threshold_k == threshold else " "
                print(f" {mark}t={threshold_k:.2f} spread={spread!s:<5} {_scores(rows, results)}")


def _scores(rows: list[Row], results: list[Any]) -> str:
    ev, prec = evaluate(rows, results, False), precision(rows, results)
    person = ev["PERSON"]
    return (f"PERSON {person[0]}/{person[1]} {ratio(person):.3f}, all {ratio(ev['ALL']):.3f}, "
            f"precision {prec[0]}/{prec[1]} {ratio(prec):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "caseless_ru.npz")
    parser.add_argument("--languages", default="ru", help="interview languages to train on and apply to")
    parser.add_argument("--precision", type=float, default=0.85, help="least share of added words on gold")
    parser.add_argument("--measure", action="store_true", help="score on lower-cased dev3, dev3x, dev4")
    for key, value in OPTIONS.items():
        parser.add_argument(f"--{key}", type=type(value), default=value)
    args = parser.parse_args()
    OPTIONS.update({k: getattr(args, k) for k in OPTIONS})
    languages = tuple(args.languages.split(","))
    paths = [TRANSCRIPTS / "dev.jsonl", TRANSCRIPTS / "dev2.jsonl", *([SHARED] if SHARED.exists() else [])]
    news, talks = factru_docs(), interview_docs(languages, paths)
    print(f"news {len(news)} documents, interviews {len(talks)} transcripts", file=sys.stderr)
    threshold = choose_threshold(talks, out_of_fold(news, talks), args.precision)
    x, y, w = matrix(news + talks)
    weights = train(x, y, w)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, version=np.array(cm.FORMAT_VERSION), threshold=np.array(threshold),
                        languages=np.array(args.languages),
                        **{k: v.astype(np.float16 if k.startswith("w") else np.float32) for k, v in weights.items()})
    print(f"threshold {threshold:.2f}; {len(y)} words ({np.bincount(y, minlength=4).tolist()}); wrote {args.out}")
    if args.measure:
        measure(cm.load(args.out), threshold, languages)


if __name__ == "__main__":
    main()
