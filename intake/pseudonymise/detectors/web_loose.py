"""Web addresses under any country's top-level domain, and e-mail local parts whose dots were blanked.

A written address ends in a top-level domain.  ``web.py`` lists the usual ones; emigrants also give
addresses in their new countries (``.am``, ``.ca``, ``.ge``, ``.kz``), so an address whose dot is still
written may end in any two-letter country code.  When recognition blanks the dots (``m doucet@lawfirm
ca``) the country code must be no everyday word (``it``, ``at``, ``is``) and the local part before the
``@`` word may be several words joined by single spaces (``help for family@gmail com``).
"""

from __future__ import annotations

import re

from intake.pseudonymise.spans import Span

# ISO 3166-1 alpha-2 country codes, used as country-code top-level domains (public list, IANA root zone
# database, https://www.iana.org/domains/root/db; written here from public knowledge).
_COUNTRY_CODES = (
    "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz "
    "ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj "
    "fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io "
    "iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me "
    "mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf "
    "pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su "
    "sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf "
    "ws ye yt za zm zw"
).split()
# Generic domains beyond the two-letter ones.
_GENERIC = (
    "com org net info gov edu int mil biz name pro app page link online site dev xyz shop store blog news "
    "media press club team foundation ngo ong global world space tech life live help fund support"
).split()
# Country codes that are everyday words or sounds of the three languages: with its dot blanked such a code
# is the next word of the sentence (``kira@gmail it was``), so a blanked address may not end in one.
_WORD_CODES = frozenset(
    "an as at be by do go he hi id if in is it me mo my no of on or so to tv us we ye ни на не".split()
)

WRITTEN_TLDS = "|".join(sorted(set(_COUNTRY_CODES) | set(_GENERIC), key=lambda s: (-len(s), s)))
BLANKED_TLDS = "|".join(sorted((set(_COUNTRY_CODES) - _WORD_CODES) | set(_GENERIC), key=lambda s: (-len(s), s)))

# ``m doucet@lawfirm ca``: the host and a country code whose dot was blanked, right after the ``@``.
# ``me`` and ``by`` are words too, but mail services live there (``proton me``, ``tut by``).
_BLANKED_HOST = re.compile(rf"@[A-Za-z0-9\-]+(?:[. ][A-Za-z0-9\-]+){{0,2}}?[. ](?:{BLANKED_TLDS}|me|by)(?![\w@.\-])",
                           re.IGNORECASE)
_LOCAL = re.compile(r"(?<![\w.+\-])[\w+\-]*\w(?=@)")
# Words that announce or surround an address and are never part of one.
_NOT_LOCAL = frozenset(
    "is was are it it's its me my our her his their at to on in via the an and or email e-mail mail "
    "address write wrote contact reach send use public here there us him them she he we they you i "
    "адрес почта пошта пиши пішы мне мой мая моя".split()
)
_WORD_BEFORE = re.compile(r"(?<![\w.+\-])([a-z0-9][a-z0-9+\-]*) $")


def blanked_emails(text: str) -> list[Span]:
    """E-mail addresses whose dots were blanked: the host and a country or generic domain after the ``@``,
    and the lower-case words joined to the local part by single spaces (at most three), stopping at a word
    that announces an address (``is``, ``me``, ``address``) or at a wider gap (a blanked comma)."""
    out = []
    for host in _BLANKED_HOST.finditer(text):
        if " " not in host.group():
            continue  # written dots: the ordinary e-mail expression has it
        local = _LOCAL.search(text, max(0, host.start() - 64), host.start() + 1)
        if local is None or local.end() != host.start():
            continue
        start = local.start()
        for _ in range(3):
            m = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if m is None or m.group(1) in _NOT_LOCAL:
                break
            start = m.start(1)
        out.append(Span(start, host.end(), "EMAIL", text[start : host.end()], 0.9, "patterns.email_blanked"))
    return out


# A written address under any domain (``shop-name.am/help``, ``lawfirm.ca``): lower-case letters, so that a
# sentence run on after a full stop (``home.So``) is no address; a bare one may not end in a word code.
_WRITTEN_URL = re.compile(
    rf"(?<![\w@.\-/])(?:[a-z0-9][a-z0-9\-]*\.)+({WRITTEN_TLDS})(/[^\s<>«»\"]*)?(?![\w@\-]|\.\w)"
)
# Its dots blanked, with a path: ``shop-name am/help``.  A code that is a word (``check in/out``) counts only
# after a host that no word looks like (one with a hyphen or a digit).
_BLANKED_PATH_URL = re.compile(
    rf"(?<![\w@.\-/])((?:[a-z0-9][a-z0-9\-]{{1,30}}[. ]){{0,3}}[a-z0-9][a-z0-9\-]{{2,30}}) ({WRITTEN_TLDS})"
    r"/[a-z0-9][^\s<>«»\"]*",
    re.IGNORECASE,
)


def country_urls(text: str) -> list[Span]:
    """Web addresses under any country-code or generic domain, written or with their dots blanked."""
    out = []
    for m in _WRITTEN_URL.finditer(text):
        if m.group(2) or m.group(1) not in _WORD_CODES:
            out.append(_url(text, m.start(), m.end()))
    if "/" in text:
        for m in _BLANKED_PATH_URL.finditer(text):
            host_like = re.search(r"[\-\d]", m.group(1)) is not None
            if m.group(2).lower() not in _WORD_CODES or host_like:
                out.append(_url(text, m.start(), m.end()))
    return out


def _url(text: str, start: int, end: int) -> Span:
    value = text[start:end].rstrip(".,;:!?)»\"'")
    return Span(start, start + len(value), "URL", value, 0.9, "patterns.url_country")
