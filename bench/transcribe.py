"""Speed and memory of the transcription engines on this machine (a script, not a test).

Usage: ``python bench/transcribe.py [--threads N] [--minutes M] [--compare-seconds S] [--skip-openai]``

Rows: the default engine (faster-whisper, CPU int8) on jfk.flac and on a generated espeak-ng recording of
about five minutes; bare faster-whisper on the same weights (the wrapper's overhead); openai-whisper
(float32, converted in memory from the same bundled weights) on jfk.flac and on a separate
recording of ``--compare-seconds``. Every measurement runs in a fresh process, so "peak RSS" is
that engine's own high-water mark (model load included). RTF = transcription wall time / audio duration
(lower is faster); load time is reported separately. Import it under another name (the file name would
shadow the package), e.g. ``importlib.util.spec_from_file_location("bench_transcribe", path)``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)  # running as a script: this file must not shadow the `transcribe` package
sys.path.insert(0, str(ROOT))
JFK = ROOT.parent / "shared" / "data" / "audio" / "jfk.flac"


@dataclass(frozen=True)
class Measurement:
    """One engine on one recording."""

    label: str
    compute: str
    audio: str
    audio_s: float
    load_s: float
    wall_s: float
    cpu_s: float  # process CPU time while transcribing (all threads): robust to other load on the machine
    peak_rss_mb: float
    words: int

    @property
    def rtf(self) -> float:
        return self.wall_s / self.audio_s


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def measure_engine(engine_name: str, audio_path: str, threads: int, language: str | None = None) -> Measurement:
    """Loads ``engine_name`` (bundled model) and transcribes ``audio_path``, timing both."""
    from transcribe import TranscribeOptions, decode_audio, load_engine

    samples = decode_audio(Path(audio_path).read_bytes())
    start = time.perf_counter()
    engine = load_engine(engine_name, device="cpu", threads=threads)
    loaded, cpu = time.perf_counter(), time.process_time()
    words = sum(len(s.text.split()) for s in engine.transcribe(samples, TranscribeOptions(language=language)))
    done, cpu_s = time.perf_counter(), time.process_time() - cpu
    return Measurement(engine_name, engine.compute_type, Path(audio_path).name, samples.size / 16000,
                       loaded - start, done - loaded, cpu_s, _peak_rss_mb(), words)


def measure_bare_faster_whisper(audio_path: str, threads: int, language: str | None = None) -> Measurement:
    """faster-whisper called directly on the same in-memory weights and samples (no wrapper, no guards)."""
    from transcribe import decode_audio
    from transcribe.models import bundled_source, read_model_files
    from transcribe.offline import ensure_offline

    ensure_offline()
    from faster_whisper import WhisperModel

    samples = decode_audio(Path(audio_path).read_bytes())
    start = time.perf_counter()
    source = bundled_source()
    model = WhisperModel(str(source.aux_dir), device="cpu", compute_type="int8", cpu_threads=threads,
                         files=read_model_files(source).files)
    loaded, cpu = time.perf_counter(), time.process_time()
    segments, _ = model.transcribe(samples, language=language, beam_size=5, vad_filter=True)
    words = sum(len(s.text.split()) for s in segments)
    done, cpu_s = time.perf_counter(), time.process_time() - cpu
    return Measurement("faster-whisper (bare)", "int8", Path(audio_path).name, samples.size / 16000,
                       loaded - start, done - loaded, cpu_s, _peak_rss_mb(), words)


def isolated(fn: Callable[..., Measurement], *args: object) -> Measurement:
    """Runs ``fn(*args)`` in a fresh process so its peak RSS is its own."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        result = pool.apply(fn, args)
        pool.close()
        pool.join()
    return result


_SUBJECTS = ("my neighbour", "the old teacher", "a young doctor", "our driver", "the farmer", "my sister")
_VERBS = ("walked to", "looked at", "talked about", "drove past", "painted", "cleaned")
_OBJECTS = ("the river", "a small house", "the railway station", "the market", "a green garden", "the library")
_TIMES = ("on Monday", "in the morning", "after dinner", "last summer", "every evening", "before the storm")


def speech_text(sentences: int, seed: int = 0) -> str:
    """Varied, plain English sentences (deterministic), so no decoding loop is provoked by the text."""
    rng = random.Random(seed)
    return " ".join(
        f"{rng.choice(_SUBJECTS).capitalize()} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TIMES)}."
        for _ in range(sentences)
    )


def make_speech_recording(path: Path, minutes: float) -> float:
    """Writes an espeak-ng recording of at least ``minutes`` to ``path``; returns its duration."""
    from transcribe import probe_media

    espeak = shutil.which("espeak-ng")
    if espeak is None:
        raise SystemExit("espeak-ng is not installed")
    sentences = int(minutes * 60 / 3.0) + 1  # espeak-ng at 160 wpm: about 3 s per sentence
    while True:
        subprocess.run([espeak, "-v", "en", "-s", "160", "-w", str(path), speech_text(sentences)], check=True)
        duration = probe_media(path.read_bytes()).duration or 0.0
        if duration >= minutes * 60:
            return duration
        sentences = int(sentences * minutes * 60 / duration) + 2


def format_table(rows: list[Measurement]) -> str:
    """A plain-text table of measurements."""
    head = f"{'engine':<22} {'compute':<8} {'audio':<16} {'audio s':>8} {'load s':>7} {'wall s':>7} " \
           f"{'cpu s':>7} {'RTF':>6} {'peak RSS MB':>11} {'words':>6}"
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(f"{r.label:<22} {r.compute:<8} {r.audio:<16} {r.audio_s:>8.1f} {r.load_s:>7.2f} "
                     f"{r.wall_s:>7.2f} {r.cpu_s:>7.2f} {r.rtf:>6.3f} {r.peak_rss_mb:>11.0f} {r.words:>6}")
    return "\n".join(lines)


def speedup(fast: Measurement, slow: Measurement) -> str:
    return f"faster-whisper int8 vs openai-whisper fp32 on {fast.audio} ({fast.audio_s:.0f} s): " \
           f"{slow.wall_s / fast.wall_s:.2f}x faster by wall time, {slow.cpu_s / fast.cpu_s:.2f}x by CPU time " \
           f"(goal >= 2.5x)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--compare-seconds", type=float, default=60.0)
    parser.add_argument("--skip-openai", action="store_true")
    args = parser.parse_args(argv)
    rows: list[Measurement] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        long, short = Path(tmp) / "espeak-long.wav", Path(tmp) / "espeak-short.wav"
        make_speech_recording(long, args.minutes)
        jfk = str(JFK)
        rows.append(isolated(measure_engine, "faster-whisper", jfk, args.threads))
        rows.append(isolated(measure_engine, "faster-whisper", str(long), args.threads, "en"))
        rows.append(isolated(measure_bare_faster_whisper, str(long), args.threads, "en"))
        if not args.skip_openai:
            make_speech_recording(short, args.compare_seconds / 60)
            fast_short = isolated(measure_engine, "faster-whisper", str(short), args.threads, "en")
            openai_jfk = isolated(measure_engine, "openai-whisper", jfk, args.threads)
            openai_short = isolated(measure_engine, "openai-whisper", str(short), args.threads, "en")
            rows += [fast_short, openai_jfk, openai_short]
            notes += [speedup(rows[0], openai_jfk), speedup(fast_short, openai_short)]
    print(f"threads={args.threads}; RTF = transcription wall time / audio duration (model load excluded); "
          f"cpu s = process CPU time while transcribing")
    print(format_table(rows))
    for note in notes:
        print(note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
