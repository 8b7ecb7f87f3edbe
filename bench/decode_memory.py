"""Peak memory of decoding a long recording (issue 13, "duration cap"): a few MB of FLAC silence can hold
hours of audio. Generates N minutes of 16 kHz mono silence as FLAC with ffmpeg (once, cached under
/tmp) and reports the peak RSS of a fresh process that decodes it with :func:`transcribe.decode_audio`.

    python bench/decode_memory.py [MINUTES]      # default 120
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import io, json, resource, sys
from transcribe.audio import decode_audio
data = open(sys.argv[1], "rb").read()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
samples = decode_audio(io.BytesIO(data))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"file_mb": len(data) / 1e6, "seconds": samples.size / 16000, "array_mb": samples.nbytes / 1e6,
                  "rss_before_mb": base / 1024, "peak_rss_mb": peak / 1024}))
"""


def silence(minutes: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"intake-silence-{minutes}min.flac"
    if not path.exists():
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono",
                        "-t", str(minutes * 60), "-c:a", "flac", str(path)], check=True)
    return path


def main() -> None:
    minutes = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    out = subprocess.run([sys.executable, "-c", CHILD, str(silence(minutes))], capture_output=True, text=True,
                         check=True)
    print(json.dumps(json.loads(out.stdout), indent=2))


if __name__ == "__main__":
    main()
