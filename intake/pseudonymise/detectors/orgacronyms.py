"""Acronyms of organisations in lower-case speech-recognition text (the ``acronym-lc`` rule of ``orgnames.py``).

In cased text ``БДАТУ`` is all capitals and the word rules flag it; speech recognition writes ``скончыла
бдату``, ``поступил в гргму``, and only the word's shape is left. A Cyrillic word counts when

* it is shaped like an acronym: three to seven letters, fewer than half of them vowels, none of the letters
  an acronym never spells (``ь``, ``ъ``, ``й``, ``ў``, ``ё``, an apostrophe), and a consonant pair that opens
  no native word (``бдату``), three consonants in a row (``гргму``), or a clipped word and a university's
  initials (``полесгу``, ``белгут``);
* no dictionary knows it (pymorphy3, the stop words, the national bodies the policy keeps: ``кгб``, ``рувд``
  alone is not marked);
* it follows a preposition of place (``в``, ``у``, ``на``, ``из``, ``з``) or a verb of studying or working
  (``закончила``, ``паступіў``, ``выкладаў``).

Spans are uncertain (score 0.5, reason ``uncertain:orgacronym-lc``) for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import casing, namelex
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

_VOWELS = frozenset("аеёиоуыэюяі")
_NEVER = frozenset("ьъйўё'’")
_PREPOSITIONS = frozenset("в во у ва на из з са с ад от до да".split())
# Verbs of studying and working, as stems of their past forms (folded: і->и, ў->у).
_VERBS = (
    "закончи оконч поступи учил учи преподава отчисл работа устрои скончы паступи вучы вучыу выклада "
    "адлич працава уладкава"
).split()


# Consonant pairs that open Russian or Belarusian words (``гр``упа, ``кр``ыніца, ``дв``ор); any other pair
# at a word's start is an acronym's (``бд``ату, ``вг``му, ``мг``эу). ``в``, ``с``, ``з`` open any pair.
_NATIVE_ONSETS = frozenset(
    "бл бр гв гл гн гр дв дл дн др жг жд жм жн жр кв кл км кн кр кс кт мл мн мр мс мх мш пл пн пр пс пт пч "
    "рж тв тк тл тм тр тх фл фр хв хл хм хн хр цв чв чл чм чр чт шв шк шл шм шн шп шр шт шч щ".split()
)
_DIGRAPHS = (("дз", "ѕ"), ("дж", "џ"))


@lru_cache(maxsize=20_000)
def acronym_shaped(low: str) -> bool:
    """Three to seven Cyrillic letters, fewer than half vowels, none an acronym never spells, and a start or a
    run of three consonants no native word has (``бдату``, ``гргму``, ``вгму``; not ``групе``, ``дзвюх``)."""
    if not (3 <= len(low) <= 7 and low.isalpha()) or any(ch in _NEVER for ch in low) or low.isascii():
        return False
    vowels = sum(ch in _VOWELS for ch in low)
    for digraph, letter in _DIGRAPHS:
        low = low.replace(digraph, letter)
    consonant = [ch not in _VOWELS for ch in low]
    if consonant[0] and consonant[1] and low[0] not in "взсѕџ" and low[:2] not in _NATIVE_ONSETS:
        return 2 * vowels <= len(low)  # ``мгэу``
    triples = (low[k : k + 3] for k in range(len(low) - 2) if all(consonant[k : k + 3]))
    if 2 * vowels < len(low) and any(not _NATIVE_PAIRS & {t[:2], t[1:]} for t in triples):
        return True
    return _UNIVERSITY_TAIL.search(low) is not None  # ``полесгу``, ``белгут``: a clipped word and initials


# The initials that end a university's acronym after a clipped word (``…ГУ``, ``…ДУ``, ``…ГУТ``); not ``-ку``,
# ``-ту`` (``дачку``, ``лісту``: Belarusian nouns).
_UNIVERSITY_TAIL = re.compile(r"[^аеёиоуыэюяі][бгдмпз]у$|[^аеёиоуыэюяі][гд]ут$")


# Consonant pairs inside native three-consonant runs (``сястра``, ``мстить``, ``вздох``).
_NATIVE_PAIRS = frozenset("ст ск сп тр др пр бр кр вр гр вс зд зн нс".split())


def _unknown(tok: Token) -> bool:
    if casing.is_stopword(tok) or tok.norm in casing.not_identifiers():
        return False
    return not namelex.word_morph(tok.norm).known


def _after_cue(tokens: Sequence[Token], i: int) -> bool:
    prev = tokens[i - 1]
    return prev.norm in _PREPOSITIONS or (len(prev.norm) > 4 and prev.norm.startswith(tuple(_VERBS)))


def lowercase_acronyms(text: str, tokens: Sequence[Token], covered: Sequence[bool]) -> list[Span]:
    """Lower-case acronyms after a preposition or a verb of studying or working (``acronym-lc`` rule)."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[1:], 1):
        if covered[i] or tok.cap or not tok.spaced or not acronym_shaped(tok.text.lower()):
            continue
        if _after_cue(tokens, i) and _unknown(tok):
            out.append(org_span(text, tok.start, tok.end, "acronym-lc", 0.5, True))
    return out
