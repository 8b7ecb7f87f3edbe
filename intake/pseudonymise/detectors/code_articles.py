"""AGE_OR_SENTENCE ``article``: criminal- and administrative-code article numbers, in digits or in words.

An article cue (``по``, ``статья``, ``Article``) or an article form (``342-й``, ``361-1``, ``24.23``) makes a
number in 100-470 (or an administrative ``19.11``) an article; a unit or counted noun after it
(:data:`NOT_ARTICLE_NEXT`: ``рублей``, ``people``) never. ``quasi.detect_quasi`` runs these rules.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.numwords import LEXICON, read_number, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Token
from intake.pseudonymise.spans import Span

_ARTICLE_CUE = set(
    "по па статья статьи статье статью статьёй ст арт артыкул артыкула артыкуле артыкулам паводле article "
    "articles art under".split()
)
NOT_ARTICLE_NEXT = re.compile(
    r"^(?:рубл\w*|руб|евро|еўра|долл\w*|долар\w*|белорусск\w*|грам\w*|кило\w*|кг|человек\w*|чалавек\w*|км|"
    r"метр\w*|штук\w*|тысяч\w*|раз|раза|разу|минут\w*|страниц\w*|слов|процент\w*|euros?|dollars?|roubles?|"
    r"rubles?|people|times?|grams?|km|pages?|percent|литр\w*|litres?|liters?|кг|kg|базов\w*|базав\w*)$",
)
_ARTICLE_DIGITS = re.compile(
    r"(?<![\w\-])([1-4]\d\d)(-\d{1,2})?(-?(?:й|я|ю|ой|ей|ая|ую|ого|го|ом|м|му|ому))?(?![\w\-])"
)


def quasi_span(text: str, start: int, stop: int, score: float, source: str) -> Span:
    """An AGE_OR_SENTENCE span of the ``patterns`` detector's rule ``source``."""
    return Span(start, stop, "AGE_OR_SENTENCE", text[start:stop], score, f"patterns.{source}")


def blank_gap(gap_list: list[str], i: int) -> bool:
    """Whether the gap after token ``i`` is only spaces (no punctuation)."""
    return i < len(gap_list) and not gap_list[i].strip()


_SPACED_ADMIN = re.compile(r"(?<!\d[ ,.])(?<![\w.,])(?<!в )(?<!у )(?<!at )([1-2]?\d) (\d{1,2})(?!\w| \d)")
_ADMIN_ARTICLE = re.compile(r"(?<![\w.,])([1-2]?\d\.\d{1,2})(?![\w]|[.,]\d)")


def _context(text: str, start: int, end: int) -> tuple[list[str], str]:
    """The two words before ``text[start:end]`` (lower-cased) and the word right after it."""
    before = [w.lower() for w in re.findall(r"\w+", text[max(0, start - 30) : start])[-2:]]
    after = re.match(r"[\s,]*(\w+)", text[end : end + 30])
    return before, after.group(1).lower() if after else ""


# ``старый 19.11 штраф``, ``19.11 административная``: an administrative article named by what follows it
_ADMIN_AFTER = re.compile(
    r"^(?:штраф\w*|административ\w*|адміністрацыйн\w*|адмінк\w*|административк\w*|fine|коап|каап|koap)$"
)


def digit_articles(text: str) -> list[Span]:
    """``342-й``, ``361-1``, ``по 342``, ``ст. 342``, ``Article 342``, ``по 24.23``."""
    out: list[Span] = []
    for m in _SPACED_ADMIN.finditer(text):  # ``по 19 11 административной``: the point lost in ASR text
        before, after = _context(text, m.start(), m.end())
        if _ADMIN_AFTER.match(after) and not NOT_ARTICLE_NEXT.match(after):
            out.append(quasi_span(text, m.start(), m.end(), 0.75, "article_admin"))
    for m in _ADMIN_ARTICLE.finditer(text):
        before, after = _context(text, m.start(), m.end())
        cued = any(w in _ARTICLE_CUE for w in before) or bool(_ADMIN_AFTER.match(after))
        if cued and not NOT_ARTICLE_NEXT.match(after):
            out.append(quasi_span(text, m.start(), m.end(), 0.75, "article_admin"))
    for m in _ARTICLE_DIGITS.finditer(text):
        before, after = _context(text, m.start(), m.end())
        if NOT_ARTICLE_NEXT.match(after) or not 100 <= int(m.group(1)) <= 470:
            continue
        if m.group(2) or m.group(3) or any(w in _ARTICLE_CUE for w in before):
            out.append(quasi_span(text, m.start(), m.end(), 0.85, "article"))
    return out


def word_articles(text: str, tokens: list[Token], gap_list: list[str]) -> list[Span]:
    """``по триста сорок второй``, ``па трыста сорак другім``, ``Article three hundred forty-two``."""
    out: list[Span] = []
    for i in [i for i, t in enumerate(tokens) if t.low in LEXICON]:  # ``starts_number``, by the token's low
        tok = tokens[i]
        if tok.text.isdigit() or not starts_number(tok.text):
            continue
        if i and starts_number(tokens[i - 1].text) and blank_gap(gap_list, i - 1):
            continue
        number = read_number([t.text for t in tokens[i : i + 8]], gap_list[i : i + 8])
        if number is None or not 100 <= number.value <= 470:
            continue
        cued = i > 0 and tokens[i - 1].low in _ARTICLE_CUE
        if cued or (number.ordinal and number.used >= 2):
            stop = tokens[i + number.used - 1].end
            out.append(quasi_span(text, tok.start, stop, 0.8, "article"))
    return out
