"""Places no list has, found by the shape of their name: a toponym suffix after a place preposition.

Most villages, suburbs and small towns of Belarus and its neighbours are named by a handful of
productive suffixes, and a speaker puts a place preposition in front of them. That pair is evidence for
places nobody has listed, capitalised or not (speech recognition often writes them in lower case):

1. a place preposition just before (:data:`PREPOSITIONS`: ``в``, ``у``/``ў``, ``з``, ``из``, ``под``/``пад``,
   ``до``/``да``, ``около``, ``каля``, ``ля``, ``возле``; ``на`` for districts and regions; ``in``, ``from``,
   ``to``, ``near``, ``outside`` before a Latin word);
2. a word ending in a toponym suffix class in one of its case forms (:data:`CLASSES`): ``-ичи``/``-ічы``
   (``у Лапцевічах``, ``з Лапцевіч``), ``-овка``/``-аўка`` (``у Бурдаўцы``), ``-ово``/``-ино``/``-ава``/``-іна``,
   ``-ск``/``-цк``, ``-поль``/``-паль``, ``-городок``/``-гарадок``, ``-щина``/``-шчына``, ``-ишки``/``-ішкі``,
   Baltic ``-яй``/``-пилс``, Polish ``-ице``/``-ув`` and the prefixed neuter collectives (``за``/``под``/``пад``/
   ``при``/``пры``/``над`` + a root + ``-ье``, Belarusian a doubled consonant: ``в Заболотье``, ``у залессі``,
   ``з падгор'я``; not a verbal noun in ``-енне``/``-анне``); in Latin script ``-ichy``, ``-ovka``, ``-ovo``,
   ``-ice``, ``-ów``, ``-owo``, ``-iai``, ``-pils`` ... (:data:`LATIN_SUFFIXES`);
3. a vocabulary test: the word and the dictionary form rebuilt from its suffix class (``у камандзіроўцы`` ->
   ``командировка``, through the Russian spelling of a Belarusian word) are not common words pymorphy3
   knows (``в командировке``, ``в кино``, ``в отпуске`` stay), a Latin word is not an English word
   (``in office``, ``to justice`` stay), and the word is no function word;
4. a Belarusian soft adjective in ``-цяй``/``-няй`` before a noun that may agree with it is no Baltic ``-яй``
   town (``з трэцяй калоны``, ``да апошняй хвіліны``).

A place found here is evidence like a listed one: propagation then masks its other forms in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

PREPOSITIONS = frozenset("в во у з са со с из изо под пад подо до да около каля ля возле близ".split())
REGION_PREPOSITIONS = frozenset({"на"})  # ``на Гомельщине``, ``на Дзевятоўцы``: districts and regions
LATIN_PREPOSITIONS = frozenset("in from to near outside around".split())
MIN_STEM = 3  # letters before the suffix


# A suffix class: (surface pattern on the folded word, with the stem as group 1; the Russian
# dictionary endings its common-word namesakes would have; whether ``на`` may introduce it).
CLASSES: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...] = (
    (re.compile(r"^(.+)(?:ичи|ичы|ичей|ичах|ичам|ичами|ичау)$"), ("ичи", "ичы"), False),
    (re.compile(r"^(.{4,})ич$"), ("ич",), False),  # the Belarusian genitive plural: з Лапцевіч
    (re.compile(r"^(.+)(?:ов|ав|ау|оу|ев|еу|ив)(?:ка|ки|ке|ку|кой|кою|кай|цы|це)$"),
     ("овка", "евка", "аука", "еука"), True),
    (re.compile(r"^(.+)(?:ов|ев|ав|ин|ын)(?:о|а|е|у|ом|ам)$"),
     ("ово", "ова", "ино", "ина", "ево", "ава", "ына"), False),
    (re.compile(r"^(.+)(?:ск|цк)(?:а|у|е|ом|ам)?$"), ("ск", "цк", "ска"), False),
    (re.compile(r"^(.+)(?:пол|пал)(?:ь|я|е|и|ем|ю)$"), ("поль",), False),
    (re.compile(r"^(.{2,}?)-?(?:город|горад|гарад)(?:ок|ка|ке|ку|ком)$"), ("городок",), True),
    (re.compile(r"^(.+)(?:щин|шчын)(?:а|е|ы|у|ой|ай)$"), ("щина", "шчына"), True),
    (re.compile(r"^(.+)(?:ишк|ишек|ишак)(?:и|ах|ам|ами|ау)?$"), ("ишки",), False),
    (re.compile(r"^(.{3,}[^иы])яй$"), ("яй",), False),  # not a Belarusian instrumental: акцыяй
    (re.compile(r"^(.+)пилс(?:а|е|у|ом|ам)?$"), ("пилс",), False),
    (re.compile(r"^(.+)(?:ице|ицэ)$"), ("ица",), False),
    (re.compile(r"^(.+)(?:ув|ува|уве|увом|увам)$"), ("ув",), False),
)
# The strongest classes, which name a place with no preposition before them (``Лапцевічы — гэта вёска``,
# ``лапцевічы згарэлі``): plural ``-ичи``/``-ічы``, ``-городок``/``-гарадок``, ``-шчына``; not ``-оўка``/``-оўцы``,
# which in Belarusian are as often common nouns (``сяброўка``, ``паштоўка``, ``вайскоўцы``).
BARE = re.compile(
    r"^(.{3,})(?:ичи|ичы|ичах|ичау|городок|гарадок|щина|шчына)$"
)
# Belarusian soft-stem adjectives in the feminine oblique cases share the Baltic ``-яй`` (``з трэцяй калоны``,
# ``летняй``, ``апошняй``, ``сіняй``): ``-цяй``, or ``-няй`` after the consonants of such adjectives or ``і``;
# one counts as an adjective when a noun that may agree with it follows.
SOFT_ADJECTIVE = re.compile(r"(?:цяй|[тшджхзнмр]няй|иняй)$")
LATIN_SUFFIXES = re.compile(
    r"^(.{3,})(?:ichy|ichi|icze|iczy|ičy|ovka|auka|ivka|ówka|ovo|ava|ino|owo|evo|ovichy|sk|tsk|ysk|pol|pil|"
    r"haradok|gorodok|iškės|ishki|iszki|iškis|iai|[a-z]{2}ai|pils|ice|yce|ów|ówek|shchyna|shchina|szczyzna)$"
)

LATIN_COLLECTIVE = re.compile(r"^(?:za|pod|pad|pry|pri|nad)[a-z]{3,}(?:ye|ie|ia|ya|ja|je|sse|ssie|cce)$")


def detect(tokens: Sequence[Token], taken: Sequence[bool]) -> list[tuple[int, int]]:
    """Token ranges of toponyms (module docstring); ``taken[i]``: token ``i`` already lies in a span."""
    out = []
    for i in range(len(tokens)):
        prep = tokens[i - 1].norm if i and tokens[i].spaced else ""
        if not taken[i] and _after_preposition(prep, tokens[i]) and not _soft_adjective(tokens, i):
            out.append((i, i + 1))
    return out


def _soft_adjective(tokens: Sequence[Token], i: int) -> bool:
    """A Belarusian soft adjective before the noun it agrees with (``з трэцяй калоны``, ``да апошняй
    хвіліны``), not a Baltic ``-яй`` town (``у Шяуляй, там``)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if SOFT_ADJECTIVE.search(tokens[i].norm) is None or nxt is None or not nxt.spaced:
        return False
    return nxt.norm.endswith(("ы", "и", "е")) and len(nxt.norm) >= 4 and not is_stop_word(nxt.text)


