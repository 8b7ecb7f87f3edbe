"""Phone renderers for ``contact_renderings.py``: a number the speaker starts, breaks off and restarts.

``+46 70... plus four six, seven zero, 418 25 93``; ``плюс 370... ну, плюс три семь ноль, 612 ...``;
``8 029 — вернее, восемь ноль двадцать девять, 418 ...``. The surface is the fragment, the break (an
ellipsis, a dash, a filler or a correction word) and the restarted number: all of it is masked whole.

The calling codes and national shapes come from ``contact_phone_kinds.py`` (ITU-T E.164 and public
numbering plans); the break words are everyday Russian, Belarusian and English speech; every carrier sentence
is invented for this bench; public domain.
"""

from __future__ import annotations

import random

from contact_phone_kinds import CALLING_CODES, CARRIERS, NATIONAL, _fill, _join, _regroup, _say, _trunked
from contact_speech import digit_by_digit

PLUS = {"ru": "плюс", "be": "плюс", "en": "plus"}
# What stands between the fragment and the restart: a pause written as an ellipsis or dash, a filler, a correction.
BREAKS = {
    "ru": ["... ", "… ", " — ", "... ну, ", "... э-э, ", ", то есть, ", " — вернее, ", "... нет, ", "... так, ",
           "...\n", ", ой, ", "... сейчас, "],
    "be": ["... ", "… ", " — ", "... ну, ", "... э-э, ", ", гэта значыць, ", " — дакладней, ", "... не, ",
           "...\n", "... вось, "],
    "en": ["... ", "… ", " — ", "... um, ", "... uh, ", ", I mean, ", " — sorry, ", "... no, wait, ",
           "...\n", "... so, ", "... sorry, let me start again, "],
}


def _code(code: str, lang: str, words: bool, rng: random.Random) -> str:
    """``+370``, ``+ 370``, ``плюс 370``, ``00 370``, ``плюс три семь ноль`` (a code said digit by digit)."""
    if words:
        lead = PLUS[lang] if rng.random() < 0.8 else digit_by_digit("00", lang, rng)
        return f"{lead} {digit_by_digit(code, lang, rng)}"
    return rng.choice([f"+{code}", f"+{code}", f"+ {code}", f"{PLUS[lang]} {code}", f"00 {code}"])


def _groups(rng: random.Random) -> tuple[str, list[str], str, str]:
    """A calling code, the national number's groups, its trunk prefix and its first digits."""
    if rng.random() < 0.6:
        code, trunk, shape, usual = rng.choice(NATIONAL)
        nsn = _fill(shape, rng)
    else:
        code, trunk = rng.choice(CALLING_CODES), ""
        nsn = rng.choice("23456789") + _fill("x" * (max(7, 11 - len(code)) - 1), rng)
        usual = rng.choice([(3, 3, 3), (2, 3, 2, 2), (3, 2, 2)])
    groups = _regroup(nsn, usual, rng)
    if len(groups) > 5:  # said digit by digit: regroup in twos and threes
        groups = _regroup(nsn, (3, 2, 2, 2, 2), rng) if rng.random() < 0.5 else _regroup(nsn, (2, 3, 2, 2, 2), rng)
    return code, groups, trunk, nsn


def _said(parts: list[str], lang: str, words: bool, rng: random.Random) -> list[str]:
    return [_say(g, lang, "words" if words else "digits", rng) for g in parts]


def restarted(lang: str, rng: random.Random) -> tuple[str, str]:
    """A fragment of a phone (a calling code and 0-2 groups, or a trunk prefix and 1-2 groups), a break, and the
    whole number said again, in digits or words, each part in its own style."""
    code, groups, trunk, _nsn = _groups(rng)
    first_words, again_words = rng.random() < 0.4, rng.random() < 0.4
    national = trunk and rng.random() < 0.35 and len(groups[0]) >= 2
    if national:
        head = _trunked(trunk, groups[0], "words" if first_words else "digits", lang, rng)
        kept = rng.choice([0, 1])
        fragment = " ".join([head, *_said(groups[1 : 1 + kept], lang, first_words, rng)])
        again_head = _trunked(trunk, groups[0], "words" if again_words else "digits", lang, rng)
        again = again_head + ", " + _join(_said(groups[1:], lang, again_words, rng), lang, "digits", rng, False)
    else:
        # a code alone is a fragment only when it cannot be a sum: three digits, or said digit by digit
        kept = rng.choice([0, 1, 1, 2]) if len(code) == 3 or first_words else rng.choice([1, 2])
        fragment = " ".join([_code(code, lang, first_words, rng), *_said(groups[:kept], lang, first_words, rng)])
        rest = _join(_said(groups, lang, again_words, rng), lang, "words" if again_words else "digits", rng, False)
        again = _code(code, lang, again_words, rng) + rng.choice([", ", " "]) + rest
    return fragment + rng.choice(BREAKS[lang]) + again, rng.choice(CARRIERS[lang])
