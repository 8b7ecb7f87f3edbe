"""Addresses, e-mails and handles as unpunctuated speech recognition writes them: every dot and colon blanked.

Whisper without punctuation (or a transcript whose punctuation was stripped) leaves a space where an address
had a dot or a colon, and lower-cases it: ``https://spring96.org`` becomes ``https //spring96 org``,
``@vera.kot.77`` becomes ``@vera kot 77``, ``iryna.zhuk@mail.ru`` becomes ``iryna zhuk @ mail ru``.  The
pieces are still recognisable by what general knowledge says an address is made of:

* a scheme (``https //``) can only start an address, whatever follows it;
* a Latin host followed by a top-level domain (the IANA list in :mod:`web_loose`) is an address when the
  host is no ordinary English word (:func:`en_vocab.is_known`) and the domain is no everyday word; a domain
  that is a word (``by``, ``me``) or a Cyrillic one (``бел``, ``рф``) counts after a word that announces a
  site (``сайт``, ``ссылка``, ``link``, ``через``);
* an ``@`` with a host and a domain after it (spaces allowed around it) is an e-mail whose local part is
  the Latin words before it;
* a handle (``@vera``, ``t.me/vera``) goes on over the lower-case Latin words and numbers joined to it by a
  single space, the dots it had (never over an ordinary English word).
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.en_vocab import is_known
from intake.pseudonymise.detectors.web_loose import BLANKED_TLDS, WRITTEN_TLDS
from intake.pseudonymise.spans import Span

_HOST = r"[a-z0-9][a-z0-9\-]{0,30}"
# ``https //host tld`` (the colon blanked), with a path (``/help``) if any.
_SCHEME = re.compile(rf"(?<![\w/])(?:https?|www)[: ]+(?://)? ?(?:www )?(?:{_HOST}[. ]){{1,3}}?(?:{WRITTEN_TLDS})"
                     r"(?![\w\-])(?:/[^\s<>«»\"]*)?", re.IGNORECASE)
# A bare host and domain with the dot blanked: ``dapamoha ro``, ``pomogi-semye org``, ``shop com ua``.
# The domain is matched in a lookahead so that a host is tried at every word (``via sovka uz``).
_BARE = re.compile(r"(?<![\w@.\-/])([a-z][a-z0-9\-]{2,30})(?=((?: (?:co|com|org|net|gov|ac|edu))? ([a-z]{2,12}))"
                   r"((?:/[^\s<>«»\"]*)?)(?![\w@.\-]|\s*\d))")
_CYRILLIC_BARE = re.compile(r"(?<![\w@.\-/])([а-яёіў][а-яёіў0-9\-]{2,30}) (бел|рф|укр)(?![\w@.\-])")
_BLANKED = frozenset(BLANKED_TLDS.split("|"))
_WRITTEN = frozenset(WRITTEN_TLDS.split("|"))
# Codes that are words of a name or of speech, an address only after a site word or a marked host: name particles
# and abbreviations (``maria de souza``, ``at ten pm``), and Lithuanian and Latvian function words inside a Baltic
# name quoted in Latin letters (``vilniaus kolegija ir akademija``). Codes of sites people do name (``co``) stay.
_WORDLIKE_CODES = frozenset("de la da do es al am pm st mr ms ad ma pa ok im ir ar su ne".split())
# Generic domains that are no English word; ``media``, ``tech``, ``help`` follow a name only as a word.
_PLAIN_GENERIC = frozenset("com org net info gov edu int biz xyz".split())
_MAIL_WORD_CODES = frozenset({"by", "me"})  # word codes that mail services and Belarusian sites live under
_SITE_CUE = re.compile(r"(?:сайт|сайц|ссылк|спасылк|адрес|через|праз|link|site|url|address|page|bio|профил|профіл)\w*"
                       r"(?:\s+(?:is|у\s+них|у\s+іх|the|one|of|in|on|at|на|ў|у|в)){0,3}\s+$", re.IGNORECASE)
_COMMON = frozenset(
    "is was are it its my our her his their at to on in via the an and or but so this that which with from for of "
    "telegram instagram signal viber whatsapp tiktok facebook twitter youtube gmail mail page site link "
    "group chat channel account name handle nick username email address write find search".split()
)


def _cued(text: str, start: int) -> bool:
    return _SITE_CUE.search(text, max(0, start - 40), start) is not None


def _url(text: str, start: int, end: int, source: str) -> Span:
    value = text[start:end].rstrip(".,;:!?)»\"'")
    label = "HANDLE" if re.search(r"(?:t[ .]me|telegram[ .]me|instagram[ .]com)/", value, re.IGNORECASE) else "URL"
    return Span(start, start + len(value), label, value, 0.85, f"patterns.{source}")


def _bare_ok(host: str, tld: str, cued: bool, language: str) -> bool:
    """Whether ``host tld`` (the dot blanked) is an address rather than two words of the sentence."""
    marked = re.search(r"[\-\d]", host) is not None
    if tld in _WORDLIKE_CODES and not (cued or marked):
        return False
    if len(tld) > 2 and tld not in _PLAIN_GENERIC and not cued:
        return False  # ``russian media``, ``vilnius tech``
    if tld not in _BLANKED and not (cued or (marked and tld in _MAIL_WORD_CODES)):
        return False  # ``by``, ``me``, ``in``: a domain that is a word counts after a site word
    return not (language == "en" and is_known(host) and not (cued and "-" in host))


def blanked_urls(text: str, language: str) -> list[Span]:
    """Web addresses with their colon or dots blanked (``https //spring96 org``, ``site at dapamoha ro``)."""
    out = [_url(text, m.start(), m.end(), "url_scheme_blanked") for m in _SCHEME.finditer(text)]
    for m in _BARE.finditer(text):
        host, tld = m.group(1), m.group(3)
        if host in _COMMON or tld not in _WRITTEN:
            continue  # never an address: the site-word cue is not looked for
        if _bare_ok(host, tld, _cued(text, m.start()), language):
            out.append(_url(text, m.start(), m.end(4), "url_bare_blanked"))
    for m in _CYRILLIC_BARE.finditer(text):
        if _cued(text, m.start()) or "-" in m.group(1):
            out.append(_url(text, m.start(), m.end(), "url_bare_blanked"))
    return out


_AT_HOST = re.compile(rf"@ {{0,3}}(?:{_HOST} {{1,3}}){{1,3}}?(?:{BLANKED_TLDS}|me|by)(?![\w@.\-])",
                      re.IGNORECASE)
_LOCAL_WORD = re.compile(r"(?<![\w.+\-@])([a-z0-9][a-z0-9_+\-]*) {0,3}$", re.IGNORECASE)
_NOT_LOCAL = _COMMON | frozenset("me us him them she he we they you i адрес почта пошта пиши пішы мне".split())


def spaced_emails(text: str, language: str) -> list[Span]:
    """E-mails with their dots blanked and spaces around the ``@`` (``iryna zhuk @ mail ru``): the Latin words
    before the ``@`` (at most three, none an announcing word, in English none an ordinary word after the first)."""
    out = []
    for m in _AT_HOST.finditer(text):
        start = m.start()
        # the dots of the local part were said the way those of the host were (``liska . lesia @ proton . me``)
        gap = max(len(g) for g in re.findall(r" +", m.group()[1:].lstrip()))
        for count in range(3):
            w = _LOCAL_WORD.search(text, max(0, start - 40), start)
            if w is None or w.group(1).lower() in _NOT_LOCAL:
                break
            if count and len(text[w.end(1) : start]) > gap:
                break
            if count and language == "en" and is_known(w.group(1).lower()):
                break
            start = w.start(1)
        if start < m.start():
            out.append(Span(start, m.end(), "EMAIL", text[start : m.end()], 0.85, "patterns.email_spaced"))
    return out


_NEXT_PIECE = re.compile(r" ([a-z0-9_][a-z0-9_\-]{0,30})(?![\w@.\-])")
# A Telegram or Instagram link with its dots blanked: ``t me/vera``, ``instagram com/vera``.
_LINK = re.compile(r"(?<![\w/])(?:https?[: ]+//)?(?:t|telegram|instagram) (?:me|com)/[a-z0-9_]{3,32}", re.IGNORECASE)


def _carried(text: str, end: int, language: str) -> int:
    """Where a handle ending at ``end`` ends once carried over the pieces its blanked dots split off."""
    for _ in range(3):
        m = _NEXT_PIECE.match(text, end)
        if m is None:
            break
        piece = m.group(1)
        if piece in _NOT_LOCAL or (language == "en" and not piece.isdigit() and is_known(piece.strip("_-"))):
            break
        if re.fullmatch(r"\d{5,}", piece):
            break  # a phone or document number said after the handle
        end = m.end()
    return end


def continued_handles(text: str, spans: list[Span], language: str) -> list[Span]:
    """Handles carried over the words their blanked dots split off (``@vera kot 77``, ``t me/lis raman85``)."""
    out = []
    links = [Span(m.start(), m.end(), "HANDLE", m.group(), 0.85, "patterns.tg_link_blanked")
             for m in (_LINK.finditer(text) if "/" in text else ())]  # every match holds a slash
    for span in spans:
        if span.label == "HANDLE" and re.search(r"[a-z0-9_]$", span.text):
            end = _carried(text, span.end, language)
            if end > span.end:
                out.append(Span(span.start, end, "HANDLE", text[span.start : end], span.score, span.source))
    for span in links:
        end = _carried(text, span.end, language)
        out.append(Span(span.start, end, "HANDLE", text[span.start : end], span.score, span.source))
    return out


# ``@`` said as a word before a handle whose dots were blanked (``эт kastus liska``, ``at symbol yas bor49``).
_SAID_AT = re.compile(
    r"(?<!\w)(at\s+sign|at\s+symbol|собака|собачка|сабака|сабачка|эт|at) ([a-z][a-z0-9_]{1,30})(?![\w@.\-])"
)
# A platform named, then the handle's pieces (``в тг zubr 77``, ``on tg bor lesia73``).
_PLATFORM = re.compile(
    r"(?<!\w)(?:инстаграм|інстаграм|инст|інст|телеграм|тэлеграм|телег|тг|тикток|тікток|ник|нік|логин|лагін|"
    r"instagram|insta|telegram|tiktok|tg|nick|handle|username)\w*"
    r"(?: (?:у\s+(?:неё|него|меня|нас|яе|яго|мяне|нас)|я|он|она|ён|яна|is|it's|i'm|as|my|her|his|on|в|у|ў)){0,3} "
    r"([a-z][a-z0-9_]{1,30})(?![\w@.\-])"
)


def said_handles(text: str, language: str) -> list[Span]:
    """Handles after ``@`` said as a word or after a platform's name, carried over their blanked dots; in
    English only one that is no ordinary word (``at home`` stays) and that shows a digit or an underscore."""
    out = []
    for pattern in (_SAID_AT, _PLATFORM):
        for m in pattern.finditer(text):
            first = m.group(m.lastindex or 0)
            if first in _NOT_LOCAL:
                continue
            end = _carried(text, m.end(), language)
            value = text[m.start(m.lastindex or 0) : end]
            strict = language == "en" and m.group(1) not in ("at sign", "at symbol")
            if strict and (is_known(first) or not re.search(r"[\d_]", value)):
                continue
            if pattern is _PLATFORM and end == m.end() and not re.search(r"[\d_]", value):
                continue  # one plain word after a platform's name: the next word of the sentence
            start = m.start() if pattern is _SAID_AT else m.start(1)
            out.append(Span(start, end, "HANDLE", text[start:end], 0.85, "patterns.handle_said_blanked"))
    return out