def _after_preposition(prep: str, tok: Token) -> bool:
    if prep in LATIN_PREPOSITIONS:
        return not tok.cyrillic and latin_toponym(tok.norm)
    if prep in PREPOSITIONS or prep in REGION_PREPOSITIONS:
        return tok.cyrillic and toponym(tok.norm, prep in REGION_PREPOSITIONS)
    return tok.cyrillic and bare_toponym(tok.norm)


@lru_cache(maxsize=20_000)
def bare_toponym(norm: str) -> bool:
    """A word of the strongest classes (:data:`BARE`) that pymorphy3 does not know at all, not a common word
    when rebuilt in its dictionary form: a place even with no preposition before it."""
    if len(norm) < 7 or BARE.match(norm) is None or namelex.morph(norm).known:
        return False
    return toponym(norm)


# Prefixed neuter collectives of a landscape noun: Russian ``-ье``/``-ья``/``-ьем``, Belarusian a doubled
# consonant or an apostrophe before the case ending (``заречье``, ``залессі``, ``забалоцці``, ``падгор'і``).
_COLLECTIVE = re.compile(
    r"^(за|под|пад|при|пры|над)([а-я]{2,}?)(ь|'|лл|сс|сц|цц|чч|зз|жж|шш|дд|тт)(?:е|я|ю|и|ы|у|а|ем|ам)$"
)
# Roots of the landscape nouns such names are made of (folded, Russian and Belarusian): river, forest,
# hill, marsh, lake, field, bridge, meadow, pine wood, oak, brook, shore, birch, gully, ford, moss, water.
LANDSCAPE_ROOTS = tuple(
    "реч рэч рек лес гор болот балот балоц озер азер поль пол мост мос мось мас луж бор дуб ручь руч береж бераж "
    "берез бяроз бярез бярэз бераз овраж яр брод мош мш вод гат дол ольш вольш липь лип сосн ельн вяз кам гряд "
    "град".split()
)


