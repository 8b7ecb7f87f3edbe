"""Low: an interview code that spells a registered name (any inflection, Latin too) is refused at ingest,
import and export, with a message that does not echo the code or the name."""

from __future__ import annotations

from pathlib import Path

import pytest
from gate_helpers import approve_raw, pseudonymised

from intake.errors import CodeNamesEntity
from intake.field.device import field_ingest, init_field
from intake.field.importer import import_packages
from intake.ingest.batch import IngestOptions
from intake.ingest.files import ingest_many
from intake.ingest.recordings import list_recordings
from intake.pseudonymise.codenames import code_names_entity
from intake.pseudonymise.entities import register
from intake.review.release import ExportRequest, export
from intake.review.store import add_entity

PASS = "correct horse battery staple"
PEOPLE = [register("Мария Иванова", "person"), register("Павел Соколов", "person", gender="m"),
          register("Жодино", "prison")]


@pytest.mark.parametrize("code", ["Ivanova-1", "sokolova_2", "IvanovaP1", "SOKOLOV", "ZHODINO-3", "Maria-2",
                                  "xSokolov7", "Иванову-1", "Pavel"])
def test_codes_that_spell_a_name_are_found(code: str) -> None:
    assert code_names_entity(code, PEOPLE)


@pytest.mark.parametrize("code", ["P-017", "INT-03", "A1", "MS-2021-04", "Marina-1", "Ivan-1", "I-17"])
def test_pseudonymous_codes_pass(code: str) -> None:
    assert not code_names_entity(code, PEOPLE)


def test_ingest_refuses_the_code_without_echoing_it(vault_dir, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    media = make_media("wav", seconds=1.0, freq=970)
    assert cli(["--vault", str(vault_dir), "entities", "add", "--kind", "person", "--from-file", "-"],
               input=f"{PASS}\nМария Иванова\n")[0] == 0
    code, out, err = cli(["--vault", str(vault_dir), "ingest", str(media), "--interview", "Ivanova-1"],
                         input=PASS + "\n")
    assert code == 6
    assert "intake: error: an interview or interviewer code contains a registered name\n" in err
    assert "intake: hint: use a pseudonymous code such as P-017" in err
    assert "Ivanova" not in out + err and "Иванова" not in out + err


def test_ingest_refuses_an_interviewer_code_too(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Павел Соколов", "person", [], "m")
    media = make_media("wav", seconds=1.0, freq=975)
    with pytest.raises(CodeNamesEntity):
        ingest_many(vault, [media], IngestOptions(interview="P-001", interviewer="sokolov"))
    assert list_recordings(vault) == []


def test_import_refuses_that_package_only(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Мария Иванова", "person", [], "f")
    field = init_field(tmp_path / "field", vault.header.recipient, vault.header.vault_id.hex())
    bad = field_ingest(field, make_media("m4a", seconds=1.0, freq=980), IngestOptions(interview="Ivanova-1"))
    good = field_ingest(field, make_media("m4a", seconds=1.0, freq=990), IngestOptions(interview="P-002"))
    report = import_packages(vault, [field.outbox / str(bad.recording_id), field.outbox / str(good.recording_id)])
    assert [r.status for r in report.results] == ["failed", "imported"]
    assert report.results[0].message == "an interview or interviewer code contains a registered name"
    assert [r.interview_id for r in list_recordings(vault)] == ["P-002"]


def test_export_refuses_a_code_registered_later(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tid = pseudonymised(vault, make_media, ["Передачу собрали быстро."], 995, code="Sokolov-1")
    approve_raw(vault, tid)
    add_entity(vault, "Павел Соколов", "person", [], "m")
    with pytest.raises(CodeNamesEntity) as info:
        export(vault, ExportRequest(to=tmp_path / "out", all_approved=True))
    assert info.value.message == (f"transcript {tid}: its interview code contains a registered name; "
                                  "nothing was exported")
    assert "Sokolov" not in info.value.message + str(info.value.hint) and not (tmp_path / "out").exists()
