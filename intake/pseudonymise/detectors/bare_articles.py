"""Criminal-code article numbers said bare, with no cue that ``quasi`` or ``spoken_articles`` need.

People name the articles of a case by their number alone once the talk is about charges. Such a number
(digits 100-470, optionally ``-1``; or words such as ``триста сорок два``) is an article here when:

* the document already shows it to be one: an article span of another detector with the same number
  (``under article 130 ... The 130 was for two posts``, ``па трыста сорак другім ... 342``); every mention
  of an entity must be masked, so each bare repeat is;
* a charge word or the word for an article comes shortly before it, a question between allowed (``Что ему
  вменяли? - 342``, ``Што ёй інкрымінавалі? 342``, ``what was he charged with - 369``, ``какие статьи? 361 4``:
  the part after a space as recognition writes ``361-4``);
* a part follows it (``130 часть третья``, ``342 part 2``, ``293 частка 1``);
* the word for an article follows it in a form that no count takes (``мне 342 статью дали``, ``по 361-1
  статье``, ``за 130 артыкул``): then the number and the word are one certain span (score 0.85);
* the offence is named next to it in the same clause (``за непадпарадкаванне, 411``, ``оскорбление, 368``,
  ``369 for insulting an official``).

A count after the number (``342 рубля``, ``130 people``) is never an article. All spans are uncertain
AGE_OR_SENTENCE (score 0.5, reason ``uncertain:article``) for the reviewer to release with one key.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.article_inventory import framed
from intake.pseudonymise.detectors.code_articles import NOT_ARTICLE_NEXT
from intake.pseudonymise.detectors.numwords import read_number, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Words, ends_clause
from intake.pseudonymise.detectors.termbase import blank
from intake.pseudonymise.detectors.termbase import uncertain as _uncertain
from intake.pseudonymise.spans import Span

_ARTICLE_SOURCES = frozenset({"patterns.article", "patterns.article_admin", "terms.article"})
_DIGITS = re.compile(r"^[1-4]\d\d$")
_FIRST_NUMBER = re.compile(r"\d+")
_LOW, _HIGH = 100, 470  # the Criminal Code of Belarus runs to article 468
# charge words (ru/be/en stems) that the numbers after them answer: ``вменяли``, ``інкрымінавалі``, ``charged``
_CHARGE = ("вмен", "вмян", "ўмен", "ўмян", "инкримин", "інкрымін", "обвин", "абвін", "charg", "accus", "indict")
# ``какие статьи?``: the article asked for by name (exact forms: ``статус`` and ``статистика`` are no charge)
_ARTICLE_WORDS = frozenset(
    "статья статьи статью статей статьям статьях артыкул артыкулы артыкула артыкулаў article articles".split()
)
# ``мне 342 статью дали``, ``по 361-1 статье``, ``за 130 артыкул``: the article word right after the number, in a
# form no count takes (``342 статьи``, ``150 статей``, ``два артыкулы`` count articles of a newspaper)
_NAMED_AFTER = frozenset("статья статью статье статьёй статьей артыкул артыкуле артыкулу артыкулам".split())
_CHARGE_BEFORE = 6  # tokens between the charge word and the number: a pronoun, a speaker label, ``ну``
# offences of the political cases (ru/be/en stems), from the public text of the Criminal Code of Belarus
_OFFENCE = (
    "неповинов", "непадпарадкав", "disobe", "оскорбл", "абраз", "insult", "беспоряд", "беспарад", "riot",
    "экстремис", "экстрэміс", "extremis", "разжиг", "распальв", "incit", "hatred", "клевет", "паклёп", "паклеп",
    "slander", "libel", "дискредит", "дыскрэдыт", "discredit", "измен", "здрад", "treason", "заговор", "змов",
    "conspir", "террор", "тэрар", "terror", "надругат", "знявваж", "знеслав", "desecrat", "насили", "гвалт",
    "violence", "hooligan", "хулиган", "хуліган", "нарушени", "парушэн", "парушаюць", "нарушающ", "disrupt",
)  # fmt: skip
_OFFENCE_NEAR = 4  # tokens between the number and the offence's name (``293 which is mass riots``)
_PART = frozenset("часть части частью ч частка часткі часткай part pt".split())


def _number_at(words: Words, i: int) -> tuple[int, int] | None:
    """(value, index after) of an article-shaped number at ``i``: digits ``342``/``361-1`` or words."""
    toks = words.tokens
    if _DIGITS.match(toks[i].text):
        suffixed = i + 1 < len(toks) and words.gaps[i] == "-" and toks[i + 1].text.isdigit()
        return int(toks[i].text), i + 2 if suffixed or _spaced_part(words, i) else i + 1
    if toks[i].text.isdigit() or not starts_number(toks[i].low):
        return None
    num = read_number([t.low for t in toks[i : i + 6]], words.gaps[i : i + 6])
    if num is None or num.used < 2 or not _LOW <= num.value <= _HIGH:
        return None
    return num.value, i + num.used


def _value_of(span: Span) -> int | None:
    """The article number an article span shows (``ст. 342``, ``триста сорок второй``)."""
    digits = _FIRST_NUMBER.search(span.text)
    if digits is not None:
        return int(digits.group())
    words = span.text.lower().split()
    num = read_number(words, [" "] * len(words)) if words else None
    return num.value if num is not None else None


def _counted(words: Words, end: int) -> bool:
    toks = words.tokens
    return end < len(toks) and blank(words, end - 1) and bool(NOT_ARTICLE_NEXT.match(toks[end].low))


_TERM_UNITS = frozenset("год года лет гады гадоў месяцев месяца месяцаў суток сутак years year months".split())


def _spaced_part(words: Words, i: int) -> bool:
    """``361 2``: the part of an article said after a space, as recognition writes ``361-2``: one digit, then
    no number and no unit word (``342 3 года`` is an article and a term)."""
    toks = words.tokens
    if i + 1 >= len(toks) or words.gaps[i] != " ":
        return False
    if not (len(toks[i + 1].text) == 1 and toks[i + 1].text.isdigit()):
        return False
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    unit = nxt is not None and (
        nxt.text.isdigit() or NOT_ARTICLE_NEXT.match(nxt.low) is not None or nxt.low in _TERM_UNITS
    )
    return toks[i + 1].text != "0" and not unit


def _charged_before(words: Words, i: int) -> bool:
    """A charge word within a few tokens before ``i``; between them at most a question and a speaker's label
    (``вменяли? Респондент: 342``), no other number."""
    toks = words.tokens
    ends = 0
    for k in range(i - 1, max(-1, i - 1 - _CHARGE_BEFORE), -1):
        ends += ends_clause(words.gaps[k])
        if ends > 2 or toks[k].text.isdigit():
            return False
        if toks[k].low.startswith(_CHARGE) or toks[k].low in _ARTICLE_WORDS:
            return True
    return False


def _offence_near(words: Words, i: int, end: int) -> bool:
    """The offence named within a few tokens of the number, in the same clause."""
    toks = words.tokens
    for k in range(i - 1, max(-1, i - 1 - _OFFENCE_NEAR), -1):
        if ends_clause(words.gaps[k]):
            break
        if toks[k].low.startswith(_OFFENCE):
            return True
    for k in range(end, min(len(toks), end + _OFFENCE_NEAR)):
        if ends_clause(words.gaps[k - 1]):
            break
        if toks[k].low.startswith(_OFFENCE):
            return True
    return False


_OF_PART = frozenset("of статьи артыкула".split())


def _parted_before(words: Words, i: int) -> bool:
    """``по части первой триста шестьдесят первой``, ``part one of 361``: a part word and its number (and
    ``of``) right before the article number."""
    toks = words.tokens
    j = i - 1 if i and toks[i - 1].low in _OF_PART and blank(words, i - 1) else i
    if j < 2 or not blank(words, j - 1) or not blank(words, j - 2):
        return False
    part_no = toks[j - 1].low
    return toks[j - 2].low in _PART and ((part_no.isdigit() and len(part_no) == 1) or starts_number(part_no))


def _parted(words: Words, end: int) -> bool:
    """``130 часть третья``, ``342 part 2``: a part word and a number after the article number."""
    toks = words.tokens
    if end + 1 >= len(toks) or toks[end].low not in _PART or not blank(words, end - 1):
        return False
    nxt = toks[end + 1].low
    return nxt.isdigit() or starts_number(nxt)


def bare_articles(text: str, words: Words, found: list[Span]) -> list[Span]:
    """Bare article numbers of ``text``: repeats of the articles in ``found`` and numbers cued by the charges."""
    known = {v for s in found if s.source in _ARTICLE_SOURCES and (v := _value_of(s)) is not None}
    covered = [(s.start, s.end) for s in found if s.label == "AGE_OR_SENTENCE"]
    toks = words.tokens
    out: list[Span] = []
    i = 0
    while i < len(toks):
        got = _number_at(words, i)
        if got is None or (
            i
            and blank(words, i - 1)
            and (toks[i - 1].text.isdigit() or starts_number(toks[i - 1].low))
            and not _parted_before(words, i)  # ``части первой триста шестьдесят первой``
        ):
            i += 1
            continue
        value, end = got
        start, stop = toks[i].start, toks[end - 1].end
        if end < len(toks) and blank(words, end - 1) and toks[end].low in _NAMED_AFTER:
            stop = toks[end].end
            out.append(Span(start, stop, "AGE_OR_SENTENCE", text[start:stop], 0.85, "bare_articles.named"))
            i = end + 1
            continue
        fresh = not any(a < stop and start < b for a, b in covered)
        if (
            fresh
            and not _counted(words, end)
            and (
                value in known
                or _charged_before(words, i)
                or _parted(words, end)
                or _offence_near(words, i, end)
                or _parted_before(words, i)
                or framed(words, i, end, value)
            )
        ):
            out.append(_uncertain(text, start, stop, "article"))
        i = end
    return out
