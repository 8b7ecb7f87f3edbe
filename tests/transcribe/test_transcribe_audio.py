"""Decoding recordings from memory: several containers, channel layouts, and every kind of bad input."""

from __future__ import annotations

import io
import subprocess
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tx_helpers import need_tool, pyav_encode, shared_file, tone, wav_bytes

from transcribe import AudioError, EmptyAudioError, TruncatedAudioError, decode_audio, probe_media
from transcribe.audio import as_samples

FLAC_TONE = pyav_encode(tone(1.0))
FORMATS = {  # name: (ffmpeg output options, container PyAV reports)
    "wav": (["-f", "wav"], "wav"),
    "flac": (["-f", "flac"], "flac"),
    "ogg-opus": (["-c:a", "libopus", "-f", "ogg"], "ogg"),
    "mp3": (["-c:a", "libmp3lame", "-f", "mp3"], "mp3"),
    "m4a": (["-c:a", "aac", "-f", "ipod"], "mov,mp4,m4a,3gp,3g2,mj2"),
}


def dominant_frequency(samples: np.ndarray, rate: int = 16000) -> float:
    spectrum = np.abs(np.fft.rfft(samples))
    return float(np.fft.rfftfreq(samples.size, 1 / rate)[int(np.argmax(spectrum))])


def encode(tmp_path: Path, source: bytes, options: list[str], name: str) -> bytes:
    """Encodes WAV bytes with ffmpeg (file output: the mp4 muxer needs to seek)."""
    src, out = tmp_path / "source.wav", tmp_path / f"tone.{name}"
    src.write_bytes(source)
    cmd = [need_tool("ffmpeg"), "-nostdin", "-loglevel", "error", "-y", "-i", str(src), *options, str(out)]
    subprocess.run(cmd, check=True)
    return out.read_bytes()


def test_wav_decodes_from_bytes_and_from_a_file_object() -> None:
    data = wav_bytes(tone(1.0))
    from_bytes = decode_audio(data)
    from_file = decode_audio(io.BytesIO(data))
    assert from_bytes.dtype == np.float32
    assert from_bytes.shape == (16000,)
    assert np.array_equal(from_bytes, from_file)
    assert dominant_frequency(from_bytes) == pytest.approx(440, abs=2)


def test_flac_made_in_memory_decodes() -> None:
    samples = decode_audio(io.BytesIO(FLAC_TONE))
    assert samples.size == 16000
    assert dominant_frequency(samples) == pytest.approx(440, abs=2)
    assert probe_media(FLAC_TONE).codec == "flac"


def test_resampling_and_channels() -> None:
    stereo = np.stack([tone(1.0, 440, 44100), tone(1.0, 880, 44100)])
    data = wav_bytes(stereo, rate=44100)
    both = decode_audio(data, mono=False)
    assert both.shape[0] == 2
    assert both.shape[1] == pytest.approx(16000, abs=32)
    assert dominant_frequency(both[0]) == pytest.approx(440, abs=2)
    assert dominant_frequency(both[1]) == pytest.approx(880, abs=2)
    mono = decode_audio(data, sample_rate=8000)
    assert mono.ndim == 1
    assert mono.size == pytest.approx(8000, abs=32)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_containers_decode_from_memory(tmp_path: Path, fmt: str) -> None:
    options, container = FORMATS[fmt]
    encoded = encode(tmp_path, wav_bytes(tone(2.0, 440, 44100), rate=44100), options, fmt)
    samples = decode_audio(io.BytesIO(encoded))
    assert samples.size / 16000 == pytest.approx(2.0, abs=0.1)
    assert dominant_frequency(samples) == pytest.approx(440, abs=3)
    info = probe_media(encoded)
    assert info.container == container
    assert info.duration == pytest.approx(2.0, abs=0.1)
    assert info.channels == 1


def test_probe_media_reports_no_metadata_tags(tmp_path: Path) -> None:
    tagged = encode(
        tmp_path, wav_bytes(tone(1.0)), ["-metadata", "title=Secret Name", "-metadata", "location=+53.9+027.5/",
                                        "-f", "flac"], "flac",
    )
    info = probe_media(tagged)
    assert set(asdict(info)) == {"container", "codec", "duration", "sample_rate", "channels"}
    assert "Secret" not in repr(info)
    assert (info.codec, info.sample_rate) == ("flac", 16000)


