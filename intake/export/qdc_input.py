"""Reading a user's ``.qdc`` codebook: UNTRUSTED input.

The file may come from anywhere, so it is read defensively: a size cap before parsing; UTF-8 only;
no DTD at all (so no entity expansion, no "billion laughs", no external entities); lxml with
``resolve_entities=False``, ``no_network=True`` and ``huge_tree=False``; caps on nesting depth, number
of codes and text lengths; every GUID, name and colour checked. Anything wrong raises
:class:`intake.errors.InputError` with a short message that does not quote the file.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from lxml import etree

from intake.errors import InputError, NotFoundError
from intake.export.codebook import BUILTIN_CODEBOOKS, CODEBOOK_NS, Code, Codebook, builtin_codebook
from intake.export.model import clean_text

MAX_BYTES = 2 * 1024 * 1024
MAX_CODES = 5000
MAX_DEPTH = 12
MAX_NAME = 200
MAX_DESCRIPTION = 5000
_GUID_RE = re.compile(r"\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?")
_RGB_RE = re.compile(r"#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})")
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}
_HINT = "pass a REFI-QDA codebook (.qdc) exported by MAXQDA, ATLAS.ti or NVivo, or --codebook dolowitz-marsh"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def _bad(message: str) -> InputError:
    return InputError(f"the codebook file is not usable: {message}", hint=_HINT)


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag if isinstance(tag, str) else ""


class _Reader:
    """Walks the parsed tree, counting codes and checking every value."""

    def __init__(self) -> None:
        self.count = 0
        self.guids: set[str] = set()

    def code(self, element: etree._Element, depth: int) -> Code:
        self.count += 1
        if self.count > MAX_CODES:
            raise _bad(f"more than {MAX_CODES} codes")
        if depth > MAX_DEPTH:
            raise _bad(f"codes nested deeper than {MAX_DEPTH} levels")
        where = f"code #{self.count}"
        guid = self._guid(element.get("guid"), where)
        name = clean_text(element.get("name") or "")
        if not 0 < len(name) <= MAX_NAME:
            raise _bad(f"{where} needs a name of 1-{MAX_NAME} characters")
        codable = _BOOLEANS.get((element.get("isCodable") or "").strip())
        if codable is None:
            raise _bad(f'{where} needs isCodable="true" or "false"')
        color = element.get("color")
        if color is not None and _RGB_RE.fullmatch(color.strip()) is None:
            raise _bad(f"{where} has an invalid colour (expected #RRGGBB)")
        description = ""
        children: list[Code] = []
        for child in element:
            tag = _tag(child)
            if tag == f"{{{CODEBOOK_NS}}}Description":
                description = _description(child.text or "", where)
            elif tag == f"{{{CODEBOOK_NS}}}Code":
                children.append(self.code(child, depth + 1))
        return Code(guid, name, description, codable, color.strip().upper() if color else None, tuple(children))

    def _guid(self, value: str | None, where: str) -> str:
        if value is None or _GUID_RE.fullmatch(value.strip()) is None:
            raise _bad(f"{where} has a missing or invalid guid")
        guid = str(uuid.UUID(value.strip().strip("{}")))
        if guid in self.guids:
            raise _bad(f"{where} repeats the guid of another code")
        self.guids.add(guid)
        return guid


def _description(text: str, where: str) -> str:
    lines = [clean_text(line) for line in text.replace("\r\n", "\n").split("\n")]
    cleaned = "\n".join(lines).strip()
    if len(cleaned) > MAX_DESCRIPTION:
        raise _bad(f"{where} has a description longer than {MAX_DESCRIPTION} characters")
    return cleaned


def parse_qdc(data: bytes) -> Codebook:
    """Parse an untrusted REFI-QDA codebook; raise InputError on anything unexpected."""
    if not isinstance(data, bytes):
        raise _bad("expected the bytes of a file")
    if len(data) > MAX_BYTES:
        raise _bad(f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad("not UTF-8 text") from None
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise _bad("document type declarations (DTDs) are not allowed")
    try:
        root = etree.fromstring(text.encode("utf-8"), _parser())
    except (etree.XMLSyntaxError, ValueError):
        raise _bad("not well-formed XML") from None
    if _tag(root) != f"{{{CODEBOOK_NS}}}CodeBook":
        raise _bad(f"the root element is not <CodeBook> in namespace {CODEBOOK_NS}")
    codes_elements = [c for c in root if _tag(c) == f"{{{CODEBOOK_NS}}}Codes"]
    if len(codes_elements) != 1:
        raise _bad("expected exactly one <Codes> element")
    reader = _Reader()
    codes = tuple(reader.code(c, 1) for c in codes_elements[0] if _tag(c) == f"{{{CODEBOOK_NS}}}Code")
    if not codes:
        raise _bad("the codebook has no codes")
    return Codebook(origin="custom", codes=codes)


def load_codebook(source: str | Path | None) -> Codebook | None:
    """``None`` -> no codebook; a built-in name (``dolowitz-marsh``) -> that codebook; otherwise the
    path of a ``.qdc`` file, read with a size cap and parsed as untrusted input."""
    if source is None:
        return None
    if isinstance(source, str) and source in BUILTIN_CODEBOOKS:
        return builtin_codebook(source)
    path = Path(source)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise NotFoundError(
            "codebook file not found",
            hint="built-in codebooks: " + ", ".join(BUILTIN_CODEBOOKS) + "; or the path of a .qdc file",
        ) from None
    except OSError:
        raise InputError("cannot read the codebook file", hint="check that it is a readable file") from None
    return parse_qdc(data)
