"""E-mail addresses, web addresses and messenger handles, written or spoken as words.

Spoken forms: ``катя точка мельник собака gmail точка ком``, ``help dot family at gmail dot com``,
``собака serzh нижнее подчёркивание dub``, and Latin user names right after a cue such as ``ник``,
``инстаграм``, ``on Telegram I'm``.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import web_gates
from intake.pseudonymise.detectors.en_vocab import is_known
from intake.pseudonymise.detectors.numwords import starts_number
from intake.pseudonymise.detectors.web_blanked import blanked_urls, continued_handles, said_handles, spaced_emails
from intake.pseudonymise.detectors.web_dictated import dictated
from intake.pseudonymise.detectors.web_joined import joined_locals
from intake.pseudonymise.detectors.web_loose import blanked_emails, country_urls
from intake.pseudonymise.detectors.web_said import said_addresses
from intake.pseudonymise.detectors.web_spoken import (
    _AMBIGUOUS_TLD,
    _AT,
    _COMMON_LATIN,
    _CUED_AT_HANDLE,
    _DOT,
    _DOT_WORDS,
    _EN_AT_HANDLE,
    _FILLERS,
    _HANDLE_SEP,
    _HANDLE_TAIL,
    _SLASH,
    _SPOKEN_AT_HANDLE,
    _SPOKEN_EMAIL,
    _SPOKEN_SEP_HANDLE,
    _SPOKEN_URL,
    _SPOKEN_WORDS,
    _URL_CUE,
    _URL_JOIN,
    _WWW_SAID,
)
from intake.pseudonymise.detectors.web_tails import tailed
from intake.pseudonymise.detectors.web_whole import clause_word, worded_urls
from intake.pseudonymise.detectors.web_worded import worded_tail
from intake.pseudonymise.spans import Span

_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]*\w@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,12}(?![\w@])")
_TLDS = (
    r"com|org|net|info|io|me|by|ru|pl|lt|lv|ua|eu|de|uk|fm|tv|app|page|link|online|site|su|ee|cz|us|"
    r"ly|be|co|ge|to|gle|ch"
)
_URL = re.compile(
    rf"(?:https?://|www\.)[^\s<>«»\"]+|(?<![\w@.\-])(?:[a-z0-9\-]+\.)+(?:{_TLDS})/[^\s<>«»\"]*"
    rf"|(?<![\w@.\-/])(?:[a-z0-9\-]+\.)+(?:{_TLDS})(?![\w@\-]|\.\w)",
    re.IGNORECASE,
)
# Transcripts sometimes lose the dots or the colon of an address ("gmail com", "gofund me/7c1a").
_LOOSE_EMAIL = re.compile(
    rf"(?<![\w.+\-])[\w.+\-]*\w@[\w\-]+(?:[. ][\w\-]+){{0,3}}?[. ](?:{_TLDS})(?![\w@.\-])", re.IGNORECASE
)
_LOOSE_URL = re.compile(
    rf"(?<![\w@.\-/])(?:https?\s?:?\s?//\s?)?(?:www[. ])?(?:[a-z0-9\-]+[. ]){{1,4}}(?:{_TLDS})/[^\s<>«»\"]+",
    re.IGNORECASE,
)
_TG_LINK = re.compile(r"(?:https?://)?(?:t\.me|telegram\.me|instagram\.com)/[A-Za-z0-9_+/]{3,64}", re.IGNORECASE)
_AT_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z][A-Za-z0-9_.]{2,31}(?<!\.)")
_UNDERSCORE = re.compile(r"(?<![\w@.\-/])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_?(?![\w@])")



def _spans(pattern: re.Pattern[str], text: str, label: str, source: str, gate: web_gates.Gate | None = None,
           group: int = 0) -> list[Span]:
    out = []
    for m in pattern.finditer(text) if gate is None else web_gates.gated(pattern, text, gate):
        value = m.group(group).rstrip(".,;:!?)»\"'")
        if value:
            start = m.start(group)
            out.append(Span(start, start + len(value), label, value, 0.95, f"patterns.{source}"))
    return out


_HANDLE_JOIN = re.compile(rf"[\s,](?:{_HANDLE_SEP}|{_URL_JOIN})[\s,]", re.IGNORECASE)
# Cues that name an account (not ``канал``, ``аккаунт``, which also start ordinary sentences).
_NAMING_CUE = re.compile(r"(?:ник|нік|никнейм|юзернейм|логин|лагін|инстаграм|інстаграм|инст|телеграм|тэлеграм|тг)",
                         re.IGNORECASE)
_NEXT_WORD = re.compile(r"[\s\-]+([^\W_]+)")


def _number_tail(text: str, end: int) -> int:
    """Extend a spoken handle that ends in a number word over the rest of the number (``точка сорок один``)."""
    last = re.search(r"[^\W_]+$", text[max(0, end - 30) : end])
    if last is None or not (starts_number(last.group()) or last.group() == "o"):  # ``dot o five``
        return end
    while (m := _NEXT_WORD.match(text, end)) is not None and starts_number(m.group(1)):
        end = m.end()
    return end


def _sentence_after_at(found: str) -> bool:
    """``собака, очень красивая``: the word after ``собака`` is a word of the sentence (a function word, verb or
    adverb), so ``собака`` is the dog, not ``@``."""
    words = re.findall(r"[^\W_]+", found)
    return len(words) > 1 and clause_word(words[1], verbs=False)


def _cued_handles(text: str, language: str) -> list[Span]:
    out, cues = [], list(web_gates.gated(web_gates.HANDLE_CUE, text, web_gates.HANDLE_CUE_GATE))
    for cue in cues:
        gap = _FILLERS.match(text, cue.end())
        at = _CUED_AT_HANDLE.match(text, gap.end()) if gap is not None else None
        if at is None:
            continue
        # Cyrillic words joined by ``точка``/``подчёркивание`` right after the cue (``ник у неё кира точка пишет``)
        near = at.start() - cue.end() <= 20 and _HANDLE_JOIN.search(at.group()) is not None
        near = near and _NAMING_CUE.match(cue.group()) is not None
        said_at = at.group()[:3].lower() in ("соб", "саб") and not _sentence_after_at(at.group())
        if re.search("[A-Za-z]", at.group()) or said_at or near:
            end = _number_tail(text, at.end())
            out.append(Span(at.start(), end, "HANDLE", text[at.start() : end], 0.85, "patterns.handle_cue"))
    for cue in cues:
        m = _HANDLE_TAIL.match(text, cue.end())
        if m is None:
            continue
        value = m.group(1).rstrip(".")
        marked = any(c in value for c in "_.@-0123456789")
        # English: a plain word right after the cue is the next word of the sentence (``an Instagram about
        # him``, ``the account holder``) unless a connector names it (``is``, ``I'm``, ``called``, ``:``).
        named = _EN_CONNECTOR.search(text, cue.end(), m.start(1)) is not None
        shaped = language != "en" or marked or (value.islower() and named and not is_known(value))
        if shaped and value.lower().lstrip("@") not in _COMMON_LATIN:
            start = m.start(1)
            out.append(Span(start, start + len(value), "HANDLE", value, 0.85, "patterns.handle_cue"))
    return out


def _number_span(text: str, span: Span) -> Span:
    """``span`` carried over the rest of a number it ends in (``underscore forty one``)."""
    end = _number_tail(text, span.end)
    return span if end == span.end else Span(span.start, end, span.label, text[span.start : end], span.score,
                                            span.source)


_EN_CONNECTOR = re.compile(r"(?<!\w)(?:is|I'm|it's|called|named|am|as)(?!\w)|:", re.IGNORECASE)
_PREV_WORD = re.compile(r"([^\W_][\w.\-]*)[\s,]+$")


def _extend_left(text: str, span: Span) -> Span:
    """Take in the spoken digits and Latin words dictated before a spoken address
    (``serzh два ноль ноль два собака ...``): in Cyrillic speech they belong to the address."""
    start = span.start
    while True:
        m = _PREV_WORD.search(text, max(0, start - 40), start)
        if m is None:
            break
        word = m.group(1)
        if not (starts_number(word) or word.isdigit() or re.fullmatch(r"[A-Za-z0-9][\w.\-]*", word)):
            break
        if word.lower() in _COMMON_LATIN:
            break
        start = m.start(1)
    if start == span.start:
        return span
    return Span(start, span.end, span.label, text[start : span.end], span.score, span.source)


_AT_WORD = re.compile(rf"(?<!\w){_AT}(?!\w)", re.IGNORECASE)


def _spoken_emails(text: str) -> list[Span]:
    """The spoken e-mail expression, run only around each ``собака``/``at`` (it is costly to try at every
    position of a long transcript); a match must contain that word."""
    seen: dict[tuple[int, int], Span] = {}
    for at in web_gates.gated(_AT_WORD, text, web_gates.AT_WORD):
        lo, hi = max(0, at.start() - 200), min(len(text), at.end() + 240)
        for m in web_gates.window_matches(_SPOKEN_EMAIL, text, lo, at.start(), hi):
            value = m.group().rstrip(".,;:!?)»\"'")
            if m.start() <= at.start() < m.end() and value:
                seen[(m.start(), m.start() + len(value))] = Span(
                    m.start(), m.start() + len(value), "EMAIL", value, 0.95, "patterns.email_spoken"
                )
    return list(seen.values())


_NAME_BEFORE = re.compile(r"([A-Za-z][\w\-]*)[\s,]+$")


def _named_number(text: str, span: Span) -> bool:
    """``tamara seventy one at ...``: a local part ending in a number word (``one``) after a name."""
    if not starts_number(span.text.split()[0]):
        return False
    m = _NAME_BEFORE.search(text, max(0, span.start - 30), span.start)
    return m is not None and m.group(1).lower() not in _COMMON_LATIN


def _spoken_addresses(text: str, language: str) -> list[Span]:
    found = _spoken_emails(text)
    if language == "en":  # ``then at work dot com``: an English function word is no local part
        found = [s for s in found if s.text.split()[0].lower() not in _COMMON_LATIN or _named_number(text, s)]
    spoken_at = _spans(_SPOKEN_AT_HANDLE, text, "HANDLE", "handle_spoken", web_gates.SPOKEN_AT)
    found += [worded_tail(text, span, _COMMON_LATIN) for span in spoken_at]
    found += _spans(_SPOKEN_SEP_HANDLE, text, "HANDLE", "handle_spoken", web_gates.SEP_HANDLE)
    en_at = _spans(_EN_AT_HANDLE, text, "HANDLE", "handle_spoken", web_gates.EN_AT)
    found += [_number_span(text, span) for span in en_at]
    if language == "en":
        return found
    return [_local(text, span) for span in found]


def _local(text: str, span: Span) -> Span:
    """The local part taken back over the words dictated before it; a Cyrillic name before a number said in
    words is taken too (``лиска семьдесят семь собачка ...``)."""
    span = _extend_left(text, _local_word(text, span))
    if starts_number(span.text.split()[0]):
        span = _local_word(text, span)
    return _dotted_left(text, span)


_PREV_DOTTED = re.compile(rf"(?<![\w.\-])([а-яёіўa-z0-9]+) {_DOT} +$", re.IGNORECASE)


def _dotted_left(text: str, span: Span) -> Span:
    """A word said right before a spoken dot that opens the address belongs to it, whatever its form
    (``пишет точка кира ... собака``: the verb is a part of the local part here, not the speaker's verb)."""
    if span.label != "EMAIL":
        return span
    start = span.start
    while (m := _PREV_DOTTED.search(text, max(0, start - 40), start)) is not None:
        if m.group(1).lower() in _BEFORE_ADDRESS:
            break
        start = m.start(1)
    return span if start == span.start else Span(start, span.end, span.label, text[start : span.end], span.score,
                                                   span.source)


# Words that stand before a dictated address without being part of it: prepositions, pronouns, particles
# and the words that announce an address (ru and be).
_BEFORE_ADDRESS = frozenset(
    "на в у ў з с к да до па по і и а но ну вот вось это гэта мой моя мая мае мне мяне меня нас наш наша яе её "
    "его яго іх их неё него ней нему них ним ей ему им ёй яму ім "
    "ты вы я он она ён яна яны они адрас адрес пошта почта почты пошты мейл мэйл имейл емейл "
    "ящик скрыня такая такой такі такое значыць значит типа там тут ещё яшчэ ёсць есть сама сам проста просто "
    "пиши пишите пішы пішыце запиши запишите запішы запішыце".split()
)
# Verb and adverb endings: ``зрабіў``, ``написала``, ``пишет``, ``знаешь``.
_NOT_LOCAL_END = re.compile(r"(?:ть|ць|ла|ло|лі|ли|ў|л|ет|ит|ёт|ешь|ишь|іш|ыш|ыце|ите|іце|ем|им|ём|ся|сь|цца|ться|о)$")
_CYRILLIC_START = re.compile(r"[а-яёіў]+\s", re.IGNORECASE)
_PREV_CYRILLIC = re.compile(r"(?<![\w.\-])([а-яёіў]{3,})[ ]+$")


def _local_word(text: str, span: Span) -> Span:
    """A local part whose first two words are written as one (``верабей фарм сабака ...`` for verabeifarm):
    take in the word before a local part said in Cyrillic when that word is lowercase, no function word
    and no verb form.  Capitalised words are left alone."""
    if span.label != "EMAIL" or _CYRILLIC_START.match(span.text) is None:
        return span
    m = _PREV_CYRILLIC.search(text, max(0, span.start - 30), span.start)
    if m is None:
        return span
    word = m.group(1)
    if word in _BEFORE_ADDRESS or _NOT_LOCAL_END.search(word) is not None:
        return span
    return Span(m.start(1), span.end, span.label, text[m.start(1) : span.end], span.score, span.source)


_SLASH_END = re.compile(rf"{_SLASH}[\s,]+\w+$")


def _spoken_urls(text: str) -> list[Span]:
    out = []
    for span in _spans(_SPOKEN_URL, text, "URL", "url_spoken", web_gates.SPOKEN_URL):
        low = span.text.lower()
        marked = re.search(rf"{_SLASH}|^{_WWW_SAID}|^https?\s", low) is not None
        plain_tld = low.split()[-1] not in _AMBIGUOUS_TLD or _SLASH_END.search(low) is not None
        plain_tld = plain_tld or re.search("[a-z]", low) is not None  # ``politzek точка ми``: a Latin name
        if marked or plain_tld or _URL_CUE.search(text, max(0, span.start - 60), span.start):
            out.append(span)
    return out


# A web address whose dots recognition left out or blanked (``judo by``, ``pasylka lt``, ``lindenrow co
# uk``): a Latin name followed by top-level domains.  In Russian or Belarusian speech any Latin name
# before a TLD is an address; in English only before a TLD that is no English word (not ``by``, ``me``).
_BLANKED_URL = re.compile(
    rf"(?<![\w@.\-/])([A-Za-z][A-Za-z0-9\-]{{2,30}})((?: (?:co|com|org|net|gov|ac))? (?:{_TLDS}))"
    r"(?![\w@.\-]|\s*\d)"  # not ``its pl 27 1140 ...``: a country code before an account number
)
_EN_SAFE_TLDS = frozenset("com org net ru pl lt lv ua io su fm tv".split())


_PREV_IS_CYRILLIC = re.compile(r"[а-яёіў]+[\s,:—\-]+$", re.IGNORECASE)
_NEXT_IS_CYRILLIC = re.compile(r"[\s,:—\-]+[а-яёіў]|\s*(?:[.!?;…]|$)", re.IGNORECASE)


def _blanked_urls(text: str, language: str) -> list[Span]:
    out = []
    for m in _BLANKED_URL.finditer(text):
        name, tld = m.group(1).lower(), m.group(2).split()[-1].lower()
        if name in _COMMON_LATIN or (language == "en" and tld not in _EN_SAFE_TLDS):
            continue
        # ``went to the shop``, ``[PERSON-01] told me``: English said inside Russian speech is no address; a
        # TLD that is an English word counts only between Cyrillic words (``на judo by фамилию``).
        cyrillic_around = _PREV_IS_CYRILLIC.search(text, max(0, m.start() - 40), m.start()) is not None
        cyrillic_around = cyrillic_around and _NEXT_IS_CYRILLIC.match(text, m.end()) is not None
        if tld not in _EN_SAFE_TLDS and not cyrillic_around:
            continue
        out.append(Span(m.start(), m.end(), "URL", m.group(), 0.8, "patterns.url_blanked"))
    return out


def detect_web(text: str, language: str = "ru") -> list[Span]:
    """EMAIL, URL and HANDLE spans, written or spoken."""
    out = _spans(_EMAIL, text, "EMAIL", "email") if "@" in text else []
    if "@" in text:
        loose = _spans(_LOOSE_EMAIL, text, "EMAIL", "email_loose")
        out += loose if language == "en" else [_extend_left(text, span) for span in loose]
        out += blanked_emails(text) + spaced_emails(text, language)
    out += _spans(_URL, text, "URL", "url") if "." in text or "://" in text else []  # every form has one
    out += country_urls(text) if "." in text or "/" in text else []
    out += _blanked_urls(text, language) + blanked_urls(text, language)
    out += _spans(_LOOSE_URL, text, "URL", "url_loose") if "/" in text else []
    if "/" in text:
        out += _spans(_TG_LINK, text, "HANDLE", "tg_link")
    out += _spans(_AT_HANDLE, text, "HANDLE", "handle") if "@" in text else []
    out += _spans(_UNDERSCORE, text, "HANDLE", "handle_underscore") if "_" in text else []
    low = text.lower()
    if any(word in low for word in _DOT_WORDS):
        out += _spoken_urls(text)
    if any(word in low for word in _SPOKEN_WORDS):
        out += _spoken_addresses(text, language)
    found = said_addresses(text, language, out + _cued_handles(text, language), low)
    found += joined_locals(text, found, language)
    found += dictated(text, found, language)
    found = worded_urls(text, found + continued_handles(text, found, language), language)
    return tailed(text, found, language) + said_handles(text, language)