def _collective(norm: str) -> bool:
    """A prefixed neuter collective of a landscape noun (``залессі``, ``из Заболотья``); not ``подполье``."""
    m = _COLLECTIVE.match(norm)
    root = m.group(2) + m.group(3)[0] if m is not None and m.group(3) not in ("ь", "'") else ""
    if m is None or not (root or m.group(2)).startswith(LANDSCAPE_ROOTS):
        return False
    return not (m.group(1) in ("под", "пад") and m.group(2).startswith(("пол", "пал")))


def shaped(tok: Token) -> bool:
    """A word of any toponym suffix class, in either script (after a cue noun such as ``город``)."""
    return toponym(tok.norm) if tok.cyrillic else latin_toponym(tok.norm)


@lru_cache(maxsize=20_000)
def toponym(norm: str, region: bool = False) -> bool:
    """A folded Cyrillic word shaped like a place name of some suffix class and not a common word;
    ``region``: after ``на``, where only district and region classes count."""
    if len(norm) < 5 or is_stop_word(norm):
        return False
    if not region and _collective(norm):
        return norm not in decoys()
    if "'" in norm:
        return False
    for pattern, nominatives, regional in CLASSES:
        m = pattern.match(norm)
        if m is None or len(m.group(1).strip("-")) < MIN_STEM or (region and not regional):
            continue
        forms = [norm] + [m.group(1) + ending for ending in nominatives]
        return not any(f in decoys() or _common(f) for f in forms)
    return False


@lru_cache(maxsize=20_000)
def latin_toponym(norm: str) -> bool:
    """A Latin word with a toponym suffix that is no English word (``in office`` stays)."""
    if len(norm) < 5 or is_stop_word(norm) or namelex.is_english_word(norm):
        return False
    return LATIN_SUFFIXES.match(norm) is not None or LATIN_COLLECTIVE.match(norm) is not None


@lru_cache(maxsize=1)
def decoys() -> frozenset[str]:
    """Folded common words shaped like toponyms (``data/toponym_decoys.txt``)."""
    text = resources.files("intake.pseudonymise.data").joinpath("toponym_decoys.txt").read_text(encoding="utf-8")
    return frozenset(fold(w) for w in text.split("\n") if w.strip() and not w.startswith("#"))


def _common(word: str) -> bool:
    """pymorphy3 reads ``word`` (or its Russian spelling, for a Belarusian word) mostly as a common word."""
    _, m = namelex.russian_reading(word)
    return m.known and m.common > m.name + m.surname + m.place
