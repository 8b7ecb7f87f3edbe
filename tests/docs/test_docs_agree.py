"""Docs that cannot drift: exit codes, schema versions, and every source path or module the docs name."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from intake.errors import ExitCode
from intake.vault.schema import LATEST

ROOT = Path(__file__).resolve().parents[2]
DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
SOURCE_PATH = re.compile(r"(?<![\w/])((?:intake|crypto|transcribe)/[\w/]*\.py)\b")


def _section(path: Path, heading: str) -> str:
    text = path.read_text(encoding="utf-8")
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:] if end < 0 else text[start:end]


def _table_numbers(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"^\|\s*(\d+)\s*\|", text, re.M)}


def _exit_codes() -> dict[str, int]:
    return {name: value for name, value in vars(ExitCode).items() if name.isupper()}


def test_every_exit_code_is_documented_with_its_number() -> None:
    documented = _table_numbers(_section(ROOT / "docs" / "cli.md", "## Exit codes"))
    assert documented == set(_exit_codes().values())


def test_the_audit_exit_code_is_the_documented_one() -> None:
    row = re.search(r"^\|\s*11\s*\|(.*)$", _section(ROOT / "docs" / "cli.md", "## Exit codes"), re.M)
    assert row and "audit" in row.group(1) and ExitCode.AUDIT == 11


def test_every_schema_version_is_in_the_format_spec() -> None:
    documented = _table_numbers(_section(ROOT / "docs" / "format.md", "## 5. Catalog"))
    assert documented == set(range(1, LATEST + 1))


def _named_paths() -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        for path in SOURCE_PATH.findall(doc.read_text(encoding="utf-8")):
            found.append((doc.name, path))
    return found


def _named_modules() -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        for name in re.findall(r"`(intake(?:\.[a-z_]+){2,})[`.(]", doc.read_text(encoding="utf-8")):
            found.append((doc.name, name))
    return found


@pytest.mark.parametrize(("doc", "path"), _named_paths())
def test_every_source_path_named_in_the_docs_exists(doc: str, path: str) -> None:
    assert (ROOT / path).is_file(), f"{doc} names {path}, which does not exist"


def test_the_docs_name_source_paths() -> None:
    assert len(_named_paths()) >= 10  # the scan above finds what it looks for


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a parent is a module, not a package
        return False


@pytest.mark.parametrize(("doc", "dotted"), _named_modules())
def test_every_module_or_function_named_in_the_docs_exists(doc: str, dotted: str) -> None:
    parts = dotted.split(".")
    for cut in range(len(parts), 1, -1):
        module = ".".join(parts[:cut])
        if _is_module(module):
            obj = importlib.import_module(module)
            for attr in parts[cut:]:
                assert hasattr(obj, attr), f"{doc} names {dotted}"
                obj = getattr(obj, attr)
            return
    pytest.fail(f"{doc} names {dotted}, which does not exist")
