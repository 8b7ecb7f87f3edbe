"""Identity, document and case numbers by their cue, in any casing (one rule for every document kind).

A run of digit groups carrying at least five digits is an ID_NUMBER when an identity-document, registration,
case, inmate, card, tax or any document's cue stands within a few words before it (``паспорт у меня, ну,
4728193``, ``case number is 1-22-413``, ``госномер 5521 кн-3``, ``travel document number lt 0917743``) or
right after it (``номер 4728193 паспорта``).  A group may
carry a letter series glued to it or joined by a hyphen (``5ав 123456``, ``1234 ав-7``), and a series said
apart before the number is taken with it (``нв номер 1847392``) when it is in capitals, follows ``серии``, is a
known series or has no vowel (so not ``мой``, ``на``).  Lower-cased speech loses the capitals the other rules
of ``ids.py`` read; this rule reads the cue instead, so the casing does not matter.

Not an ID: a date said in groups (``12 05 2015``), years and a month with its year, a sum or count (a
currency, unit or counted noun right after the run: ``25000 рублей``, ``15000 человек``, a money word
before it, or a round number: ``12000``), and a run nearer to a phone cue than to the document cue (phones
are ``phones.py``'s).
"""

from __future__ import annotations

import re

from intake.pseudonymise.spans import Span

_L = "a-zа-яёіў"
# A group: digits, with a letter series of one to three letters glued or hyphenated at either end or inside
# (``5ав``, ``ав-7``, ``1-22-413``, ``12-4471/2021``, ``3140585а012рв4``).
_GROUP = rf"(?:[{_L}]{{1,3}}-?)?\d+(?:[-/]?(?:\d+|[{_L}]{{1,3}}(?![{_L}])))*"
_RUN = re.compile(rf"(?<![\w+\-./,])(?:{_GROUP})(?:[ \u00a0]{{1,2}}{_GROUP})*(?![\w\-]|[.,/]\d)", re.IGNORECASE)

