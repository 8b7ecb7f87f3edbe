"""Spoken e-mail local parts made of two words joined by ``and`` (``anna and pavel at proton dot me``,
``ганна і павел сабака ...`` for annaandpavel@ or annaipavel@).

Couples and families share an address named after both; said aloud, the connective is part of the local
part.  The word before ``and``/``і``/``и`` is taken into an e-mail said with an ``@`` word when it is no
function word, no word that announces an address, no verb form (Russian and Belarusian endings) and, in
English, no ordinary English word.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.en_vocab import is_known
from intake.pseudonymise.spans import Span

_AT_SAID = re.compile(r"(?<!\w)(?:собака|собачка|сабака|сабачка|at|эт)(?!\w)", re.IGNORECASE)
_JOINED_BEFORE = re.compile(r"(?<![\w@.\-])([^\W\d_]{2,})[ ,]{1,2}(?:и|і|й|да|and|n)[ ,]{1,2}$", re.IGNORECASE)
_NOT_WORD = frozenset(
    "на в у ў з с к до па по но ну вот вось это гэта мой моя мая мне мяне меня нас наш наша яе её его яго іх их "
    "ты вы я он она ён яна яны они адрас адрес пошта почта мейл мэйл имейл емейл пиши пишите пішы пішыце "
    "запиши запишите запішы запішыце мама мамы маме тата папа email mail address write me us to is it".split()
)
_VERB_END = re.compile(r"(?:ть|ць|ла|ло|лі|ли|ў|л|ет|ит|ёт|ешь|ишь|іш|ыш|ыце|ите|іце|ем|им|ём|ся|сь|цца|ться)$")


def joined_locals(text: str, spans: list[Span], language: str) -> list[Span]:
    """Spoken e-mails taken back over ``<word> and`` before their local part."""
    out = []
    for span in spans:
        if span.label != "EMAIL" or _AT_SAID.search(span.text) is None:
            continue
        m = _JOINED_BEFORE.search(text, max(0, span.start - 40), span.start)
        if m is None:
            continue
        word = m.group(1).lower()
        if word in _NOT_WORD or _VERB_END.search(word) or (language == "en" and is_known(word)):
            continue
        out.append(Span(m.start(1), span.end, "EMAIL", text[m.start(1) : span.end], span.score, span.source))
    return out
