"""Decoding recordings in memory with PyAV (FFmpeg): never through a temporary file.

The caller decrypts a recording into memory and hands over bytes or a binary file object; nothing here
touches the disk. Metadata tags (title, GPS position, device names) are never read out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from transcribe.errors import AudioError, EmptyAudioError, TruncatedAudioError

if TYPE_CHECKING:
    import numpy as np

    from transcribe.core import AudioInput

#: Containers whose declared duration is exact (written by the muxer, not estimated from the bitrate or the
#: file size): only for these does a short stream count as truncated. MP3's may be a bitrate estimate, and
#: WAV's and Ogg's are derived from the bytes present.
EXACT_DURATION_CONTAINERS = frozenset({"flac", "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"})
#: A decoded stream may fall short of its declared duration by this much before it counts as truncated.
TRUNCATION_TOLERANCE_S = 1.0
TRUNCATION_TOLERANCE_RATIO = 0.05
WHISPER_SAMPLE_RATE = 16000
#: ``probe_file`` decodes this much at the end of a recording to catch truncation.
TAIL_CHECK_SECONDS = 1.0


@dataclass(frozen=True)
class MediaInfo:
    """Technical facts about a recording (no metadata tags)."""

    container: str
    codec: str
    duration: float | None  # seconds, None when the container does not say
    sample_rate: int
    channels: int


def _as_file(src: IO[bytes] | bytes | bytearray | memoryview) -> IO[bytes]:
    if isinstance(src, bytes | bytearray | memoryview):
        if len(src) == 0:
            raise EmptyAudioError("the recording is empty (0 bytes)")
        return io.BytesIO(bytes(src))
    if not hasattr(src, "read"):
        raise TypeError("src must be bytes or a binary file object")
    return src


def _open(src: IO[bytes] | bytes | bytearray | memoryview) -> Any:
    import av

    fileobj = _as_file(src)
    try:
        container = av.open(fileobj, mode="r")
    except (av.FFmpegError, EOFError, ValueError) as exc:
        raise AudioError(f"not a readable audio file ({type(exc).__name__})") from None
    if not container.streams.audio:
        container.close()
        raise AudioError("the file has no audio stream")
    return container


def _declared_duration(container: Any, stream: Any) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return float(container.duration) / 1_000_000  # av.time_base
    return None


def probe_media(src: IO[bytes] | bytes) -> MediaInfo:
    """Container, codec, duration, sample rate and channel count of the first audio stream.

    Raises :class:`AudioError` when the input is not media with an audio stream.
    """
    container = _open(src)
    try:
        stream = container.streams.audio[0]
        codec = stream.codec_context
        return MediaInfo(
            container=str(container.format.name),
            codec=str(codec.name),
            duration=_declared_duration(container, stream),
            sample_rate=int(codec.sample_rate or 0),
            channels=int(codec.channels or 0),
        )
    finally:
        container.close()


def probe_file(path: Path) -> MediaInfo:
    """Probe a recording on disk before it is ingested: the facts of :func:`probe_media`, plus a check
    that its first and last second decode, so that a truncated copy is refused before it is stored.

    Truncation is detected where the format states its length (WAV, FLAC, M4A/MP4/MOV); a cut MP3 or
    OGG file without such a header is indistinguishable from a shorter recording. Raises
    :class:`AudioError` (or :class:`TruncatedAudioError`) naming the file, never its content.
    """
    import av

    _check_riff_length(path)
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            return _probe_container(container, path.name)
    except AudioError:
        raise
    except (av.FFmpegError, ValueError, OSError, EOFError) as exc:
        raise AudioError(f"{path.name}: not a readable audio or video file",
                         hint="supported: WAV, MP3, M4A/AAC, OGG/Opus, FLAC, MP4/MOV") from exc


def _truncated(name: str) -> TruncatedAudioError:
    return TruncatedAudioError(f"{name}: the file looks truncated (it ends before its stated length)",
                               hint="copy the recording again from the device; the original was not changed")


def _check_riff_length(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(12)
        size = fh.seek(0, 2)
    if len(head) == 12 and head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        stated = int.from_bytes(head[4:8], "little") + 8
        if stated > size and stated != 0xFFFFFFFF + 8:
            raise _truncated(path.name)


def _probe_container(container: Any, name: str) -> MediaInfo:
    streams = [s for s in container.streams if s.type == "audio"]
    if not streams:
        raise AudioError(f"{name}: the file has no audio stream")
    stream = streams[0]
    duration = _declared_duration(container, stream)
    _decode_head(container, stream, name)
    if duration is not None and duration > 2 * TAIL_CHECK_SECONDS:
        _decode_tail(container, stream, duration, name)
    codec = stream.codec_context
    return MediaInfo(container=str(container.format.name), codec=str(codec.name), duration=duration,
                     sample_rate=int(codec.sample_rate or 0), channels=int(codec.channels or 0))


def _decode_head(container: Any, stream: Any, name: str) -> None:
    for _frame in container.decode(stream):
        return
    raise AudioError(f"{name}: the audio stream holds no decodable sound")


def _decode_tail(container: Any, stream: Any, duration: float, name: str) -> None:
    """Seek near the end and decode: a truncated file has no sound where its header says it has."""
    import av

    target = duration - TAIL_CHECK_SECONDS
    try:
        container.seek(int(target * 1_000_000), any_frame=False, backward=True)
        for frame in container.decode(stream):
            if frame.time is None or frame.time >= target - 5 * TAIL_CHECK_SECONDS:
                return
    except (av.FFmpegError, EOFError):
        pass
    raise _truncated(name)


def decode_audio(src: IO[bytes] | bytes, *, sample_rate: int = 16000, mono: bool = True) -> np.ndarray:
    """Decodes the first audio stream to float32 samples (nominally in [-1, 1]), resampled to ``sample_rate``.

    Returns shape ``(n,)`` when ``mono`` (channels are averaged by FFmpeg's downmix), else
    ``(channels, n)``. Raises :class:`EmptyAudioError` for empty input or a stream without samples,
    :class:`TruncatedAudioError` when the stream stops well before the exact duration its container
    declares (FLAC, MP4/M4A, Matroska/WebM), and
    :class:`AudioError` for anything that is not decodable media.
    """
    import av
    import numpy as np

    container = _open(src)
    try:
        stream = container.streams.audio[0]
        exact = container.format.name in EXACT_DURATION_CONTAINERS
        declared = _declared_duration(container, stream) if exact else None
        layout = "mono" if mono else None
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=sample_rate)
        parts: list[np.ndarray] = []
        try:
            for frame in container.decode(stream):
                parts.extend(f.to_ndarray() for f in resampler.resample(frame))
            parts.extend(f.to_ndarray() for f in resampler.resample(None))
        except (av.FFmpegError, EOFError, ValueError) as exc:
            reason = type(exc).__name__
            raise AudioError(f"the recording could not be decoded: damaged or truncated ({reason})") from None
    finally:
        container.close()
    if not parts:
        raise EmptyAudioError("the recording contains no audio samples")
    samples = np.concatenate(parts, axis=1).astype(np.float32, copy=False)
    _check_complete(samples.shape[1] / sample_rate, declared)
    return samples[0] if mono else samples


def _check_complete(decoded: float, declared: float | None) -> None:
    if declared is None or declared <= 0:
        return
    missing = declared - decoded
    if missing > max(TRUNCATION_TOLERANCE_S, TRUNCATION_TOLERANCE_RATIO * declared):
        raise TruncatedAudioError(
            f"the recording stops after {decoded:.1f} s of a declared {declared:.1f} s: it looks truncated"
        )


def as_samples(audio: AudioInput) -> np.ndarray:
    """16 kHz mono float32 samples from samples (passed through) or an encoded recording."""
    import numpy as np

    if isinstance(audio, np.ndarray):
        if audio.ndim != 1:
            raise AudioError("sample arrays must be 1-D (16 kHz mono)")
        return audio.astype(np.float32, copy=False)
    return decode_audio(audio, sample_rate=WHISPER_SAMPLE_RATE, mono=True)
