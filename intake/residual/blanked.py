"""Contacts whose dots speech recognition blanked to spaces, for the second gate on its own (own lists).

* ``email``: an ``@`` with a word on both sides, written against the word before it (``zenkovich@tut by``)
  or spaced on both sides (``zhuk @ mail ru``), taken over the host and the domains after it; ``on @vera``
  (a space before and none after) is a handle, the ``handle`` kind's;
* ``url``: a host, at most two more pieces and a top-level domain, then a path (``svaboda org/a/33128761``,
  ``news tut by/economics``, ``t me/channel``, ``instagram com/user``); ``www`` and a host and a domain
  (``www nashaniva by``); in Russian or Belarusian speech a Latin host before a domain that is also an English
  word (``nashaniva by``, ``reform info``): Latin words there are the address, not English.

Decoys that stay: ``and/or``, ``12/08`` (no domain before the slash), ``tell me/show`` (``me`` is a domain
only after ``t`` or ``telegram``), ``by the way``, ``com`` or ``org`` as words of prose (no host before them,
no path after them in English).
"""

from __future__ import annotations

import re

# Top-level domains people say (written for this module from general knowledge of the web).
_TLDS = "com|org|net|info|by|ru|pl|lt|lv|ee|eu|ua|io|de|uk|me|fm|tv|su|cz|us|ch|kz|ge|am|md"
_WORD_TLDS = "by|info|eu"  # domains that are also English words: an address only in Cyrillic speech (not
# me, us, am: "told me", "tell us", "I am" are English said inside Russian speech; those need a path)
_AT_EMAIL = re.compile(
    rf"(?<![\w@])[a-z0-9][\w.+\-]*(?:@| @ )[a-z0-9][\w\-]*(?:[ .][a-z0-9][\w\-]*){{0,2}}?(?:[ .](?:{_TLDS}))*"
    r"(?![\w@])",
    re.IGNORECASE,
)
# Sub-domains said before a host (``news tut by``, ``m facebook com``); any other word before the host is the
# sentence's (``up at svaboda org/a``).
_SUBDOMAINS = "www|m|mobile|news|en|ru|be|pl|mail|blog|shop|forum|my|web|app|docs|drive|old|new"
_PATH_URL = re.compile(
    rf"(?<![\w@./\-])(?:https? ?:? ?//)?(?:(?:{_SUBDOMAINS})[ .]){{0,2}}[a-z0-9][a-z0-9\-]*"
    rf"[ .](?:{_TLDS})/[\w\-./?=&%,+~#]*",
    re.IGNORECASE,
)
_WWW_URL = re.compile(rf"(?<![\w@./\-])www[ .][a-z0-9][a-z0-9\-]*(?:[ .][a-z0-9\-]+){{0,2}}?[ .](?:{_TLDS})(?!\w)",
                      re.IGNORECASE)
_LATIN_WORD_TLD = re.compile(rf"(?<![\w@./\-])[a-z][a-z0-9\-]{{2,30}} (?:{_WORD_TLDS})(?![\w@])")
_ME_LINK = re.compile(r"(?:^|[^\w])(?:t|telegram)[ .]me/", re.IGNORECASE)
_ENGLISH_BEFORE = frozenset("the a an and or of in on at to for with from is are was be it this that".split())


def _path_ok(found: str) -> bool:
    """A path after ``me`` is a link only after ``t``/``telegram``; an English function word is no host."""
    head = re.split(r"[ .]", found.split("/", 1)[0].lower())
    if head[-1] == "me" and _ME_LINK.match(" " + found) is None:
        return False
    return len(head) < 2 or head[-2] not in _ENGLISH_BEFORE


def blanked_hits(text: str, language: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` for e-mails and web addresses whose dots were blanked."""
    found = [(m.start(), m.end(), "email") for m in _AT_EMAIL.finditer(text) if re.search(r"[\w]@|@ ", m.group())]
    found += [(m.start(), m.end(), "url") for m in _PATH_URL.finditer(text) if _path_ok(m.group())]
    found += [(m.start(), m.end(), "url") for m in _WWW_URL.finditer(text)]
    if language in ("ru", "be"):
        found += [(m.start(), m.end(), "url") for m in _LATIN_WORD_TLD.finditer(text)]
    return found
