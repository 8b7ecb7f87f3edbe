"""A lower-case oblique form of a capitalised proven name in cased text, where the syntax makes it a person.

In cased text a name the document established with a capital (``Злата Лабуцевич``, ``Надзея Гардзейчык``)
is looked for later only capitalised (``context_names.py``): its lower-case forms are mostly the common
word (``вера``, ``надежда``, ``злато``). A transcriber still writes the name in lower case now and then
(``потом злате дали ещё год``). Such a form counts here only in an OBLIQUE case that the syntax makes a
person, never the nominative:

* the dative (``-у``/``-ю``/``-е``/``-і``/``-и``/``-ы``) right before or after a verb of giving, writing,
  calling, telling or passing (``злате дали``, ``написали вере``, ``надзеі далі``);
* the genitive right after a kin noun or a personal noun (``мама веры``, ``адвокат надежды``);
* ``с``/``з`` + the instrumental after a verb of meeting or talking, when no ``в``/``на`` complement of the
  common noun follows (``виделась с верой``; not ``жила с надеждой на``).

Never after any other preposition (``в надежде``, ``у веры``) or a modifier (``каждой розе``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.tokens import Token, fold

_DATIVE_ENDINGS = ("у", "ю", "е", "і", "и", "ы")
_GENITIVE_ENDINGS = ("ы", "и", "і", "а", "я")
_INSTRUMENTAL_ENDINGS = ("ой", "ей", "ою", "ёй", "ай", "яй", "ом", "ем", "ам", "ым", "ім", "им")
# Finite forms of verbs whose dative is a person (ru/be, folded): giving, adding time, writing, calling,
# telling, passing, sending, allowing.
_DATIVE_VERBS = frozenset(
    fold(w)
    for w in (
        "дали дал дала дадут даст дадим далі даў дадуць дасць добавили добавил дадалі дадаў продлили "
        "написали написал написала напісалі напісаў напісала пишут пишет пішуць піша позвонили позвонил "
        "позвонила пазванілі пазваніў пазваніла звонили званілі сказали сказал сказала сказалі сказаў "
        "передали передал передала перадалі перадаў перадала отправили адправілі прислали даслалі "
        "разрешили разрешил дазволілі дазволіў отказали адмовілі присудили прысудзілі назначили прызначылі "
        "сообщили паведамілі объяснили растлумачылі помогли дапамаглі"
    ).split()
)
# Kin and personal nouns whose genitive is their person (``мама веры``).
_PERSONAL = frozenset(
    fold(w)
    for w in (
        "мама маці мать папа тата отец бацька сын дочь дачка брат сестра сястра муж жена жонка адвокат "
        "адвакат адвакатка подруга сяброўка друг сябар дети дзеці родители бацькі номер нумар адрес адрас"
    ).split()
)
# Stems of verbs of meeting and talking before ``с``/``з`` + a person (``виделась с верой``).
_WITH_VERBS = tuple(
    fold(w)
    for w in (
        "видел виде бачыл бачы встрет встреч сустрэ сустрак говор гавар разговар размаўл перепис перапіс "
        "познаком пазнаём созвон сазван дружил сябрав связ сувяз"
    ).split()
)
_WITH = frozenset(fold(w) for w in "с со з са".split())
_COMPLEMENT = frozenset(fold(w) for w in "в во ў у на".split())
_PREPOSITIONS = frozenset(
    fold(w)
    for w in (
        "в во у ў на под пад за к ко да до по па о об аб при пры из з с со са от ад для без про пра над "
        "перед перад после пасля через праз около каля возле ля"
    ).split()
)


def lower_oblique(tokens: Sequence[Token], i: int, joined: Callable[[int], bool], seed: str) -> bool:
    """The lower-case word at ``i`` (a case form of the established name whose seed form is ``seed``) is in
    an oblique case the syntax makes a person (module docstring); ``joined(k)``: token ``k`` follows token
    ``k - 1`` after a single space."""
    tok = tokens[i]
    if not tok.cyrillic:
        return False
    prev = tokens[i - 1] if joined(i) else None
    nxt = tokens[i + 1] if joined(i + 1) else None
    if prev is not None and prev.norm in _WITH:
        return _with_instrumental(tokens, i, joined, nxt)
    if prev is not None and (prev.norm in _PREPOSITIONS or _modifier(prev)):
        return False
    if _dative(tok.norm, seed) and any(t is not None and t.norm in _DATIVE_VERBS for t in (prev, nxt)):
        return True
    if prev is None or prev.norm not in _PERSONAL or not tok.norm.endswith(_GENITIVE_ENDINGS):
        return False
    return tok.norm != seed or not seed.endswith(("а", "я"))  # ``мама вера``: a nominative in apposition


def _dative(norm: str, seed: str) -> bool:
    """A dative ending; a feminine seed's ``-у``/``-ю`` is its accusative (``дали злату цену``), no dative, unless
    the form is a man's name in the dative (the seed ``Марка`` is the genitive of ``Марк``: ``марку дали``)."""
    if not norm.endswith(_DATIVE_ENDINGS):
        return False
    if not (seed.endswith(("а", "я")) and norm.endswith(("у", "ю"))):
        return True
    parses = namelex.analyzer().parse(norm)
    return any("Name" in p.tag and p.tag.case == "datv" and p.tag.gender == "masc" for p in parses)


def _with_instrumental(tokens: Sequence[Token], i: int, joined: Callable[[int], bool], nxt: Token | None) -> bool:
    """``виделась с верой``: ``с``/``з`` + the instrumental after a verb of meeting or talking, with no
    ``в``/``на`` complement after it (``с надеждой на``)."""
    if not tokens[i].norm.endswith(_INSTRUMENTAL_ENDINGS) or (nxt is not None and nxt.norm in _COMPLEMENT):
        return False
    return i >= 2 and joined(i - 1) and tokens[i - 2].norm.startswith(_WITH_VERBS)


def _modifier(tok: Token) -> bool:
    """An adjective, participle, numeral or determiner before the word (``каждой розе``), capitalised or not."""
    return tok.cyrillic and namelex.main_pos(tok.text.lower()) in ("ADJF", "PRTF", "NUMR")
