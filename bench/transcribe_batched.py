"""Sequential versus batched decoding (faster-whisper's BatchedInferencePipeline), and bare faster-whisper.

Usage: ``python bench/transcribe_batched.py [--minutes 5] [--threads 2] [--batch-sizes 4,8]``

Coverage: share of the voice activity inside segments with text; gaps: stretches of 3 s or more without text.

Rows, on jfk.flac (real speech, reference transcript in ../shared/data/audio/README.md) and on a generated
espeak-ng English recording of ``--minutes`` (its reference is the generated text):

- ``intake sequential``: the default engine with ``batch_size=0`` (temperature fallback, conditioning on
  previous text), as `intake transcribe --batch-size 0`;
- ``intake batched bs=N``: the same engine with ``batch_size=N`` (first temperature only), as
  `intake transcribe` by default (N = 8);
- ``bare faster-whisper``: ``WhisperModel.transcribe`` called directly on the same weights (its own
  no-speech skip included), the yardstick.

RTF = transcription wall time / audio duration (model load excluded; lower is faster). WER = word error
rate against the reference (lower-cased words, punctuation dropped); ``vs seq`` = WER of the row's text
against the sequential transcript. Coverage = share of the voice activity inside segments with text. The goal
(issue 18): RTF <= 0.15 on the five-minute recording with WER within one point of the sequential run.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)  # running as a script: bench/transcribe.py must not shadow the `transcribe` package
sys.path.insert(0, str(ROOT))
JFK = ROOT.parent / "shared" / "data" / "audio" / "jfk.flac"
JFK_REFERENCE = ("And so my fellow Americans, ask not what your country can do for you, "
                 "ask what you can do for your country.")


def _bench_transcribe() -> object:
    spec = importlib.util.spec_from_file_location("bench_transcribe", Path(__file__).parent / "transcribe.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_transcribe"] = module
    spec.loader.exec_module(module)
    return module


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate: word-level Levenshtein distance over the reference length."""
    ref, hyp = words(reference), words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        previous, row[0] = row[0], i
        for j in range(1, len(hyp) + 1):
            current = min(row[j] + 1, row[j - 1] + 1, previous + (ref[i - 1] != hyp[j - 1]))
            previous, row[j] = row[j], current
    return row[len(hyp)] / max(1, len(ref))


@dataclass(frozen=True)
class Row:
    label: str
    audio: str
    audio_s: float
    wall_s: float
    text: str
    coverage: float | None
    gaps: int | None = None

    @property
    def rtf(self) -> float:
        return self.wall_s / self.audio_s


def make_long(path: Path, minutes: float) -> tuple[float, str]:
    """An espeak-ng recording of at least ``minutes``; (duration, the text spoken)."""
    import subprocess

    from transcribe import probe_media

    bt = _bench_transcribe()
    sentences = int(minutes * 60 / 3.0) + 1
    while True:
        text = bt.speech_text(sentences)  # type: ignore[attr-defined]
        subprocess.run(["espeak-ng", "-v", "en", "-s", "160", "-w", str(path), text], check=True)
        duration = probe_media(path.read_bytes()).duration or 0.0
        if duration >= minutes * 60:
            return duration, text
        sentences = int(sentences * minutes * 60 / duration) + 2


def run_intake(engine: object, samples: object, name: str, batch_size: int, language: str | None) -> Row:
    from transcribe import TranscribeOptions

    opts = TranscribeOptions(language=language, word_timestamps=True, batch_size=batch_size)
    start = time.perf_counter()
    result = engine.transcribe(samples, opts)  # type: ignore[attr-defined]
    text = " ".join(s.text for s in result)
    wall = time.perf_counter() - start
    label = f"intake batched bs={batch_size}" if batch_size else "intake sequential"
    coverage = result.coverage()
    return Row(label, name, result.duration, wall, text, coverage.ratio, len(coverage.gaps))


def run_bare(model: object, samples: object, name: str, language: str | None) -> Row:
    start = time.perf_counter()
    segments, info = model.transcribe(samples, language=language, beam_size=5, vad_filter=True)  # type: ignore[attr-defined]
    text = " ".join(s.text for s in segments)
    return Row("bare faster-whisper", name, info.duration, time.perf_counter() - start, text, None)


def bare_model(threads: int) -> object:
    from transcribe.models import bundled_source, read_model_files
    from transcribe.offline import ensure_offline

    ensure_offline()
    from faster_whisper import WhisperModel

    source = bundled_source()
    return WhisperModel(str(source.aux_dir), device="cpu", compute_type="int8", cpu_threads=threads,
                        files=read_model_files(source).files)


def table(rows: list[Row], references: dict[str, str]) -> str:
    head = (f"{'run':<22} {'audio':<14} {'audio s':>8} {'wall s':>7} {'RTF':>6} {'WER':>6} {'vs seq':>7} "
            f"{'coverage':>8} {'gaps':>4}")
    lines = [head, "-" * len(head)]
    sequential = {r.audio: r.text for r in rows if r.label == "intake sequential"}
    for r in rows:
        vs_seq = f"{wer(sequential[r.audio], r.text):.1%}" if r.audio in sequential else "-"
        cov = "-" if r.coverage is None else f"{r.coverage:.1%}"
        gaps = "-" if r.gaps is None else str(r.gaps)
        lines.append(f"{r.label:<22} {r.audio:<14} {r.audio_s:>8.1f} {r.wall_s:>7.1f} {r.rtf:>6.3f} "
                     f"{wer(references[r.audio], r.text):>6.1%} {vs_seq:>7} {cov:>8} {gaps:>4}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from transcribe import decode_audio, load_engine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-sizes", default="8")
    args = parser.parse_args(argv)
    engine = load_engine(device="cpu", threads=args.threads)
    bare = bare_model(args.threads)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        long = Path(tmp) / "espeak-long.wav"
        duration, long_text = make_long(long, args.minutes)
        inputs = [("jfk.flac", decode_audio(JFK.read_bytes()), None),
                  (f"espeak {duration / 60:.1f} min", decode_audio(long.read_bytes()), "en")]
    references = {inputs[0][0]: JFK_REFERENCE, inputs[1][0]: long_text}
    for name, samples, language in inputs:
        rows.append(run_intake(engine, samples, name, 0, language))
        for size in (int(s) for s in args.batch_sizes.split(",")):
            rows.append(run_intake(engine, samples, name, size, language))
        rows.append(run_bare(bare, samples, name, language))
    print(f"threads={args.threads}; bundled Whisper base, CPU int8, beam 5; RTF = wall time / audio duration")
    print(table(rows, references))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
