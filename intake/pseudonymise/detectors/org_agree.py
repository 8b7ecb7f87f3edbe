"""Two readings of the word after an organisation type noun that the slot rule (``org_slots.py``) needs
beyond pymorphy3's first reading.

* a nominative plural adjective and a noun that may be a nominative plural agree (``в группе белые росы``,
  ``у гурце белыя росы``): the noun is then no genitive, even where pymorphy3 reads the genitive singular
  first (``росы``), since a plural nominative is no genitive modifier;
* a Belarusian feminine or neuter noun in ``-а``/``-я`` that hunspell-be lists as its own stem is its
  nominative (``ў кавярні зорка``), where the Russian spelling pymorphy3 reads is another word (``зорка``, a
  short adjective in Russian);
* an adjective before a verb after the slot's noun is a predicate (``зарплата маленькая была``): the noun is
  the subject of a clause, no name;
* an intransitive verb in the first or second person after the slot's noun (``в аптеке ромашка работаю``)
  has the speaker or the listener for subject, never the noun, and takes no object: the slot keeps its name;
* a verb of buying or taking right before the head's preposition (``купила в аптеке лекарства``) takes the
  slot's noun as its object: no name.
"""

from __future__ import annotations

from functools import lru_cache

from intake.pseudonymise.detectors import be_vocab, namelex
from intake.pseudonymise.detectors.tokens import Token


@lru_cache(maxsize=20_000)
def _readings(word: str) -> tuple[tuple[str, str, str, bool], ...]:
    """(part of speech, case, number, animate) of each pymorphy3 parse of ``word``."""
    parses = namelex.analyzer().parse(word.replace("і", "и").replace("ў", "у").replace("'", ""))
    return tuple(
        (str(p.tag.POS or ""), str(p.tag.case or ""), str(p.tag.number or ""), "anim" in p.tag) for p in parses
    )


def _russian(word: str, language: str) -> str:
    """The word, or a Belarusian word's Russian respelling (``белыя``: ``белые``)."""
    return namelex.russian_reading(word)[0] if language == "be" else word


def plural_pair(tok: Token, nxt: Token, language: str) -> bool:
    """``tok`` a nominative plural adjective and ``nxt`` an inanimate noun that may be a nominative plural."""
    word = tok.text.lower()
    plural = language == "be" and word.endswith(("ыя", "ія"))
    adjective = _readings(_russian(word, language))
    plural = plural or any(p == "ADJF" and c == "nomn" and n == "plur" for p, c, n, _ in adjective)
    noun = _readings(_russian(nxt.text.lower(), language))
    return plural and any(p == "NOUN" and c == "nomn" and n == "plur" and not a for p, c, n, a in noun)


def be_nominative(word: str) -> bool:
    """A Belarusian word in ``-а``/``-я`` that hunspell-be lists as a stem of its own (``зорка``, ``вясёлка``;
    not ``брата``, a genitive of ``брат``), and no verb form."""
    if not word.endswith(("а", "я")) or len(word) < 4 or not be_vocab.available():
        return False
    return word in be_vocab.stems(word) and not be_vocab.verb_form(word)


def predicate_adjective(word: str) -> bool:
    """pymorphy3 reads ``word`` as an adjective (full or short) first (``маленькая``, ``мала``)."""
    rows = _readings(word)
    return bool(rows) and rows[0][0] in ("ADJF", "ADJS")


def speaker_verb(word: str) -> bool:
    """Every verb reading pymorphy3 gives ``word``, or its Russian respelling when it reads none (Belarusian
    ``працуем``), is intransitive and in the first or second person (``работаю``, ``работаем``; not ``покупаем``,
    whose object the noun may be: ``в магазине хлеб покупаем``); ``False`` for no verb."""
    for reading in dict.fromkeys((word, namelex.russian_reading(word)[0])):
        parses = namelex.analyzer().parse(reading.replace("і", "и").replace("ў", "у"))
        verbs = [p for p in parses if p.tag.POS == "VERB"]
        if verbs:
            return all(p.tag.person in ("1per", "2per") and "intr" in p.tag for p in verbs)
    return False


# Stems (folded: ``і`` -> ``и``, ``ў`` -> ``у``) of verbs of buying, ordering and taking, Russian and Belarusian:
# what one buys at a shop is named by the noun after it (a closed class of general knowledge).
_GETTING = (
    "купи", "купл", "покупа", "накупи", "набы", "заказа", "заказыва", "замови", "замау", "взял", "взяла", "узял",
    "узяла", "бер", "бра", "выбира", "выбра",
)


def object_verb(word: str) -> bool:
    """A verb of buying or taking (``купила``, ``купіла``, ``заказали``, ``взяла``): a noun in the nominative form
    after ``<verb> в <shop>`` is its object (``купила в аптеке лекарства``), no name in the shop's slot."""
    norm = word.replace("і", "и").replace("ў", "у")
    return norm.startswith(_GETTING) and namelex.verb_share(namelex.russian_reading(word)[0]) >= 0.5
