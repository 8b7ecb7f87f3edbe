"""Low finding "duration cap": 1.34 MB of FLAC silence decodes to 0.46 GB (120 minutes of samples).

Ingest, field ingest and import refuse a recording whose declared or probed duration exceeds the cap
(12 h unless ``--max-duration HOURS``) before storing or decoding anything; decoding goes in bounded blocks,
and a decode for transcription stops at the cap even when a file declared less than it holds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake.field.device import field_ingest, init_field
from intake.ingest.batch import DEFAULT_MAX_DURATION_S, IngestOptions
from intake.ingest.files import ingest_file
from intake.ingest.recordings import list_recordings
from intake.transcripts.run import decode_limit
from transcribe.audio import decode_audio, iter_audio
from transcribe.errors import AudioTooLongError

ROOT = Path(__file__).resolve().parents[2]
THIRTEEN_HOURS = 13 * 3600


def _declare_samples(flac: Path, total: int) -> Path:
    """Rewrite STREAMINFO's 36-bit total-samples field: the file claims ``total`` samples, holds 2 s."""
    raw = bytearray(flac.read_bytes())
    assert raw[:4] == b"fLaC" and raw[4] & 0x7F == 0  # first metadata block is STREAMINFO
    field = int.from_bytes(raw[18:26], "big")
    field = (field & ~((1 << 36) - 1)) | total
    raw[18:26] = field.to_bytes(8, "big")
    out = flac.with_name("claims-long.flac")
    out.write_bytes(bytes(raw))
    return out


@pytest.fixture
def long_flac(make_media) -> Path:  # type: ignore[no-untyped-def]
    return _declare_samples(make_media("flac", seconds=2.0), THIRTEEN_HOURS * 44100)


def test_ingest_refuses_a_declared_13_hours_before_storing(vault, long_flac: Path) -> None:  # type: ignore[no-untyped-def]
    result = ingest_file(vault, long_flac, IngestOptions(interview="P-1"))
    assert result.status == "failed"
    assert result.message == "claims-long.flac: the recording lasts 13.0 h, more than the cap of 12 h"
    assert list_recordings(vault) == [] and not list(vault.blobs.iterdir()) and not list(vault.tmp.iterdir())


def test_the_cap_is_configurable(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tone = make_media("wav", seconds=2.0)
    assert ingest_file(vault, tone, IngestOptions(interview="P-1", max_duration=1.0)).status == "failed"
    assert ingest_file(vault, tone, IngestOptions(interview="P-1", max_duration=3.0)).status == "ingested"


def test_field_ingest_refuses_before_packaging(tmp_path: Path, vault, long_flac: Path) -> None:  # type: ignore[no-untyped-def]
    field = init_field(tmp_path / "field", vault.header.recipient)
    result = field_ingest(field, long_flac, IngestOptions(interview="P-1"))
    assert result.status == "failed" and "more than the cap of 12 h" in result.message
    assert list(field.outbox.iterdir()) == []


def test_cli_max_duration_option(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tone = make_media("wav", seconds=2.0)
    env = {"INTAKE_PASSPHRASE": "correct horse battery staple"}
    code, out, err = cli(["--vault", str(vault_dir), "ingest", "--interview", "P-1", "--max-duration", "0.0001",
                          str(tone)], env=env)
    assert code == 7 and "more than the cap of 0.0001 h" in out
    code, out, err = cli(["--vault", str(vault_dir), "ingest", "--interview", "P-1", "--max-duration", "49",
                          str(tone)], env=env)
    assert code == 2 and "at most 48 hours" in err


def test_decode_stops_at_the_cap_and_blocks_are_bounded(make_media) -> None:  # type: ignore[no-untyped-def]
    data = make_media("flac", seconds=3.0).read_bytes()
    with pytest.raises(AudioTooLongError):
        decode_audio(data, max_seconds=1.0)
    blocks = list(iter_audio(data, block_seconds=0.5))
    assert len(blocks) >= 5 and max(b.shape[1] for b in blocks) <= 0.5 * 16000 + 4608  # + one resampled frame
    assert sum(b.shape[1] for b in blocks) == decode_audio(data).shape[0]


def test_transcription_decode_limit_follows_the_catalog_duration() -> None:
    class Rec:
        duration: float | None = None

    rec = Rec()
    assert decode_limit(rec) == DEFAULT_MAX_DURATION_S  # type: ignore[arg-type]
    rec.duration = float("inf")
    assert decode_limit(rec) == DEFAULT_MAX_DURATION_S  # type: ignore[arg-type]
    rec.duration = 20 * 3600.0
    assert 20 * 3600 < decode_limit(rec) <= 48 * 3600  # type: ignore[arg-type]


PEAK = """
import io, json, resource, sys
from transcribe.audio import decode_audio, iter_audio
data = open(sys.argv[1], "rb").read()
import av, numpy  # loaded before the baseline
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if sys.argv[2] == "blocks":
    size = sum(b.nbytes for b in iter_audio(io.BytesIO(data)))
else:
    size = decode_audio(io.BytesIO(data)).nbytes
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"grew": (peak - base) * 1024, "size": size}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss is in KiB only on Linux")
@pytest.mark.parametrize(("mode", "bound"), [("blocks", 0.35), ("whole", 1.3)])
def test_peak_memory_of_a_30_minute_decode(tmp_path: Path, mode: str, bound: float) -> None:
    """30 min of 16 kHz mono float32 is 115 MB. Blocks: peak growth under a third of that; the whole
    array: under 1.3 times it (the decoder before this fix held every frame and their concatenation, 2x)."""
    flac = tmp_path / "silence.flac"
    subprocess.run(["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "1800",
                    "-c:a", "flac", str(flac)], check=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", PEAK, str(flac), mode], capture_output=True, text=True, env=env,
                         check=True, timeout=300).stdout
    got = json.loads(out)
    assert got["size"] == 1800 * 16000 * 4
    assert got["grew"] < bound * got["size"], got
