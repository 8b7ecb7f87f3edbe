"""The timestamped transcript as .txt and .docx: layout, encoding, line endings, neutral metadata."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import docx
import pytest
from export_helpers import CREATED, build

from intake.errors import UsageError
from intake.export import ExportSegment, ExportTranscript

EXPECTED_P017 = [
    "S1:",
    "[00:00:01] Добры дзень, як справы?",
    "",
    "S2:",
    "[00:00:05] Нармальна, дзякуй.",
    "[00:00:09] Брат атрымаў перадачу.",
    "",
    "S1:",
    "[01:02:05] Канец запісу.",
]


def test_txt_layout_speaker_lines_and_timestamps(bundle: dict[str, bytes]) -> None:
    text = bundle["txt/P-017.txt"].decode("utf-8-sig")
    assert text.split("\r\n") == [*EXPECTED_P017, ""]


def test_txt_without_speakers_is_one_timestamped_line_per_segment(bundle: dict[str, bytes]) -> None:
    text = bundle["txt/P-002.txt"].decode("utf-8-sig")
    assert text == "[00:00:00] No speakers here.\r\n[00:00:02] Second line.\r\n"


def test_txt_is_utf8_with_bom_and_only_crlf_line_endings(bundle: dict[str, bytes]) -> None:
    for name in ("txt/P-017.txt", "txt/P-002.txt"):
        data = bundle[name]
        assert data.startswith(b"\xef\xbb\xbf")
        data.decode("utf-8")
        assert data.count(b"\n") == data.count(b"\r\n") > 0
        assert data.count(b"\r") == data.count(b"\r\n")


def test_control_characters_and_embedded_newlines_cannot_break_lines() -> None:
    nasty = ExportTranscript(
        code="P-100",
        language="ru",
        segments=[ExportSegment(0, 1, "a\rb\u2028c\x0bd\x00e\ufffef\x85g\ud800h", "S1")],
    )
    files = build(transcripts=[nasty], formats={"txt", "docx"})
    assert files["txt/P-100.txt"].decode("utf-8-sig") == "S1:\r\n[00:00:00] a b c def gh\r\n"
    paragraphs = [p.text for p in docx.Document(io.BytesIO(files["docx/P-100.docx"])).paragraphs]
    assert paragraphs == ["Interview P-100", "S1:", "[00:00:00] a b c def gh"]


UNKNOWN_BETWEEN = ExportTranscript(
    code="P-101",
    language="en",
    segments=[
        ExportSegment(0, 1, "one", "S1"),
        ExportSegment(2, 3, "two", None),
        ExportSegment(3, 4, "two more", None),
        ExportSegment(4, 5, "three", "S1"),
    ],
)
UNKNOWN_LINES = [
    "S1:",
    "[00:00:00] one",
    "",
    "Unknown speaker:",
    "[00:00:02] two",
    "[00:00:03] two more",
    "",
    "S1:",
    "[00:00:04] three",
]


def test_a_turn_of_an_unknown_speaker_is_marked_in_txt() -> None:
    """Issue 17, item 1: without the mark, a tool reading 'LABEL:' blocks gives the turn to S1."""
    text = build(transcripts=[UNKNOWN_BETWEEN], formats={"txt"})["txt/P-101.txt"].decode("utf-8-sig")
    assert text.split("\r\n") == [*UNKNOWN_LINES, ""]


def test_a_turn_of_an_unknown_speaker_is_marked_in_docx() -> None:
    files = build(transcripts=[UNKNOWN_BETWEEN], formats={"docx"})
    paragraphs = docx.Document(io.BytesIO(files["docx/P-101.docx"])).paragraphs
    assert [p.text for p in paragraphs][1:] == UNKNOWN_LINES
    marked = [p for p in paragraphs if p.text == "Unknown speaker:"]
    assert marked and all(run.bold for run in marked[0].runs)


def test_without_any_speaker_no_unknown_mark_is_written(bundle: dict[str, bytes]) -> None:
    assert b"Unknown speaker" not in bundle["txt/P-002.txt"]
    assert b"Unknown speaker" not in bundle["README.txt"]


@pytest.mark.parametrize("label", ["Unknown speaker", "unknown SPEAKER"])
def test_a_speaker_label_cannot_pretend_to_be_the_unknown_mark(label: str) -> None:
    tr = ExportTranscript(code="P-103", language="en", segments=[ExportSegment(0, 1, "x", label)])
    with pytest.raises(UsageError, match="speaker label"):
        build(transcripts=[tr])


def test_docx_holds_a_title_then_the_same_lines_with_bold_speakers(bundle: dict[str, bytes]) -> None:
    document = docx.Document(io.BytesIO(bundle["docx/P-017.docx"]))
    assert [p.text for p in document.paragraphs] == ["Interview P-017", *EXPECTED_P017]
    assert document.paragraphs[0].style.name == "Title"
    speakers = [p for p in document.paragraphs if p.text.endswith(":")]
    assert speakers and all(run.bold for p in speakers for run in p.runs)


def test_docx_core_properties_are_neutral_and_fixed(bundle: dict[str, bytes]) -> None:
    props = docx.Document(io.BytesIO(bundle["docx/P-017.docx"])).core_properties
    assert props.author == "Intake"
    assert props.last_modified_by == "Intake"
    assert props.title == "P-017"
    assert props.comments == ""
    assert props.keywords == ""
    assert props.category == ""
    assert props.language == "be"
    assert props.revision == 1
    assert props.created == CREATED.replace(hour=0, minute=0)  # the export date, no time of day
    assert props.modified == props.created
    assert props.last_printed is None


def test_docx_package_mentions_no_python_docx_defaults_or_user(bundle: dict[str, bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(bundle["docx/P-017.docx"])) as package:
        core = package.read("docProps/core.xml").decode()
        app = package.read("docProps/app.xml").decode()
        names = package.namelist()
        infos = package.infolist()
    assert "python-docx" not in core
    assert "<Application>Intake</Application>" in app
    assert "Microsoft" not in app and "<Company></Company>" in app
    assert "2013" not in core
    assert names[0] == "[Content_Types].xml"
    assert names[1:] == sorted(names[1:])
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {info.external_attr >> 16 for info in infos} == {0o100644}


def test_docx_dates_follow_the_created_argument() -> None:
    later = datetime(2027, 1, 2, 3, 4, 5, tzinfo=UTC)
    props = docx.Document(io.BytesIO(build(created=later, formats={"docx"})["docx/P-017.docx"])).core_properties
    assert props.created == props.modified == later.replace(hour=0, minute=0, second=0)  # the date, no time


@pytest.mark.parametrize(
    "segment",
    [
        ExportSegment(-1, 2, "negative"),
        ExportSegment(3, 2, "end before start"),
        ExportSegment(float("nan"), 2, "nan"),
        ExportSegment(0, float("inf"), "inf"),
        ExportSegment(0, 1, "bad speaker", "S1: Ivan"),
        ExportSegment(0, 1, "bad speaker", "S1\nIvan"),
        ExportSegment(0, 1, "bad speaker", "x" * 33),
        ExportSegment(0, 1, "bad speaker", ""),
    ],
)
def test_invalid_segments_are_refused(segment: ExportSegment) -> None:
    tr = ExportTranscript(code="P-102", language="en", segments=[segment])
    with pytest.raises(UsageError) as info:
        build(transcripts=[tr])
    assert "Ivan" not in info.value.message
