"""The REFI-QDA project: ZIP layout, schema validity (xmlschema and xmllint), code-point positions,
cases and variables, speaker codings, deterministic GUIDs (public for codes, keyed by the vault for interviews)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
import xmlschema
from export_helpers import build, make_transcripts, project_xsd, shared_file, xmllint_validate
from lxml import etree

from intake.errors import InputError
from intake.export import ExportSegment, ExportTranscript

NS = {"q": "urn:QDA-XML:project:1.0"}
GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
P017_SOURCE = [
    "S1:",
    "[00:00:01] Добры дзень, як справы?",
    "",
    "S2:",
    "[00:00:05] Нармальна, дзякуй.",
    "[00:00:09] Брат атрымаў перадачу.",
    "",
    "S1:",
    "[01:02:05] Канец запісу.",
    "",
]


def _open(bundle: dict[str, bytes]) -> tuple[zipfile.ZipFile, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(bundle["refi-qda/interviews.qdpx"]))
    return archive, archive.read("project.qde")


def _source_texts(archive: zipfile.ZipFile, root: etree._Element) -> dict[str, str]:
    texts = {}
    for source in root.iterfind(".//q:TextSource", NS):
        path = source.get("plainTextPath")
        assert path.startswith("internal://")
        texts[source.get("name")] = archive.read("sources/" + path.removeprefix("internal://")).decode("utf-8")
    return texts


def test_qdpx_layout(bundle: dict[str, bytes]) -> None:
    archive, _ = _open(bundle)
    names = archive.namelist()
    assert names[0] == "project.qde"
    assert len(names) == 3
    assert all(re.fullmatch(r"sources/" + GUID.pattern + r"\.txt", n) for n in names[1:])
    assert archive.testzip() is None


def test_project_is_valid_for_xmlschema(bundle: dict[str, bytes]) -> None:
    _, qde = _open(bundle)
    xmlschema.XMLSchema(str(project_xsd())).validate(qde.decode("utf-8"))


def test_project_is_valid_for_xmllint(bundle: dict[str, bytes], tmp_path: Path) -> None:
    _, qde = _open(bundle)
    xmllint_validate(qde, project_xsd(), tmp_path)


def test_the_schema_accepts_the_atlas_sample_and_rejects_a_broken_project(bundle: dict[str, bytes]) -> None:
    """Guards the validation itself: a known-good project passes, a damaged one of ours fails."""
    schema = xmlschema.XMLSchema(str(project_xsd()))
    sample = zipfile.ZipFile(shared_file("refi-qda", "sample-atlas-project.qdpx")).read("project.qde")
    schema.validate(sample.decode("utf-8"))
    _, qde = _open(bundle)
    broken = qde.replace(b'typeOfVariable="Text"', b'typeOfVariable="Words"', 1)
    assert broken != qde
    assert not schema.is_valid(broken.decode("utf-8"))


def test_sources_have_the_txt_layout_with_lf_only_and_no_bom(bundle: dict[str, bytes]) -> None:
    archive, qde = _open(bundle)
    texts = _source_texts(archive, etree.fromstring(qde))
    assert texts["P-017"].split("\n") == P017_SOURCE
    assert texts["P-002"] == "[00:00:00] No speakers here.\n[00:00:02] Second line.\n"
    assert not any(t.startswith("\ufeff") or "\r" in t for t in texts.values())


def test_selection_positions_are_code_points_over_cyrillic_text(bundle: dict[str, bytes]) -> None:
    archive, qde = _open(bundle)
    root = etree.fromstring(qde)
    text = _source_texts(archive, root)["P-017"]
    source = root.find(".//q:TextSource[@name='P-017']", NS)
    selections = source.iterfind("q:PlainTextSelection", NS)
    spans = [(int(s.get("startPosition")), int(s.get("endPosition"))) for s in selections]
    turns = [text[a:b] for a, b in spans]
    assert turns == [
        "S1:\n[00:00:01] Добры дзень, як справы?",
        "S2:\n[00:00:05] Нармальна, дзякуй.\n[00:00:09] Брат атрымаў перадачу.",
        "S1:\n[01:02:05] Канец запісу.",
    ]
    # The same offsets in UTF-8 bytes would be far larger: positions are not byte offsets.
    assert spans[1][0] == len("S1:\n[00:00:01] Добры дзень, як справы?\n\n") == 40


def test_offsets_index_the_source_file_exactly_as_a_tool_reads_it(bundle: dict[str, bytes]) -> None:
    """Issue 17, item 7: the positions select the same text whether a tool counts a line break as one code
    point or normalises CRLF to one: the source has no CR at all, and each selection is one speaker turn of
    the .txt, byte for byte (the .txt's CRLF read as LF)."""
    archive, qde = _open(bundle)
    root = etree.fromstring(qde)
    raw = archive.read("sources/" + root.find(".//q:TextSource[@name='P-017']", NS).get("guid") + ".txt")
    assert b"\r" not in raw
    text = raw.decode("utf-8")
    txt_turns = bundle["txt/P-017.txt"].decode("utf-8-sig").replace("\r\n", "\n").strip("\n").split("\n\n")
    selections = root.find(".//q:TextSource[@name='P-017']", NS).iterfind("q:PlainTextSelection", NS)
    coded = [text[int(s.get("startPosition")) : int(s.get("endPosition"))] for s in selections]
    assert coded == txt_turns
    assert text.splitlines() == text.replace("\r\n", "\n").splitlines()  # one way to split lines


def test_speaker_turns_are_coded_with_speaker_codes(bundle: dict[str, bytes]) -> None:
    _, qde = _open(bundle)
    root = etree.fromstring(qde)
    speakers = root.find(".//q:CodeBook/q:Codes/q:Code[@name='Speakers']", NS)
    assert speakers.get("isCodable") == "false"
    by_guid = {c.get("guid"): c.get("name") for c in speakers.iterfind("q:Code", NS)}
    assert sorted(by_guid.values()) == ["S1", "S2"]
    coded = [by_guid[ref.get("targetGUID")] for ref in root.iterfind(".//q:PlainTextSelection/q:Coding/q:CodeRef", NS)]
    assert coded == ["S1", "S2", "S1"]


def test_interviews_are_cases_with_pseudonymous_variables(bundle: dict[str, bytes]) -> None:
    _, qde = _open(bundle)
    root = etree.fromstring(qde)
    variables = {v.get("guid"): v.get("name") for v in root.iterfind(".//q:Variables/q:Variable", NS)}
    assert sorted(variables.values()) == ["language", "participant_code", "role", "year"]
    sources = {s.get("guid"): s.get("name") for s in root.iterfind(".//q:TextSource", NS)}
    cases = {}
    for case in root.iterfind(".//q:Cases/q:Case", NS):
        values = {
            variables[v.find("q:VariableRef", NS).get("targetGUID")]: v.find("q:TextValue", NS).text
            for v in case.iterfind("q:VariableValue", NS)
        }
        refs = [sources[r.get("targetGUID")] for r in case.iterfind("q:SourceRef", NS)]
        cases[case.get("name")] = (values, refs)
    assert cases == {
        "P-002": ({"language": "en", "role": "activist"}, ["P-002"]),
        "P-017": ({"language": "be", "participant_code": "R-04", "role": "relative", "year": "2021"}, ["P-017"]),
    }


def test_project_metadata_is_neutral(bundle: dict[str, bytes]) -> None:
    _, qde = _open(bundle)
    root = etree.fromstring(qde)
    assert [u.get("name") for u in root.iterfind(".//q:User", NS)] == ["Intake export"]
    assert root.get("origin") == "Intake 0.1.0"
    assert root.get("creationDateTime") == root.get("modifiedDateTime") == "2026-03-01T00:00:00Z"
    assert root.get("basePath") is None


def test_guids_are_deterministic_and_unique(bundle: dict[str, bytes]) -> None:
    _, qde = _open(bundle)
    _, again = _open(build())
    assert qde == again
    guids = [e.get("guid") for e in etree.fromstring(qde).iter() if e.get("guid")]
    assert guids and all(GUID.fullmatch(g) for g in guids)
    assert len(guids) == len(set(guids))


def test_guid_of_an_interview_does_not_depend_on_the_other_interviews(bundle: dict[str, bytes]) -> None:
    _, qde = _open(bundle)
    _, alone = _open(build(transcripts=make_transcripts()[:1]))
    first = etree.fromstring(qde).find(".//q:TextSource[@name='P-017']", NS).get("guid")
    second = etree.fromstring(alone).find(".//q:TextSource[@name='P-017']", NS).get("guid")
    assert first == second


@pytest.mark.parametrize("codebook", [None, "dolowitz-marsh"])
def test_project_without_speakers_or_codebook_is_still_valid(codebook: str | None, tmp_path: Path) -> None:
    plain = ExportTranscript(code="P-003", language="ru", segments=[ExportSegment(0, 1, "Тэкст без спікераў.")])
    files = build(transcripts=[plain], codebook=codebook, formats={"qdpx"})
    qde = zipfile.ZipFile(io.BytesIO(files["refi-qda/interviews.qdpx"])).read("project.qde")
    xmlschema.XMLSchema(str(project_xsd())).validate(qde.decode("utf-8"))
    xmllint_validate(qde, project_xsd(), tmp_path)
    has_codebook = etree.fromstring(qde).find("q:CodeBook", NS) is not None
    assert has_codebook == (codebook is not None)


def test_a_codebook_that_reuses_an_export_guid_is_refused(tmp_path: Path) -> None:
    from intake.export.codebook import stable_guid

    taken = stable_guid("speaker", "S1")
    path = tmp_path / "clash.qdc"
    path.write_text(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        f'<Code guid="{taken}" name="Mine" isCodable="true"/></Codes></CodeBook>',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="reuses a GUID"):
        build(codebook=path)


def test_an_interview_without_segments_is_an_empty_but_valid_source(tmp_path: Path) -> None:
    empty = ExportTranscript(code="P-004", language="ru", segments=[ExportSegment(0, 1, "  \n ")])
    files = build(transcripts=[empty])
    assert files["txt/P-004.txt"] == b"\xef\xbb\xbf"
    archive = zipfile.ZipFile(io.BytesIO(files["refi-qda/interviews.qdpx"]))
    assert archive.read(archive.namelist()[1]) == b""
    xmllint_validate(archive.read("project.qde"), project_xsd(), tmp_path)


@pytest.mark.parametrize("names", [("source", "P-017"), ("code", "Demand", "Legal aid"), ("speaker", "Інтэрв'юер")])
def test_stable_guid_is_exactly_uuid5(names: tuple[str, ...]) -> None:
    import uuid

    from intake.export.codebook import EXPORT_NAMESPACE, stable_guid

    assert stable_guid(*names) == str(uuid.uuid5(EXPORT_NAMESPACE, "\x1f".join(names)))


def test_speaker_labels_with_xml_characters_are_escaped(tmp_path: Path) -> None:
    label = 'A&B "x" <y>'
    tr = ExportTranscript(code="P-007", language="en", segments=[ExportSegment(0, 1, "a < b & c", label)])
    files = build(transcripts=[tr], formats={"qdpx"}, codebook=None)
    qde = zipfile.ZipFile(io.BytesIO(files["refi-qda/interviews.qdpx"])).read("project.qde")
    xmllint_validate(qde, project_xsd(), tmp_path)
    root = etree.fromstring(qde)
    assert root.find(".//q:PlainTextSelection", NS).get("name") == f"{label} [00:00:00]"
    assert [c.get("name") for c in root.iterfind(".//q:Code[@name='Speakers']/q:Code", NS)] == [label]
