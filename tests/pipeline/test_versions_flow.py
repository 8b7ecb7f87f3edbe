"""Transcript versions that keep decisions (issue 15): each failure seen, as a scripted session.

Seen: ``transcribe --all`` re-transcribed recordings whose last run used other options; review decisions were
not carried to the new version; ``export --all-approved`` left out interviews with exit 0 and no word;
``pseudonymise`` quietly set an approved transcript back to draft; ``approve`` approved an old version.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from intake.errors import RefusedError
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_file
from intake.ingest.recordings import get_recording
from intake.pseudonymise.plan import decide, relabel
from intake.pseudonymise.releases import Release
from intake.review.planning import transcript_planner
from intake.review.release import ExportRequest, export
from intake.review.speakers import set_speaker_names
from intake.review.store import require_plan
from intake.review.versions import carry_report
from intake.review.workflow import approve, mask_texts, pseudonymise, save_reviewed
from intake.transcripts.store import StoredSegment, TranscriptStatus, get_transcript_info, store_version
from intake.vault.open import Vault, unlock
from tests.conftest import PASSPHRASE, cheap_settings
from transcribe import FakeEngine, FakeLine, TranscribeOptions

Line = tuple[float, float, str, str | None]  # start, end, text, speaker

V1: list[Line] = [
    (0.0, 4.0, "Меня зовут Вера, я из Гомеля.", "S1"),
    (4.0, 9.0, "Мой брат Соколов сидел в Жодино, а потом в Новополоцке.", "S2"),
    (9.0, 12.0, "Писать можно на почту modulum.", "S1"),
    (12.0, 15.0, "Следователь Громов кричал.", "S3"),
]
# v2: segment 1 is split in two at other times, segment 3 was heard differently: "Громов" is gone.
V2: list[Line] = [
    (0.0, 4.1, "Меня зовут Вера, я из Гомеля.", "S1"),
    (4.1, 6.5, "Мой брат Соколов сидел в Жодино,", "S2"),
    (6.5, 9.0, "а потом в Новополоцке.", "S2"),
    (9.0, 12.0, "Писать можно на почту modulum.", "S1"),
    (12.0, 15.0, "Следователь громко кричал.", "S1"),
]


@pytest.fixture
def v(vault_dir: Path) -> Iterator[Vault]:
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as vault:
        yield vault


def _version(vault: Vault, rec_id: str, lines: Sequence[Line], language: str = "ru") -> str:
    """Store a transcript version with these segments (speaker turns included), as a re-run would."""
    engine = FakeEngine([FakeLine(a, b, t) for a, b, t, _ in lines], language=language)
    options = TranscribeOptions(language=language)
    result = engine.transcribe(b"", options)
    segments = [StoredSegment(a, b, t, s) for a, b, t, s in lines]
    return store_version(vault, get_recording(vault, rec_id), engine, options, "fp", result, segments).id


def _recording(vault: Vault, make_media, code: str, freq: int) -> str:  # type: ignore[no-untyped-def]
    return ingest_file(vault, make_media("wav", seconds=1.0, freq=freq), IngestOptions(interview=code)).recording_id


def _item(vault: Vault, tid: str, surface: str):  # type: ignore[no-untyped-def]
    return next(i for i in require_plan(vault, tid).items if i.original == surface)


def _reviewed_v1(vault: Vault, rec: str) -> str:
    """v1 with every kind of decision: reject, relabel, accept, added text, a kept occurrence, speaker names."""
    tid = _version(vault, rec, V1)
    pseudonymise(vault, tid)
    plan, planner = require_plan(vault, tid), transcript_planner(vault, tid)
    plan = decide(plan, _item(vault, tid, "Вера").id, "rejected")  # «Вера»: faith, not a name
    plan = relabel(plan, _item(vault, tid, "Новополоцке").id, "DETENTION", planner)
    plan = decide(plan, _item(vault, tid, "Громов").id, "accepted")
    soko = _item(vault, tid, "Соколов")
    keep = Release.keep(tid, soko.segment, soko.start, soko.end, soko.original, "he consented")
    save_reviewed(vault, tid, decide(plan, soko.id, "rejected"), keeps=[keep])
    mask_texts(vault, tid, ["modulum"], "LOCATION")  # text the detector missed
    set_speaker_names(vault, tid, {"S1": "Interviewer", "S2": "Respondent", "S3": "Lawyer"})
    return tid


def test_decisions_are_carried_to_a_new_version_and_the_rest_is_listed(v: Vault, make_media) -> None:  # type: ignore[no-untyped-def]
    rec = _recording(v, make_media, "P-101", 401)
    old = _reviewed_v1(v, rec)
    new = _version(v, rec, V2)
    summary = pseudonymise(v, new)
    by_text = {i.original: i for i in require_plan(v, new).items}
    assert by_text["Вера"].decision == "rejected"
    assert (by_text["Новополоцке"].label, by_text["Новополоцке"].decision) == ("DETENTION", "relabelled")
    assert by_text["Новополоцке"].segment == 2  # moved into the split segment
    assert by_text["modulum"].decision == "added" and by_text["Соколов"].decision == "rejected"
    report = summary.carry
    assert report is not None and report.source_id == old and report.source_version == 1
    lost = {(n.kind, n.label, n.decision) for n in report.not_carried}
    assert lost == {("decision", "PERSON", "accepted"), ("speaker name", "S3", "")}  # «Громов» is gone, S3 too
    assert carry_report(v, new) == report  # stored with the version
    assert all("Громов" not in n.line() for n in report.not_carried)  # no original text in the list
    from intake.review.releases import load_keeps
    from intake.transcripts.store import speaker_names

    assert [(k.segment, k.text) for k in load_keeps(v, new)] == [(1, "Соколов")]  # the kept occurrence moved
    assert speaker_names(v, new) == {"S1": "Interviewer", "S2": "Respondent"}
    assert get_transcript_info(v, new).status is TranscriptStatus.DRAFT
    row = v.conn.execute("SELECT details FROM audit WHERE action='transcript.carry'").fetchone()
    assert '"not_carried":2' in row[0].replace(" ", "") and "Громов" not in row[0]


def test_pseudonymise_refuses_an_approved_transcript_and_approve_takes_only_the_latest(v: Vault, make_media) -> None:  # type: ignore[no-untyped-def]
    rec = _recording(v, make_media, "P-102", 402)
    old = _version(v, rec, V1[:1])
    pseudonymise(v, old)
    approve(v, old, accept_rest=True)
    with pytest.raises(RefusedError, match="is approved") as info:
        pseudonymise(v, old)
    assert "--reopen" in (info.value.hint or "")
    assert get_transcript_info(v, old).status is TranscriptStatus.APPROVED  # not quietly set back to draft
    new = _version(v, rec, V1[:1])
    pseudonymise(v, new)
    with pytest.raises(RefusedError, match=f"version 2 \\({new}, draft\\) is newer"):
        approve(v, old, accept_rest=True)
    assert approve(v, new, accept_rest=True).superseded == (old,)
    assert get_transcript_info(v, old).status is TranscriptStatus.SUPERSEDED
    pseudonymise(v, new, reopen=True)
    assert get_transcript_info(v, new).status is TranscriptStatus.DRAFT


def _approved(vault: Vault, rec: str, lines: Sequence[Line]) -> str:
    tid = _version(vault, rec, lines)
    pseudonymise(vault, tid)
    approve(vault, tid, accept_rest=True)
    return tid


def test_export_names_what_it_skips_and_keeps_the_last_approved_version(v: Vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    one, two = _recording(v, make_media, "P-103", 403), _recording(v, make_media, "P-104", 404)
    first = _approved(v, one, [(0.0, 2.0, "Мы ждали долго.", None)])
    _approved(v, two, [(0.0, 2.0, "Письма приходили редко.", None)])
    draft = _version(v, one, [(0.0, 2.0, "We waited long.", None)], language="en")  # re-run with --language en
    record = export(v, ExportRequest(to=tmp_path / "a", all_approved=True, formats=frozenset({"txt"})))
    assert record.partial and len(record.transcripts) == 1
    (note,) = record.notes
    assert note.interview == "P-103" and draft in note.message and "superseded" in note.message
    record = export(v, ExportRequest(to=tmp_path / "b", all_approved=True, formats=frozenset({"txt"}),
                                     skip_unapproved=True))
    assert not record.partial and first in record.transcripts and len(record.transcripts) == 2
    assert "exported the last approved version v1" in record.notes[0].message
    with pytest.raises(RefusedError, match="P-103"):
        export(v, ExportRequest(to=tmp_path / "c", interviews=("P-103",)))


def test_parts_are_exported_in_recording_order(v: Vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from intake import clock

    recs = []
    for n in range(3):
        with clock.fixed(datetime(2025, 3, 1, 9, 0, n, tzinfo=UTC)):
            recs.append(_recording(v, make_media, "P-105", 410 + n))
    for n in reversed(range(3)):  # transcribed last to first: transcript times and random ids disagree
        with clock.fixed(datetime(2025, 3, 2, 9, 0, 3 - n, tzinfo=UTC)):
            _approved(v, recs[n], [(0.0, 1.0, f"Часть номер {n + 1}.", None)])
    record = export(v, ExportRequest(to=tmp_path / "out", interviews=("P-105",), formats=frozenset({"txt"})))
    for n in range(3):
        text = (Path(record.destination) / "txt" / f"P-105-{n + 1}.txt").read_text(encoding="utf-8-sig")
        assert f"Часть номер {n + 1}." in text


def test_an_age_bundle_unpacks_into_a_folder_named_after_its_export_id(v: Vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import io
    import tarfile

    from crypto import agefile

    _approved(v, _recording(v, make_media, "P-106", 420), [(0.0, 1.0, "Текст.", None)])
    coder = agefile.generate_keypair()
    record = export(v, ExportRequest(to=tmp_path / "x.age", all_approved=True, recipients=(coder.recipient,)))
    plain = agefile.decrypt_bytes((tmp_path / "x.age").read_bytes(), coder.identity)
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        names = tar.getnames()
    assert {n.split("/")[0] for n in names} == {record.id} and f"{record.id}/manifest.json" in names
