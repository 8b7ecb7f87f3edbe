"""Identity and account numbers: bank cards (Luhn), IBANs (mod 97), Belarusian passport and personal
identification numbers (also dictated), criminal case numbers and other long digit strings.

Passports and residence cards of neighbouring countries (six or seven digits, a series in either alphabet or
said in letter names), recognition's letters for digits and a segment break inside a personal number are read;
IBANs said in words or broken over a segment are ``ibans.py``'s.

A number that fails its check digit is still reported (interviewees misremember digits, and a fictional
or mistyped IBAN identifies a person just as well), with a lower score.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.asr_long_ids import asr_long_ids
from intake.pseudonymise.detectors.cued_numbers import cued_numbers
from intake.pseudonymise.detectors.ibans import lengths, spoken_ibans
from intake.pseudonymise.detectors.id_words import LETTER_NAMES, filler_between, series_word, whole_ids
from intake.pseudonymise.detectors.literal_gate import lowered, opening_finditer
from intake.pseudonymise.detectors.numwords import (
    ASR_GROUP_DIGITS,
    ASR_GROUP_LETTERS,
    LEXICON,
    read_number,
    starts_number,
)
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, split
from intake.pseudonymise.spans import Span

_IBAN = re.compile(
    r"\b[A-Z]{2}[ \u00a0]?\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?\b", re.IGNORECASE
)
_CARD = re.compile(
    r"(?<![\w+\-])(?:\d{4}(?:[ \u00a0\-]\d{4}){3}(?:[ \u00a0\-]?\d{1,3})?|\d{13,19})(?![\w\-]|[.,]\d)"
)
_L = r"[A-ZА-ЯІЎ]"
# Recognition writes letters for digits (``3O40878 H 008 PB 1``, ``2з89432``, ``liоl572``): the shape stays
# unmistakable, and at least five real digits are asked of every match.
_ASR_DIGIT = "[0-9OoОоIilЗз]"
# Series and number apart by a blank, a hyphen or a comma (``MC 1755479``, ``KB-6441637``, ``ER, 3273102``);
# six digits are a passport or residence card of another country (``FE 241014``) only after a document cue.
_PASSPORT = re.compile(
    rf"(?<!\w){_L}{_L}(?:[ \u00a0\-]|,[ \u00a0]?|[ \u00a0]{{2}})?"  # two blanks: the comma blanked (``fa  631 972``)
    rf"{_ASR_DIGIT}(?:[ \u00a0]?{_ASR_DIGIT}){{5,6}}(?!\w)",
    re.IGNORECASE,
)
# Passports of digits only (Russian foreign passports: ``75 0952146``), recognition's letters allowed, after a cue.
_DIGIT_PASSPORT = re.compile(rf"(?<![\w+\-])\d\d[ \u00a0]?\d{_ASR_DIGIT}{{6}}(?!\w)")
# Parts apart by a blank, a hyphen or a Whisper segment break (``6047630М \n612РВ6``).
_PART = r"(?:[ \-]|\s{1,3})?"
_PERSONAL = re.compile(
    rf"(?<!\w)[0-9ЗзIl]{_ASR_DIGIT}{{6}}{_PART}{_L}{_PART}{_ASR_DIGIT}{{3}}{_PART}{_L}{{2}}{_PART}{_ASR_DIGIT}(?!\w)",
    re.IGNORECASE,
)
# A number said in spaced groups (``№ 229 497 77``, ``дело 181 077 36``): six digits or more.
_SPACED = r"\d{2,4}(?:[ \u00a0]\d{2,4}){1,4}(?![ \u00a0]?\d)"
_NUMBERED = re.compile(
    rf"(?:№|N°|No\.?|#)\s?(\d[\d\-/]{{4,}}\d|\d{{1,6}}/\d{{2,4}}(?:-\d{{2,4}})?|{_SPACED})(?![\w/])", re.IGNORECASE
)
_PASSPORT_SPLIT = re.compile(
    rf"(?<!\w)({_L}{_L})\s*,?\s*(?:номер|нумар|number|no\.?|№)\s*(\d{{7}})(?!\w)", re.IGNORECASE
)
_CASE = re.compile(
    rf"(?:дел[оау]|справ[аеыу]|case)\s+(?:номер|нумар|number|no\.?|№|под номером|пад нумарам)?\s*"
    rf"(\d[\d\-/]{{3,}}\d|{_SPACED})(?![\w\-])",
    re.IGNORECASE,
)
# Registration numbers of cases, complaints and communications: a serial number and the year it was
# registered (``4127/2023``, ``8563/19``, ``12/34-2023``).  Not a season (``2021/2022``), a month
# (``11/2023``), a fraction (``2/3``) or a date (``12/05/2023``).
_REGISTRATION = re.compile(
    r"(?<![\w/.,\-])(?:(\d{2,6})/(?:19|20)\d\d|(\d{3,6})/\d\d|\d{1,4}/\d{1,4}-(?:19|20)?\d\d)(?![\w/\-]|[.,]\d)"
)
# The literals that open every match of ``_CASE`` and ``_NUMBERED`` (``literal_gate.opening_finditer``).
CASE_OPENINGS = ("дел", "справ", "case")
NUMBERED_OPENINGS = ("№", "n°", "no", "#")
_LONG_DIGITS = re.compile(r"(?<![\w+\-.,/])(?!\d{1,3}0{5,}(?!\d))\d{8,20}(?![\w\-]|[.,/]\d)")

_LETTER_NAMES = LETTER_NAMES
_ID_CUE = re.compile(
    r"(?:паспорт|пашпарт|идентификац|ідэнтыфікац|личн\w* номер|асабіст\w* нумар|номер дела|"
    r"уголовн\w* дел|крымінальн\w* справ|номер справы|passport|personal (?:id|number)|"
    r"identification|case number|id number|сч[её]т|рахун|iban|реквизит|рэквізіт|карт[аыуе]|картк|карточк|"
    r"card|account|bank|банк|номер карт|вид\w* на жительств|від\w* на жыхарств|внж|побыт|pobyt|"
    r"residen\w* (?:card|permit)|"
    r"дел[оау] (?:номер|№|под)|справ[аеуы] (?:нумар|№|пад)|case (?:number|no|№)|(?:по|в|к|из) делу|п[оа] справе|"
    r"(?:criminal|under|his|her|the) case)",
    re.IGNORECASE,
)
_STRUCTURE_ANYWHERE = re.compile(r"(?=(LL\d{7}(?!\d)|\d{7}L\d{3}LL\d(?!\d)))")


def luhn_ok(digits: str) -> bool:
    """True when the digit string passes the Luhn check (bank cards). Non-digits are ignored."""
    nums = [int(c) for c in digits if c.isdigit()]
    if len(nums) < 2:
        return False
    total = 0
    for i, n in enumerate(reversed(nums)):
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    """True when ``iban`` (spaces allowed) has a valid ISO 13616 mod-97 check."""
    s = re.sub(r"[\s\u00a0]", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _span(start: int, text: str, score: float, source: str) -> Span:
    return Span(start, start + len(text), "ID_NUMBER", text, score, f"patterns.{source}")


def _wordy(found: str) -> bool:
    """Words among the groups (``on 19 June 2012 there``): a group in mixed case, or a lower-case word in an
    upper-case number, is no part of an IBAN."""
    groups = re.split(r"[ \u00a0]+", found.strip())
    upper = groups[0].isupper()
    return any(g.isalpha() and not g.isupper() and (upper or not g.islower()) for g in groups[1:])


def _ibans(text: str) -> list[Span]:
    out = []
    for m in _IBAN.finditer(text):
        found = m.group()
        tail = re.search(r"[ \u00a0]([^\W\d_]{1,3})$", found)
        if tail is not None:  # ``... 0461 at the bank``: a word after the number, not its last group
            found = found[: tail.start()]
        compact = re.sub(r"\s", "", found).upper()
        expected = lengths().get(compact[:2])
        if _wordy(found):
            continue
        if not m.group()[2].isdigit() and not m.group()[:2].isupper():
            if expected is None:
                continue  # ``on 19 ...``: no IBAN country
            # ``lt 12 3250 ...`` in lower-case speech: a spaced small country code counts when the check digits
            # hold, or when it is a listed country with its IBAN length after an account cue (not ``at 29 ...``)
            cued = _ID_CUE.search(text, max(0, m.start() - 80), m.start()) is not None
            if not (iban_ok(compact) or (expected == len(compact) and cued)):
                continue
        if iban_ok(compact):
            out.append(_span(m.start(), found, 0.99, "iban"))
        elif expected == len(compact) or (expected is None and 15 <= len(compact) <= 34):
            out.append(_span(m.start(), found, 0.8, "iban"))
    return out


# Series of Belarusian passports (Latin letters; ASR may write them in Cyrillic look-alikes).
_SERIES = frozenset("AB BM HB KH MP MC KB PP SP BI AA".split())
# Series of the passports and residence cards of neighbouring countries (Poland, Ukraine, Lithuania), said in
# lower case before a dictated number; not ``er``/``ee``/``em``, English fillers and letter names.
_FOREIGN_SERIES = frozenset("EA EB EC EH EK EP ET EX FA FB FC FE FF FH FK FM FP FT FX RA RB RE RP BP LT".split())
_LOOKALIKE = str.maketrans("АВЕКМНОРСТХІ", "ABEKMHOPCTXI")


def _real_digits(found: str) -> int:
    return sum(ch.isdigit() for ch in found)


def _lower_passport(text: str, m: re.Match[str]) -> bool:
    """Two small letters and seven digits (``mp4417086``, ``кв 3348120``): a passport when written as one
    word, when the letters are a passport series, or after an identity-document cue."""
    letters = m.group()[:2].upper().translate(_LOOKALIKE)
    if m.group()[2].isdigit() or letters in _SERIES:
        return True
    return _ID_CUE.search(text, max(0, m.start() - 60), m.start()) is not None


def _regex_spans(text: str) -> list[Span]:
    out = _ibans(text)
    for m in _CARD.finditer(text):
        valid = luhn_ok(m.group())
        if valid or not m.group().isdigit():
            out.append(_span(m.start(), m.group(), 0.99 if valid else 0.8, "card"))
    return out + _documents(text) + _numbered(text) + _registrations(text)


def _documents(text: str) -> list[Span]:
    """Passports, residence cards and personal numbers written with digits."""
    out = []
    for m in _PASSPORT.finditer(text):
        if _real_digits(m.group()) < 4:
            continue
        short = len(re.sub(r"\W", "", m.group())) == 8
        if short and _ID_CUE.search(text, max(0, m.start() - 60), m.start()) is None:
            continue
        if m.group()[:2].isupper() or _lower_passport(text, m):
            out.append(_span(m.start(), m.group(), 0.95 if m.group()[:2].isupper() else 0.7, "passport"))
    for m in _DIGIT_PASSPORT.finditer(text):
        asr = not m.group().replace(" ", "").isdigit()
        if asr and _real_digits(m.group()) >= 6 and _ID_CUE.search(text, max(0, m.start() - 60), m.start()):
            out.append(_span(m.start(), m.group(), 0.8, "passport"))
    for m in _PERSONAL.finditer(text):
        if _real_digits(m.group()) >= 8:
            out.append(_span(m.start(), m.group(), 0.95, "personal_number"))
    for m in _PASSPORT_SPLIT.finditer(text):
        if m.group(1).isupper():
            out.append(_span(m.start(1), text[m.start(1) : m.end(2)], 0.9, "passport"))
    return out


def _numbered(text: str) -> list[Span]:
    """Case numbers after ``дело``/``справа``/``case`` or ``№``, and other long digit strings."""
    out, low = [], lowered(text)
    for m in opening_finditer(_CASE, text, low, CASE_OPENINGS):
        if not re.fullmatch(r"(?:19|20)\d\d[-/](?:19|20)?\d\d", m.group(1)) and _real_digits(m.group(1)) >= 5:
            out.append(_span(m.start(1), m.group(1), 0.85, "numbered"))
    for m in opening_finditer(_NUMBERED, text, low, NUMBERED_OPENINGS):
        if " " not in m.group(1) or _real_digits(m.group(1)) >= 6:
            out.append(_span(m.start(1), m.group(1), 0.85, "numbered"))
    for m in _LONG_DIGITS.finditer(text):
        out.append(_span(m.start(), m.group(), 0.8, "long_digits"))
    return out


def _registrations(text: str) -> list[Span]:
    out = []
    for m in _REGISTRATION.finditer(text):
        serial = m.group(1) or m.group(2)
        year = m.group().split("/")[1]
        season = serial is not None and len(year) == 4 and 0 <= int(year) - int(serial) <= 1
        if serial is not None and (season or int(serial) <= 12):
            continue  # a season (``2021/2022``) or a month and year
        out.append(_span(m.start(), m.group(), 0.8, "registration"))
    return out


def _symbol(tokens: list[Token], gap_list: list[str], j: int) -> tuple[str, int]:
    """The symbols dictated at ``tokens[j]`` (digits, or ``L`` for a letter) and tokens used."""
    tok = tokens[j]
    if tok.text.isdigit():
        return tok.text, 1
    if _ASR_GROUP.fullmatch(tok.text) and _real_digits(tok.text) >= 4:
        return tok.text.translate(_ASR_MAP), 1  # ``832874O``, ``95З2267``: recognition's letters for digits
    if tok.text.isalnum() and not tok.text.isalpha():
        return re.sub(r"[^\W\d_]", "L", tok.text), 1
    if tok.text.isupper() and len(tok.text) <= 3:
        return "L" * len(tok.text), 1
    if tok.text == "o":  # English says the letter for zero; no passport series has an O
        return "0", 1
    if tok.low in _REPEATS and j + 1 < len(tokens) and re.fullmatch(r"[\s,\-]*", gap_list[j]):
        sym, used = _symbol(tokens, gap_list, j + 1)  # ``double seven`` -> 77
        if used == 1 and sym.isdigit() and len(sym) == 1:
            return sym * _REPEATS[tok.low], 2
    number = None
    if starts_number(tok.text):
        number = read_number([t.text for t in tokens[j : j + 8]], gap_list[j : j + 8])
    if number is not None and not number.ordinal:
        return str(number.value), number.used
    return _letter_symbol(tokens, j)


def _letter_symbol(tokens: list[Token], j: int) -> tuple[str, int]:
    """``L``/``LL`` for a letter or a passport series dictated at ``tokens[j]``, else nothing."""
    tok = tokens[j]
    if (len(tok.text) == 1 and tok.text.isalpha()) or tok.low in _LETTER_NAMES:
        return "L", 1
    if len(tok.text) == 2 and tok.text.upper().translate(_LOOKALIKE) in _SERIES | _FOREIGN_SERIES:
        return "LL", 1  # ``mp один шесть ...``, ``kh-пяць ...``: a passport series said in lower case
    after_digit = j > 0 and (tokens[j - 1].text in ("o", "O") or starts_number(tokens[j - 1].text))
    after_digit = after_digit or (j > 0 and tokens[j - 1].text.isdigit())
    # ``... два pb чатыры``, ``... 1 рв 6``, ``... адзін пб чатыры`` in lower-cased speech; ``эмпэ``, ``пэбэ``
    if (after_digit and re.fullmatch(r"[a-zавекмнорстхі]{2}", tok.text)) or series_word(tok.low, after_digit):
        return "LL", 1
    return "", 0


_REPEATS = {"double": 2, "triple": 3}
_ASR_GROUP = re.compile(rf"[0-9{ASR_GROUP_LETTERS}]+")
_ASR_MAP = ASR_GROUP_DIGITS
Chunk = tuple[str, int, int]  # symbols, first token index, index after the last token


def _dictated_id(tokens: list[Token], gap_list: list[str], i: int) -> list[Chunk]:
    """The run of dictated symbols from ``tokens[i]`` on, one chunk per word or composed number."""
    chunks: list[Chunk] = []
    j = i
    while j < len(tokens):
        sym, used = _symbol(tokens, gap_list, j)
        if not used and chunks and filler_between(tokens, gap_list, j):
            j += 1  # ``три два один, ну, пять ...``: a filler between two symbols
            continue
        if not used:
            break
        chunks.append((sym, j, j + used))
        j += used
        if j - 1 < len(gap_list) and not re.fullmatch(r"[\s,\-]*", gap_list[j - 1]):
            break
    return chunks


def _structured(chunks: list[Chunk]) -> tuple[int, int] | None:
    """Token range of a passport- or personal-number-shaped stretch of ``chunks``, aligned to chunks."""
    joined = "".join(c[0] for c in chunks)
    if "L" not in joined or not any(ch.isdigit() for ch in joined):
        return None
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    pos = 0
    for chunk in chunks:
        starts[pos] = chunk[1]
        pos += len(chunk[0])
        ends[pos] = chunk[2]
    for m in _STRUCTURE_ANYWHERE.finditer(joined):
        begin, stop = m.start(1), m.end(1)
        if begin in starts and stop in ends:
            return starts[begin], ends[stop]
    return None


def _trimmed(tokens: list[Token], chunks: list[Chunk]) -> list[Chunk]:
    """Drop single-character letters at either end: ``а``, ``и``, ``I`` are words there, not letters."""
    def word_letter(chunk: Chunk) -> bool:
        text = tokens[chunk[1]].text
        series = text.upper().translate(_LOOKALIKE) in _SERIES | _FOREIGN_SERIES
        return (chunk[0] == "L" and len(text) == 1) or (chunk[0] == "LL" and text.islower() and not series)

    first, last = 0, len(chunks)
    while first < last and word_letter(chunks[first]) and not _opens_series(chunks[first:]):
        first += 1
    while last > first and word_letter(chunks[last - 1]):
        last -= 1
    return chunks[first:last]


def _opens_series(chunks: list[Chunk]) -> bool:
    """``а бэ три два ...``: a one-letter word followed by one more letter and then digits opens a two-letter
    passport series; before two or more letters (``и эм пэ ...``) it is the conjunction."""
    shape = [c[0] for c in chunks[:3]]
    return len(shape) == 3 and shape[:2] == ["L", "L"] and shape[2].isdigit()


def _series_then_number(text: str, tokens: list[Token], chunks: list[Chunk]) -> bool:
    """``е а 848531``, ``е а-адзін чатыры ...``: two letters said one by one and six or seven digits, right after
    a document cue (the letters alone are words too, so the cue is asked for)."""
    joined = "".join(c[0] for c in chunks)
    if not re.fullmatch(r"LL\d{6,7}", joined) or chunks[0][0] != "L":
        return False
    first = tokens[chunks[0][1]].start
    return _ID_CUE.search(text, max(0, first - 40), first) is not None


def _spoken_range(text: str, tokens: list[Token], chunks: list[Chunk]) -> tuple[int, int] | None:
    """Token range of a dictated ID in ``chunks`` (needs a number word or a spelled letter name), or None."""
    found = _structured(chunks)
    if found is None and _series_then_number(text, tokens, chunks):
        return chunks[0][1], chunks[-1][2]
    said = [t for c in chunks for t in tokens[c[1] : c[2]]]
    if not any((starts_number(t.text) and not t.text.isdigit()) or t.low in _LETTER_NAMES for t in said):
        return found
    chunks = _trimmed(tokens, chunks)
    digits = sum(ch.isdigit() for c in chunks for ch in c[0])
    if len(chunks) >= 3 and digits >= 6:
        first = tokens[chunks[0][1]].start
        if _ID_CUE.search(text, max(0, first - 80), first):
            cued = chunks[0][1], chunks[-1][2]
            return cued if found is None else (min(cued[0], found[0]), max(cued[1], found[1]))
    return found


def _may_start(tok: Token) -> bool:
    """Cheap test: can a dictated ID start at this token (a digit, number word or letter)? A three-letter word
    not in capitals (``что``, ``его``) gives no symbol unless it is a number word or a letter's name: ``_symbol``
    reads digits, capitals, ``o``, a repeat word or a number word, ``_letter_symbol`` one or two letters."""
    text = tok.text
    short = len(text) <= 2 or (len(text) == 3 and (text.isupper() or not text.isalpha()))
    named = tok.low in _LETTER_NAMES or tok.low in _REPEATS or series_word(tok.low, False)
    return tok.low in LEXICON or text.isdigit() or short or named


def spoken_ids(text: str, words: Words | None = None) -> list[Span]:
    """Passport and personal numbers dictated as letters and number words, or any dictated number
    of at least six digits right after an identity-document, account or card cue."""
    words = split(text) if words is None else words
    tokens, gap_list = words.tokens, words.gaps
    out: list[Span] = []
    i = 0
    while i < len(tokens):
        if not _may_start(tokens[i]):
            i += 1
            continue
        chunks = _dictated_id(tokens, gap_list, i)
        found = _spoken_range(text, tokens, chunks) if len(chunks) >= 3 else None
        if found is not None:
            start, stop = tokens[found[0]].start, tokens[found[1] - 1].end
            out.append(_span(start, text[start:stop], 0.9, "id_spoken"))
        i = max(i + 1, chunks[-1][2] if chunks else i + 1)
    return out


def detect_ids(text: str, words: Words | None = None) -> list[Span]:
    """All ID_NUMBER spans (written, dictated, and any digit run beside a document cue: ``cued_numbers``)."""
    words = split(text) if words is None else words
    spans = _regex_spans(text) + asr_long_ids(text) + cued_numbers(text) + spoken_ids(text, words)
    spans += spoken_ibans(text, words)
    return whole_ids(text, spans)
