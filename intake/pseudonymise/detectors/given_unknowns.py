"""A Belarusian surname no dictionary knows right after a given name, in lower-case speech: ``ігар загорка``.

In lower-case Belarusian speech ``candidates`` takes a word after a given name as a surname when it is shaped
like one (``-віч``, ``-скі``, ``-ук``) and ``unknown_words`` takes a lone unknown word unless word formation
explains it as a common word: a ``-ка`` or ``-ла`` noun (``загорка``, ``бурбала``) is so explained and lost.
Right after a listed given name in the nominative, a word that neither hunspell-be nor pymorphy3 (through the
Russian respelling) knows is the surname: ordinary words after a name (``віктар ужо``, ``ігар заўсёды``) are
known. The word must read as a Belarusian noun: no plural, adjective or verb ending, but ``-ка`` and, after a
man's name, ``-ла`` (a past verb after it would end ``-ў``: ``ігар бурбала``, not ``алеся ...ла``); no
function word or role; and it must close its phrase: the text ends, a pause, a hesitation, a pronoun
taking the name up, or a preposition or adverb follows (``ігар бурбала з намі``).

Candidates are uncertain PERSON (reason ``uncertain:given-unknown``) and mask the surname's other forms as
``surname_slots`` does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import be_candidates, be_vocab
from intake.pseudonymise.detectors.becues import BE_FUNCTION, BE_VERB_END
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.surname_slots import given_anchor, spread
from intake.pseudonymise.detectors.titled_surnames import closed
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, is_lowercase_text
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "given-unknown"
SCORE = 0.4
# Adjective, adverb and verb endings that no noun has (``-ка`` and ``-ла`` are judged apart).
_NOT_NOUN = re.compile(r"(?:ць|ці|лі|ло|ся|цца|ае|яе|уе|юе|ее|ые|ое|ая|яя|ую|юю|ым|ім|ых|іх|еш|іш|ыш|аш|ма|та|ды|дзе)$")


def _noun_shaped(tok: Token, gender: str | None) -> bool:
    """An unknown word that may be a Belarusian surname in the nominative after a name of ``gender``."""
    low = tok.text.lower()
    if len(tok.norm) < 4 or not tok.norm.isalpha() or tok.norm in BE_FUNCTION or is_stop_word(tok.text):
        return False
    if low.endswith(("і", "ы", "ў")) or _NOT_NOUN.search(low) or be_vocab.verb_form(low):
        return False
    if low.endswith("ла"):
        return gender == "masc"
    return low.endswith("ка") or not BE_VERB_END.search(low)


def _slot(text: str, tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """``tokens[i]`` stands one plain space after a given name in the nominative (alone, or after a pause: ``для
    ігара  ігар загорка``), is unknown to both
    dictionaries, reads as a Belarusian noun and closes its phrase."""
    if i < 1 or not person[i - 1] or text[tokens[i - 1].end : tokens[i].start] != " ":
        return False
    if i >= 2 and person[i - 2] and text[tokens[i - 2].end : tokens[i - 1].start] == " ":
        return False  # the second word of a name already read (``ігар шпак загорка``); a pause may part them
    tok = tokens[i]
    if not be_candidates.unknown(tok):
        return False
    anchor = given_anchor(tokens[i - 1])
    if anchor is None or (anchor[0] and "nomn" not in anchor[0]) or not _noun_shaped(tok, anchor[1]):
        return False
    return closed(text, tokens, i, loose=True) and not is_role(tok)


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for the unknown surnames after given names in lower-case Belarusian ``text``
    that no span in ``spans`` covers, and for the other forms of those surnames in the text."""
    if language != "be" or not tokens or not is_lowercase_text(tokens):
        return []
    covered, person = covered_tokens(tokens, spans)
    seeds = [
        Span(t.start, t.end, "PERSON", t.text, SCORE, f"candidates:{RULE}", "")
        for i, t in enumerate(tokens)
        if not covered[i] and t.spaced and _slot(text, tokens, person, i)
    ]
    return spread(text, language, spans, tokens, seeds, RULE) if seeds else []
