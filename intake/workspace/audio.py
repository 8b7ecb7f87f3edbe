"""Audio for the page: decrypted into memory, answered with HTTP range requests (RFC 9110 §14), never on disk."""

from __future__ import annotations

import re

from starlette.responses import Response

CONTENT_TYPES = {"wav": "audio/wav", "mp3": "audio/mpeg", "ogg": "audio/ogg", "opus": "audio/ogg",
                 "flac": "audio/flac", "m4a": "audio/mp4", "mp4": "audio/mp4", "mov": "audio/mp4",
                 "aac": "audio/aac", "webm": "audio/webm", "matroska,webm": "audio/webm"}
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def content_type(container: str | None, codec: str | None) -> str:
    """The MIME type the browser needs for a stored recording (the container name from ingest's probe)."""
    for name in (container or "").lower().split(","):
        if name in CONTENT_TYPES:
            return CONTENT_TYPES[name]
    if codec and codec.startswith("pcm"):
        return "audio/wav"
    return "application/octet-stream"


def byte_range(header: str | None, size: int) -> tuple[int, int] | str | None:
    """``(first, last)`` (inclusive) for a single-range ``Range`` header, None without one, or
    ``"unsatisfiable"``. Several ranges are answered with the first only (allowed by RFC 9110)."""
    if not header:
        return None
    match = _RANGE.match(header.split(",")[0].strip())
    if match is None or size == 0:
        return "unsatisfiable"
    first, last = match.groups()
    if first == "":
        if last == "" or int(last) == 0:
            return "unsatisfiable"
        return max(0, size - int(last)), size - 1
    start = int(first)
    end = min(size - 1, int(last)) if last else size - 1
    if start >= size or end < start:
        return "unsatisfiable"
    return start, end


def audio_response(data: bytes, media_type: str, range_header: str | None) -> Response:
    """200 with the whole recording, 206 with the range asked for, or 416."""
    size = len(data)
    wanted = byte_range(range_header, size)
    headers = {"accept-ranges": "bytes"}
    if wanted is None:
        return Response(data, media_type=media_type, headers=headers)
    if isinstance(wanted, str):
        return Response(b"", status_code=416, headers={**headers, "content-range": f"bytes */{size}"})
    first, last = wanted
    headers["content-range"] = f"bytes {first}-{last}/{size}"
    return Response(data[first:last + 1], status_code=206, media_type=media_type, headers=headers)
