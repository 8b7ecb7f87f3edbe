"""End to end on generated dialogues (espeak-ng voices) with known timelines, and on a real recording."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from diarize_synth import Dialogue, dialogue, have_espeak, interview_plan, sentence, stereo

from transcribe.diarize import DiarizeError, Turn, WeightsError, assign_words, diarize
from transcribe.diarize.weights import locate_weights

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def _weights_installed() -> bool:
    try:
        locate_weights()
    except WeightsError:
        return False
    return True


needs_voices = pytest.mark.skipif(not have_espeak(), reason="espeak-ng not installed")
needs_weights = pytest.mark.skipif(not _weights_installed(), reason="resemblyzer weights not installed")


def _accuracy(d: Dialogue, turns: list[Turn]) -> tuple[float, Counter[tuple[str, str]]]:
    """Word accuracy under the best one-to-one mapping of true to found speakers (greedy by count)."""
    found = assign_words(d.words, turns)
    table = Counter(zip((w.speaker for w in d.words), found, strict=True))
    used_true, used_found, correct = set(), set(), 0
    for (true, label), n in table.most_common():
        if true not in used_true and label not in used_found:
            used_true.add(true)
            used_found.add(label)
            correct += n
    return correct / len(d.words), table


@pytest.fixture(scope="module")
def two_speakers() -> Dialogue:
    return dialogue(interview_plan(45, seed=4), seed=4)


@needs_voices
@needs_weights
def test_two_speaker_interview(two_speakers: Dialogue) -> None:
    turns = diarize(two_speakers.audio, 16000)
    accuracy, table = _accuracy(two_speakers, turns)
    assert {t.speaker for t in turns} == {"S1", "S2"}, table
    assert accuracy >= 0.95, table
    assert turns[0].speaker == "S1"  # labels in order of first appearance
    assert all(a.end <= b.start for a, b in itertools.pairwise(turns))


@needs_voices
@needs_weights
def test_three_speakers_auto_and_given() -> None:
    d = dialogue(interview_plan(60, speakers=("A", "B", "C"), seed=5), seed=5)
    for speakers in ("auto", 3):
        turns = diarize(d.audio, 16000, speakers=speakers)
        accuracy, table = _accuracy(d, turns)
        assert len({t.speaker for t in turns}) == 3, (speakers, table)
        assert accuracy >= 0.9, (speakers, table)


@needs_voices
@needs_weights
@pytest.mark.parametrize("voice", ["A", "B", "C"])
def test_single_speaker_is_not_split(voice: str) -> None:
    rng = np.random.default_rng(11)
    d = dialogue([(voice, sentence(rng, 12)) for _ in range(4)], seed=11)
    turns = diarize(d.audio, 16000)
    assert {t.speaker for t in turns} == {"S1"}
    assert turns[0].start < d.turns[0][0] + 0.5 and turns[-1].end > d.turns[-1][1] - 0.5


@needs_voices
def test_lapel_stereo_is_labelled_per_channel_without_weights(two_speakers: Dialogue, tmp_path: Path) -> None:
    """One speaker per channel: labelled by the louder channel; the encoder is never needed."""
    missing = tmp_path / "absent.pt"
    turns = diarize(stereo(two_speakers), 16000, weights=missing)
    accuracy, table = _accuracy(two_speakers, turns)
    assert accuracy == 1.0, table
    assert len({t.speaker for t in turns}) == 2


@needs_voices
@needs_weights
def test_same_signal_on_both_channels_is_mono(two_speakers: Dialogue) -> None:
    both = np.stack([two_speakers.audio, two_speakers.audio])
    assert diarize(both, 16000) == diarize(two_speakers.audio, 16000)
    with pytest.raises(WeightsError):  # it really went through the embedding path
        diarize(both, 16000, weights=Path("/nonexistent/pretrained.pt"))


@needs_voices
def test_one_speaker_given_needs_no_embeddings(two_speakers: Dialogue, tmp_path: Path) -> None:
    turns = diarize(two_speakers.audio, 16000, speakers=1, weights=tmp_path / "absent.pt")
    assert {t.speaker for t in turns} == {"S1"}


@needs_weights
def test_real_single_speaker_recording_is_one_speaker() -> None:
    path = SHARED / "audio" / "jfk.flac"
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    from transcribe import decode_audio

    samples = decode_audio(path.read_bytes())
    turns = diarize(samples, 16000)
    assert {t.speaker for t in turns} == {"S1"}
    assert turns[-1].end - turns[0].start > 8.0


def test_silence_gives_no_turns() -> None:
    assert diarize(np.zeros(16000 * 3, dtype=np.float32), 16000) == []


@pytest.mark.parametrize(
    ("audio", "rate", "speakers"),
    [
        (np.zeros(1600, dtype=np.float32), 44100, "auto"),
        (np.zeros(1600, dtype=np.float32), 16000, 0),
        (np.zeros(1600, dtype=np.float32), 16000, 7),
        (np.zeros(1600, dtype=np.float32), 16000, "two"),
        (np.zeros(1600, dtype=np.float32), 16000, True),
        (np.zeros(0, dtype=np.float32), 16000, "auto"),
        (np.full(1600, np.nan, dtype=np.float32), 16000, "auto"),
        (np.zeros((2, 2, 1600), dtype=np.float32), 16000, "auto"),
    ],
    ids=["rate", "zero", "too-many", "word", "bool", "empty", "nan", "3d"],
)
def test_bad_input_is_a_clean_error(audio: np.ndarray, rate: int, speakers: object) -> None:
    with pytest.raises(DiarizeError):
        diarize(audio, rate, speakers=speakers)  # type: ignore[arg-type]


@needs_voices
@needs_weights
def test_caller_speech_regions_replace_the_energy_vad(two_speakers: Dialogue) -> None:
    regions = [(a, b) for a, b, _ in two_speakers.turns]
    turns = diarize(two_speakers.audio, 16000, speakers=2, speech=regions)
    accuracy, table = _accuracy(two_speakers, turns)
    assert accuracy >= 0.95, table
    assert turns[0].start == pytest.approx(regions[0][0], abs=0.011)
    assert turns[-1].end == pytest.approx(regions[-1][1], abs=0.011)


@needs_voices
@needs_weights
@pytest.mark.parametrize("voice", ["A", "B"])
def test_a_voice_that_gets_quieter_is_still_one_speaker(voice: str) -> None:
    """The speaker leans back: the second half is 20 dB quieter (and the noise floor relatively louder)."""
    rng = np.random.default_rng(3)
    d = dialogue([(voice, sentence(rng, 12)) for _ in range(6)], seed=3)
    audio = d.audio.copy()
    audio[len(audio) // 2 :] *= 0.1
    assert {t.speaker for t in diarize(audio, 16000)} == {"S1"}
