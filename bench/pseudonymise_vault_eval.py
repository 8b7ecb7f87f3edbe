"""Document-level evaluation through the vault: ingest, transcript, pseudonymise (detect, plan, apply), measure.

Usage: ``python bench/pseudonymise_vault_eval.py [--set dev|dev2|dev3|holdout|all] [--json] [--show-leaks]``

Each transcript of ``tests/data/transcripts/<set>.jsonl`` goes into one throwaway vault (a temporary folder,
the documented test-only cheap KDF ``INTAKE_INSECURE_TEST_KDF=1``) the way a transcription result does:
there is no API that stores a transcript without audio, so a 0.1 s generated silent WAV is ingested
(``ingest_file``) and ``transcribe_recording`` runs the project's scripted ``transcribe.FakeEngine``, whose
script is the transcript's lines (one line = one Whisper segment); it goes through the same guards and
``store_version`` as a real engine. Then ``intake.review.workflow.pseudonymise`` plans and applies, with
the registry shared by all transcripts of the set, as in production.

Protected (column ``surface``): an entity (id within one transcript) is protected when none of its mentions'
surface text survives in the anonymised segment it was in. Survival is counted on whole words,
case-sensitively: a surface leaks when the anonymised segment holds more occurrences of it than the raw
segment holds outside any gold mention (so ``вера`` the common noun beside ``Вера`` the lawyer is not a
leak). Column ``words`` is stricter: the same count for every word (two or more letters or digits) of the
mention, so a half-masked ``Вера [PERSON-3]`` or IBAN also counts as a leak.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import tempfile
import wave
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("INTAKE_INSECURE_TEST_KDF", "1")

from detection_scoring import Row, load_rows, ratio  # noqa: E402

TRANSCRIPTS = ROOT / "tests" / "data" / "transcripts"
PASSPHRASE = "throwaway evaluation vault"


def _count(surface: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)]


def segment_mentions(row: Row) -> list[tuple[int, dict[str, Any]]]:
    """(segment index, mention with offsets relative to its segment); segments are the text's lines."""
    starts, pos = [], 0
    for line in row["text"].split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    out = []
    for m in row["entities"]:
        seg = max(i for i, s in enumerate(starts) if s <= m["start"])
        out.append((seg, {**m, "start": m["start"] - starts[seg], "end": m["end"] - starts[seg]}))
    return out


# A placeholder the plan writes (``[PERSON-81]``, ``[ORG-22]``, ``[лік]``): its number is no surviving surface.
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")


def leaked(surface: str, raw: str, anon: str, gold: list[tuple[int, int]], words: bool = False) -> bool:
    """Whether ``surface`` (or, with ``words``, any of its words) survives beyond its non-gold uses; the text of
    placeholders is not counted (``22`` in ``[ORG-22]`` is no leak of an age ``22``)."""
    anon = _PLACEHOLDER.sub(" ", anon)
    parts = [w for w in re.findall(r"\w+", surface) if len(w) >= 2] if words else [surface]
    for part in parts:
        outside = [p for p in _count(part, raw) if not any(s <= p < e for s, e in gold)]
        if len(_count(part, anon)) > len(outside):
            return True
    return False


def protected_entities(row: Row, raw: list[str], anon: list[str],
                       words: bool = False) -> dict[str, tuple[str, bool, list[str]]]:
    """entity id -> (label, protected, leaked surfaces)."""
    mentions = segment_mentions(row)
    gold: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for seg, m in mentions:
        gold[seg].append((m["start"], m["end"]))
    out: dict[str, tuple[str, bool, list[str]]] = {}
    for seg, m in mentions:
        label, ok, leaks = out.get(m["entity_id"], (m["label"], True, []))
        if leaked(m["surface"], raw[seg], anon[seg], gold[seg], words):
            ok, leaks = False, [*leaks, m["surface"]]
        out[m["entity_id"]] = (label, ok, leaks)
    return out


def silent_wav(seed: int) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(seed.to_bytes(4, "little") + b"\0" * 3196)  # unique bytes: no duplicate refusal
    return buf.getvalue()


