"""Fixtures for the security findings' tests (issue 13): an ext4 loop image.

The tests import ``gate_helpers`` and ``area_tools`` from this folder (pytest's importlib mode adds no test
folder), so the folder goes on ``sys.path`` here.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)


def _loop_mount_problem() -> str | None:
    if os.geteuid() != 0:
        return "loop-mounting an ext4 image needs root"
    for tool in ("mkfs.ext4", "mount", "umount"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return None


@pytest.fixture
def ext4_image(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(image file, mount point) of a fresh 64 MiB ext4 (data=ordered, the default) mounted by loop."""
    problem = _loop_mount_problem()
    if problem:
        pytest.skip(f"no ext4 disk-image test here: {problem}")
    image, mnt = tmp_path / "disk.img", tmp_path / "mnt"
    mnt.mkdir()
    subprocess.run(["truncate", "-s", "64M", str(image)], check=True)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True)
    done = subprocess.run(["mount", "-o", "loop", str(image), str(mnt)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"no ext4 disk-image test here: mount -o loop failed ({done.stderr.strip()})")
    try:
        yield image, mnt
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            subprocess.run(["umount", str(mnt)], check=True)
