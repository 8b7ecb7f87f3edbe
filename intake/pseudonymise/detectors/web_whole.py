"""A web address said in words is one URL span, from its first host word to its last path word.

The spoken-address expressions of :mod:`web_spoken` read one host word before the spoken dot, and
:mod:`web_runs` carries a URL over the separators said after it.  What they leave out, this module adds:

* the other words of a host said as several words (``сайт у них светлый дом точка бай``, ``website is free
  belarus dot org``): after a cue that announces an address (``сайт``, ``ссылка``, ``старонка``, ``website``,
  ``link``, ``donate at``), the words before the host's first word are taken back, at most three, while each is
  no function word (``у них``, ``is``), no cue, no verb or adverb (pymorphy3 for Russian, hunspell-be for
  Belarusian, a short list of English words that lead to an address: ``go``, ``visit``) and no word of another
  span; a host spelled letter by letter (``эс пэ эр точка бай``) is taken back over its letter names;
* an address whose spoken dot is joined to its words by hyphens or written together with them
  (``дапамога-кропка-бай``, ``светлыйдомточкабай``, ``help-dot-org``);
* a path of several words after ``слэш``/``slash`` (``тэ точка ми слэш помощь гомель``): at most two words
  more, each no function word, verb or adverb (in English also no ordinary English word), a number said in
  words counting as one;
* a ``www`` said and the host said right after it (``www dot open`` + ``house dot org``): one address;
* the lead-in of a written or blanked address (``go to bit.ly/...``): words such as ``go``, ``to`` taken in by
  the loose expressions are left out.
"""

from __future__ import annotations

import re
from itertools import pairwise

from intake.pseudonymise.detectors import be_vocab, en_vocab
from intake.pseudonymise.detectors.letternames import is_letter_name
from intake.pseudonymise.detectors.morphology import analyzer, russian_reading
from intake.pseudonymise.detectors.numwords import starts_number
from intake.pseudonymise.detectors.web_runs import _scheme_start as scheme_start
from intake.pseudonymise.detectors.web_runs import whole_urls
from intake.pseudonymise.detectors.web_spoken import _SPOKEN_TLD
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

_DOT = r"(?:точка|кропка|dot|дот)"
_CUE = re.compile(
    r"(?<!\w)(?:сайт|сайц|ссылк|спасылк|страниц|старонк|адрес|адрас|website|site|link|page|url|address|"
    r"donate\s+at|donations\s+at)\w*(?!\w)",
    re.IGNORECASE,
)
_CUE_WORD = re.compile(r"(?:сайт|сайц|ссылк|спасылк|страниц|старонк|адрес|адрас|website|site|link|page|url|address)",
                       re.IGNORECASE)
# English words that lead to an address and are never a part of its host (a stop list; no English tagger).
_EN_LEAD = frozenset(
    "go visit check see open try use click type follow find donate search google look write send share it's "
    "here's there's please just also".split()
)
# pymorphy3 parts of speech that end a host said in words: verbs, adverbs and function words.
_CLAUSE_POS = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADVB", "PREP", "CONJ", "PRCL", "NPRO", "INTJ", "PRED",
                         "COMP"})
_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTS"})
_WORD_BEFORE = re.compile(r"([^\W_]+) $")  # one space: a wider gap is blanked punctuation
_MAX_HOST_WORDS = 3
_DOTS = frozenset(("точка", "кропка", "dot", "дот"))
_MAX_PATH_WORDS = 2


def clause_word(word: str, verbs: bool = True) -> bool:
    """``word`` belongs to the sentence, not to an address: a function word, a cue, a verb (unless ``verbs`` is
    False: a transliterated name may read as one, ``блэк``) or an adverb."""
    low = word.lower()
    if is_stop_word(low) or _CUE_WORD.match(low) or low in _EN_LEAD:
        return True
    if low.isascii():
        return False
    spelling, m = russian_reading(low)
    if m.known:
        parses = analyzer().parse(spelling)
        pos = _CLAUSE_POS if verbs else _CLAUSE_POS - _VERB_POS
        return sum(float(p.score) for p in parses if p.tag.POS in pos) >= 0.5
    return verbs and (be_vocab.verb_form(low) or low.endswith(("ць", "цца", "ся")))


