"""The literal gate gives exactly the matches of ``finditer``; ``UNLOWERED`` is every exception to ``lower()``."""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import facilities
from intake.pseudonymise.detectors.literal_gate import UNLOWERED, gated_finditer, lowered


def _literal_chars() -> set[str]:
    return {c for literals, _ in facilities.GATES.values() for lit in literals for c in lit}


def test_unlowered_is_every_ignorecase_exception() -> None:
    """Every code point that an IGNORECASE literal letter matches lowers to that letter, but UNLOWERED's."""
    letters = _literal_chars() | set("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяіў")
    any_letter = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.IGNORECASE)
    found = set()
    for x in map(chr, range(0x110000)):
        if any_letter.fullmatch(x) and any(
            re.fullmatch(re.escape(c), x, re.IGNORECASE) and x.lower() != c for c in letters
        ):
            found.add(x)
    assert found <= set(UNLOWERED)


def test_no_lower_changes_length_but_unlowered() -> None:
    assert {x for x in map(chr, range(0x110000)) if len(x.lower()) != 1} <= set(UNLOWERED)


def test_lowered_refuses_unlowered_text() -> None:
    assert lowered("ИК-15 и Колония") == "ик-15 и колония"
    assert lowered("ᲄюрьма") is None and lowered("İK-5") is None


TEXTS = [
    "в семнадцатой колонии и в двадцать второй  колонии, потом ИК-15, СИЗО № 1, ик четыре",
    "колония номер три; калоніі нумар дваццаць два; penal colony number two, prison No. 4",
    "гродненском СИЗО, могилёвской тюрьме, оршанская пересылка, пінскі ІЧУ, женской колонии",
    "the twenty-first penal colony, the seventh  zone; pre-trial prison on kirava; СИЗО на Володарского",
    "суде Фрунзенского района, Минском областном суде, третьей школе, школе номер пять, гимназии № 2",
    "Московского района, улица Ленина, сезон колонизации, wolves' burrows, KGB remand prison",
    "ᲄретьей школе и ᲂбластном суде",  # letters IGNORECASE matches that lower() leaves alone: no gate
]


def test_gated_equals_finditer() -> None:
    for text in TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS]:
        low = lowered(text)
        for pattern in [*facilities.DETENTION_PATTERNS, *facilities.ORG_PATTERNS, *facilities.LOCATION_PATTERNS,
                        *facilities._CASELESS_ORG, *facilities._CASELESS_LOC]:
            literals, words_before = facilities.GATES[pattern.pattern]
            gated = [(m.span(), m.group()) for m in gated_finditer(pattern, text, low, literals, words_before)]
            assert gated == [(m.span(), m.group()) for m in pattern.finditer(text)], (pattern.pattern, text)
