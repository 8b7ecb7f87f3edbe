"""Round 15 inventory: organisation names in organisation frames, cased and as raw ASR writes them.

Written from general knowledge (real Belarusian, exile and international organisations, media, unions,
universities, and invented names of the same shapes); no transcript row. Each row is a frame with the
name in brackets; ``STAY`` rows are generic descriptions and places in the same frames, which must not be
marked ORGANISATION.
"""

from __future__ import annotations

import re

_EN_FRAMES = (
    "she worked for the [{}] for two years",
    "he volunteered at the [{}] in vilnius",
    "my sister was a member of the [{}] then",
    "in 2019 he joined the [{}] and left",
    "she wrote for the [{}] from warsaw",
    "the trip was funded by the [{}] last year",
)
# Names of two to four words: a nationality, place or unknown word, a head, ``of`` and up to three words.
EN_NAMES = (
    "belarusian association of journalists",
    "european humanities university",
    "lithuanian red cross",
    "free belarus centre",
    "human rights watch",
    "norwegian helsinki committee",
    "viasna human rights centre",
    "warsaw city council",
    "polish national theatre",
    "belarusian helsinki committee",
    "belarusian students association",
    "international federation of journalists",
    "committee to protect journalists",
    "belarusian free theatre",
    "lithuanian academy of sciences",
    "independent trade union of miners",
    "belarusian congress of democratic trade unions",
    "vilnius city council",
    "latvian writers union",
    "ukrainian catholic university",
    # invented, same shapes
    "kobryn heritage foundation",
    "hrodna youth council",
    "zelva folk ensemble",
    "narach lake institute",
    "estonian union of nurses",
    "polesian society of historians",
    "marvina arts centre",
    "swedish committee for belarus",
    "baltic institute of journalism",
    "latgale regional council",
)
_BE_ROWS = (
    "яна працавала ў [вясне] тры гады",
    "ён валанцёрыў у [вясне] пасля выбараў",
    "бацька быў сябра [вясны] даўно",
    "яна працавала ў [белсаце] аператарам",
    "ён пісаў для [белсата] з варшавы",
    "яна працавала на [еўрарадыё] вядучай",
    "ён пісаў для [еўрарадыё] навіны",
    "яна працавала ў [нашай ніве] карэктарам",
    "ён пісаў для [нашай нівы] рэпартажы",
    "яна была сябра [рабочага руху] ад пачатку",
    "ён працаваў у [рабочым руху] на заводзе",
    "яна валанцёрыла ў [талацэ] два гады",
    "ён сябра [бажы] з дваццатага году",
    "яна працавала ў [зміцерцы] у менску",
    "ён валанцёрыў у [лаўрыцы] летам",
    "яна пісала для [кулёнкі] пра вёску",
    "ён працаваў у [дудутках] экскурсаводам",
    "яна працавала ў [хартыі] рэдактаркай",
    "ён пісаў для [звяздочкі] калонкі",
    "яна валанцёрыла ў [бысаўцы] у вільні",
    "ён сябра [прыстанкі] з дзяцінства",
)
_RU_ROWS = (
    "она работала в [зеркале] редактором",
    "он писал для [зеркала] из вильнюса",
    "он волонтёрил в [весне] два года",
    "она член [весны] с двадцатого года",
    "он работал в [белсате] оператором",
    "она писала для [белсата] новости",
    "он работал в [нашей ниве] корректором",
    "она писала для [нашей нивы] репортажи",
    "он член [рабочего руха] с самого начала",
    "она работала в [медиазоне] редактором",
    "он волонтёрил в [дзеяне] в варшаве",
    "она работала в [новаторе] дизайнером",
    "он писал для [гомельщины] статьи",
    "она волонтёрила в [бысовке] летом",
    "он работал в [звёздочке] механиком",
    "она член [лучины] с детства",
    "он работал в [светлице] бухгалтером",
    "она писала для [кругозора] колонки",
    "он волонтёрил в [хартии] в минске",
    "она работала в [правовой инициативе] юристом",
)
STAY = (
    ("en", "she worked for a local union in brest"),
    ("en", "he was a member of the student council"),
    ("en", "she volunteered at a human rights centre"),
    ("en", "he worked at the city hospital for years"),
    ("en", "she joined a trade union at the factory"),
    ("en", "he worked in vilnius for a year"),
    ("en", "she wrote for a local newspaper"),
    ("en", "the trip was funded by the university"),
    ("en", "he was a member of the parish council"),
    ("en", "she worked for a small foundation"),
    ("en", "he joined the national theatre choir later"),
    ("en", "she volunteered at the children's hospital"),
    ("en", "he was a member of the party committee"),
    ("en", "she worked at a private clinic"),
    ("en", "he volunteered at the local library"),
    ("en", "she worked at the regional centre"),
    ("ru", "она работала в школе учительницей"),
    ("ru", "он учился в университете"),
    ("ru", "она работала в магазине продавщицей"),
    ("ru", "он работал в гродно водителем"),
    ("ru", "он работал в такси ночью"),
    ("ru", "она член профсоюза давно"),
    ("ru", "он писал для газеты статьи"),
    ("ru", "она работала в поле всё лето"),
    ("ru", "он работал в декрете удалённо"),
    ("ru", "она волонтёрила в больнице"),
    ("be", "яна працавала ў краме прадаўшчыцай"),
    ("be", "яна працавала ў гродна доўга"),
    ("be", "ён вучыўся ва ўніверсітэце"),
    ("be", "яна працавала ў школе настаўніцай"),
    ("be", "ён сябра партыі даўно"),
    ("be", "яна пісала для газеты артыкулы"),
    ("be", "ён працаваў у полі ўсё лета"),
    ("be", "яна валанцёрыла ў бальніцы"),
)


def rows() -> list[tuple[str, str, str]]:
    """(class, language, marked text): English names in every frame, Belarusian and Russian rows."""
    out = [("en", "en", f.format(n)) for n in EN_NAMES for f in _EN_FRAMES]
    out += [("be", "be", r) for r in _BE_ROWS] + [("ru", "ru", r) for r in _RU_ROWS]
    return out


_SMALL = frozenset("of for to without and".split())


def cased(marked: str) -> str:
    """The row as written text: the sentence and the bracketed name's words capitalised (not ``of``, ``for``)."""

    def title(m: re.Match[str]) -> str:
        return "[" + " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in m.group(1).split()) + "]"

    text = re.sub(r"\[([^\]]+)\]", title, marked)
    return text[:1].upper() + text[1:]


def plain(marked: str) -> tuple[str, int, int]:
    """The text without brackets and the offsets of the bracketed name."""
    m = re.search(r"\[([^\]]+)\]", marked)
    assert m is not None
    return marked.replace("[", "").replace("]", ""), m.start(), m.end() - 2