def _covered(spans: list[Span], pos: int) -> bool:
    return any(s.start <= pos < s.end for s in spans)


_CUED = re.compile(rf"{_CUE.pattern}(?:[ \t]+[^\W_]+(?:[ \t]*[:—]|(?=[ \t]{{2}})))?[\s,:—\-]+$", re.IGNORECASE)


def _cued(text: str, start: int) -> bool:
    """A cue before ``start`` with at most three function words between (``сайт у них``, ``website is``)."""
    pos = start
    for _ in range(4):
        # the cue, or the cue and its complement before a colon or dash, blanked or not (``старонка дапамогі: ...``)
        cue = _CUED.search(text, max(0, pos - 60), pos)
        if cue is not None:
            return True
        m = re.search(r"([^\W_]+)[\s,:—\-]+$", text[max(0, pos - 40) : pos])
        if m is None or not is_stop_word(m.group(1)):
            return False
        pos -= len(m.group(0))
    return False


def _host_start(text: str, span: Span, others: list[Span]) -> int:
    """The start of a host said in several words (module docstring) whose last word opens ``span``."""
    first = re.match(r"[^\W_]+", span.text)
    if first is None or re.match(rf"[^\W_]+[\s,]+{_DOT}[\s,]", span.text, re.IGNORECASE) is None:
        return span.start
    start = _letters_start(text, span.start) if is_letter_name(first.group().lower()) else span.start
    taken = start
    for _ in range(_MAX_HOST_WORDS):
        m = _WORD_BEFORE.search(text, max(0, taken - 40), taken)
        if m is None:
            break
        word = m.group(1)
        if clause_word(word) or word.lower() in _DOTS or _covered(others, m.start(1)) or starts_number(word):
            break
        taken = m.start(1)
    if taken == start:
        return start
    said = scheme_start(text, taken)  # ``вэ вэ вэ точка ясная правда точка бай``: the host words after ``www``
    return said if said < taken else taken if _cued(text, taken) else start


def _letters_start(text: str, start: int) -> int:
    """A host spelled letter by letter (``эс пэ эр``): back over the letter names said before ``start``."""
    while (m := _WORD_BEFORE.search(text, max(0, start - 12), start)) is not None:
        word = m.group(1).lower()
        if not (is_letter_name(word) and len(word) > 1 and not is_stop_word(word)):
            break
        start = m.start(1)
    return start


_PATH_NEXT = re.compile(r" ([^\W_]+(?:-[^\W_]+)*)")
_SLASHED = re.compile(r"(?:слэш|слеш|slash|косая|дробь|драб)[\s,]+[^\W_]+(?:[\s\-]+[^\W_]+)*$", re.IGNORECASE)


def _path_end(text: str, span: Span) -> int:
    """The end of a path said in several words after a spoken slash (``слэш помощь гомель``)."""
    if _SLASHED.search(span.text) is None:
        return span.end
    end, taken = span.end, 0
    while taken < _MAX_PATH_WORDS and (m := _PATH_NEXT.match(text, end)) is not None:
        word = m.group(1)
        if starts_number(word) and not word.isdigit():
            end = m.end()
            continue
        if clause_word(word) or (word.isascii() and en_vocab.is_known(word.lower())) or word[0].isdigit():
            break
        end, taken = m.end(), taken + 1
    return end


