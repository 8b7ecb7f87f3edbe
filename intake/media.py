"""Probe a media file with PyAV: container, codec, duration. Never reads or keeps metadata tags (GPS…)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake.errors import InputError

TAIL_CHECK_SECONDS = 1.0


@dataclass(frozen=True)
class MediaInfo:
    container: str
    codec: str
    duration: float | None
    channels: int
    sample_rate: int


def probe(path: Path) -> MediaInfo:
    """Facts about the first audio stream; :class:`InputError` for non-media, no audio, or truncation.

    Truncation is detected where the format states its length (WAV, FLAC, M4A/MP4/MOV); a cut MP3 or
    OGG file without such a header is indistinguishable from a shorter recording.
    """
    import av

    _check_riff_length(path)
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            return _probe_container(container)
    except InputError:
        raise
    except (av.FFmpegError, ValueError, OSError, EOFError) as exc:
        raise InputError(f"{path.name}: not a readable audio or video file",
                         hint="supported: WAV, MP3, M4A/AAC, OGG/Opus, FLAC, MP4/MOV") from exc


def _check_riff_length(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(12)
        size = fh.seek(0, 2)
    if len(head) == 12 and head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        stated = int.from_bytes(head[4:8], "little") + 8
        if stated > size and stated != 0xFFFFFFFF + 8:
            raise InputError(f"{path.name}: the file looks truncated (it ends before its stated length)",
                             hint="copy the recording again from the device; the original was not changed")


def _probe_container(container: Any) -> MediaInfo:
    streams = [s for s in container.streams if s.type == "audio"]
    if not streams:
        raise InputError(f"{Path(container.name).name}: the file has no audio stream")
    stream = streams[0]
    duration = _duration(container, stream)
    _decode_head(container, stream)
    if duration is not None and duration > 2 * TAIL_CHECK_SECONDS:
        _decode_tail(container, stream, duration)
    codec = stream.codec_context
    return MediaInfo(
        container=str(container.format.name).split(",")[0],
        codec=str(codec.name),
        duration=duration,
        channels=int(codec.channels or 0),
        sample_rate=int(codec.sample_rate or 0),
    )


def _duration(container: Any, stream: Any) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return float(container.duration) / 1_000_000
    return None


def _decode_head(container: Any, stream: Any) -> None:
    for _frame in container.decode(stream):
        return
    raise InputError(f"{Path(container.name).name}: the audio stream holds no decodable sound")


def _decode_tail(container: Any, stream: Any, duration: float) -> None:
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
    raise InputError(f"{Path(container.name).name}: the file looks truncated (it ends before its stated length)",
                     hint="copy the recording again from the device; the original was not changed")
