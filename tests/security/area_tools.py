"""Test helpers: read and rewrite the key area's header as an attacker with write access (or a test) would."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from intake.vault.areaheader import AreaHeader
from intake.vault.keyarea import AREA_NAME, AREA_OFFSET, COPY_SIZE, POS_SIZE, encode_copy, read_headers


def read_area(vault_dir: Path) -> tuple[AreaHeader, int]:
    fd = os.open(vault_dir / AREA_NAME, os.O_RDONLY)
    try:
        return read_headers(fd)
    finally:
        os.close(fd)


def write_area(vault_dir: Path, header: AreaHeader, *, mac_key: bytes | None = None) -> None:
    """Write ``header`` as the newest copy; signed with ``mac_key`` if given, else with its old (now wrong) MAC."""
    current, copy = read_area(vault_dir)
    seq = current.seq + 1
    new = header.signed(mac_key, seq) if mac_key is not None else replace(header, seq=seq)
    fd = os.open(vault_dir / AREA_NAME, os.O_RDWR)
    try:
        os.pwrite(fd, encode_copy(new), (1 - copy) * COPY_SIZE)
    finally:
        os.close(fd)


def position_offset(pos: int) -> int:
    return AREA_OFFSET + pos * POS_SIZE


def read_position(vault_dir: Path, pos: int) -> bytes:
    with open(vault_dir / AREA_NAME, "rb") as fh:
        fh.seek(position_offset(pos))
        return fh.read(POS_SIZE)


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        byte = os.pread(fd, 1, offset)
        os.pwrite(fd, bytes([byte[0] ^ mask]), offset)
    finally:
        os.close(fd)
