"""Importing the package stays cheap: no numpy work, no torch, no weights until diarize() runs."""

from __future__ import annotations

import subprocess
import sys


def test_import_loads_nothing_heavy() -> None:
    code = (
        "import sys, transcribe.diarize as d; "
        "names = ('torch', 'transcribe.diarize.encoder', 'transcribe.diarize.pipeline'); "
        "heavy = [m for m in names if m in sys.modules]; "
        "print(heavy, callable(d.diarize), 'transcribe.diarize.pipeline' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] True True"