_HYPHEN_TLD = _SPOKEN_TLD.replace(r"\s+", "-")
_JOINED = re.compile(
    rf"(?<![\w@.\-])(?:[^\W_]+-){{1,4}}{_DOT}-{_HYPHEN_TLD}(?:-[^\W_]+){{0,4}}(?![\w@\-])"
    r"|(?<![\w@.\-])[^\W\d_]{3,}(?:точка|кропка)(?:бай|ком|орг|ру|нет|нэт|инфо|інфа)(?!\w)"
    r"|(?<![\w@.\-])[a-z0-9]{3,}dot(?:com|org|net|by|ru|io|info)(?!\w)",
    re.IGNORECASE,
)


def joined_urls(text: str) -> list[Span]:
    """Addresses whose spoken dot is joined to the words by hyphens or written with them (``дапамога-кропка-бай``);
    a cue joined on (``сайт-светлый-дом-точка-бай``) is left out."""
    out = []
    for m in _JOINED.finditer(text):
        start = m.start()
        head = _CUE_WORD.match(m.group())
        if head is not None and m.group()[head.end() : head.end() + 1] == "-" and "-" in m.group()[head.end() + 1 :]:
            start = m.start() + head.end() + 1
        out.append(Span(start, m.end(), "URL", text[start : m.end()], 0.85, "patterns.url_joined"))
    return out


_WRITTEN = re.compile(r"[./]")
_SAID_START = re.compile(r"(?:www|вэ|w|дабл|double|три|тры|three|triple|https?|эйч)(?!\w)", re.IGNORECASE)


def _lead_trimmed(span: Span) -> Span:
    """A written or blanked address without the words the loose expressions took in before it
    (``go to bit.ly/x`` -> ``bit.ly/x``); a spoken one or one opened by ``www``/a scheme is left as it is."""
    if _WRITTEN.search(span.text) is None or _SAID_START.match(span.text) or re.search(_DOT, span.text, re.I):
        return span
    cut = pos = 0
    # a host holds no word of the sentence: it starts after the last one (``read it on delfi lt/news``)
    while (m := re.match(r"([^\W_]+)[ \t]+(?=\S)", span.text[pos:])) is not None:
        pos += m.end()
        if not re.search(r"[. ]", span.text[pos:].split("/")[0]):
            break  # the host keeps at least one dot or blanked dot
        if clause_word(m.group(1)):
            cut = pos
    if cut == 0:
        return span
    return Span(span.start + cut, span.end, span.label, span.text[cut:], span.score, span.source)


def _merged(text: str, spans: list[Span]) -> list[Span]:
    """A URL opened by ``www`` or a scheme joined to the URL right after it (``www dot open`` ``house dot org``)."""
    urls = sorted((s for s in spans if s.label == "URL"), key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    drop: set[int] = set()
    for left, right in pairwise(urls):
        if _SAID_START.match(left.text) and left.end < right.start and not text[left.end : right.start].strip():
            out.append(Span(left.start, right.end, "URL", text[left.start : right.end], left.score, left.source))
            drop.update((id(left), id(right)))
    return [s for s in spans if id(s) not in drop] + out


def _regrown(text: str, span: Span, others: list[Span]) -> Span:
    if span.label != "URL":
        return span
    span = _lead_trimmed(span)
    start, end = _host_start(text, span, others), _path_end(text, span)
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, text[start:end], span.score, span.source)


def worded_urls(text: str, spans: list[Span], language: str) -> list[Span]:
    """``spans`` with every URL made whole (module docstring) and the hyphen-joined addresses added; ``language``
    is kept for the hook's shape (the word tests decide by the word's own script)."""
    del language
    low = text.lower()
    dotted = any(w in low for w in ("точк", "кропк", "dot", "дот"))
    if dotted and ("-" in text or re.search(r"\w(?:точка|кропка|dot)", low)):
        spans = spans + [s for s in joined_urls(text) if not any(o.overlaps(s) for o in spans if o.label == "URL")]
    spans = whole_urls(text, spans)
    others = [s for s in spans if s.label != "URL"]
    return _merged(text, [_regrown(text, s, others) for s in spans])
