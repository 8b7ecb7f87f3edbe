"""Town versus facility: a town that alone stands for its colony or prison is DETENTION.

Rule (dataset README): ``сидит в Жодино``, ``в Новополоцке на зоне``, ``мама в Гомеле, папа в
Новополоцке`` (parents in colonies) -> DETENTION; with an explicit facility designator nearby
(``ИК-15 в Могилёве``, ``в Гомель, в ИК-4``) or as the goal of travel (``ехали до Ивацевичей``) ->
LOCATION. Towns with a colony or prison are flagged ``ft`` in ``places.tsv``; small towns known mainly
for their facility need only a locative preposition, big cities also a detention word nearby.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.gazetteer import entity_gazetteer
from intake.pseudonymise.detectors.slang_context import school_or_plural
from intake.pseudonymise.detectors.tokens import Token

CITIES = frozenset(
    (
        "гомел могилев бобруйск новополоцк орш мозыр магилев бабруйск наваполацк навапалацк homel gomel "
        "homiel mogilev mahilyow mahilou mahiliou babruisk bobruisk navapolatsk novopolotsk orsha mazyr"
    ).split()
)
LOCATIVE = frozenset("в во у ў на in at".split())
MOTION = ("ех", "езд", "едз", "еха", "поех", "приех", "дое", "went", "go", "travel", "drove", "move", "переех")
CUES = tuple(
    (
        "сид сяд сяж сижу зон колон калон этап етап перевел перавял отбыва адбыва держ трым освобод выпуст "
        "срок тэрмін термин дали далі родител бацьк задерж затрым посад арест тюр турм сизо сиза лагер "
        "свидан спатканн передач перадач ик prison colony serv held jail locked sentence arrest detain "
        "visit parcel ik sizo penal colon got sentenced"
    ).split()
)
WINDOW = 10
TOWN_GAP = 3  # words between a slang number and the colony town that vouches for it


def _is_facility_town(norm: str) -> tuple[bool, bool]:
    """(a town with a facility, a big city that needs a detention cue)."""
    entries = [e for e in entity_gazetteer().lookup_first(norm) if "ft" in e.flags]
    if not entries:
        return False, False
    big = any(norm.startswith(c) for c in CITIES)
    return True, big


def _designator_near(tokens: Sequence[Token], designators: Sequence[bool], i: int) -> bool:
    """A numbered facility (``ИК-4``) within five words and the same sentence."""
    lo, hi = max(0, i - 5), min(len(designators), i + 6)
    for j in range(lo, hi):
        between = range(min(i, j) + 1, max(i, j) + 1)
        if j != i and designators[j] and not any(tokens[k].initial for k in between):
            return True
    return False


def _sentence(tokens: Sequence[Token], i: int) -> range:
    start = i
    while start > 0 and not tokens[start].initial:
        start -= 1
    end = i + 1
    while end < len(tokens) and not tokens[end].initial:
        end += 1
    return range(max(start, i - WINDOW), min(end, i + WINDOW))


def relabel(tokens: Sequence[Token], labels: list[str | None], text: str) -> None:
    """Turn LOCATION into DETENTION for towns that stand for their facility."""
    designators = [label == "pattern" for label in labels]
    cued: bool | None = None  # a word of detention anywhere in the text, computed on the first town
    for i, tok in enumerate(tokens):
        if labels[i] != "LOCATION" or i == 0 or tokens[i - 1].norm not in LOCATIVE:
            continue
        is_town, big = _is_facility_town(tok.norm)
        if not is_town or _designator_near(tokens, designators, i):
            continue
        window = [tokens[j].norm for j in _sentence(tokens, i) if j != i]
        if any(t.norm.startswith(MOTION) for t in tokens[max(0, i - 4) : i]):
            continue
        if big and not any(w.startswith(CUES) for w in window):
            continue
        if cued is None:
            cued = any(t.norm.startswith(CUES) for t in tokens)
        if not cued:
            continue  # ``отдыхали в Жодино у бабушки``: a text with no word of detention speaks of the town
        labels[i] = "DETENTION"


def lowercase_towns(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """In lower-case text, colony towns that are also common words (``в горках``) need a detention cue."""
    for i, tok in enumerate(tokens):
        if labels[i] is not None or i == 0 or tokens[i - 1].norm not in LOCATIVE:
            continue
        if not any("ft" in e.flags for e in entity_gazetteer().lookup_first(tok.norm)):
            continue
        window = [tokens[j].norm for j in range(max(0, i - WINDOW), min(len(tokens), i + WINDOW)) if j != i]
        if any(w.startswith(CUES) for w in window):
            labels[i] = "DETENTION"


SLANG_NUMBERS = (
    "двойк",
    "тройк",
    "четверк",
    "пятерк",
    "девятк",
    "десятк",
    "пятнашк",
    "семнашк",
    "двадцатк",
    "двойц",
    "тройц",
    "чацвёрк",
    "дзявятк",
    "дзясятк",
    "дзесятк",
    "дзясятц",  # ``на дзясятцы`` (ИК-10): the Belarusian locative alternates к/ц
    "дзесятц",
)


def number_slang(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Colonies called by their number (``в двойке`` for ИК-2), with a detention word nearby."""
    for i, tok in enumerate(tokens):
        if labels[i] is not None or i == 0 or tokens[i - 1].norm not in LOCATIVE | {"из", "з", "со", "с"}:
            continue
        if not tok.norm.startswith(SLANG_NUMBERS) or len(tok.norm) > 10:
            continue
        if school_or_plural([t.norm for t in tokens[i : i + 3]], 0):
            continue  # ``на двойке по математике``, ``из десятков``
        window = range(max(0, i - WINDOW), min(len(tokens), i + WINDOW))
        if any(tokens[j].norm.startswith(CUES) or _facility_near(tokens, labels, j, i) for j in window if j != i):
            labels[i] = "DETENTION"


def _facility_near(tokens: Sequence[Token], labels: list[str | None], j: int, i: int) -> bool:
    """A facility found at ``j`` near the slang number at ``i``: a detention span or a numbered facility in the
    window, a town known for its colony within three words (``у віцебску на тройцы, гэта каля Віцьбы``)."""
    if labels[j] in ("DETENTION", "pattern"):
        return True
    if labels[j] != "LOCATION" or abs(j - i) > TOWN_GAP:
        return False
    return any("ft" in e.flags for e in entity_gazetteer().lookup_first(tokens[j].norm))
