"""An institution named by its kind and the town it is in: ``ва універсітэце ў Беластоку``, ``в больнице в
Пинске``, ``the university in Vilnius``.

A speaker who names no university or hospital by its name still names the one body when she says where it is:
a town has one university, one district hospital, one court. The place is found alone (a LOCATION span) and
the institution noun before it stays open, so "I study at the university in <town>" leaves the kind of body in
the text beside the pseudonymised town. The frame is an institution head noun (``institution_heads.is_head``:
``универсітэт``, ``больница``, ``суд``, ``school``, ``court`` in any case), a preposition of place right after it
(``в``/``во``/``у``/``ў``/``ва``, English ``in``) and a detected place span right after that, with nothing but
blanks between: the whole phrase is one ORGANISATION span, as sure as the place (``org_growth.grown``).

Why it is safe: the place is already masked, so the span adds only the head noun and the preposition, and
only when a place follows the noun at once; ``в школе в первом классе``, ``in school in english`` and ``в
больнице в ночную смену`` have no place and stay open. A garden (``сад``, which is also a kindergarten) is no
head here: ``в саду в деревне`` is a garden. ``суд`` is the court only inside it (``в суде в Гомеле``); after
any other word it is the trial (``пришёл на суд в Гомеле``, ``после суда в Лиде``) and the town keeps its own
span. In English only a head a town has one of counts, right after ``the`` (``the university in vilnius``; ``a
guy from school in minsk``, ``the local school in minsk`` describe). Russian, Belarusian and English, cased and
lower-case.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.institution_heads import head_key, is_head
from intake.pseudonymise.detectors.org_growth import grown
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

_PREPS = {"ru": frozenset("в во".split()), "be": frozenset("у ў в ва".split()), "en": frozenset({"in"})}
_NOT_HEADS = frozenset({"сад", "садз"})  # ``в саду``: a garden as often as a kindergarten


_INSIDE = frozenset("в во у ў ва".split())
# English heads that a town has one of, said with ``the`` (``the university in vilnius``); ``a guy from school in
# minsk``, ``the local school in minsk`` and ``the human rights centre in minsk`` describe and stay open.
_EN_ONE_PER_TOWN = frozenset("university hospital court academy institute college polyclinic conservatory".split())


def _head(tokens: Sequence[Token], k: int, language: str) -> bool:
    """An institution head at ``k``; a court only after ``в``/``у`` (the trial otherwise); in English one of a
    town's single bodies right after ``the``."""
    low = tokens[k].text.lower()
    if not is_head(low) or (key := head_key(low)) in _NOT_HEADS:
        return False
    if key in _EN_ONE_PER_TOWN:
        return k > 0 and tokens[k - 1].text.lower() == "the"
    return language != "en" and (key != "суд" or (k > 0 and tokens[k - 1].text.lower() in _INSIDE))


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """ORGANISATION spans over an institution head, a preposition of place and the detected place after it."""
    preps = _PREPS.get(language)
    if preps is None:
        return []
    starts = {tok.start: i for i, tok in enumerate(tokens)}
    out: list[Span] = []
    for place in found:
        i = starts.get(place.start, -1)
        if place.label != "LOCATION" or i < 2 or not tokens[i].spaced or not tokens[i - 1].spaced:
            continue
        prep, head = tokens[i - 1], tokens[i - 2]
        blanks = _blank(text, head, prep) and _blank(text, prep, tokens[i])
        if prep.text.lower() in preps and blanks and _head(tokens, i - 2, language):
            out.append(grown(text, head.start, place.end, place))
    return out


def _blank(text: str, left: Token, right: Token) -> bool:
    """Only blanks between two words, and not the double blank a dropped punctuation mark leaves."""
    gap = text[left.end : right.start]
    return gap == " "