_CUE = re.compile(
    r"(?<!\w)(?:паспорт|пашпарт|passport|удостоверени|пасведчан|licen[cs]e|водительск|вадзіцельск|driv|"
    r"госномер|номерн\w* знак|номер\w* (?:машин|авто)|нумар\w* (?:машын|аўто)|plate|регистрац|рэгістрац|registration|"
    r"побыт|pobyt|жительств|жыхарств|внж|residen|дел[оау]|справ[аеыу]|case|заключ[её]нн|осужд[её]нн|зняволен|"
    r"асуджан|inmate|prisoner|карт[аыуео]|картк|карточк|card|унп|инн|іпн|pesel|nip|снилс|"
    r"идентификац|ідэнтыфікац|identification|личн\w* номер|асабіст\w* нумар|personal (?:id|number|code)|"
    r"id|сч[её]т|рахун|account|полис|visa|виз[аыу]|віз[аыу]|document|документ|дакумент)",
    re.IGNORECASE,
)
_PHONE_CUE = re.compile(
    r"(?<!\w)(?:телефон|тэлефон|phone|мобил|мабіл|позвон|звон|тел|viber|вайбер|whatsapp|telegram|набер|набяр|call)",
    re.IGNORECASE,
)
# A sum or count: a currency, unit or counted noun right after the run, or a money word before it.
_COUNTED = re.compile(
    r"[ \u00a0]*(?:руб|бел\w* руб|byn|br\b|usd|eur|pln|долл|даляр|бакс|евро|еўра|злот|zł|грн|гривен|dollar|euro|"
    r"zlot|pound|фунт|тыс|тысяч|млн|млрд|мил+ион|мільён|thousand|million|\$|€|%|процент|працэнт|percent|"
    r"чалав|человек|людей|people|person|км|km|кг|kg|метр|meter|лет|гадоў|год|year|штук|раз|подпис|подпіс|"
    r"signature|голос|галас|vote|копе|cent|участник|удзельнік|member|participant)",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(
    r"(?:штраф|сумм|сум[уаы]|заплат|залог|bail|fine|paid|pay|стоил|кошт|\$|€)\w*\W*$", re.IGNORECASE
)
_SERIES_BEFORE = re.compile(
    rf"(?<![\w\-])([{_L}]{{1,3}})[ \u00a0,]{{1,3}}(?:(?:номер|нумар|number|no|№)[ \u00a0.]{{1,3}})?$", re.IGNORECASE
)
_SERIES_WORD = re.compile(r"(?:сери[ия]|серыі|серыя|series)[ \u00a0,]{1,3}$", re.IGNORECASE)
_KNOWN_SERIES = frozenset(
    "AB BM HB KH MP MC KB PP SP BI AA EA EB EC EH EK EP ET EX FA FB FC FE FF FH FK FM FP FT FX RA RB RE RP BP LT"
    .split()
)
_LOOKALIKE = str.maketrans("АВЕКМНОРСТХІ", "ABEKMHOPCTXI")
_VOWELS = set("aeiouyаеёиоуыэюяіў")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ROUND = re.compile(r"\d{1,4}000")  # ``12000``: a round count or sum, never an issued number
_WORD = re.compile(r"[^\W\d_]+|\d\S*|№", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…]\s+(?=[A-ZА-ЯЁІЎ])")
BEFORE_WORDS = 6  # the cue and up to four fillers (``паспорт у меня ну короче``), or a two-word cue
AFTER_WORDS = 2  # ``4728193 паспорта``, ``4728193 это паспорт``


def _groups(run: str) -> list[str]:
    return [g for g in re.split(r"[ \u00a0\-/]+", run) if g]


def _dated(run: str) -> bool:
    """A date or years said in groups (``12 05 2015``, ``2015 12 05``, ``05 2021``, ``2019 2020``): every group
    is a year or at most two digits, and one at least is a year, or it is a day, a month and a short year."""
    groups = _groups(run)
    if not all(g.isdigit() for g in groups):
        return False
    years = [g for g in groups if _YEAR.fullmatch(g)]
    if years and all(_YEAR.fullmatch(g) or len(g) <= 2 for g in groups):
        return True
    if len(groups) == 3 and all(len(g) <= 2 for g in groups):
        day, month = int(groups[0]), int(groups[1])
        return 1 <= day <= 31 and 1 <= month <= 12
    return False


def _digits(run: str) -> int:
    return sum(ch.isdigit() for ch in run)


def _window_before(text: str, start: int) -> str:
    """The last :data:`BEFORE_WORDS` words before ``start``, within its sentence."""
    head = text[max(0, start - 120) : start]
    ends = list(_SENTENCE_END.finditer(head))
    if ends:
        head = head[ends[-1].end() :]
    words = list(_WORD.finditer(head))
    return head[words[-BEFORE_WORDS].start() :] if len(words) >= BEFORE_WORDS else head


def _window_after(text: str, end: int) -> str:
    tail = text[end : end + 60]
    cut = re.search(r"[.!?…](?:\s|$)", tail)
    tail = tail[: cut.start()] if cut else tail
    words = list(_WORD.finditer(tail))
    return tail[: words[AFTER_WORDS - 1].end()] if len(words) >= AFTER_WORDS else tail


def _cued(text: str, start: int, end: int) -> bool:
    """A document cue before the run (nearer than any phone cue) or right after it."""
    before = _window_before(text, start)
    cues = [m.end() for m in _CUE.finditer(before)]
    phones = [m.end() for m in _PHONE_CUE.finditer(before)]
    if cues and (not phones or max(cues) > max(phones)):
        return True
    after = _window_after(text, end)
    return not phones and _CUE.search(after) is not None and _PHONE_CUE.search(after) is None


def _trim_counted(text: str, start: int, end: int) -> int | None:
    """The run's end once a trailing group counted by the next word is dropped (``4728193 2 раза``), or None
    when the whole run is a sum or count."""
    while _COUNTED.match(text, end):
        cut = max(text.rfind(" ", start, end), text.rfind("\u00a0", start, end))
        if cut <= start:
            return None
        end = len(text[start:cut].rstrip()) + start
    return end


def _series_start(text: str, start: int) -> int:
    """Where a letter series said before the number begins (``нв номер 1847392``), else ``start``."""
    m = _SERIES_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return start
    letters = m.group(1)
    series = letters.upper().translate(_LOOKALIKE)
    capitals = letters.isupper() and len(letters) >= 2 and not _CUE.fullmatch(letters)  # not ``УНП 190845123``
    named = _SERIES_WORD.search(text, max(0, m.start() - 12), m.start()) is not None
    voiceless = len(letters) == 2 and not set(letters.lower()) & _VOWELS
    return m.start(1) if capitals or named or series in _KNOWN_SERIES or voiceless else start


def _ordinary(text: str, start: int, end: int) -> bool:
    """Too few or too many digits, a date or years, a round number, or a sum after a money word."""
    run = text[start:end]
    if not 5 <= _digits(run) <= 20 or _dated(run) or _ROUND.fullmatch(run):
        return True
    return _MONEY_BEFORE.search(text, max(0, start - 40), start) is not None


def cued_numbers(text: str) -> list[Span]:
    """ID_NUMBER spans for digit runs (five digits or more) beside an identity, case, card or tax cue."""
    out = []
    for m in _RUN.finditer(text):
        end = _trim_counted(text, m.start(), m.end())
        if end is None:
            continue
        if _ordinary(text, m.start(), end) or not _cued(text, m.start(), end):
            continue
        start = _series_start(text, m.start())
        out.append(Span(start, end, "ID_NUMBER", text[start:end], 0.85, "patterns.cued_number"))
    return out
