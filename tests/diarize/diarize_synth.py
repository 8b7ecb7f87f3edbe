"""Generated dialogues with known speaker timelines (espeak-ng voices), for tests and bench/diarize.py."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SR = 16000
VOICES = {
    "A": ("en-us", 30),
    "B": ("en-gb+f3", 70),
    "C": ("en-029+f2", 50),
}
_WORDS = (
    "the we they police court letter prison family visit lawyer month winter street city friend mother "
    "brother sister work paper statement evening morning station window table door telephone answer "
    "question search office border meeting parcel camp sentence trial witness judge money bread "
    "nothing always never again later maybe really quite simply slowly quickly together alone "
    "went came said asked wrote waited called heard knew thought could would should told brought"
).split()
_INTERJECTIONS = ("yes.", "I see.", "right.", "okay.", "mm, yes.", "go on.", "really?")


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    speaker: str


@dataclass
class Dialogue:
    audio: np.ndarray
    turns: list[tuple[float, float, str]]
    words: list[Word]


def have_espeak() -> bool:
    return shutil.which("espeak-ng") is not None


def _resample(x: np.ndarray, src: int, dst: int) -> np.ndarray:
    n_out = round(len(x) * dst / src)
    spectrum = np.fft.rfft(x)[: n_out // 2 + 1]
    return (np.fft.irfft(spectrum, n_out) * (n_out / len(x))).astype(np.float32)


def speak(text: str, speaker: str) -> np.ndarray:
    """16 kHz float32 speech of ``text`` in the voice of ``speaker`` (a key of VOICES)."""
    voice, pitch = VOICES[speaker]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "u.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-p", str(pitch), "-w", str(out), text], check=True)
        with wave.open(str(out)) as handle:
            rate = handle.getframerate()
            pcm = np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2")
    return _resample(pcm.astype(np.float32) / 32768.0, rate, SR)


def _voiced_span(x: np.ndarray) -> tuple[int, int]:
    loud = np.flatnonzero(np.abs(x) > 0.02 * max(float(np.abs(x).max()), 1e-6))
    return (int(loud[0]), int(loud[-1]) + 1) if loud.size else (0, len(x))


def sentence(rng: np.random.Generator, seconds: float) -> str:
    """Random words, about ``seconds`` long when spoken (espeak speaks ~2.7 words/s)."""
    count = max(2, round(seconds * 2.7))
    words = [str(w) for w in rng.choice(_WORDS, size=count)]
    cut = sorted(set(rng.integers(4, count, size=max(1, count // 9)).tolist())) if count > 5 else []
    for index in cut:
        words[index - 1] += "."
    return " ".join(words) + "."


def dialogue(plan: list[tuple[str, str]], seed: int = 0, gap: tuple[float, float] = (0.25, 0.9)) -> Dialogue:
    """Concatenate utterances ``(speaker, text)`` with random pauses; words timed within each one."""
    rng = np.random.default_rng(seed)
    pieces: list[np.ndarray] = []
    turns: list[tuple[float, float, str]] = []
    words: list[Word] = []
    cursor = 0
    for speaker, text in plan:
        pause = np.zeros(int(SR * rng.uniform(*gap)), dtype=np.float32)
        pieces.append(pause)
        cursor += len(pause)
        speech = speak(text, speaker)
        lo, hi = _voiced_span(speech)
        speech = speech[lo:hi]
        start, end = cursor / SR, (cursor + len(speech)) / SR
        turns.append((start, end, speaker))
        words.extend(_time_words(text, start, end, speaker))
        pieces.append(speech)
        cursor += len(speech)
    pieces.append(np.zeros(SR // 2, dtype=np.float32))
    audio = np.concatenate(pieces)
    audio += rng.normal(0.0, 10 ** (-60 / 20), size=audio.shape).astype(np.float32)
    return Dialogue(audio=audio.astype(np.float32), turns=turns, words=words)


def _time_words(text: str, start: float, end: float, speaker: str) -> list[Word]:
    tokens = text.split()
    weights = np.array([len(t) + 1 for t in tokens], dtype=float)
    bounds = start + (end - start) * np.concatenate([[0.0], np.cumsum(weights)]) / weights.sum()
    return [Word(float(a), float(b), t, speaker) for a, b, t in zip(bounds[:-1], bounds[1:], tokens, strict=True)]


def interview_plan(seconds: float, speakers: tuple[str, ...] = ("A", "B"), seed: int = 0) -> list[tuple[str, str]]:
    """Alternating turns of 3-40 s (first speaker asks shorter questions), with short interjections."""
    rng = np.random.default_rng(seed)
    plan: list[tuple[str, str]] = []
    total, turn = 0.0, 0
    while total < seconds:
        speaker = speakers[turn % len(speakers)]
        length = float(rng.uniform(3, 12) if speaker == speakers[0] else rng.uniform(6, 40))
        length = min(length, max(3.0, seconds - total))
        plan.append((speaker, sentence(rng, length)))
        total += length
        if rng.random() < 0.25 and total < seconds:
            other = speakers[(turn + 1) % len(speakers)]
            plan.append((other, str(rng.choice(_INTERJECTIONS))))
            plan.append((speaker, sentence(rng, float(rng.uniform(3, 8)))))
            total += 5
        turn += 1
    return plan


def stereo(dialogue: Dialogue, crosstalk_db: float = -18.0, delay_ms: float = 1.0) -> np.ndarray:
    """Two lapel channels: each speaker loud on one channel, attenuated and delayed on the other."""
    channels = np.zeros((2, len(dialogue.audio)), dtype=np.float32)
    speakers = sorted({s for _, _, s in dialogue.turns})
    delay = int(SR * delay_ms / 1000)
    leak = 10 ** (crosstalk_db / 20)
    for start, end, speaker in dialogue.turns:
        a, b = int(start * SR), int(end * SR)
        own = speakers.index(speaker) % 2
        channels[own, a:b] += dialogue.audio[a:b]
        channels[1 - own, a + delay : b + delay] += leak * dialogue.audio[a:b]
    rng = np.random.default_rng(1)
    return channels + rng.normal(0.0, 10 ** (-60 / 20), size=channels.shape).astype(np.float32)
