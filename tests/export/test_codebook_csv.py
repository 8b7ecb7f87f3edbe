"""The codebook as CSV (issue 17, item 10): Taguette imports it, spreadsheets read it safely.

Two checks of Taguette's acceptance:
- the real function: ``taguette.import_codebook.list_tags`` from Taguette 1.5.2 (dev dependency), the code
  behind Taguette's "Import codebook" page (``taguette/web/views.py``, ``ImportCodebook.post``), followed by the
  two checks that page applies to each tag (``taguette/validate.py``: ``tag_path``, ``description``);
- a mirror of that rule written out here (Taguette 1.5.2, ``taguette/import_codebook.py``, ``list_tags_csv``), so
  the rule is visible and still checked where Taguette is not installed: the header row is lower-cased;
  exactly one of the columns ``tag``, ``name``, ``path`` names the tag ("No 'tag', 'name', or 'path' column"
  otherwise, "Not sure which column to use for tag name" for more than one); an optional ``description``
  column; every non-empty row has at least as many cells as the highest of those column numbers; a tag may
  not be empty after ``strip()``; tag paths are at most 200 characters and descriptions at most 102,400.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest
from export_helpers import build

from intake.export.codebook import Code, Codebook, builtin_codebook
from intake.export.codebook_csv import codebook_rows, render_codebook_csv, spreadsheet_safe


def _mirror_taguette_list_tags(data: bytes) -> list[dict[str, str]]:
    """Taguette 1.5.2's acceptance rule, step by step (see the module docstring)."""
    charset = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"  # what chardet reports for these files
    rows = list(csv.reader(io.StringIO(data.decode(charset), newline="")))
    header = [cell.lower() for cell in rows[0]]
    named = [c for c in ("tag", "name", "path") if c in header]
    assert len(named) == 1, "Taguette needs exactly one of the columns tag, name, path"
    col_path = header.index(named[0])
    col_description = header.index("description") if "description" in header else None
    needed = max(n + 1 for n in (col_path, col_description) if n is not None)
    tags = []
    for row in rows[1:]:
        assert len(row) >= needed, "Not enough columns"
        if not any(row):
            continue
        path = row[col_path].strip()
        assert path, "Empty tag name"
        description = row[col_description].strip() if col_description is not None else ""
        assert len(path) <= 200 and len(description) <= 102400
        tags.append({"path": path, "description": description})
    return tags


def _expected_tags(book: Codebook) -> list[dict[str, str]]:
    """What Taguette should list: every code's path and description, as written (spreadsheet-safe, stripped)."""
    return [
        {"path": spreadsheet_safe(tag).strip(), "description": spreadsheet_safe(description).strip()}
        for tag, description, _parent, _codable in codebook_rows(book)
    ]


BOOK = builtin_codebook("dolowitz-marsh")
TRICKY = Codebook(
    origin="custom",
    codes=(
        Code(
            guid="00000000-0000-4000-8000-000000000001",
            name='Страх, "репрессии"',
            description="Line one,\nline two; «кавычки»",
            children=(Code(guid="00000000-0000-4000-8000-000000000002", name="=SUM(A1)", description="-1"),),
        ),
    ),
)


def test_the_bundle_holds_the_csv_next_to_the_qdc(bundle: dict[str, bytes]) -> None:
    assert bundle["codebook.csv"] == render_codebook_csv(BOOK)
    assert "codebook.csv" in bundle["README.txt"].decode()
    assert "codebook.csv" not in build(codebook=None)


def test_columns_rows_and_paths() -> None:
    data = render_codebook_csv(BOOK)
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    assert text.count("\n") == text.count("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["tag", "description", "parent", "codable"]
    by_tag = {row[0]: row for row in rows[1:]}
    assert len(by_tag) == len(rows) - 1 == sum(1 for _ in BOOK.walk())
    legal = by_tag["Supply / Forms of support / Legal assistance"]
    assert legal[1:] == ["Lawyers, consultations, payment of legal costs.", "Supply / Forms of support", "true"]
    assert by_tag["Objects of policy learning (Dolowitz & Marsh 1996)"][3] == "false"


@pytest.mark.parametrize("book", [BOOK, TRICKY], ids=["builtin", "tricky"])
def test_taguette_acceptance_rule_mirrored(book: Codebook) -> None:
    assert _mirror_taguette_list_tags(render_codebook_csv(book)) == _expected_tags(book)


def test_spreadsheet_formulas_are_neutralised() -> None:
    rows = list(csv.reader(io.StringIO(render_codebook_csv(TRICKY).decode("utf-8-sig"), newline="")))
    assert rows[1] == ['Страх, "репрессии"', "Line one,\nline two; «кавычки»", "", "true"]
    assert rows[2] == ['Страх, "репрессии" / =SUM(A1)', "'-1", 'Страх, "репрессии"', "true"]
    top = Codebook("custom", (Code(guid="00000000-0000-4000-8000-000000000003", name="@cmd", description="+x"),))
    assert list(csv.reader(io.StringIO(render_codebook_csv(top).decode("utf-8-sig"))))[1][:2] == ["'@cmd", "'+x"]


def test_the_mirror_rejects_what_taguette_rejects() -> None:
    """Guards the mirror itself: each of Taguette's refusals is one failing input here."""
    for bad in (
        b"label,description\r\nx,y\r\n",
        b"tag,name\r\nx,y\r\n",
        b"tag,description\r\n ,y\r\n",
        b"x,tag\r\ny\r\n",
    ):
        with pytest.raises(AssertionError):
            _mirror_taguette_list_tags(bad)


@pytest.mark.parametrize("book", [BOOK, TRICKY], ids=["builtin", "tricky"])
def test_taguette_itself_imports_the_csv(book: Codebook) -> None:
    taguette = pytest.importorskip(
        "taguette.import_codebook", reason="taguette is not installed: pip install -e '.[dev]' installs it"
    )
    from taguette import validate

    tags = taguette.list_tags(io.BytesIO(render_codebook_csv(book)))
    for tag in tags:
        validate.tag_path(tag["path"])
        validate.description(tag["description"])
    assert tags == _expected_tags(book)
    assert Path(taguette.__file__).name == "import_codebook.py"
