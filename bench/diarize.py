"""Diarization quality and speed on a generated two-speaker interview. Prints measured numbers.

    .venv/bin/python bench/diarize.py [--seconds 300] [--seed 1] [--no-transcribe] [--no-torch]

Voices: espeak-ng ``en-us -p 30`` (A, the interviewer: 3-12 s questions) and ``en-gb+f3 -p 70``
(B: 6-40 s answers), short interjections ("yes.", "I see.") by either, pauses of 0.25-0.9 s.
Ground truth: the generated timeline; words are timed proportionally inside each utterance, and,
unless ``--no-transcribe``, the real Whisper words of the same recording are scored too (a Whisper
word's true speaker is the generated turn it overlaps most). Speed: diarization time against the
transcription time of the same recording (faster-whisper base, int8, 2 threads) on this machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "diarize"))

from diarize_synth import SR, Dialogue, dialogue, interview_plan, stereo  # noqa: E402

from transcribe.diarize import Turn, WordTiming, assign_words, diarize  # noqa: E402


def score(truth: Sequence[str], found: Sequence[str]) -> tuple[float, Counter[tuple[str, str]]]:
    """Accuracy under the best one-to-one mapping of true to found labels (greedy by count)."""
    table = Counter(zip(truth, found, strict=True))
    used_t, used_f, correct = set(), set(), 0
    for (t, f), n in table.most_common():
        if t not in used_t and f not in used_f:
            used_t.add(t)
            used_f.add(f)
            correct += n
    return correct / max(1, len(truth)), table


def print_table(table: Counter[tuple[str, str]]) -> None:
    found = sorted({f for _, f in table})
    print("      true\\found " + " ".join(f"{f:>6}" for f in found))
    for t in sorted({t for t, _ in table}):
        print(f"      {t:>10} " + " ".join(f"{table[(t, f)]:>6}" for f in found))


def timed(label: str, d: Dialogue, audio: np.ndarray, **kwargs: Any) -> tuple[float, list[Turn]]:
    start = time.perf_counter()
    turns = diarize(audio, SR, **kwargs)
    elapsed = time.perf_counter() - start
    accuracy, table = score([w.speaker for w in d.words], assign_words(d.words, turns))
    speakers = len({t.speaker for t in turns})
    print(f"{label}: {elapsed:.2f} s, {len(turns)} turns, {speakers} speakers, word accuracy {accuracy:.2%}")
    print_table(table)
    return elapsed, turns


def encoder_speed(d: Dialogue, with_torch: bool) -> None:
    from transcribe.diarize import pipeline as p
    from transcribe.diarize.features import mel_spectrogram
    from transcribe.diarize.vad import runs, speech_mask
    from transcribe.diarize.weights import load_weights

    mask = speech_mask(d.audio)
    windows = [w for w in p.plan_windows(runs(mask)) if w[1] - w[0] == p.WINDOW]
    mel = mel_spectrogram(d.audio)
    mels = np.stack([mel[a:b] for a, b in windows])
    encoder = p.SpeakerEncoder.load()
    start = time.perf_counter()
    for i in range(0, len(mels), p.BATCH):
        encoder.embed(mels[i : i + p.BATCH])
    numpy_s = time.perf_counter() - start
    print(
        f"encoder, numpy (1 BLAS thread): {numpy_s:.2f} s for {len(mels)} windows "
        f"({1000 * numpy_s / len(mels):.1f} ms/window)"
    )
    if not with_torch:
        return
    try:
        import torch
    except ModuleNotFoundError:
        print("encoder, torch: torch not installed")
        return
    lstm = torch.nn.LSTM(40, 256, 3, batch_first=True)
    state = {k[5:]: torch.from_numpy(v) for k, v in load_weights().items() if k.startswith("lstm.")}
    lstm.load_state_dict(state)
    for threads in (1, 2):
        torch.set_num_threads(threads)
        start = time.perf_counter()
        with torch.no_grad():
            for i in range(0, len(mels), p.BATCH):
                lstm(torch.from_numpy(mels[i : i + p.BATCH]))
        torch_s = time.perf_counter() - start
        print(
            f"encoder, torch {torch.__version__} ({threads} thread(s), LSTM only): {torch_s:.2f} s "
            f"({1000 * torch_s / len(mels):.1f} ms/window); numpy/torch = {numpy_s / torch_s:.2f}"
        )


def transcription(d: Dialogue, turns: list[Turn]) -> float | None:
    try:
        from transcribe import TranscribeOptions, load_engine
    except ImportError as exc:
        print(f"transcription: engine not available ({exc})")
        return None
    engine = load_engine(threads=2)
    start = time.perf_counter()
    segments = list(engine.transcribe(d.audio, TranscribeOptions(language="en", word_timestamps=True)))
    elapsed = time.perf_counter() - start
    words = [w for s in segments for w in s.words]
    print(
        f"transcription ({engine.name}, {engine.model_name}, {engine.compute_type}, 2 threads): "
        f"{elapsed:.1f} s, {len(words)} words"
    )
    truth_turns = [Turn(a, b, s) for a, b, s in d.turns]
    truth = assign_words([WordTiming(w.start, w.end, w.word) for w in words], truth_turns)
    accuracy, table = score(truth, assign_words(words, turns))
    print(f"  real Whisper words: speaker accuracy {accuracy:.2%}")
    print_table(table)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-transcribe", action="store_true")
    parser.add_argument("--no-torch", action="store_true")
    args = parser.parse_args()

    start = time.perf_counter()
    d = dialogue(interview_plan(args.seconds, seed=args.seed), seed=args.seed)
    talk = Counter(s for _, _, s in d.turns)
    print(
        f"generated {len(d.audio) / SR:.0f} s in {time.perf_counter() - start:.1f} s: {len(d.turns)} turns "
        f"({dict(talk)}), {len(d.words)} words, shortest turn {min(b - a for a, b, _ in d.turns):.2f} s"
    )
    diarize(d.audio[: SR * 5], SR)  # load weights once, outside the timings
    mono_s, turns = timed("mono, speakers=auto", d, d.audio)
    timed("mono, speakers=2", d, d.audio, speakers=2)
    timed("stereo lapel (-18 dB crosstalk)", d, stereo(d))
    encoder_speed(d, not args.no_torch)
    if not args.no_transcribe:
        transcribe_s = transcription(d, turns)
        if transcribe_s:
            print(f"diarization / transcription time = {mono_s / transcribe_s:.1%} (goal <= 30%)")


if __name__ == "__main__":
    main()
