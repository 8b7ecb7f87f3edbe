"""Word (``.docx``), OpenDocument (``.odt``) and noScribe's HTML as paragraphs of text.

Each document is read from memory after the zip caps (:mod:`intake.importers.source`). XML is parsed by
lxml with entities unresolved, no network and no DTD, and a document whose XML declares a DOCTYPE is
refused outright (no entity tricks). Only the body text is read: deleted tracked changes, text boxes,
footnotes, comments, headers and footers are not (a note says when notes or text boxes were left out),
and a table holding text is refused rather than flattened in an order that might not be the reading order.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from lxml import etree

from intake.errors import TranscriptUnreadable
from intake.importers.model import Limits
from intake.importers.source import open_zip, read_member

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
ODT_MIME = b"application/vnd.oasis.opendocument.text"
_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


class Extracted:
    """Paragraph texts (each may hold line breaks) and how many notes or text boxes were left out."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.left_out = 0


def _refuse_doctype(name: str, archive_name: str, data: bytes) -> None:
    if _DOCTYPE.search(data[:4096]):
        raise TranscriptUnreadable(f"{name}: {archive_name} declares a DOCTYPE or entities; refused")


def read_docx(name: str, data: bytes, limits: Limits) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    archive = open_zip(name, data, limits)
    for member in archive.namelist():
        if member.endswith((".xml", ".rels")):
            _refuse_doctype(name, member, read_member(name, archive, member, limits))
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise TranscriptUnreadable(f"{name}: not a Word document (.docx) Intake can read") from exc
    out = Extracted()
    _docx_blocks(name, document.element.body, out)
    return out


def _docx_blocks(name: str, parent: etree._Element, out: Extracted) -> None:
    for child in parent:
        if child.tag == W + "p":
            out.paragraphs.append(_docx_text(child, out))
        elif child.tag == W + "tbl":
            if "".join(child.itertext()).strip():
                raise _table(name)
        elif child.tag == W + "sdt":
            for content in child.iter(W + "sdtContent"):
                _docx_blocks(name, content, out)
                break


def _docx_text(element: etree._Element, out: Extracted) -> str:
    parts: list[str] = []
    for child in element:
        tag = child.tag
        if tag in (W + "t",):
            parts.append(child.text or "")
        elif tag == W + "tab":
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag in (W + "del", W + "moveFrom", W + "txbxContent", MC + "Fallback", W + "footnoteReference",
                     W + "endnoteReference", W + "commentReference"):
            out.left_out += tag not in (W + "del", W + "moveFrom", MC + "Fallback")
        elif tag not in (W + "delText", W + "instrText", W + "pPr", W + "rPr"):
            parts.append(_docx_text(child, out))
    return "".join(parts)


def _table(name: str) -> TranscriptUnreadable:
    return TranscriptUnreadable(f"{name}: the text is (partly) in a table, which Intake does not read",
                                hint="convert the table to text with one turn per paragraph ('Label: text'), "
                                     "then import again")


def read_odt(name: str, data: bytes, limits: Limits) -> Extracted:
    archive = open_zip(name, data, limits)
    if read_member(name, archive, "mimetype", limits).strip() != ODT_MIME:
        raise TranscriptUnreadable(f"{name}: not an OpenDocument text (.odt)")
    content = read_member(name, archive, "content.xml", limits)
    _refuse_doctype(name, "content.xml", content)
    try:
        root = etree.fromstring(content, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise TranscriptUnreadable(f"{name}: content.xml is not well-formed XML") from exc
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise TranscriptUnreadable(f"{name}: no text body in content.xml")
    out = Extracted()
    _odt_blocks(name, body, out)
    return out


def _odt_blocks(name: str, parent: etree._Element, out: Extracted) -> None:
    for child in parent:
        if child.tag in (TEXT + "p", TEXT + "h"):
            out.paragraphs.append(_odt_text(child, out))
        elif child.tag in (TEXT + "list", TEXT + "list-item", TEXT + "section", TEXT + "list-header"):
            _odt_blocks(name, child, out)
        elif child.tag == TABLE + "table" and "".join(child.itertext()).strip():
            raise _table(name)


def _odt_text(element: etree._Element, out: Extracted) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == TEXT + "s":
            parts.append(" " * min(int(child.get(TEXT + "c", "1") or 1), 100))
        elif tag == TEXT + "tab":
            parts.append("\t")
        elif tag == TEXT + "line-break":
            parts.append("\n")
        elif tag in (TEXT + "note", TEXT + "annotation"):
            out.left_out += 1
        elif isinstance(tag, str) and not tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:drawing"):
            parts.append(_odt_text(child, out))
        parts.append(child.tail or "")
    return "".join(parts)


def read_noscribe_html(name: str, text: str) -> list[str]:
    """Paragraph texts of a noScribe HTML transcript; any other HTML is refused."""
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(text, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise TranscriptUnreadable(f"{name}: not HTML Intake can read") from exc
    if root is None or not _is_noscribe(root):
        raise TranscriptUnreadable(f"{name}: HTML other than noScribe's transcripts is not read",
                                   hint="save it as .docx or .txt and import that")
    return ["".join(_html_text(p)) for p in root.iter("p")]


def _is_noscribe(root: etree._Element) -> bool:
    named = any(str(a.get("name", "")).startswith("ts_") for a in root.iter("a"))
    meta = any(m.get("name") == "audio_source" for m in root.iter("meta"))
    return named or meta


def _html_text(element: etree._Element) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        if child.tag == "br":
            yield "\n"
        elif isinstance(child.tag, str) and child.tag not in ("script", "style"):
            yield from _html_text(child)
        yield child.tail or ""
