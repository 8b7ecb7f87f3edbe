"""The Python API: the example in docs/python-api.md runs as written; every name the doc lists imports from
``intake`` (and the doc lists exactly ``intake.__all__``); ``import intake`` stays lazy."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import intake
from intake.errors import InputError, UsageError

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "python-api.md"


def _example() -> str:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## A complete example", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "docs/python-api.md has no python block under 'A complete example'"
    return match.group(1)


def _documented_names() -> set[str]:
    reference = DOC.read_text(encoding="utf-8").split("## Reference", 1)[1]
    return set(re.findall(r"^\| `intake\.([A-Za-z_]+)", reference, re.M))


def test_the_documented_example_runs() -> None:
    code = _example()
    assert "intake.create_vault" in code and "intake.export" in code
    exec(compile(code, str(DOC), "exec"), {"__name__": "python_api_example"})


def test_every_documented_name_imports_from_intake() -> None:
    names = _documented_names()
    assert len(names) >= 20
    missing = [n for n in sorted(names) if not hasattr(intake, n)]
    assert missing == []
    assert names == set(intake.__all__) - {"__version__"}


def test_import_intake_loads_nothing_heavy() -> None:
    probe = ("import sys, intake; heavy = [m for m in ('intake.vault', 'intake.api', 'sqlcipher3', 'crypto', "
             "'transcribe', 'click') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'opne_vault'"):
        intake.opne_vault  # noqa: B018


def test_ingest_of_an_unusable_file_raises(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "notes.wav"
    bad.write_bytes(b"not audio at all")
    with pytest.raises(InputError):
        intake.ingest(vault, bad, interview="P-001")
    with pytest.raises(UsageError):
        intake.ingest(vault, bad, interview="Ганна Сяргеевна")
    assert intake.list_recordings(vault) == []


def test_export_refuses_unknown_formats(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match="formats"):
        intake.export(vault, tmp_path / "out", all_approved=True, formats=["pdf"])


def test_subpackages_never_hide_the_api_functions() -> None:
    import intake.export.build
    import intake.ingest.files
    import intake.pseudonymise.plan

    for name in ("ingest", "export", "pseudonymise"):
        assert getattr(intake, name).__module__ == "intake.api.pipeline", name
    from intake.export import build_export

    assert callable(build_export)
