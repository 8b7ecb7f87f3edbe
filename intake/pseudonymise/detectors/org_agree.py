"""Two readings of the word after an organisation type noun that the slot rule (``org_slots.py``) needs
beyond pymorphy3's first reading.

* a nominative plural adjective and a noun that may be a nominative plural agree (``в группе белые росы``,
  ``у гурце белыя росы``): the noun is then no genitive, even where pymorphy3 reads the genitive singular
  first (``росы``), since a plural nominative is no genitive modifier;
* a Belarusian feminine or neuter noun in ``-а``/``-я`` that hunspell-be lists as its own stem is its
  nominative (``ў кавярні зорка``), where the Russian spelling pymorphy3 reads is another word (``зорка``, a
  short adjective in Russian);
* an adjective before a verb after the slot's noun is a predicate (``зарплата маленькая была``): the noun is
  the subject of a clause, no name.
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
