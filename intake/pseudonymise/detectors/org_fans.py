"""A sports club named as the side one supports: ``болели за спартак``, ``за дынама заўзелі``.

``болеть за``/``заўзець за``/``балець за`` take the side a fan supports, and a side named by one noun is a
club (``Динамо``, ``Спартак``, ``Торпедо``), its name a common word that speech recognition writes in lower
case. The word after ``за`` (the verb before it or right after the noun, no punctuation between) is the club
when it reads as an inanimate noun whose accusative is its nominative (``спартак``, ``динамо``), or as no
Russian word at all (a Belarusian spelling: ``дынама``). A person (``за брата``), a pronoun or possessive (``за
нашых``) and a noun in a plain accusative (``за сборную``: the national side) stay open. Russian and
Belarusian, cased and lower-case; every span is uncertain (0.5, ``uncertain:orgfans``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "fans"
_GATES = ("боле", "заўз", "заузе", "бале")
# Folded stems of the verbs of supporting a side (``ў`` -> ``у``), Russian and Belarusian.
_FAN_STEMS = ("болел", "болею", "болеет", "болеем", "болеют", "болеть", "болеешь", "заузе", "заузя", "балел",
              "балею", "балеу", "балець")


def _fan_verb(tok: Token) -> bool:
    return tok.norm.startswith(_FAN_STEMS)


def _club(tok: Token) -> bool:
    """An inanimate noun whose accusative is its nominative, or a word no Russian reading knows."""
    if not tok.cyrillic or len(tok.norm) < 4 or not tok.norm.isalpha() or is_stop_word(tok.norm):
        return False
    reading, morph = namelex.russian_reading(tok.text.lower())
    if namelex.main_pos(reading) != "NOUN":
        return False
    if not morph.known:
        return True
    return morph.inanimate >= 0.5 and "nomn" in morph.case and "accs" in morph.case


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over the side a fan supports."""
    low = text.lower()
    if language not in ("ru", "be") or not any(g in low for g in _GATES):
        return []
    out: list[Span] = []
    for i in range(len(tokens) - 1):
        if tokens[i].norm != "за" or not tokens[i + 1].spaced:
            continue
        before = i > 0 and tokens[i].spaced and _fan_verb(tokens[i - 1])
        after = i + 2 < len(tokens) and tokens[i + 2].spaced and _fan_verb(tokens[i + 2])
        if (before or after) and _club(tokens[i + 1]):
            out.append(org_span(text, tokens[i + 1].start, tokens[i + 1].end, RULE, 0.5, True))
    return out