def test_real_recording(jfk_bytes: bytes) -> None:
    info = probe_media(io.BytesIO(jfk_bytes))
    assert (info.container, info.codec, info.sample_rate, info.channels) == ("flac", "flac", 44100, 2)
    assert info.duration == pytest.approx(11.0, abs=0.01)
    assert decode_audio(jfk_bytes).shape == (176000,)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyAudioError),
        (b"this is not a recording at all " * 20, AudioError),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), AudioError),
        (b"RIFF\x24\x00\x00\x00WAVE", AudioError),
    ],
)
def test_bad_input_raises_a_clear_error(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        decode_audio(data)
    with pytest.raises(AudioError):
        probe_media(data)


def test_wav_without_samples_is_empty() -> None:
    with pytest.raises(EmptyAudioError):
        decode_audio(wav_bytes(np.zeros(0, dtype=np.float32)))


def test_flac_cut_at_a_frame_boundary_is_truncated() -> None:
    import av

    data = pyav_encode(tone(6.0))
    with av.open(io.BytesIO(data)) as container:
        offsets = [p.pos for p in container.demux(container.streams.audio[0]) if p.pos is not None and p.pos > 0]
    cut = offsets[len(offsets) // 2]
    with pytest.raises(TruncatedAudioError, match="truncated"):
        decode_audio(data[:cut])


def test_truncated_mp3_yields_what_is_there(tmp_path: Path) -> None:
    """MP3's declared duration may be a bitrate estimate, so it is not trusted to call a file truncated."""
    encoded = encode(tmp_path, wav_bytes(tone(6.0)), ["-c:a", "libmp3lame", "-f", "mp3"], "mp3")
    assert decode_audio(encoded[: len(encoded) // 2]).size / 16000 == pytest.approx(3.0, abs=0.2)


def test_truncated_wav_yields_what_is_there() -> None:
    """FFmpeg derives a WAV's duration from the bytes present, so a cut WAV cannot be told apart."""
    data = wav_bytes(tone(3.0))
    assert decode_audio(data[: len(data) // 3]).size == pytest.approx(16000, abs=32)


def test_truncated_flac_is_refused(jfk_bytes: bytes) -> None:
    with pytest.raises(AudioError):
        decode_audio(jfk_bytes[: len(jfk_bytes) // 2])


def test_file_without_audio_stream(tmp_path: Path) -> None:
    out = tmp_path / "video.mkv"
    cmd = [need_tool("ffmpeg"), "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc=duration=1:size=64x64",
           "-c:v", "ffv1", str(out)]
    subprocess.run(cmd, check=True)
    with pytest.raises(AudioError, match="no audio stream"):
        decode_audio(out.read_bytes())


def test_as_samples_passes_arrays_through_and_refuses_2d() -> None:
    samples = tone(0.5)
    assert as_samples(samples) is samples
    with pytest.raises(AudioError):
        as_samples(np.zeros((2, 100), dtype=np.float32))
    assert as_samples(wav_bytes(samples)).shape == (8000,)


def test_shared_recording_helper_skips_cleanly() -> None:
    with pytest.raises(pytest.skip.Exception):
        shared_file("audio", "does-not-exist.flac")


@settings(max_examples=40, deadline=None)
@given(data=st.binary(min_size=1, max_size=2000))
def test_garbage_raises_only_audio_errors(data: bytes) -> None:
    try:
        samples = decode_audio(data)
    except AudioError:
        return
    assert samples.dtype == np.float32  # FFmpeg may accept some bytes as raw audio: then it is audio


@settings(max_examples=25, deadline=None)
@given(cut=st.integers(min_value=0, max_value=4000), flip=st.integers(min_value=0, max_value=4000))
def test_damaged_flac_raises_only_audio_errors_or_decodes(cut: int, flip: int) -> None:
    data = bytearray(FLAC_TONE[: max(1, len(FLAC_TONE) - cut)])
    data[flip % len(data)] ^= 0xFF
    try:
        samples = decode_audio(bytes(data))
    except AudioError:
        return
    assert samples.dtype == np.float32
