"""Codebooks: the built-in Dolowitz-Marsh starter codebook, .qdc output, and untrusted .qdc input."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import pytest
import xmlschema
from export_helpers import DATA, build, xmllint_validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from intake.errors import InputError, IntakeError, NotFoundError
from intake.export import builtin_codebook, load_codebook, parse_qdc
from intake.export.codebook import render_qdc

CODEBOOK_XSD = DATA / "Codebook-1.0.xsd"
NS = {"c": "urn:QDA-XML:codebook:1.0", "q": "urn:QDA-XML:project:1.0"}
SEVEN_OBJECTS = [
    "Policy goals, structure and content",
    "Policy instruments",
    "Administrative techniques",
    "Institutions",
    "Ideology",
    "Attitudes, ideas and concepts",
    "Negative lessons",
]


def _qdc(codes: str, root_attrs: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" {root_attrs}>'
        f"<Codes>{codes}</Codes></CodeBook>"
    ).encode()


GOOD_CODE = '<Code guid="5215cc69-b628-4e02-afb9-9beeaee55808" name="Topics" isCodable="true"/>'


def test_builtin_codebook_has_the_seven_objects_and_demand_supply() -> None:
    book = builtin_codebook("dolowitz-marsh")
    top = {code.name: code for code in book.codes}
    learning = top["Objects of policy learning (Dolowitz & Marsh 1996)"]
    assert [c.name for c in learning.children] == SEVEN_OBJECTS
    assert learning.codable is False
    assert "Legal aid" in [c.name for c in top["Demand"].children]
    supply = [c.name for c in top["Supply"].walk()]
    assert {"Forms of support", "Providers of support", "Financial aid", "Informal networks"} <= set(supply)
    assert all(code.description for code in book.walk())
    assert len({code.guid for code in book.walk()}) == len(list(book.walk()))


def test_qdc_output_is_valid_against_the_codebook_schema(bundle: dict[str, bytes], tmp_path: Path) -> None:
    qdc = bundle["refi-qda/codebook.qdc"]
    xmlschema.XMLSchema(str(CODEBOOK_XSD)).validate(qdc.decode("utf-8"))
    xmllint_validate(qdc, CODEBOOK_XSD, tmp_path)
    names = [c.get("name") for c in etree.fromstring(qdc).iterfind(".//c:Code", NS)]
    assert set(SEVEN_OBJECTS) <= set(names)


def test_transcribed_codebook_schema_accepts_the_spec_example_and_rejects_garbage() -> None:
    schema = xmlschema.XMLSchema(str(CODEBOOK_XSD))
    schema.validate((DATA / "spec-example.qdc").read_text(encoding="utf-8"))
    assert not schema.is_valid(_qdc('<Code guid="not-a-guid" name="x" isCodable="true"/>').decode())


def test_codebook_in_the_project_matches_the_qdc(bundle: dict[str, bytes]) -> None:
    qde = zipfile.ZipFile(io.BytesIO(bundle["refi-qda/interviews.qdpx"])).read("project.qde")
    in_project = [(c.get("guid"), c.get("name")) for c in etree.fromstring(qde).iterfind(".//q:CodeBook//q:Code", NS)]
    in_qdc = [
        (c.get("guid"), c.get("name"))
        for c in etree.fromstring(bundle["refi-qda/codebook.qdc"]).iter("{urn:QDA-XML:codebook:1.0}Code")
    ]
    assert in_project[: len(in_qdc)] == in_qdc  # the project adds the Speakers group after it


def test_qdc_round_trips_through_the_untrusted_parser() -> None:
    book = builtin_codebook("dolowitz-marsh")
    parsed = parse_qdc(render_qdc(book, "Intake 0.1.0"))
    assert parsed.codes == book.codes
    assert parsed.origin == "custom"


def test_spec_example_parses_with_braced_guids_normalised() -> None:
    book = parse_qdc((DATA / "spec-example.qdc").read_bytes())
    assert [c.name for c in book.codes] == ["Topics", "Economy", "Health care", "Values", "Conservatives", "Liberals"]
    assert book.codes[0].guid == "5215cc69-b628-4e02-afb9-9beeaee55808"
    assert book.codes[1].color == "#FFFF00"
    assert book.codes[0].codable is False


def test_user_codebook_replaces_the_builtin_in_the_export(tmp_path: Path) -> None:
    path = tmp_path / "mine.qdc"
    path.write_bytes((DATA / "spec-example.qdc").read_bytes())
    files = build(codebook=path)
    names = [c.get("name") for c in etree.fromstring(files["refi-qda/codebook.qdc"]).iter("{*}Code")]
    assert names == ["Topics", "Economy", "Health care", "Values", "Conservatives", "Liberals"]
    assert b'"codebook": "custom"' in files["manifest.json"]
    assert str(tmp_path).encode() not in b"".join(files.values())


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="5215cc69-b628-4e02-afb9-9beeaee55808" '
    b'name="&lol2;" isCodable="true"/></Codes></CodeBook>'
)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="5215cc69-b628-4e02-afb9-9beeaee55808" '
    b'name="&xxe;" isCodable="true"/></Codes></CodeBook>'
)


def _deep(levels: int) -> bytes:
    opening = '<Code guid="00000000-0000-4000-8000-{:012d}" name="c{}" isCodable="true">'
    inner = "".join(opening.format(i, i) for i in range(levels))
    return _qdc(inner + "</Code>" * levels)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "well-formed"),
        (b"\xff\xfe<\x00", "UTF-8"),
        (b"<CodeBook", "well-formed"),
        (BILLION_LAUGHS, "DTD"),
        (XXE, "DTD"),
        (b"<Project xmlns='urn:QDA-XML:project:1.0'/>", "root element"),
        (b"<CodeBook><Codes/></CodeBook>", "root element"),
        (_qdc(""), "no codes"),
        (_qdc('<Code name="x" isCodable="true"/>'), "guid"),
        (_qdc(GOOD_CODE + GOOD_CODE), "repeats the guid"),
        (_qdc('<Code guid="5215cc69-b628-4e02-afb9-9beeaee55808" name="" isCodable="true"/>'), "name"),
        (_qdc('<Code guid="5215cc69-b628-4e02-afb9-9beeaee55808" name="x" isCodable="yes"/>'), "isCodable"),
        (_qdc('<Code guid="5215cc69-b628-4e02-afb9-9beeaee55808" name="x" isCodable="1" color="red"/>'), "colour"),
        (_deep(13), "deeper"),
        (b" " * (2 * 1024 * 1024 + 1), "larger"),
    ],
)
def test_bad_qdc_input_gives_a_clean_input_error(data: bytes, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        parse_qdc(data)
    assert fragment in info.value.message
    assert "root:" not in info.value.message  # never echoes file content such as /etc/passwd


def test_deep_but_allowed_nesting_parses() -> None:
    book = parse_qdc(_deep(12))
    assert len(list(book.walk())) == 12


def test_load_codebook_names_and_missing_files(tmp_path: Path) -> None:
    assert load_codebook(None) is None
    assert load_codebook("dolowitz-marsh") == builtin_codebook("dolowitz-marsh")
    with pytest.raises(NotFoundError):
        load_codebook(tmp_path / "absent.qdc")
    with pytest.raises(NotFoundError):
        load_codebook("dolowitz")  # a misspelt built-in name is a missing file, not a crash
    with pytest.raises(InputError):
        load_codebook(tmp_path)  # a folder


_XML_PIECES = st.sampled_from(
    [
        "<",
        ">",
        "/",
        "=",
        '"',
        "'",
        "&",
        ";",
        "&amp;",
        "&lol;",
        "<!DOCTYPE x>",
        "<![CDATA[",
        "]]>",
        "<?xml ?>",
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">',
        "</CodeBook>",
        "<Codes>",
        "</Codes>",
        "<Code ",
        "</Code>",
        "<Description>",
        "</Description>",
        'guid="5215cc69-b628-4e02-afb9-9beeaee55808" ',
        'guid="{d7aa29da-519b-4946-9b90-253b6db8fd0a}" ',
        'name="Ж" ',
        'isCodable="true"',
        'isCodable="0"',
        'color="#ff0000"',
        "/>",
        "\x00",
        "\ud7ff",
        "Привіт",
        "\r\n",
        " ",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_XML_PIECES, max_size=40).map("".join))
def test_fuzzed_qdc_gives_a_codebook_or_a_clean_input_error(text: str) -> None:
    try:
        book = parse_qdc(text.encode("utf-8", "surrogatepass"))
    except InputError as error:
        assert error.message.startswith("the codebook file is not usable")
    else:
        assert book.codes


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_give_a_clean_error(data: bytes) -> None:
    try:
        parse_qdc(data)
    except IntakeError as error:
        assert isinstance(error, InputError)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_mutated_valid_codebook_gives_a_codebook_or_a_clean_error(data: st.DataObject) -> None:
    valid = bytearray((DATA / "spec-example.qdc").read_bytes())
    for _ in range(data.draw(st.integers(1, 5))):
        index = data.draw(st.integers(0, len(valid) - 1))
        valid[index] = data.draw(st.integers(0, 255))
    with contextlib.suppress(InputError):
        parse_qdc(bytes(valid))
