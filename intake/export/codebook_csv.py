"""The codebook as CSV, for Taguette (which imports codebooks only as CSV) and spreadsheets.

Columns (docs/export-formats.md, section 6a)::

    tag,description,parent,codable
    Demand,"Needs of political prisoners and their families, …",,true
    Demand / Legal aid,"Lawyers, legal advice and fees; …",Demand,true

- ``tag`` is the code's path: the names from the top of the tree down, joined by ``" / "``. Taguette reads
  the tag from the one column named ``tag``, ``name`` or ``path`` (exactly one may exist), so there is no
  separate ``name`` column; ``parent`` (the parent's path, empty at the top) keeps the tree unambiguous
  even when a name itself contains ``" / "``.
- ``description`` as in the ``.qdc``; ``codable`` is ``true`` or ``false``.
- UTF-8 with a byte-order mark (Taguette's encoding detection and Excel both recognise it), CRLF rows,
  RFC 4180 quoting. A cell that starts with ``=``, ``+``, ``-``, ``@``, tab or CR is prefixed with ``'``
  so that no spreadsheet evaluates it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from intake.export.codebook import Code, Codebook

COLUMNS = ("tag", "description", "parent", "codable")
SEPARATOR = " / "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text``, prefixed with ``'`` when a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _rows(code: Code, parent: str) -> Iterator[tuple[str, str, str, str]]:
    path = f"{parent}{SEPARATOR}{code.name}" if parent else code.name
    yield path, code.description, parent, "true" if code.codable else "false"
    for child in code.children:
        yield from _rows(child, path)


def codebook_rows(codebook: Codebook) -> list[tuple[str, str, str, str]]:
    """Every code as (tag, description, parent, codable), in tree order (a parent before its children)."""
    return [row for code in codebook.codes for row in _rows(code, "")]


def render_codebook_csv(codebook: Codebook) -> bytes:
    """The codebook as UTF-8 CSV with a byte-order mark and CRLF line endings."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(tuple(spreadsheet_safe(value) for value in row) for row in codebook_rows(codebook))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
