"""The review sheet: export, edits read back, strict validation of untrusted input, fuzzing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.errors import InputError
from intake.pseudonymise.entities import register
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.plan import Plan, Planner, make_plan
from intake.pseudonymise.policy import preset
from intake.pseudonymise.registry import MemoryStore
from intake.pseudonymise.sheet import COLUMNS, read_sheet, to_sheet
from intake.pseudonymise.spans import Span

SEGMENTS = ["Марину перевели в Гомель, Вера писала.", "=HYPERLINK(1) и +375 29 123 45 67, Вера."]
PLANNER = Planner(preset("strict"), MemoryStore(), "ru",
                  Matcher([register("Марина Ковальчук", "person"), register("Гомель", "city")]))


def detect(text: str, language: str) -> list[Span]:
    """A stand-in detector: every occurrence of the surfaces below (it sees the whole transcript)."""
    out = []
    for surface, label in (("Вера", "PERSON"), ("+375 29 123 45 67", "PHONE"), ("=HYPERLINK(1)", "URL")):
        pos = text.find(surface)
        while pos >= 0:
            out.append(Span(pos, pos + len(surface), label, surface, 0.6, "fake"))
            pos = text.find(surface, pos + 1)
    return out


PLAN = make_plan(SEGMENTS, PLANNER, detect)
SHEET = to_sheet(PLAN, SEGMENTS)


def rows(sheet: str) -> list[list[str]]:
    return [line.split("\t") for line in sheet.splitlines()]


def test_export_has_the_documented_columns_and_context() -> None:
    table = rows(SHEET)
    assert tuple(table[0]) == COLUMNS
    assert len(table) == len(PLAN.items) + 1
    first = dict(zip(COLUMNS, table[1], strict=True))
    assert first["original"] == "Марину" and first["context"].startswith("[[Марину]] перевели")
    assert first["decision"] == "suggested"


def test_formula_cells_are_neutralised_and_read_back() -> None:
    cells = [c for row in rows(SHEET) for c in row]
    assert all(not c.startswith(("=", "+", "@")) for c in cells)
    assert "'+375 29 123 45 67" in cells
    assert read_sheet(SHEET, PLAN, SEGMENTS, PLANNER) == PLAN


def test_unchanged_sheet_round_trips_to_the_same_plan() -> None:
    assert read_sheet(SHEET, PLAN, SEGMENTS, PLANNER) == PLAN
    assert read_sheet(SHEET.replace("\n", "\r\n"), PLAN, SEGMENTS, PLANNER) == PLAN


def edit(sheet: str, original: str, **changes: str) -> str:
    out = []
    for line in sheet.splitlines():
        cells = dict(zip(COLUMNS, line.split("\t"), strict=True))
        if cells["original"] == original:
            cells.update(changes)
        out.append("\t".join(cells[c] for c in COLUMNS))
    return "\n".join(out) + "\n"


def test_steward_edits_are_applied() -> None:
    sheet = edit(SHEET, "Вера", decision="rejected")
    sheet = edit(sheet, "Гомель", label="DETENTION")
    sheet = edit(sheet, "Марину", replacement="[Марина К.]", decision="accepted")
    new = read_sheet(sheet, PLAN, SEGMENTS, PLANNER)
    items = {(i.segment, i.original): i for i in new.items}
    assert items[(0, "Вера")].decision == "rejected" and items[(1, "Вера")].decision == "rejected"
    gomel = items[(0, "Гомель")]
    assert (gomel.label, gomel.decision, gomel.replacement) == ("DETENTION", "relabelled", "[место заключения]")
    assert items[(0, "Марину")].replacement == "[Марина К.]"


def test_added_rows_locate_their_text() -> None:
    extra = "\t0\t\t\tLOCATION\tперевели\t\tgeneralise\t\tadded\n"
    new = read_sheet(SHEET + extra, PLAN, SEGMENTS, PLANNER)
    added = [i for i in new.items if i.decision == "added"]
    assert [(i.original, i.start, i.replacement) for i in added] == [("перевели", 7, "[место]")]


@pytest.mark.parametrize(
    ("mutation", "row", "message"),
    [
        (lambda s: s.replace("\tsuggested", "\tmaybe", 1), 2, "decision"),
        (lambda s: s.replace("\tPERSON\t", "\tALIEN\t", 1), 2, "label"),
        (lambda s: s + "nope\t0\t0\t1\tPERSON\tx\tx\tredact\tx\tadded\n", 8, "id"),
        (lambda s: s + "\t0\t0\t4\tPERSON\tсекрет\t\tredact\t\tadded\n", 8, "original"),
        (lambda s: s + "\t9\t0\t4\tPERSON\tМари\t\tredact\t\tadded\n", 8, "segment"),
        (lambda s: s + "\t0\t-1\t4\tPERSON\tМари\t\tredact\t\tadded\n", 8, "start"),
        (lambda s: s + "too\tfew\n", 8, "cells"),
    ],
)
def test_bad_rows_name_the_row_and_column(mutation: Callable[[str], str], row: int, message: str) -> None:
    with pytest.raises(InputError) as err:
        read_sheet(mutation(SHEET), PLAN, SEGMENTS, PLANNER)
    assert f"row {row}" in err.value.message
    assert message in err.value.message
    assert "секрет" not in err.value.message


def test_error_never_echoes_a_secret_cell() -> None:
    secret = "Ковальчук_Марина_Ивановна_1987"
    with pytest.raises(InputError) as err:
        read_sheet(SHEET.replace("\tsuggested", "\t" + secret, 1), PLAN, SEGMENTS, PLANNER)
    assert "Ковальчук" not in err.value.message and "1987" not in err.value.message


def test_wrong_header_and_oversize_are_refused() -> None:
    with pytest.raises(InputError, match="header"):
        read_sheet("a\tb\n", PLAN, SEGMENTS, PLANNER)
    with pytest.raises(InputError, match="too large"):
        read_sheet("x" * 20_000_001, PLAN, SEGMENTS, PLANNER)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_garbage_never_crashes(text: str) -> None:
    for candidate in (text, "\t".join(COLUMNS) + "\n" + text):
        try:
            result = read_sheet(candidate, PLAN, SEGMENTS, PLANNER)
        except InputError:
            continue
        assert isinstance(result, Plan)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_sheets_give_a_plan_or_a_clean_error(data: st.DataObject) -> None:
    lines = SHEET.splitlines()
    i = data.draw(st.integers(1, len(lines) - 1))
    cells = lines[i].split("\t")
    j = data.draw(st.integers(0, len(cells) - 1))
    alphabet = st.characters(exclude_characters="\n\r\x1c\x1d\x1e\x85\u2028\u2029\x0b\x0c")
    cells[j] = data.draw(st.text(alphabet=alphabet, max_size=30))
    lines[i] = "\t".join(cells)
    try:
        result = read_sheet("\n".join(lines) + "\n", PLAN, SEGMENTS, PLANNER)
    except InputError:
        return
    for item in result.items:
        assert SEGMENTS[item.segment][item.start : item.end] == item.original


def test_an_item_over_a_line_break_round_trips() -> None:
    """A segment can hold a line break (a two-line subtitle cue, a docx line break) and a name said across
    it is one item; its sheet cell shows the break as a space, and the row still matches the item."""
    segments = ["Суд вёл Антось\nЗубрыцкі, Вера писала."]

    def wrapped(text: str, language: str) -> list[Span]:
        start = text.index("Антось")
        return [Span(start, start + 15, "PERSON", text[start : start + 15], 0.6, "fake")]

    plan = make_plan(segments, PLANNER, wrapped)
    assert [i.original for i in plan.items] == ["Антось\nЗубрыцкі"]
    sheet = to_sheet(plan, segments)
    assert len(rows(sheet)) == 2
    assert read_sheet(sheet, plan, segments, PLANNER) == plan
    relabelled = read_sheet(sheet.replace("\tPERSON\t", "\tORGANISATION\t", 1), plan, segments, PLANNER)
    assert relabelled.items[0].label == "ORGANISATION"


def test_a_row_added_over_a_line_break_is_found_with_a_space() -> None:
    segments = ["Суд вёл Антось\nЗубрыцкі, Вера писала."]
    plan = make_plan(segments, PLANNER, detect)
    sheet = to_sheet(plan, segments) + "\t0\t\t\tPERSON\tАнтось Зубрыцкі\t\tredact\t\tadded\n"
    added = [i for i in read_sheet(sheet, plan, segments, PLANNER).items if i.start == 8]
    assert [i.original for i in added] == ["Антось\nЗубрыцкі"]
