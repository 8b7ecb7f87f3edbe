"""Decoding text files: UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1251 only when sure.

Order of decisions (the first that applies wins; nothing is guessed silently):

1. A UTF-8 BOM means UTF-8; a UTF-16 BOM (LE or BE) means UTF-16. The rest must decode strictly.
2. Without a BOM, NUL bytes mean a binary file (or UTF-16/32 without a BOM, which Intake does not guess).
3. Strict UTF-8 that decodes is UTF-8 (Windows-1251 Cyrillic is practically never valid UTF-8).
4. Otherwise Windows-1251 is accepted only if the decoded text looks like Cyrillic prose: at least
   :data:`MIN_LETTERS` letters outside ASCII, nearly all of them Cyrillic, mostly lower case (KOI8-R read as
   Windows-1251 comes out mostly upper case, because the two tables swap the cases), and almost no word
   mixing Latin and Cyrillic letters (Latin-1 German or Polish read as Windows-1251 does that: ``Mьller``).
   Anything else is refused with a hint naming ``--encoding``.

Control characters other than tab, line feed, carriage return and form feed mark a binary file in any
encoding.
"""

from __future__ import annotations

import codecs
import re

from intake.errors import TranscriptUnreadable, UndecidableEncoding, UsageError

ENCODINGS = ("utf-8", "utf-16", "cp1251")
MIN_LETTERS = 20
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_WORD = re.compile(r"[^\W\d_]+")


def decode(name: str, data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of a text file's bytes; refuses binary or undecidable input."""
    if encoding is not None:
        return _forced(name, data, encoding), encoding
    if data.startswith(codecs.BOM_UTF8):
        return _strict(name, data[3:], "utf-8"), "utf-8 (BOM)"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(name, data, "utf-16"), "utf-16 (BOM)"
    if b"\x00" in data:
        raise TranscriptUnreadable(f"{name}: a binary file (it holds NUL bytes), not a text transcript",
                                   hint="UTF-16 without a byte-order mark is not guessed: give --encoding utf-16")
    try:
        return _checked(name, data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    return _cp1251(name, data), "cp1251"


def _forced(name: str, data: bytes, encoding: str) -> str:
    if encoding not in ENCODINGS:
        raise UsageError(f"--encoding must be one of {', '.join(ENCODINGS)}")
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    return _strict(name, data, codec)


def _strict(name: str, data: bytes, codec: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UndecidableEncoding(f"{name}: not valid {codec.removesuffix('-sig')} (byte {exc.start})") from exc
    return _checked(name, text.removeprefix("\ufeff"))


def _checked(name: str, text: str) -> str:
    if _CONTROL.search(text):
        raise TranscriptUnreadable(f"{name}: holds control characters: a binary file, not a text transcript")
    return text


def _cp1251(name: str, data: bytes) -> str:
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError as exc:  # 0x98 is the one byte Windows-1251 leaves undefined
        raise UndecidableEncoding(f"{name}: neither UTF-8 nor Windows-1251") from exc
    text = _checked(name, text)
    reason = cp1251_doubt(text)
    if reason:
        raise UndecidableEncoding(f"{name}: not UTF-8, and Windows-1251 is not certain ({reason})")
    return text


def cp1251_doubt(text: str) -> str | None:
    """Why ``text`` (decoded as Windows-1251) may be something else; None when it reads as Cyrillic prose."""
    letters = [c for c in text if c.isalpha() and ord(c) > 0x7F]
    if len(letters) < MIN_LETTERS:
        return f"fewer than {MIN_LETTERS} letters outside ASCII"
    cyrillic = [c for c in letters if "\u0400" <= c <= "\u04ff"]
    if len(cyrillic) < 0.95 * len(letters):
        return "letters that are not Cyrillic"
    if sum(c.islower() for c in cyrillic) < 0.6 * len(cyrillic):
        return "mostly capital letters, as KOI8-R read as Windows-1251 looks"
    words = [w for w in _WORD.findall(text) if any(ord(c) > 0x7F for c in w)]
    mixed = sum(1 for w in words if re.search("[A-Za-z]", w))
    if mixed > max(2, len(words) // 50):
        return "words mixing Latin and Cyrillic letters"
    return None
