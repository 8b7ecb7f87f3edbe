"""The review sheet: a plan as TSV for a spreadsheet, and the steward's edited sheet read back.

Columns (fixed order, header row required): ``id segment start end label original context action
replacement decision``. The steward may change ``label``, ``action``, ``replacement`` and ``decision``
of a row, and add rows (``id`` empty, ``decision`` ``added``; ``start``/``end`` may be left empty, then
the first unplanned occurrence of ``original`` in the segment is used). Rows left out are unchanged.

Reading a sheet is reading untrusted input: size, row and cell limits; every row is validated before
anything changes; any problem raises :class:`InputError` naming the row number and column, and never
quotes a cell except a short excerpt of an enumerated column (label, action, decision) reduced to
letters. Cells that a spreadsheet would run as a formula (starting with ``= + - @``) are written with
a leading ``'`` and read back without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from intake.errors import InputError
from intake.pseudonymise.entity_keys import normalise_key
from intake.pseudonymise.plan import DECISIONS, Plan, PlanItem, Planner, add_item, anchor_id
from intake.pseudonymise.policy import ACTIONS
from intake.pseudonymise.spans import LABELS

COLUMNS: tuple[str, ...] = ("id", "segment", "start", "end", "label", "original", "context", "action",
                            "replacement", "decision")
MAX_SHEET_CHARS = 20_000_000
MAX_ROWS = 200_000
MAX_CELL_CHARS = 2_000
CONTEXT_CHARS = 40
_FORMULA_START = ("=", "+", "-", "@")
_SAFE = re.compile(r"[^A-Za-z_]")


def _flat(text: str) -> str:
    """``text`` as a cell shows it: tabs, line breaks and other control characters as spaces (same length, so
    an offset into the text is one into its flat form)."""
    return re.sub(r"[\t\r\n\x00-\x1f\x7f]", " ", text)


def _cell(value: object) -> str:
    text = _flat(str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def _uncell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def _context(text: str, item: PlanItem) -> str:
    left = text[max(0, item.start - CONTEXT_CHARS) : item.start]
    right = text[item.end : item.end + CONTEXT_CHARS]
    return f"{left}[[{item.original}]]{right}"


def to_sheet(plan: Plan, segments: Sequence[str]) -> str:
    """The plan as TSV text (UTF-8, ``\\n`` line ends), one row per item."""
    rows = ["\t".join(COLUMNS)]
    for item in plan.items:
        text = segments[item.segment] if item.segment < len(segments) else ""
        values = (item.id, item.segment, item.start, item.end, item.label, item.original,
                  _context(text, item), item.action, item.replacement, item.decision)
        rows.append("\t".join(_cell(v) for v in values))
    return "\n".join(rows) + "\n"


def _fail(row: int, column: str, reason: str, cell: str | None = None) -> InputError:
    excerpt = f" (starts {_SAFE.sub('?', cell[:16])!r})" if cell else ""
    return InputError(f"review sheet row {row}, column {column}: {reason}{excerpt}",
                      hint="fix that row in the spreadsheet and import it again")


def _int_cell(row: int, column: str, value: str, *, optional: bool = False) -> int | None:
    if optional and value == "":
        return None
    if not value.isascii() or not value.isdigit() or len(value) > 9:
        raise _fail(row, column, "expected a whole number")
    return int(value)


def _enum_cell(row: int, column: str, value: str, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise _fail(row, column, f"expected one of {', '.join(allowed)}", value)
    return value


def _parse_rows(text: str) -> list[tuple[int, dict[str, str]]]:
    if len(text) > MAX_SHEET_CHARS:
        raise InputError("the review sheet is too large")
    lines = text.replace("\r\n", "\n").split("\n")
    if len(lines) > MAX_ROWS:
        raise InputError("the review sheet has too many rows")
    header = lines[0].lstrip("\ufeff").split("\t")
    if tuple(h.strip().lower() for h in header) != COLUMNS:
        raise InputError("the review sheet header is not the expected one",
                         hint=f"the first row must be: {' '.join(COLUMNS)}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise _fail(number, "*", f"expected {len(COLUMNS)} tab-separated cells, found {len(cells)}")
        if any(len(c) > MAX_CELL_CHARS for c in cells):
            raise _fail(number, "*", "a cell is too long")
        rows.append((number, dict(zip(COLUMNS, (_uncell(c) for c in cells), strict=True))))
    return rows


def _update(number: int, row: dict[str, str], item: PlanItem, planner: Planner) -> PlanItem:
    """``item`` changed as the steward's row says (validated)."""
    where = (_int_cell(number, "segment", row["segment"]), _int_cell(number, "start", row["start"]),
             _int_cell(number, "end", row["end"]))
    if row["original"] != _flat(item.original) or where != (item.segment, item.start, item.end):
        raise _fail(number, "original", "the row does not match the plan item with its id; add a new row instead")
    label = _enum_cell(number, "label", row["label"], LABELS)
    action = _enum_cell(number, "action", row["action"], ACTIONS)
    decision = _enum_cell(number, "decision", row["decision"], DECISIONS)
    replacement = row["replacement"]
    key = item.entity_key
    if label != item.label:
        key = normalise_key(label, item.original)
        decision = "relabelled" if decision in ("suggested", "accepted") else decision
    if (label, action) != (item.label, item.action) and replacement == item.replacement:
        replacement = planner.replacement(label, action, item.original, key)
    return replace(item, label=label, action=action, replacement=replacement, decision=decision, entity_key=key)


