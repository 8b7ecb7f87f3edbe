"""Common words that name enterprises, and occupations that open a workplace's slot (``org_work.py``).

Two inventories of general knowledge:

name words
    Soviet and Belarusian collective farms, factories, shops and clubs take their names from a small stock of
    common words: ``Рассвет``, ``Заря``, ``Луч``, ``Прогресс``, ``Победа``, ``Искра``, ``Дружба``, ``Авангард``,
    ``Гранит``, ``Азот``, ``Горизонт``, ``Интеграл``, ``Василёк``, ``Каравай`` (Belarusian ``Світанак``,
    ``Прамень``, ``Перамога``, ``Зорка`` ...). pymorphy3 knows them as words, so the unknown-word test of
    ``org_work`` lets them pass; none of them is a workplace as a common noun (no one works *in a ray*), so in
    the slot of a verb of belonging (``на луче отработал``, ``в рассвете работал``) the word is the name.
    Words of the time of day (``рассвет``, ``заря``, ``восход``, ``закат``) take ``на`` as common nouns (``на
    рассвете``: at dawn); only after ``в``/``у``, the preposition the common noun does not take, are they names.
    Words that are also a workplace, a month or a homeland (``маяк``, ``октябрь``, ``родина``) are left out.
``no_name``
    common workplaces the Belarusian test does not know (``калгас``, ``прадпрыемства``) and a pronoun with a
    particle (``его-то``) never fill the slot.
occupations
    an occupation noun before the preposition stands for the verb of belonging (``я дальнобойщик в гиртэка``,
    ``кухарам у X``), with the inventory of ``careers.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.careers import OCCUPATIONS
from intake.pseudonymise.detectors.tokens import Token, fold

# Stems (folded: і->и, ў->у, ё->е) of common words used as enterprise names, Russian and Belarusian.
_NAME_STEMS = frozenset(
    (
        # Russian
        "луч прогресс побед искр дружб авангард гигант большевик коммунар колос звезд знам светоч "
        "горизонт атлант интеграл кристалл гранит азот полимир нафтан гефест спартак алмаз электрон витяз "
        "василек васильк калинк березк рябинк ромашк сойк ласточк чайк буревестник зубр аист карава "
        # the human-rights centre and the exile outlet (``Весна``, ``Зеркало``) in Russian and Belarusian
        "весн вясн зеркал люстэрк "
        # Belarusian oblique forms with a consonant alternation (``на перамозе``, ``у зорцы``), which the
        # Belarusian vocabulary knows as common words
        "перамоз зорц валошц бярозц рабинц ластауц чайц калинц "
        # Belarusian
        "прамен перамог дружб авангард гигант бальшавик камунар колас зорк сцяг гарызонт "
        "интэграл крыштал гранит азот валошк бярозк рабинк ластаук чайк бусл бусел"
    ).split()
)
# Stems of words for a time of day: common nouns after ``на``, names only after ``в``/``у``.
_DAWN_STEMS = frozenset("рассвет свитанк свитанак зар зор восход усход закат".split())
# Endings a stem may take in the slot (nominative, genitive, dative, accusative, locative, instrumental).
_ENDINGS = frozenset("- а я е у ю и ы о й ь ом ем ой ей ай ам ым им ою аю".split())
# Occupations of farm, road and building work that ``careers.OCCUPATIONS`` does not name, Russian and Belarusian.
_MORE_OCCUPATIONS = (
    "тракторист трактарыст комбайнер камбайнёр механизатор механізатар далёкабойшчык охранник ахоўнік "
    "уборщиц прыбіральшчыц санитар санітар крановщиц кранаўшчыц"
).split()
_OCCUPATIONS = tuple(fold(stem) for stem in (*OCCUPATIONS, *_MORE_OCCUPATIONS) if not stem.isascii())
_IN_ONLY = frozenset("в у ва".split())
# Common workplaces that the Belarusian test does not know (folded), and particles that end a pronoun.
_WORKPLACES = ("калгас", "колгас", "саугас", "прадпрыемств", "установ")
_PARTICLES = ("-то", "-нибудь", "-небудь", "-либо", "-таки")


def _stem_of(norm: str, stems: frozenset[str]) -> bool:
    """``norm`` is one of ``stems`` with an ending of :data:`_ENDINGS` (or none)."""
    for cut in range(len(norm) - 2, len(norm) + 1):
        ending = norm[cut:] or "-"
        if norm[:cut] in stems and ending in _ENDINGS:
            return True
    return False


def name_word(tok: Token, preposition: str) -> bool:
    """A common word used as an enterprise name, after ``preposition`` in a workplace's slot."""
    norm = tok.norm
    if len(norm) < 3 or not tok.cyrillic:
        return False
    if _stem_of(norm, _DAWN_STEMS):
        return preposition in _IN_ONLY
    return _stem_of(norm, _NAME_STEMS)


# Diminutive suffixes (folded) before a case ending: kindergartens, shops and cafés take such names
# (``Звёздочка``, ``Солнышко``, ``Теремок`` has none), and no workplace is called by a diminutive noun.
_DIMINUTIVE = ("очк", "ечк", "ушк", "юшк", "ышк", "оньк", "еньк", "ачк", "ачц", "очц", "ечц")


def diminutive(tok: Token) -> bool:
    """A Cyrillic noun of seven letters or more with a diminutive suffix and a case ending (``звёздочке``)."""
    norm = tok.norm
    if len(norm) < 7 or not tok.cyrillic:
        return False
    return any(norm[: len(norm) - cut].endswith(_DIMINUTIVE) for cut in (1, 2) if norm[len(norm) - cut :] in _ENDINGS)


def occupation_before(tokens: Sequence[Token], j: int) -> bool:
    """An occupation noun one or two words before the preposition at ``j - 1`` (``я дальнобойщик в X``)."""
    for k in range(j - 2, max(-1, j - 4), -1):
        if not tokens[k + 1].spaced:
            return False
        if tokens[k].norm.startswith(_OCCUPATIONS) and tokens[k].cyrillic:
            return True
    return False


def no_name(tok: Token) -> bool:
    """A common workplace no dictionary of the project knows (``калгасе``), or a pronoun with a particle."""
    return tok.norm.startswith(_WORKPLACES) or tok.norm.endswith(_PARTICLES)
