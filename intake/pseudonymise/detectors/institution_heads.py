"""Institution head nouns: ``больница``/``бальніца``/``hospital``, ``школа``, ``суд`` in any case.

A head is a listed stem and a case ending (``бальніцы``, ``школе``), a clipped compound
(``горбольница``, ``райисполком``, ``облсуд``), a ``-комбинат``/``-завод`` compound (``мясакамбінаце``), or
an English head (``court``). Heads too common to count alone (``станцыя``, ``сістэма``) are
:func:`strict_head`. ``institutions.py`` builds the descriptions around a head.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HEAD_STEMS = (
    "больниц бальніц поликлиник паліклінік госпитал шпитал шпітал школ гимнази гімназі лице ліцэ колледж каледж "
    "университет універсітэт універсітэц институт інстытут інстытуц академи акадэмі техникум тэхнікум училищ вучылішч "
    "комбинат камбінат завод фабрик фабрык суд ровд рувд говд гувд роус руус исполком выканкам библиотек бібліятэк "
    "театр тэатр филармони філармоні диспансер дыспансер роддом санатори санаторы депо раус гаркам горком "
    "райком райкам гарвыканкам райвыканкам садок садик детсад ясл сад садз федераци федэрацы сдюшор сдюсшор "
    "дюсш дюшор касцел костел царкв церкв церковь сабор собор храм универ садк паліклініц бібліятэц камбінац "
    # A confederation of a trade, like a federation of a sport (``международной конфедерацией журналистов``).
    "конфедераци канфедэрацы "
    # Kinds of state body and service that a town has one of (``аптеке №112``, ``Светлогорской ЦРБ``,
    # ``прокуратуру Лідскага раёна``, ``Светлогорский военкомат``, ``Пинском ЗАГСе``, ``ЖЭС №7``).
    "аптек аптэк аптэц прокуратур пракуратур военкомат ваенкамат загс жэс жкх црб пту птк "
    # Workplaces a town numbers like its schools (``в пятом автопарке``, ``на трэцяй шахце``, ``третьем руднике``).
    "автопарк аўтапарк аутапарк таксопарк таксапарк автобаз аўтабаз аутабаз шахт шахц рудник руднік"
).split()
# Clipped first halves of compound heads (``горбольница``, ``райисполком``, ``облсуд``, ``педколледж``).
_CLIPPED = ("гор", "гар", "рай", "обл", "абл", "пед", "мед", "дет")
# Heads too common to count alone (``станцыя метро``): only after two modifiers, one of them a place's
# (``Столінскай раённай ветэрынарнай станцыі``, ``Навагрудскай цэнтралізаванай бібліятэчнай сістэмы``).
_STRICT_STEMS = "станцы станци сістэм систем".split()
_HEAD_PREFIXES = tuple({stem[:2] for stem in _HEAD_STEMS + _STRICT_STEMS})
_HEADS_EN = frozenset(
    "hospital hospitals clinic school gymnasium lyceum college university institute academy court plant "
    "factory depot library theatre theater kindergarten kindergartens bank centre center association substation "
    "polyclinic federation department committee pharmacy mill palace office".split()
)
_ENDINGS = frozenset(
    ", а я ы и і е у ю й ой ою ей ем ом ам ами ах аў ай яй ям ями ях оў ё ёй ия ии ию ией ий ием ія іі ію іяй "
    "іяў ыі а ы зе".split(" ")
) | {""}
_HEAD_STEM_SET = frozenset(_HEAD_STEMS)
_HEAD_STEM_LENGTHS = sorted({len(s) for s in _HEAD_STEMS})
_COMPOUND = re.compile(r"(?:комбинат|камбіна[тц]|завод)\w{0,3}$")


@lru_cache(maxsize=50_000)
def is_head(low: str) -> bool:
    """An institution noun in any case (``бальніцы``, ``школе``, ``court``), lower-cased."""
    low = low.replace("ё", "е")
    if low.startswith("ў"):
        low = "у" + low[1:]  # ``ва ўніверсітэце``: Belarusian ў after a vowel
    if low in _HEADS_EN:
        return True
    if low.startswith(_CLIPPED) and len(low) >= 6 and _plain_head(low[3:]):
        return True
    return _plain_head(low)


def _plain_head(low: str) -> bool:
    if not low.startswith(_HEAD_PREFIXES):
        return len(low) > 8 and _COMPOUND.search(low) is not None
    for k in _HEAD_STEM_LENGTHS:  # some listed stem and a case ending after it
        if low[:k] in _HEAD_STEM_SET and low[k:] in _ENDINGS:
            return True
    return len(low) > 8 and _COMPOUND.search(low) is not None


@lru_cache(maxsize=50_000)
def strict_head(low: str) -> bool:
    low = low.replace("ё", "е")
    return any(low.startswith(stem) and low[len(stem) :] in _ENDINGS for stem in _STRICT_STEMS)


# A town's or a district's executive committee by its clipped compound (``райвыканкам``, ``горисполком``): the
# one committee of the place, in the singular (``райвыканкамы``/``райисполкомах`` are every district's).
_COMMITTEE = re.compile(r"^(?:рай|гор|обл|гар|абл)(?:исполком|выканкам)(?:|а|у|е|ом|ам)$")


def regional_committee(low: str) -> bool:
    """A singular clipped executive committee (``гарвыканкама``, ``облисполком``), lower-cased."""
    return _COMMITTEE.match(low) is not None


def head_key(low: str) -> str | None:
    """The lemma key of an unclipped head noun (``гімназіі``/``гімназія`` -> ``гімназі``; ``універсітэце`` and
    ``універсітэта`` share ``універсітэ``; ``court`` -> ``court``), or None for no head. A stem's last ``т``,
    ``ц``, ``к`` or ``з`` is dropped so that the alternating stems of one noun meet."""
    low = low.replace("ё", "е")
    if low.startswith("ў"):
        low = "у" + low[1:]
    if low in _HEADS_EN:
        return low
    for k in _HEAD_STEM_LENGTHS:
        if low[:k] in _HEAD_STEM_SET and low[k:] in _ENDINGS:
            stem = low[:k]
            return stem[:-1] if stem[-1] in "тцкз" else stem
    return None
