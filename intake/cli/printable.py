"""One sanitiser for text that came from files and is about to reach a terminal.

File names, package names and metadata sealed in packages are chosen by whoever made the file, and a
terminal obeys escape sequences in them: ESC (C0) and CSI (C1, U+009B) sequences can rewrite the screen,
set the window title or, on some terminals, answer back into the input; bidirectional overrides make text
read differently from what it is ("Trojan Source"). :func:`printable` replaces every such character with
``?`` so what is printed is exactly what is shown, and :func:`printable_lines` does the same but keeps
line breaks, for multi-line messages.

Replaced: C0 controls (U+0000-U+001F, tab and newline included), DEL (U+007F), C1 controls
(U+0080-U+009F), the bidirectional controls U+061C, U+200E, U+200F, U+202A-U+202E and U+2066-U+2069,
and the line and paragraph separators U+2028 and U+2029.
"""

from __future__ import annotations

import re

REPLACEMENT = "?"
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")
_UNSAFE_KEEP_NEWLINE = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{_BIDI}\u2028\u2029]")


def printable(text: object) -> str:
    """``str(text)`` on one line with every control, C1 and bidi-override character replaced by ``?``."""
    return _UNSAFE.sub(REPLACEMENT, str(text))


def printable_lines(text: object) -> str:
    """Like :func:`printable` but line breaks (``\\n``) are kept."""
    return _UNSAFE_KEEP_NEWLINE.sub(REPLACEMENT, str(text))


def json_safe(encoded: str) -> str:
    """Escape, inside already encoded JSON, what ``json.dumps(ensure_ascii=False)`` leaves raw (DEL, C1,
    bidi controls, U+2028/9) as ``\\uXXXX``: the same JSON value, harmless on a terminal."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def has_unsafe(text: str) -> bool:
    """True when :func:`printable` would change ``text``."""
    return _UNSAFE.search(text) is not None