def store_transcript(vault: Any, row: Row, index: int, work: Path) -> str:
    from intake.ingest.batch import IngestOptions
    from intake.ingest.files import ingest_file
    from intake.transcripts.run import transcribe_recording
    from transcribe import FakeEngine, FakeLine, TranscribeOptions

    wav = work / f"{row['id']}.wav"
    wav.write_bytes(silent_wav(index))
    rec = ingest_file(vault, wav, IngestOptions(interview=row["id"], language=row["lang"]))
    if rec.recording_id is None:
        raise RuntimeError(f"{row['id']}: ingest {rec.status}: {rec.message}")
    lines = row["text"].split("\n")
    script = [FakeLine(i * 5.0, i * 5.0 + 4.5, text) for i, text in enumerate(lines)]
    engine = FakeEngine(script, language=row["lang"])
    return transcribe_recording(vault, rec.recording_id, engine, TranscribeOptions(language=row["lang"])).id


def run_set(rows: list[Row], show_leaks: bool) -> dict[str, Any]:
    from intake.review.workflow import latest_anonymised_segments
    from intake.transcripts.store import load_segments
    from intake.vault.open import create_vault, unlock

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix="intake-eval-") as tmp:
        work = Path(tmp)
        create_vault(work / "vault", PASSPHRASE).close()
        with unlock(work / "vault", PASSPHRASE) as vault:
            tids = [store_transcript(vault, row, i, work) for i, row in enumerate(rows)]
            failed = {tid: err for tid in tids if (err := _pseudonymise(vault, tid))}
            for row, tid in zip(rows, tids, strict=True):
                raw = [s.text for s in load_segments(vault, tid)]
                if tid in failed:  # the pipeline refused: nothing anonymised, every entity counts as exposed
                    print(f"  ERROR {row['id']}: {failed[tid]}", file=sys.stderr)
                    errors.append(f"{row['id']}: {failed[tid]}")
                anon = raw if tid in failed else [s.text for s in latest_anonymised_segments(vault, tid) or []]
                if raw != row["text"].split("\n") or len(anon) != len(raw):
                    raise RuntimeError(f"{row['id']}: stored segments differ from the script")
                strict = protected_entities(row, raw, anon, words=True)
                for eid, (label, ok, leaks) in protected_entities(row, raw, anon).items():
                    for key in (label, "ALL"):
                        counts[key][0] += ok
                        counts[key][1] += 1
                        counts[key][2] += strict[eid][1]
                    if show_leaks and not strict[eid][1]:
                        leaks = strict[eid][2]
                        print(f"  LEAK {row['id']} {label:<15} {eid}: {leaks}")
    labels = {k: {"entities": v[1], "protected": v[0], "recall": ratio(v), "words_protected": v[2],
                  "words_recall": ratio((v[2], v[1]))}
              for k, v in sorted(counts.items(), key=lambda kv: (kv[0] == "ALL", kv[0]))}
    return {"labels": labels, "errors": errors}


def _pseudonymise(vault: Any, tid: str) -> str | None:
    """Run the pipeline; the error message when it refuses (counted, not fatal to the evaluation)."""
    from intake.errors import InputError
    from intake.review.workflow import pseudonymise

    try:
        pseudonymise(vault, tid)
    except InputError as exc:
        return str(exc)
    return None


SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
        "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25",
        "dev26", "holdout")
# Leaks of a never-tuned set are never printed.
UNTUNED = ("holdout", "dev7", "dev8", "dev10", "dev12", "dev18", "dev19", "dev22", "dev24", "dev25", "dev26")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-leaks", action="store_true")
    args = parser.parse_args()
    names = SETS if args.set == "all" else (args.set,)
    from intake.pseudonymise.vocabularies import vocabulary_status

    report: dict[str, object] = {"vocabularies": vocabulary_status()}  # hunspell-be changes Belarusian results
    if not args.json:
        print("vocabularies: " + ", ".join(f"{k} {'present' if v else 'MISSING'}"
                                           for k, v in vocabulary_status().items()))
    for name in names:
        path = TRANSCRIPTS / f"{name}.jsonl"
        if not path.exists():
            continue
        if not args.json:
            print(f"## vault path, transcripts-{name}")
        result = run_set(load_rows(path), args.show_leaks and name not in UNTUNED)
        report[f"transcripts-{name}"] = result
        if not args.json:
            print(f"{'label':<16}{'entities':>9}{'surface':>9}{'words':>9}")
            for label, r in result["labels"].items():
                print(f"{label:<16}{r['entities']:>9}{r['recall']:>9.3f}{r['words_recall']:>9.3f}")
            print(f"pipeline errors: {len(result['errors'])}")
    if args.json:
        print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
