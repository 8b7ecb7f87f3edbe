"""The literal gate gives exactly the matches of ``finditer``; ``UNLOWERED`` is every exception to ``lower()``."""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import facilities, ids, web, web_gates
from intake.pseudonymise.detectors.literal_gate import UNLOWERED, gated_finditer, lowered, opening_finditer


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


WEB_TEXTS = [
    "мой сайт эйч ти ти пи эс двоеточие слэш слэш дабл ю дабл ю дабл ю точка free-press-news-by точка бай слэш news",
    "https colon slash slash three w dot help dot family dot org slash about, anecdote dot at dotcom",
    "пишите на катя точка мельник собака gmail точка ком или kira underscore lis at yandex dot ru, собака лает",
    "ник serzh нижнее подчёркивание dub 84 собака, under score me, андерскор, лагін кіра падкрэсліванне ліс",
    "at kira underscore lis; meet at home at sign kamar; эт сабачка тут точка бай; инстаграм @kira_lis, tg: x",
    "вэ пэ эс а сабачка тут точка бай, kirales слитно собака мыло точка ру, точка зрения, кропка",
    "ᲄочка ком and İnstagram at",  # letters IGNORECASE matches that lower() leaves alone: no gate
]


def _web_cases() -> list[tuple[re.Pattern[str], web_gates.Gate]]:
    return [(web._SPOKEN_URL, web_gates.SPOKEN_URL), (web._SPOKEN_SEP_HANDLE, web_gates.SEP_HANDLE),
            (web._SPOKEN_AT_HANDLE, web_gates.SPOKEN_AT), (web._EN_AT_HANDLE, web_gates.EN_AT),
            (web._AT_WORD, web_gates.AT_WORD), (web_gates.HANDLE_CUE, web_gates.HANDLE_CUE_GATE)]


def test_web_gates_equal_finditer() -> None:
    for text in WEB_TEXTS + [t.lower() for t in WEB_TEXTS] + [t.upper() for t in WEB_TEXTS]:
        for pattern, gate in _web_cases():
            gated = [(m.span(), m.group()) for m in web_gates.gated(pattern, text, gate)]
            assert gated == [(m.span(), m.group()) for m in pattern.finditer(text)], (pattern.pattern[:40], text)


def test_window_matches_equal_finditer() -> None:
    for text in WEB_TEXTS + [t.lower() for t in WEB_TEXTS] + [t.upper() for t in WEB_TEXTS]:
        for at in web._AT_WORD.finditer(text):
            for lo, hi in [(max(0, at.start() - 200), min(len(text), at.end() + 240)), (at.start() - 7, at.end() + 9)]:
                lo = max(0, lo)
                plain = [m.span() for m in web._SPOKEN_EMAIL.finditer(text, lo, hi) if m.start() <= at.start()]
                windowed = [m.span() for m in web_gates.window_matches(web._SPOKEN_EMAIL, text, lo, at.start(), hi)]
                assert windowed == plain, text


ID_TEXTS = [
    "дело номер 12345-67, по делу № 2-1234/2021, справа 4567/21, отдела 12345, case no. 77-1234",
    "Дела под номером 123456, No 12/2020-01, N° 123456, # 1234567, nothing no 1 2 3 4 5 6, casey 99999",
    "ſprava case 12345 and ᲄело 12345",  # letters IGNORECASE matches that lower() leaves alone: no gate
]


def test_opening_gates_equal_finditer() -> None:
    for text in ID_TEXTS + [t.lower() for t in ID_TEXTS] + [t.upper() for t in ID_TEXTS]:
        for pattern, literals in [(ids._CASE, ids.CASE_OPENINGS), (ids._NUMBERED, ids.NUMBERED_OPENINGS)]:
            gated = [(m.span(), m.group()) for m in opening_finditer(pattern, text, lowered(text), literals)]
            assert gated == [(m.span(), m.group()) for m in pattern.finditer(text)], (pattern.pattern[:40], text)
