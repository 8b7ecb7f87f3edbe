"""One layout in every format (issue 17, items 8, 9, 11): txt, docx and the REFI-QDA source show the same rows;
timestamps never have three hour digits; the MAXQDA variant is one timestamped paragraph per segment."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from export_helpers import build
from lxml import etree

from intake.errors import UsageError
from intake.export import ExportSegment, ExportTranscript
from intake.export.model import format_timestamp

NS = {"q": "urn:QDA-XML:project:1.0"}
MIXED = ExportTranscript(
    code="P-300",
    language="ru",
    segments=[
        ExportSegment(0, 1, "Здравствуйте.", "Interviewer"),
        ExportSegment(2, 3, "Добрый день.", "Respondent"),
        ExportSegment(4, 5, "Кто-то кашляет.", None),
        ExportSegment(6, 7, "Продолжим.", "Interviewer"),
        ExportSegment(8, 9, "Да.", "Interviewer"),
    ],
)


def _three_layouts(files: dict[str, bytes], code: str) -> tuple[list[str], list[str], list[str]]:
    txt = files[f"txt/{code}.txt"].decode("utf-8-sig").split("\r\n")[:-1]
    paragraphs = [p.text for p in docx.Document(io.BytesIO(files[f"docx/{code}.docx"])).paragraphs][1:]
    archive = zipfile.ZipFile(io.BytesIO(files["refi-qda/interviews.qdpx"]))
    root = etree.fromstring(archive.read("project.qde"))
    guid = root.find(f".//q:TextSource[@name='{code}']", NS).get("guid")
    source = archive.read(f"sources/{guid}.txt").decode("utf-8").split("\n")[:-1]
    return txt, paragraphs, source


@pytest.mark.parametrize("code", ["P-017", "P-002"])
def test_txt_docx_and_qdpx_source_have_the_same_rows(bundle: dict[str, bytes], code: str) -> None:
    txt, paragraphs, source = _three_layouts(bundle, code)
    assert txt and txt == paragraphs == source


def test_the_same_rows_with_unknown_speakers() -> None:
    txt, paragraphs, source = _three_layouts(build(transcripts=[MIXED]), "P-300")
    assert (
        txt
        == paragraphs
        == source
        == [
            "Interviewer:",
            "[00:00:00] Здравствуйте.",
            "",
            "Respondent:",
            "[00:00:02] Добрый день.",
            "",
            "Unknown speaker:",
            "[00:00:04] Кто-то кашляет.",
            "",
            "Interviewer:",
            "[00:00:06] Продолжим.",
            "[00:00:08] Да.",
        ]
    )


@pytest.mark.parametrize(("seconds", "text"), [(0, "[00:00:00]"), (3725, "[01:02:05]"), (359999, "[99:59:59]")])
def test_timestamps_have_two_hour_digits(seconds: int, text: str) -> None:
    assert format_timestamp(seconds) == text


def test_a_timestamp_of_100_hours_is_never_written() -> None:
    with pytest.raises(ValueError, match="99:59:59"):
        format_timestamp(360000)


def test_the_last_second_below_100_hours_is_exported() -> None:
    tr = ExportTranscript(code="P-301", language="en", segments=[ExportSegment(359999.9, 359999.9, "late")])
    assert build(transcripts=[tr], formats={"txt"})["txt/P-301.txt"].decode("utf-8-sig") == "[99:59:59] late\r\n"


@pytest.mark.parametrize("start", [360000.0, 363600.0, 1e9])
def test_a_segment_at_100_hours_or_later_is_refused_with_a_clear_error(start: float) -> None:
    tr = ExportTranscript(code="P-302", language="en", segments=[ExportSegment(start, start + 1, "x")])
    with pytest.raises(UsageError, match="segment 0 starts at 100 hours or later") as info:
        build(transcripts=[tr])
    assert "99:59:59" in (info.value.hint or "")


def test_maxqda_txt_is_one_timestamped_paragraph_per_segment() -> None:
    files = build(transcripts=[MIXED], formats={"maxqda-txt"})
    data = files["maxqda/P-300.txt"]
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\n") == data.count(b"\r\n")
    assert data.decode("utf-8-sig").split("\r\n") == [
        "[00:00:00] Interviewer: Здравствуйте.",
        "",
        "[00:00:02] Respondent: Добрый день.",
        "",
        "[00:00:04] Unknown speaker: Кто-то кашляет.",
        "",
        "[00:00:06] Interviewer: Продолжим.",
        "",
        "[00:00:08] Interviewer: Да.",
        "",
    ]


def test_maxqda_txt_without_speakers_has_no_labels(bundle: dict[str, bytes]) -> None:
    files = build(formats={"maxqda-txt"}, codebook=None)
    assert (
        files["maxqda/P-002.txt"].decode("utf-8-sig")
        == "[00:00:00] No speakers here.\r\n\r\n[00:00:02] Second line.\r\n"
    )
    assert sorted(files) == ["README.txt", "manifest.json", "maxqda/P-002.txt", "maxqda/P-017.txt"]
    assert "maxqda/     the same transcripts in MAXQDA's timestamped layout" in files["README.txt"].decode()
