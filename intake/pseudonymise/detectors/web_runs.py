"""A web address is one run: the spoken path after it and the spoken scheme and host before it belong to it.

People give an address half written and half said (``spring96.org slash en slash news``), or say it whole
(``дабл ю дабл ю дабл ю точка zubr точка бай слэш навіны``).  Once any detector has found a URL, this module
carries the span over what is dictated next to it: separator words (``слэш``, ``slash``, ``дробь``,
``точка``, ``кропка``, ``dot``, ``дефис``, ``dash``, ``нижнее подчёркивание``, ``underscore``) each followed by
a path word, a number said in words or digits, in Latin or in Cyrillic (``статьи``, ``палітвязні``); and
back over a scheme or ``www`` said before it (``https двоеточие слэш слэш``, ``www точка``).  The run stops
at a clause word (a function word such as ``и``, ``the``, ``там``) or where no separator follows, so ``точка
зрения`` or a ``slash`` in music is never touched: nothing is extended unless a URL was already found.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.numwords import starts_number
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

_SEPARATOR = (
    r"(?:слэш|слеш|(?:forward\s+)?slash|косая(?:\s+черта)?|дробь|драб|точка|кропка|dot|дот|дефис|дэфіс|тире|працяжнік|"
    r"dash|hyphen|minus|минус|мінус|нижнее\s+подч[её]ркивание|ніжняе\s+падкрэсліванне|подч[её]ркивание|"
    r"падкрэсліванне|underscore|under\s+score|андерскор)"
)
# One separator and the path word after it (a hyphenated word counts as one).
_STEP = re.compile(rf"[\s,]+{_SEPARATOR}[\s,]+([^\W_]+(?:-[^\W_]+)*)", re.IGNORECASE)
# The next word of a number said in several words.
_WORD = re.compile(r"[\s\-]+([^\W_]+)")
# A scheme or ``www`` said right before the address (the spoken URL expression reads them only before a
# spoken host; a written or blanked host may follow them too).
_BEFORE = re.compile(
    r"(?:(?:https?|эйч\s+ти\s+ти\s+пи(?:\s+эс)?)[\s,]+(?:colon|двоеточие|двукроп['’]е)[\s,]+"
    r"(?:слэш|слеш|slash)[\s,]+(?:слэш|слеш|slash)[\s,]+)?"
    r"(?:(?:www|вэвэвэ|вэ\s+вэ\s+вэ|(?:три|тры|three|triple)\s+(?:w|дабл\s+ю|double\s+u|вэ)|w\s+w\s+w|"
    r"дабл\s+ю\s+дабл\s+ю\s+дабл\s+ю|double\s+u\s+double\s+u\s+double\s+u)[\s,]+(?:точка|кропка|dot|дот)[\s,]+"
    r"|(?:https?|эйч\s+ти\s+ти\s+пи(?:\s+эс)?)[\s,]+(?:colon|двоеточие|двукроп['’]е)[\s,]+"
    r"(?:слэш|слеш|slash)[\s,]+(?:слэш|слеш|slash)[\s,]+)$",
    re.IGNORECASE,
)
_MAX_STEPS = 8
_DOTS = frozenset(("точка", "кропка", "dot", "дот"))
_LAST_WORD = re.compile(r"[^\W_]+$")


def _number_end(text: str, end: int, word: str) -> int:
    """The end of a number said in several words that starts with ``word`` (``слэш двадцать три``)."""
    if not starts_number(word):
        return end
    while (m := _WORD.match(text, end)) is not None and starts_number(m.group(1)) and not m.group(1).isdigit():
        end = m.end()
    return end


def _path_end(text: str, end: int) -> int:
    """The end of the spoken path dictated after an address that ends at ``end``."""
    last = _LAST_WORD.search(text, max(0, end - 30), end)
    end = end if last is None else _number_end(text, end, last.group())
    for _ in range(_MAX_STEPS):
        m = _STEP.match(text, end)
        if m is None:
            break
        word = m.group(1)
        # After a dot only a short or Latin word, or one dictated further (not ``точка зрения``).
        dotted = m.group(0).split()[0].lower() in _DOTS
        if _ends_path(word, dotted):
            break
        if dotted and len(word) > 4 and not word.isascii() and _STEP.match(text, m.end()) is None:
            break
        end = _number_end(text, m.end(), word)
    return end


# English words that go on with the sentence, never a path segment after a ``slash`` (``... slash news and then``).
_EN_JOINERS = frozenset("and or but so then the a an to of in on at for with from by as if".split())


def _ends_path(word: str, dotted: bool) -> bool:
    """A function word ends the dictated path (``en``, ``by``: a path or a country code go on), except an English
    adverb after a ``slash`` (``donate slash now``: a segment, though ``now`` is a function word)."""
    if not is_stop_word(word) or re.fullmatch(r"[a-z]{2}", word):
        return False
    return dotted or not word.isascii() or word.lower() in _EN_JOINERS


def _scheme_start(text: str, start: int) -> int:
    """The start of a scheme or ``www`` said right before an address that starts at ``start``."""
    m = _BEFORE.search(text, max(0, start - 80), start)
    return start if m is None else m.start()


_PREV = re.compile(r"([^\W_]+)[\s,\-]+$")
# Words that announce an address and are never a part of one.
_CUE = re.compile(r"(?:сайт|сайц|ссылк|спасылк|адрес|адрас|site|page|link|url|address)", re.IGNORECASE)


def _host_start(text: str, start: int) -> int:
    """A spoken host that opens with a number (``семь точка орг``) takes in the rest of the number said
    before it and the name before that number (``хартия девяносто семь точка орг``)."""
    first = re.match(r"[^\W_]+", text[start:])
    if first is None or not starts_number(first.group()) or first.group().isdigit():
        return start
    while (m := _PREV.search(text, max(0, start - 30), start)) is not None and starts_number(m.group(1)):
        start = m.start(1)
    m = _PREV.search(text, max(0, start - 40), start)
    if m is not None and not is_stop_word(m.group(1)) and _CUE.match(m.group(1)) is None:
        start = m.start(1)
    return start


def whole_urls(text: str, spans: list[Span]) -> list[Span]:
    """Every URL span of ``spans`` carried over the spoken path after it and the scheme said before it;
    other spans unchanged."""
    out = []
    for span in spans:
        if span.label != "URL":
            out.append(span)
            continue
        start, end = _scheme_start(text, _host_start(text, span.start)), _path_end(text, span.end)
        if (start, end) == (span.start, span.end):
            out.append(span)
        else:
            out.append(Span(start, end, span.label, text[start:end], span.score, span.source))
    return out
