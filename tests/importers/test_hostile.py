"""Hostile and broken input: each refused with a clear message that holds no text, and nothing stored."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
import tool_files as tf

from intake.errors import TranscriptTooLarge, TranscriptUnreadable, UndecidableEncoding
from intake.importers import Limits, parse, read_source
from intake.transcripts.imports import ImportOptions, import_transcript

RU = tf.LABELLED["ru"]


def _bomb_docx() -> bytes:
    """A real Word document plus a 60 MB member of zeros that compresses about 1000 to 1."""
    return tf.with_member(tf.docx_bytes(["Интервьюер: Текст."]), "word/media/image1.png", bytes(60 * 1024 * 1024))


def _many_members_docx() -> bytes:
    data = tf.docx_bytes(["Интервьюер: Текст."])
    for n in range(5):
        data = tf.with_member(data, f"customXml/extra{n}.xml", b"<a/>")
    return data


HOSTILE: dict[str, tuple[str, bytes, type[Exception], str]] = {
    "zip bomb docx": ("P-101.docx", _bomb_docx(), TranscriptTooLarge, "compressed more than 200 to 1"),
    "huge line": ("P-102.txt", ("Интервьюер: " + "а" * 200_000 + "\n").encode(), TranscriptTooLarge,
                  "line 1 is longer than 100000"),
    "binary renamed .txt": ("P-103.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), TranscriptUnreadable,
                            "binary file"),
    "zip renamed .txt": ("P-104.txt", tf.docx_bytes(["Интервьюер: Текст."]), TranscriptUnreadable, "binary file"),
    "utf-16 without BOM": ("P-105.txt", RU.encode("utf-16-le"), TranscriptUnreadable, "NUL bytes"),
    "koi8-r": ("P-106.txt", RU.encode("koi8-r"), UndecidableEncoding, "capital letters"),
    "latin-1": ("P-107.txt", ("Interviewer: Grüß Gott, Frau Müller. Wie geht es Ihnen heute? Schön, dass Sie "
                              "gekommen sind. Die Straße war überfüllt, aber wir waren pünktlich. Größer, "
                              "schöner, älter, jünger, wärmer.\n").encode("latin-1"),
                UndecidableEncoding, "not UTF-8, and Windows-1251 is not certain"),
    "mixed utf-8 and cp1251": ("P-108.txt", RU.encode() + RU.encode("cp1251"), UndecidableEncoding,
                               "neither UTF-8 nor Windows-1251"),
    "short cp1251": ("P-109.txt", "Да: нет.\n".encode("cp1251"), UndecidableEncoding, "fewer than 20"),
    "doctype in odt": ("P-110.odt", tf.odt_bytes(doctype='<!DOCTYPE x [<!ENTITY a "aaaa">]>'), TranscriptUnreadable,
                       "declares a DOCTYPE"),
    "not a docx": ("P-111.docx", b"PK\x03\x04 truncated", TranscriptUnreadable, "not a valid document"),
    "odt with a table": ("P-112.odt", tf.odt_bytes('<table:table><table:table-row><table:table-cell><text:p>Да'
                                                   '</text:p></table:table-cell></table:table-row></table:table>'),
                         TranscriptUnreadable, "in a table"),
    "ten speakers": ("P-113.txt", "".join(f"S{n}: реплика {n}.\n" for n in range(10)).encode(),
                     TranscriptUnreadable, "10 different speaker labels"),
    "empty": ("P-114.txt", b"", TranscriptUnreadable, "empty"),
    "only blank lines": ("P-115.txt", b"\n\n  \n", TranscriptUnreadable, "no text found"),
    "unknown extension": ("P-116.rtf", b"{\\rtf1 text}", TranscriptUnreadable, "not a format Intake imports"),
}


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
def test_refused_with_a_clear_message_and_nothing_stored(vault, tmp_path: Path, case: str) -> None:  # type: ignore[no-untyped-def]
    name, data, error, message = HOSTILE[case]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error, match=message) as info:
        parse(read_source(path, Limits()))
    assert "реплика" not in info.value.message and "Текст" not in info.value.message
    result = import_transcript(vault, path, ImportOptions(name.split(".")[0], "ru", shred=True))
    assert result.status == "failed" and message in result.message and name in result.message
    assert vault.conn.execute("SELECT count(*) FROM transcripts").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 0
    assert path.read_bytes() == data  # --shred never touches a file that was not imported


def test_member_count_cap(tmp_path: Path) -> None:
    path = tmp_path / "P-120.docx"
    path.write_bytes(_many_members_docx())
    parse(read_source(path, Limits()))  # fine under the default cap
    caps = Limits(max_zip_members=10)
    with pytest.raises(TranscriptTooLarge, match="possible zip bomb"):
        parse(read_source(path, caps), limits=caps)


def test_total_size_and_file_size_caps(tmp_path: Path) -> None:
    path = tmp_path / "P-121.docx"
    path.write_bytes(tf.docx_bytes(["Интервьюер: Текст."]))
    caps = Limits(max_zip_total=10_000)
    with pytest.raises(TranscriptTooLarge, match="unpacks to more than"):
        parse(read_source(path, caps), limits=caps)
    with pytest.raises(TranscriptTooLarge, match="larger than 0 MiB"):
        read_source(path, Limits(max_file_bytes=1000))


def test_segment_cap(tmp_path: Path) -> None:
    path = tmp_path / "P-122.txt"
    path.write_text("\n\n".join(f"Абзац номер {n}." for n in range(30)))
    caps = Limits(max_segments=20)
    with pytest.raises(TranscriptTooLarge, match="more than 20 segments"):
        parse(read_source(path, caps), limits=caps)


def test_a_zip_member_cannot_yield_more_than_it_declares(tmp_path: Path) -> None:
    """Python's zipfile stops at the declared size; a member lying low cannot smuggle more data past the caps."""
    import io
    import zipfile

    from intake.importers.source import open_zip, read_member

    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as archive:
        archive.writestr("content.xml", b"x" * 1000, compress_type=zipfile.ZIP_DEFLATED)
    data = bytearray(raw.getvalue())
    for marker in (b"PK\x03\x04", b"PK\x01\x02"):  # declare 10 bytes in both headers
        at = data.index(marker)
        offset = at + (22 if marker == b"PK\x03\x04" else 24)
        data[offset:offset + 4] = (10).to_bytes(4, "little")
    with pytest.raises(TranscriptUnreadable, match=r"content\.xml is damaged"):  # the CRC of 10 bytes fails
        read_member("x.odt", open_zip("x.odt", bytes(data), Limits()), "content.xml", Limits())


def test_encoding_option_reads_what_detection_refuses(tmp_path: Path) -> None:
    path = tmp_path / "P-123.txt"
    path.write_bytes(RU.encode("utf-16-le"))
    assert parse(read_source(path, Limits()), encoding="utf-16").segments[0].text == "Расскажите о себе."
    path.write_bytes(codecs.BOM_UTF8 + "R: нет.\n".encode())
    assert parse(read_source(path, Limits()), encoding="utf-8").segments[0].text == "нет."
    path.write_bytes("R: Да.\n".encode("cp1251"))  # too few letters to decide alone
    assert parse(read_source(path, Limits()), encoding="cp1251").segments[0].text == "Да."


def test_symlink_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(RU)
    (tmp_path / "P-124.txt").symlink_to(target)
    with pytest.raises(TranscriptUnreadable, match="symbolic link"):
        read_source(tmp_path / "P-124.txt", Limits())
