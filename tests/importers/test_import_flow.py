"""Imported transcripts in the vault: the whole path to export, verification, shred, duplicates, withdrawal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import tool_files as tf

from intake.errors import DamagedError, UsageError
from intake.lifecycle import withdraw
from intake.review.release import ExportRequest, export
from intake.review.speakers import speaker_overview
from intake.review.store import add_entity
from intake.review.workflow import approve, pseudonymise, transcript_segments
from intake.transcripts.imports import ImportOptions, import_transcript
from intake.transcripts.store import get_transcript_info, list_transcripts, load_segments

DOCX_TURNS = ["Интервьюер: Расскажите, что случилось после выборов.",
              "Респондент: Мою подругу Марину Ковальчук задержали у дома.",
              "Интервьюер: А потом?",
              "Респондент: Марину отпустили через десять суток."]


def _import(vault, tmp_path: Path, name: str, data: bytes, **kw: object):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    opts = ImportOptions(**{"interview": name.split(".")[0], "language": "ru", **kw})  # type: ignore[arg-type]
    return path, import_transcript(vault, path, opts)


def test_import_pseudonymise_approve_export(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Марина Ковальчук", "person", [], "f")
    _path, result = _import(vault, tmp_path, "P-031.docx", tf.docx_bytes(DOCX_TURNS))
    assert result.status == "imported" and result.version == 1
    info = get_transcript_info(vault, result.transcript_id)
    assert (info.recording_id, info.source, info.interview_id, info.language) == (None, "imported", "P-031", "ru")
    assert [s.speaker for s in load_segments(vault, info.id)] == ["S1", "S2", "S1", "S2"]
    pseudonymise(vault, info.id)
    anonymised, _ = transcript_segments(vault, info.id, raw=False)
    assert [s.speaker for s in anonymised] == ["Интервьюер", "Респондент", "Интервьюер", "Респондент"]
    assert "Марин" not in " ".join(s.text for s in anonymised)
    approve(vault, info.id, accept_rest=True)
    record = export(vault, ExportRequest(to=tmp_path / "out", interviews=("P-031",), formats=frozenset({"txt"})))
    assert record.transcripts == [info.id]
    exported = (tmp_path / "out" / record.id / "txt" / "P-031.txt").read_text(encoding="utf-8")
    assert "Ковальчук" not in exported and "Марин" not in exported and "Респондент" in exported


def test_roles_are_speaker_names_and_speakers_lists_them(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, result = _import(vault, tmp_path, "P-032.txt", tf.LABELLED["en"].encode())
    summary = speaker_overview(vault, result.transcript_id)
    assert [(s.id, s.name, s.segments) for s in summary] == [("S1", "I", 2), ("S2", "R", 2)]
    assert result.speakers == ["S1 = I", "S2 = R"]


def test_the_labels_as_written_stay_in_the_catalog_only(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Марина: Добрый день.\nОлег: Здравствуйте.\nМарина: Начнём?\nОлег: Да.\n"
    _path, result = _import(vault, tmp_path, "P-033.txt", text.encode())
    assert result.speakers == ["S1 = (a label that is not a known role: not shown)",
                               "S2 = (a label that is not a known role: not shown)"]
    row = vault.conn.execute("SELECT options, speaker_names FROM transcripts WHERE id=?",
                             (result.transcript_id,)).fetchone()
    assert json.loads(row[0])["labels"] == {"S1": "Марина", "S2": "Олег"} and json.loads(row[1]) == {}
    audit = " ".join(r[0] for r in vault.conn.execute("SELECT details FROM audit"))
    assert "Марина" not in audit and "Олег" not in audit and '"layout":"labelled"' in audit


def test_shred_after_verified_import_and_no_plaintext_on_disk(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, result = _import(vault, tmp_path, "P-034.txt", tf.noscribe_txt().encode(), shred=True)
    assert result.status == "imported" and result.shredded and not path.exists()
    needle = "Нас задержали в августе".encode()
    for file in vault.path.rglob("*"):
        assert not file.is_file() or needle not in file.read_bytes(), file
    assert [p for p in (vault.path / "tmp").iterdir()] == []


def test_a_version_that_does_not_read_back_is_removed_and_the_file_kept(vault, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import intake.transcripts.imports as imports

    real = imports.load_segments
    monkeypatch.setattr(imports, "load_segments", lambda v, tid: real(v, tid)[1:])
    path = tmp_path / "P-035.txt"
    path.write_text(tf.LABELLED["ru"], encoding="utf-8")
    with pytest.raises(DamagedError, match="did not read back"):
        import_transcript(vault, path, ImportOptions("P-035", "ru", shred=True))
    assert path.exists() and list_transcripts(vault) == []


def test_duplicates_and_new_versions(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, first = _import(vault, tmp_path, "P-036.txt", tf.LABELLED["ru"].encode())
    _p, again = _import(vault, tmp_path, "P-036.txt", tf.LABELLED["ru"].encode())
    assert again.status == "duplicate" and again.transcript_id == first.transcript_id
    _p, second = _import(vault, tmp_path, "P-036.txt", (tf.LABELLED["ru"] + "Интервьюер: Спасибо.\n").encode())
    assert (second.status, second.version) == ("imported", 2)
    assert [t.version for t in list_transcripts(vault)] == [1, 2]


def test_language_is_required_for_a_new_interview_then_inherited(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "P-037.txt"
    path.write_text(tf.LABELLED["be"], encoding="utf-8")
    with pytest.raises(UsageError, match="--language"):
        import_transcript(vault, path, ImportOptions("P-037"))
    assert import_transcript(vault, path, ImportOptions("P-037", "be")).status == "imported"
    path.write_text(tf.LABELLED["be"] + "Рэспандэнт: Дзякуй.\n", encoding="utf-8")
    again = import_transcript(vault, path, ImportOptions("P-037"))
    assert get_transcript_info(vault, again.transcript_id).language == "be"


def test_a_code_that_spells_a_registered_name_is_refused_unechoed(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Мария Иванова", "person", [], "f")
    _p, result = _import(vault, tmp_path, "Ivanova-1.txt", tf.LABELLED["ru"].encode())
    assert result.status == "failed" and "registered name" in result.message and "Ivanova" not in result.message
    assert list_transcripts(vault) == []


def test_withdrawal_deletes_imported_transcripts(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _p, result = _import(vault, tmp_path, "P-038.txt", tf.LABELLED["ru"].encode())
    pseudonymise(vault, result.transcript_id)
    report = withdraw(vault, "P-038")
    assert report.transcripts == 1 and report.recordings == 0 and list_transcripts(vault) == []


def test_migration_9_keeps_transcripts_plans_and_their_cascade() -> None:
    """Schema 8 -> 9 on a catalog with a transcript, a plan, an anonymised version and a release."""
    from intake.vault.catalog import _migrate, schema_version
    from intake.vault.schema import LATEST, MIGRATIONS

    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for sql in MIGRATIONS[:8]:
        conn.executescript(sql)
    conn.executescript("""
        INSERT INTO meta(key, value) VALUES ('schema_version', '8');
        INSERT INTO interviews(id, language, created) VALUES ('P-001', 'ru', 't');
        INSERT INTO recordings(id, interview_id, blob, identity, sha256, size, ingested)
            VALUES ('r1', 'P-001', 'b1', 'k', 's1', 1, 't');
        INSERT INTO transcripts(id, recording_id, version, engine, model_sha256, fingerprint, options, segments,
            created, speaker_names) VALUES ('t1', 'r1', 1, 'e', 'm', 'f', '{}', '{"v": 1, "segments": []}', 't', '{}');
        INSERT INTO plans(transcript_id, doc, updated) VALUES ('t1', '{}', 't');
        INSERT INTO anonymised(id, transcript_id, version, segments, created) VALUES ('a1', 't1', 1, '{}', 't');
        INSERT INTO releases(id, transcript_id, kind, text, reason, created) VALUES ('x1', 't1', 'keep', 'a', 'b', 't');
    """)
    _migrate(conn)
    assert schema_version(conn) == LATEST
    assert conn.execute("SELECT interview_id, recording_id, source, speaker_names FROM transcripts").fetchall() == [
        ("P-001", "r1", "transcribed", "{}")]
    assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("plans", "anonymised", "releases")] == [
        1, 1, 1]
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.execute("DELETE FROM transcripts WHERE id='t1'")  # the cascade still points at the rebuilt table
    assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("plans", "anonymised", "releases")] == [
        0, 0, 0]
    with pytest.raises(sqlite3.IntegrityError):  # an imported row cannot name a recording, nor a transcribed lack one
        conn.execute("INSERT INTO transcripts(id, interview_id, recording_id, source, version, engine, model_sha256,"
                     " fingerprint, options, segments, created) VALUES ('t2', 'P-001', 'r1', 'imported', 1, 'import',"
                     " '', 'f', '{}', '{}', 't')")
