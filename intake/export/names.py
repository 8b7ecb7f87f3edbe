"""Strict names: pseudonymous interview codes and relative paths inside an export bundle.

Every name that becomes part of a file path passes through here. A code is a short ASCII token
(``P-017``); a bundle path is a ``/``-separated list of such tokens plus one extension. Nothing else
is accepted, so no name can climb out of the export folder (``..``), be absolute (``/x``, ``C:x``),
hide a NUL, or collide with a Windows device name (``CON``, ``nul.txt``).

Errors never echo the rejected value: a bad "code" might be a real name typed in the wrong field.
"""

from __future__ import annotations

import re

from intake.errors import UsageError

CODE_MAX = 32
PATH_MAX = 200
_CODE_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_PART_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9]{1,8})?")
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {f"COM{i}" for i in range(10)} | {f"LPT{i}" for i in range(10)}
)
_MAX_DEPTH = 4


def is_reserved(part: str) -> bool:
    """True for Windows device names, with or without an extension (``aux``, ``COM1.txt``)."""
    stem = part.split(".", 1)[0].rstrip(" ")
    return stem.upper() in _WINDOWS_DEVICES


def check_code(code: object, *, what: str = "interview code") -> str:
    """Return ``code`` if it is a valid pseudonymous code (``P-017``), else raise UsageError.

    A code must contain a digit: a bare word (``Ivan``) is refused, because it may be a real name typed
    into the wrong field.
    """
    if (
        not isinstance(code, str)
        or not 0 < len(code) <= CODE_MAX
        or not code.isascii()
        or _CODE_RE.fullmatch(code) is None
        or not any(ch.isdigit() for ch in code)
        or is_reserved(code)
    ):
        raise UsageError(
            f"an {what} is not valid",
            hint=f"codes are ASCII letters and digits joined by single hyphens, start with a letter, "
            f"contain a digit (so a name is never taken for a code), at most {CODE_MAX} characters, like P-017",
        )
    return code


def check_relative_path(name: object) -> str:
    """Return ``name`` if it is a safe relative path inside a bundle (``txt/P-017.txt``).

    Accepts only ``/``-separated parts made of ASCII letters, digits, ``_`` and ``-`` with at most one
    short extension; rejects everything else, including ``..``, absolute paths, backslashes, drive
    letters, NUL and Windows device names.
    """
    shown = ascii(name)[:60]
    if not isinstance(name, str) or not 0 < len(name) <= PATH_MAX or not name.isascii():
        raise UsageError(f"unsafe file name in export bundle: {shown}")
    parts = name.split("/")
    if len(parts) > _MAX_DEPTH:
        raise UsageError(f"unsafe file name in export bundle: {shown}", hint="too many folder levels")
    for part in parts:
        if _PART_RE.fullmatch(part) is None or is_reserved(part):
            raise UsageError(
                f"unsafe file name in export bundle: {shown}",
                hint="names are ASCII letters, digits, '_' and '-', with one extension, separated by '/'",
            )
    return name


def check_bundle_names(names: list[str]) -> None:
    """Check every name and refuse names that collide on case-insensitive file systems, or that are
    both a file and a folder (``a`` and ``a/b``)."""
    seen: dict[str, str] = {}
    for name in names:
        check_relative_path(name)
        key = name.lower()
        if key in seen:
            raise UsageError(f"two files in the export bundle differ only in case: {ascii(name)[:60]}")
        seen[key] = name
    for key in seen:
        parts = key.split("/")
        for depth in range(1, len(parts)):
            if "/".join(parts[:depth]) in seen:
                raise UsageError(f"a name in the export bundle is both a file and a folder: {ascii(key)[:60]}")
