"""Codes and bundle paths: strict validation, and path traversal regression tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import build, make_transcripts

from intake.errors import UsageError
from intake.export import ExportTranscript, write_bundle_dir
from intake.export.names import check_bundle_names, check_code, check_relative_path

TRAVERSAL = [
    "../x",
    "..",
    ".",
    "/abs",
    "/etc/passwd",
    "a/../../b",
    "a/./b",
    "a//b",
    "a/",
    "",
    "x\x00y",
    "C:evil",
    "C:/Windows/x",
    "c:\\x",
    "\\\\server\\share",
    "a\\..\\b",
    "CON",
    "con.txt",
    "txt/NUL.txt",
    "aux",
    "COM1.docx",
    "lpt9",
    ".hidden",
    "name.",
    "trailing ",
    "tab\tname",
    "new\nline",
    "Пётр.txt",
    "a.tar.gz",
    "x" * 201,
    "a/b/c/d/e",
]


@pytest.mark.parametrize("name", TRAVERSAL)
def test_unsafe_bundle_paths_are_refused(name: str) -> None:
    with pytest.raises(UsageError):
        check_relative_path(name)


@pytest.mark.parametrize("name", ["txt/P-017.txt", "manifest.json", "refi-qda/interviews.qdpx", "a_b/c-d.e"])
def test_safe_bundle_paths_pass(name: str) -> None:
    assert check_relative_path(name) == name


@pytest.mark.parametrize("name", TRAVERSAL)
def test_write_bundle_dir_never_writes_outside(tmp_path: Path, name: str) -> None:
    out = tmp_path / "deep" / "out"
    out.parent.mkdir()
    with pytest.raises(UsageError):
        write_bundle_dir({"ok.txt": b"fine", name: b"evil"}, out)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["deep"]


@pytest.mark.parametrize(
    "code",
    [
        "../x",
        "/abs",
        "a/../../b",
        "P-017\x00",
        "..",
        "C:x",
        "CON",
        "nul",
        "Com1",
        "P_017",
        "P-",
        "-P",
        "P--1",
        "17",
        "P 017",
        "Пётр",
        "P.017",
        "P-017/..",
        "A" * 33,
        "",
    ],
)
def test_invalid_codes_are_refused(code: str) -> None:
    with pytest.raises(UsageError) as info:
        check_code(code)
    assert code not in info.value.message or code == ""


@pytest.mark.parametrize("code", ["P-017", "INT-2024-03", "p1", "A" * 31 + "1"])
def test_valid_codes_pass(code: str) -> None:
    assert check_code(code) == code


def test_invalid_code_refuses_the_whole_export_without_echoing_it() -> None:
    bad = ExportTranscript(code="Ivanov/../../etc", language="ru", segments=[])
    with pytest.raises(UsageError) as info:
        build(transcripts=[*make_transcripts(), bad])
    assert "Ivanov" not in info.value.message


def test_codes_differing_only_in_case_are_refused() -> None:
    first, second = make_transcripts()
    clash = ExportTranscript(code="p-017", language="en", segments=second.segments)
    with pytest.raises(UsageError, match="twice"):
        build(transcripts=[first, clash])


def test_bundle_names_colliding_by_case_or_as_file_and_folder_are_refused() -> None:
    with pytest.raises(UsageError, match="case"):
        check_bundle_names(["a/B.txt", "a/b.txt"])
    with pytest.raises(UsageError, match="file and a folder"):
        check_bundle_names(["a", "a/b.txt"])
