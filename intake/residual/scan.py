"""Residual-risk scan: digits, contacts and unknown capitalised words left in anonymised text.

Kinds (``ResidualHit.kind``):

``digits``     a run of five or more digits with any separators between them (spaces, commas, dots,
               hyphens, brackets, line breaks), counting letters speech recognition writes for digits
               (``I``, ``l``, ``і``, ``O``, ``З``, ``б``) when they stand inside a digit group, or a word mixing letters
               and five digits (``MP4417086``); not a plain date, a list of years or a round sum; also a
               vehicle registration plate, four digits, a two-letter series and a region digit (``1234 ав-7``);
``calling-code``  a country calling code: ``+375``, ``plus 375``, ``плюс 370``, ``00 48``;
``spoken-contact``  words that dictate a phone or an address: ``собака``, ``нижнее подчёркивание``,
               ``точка ком``, ``at ... dot``, ``плюс`` before a number word, five digits dictated in a row
               (``spoken.py``), ``андерскор``, ``at symbol``, ``три дабл ю``, ``colon slash``, ``дот ком``,
               ``на гмейле``, a Latin word before ``слитно``/``all one word``, ``доб.`` before digits; letters
               dictated as words (``эм ай эр а``, ``пэ бэ четыре``, what is left after a placeholder: ``spelled.py``);
``email``, ``handle``, ``url``, ``iban``  anything shaped like one, also with its dots blanked to spaces
               (``zenkovich@tut by``, ``svaboda org/a/1``, ``www nashaniva by``: ``blanked.py``; a handle also
               when spoken: Latin words joined by ``dot``/``дефис``, a Latin word after an account cue, or words
               said as an account name after one: ``ник был сова девятнадцать``, ``named.py``);
``capitalised``  a capitalised word inside a sentence that the small vocabulary in this module does not
               know (``vocabulary.py``): a name the detectors missed is most often one of these.

Hits never overlap a placeholder; overlapping hits of different kinds are all reported (the reviewer
sees every reason), sorted by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.residual.blanked import blanked_hits
from intake.residual.spoken import spoken_hits
from intake.residual.vocabulary import is_known

KINDS = ("digits", "calling-code", "spoken-contact", "email", "handle", "url", "iban", "capitalised")


@dataclass(frozen=True, order=True)
class ResidualHit:
    """``text[start:end]`` may still identify someone; ``kind`` is one of :data:`KINDS`."""

    start: int
    end: int
    kind: str
    text: str


PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]|<[A-Z][A-Z_]*-?\d*>|\{[A-Z][A-Z_]*-?\d*\}")
_ASR = "IilІіOОЗоoзБбb"  # letters written for digits (also in lower case when they stand inside a digit group)
_D = rf"[0-9{_ASR}]"
_GROUP = rf"(?:\d{_D}*|{_D}+\d{_D}*)"
# Between two digit groups: separators, and one filler or joiner a speaker says while dictating (``ну``, ``и``).
_FILLER = r"(?:ну|э-э|ээ|э|так|значит|значыць|вот|вось|и|і|and|um|uh|er|erm|then)"
_GAP = rf"[\s,.\-–—()/]{{1,4}}(?:{_FILLER}[\s,.\-–—]{{1,3}})?"
_DIGITS = re.compile(rf"(?<![\w]){_GROUP}(?:{_GAP}{_GROUP})*(?![\w])")
# A vehicle registration plate: four digits, two letters and the region digit (``1234 AB-7``, ``5521кн-3``).
_PLATE = re.compile(r"(?<![\w\-])\d{4}[ \u00a0]?[^\W\d_]{2}[ \u00a0]?[\-–][ \u00a0]?\d(?![\w\-])")
_CALLING = re.compile(r"(?:\+|(?<!\d[ ,.])\b00\s?(?=[1-9])|\b(?:plus|плюс|плюс)\s+)\d{1,3}\b", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,32}\b|\b[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+\b")
_URL = re.compile(
    r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|by|ru|pl|lt|ua|me|io|info|eu|de)(?:/\S*)?\b"
    # with a path, any country's two-letter domain (``shop-name.am/help``), in lower case as addresses are written
    r"|(?-i:\b[a-z0-9][a-z0-9-]*\.[a-z]{2}/[\w\-./?=&%]+)",
    re.IGNORECASE,
)
_IBAN = re.compile(r"\b[A-Z]{2} ?\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b", re.IGNORECASE)
_SPOKEN = re.compile(
    r"\b(?:собака|собачка|сабака|сабачка|нижнее\s+подч[её]ркивание|подч[её]ркивание|ніжняе\s+падкрэсліванне|"
    r"падкрэсліванне|(?:точка|кропка)\s+(?:ком|com|ру|ru|бай|by|нет|net|орг|org|ми|me|io|ио|pl|пл|de|де|lt|ua|eu|uk)\b|"
    r"(?:точка|кропка|dot)\s+(?:пэ|пи|эл|бэ|би|pee)\s+(?:эль|эл|тэ|ти|вэ|вай|el)\b|"
    r"(?:эт|at)\s+(?:sign\s+)?(?:gmail|outlook|yandex|tut|proton|protonmail|wp|ukr|mail|гмейл|гмэйл|джимейл|"
    r"аутлук|яндекс|ёндэкс|протон|мейл|мэйл|вэ\s+пэ|вэ\s+пи|дабл[\s\-]ю)\b(?!\s+(?:dot|точка|кропка))|"
    r"вэ\s+вэ\s+вэ|double\s+u|слэш|слеш|slash|"
    r"underscore|at\s+\w+\s+dot|dot\s+(?:com|org|net|by|me|ru|io|pl|de|lt|ua|eu|uk)\b|"
    r"(?:плюс|plus)\s+(?:три|тры|three|сорок|forty|семь|seven)\b|"
    # round 9: words said only while dictating an address or a number
    r"андерскор|under\s+score|at\s+symbol|вэвэвэ|(?:три|тры|three|triple)\s+(?:w|дабл\s+ю|double\s+u)\b|"
    r"(?:двоеточие|colon)\s+(?:слэш|слеш|slash)|дот\s+(?:ком|орг|нет|нэт|бай|ру|com|org|net|by|ru|info)\b|"
    r"(?:на|on)\s+(?:гмейле|гмэйле|джимейле|яндексе|протоне|аутлуке|тутаноте|gmail|proton|yandex|outlook)\b|"
    r"[A-Za-z][A-Za-z0-9]*\s+(?:слитно|разам|all\s+one\s+word)\b|(?:добавочный|дадатковы|доб\.|ext\.?|extension)\s*\d)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ENDERS = set('.!?…:\n"«„“')


def _masked(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _digit_count(run: str) -> int:
    groups = re.findall(_GROUP, run)
    return sum(1 for g in groups for ch in g if ch.isdigit() or ch in _ASR)


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"«„“'(-–—":
        i -= 1
    if i >= 0 and text[i] == "]":  # after a placeholder the sentence goes on
        return False
    return i < 0 or text[i] in _ENDERS


# Ordinary numbers that carry five digits: a date (``12.08.2020``), a month (``05/2021``), years
# (``2019, 2020``), a round sum.
_ORDINARY = re.compile(
    r"^(?:\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d|(?:0?[1-9]|1[0-2])[./](?:19|20)\d\d|"
    r"(?:19|20)\d\d(?:(?:[\s,\-–—/]{1,3}|,? (?:и|і|and) )(?:19|20)\d\d)*|\d{1,3}(?:[ ,.]000)+)$"
)


def _iban_shaped(found: str) -> bool:
    return (found[:2].isupper() and found[2].isdigit()) or sum(c.isdigit() for c in found) >= 10


def _pattern_hits(text: str, language: str) -> list[tuple[int, int, str]]:
    found = [
        (m.start(), m.end(), "digits")
        for m in _DIGITS.finditer(text)
        if _digit_count(m.group()) >= 5 and not _ORDINARY.match(m.group())
    ]
    found += [(m.start(), m.end(), "digits") for m in _PLATE.finditer(text)]
    found += spoken_hits(text) + blanked_hits(text, language)
    for rx, kind in (
        (_CALLING, "calling-code"),
        (_SPOKEN, "spoken-contact"),
        (_EMAIL, "email"),
        (_URL, "url"),
    ):
        found += [(m.start(), m.end(), kind) for m in rx.finditer(text)]
    # any case (``pl 61 1090 ...`` in lower-cased speech), so at least ten digits: not ``on 13 June 2018 there``
    found += [(m.start(), m.end(), "iban") for m in _IBAN.finditer(text) if _iban_shaped(m.group())]
    emails = [(s, e) for s, e, k in found if k == "email"]
    found += [(m.start(), m.end(), "handle") for m in _HANDLE.finditer(text) if not _masked(emails, m.start(), m.end())]
    return found


def _unknown_capitalised(text: str, language: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        mid = word[:1].isupper() and len(word) >= 2 and not _sentence_start(text, m.start())
        if mid and not is_known(word, language):
            out.append((m.start(), m.end(), "capitalised"))
    return out


def scan(text: str, language: str) -> list[ResidualHit]:
    """Everything in ``text`` (``language``: ``ru``, ``be`` or ``en``) that still looks identifying."""
    holes = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    found = _pattern_hits(text, language) + _unknown_capitalised(text, language)
    hits = {ResidualHit(s, e, kind, text[s:e]) for s, e, kind in found if not _masked(holes, s, e)}
    return sorted(hits)
