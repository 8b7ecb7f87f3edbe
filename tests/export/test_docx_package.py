"""The .docx package opened as a ZIP (issue 17, items 2-4): spelling language, no template leftovers, layout."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from export_helpers import build

from intake.errors import UsageError
from intake.export import ExportSegment, ExportTranscript

WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _package(language: str = "ru", code: str = "P-200", **overrides: object) -> dict[str, bytes]:
    tr = ExportTranscript(code=code, language=language, segments=[ExportSegment(0, 1, "Тэкст.", "S1")])
    files = build(transcripts=[tr], formats={"docx"}, **overrides)
    with zipfile.ZipFile(io.BytesIO(files[f"docx/{code}.docx"])) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize(
    ("language", "word"), [("ru", "ru-RU"), ("be", "be-BY"), ("en", "en-GB"), ("en-us", "en-US"), ("de", "de")]
)
def test_spelling_language_follows_the_transcript(language: str, word: str) -> None:
    parts = _package(language)
    styles = parts["word/styles.xml"].decode()
    assert re.findall(r'<w:lang w:val="([^"]*)"', styles) == [word]
    assert f'<w:themeFontLang w:val="{word}"' in parts["word/settings.xml"].decode()


def test_word_is_asked_to_check_the_spelling() -> None:
    """The template's proofState says 'already checked', which switches Word's checker off for the text."""
    assert b"proofState" not in _package()["word/settings.xml"]


def test_no_thumbnail_custom_xml_or_styles_with_effects() -> None:
    parts = _package()
    names = set(parts)
    assert not [n for n in names if "thumbnail" in n or n.startswith("customXml") or "stylesWithEffects" in n]
    listing = b"".join(parts[n] for n in names if n.endswith((".rels", "[Content_Types].xml")))
    for leftover in (b"thumbnail", b"jpeg", b"customXml", b"stylesWithEffects"):
        assert leftover not in listing
    assert b"savePreviewPicture" not in parts["word/settings.xml"]


def test_every_part_named_by_a_relationship_or_content_type_exists() -> None:
    parts = _package()
    rels = parts["_rels/.rels"].decode() + parts["word/_rels/document.xml.rels"].decode()
    targets = {t for t in re.findall(r'Target="([^"]+)"', rels)}
    assert {t if t.startswith(("docProps", "word/")) else "word/" + t for t in targets} <= set(parts)
    overrides = re.findall(r'PartName="/([^"]+)"', parts["[Content_Types].xml"].decode())
    assert set(overrides) <= set(parts)
    assert set(parts) - {"[Content_Types].xml"} - set(overrides) == {"_rels/.rels", "word/_rels/document.xml.rels"}


def test_no_revision_ids_or_document_id_remain() -> None:
    parts = _package()
    for name, data in parts.items():
        assert b"rsid" not in data, name
        assert b"docId" not in data, name


def test_two_documents_share_no_identifying_template_values() -> None:
    one, two = _package(code="P-201"), _package(code="P-202", language="en")
    ids = re.compile(rb'w1[45]:\w+Id="[^"]*"|w:rsid\w*="[^"]*"')
    assert not ids.findall(b"".join(one.values())) and not ids.findall(b"".join(two.values()))


def test_a4_by_default_with_2_cm_margins() -> None:
    section = docx.Document(io.BytesIO(build(formats={"docx"})["docx/P-017.docx"])).sections[0]
    assert abs(section.page_width.mm - 210) < 0.1 and abs(section.page_height.mm - 297) < 0.1
    for margin in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin):
        assert abs(margin.cm - 2.0) < 0.01


def test_letter_on_request() -> None:
    section = docx.Document(io.BytesIO(build(formats={"docx"}, page_size="letter")["docx/P-017.docx"])).sections[0]
    assert (round(section.page_width.inches, 2), round(section.page_height.inches, 2)) == (8.5, 11.0)


def test_an_unknown_page_size_is_refused() -> None:
    with pytest.raises(UsageError, match="page size"):
        build(formats={"docx"}, page_size="a3")


def test_the_header_names_the_interview_and_numbers_the_pages() -> None:
    document = docx.Document(io.BytesIO(build(formats={"docx"})["docx/P-017.docx"]))
    header = document.sections[0].header
    assert not header.is_linked_to_previous
    assert header.paragraphs[0].text.startswith("P-017\tPage ")
    xml = header._element.xml
    assert re.findall(r"<w:instrText[^>]*> (\w+) </w:instrText>", xml) == ["PAGE", "NUMPAGES"]


def test_the_header_code_is_escaped_and_the_title_is_the_first_line() -> None:
    parts = _package(code="P-203")
    assert b"P-203" in parts["word/header1.xml"]
    document = parts["word/document.xml"].decode()
    body = document[document.index("<w:body>") :]
    assert body.index("Interview P-203") < body.index("S1:")
