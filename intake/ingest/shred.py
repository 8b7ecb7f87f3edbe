"""The shred of an ingested original that finishes once begun (``intake ingest --shred``, ``field ingest
--shred``).

The overwrite, fsync and unlink of one file run with SIGINT and SIGTERM held back: a Ctrl-C in the middle
never leaves a half-overwritten original (most of it still plaintext) that a second run would ingest again as a
new recording. The held-back Ctrl-C then ends the run as :class:`intake.errors.Interrupted`, saying what was
done. SIGKILL and a power cut cannot be held back (docs/threat-model.md).
"""

from __future__ import annotations

from intake.errors import InputError, Interrupted
from intake.fs import shred_file, signals_held
from intake.ingest.batch import IngestResult


def shred_whole(result: IngestResult, size: int, done: str) -> None:
    """Shred ``result.source`` (``done``: what already happened to it, "ingested" or "packaged"); sets
    ``result.shredded``, or ``result.not_shredded`` to the reason it could not be (a read-only medium)."""
    try:
        with signals_held():  # a held-back SIGINT is raised when it ends, a SIGTERM ends the process there
            try:
                shred_file(result.source, expected_size=size, done=done)
                result.shredded = True
            except InputError as err:
                result.not_shredded = err.message
    except KeyboardInterrupt as exc:
        raise Interrupted(interrupted_after(result, done)) from exc


def interrupted_after(result: IngestResult, done: str) -> str:
    """What an interrupt right after ``result``'s shred leaves behind."""
    shredded = "its original shredded" if result.shredded else "its original NOT shredded (still readable)"
    return (f"interrupted after {result.source} was {done} as {result.recording_id} and {shredded}; what was "
            f"already {done} stays, run the command again for the files not {done} yet")