def _occurrences(text: str, part: str) -> Iterator[int]:
    """Where ``part`` starts in ``text``, left to right, without overlaps. A plain search: a pattern built
    from the text would stay in ``re``'s process-wide cache."""
    at = text.find(part) if part else -1
    while at >= 0:
        yield at
        at = text.find(part, at + len(part))


def _added(number: int, row: dict[str, str], plan: Plan, segments: Sequence[str], planner: Planner) -> Plan:
    segment = _int_cell(number, "segment", row["segment"])
    assert segment is not None
    if segment >= len(segments):
        raise _fail(number, "segment", "no such segment")
    label = _enum_cell(number, "label", row["label"], LABELS)
    text, original = segments[segment], row["original"]
    flat = _flat(text)  # a name said across a line break is written with a space in its cell
    start = _int_cell(number, "start", row["start"], optional=True)
    if start is None:
        taken = [(i.start, i.end) for i in plan.for_segment(segment)]
        ends = ((at, at + len(original)) for at in _occurrences(flat, original))
        start = next((a for a, b in ends if all(b <= s or a >= e for s, e in taken)), None)
        if start is None:
            raise _fail(number, "original", "the text is not in the segment (or is already planned)")
    end = start + len(original)
    if not original or flat[start:end] != original:
        raise _fail(number, "original", "the text is not at that position in the segment")
    plan = add_item(plan, segment, text, start, end, label, planner)
    if row["replacement"]:
        items = plan.by_id()
        new_id = anchor_id(segment, text, start, end)
        items[new_id] = replace(items[new_id], replacement=row["replacement"])
        plan = plan.with_items(items.values())
    return plan


def read_sheet(text: str, plan: Plan, segments: Sequence[str], planner: Planner) -> Plan:
    """``plan`` with the steward's edits from the sheet ``text`` (see module docstring)."""
    items = plan.by_id()
    updates: dict[str, PlanItem] = {}
    additions: list[tuple[int, dict[str, str]]] = []
    for number, row in _parse_rows(text):
        if row["id"] == "":
            additions.append((number, row))
        elif row["id"] in items:
            updates[row["id"]] = _update(number, row, items[row["id"]], planner)
        else:
            raise _fail(number, "id", "no plan item has this id (leave id empty to add a row)")
    plan = plan.with_items({**items, **updates}.values())
    for number, row in additions:
        plan = _added(number, row, plan, segments, planner)
    return plan
