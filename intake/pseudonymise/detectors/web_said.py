"""Addresses that ``web.py``'s expressions leave short or miss, and the edges of the spans they find.

* An e-mail written with spaces around its dots and ``@`` (``lesia . yas @ tut . by``, ``kira.lis@ gmail.com``),
  as recognition sometimes spaces punctuation out.
* An e-mail said with its provider as a place (``kira точка lis на гмейле``, ``yas dot bor on gmail``): a local
  part with a separator word, or a Latin one with a digit, dot or underscore, then ``на``/``on`` and a provider.
* A web address after ``www`` whose dots recognition blanked (``www polya-fund org``): any top-level domain
  counts after ``www``, and ``www`` is part of the address.
* A handle with the word for ``@`` before it (``эт kira_lis``, ``at symbol kira_lis``) or a number said after
  it (``kira_lis девяносто пять``): both belong to it.
* After a naming cue, two Latin words the speaker says are written as one (``liska bor слитно``,
  ``zhuk yas all one word``): a handle.
* A local part that ends in a number said in words (``леся шестьдесят два собака ...``): the number is part of it.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.numwords import starts_number
from intake.pseudonymise.spans import Span

_TLD_WORD = r"[A-Za-z]{2,6}"
# Top-level domains of mail providers and sites (IANA root zone; a few), for the spaced form.
_MAIL_TLDS = r"(?:com|org|net|info|io|me|by|ru|pl|lt|lv|ua|eu|de|uk|ch|cz|ee|ge|fm|su|us)"
_SPACED_EMAIL = re.compile(
    r"(?<![\w.@])[A-Za-z0-9][\w\-]*(?: ?\. ?[\w\-]+){0,4} ?@ ?[A-Za-z0-9][A-Za-z0-9\-]*(?: ?\. ?[A-Za-z0-9\-]+){0,3}"
    rf" ?\. ?{_MAIL_TLDS}(?![\w@])",
    re.IGNORECASE,
)
_SEP_WORD = (r"(?:точка|кропка|dot|дот|нижнее\s+подч[её]ркивание|подч[её]ркивание|ніжняе\s+падкрэсліванне|"
             r"падкрэсліванне|underscore|under\s+score|андерскор|дефис|дэфіс|тире|dash|hyphen)")
_PROVIDER_PLACE = (r"(?:гмейле|гмэйле|гмайле|джимейле|джимэйле|гмейл|джимейл|яндексе|яндэксе|протоне|протонмейле|"
                   r"аутлуке|мейле|мэйле|маиле|тутаноте|gmail|proton|protonmail|yandex|outlook|tutanota|"
                   r"hotmail|icloud|yahoo|ukr\s+net)")
_ON_PROVIDER = re.compile(
    rf"(?<![\w.@])(?:[^\W_]+(?:[\s,]+{_SEP_WORD}[\s,]+[^\W_]+){{1,4}}|[A-Za-z][A-Za-z]*[\d._][\w.]*[A-Za-z0-9])"
    rf"[\s,]+(?:на|на\s+сваім|on|у)[\s,]+{_PROVIDER_PLACE}(?!\w)",
    re.IGNORECASE,
)
# A Cyrillic domain under an internationalised top-level domain (``вясна-дапамога.бел``, ``пример.рф``).
_IDN_URL = re.compile(r"(?<![\w@.\-])[а-яёіў0-9][а-яёіў0-9\-]{1,40}\.(?:бел|рф|укр)(?:/[^\s<>«»\"]*)?(?![\w@\-])",
                      re.IGNORECASE)
_PROVIDER_STEMS = ("гмейл", "гмэйл", "гмайл", "джимейл", "джимэйл", "яндекс", "яндэкс", "протон", "аутлук", "мейл",
                   "мэйл", "маил", "тутанот", "gmail", "proton", "yandex", "outlook", "tutanota", "hotmail", "icloud",
                   "yahoo", "ukr")
_WWW_BLANKED = re.compile(r"(?<![\w@.\-/])(?:https?[: ]+(?://)? ?)?www[ .]+[A-Za-z][A-Za-z0-9\-]{1,40}"
                          rf"(?: [A-Za-z0-9\-]{{2,30}})?? (?:co |com |org )?{_TLD_WORD}(?![\w@.\-])", re.IGNORECASE)
_AT_BEFORE = re.compile(r"(?:собака|собачка|сабака|сабачка|at\s+sign|at\s+symbol|эт|at)[\s,]+$", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"[\s\-]+([^\W_]+)")
_JOINED_MARK = re.compile(r"[\s,]+(?:слитно|разам|all\s+one\s+word|one\s+word|одним\s+словом|адным\s+словам)(?!\w)",
                          re.IGNORECASE)
_LATIN_BEFORE = re.compile(r"(?<![\w@.])([A-Za-z][A-Za-z0-9]*)[\s,]*$")
_DOT_JOINED = re.compile(
    r"(?<![\w@.])[A-Za-z][A-Za-z0-9]*(?:[\s,]+(?:точка|кропка|dot|дот)[\s,]+[A-Za-z][A-Za-z0-9]*){1,3}"
    r"(?![\s,]+(?:собака|собачка|сабака|сабачка|at|эт|точка|кропка|dot|дот)(?!\w))(?!\w)",
    re.IGNORECASE,
)
_WEB_TLDS = r"(?:com|org|net|info|io|me|by|ru|pl|lt|lv|ua|eu|de|uk|ch|cz|ee|ge|fm|su|us|tv|app|site|online)"
_DOT_ANCHOR = r"(?<!\w)(?:точка|кропка|dot|дот)(?!\w)"
_EN_ACCOUNT_CUE = re.compile(r"(?:telegram|instagram|insta|tiktok|\btg\b|nick|handle|username|account|find|search)",
                             re.IGNORECASE)
_ENGLISH_WORDS = frozenset(
    "is it's i'm the a an my on in at to and or but so her his our their this that called named".split()
)


def _found(pattern: re.Pattern[str], text: str, label: str, source: str, anchor: str) -> list[Span]:
    """Matches of ``pattern`` that contain ``anchor``, looked for only in a window around each occurrence of it
    (an expression tried at every position of a long transcript is costly)."""
    seen: dict[int, Span] = {}
    for a in re.finditer(anchor, text, re.IGNORECASE):
        for m in pattern.finditer(text, max(0, a.start() - 120), min(len(text), a.end() + 120)):
            if m.start() <= a.start() < m.end() and m.end() > (seen[m.start()].end if m.start() in seen else -1):
                seen[m.start()] = Span(m.start(), m.end(), label, m.group(), 0.85, f"patterns.{source}")
    return list(seen.values())


_PLACE = re.compile(rf"(?<!\w)(?:на|on|у)[\s,]+{_PROVIDER_PLACE}(?!\w)", re.IGNORECASE)


def _on_provider(text: str) -> list[Span]:
    """The on-provider expression, run only in the 120 characters before each ``на гмейле``/``on gmail``."""
    out = []
    for place in _PLACE.finditer(text):
        for m in _ON_PROVIDER.finditer(text, max(0, place.start() - 120), place.end()):
            if m.end() == place.end():
                out.append(Span(m.start(), m.end(), "EMAIL", m.group(), 0.85, "patterns.email_on_provider"))
                break
    return out


def _number_end(text: str, end: int) -> int:
    """The end of the number words said right after ``text[:end]`` (``kira_lis девяносто пять``)."""
    while (m := _NUMBER_AFTER.match(text, end)) is not None and m.end() - end < 20 and starts_number(m.group(1)):
        end = m.end()
    return end


def _grown(text: str, span: Span) -> Span:
    """A handle with the word for ``@`` before it and a number said after it taken in."""
    if span.label != "HANDLE":
        return span
    start, end = span.start, _number_end(text, span.end)
    at = _AT_BEFORE.search(text, max(0, start - 12), start)
    if at is not None and text[span.start : span.start + 1] != "@":
        start = at.start()
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, text[start:end], span.score, span.source)


_PREV = re.compile(r"([^\W_]+)[\s,\-]+$")


def _local_number(text: str, span: Span) -> Span:
    """An e-mail whose local part starts with a number said in words, taken back to the name before it
    (``liska twenty two at proton me``)."""
    if span.label != "EMAIL" or not starts_number(span.text.split()[0]):
        return span
    start = span.start
    while (m := _PREV.search(text, max(0, start - 30), start)) is not None and starts_number(m.group(1)):
        start = m.start(1)
    m = _PREV.search(text, max(0, start - 30), start)
    if m is None or m.group(1).lower() in _ENGLISH_WORDS or not m.group(1).isascii():
        return span
    return Span(m.start(1), span.end, span.label, text[m.start(1) : span.end], span.score, span.source)


def _joined_handles(text: str) -> list[Span]:
    """Up to three Latin words before ``слитно``/``разам``/``all one word``: a name written as one word."""
    out = []
    for m in _JOINED_MARK.finditer(text):
        start = m.start()
        for _ in range(3):
            prev = _LATIN_BEFORE.search(text, max(0, start - 40), start)
            if prev is None or prev.group(1).lower() in _ENGLISH_WORDS:
                break
            start = prev.start(1)
        if start < m.start():
            out.append(Span(start, m.end(), "HANDLE", text[start : m.end()], 0.8, "patterns.handle_joined"))
    return out


def _dot_joined(text: str, language: str) -> list[Span]:
    """Latin words joined by a spoken dot and followed by no ``@`` or TLD word (``kira точка lis``): a handle;
    in English only after an account cue (``find her as ...``, ``on telegram ...``)."""
    out = []
    for m in _found(_DOT_JOINED, text, "HANDLE", "handle_dotted", _DOT_ANCHOR):
        words = m.text.split()
        if any(w.lower() in _ENGLISH_WORDS for w in words[::2]) or re.fullmatch(_WEB_TLDS, words[-1], re.I):
            continue  # ``spring96 точка org``: a web address, left to the address expressions
        if language == "en" and _EN_ACCOUNT_CUE.search(text, max(0, m.start - 60), m.start) is None:
            continue
        out.append(m)
    return out


def said_addresses(text: str, language: str, found: list[Span], low: str) -> list[Span]:
    """``found`` (web spans) with handle edges grown, and the addresses this module reads (``low``: the text
    lower-cased, for the cheap gates)."""
    out = [_local_number(text, _grown(text, span)) for span in found]
    if "@" in text:
        out += _found(_SPACED_EMAIL, text, "EMAIL", "email_spaced", "@")
    if "www" in low:
        out += _found(_WWW_BLANKED, text, "URL", "url_www_blanked", "www")
    if ".бел" in low or ".рф" in low or ".укр" in low:
        out += _found(_IDN_URL, text, "URL", "url_idn", r"\.(?:бел|рф|укр)")
    if any(w in low for w in _PROVIDER_STEMS):
        out += _on_provider(text)
    if any(w in low for w in ("слитно", "разам", "one word", "адным", "одним")):
        out += _joined_handles(text)
    if any(w in low for w in ("точк", "кропк", "dot", "дот")):
        out += _dot_joined(text, language)
    return out
