"""Decoding recordings in memory with PyAV (FFmpeg): never through a temporary file.

The caller decrypts a recording into memory and hands over bytes or a binary file object; nothing here
touches the disk. Metadata tags (title, GPS position, device names) are never read out.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from transcribe.errors import AudioError, AudioTooLongError, EmptyAudioError, TruncatedAudioError

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
#: :func:`iter_audio` yields blocks of about this length (30 s of 16 kHz mono float32: 1.9 MB).
DECODE_BLOCK_SECONDS = 30.0
#: Without a cap, :func:`decode_audio` reserves at most this much up front (untouched pages cost no memory)
#: and grows as needed.
PREALLOCATE_LIMIT_S = 12 * 3600.0


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


def probe_file(path: Path, *, max_seconds: float | None = None) -> MediaInfo:
    """Probe a recording on disk before it is ingested: the facts of :func:`probe_media`, plus a check
    that its first and last second decode, so that a truncated copy is refused before it is stored.

    Truncation is detected where the format states its length (WAV, FLAC, M4A/MP4/MOV); a cut MP3 or
    OGG file without such a header is indistinguishable from a shorter recording. Raises
    :class:`AudioError` (or :class:`TruncatedAudioError`) naming the file, never its content, and
    :class:`AudioTooLongError` when the declared duration exceeds ``max_seconds`` (before decoding anything).
    """
    import av

    _check_riff_length(path)
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            return _probe_container(container, path.name, max_seconds)
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


def _probe_container(container: Any, name: str, max_seconds: float | None) -> MediaInfo:
    streams = [s for s in container.streams if s.type == "audio"]
    if not streams:
        raise AudioError(f"{name}: the file has no audio stream")
    stream = streams[0]
    duration = _declared_duration(container, stream)
    if duration is not None and max_seconds is not None and not duration <= max_seconds:
        raise AudioTooLongError(f"{name}: the recording lasts {duration / 3600:.1f} h, more than the cap of "
                                f"{max_seconds / 3600:g} h")
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


def decode_audio(src: IO[bytes] | bytes, *, sample_rate: int = 16000, mono: bool = True,
                 max_seconds: float | None = None) -> np.ndarray:
    """Decodes the first audio stream to float32 samples (nominally in [-1, 1]), resampled to ``sample_rate``.

    Returns shape ``(n,)`` when ``mono`` (channels are averaged by FFmpeg's downmix), else
    ``(channels, n)``. Raises :class:`EmptyAudioError` for empty input or a stream without samples,
    :class:`TruncatedAudioError` when the stream stops well before the exact duration its container
    declares (FLAC, MP4/M4A, Matroska/WebM), :class:`AudioTooLongError` as soon as more than
    ``max_seconds`` have been decoded, and :class:`AudioError` for anything that is not decodable media.

    Memory: the result plus one block of :func:`iter_audio` (the buffer is sized from the declared duration,
    never beyond ``max_seconds``), not the result twice over.
    """
    blocks = iter_audio(src, sample_rate=sample_rate, mono=mono, max_seconds=max_seconds)
    buffer = _Buffer(sample_rate, blocks.declared, max_seconds)
    for block in blocks:
        buffer.append(block)
    samples = buffer.result()
    return samples[0] if mono else samples


class _Buffer:
    """A float32 (channels, n) array filled in place, grown by half when the declared duration was short."""

    def __init__(self, sample_rate: int, declared: float | None, max_seconds: float | None) -> None:
        seconds = declared if declared is not None and math.isfinite(declared) and declared > 0 else 60.0
        limit = max_seconds if max_seconds is not None else PREALLOCATE_LIMIT_S
        self._initial = int(min(seconds * 1.01 + 1.0, limit + 1.0) * sample_rate)
        self._data: np.ndarray | None = None
        self._used = 0

    def append(self, block: np.ndarray) -> None:
        import numpy as np

        if self._data is None:
            self._data = np.empty((block.shape[0], max(self._initial, block.shape[1])), dtype=np.float32)
        need = self._used + block.shape[1]
        if need > self._data.shape[1]:
            grown = np.empty((self._data.shape[0], max(need, self._data.shape[1] * 3 // 2)), dtype=np.float32)
            grown[:, : self._used] = self._data[:, : self._used]
            self._data = grown
        self._data[:, self._used : need] = block
        self._used = need

    def result(self) -> np.ndarray:
        import numpy as np

        if self._data is None or self._used == 0:
            raise EmptyAudioError("the recording contains no audio samples")
        used = self._data[:, : self._used]  # one channel: a contiguous view, no copy
        return used if used.shape[0] == 1 else np.ascontiguousarray(used)


class AudioBlocks:
    """The iterator :func:`iter_audio` returns: float32 ``(channels, k)`` blocks of about ``block_seconds``.

    ``declared`` is the duration the container states (any container; None when it does not say).
    """

    def __init__(self, container: Any, sample_rate: int, mono: bool, block_seconds: float,
                 max_seconds: float | None) -> None:
        import av

        self._container = container
        self._stream = container.streams.audio[0]
        self.declared = _declared_duration(container, self._stream)
        exact = container.format.name in EXACT_DURATION_CONTAINERS
        self._exact = self.declared if exact else None
        self._resampler = av.AudioResampler(format="fltp", layout="mono" if mono else None, rate=sample_rate)
        self._rate = sample_rate
        self._block = max(1, int(block_seconds * sample_rate))
        self._limit = None if max_seconds is None else int(max_seconds * sample_rate)
        self._gen = self._blocks()

    def __iter__(self) -> AudioBlocks:
        return self

    def __next__(self) -> np.ndarray:
        return next(self._gen)

    def _frames(self) -> Iterator[np.ndarray]:
        import av

        try:
            for frame in self._container.decode(self._stream):
                yield from (f.to_ndarray() for f in self._resampler.resample(frame))
            yield from (f.to_ndarray() for f in self._resampler.resample(None))
        except (av.FFmpegError, EOFError, ValueError) as exc:
            reason = type(exc).__name__
            raise AudioError(f"the recording could not be decoded: damaged or truncated ({reason})") from None

    def _blocks(self) -> Iterator[np.ndarray]:
        import numpy as np

        pending: list[np.ndarray] = []
        held = total = 0
        try:
            for part in self._frames():
                pending.append(part)
                held += part.shape[1]
                total += part.shape[1]
                if self._limit is not None and total > self._limit:
                    raise AudioTooLongError(
                        f"the recording lasts longer than the cap of {self._limit / self._rate:g} s")
                if held >= self._block:
                    yield np.concatenate(pending, axis=1).astype(np.float32, copy=False)
                    pending, held = [], 0
        finally:
            self._container.close()
        if pending:
            yield np.concatenate(pending, axis=1).astype(np.float32, copy=False)
        if total == 0:
            raise EmptyAudioError("the recording contains no audio samples")
        _check_complete(total / self._rate, self._exact)


def iter_audio(src: IO[bytes] | bytes, *, sample_rate: int = 16000, mono: bool = True,
               block_seconds: float = DECODE_BLOCK_SECONDS, max_seconds: float | None = None) -> AudioBlocks:
    """Decode in bounded blocks (about ``block_seconds`` each): memory stays bounded however long the input.

    The same checks as :func:`decode_audio`; truncation is raised after the last block, the cap as soon as
    it is passed.
    """
    return AudioBlocks(_open(src), sample_rate, mono, block_seconds, max_seconds)


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
