"""The name that answers a "who is X" question, in lower-case speech (``хто такі ясь`` / ``ян нясцерчык мой
вучань``, ``кто такая эта роза`` / ``роза цыбуля соседка``, ``who is yas`` / ``jan niascierchyk my student``).

A question ``кто такой``/``хто такі``/``who is`` asks for a person's identity, and the answer's first words, after
the speaker label that opens the next line, give it. A listed first name there is a name even where it is also a
common word or, in Belarusian lower-case text, a pronoun's misspelling (``ян``, ``вера``); the word right after it,
when it is unknown to the dictionaries or shaped like a surname, is the surname. An answer that opens with a
pronoun, a role or any other word (``ён мой вучань``, ``сусед наш``) gives no name.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, en_fullnames, namelex
from intake.pseudonymise.detectors.becues import SPEAKER_LABELS
from intake.pseudonymise.detectors.tokens import Token, fold

_WHO = frozenset(fold(w) for w in "кто хто who".split())
_SUCH = frozenset(fold(w) for w in "такой такая такие такі такая такія is was".split())
_LABELS = SPEAKER_LABELS | frozenset("respondent interviewer".split())
_REACH = 12  # words from the question to the next line


def _answer_start(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The first word of the next line after the question at ``i``, past a speaker label."""
    for k in range(i + 2, min(len(tokens), i + _REACH)):
        if "\n" in text[tokens[k - 1].end : tokens[k].start]:
            if tokens[k].norm in _LABELS:
                k += 1
            return k if k < len(tokens) else None
    return None


def _listed_given(tok: Token) -> bool:
    """A listed first name (English: a given name or a name that is also a word, ``will``)."""
    if not tok.norm.isalpha():
        return False
    if not tok.cyrillic and (en_fullnames.is_given(tok.norm) or tok.norm in namelex.decoys()):
        return True
    return bool(namelex.first_names().lookup_first(tok.norm))


def _surname_after(tok: Token) -> bool:
    """A word unknown to pymorphy3 and hunspell-be, or shaped like a surname (``нясцерчык``, ``ковальчук``); in
    English a word that is no English word."""
    if not tok.spaced or not tok.norm.isalpha() or len(tok.norm) < 3:
        return False
    if not tok.cyrillic:
        return not namelex.is_english_word(tok.norm)
    if namelex.looks_like_surname(tok.norm, True):
        return True
    m = namelex.word_morph(tok.text)
    return (m.known and m.surname >= 0.5) or (not m.known and not be_vocab.known(tok.text.lower()))


def mark(text: str, tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Label the given name (and surname) that opens the answer to a "who is X" question."""
    for i in range(len(tokens) - 1):
        if tokens[i].norm not in _WHO or tokens[i + 1].norm not in _SUCH or not tokens[i + 1].spaced:
            continue
        k = _answer_start(text, tokens, i)
        if k is None or labels[k] is not None or not _listed_given(tokens[k]):
            continue
        labels[k] = "PERSON"
        if k + 1 < len(tokens) and labels[k + 1] is None and _surname_after(tokens[k + 1]):
            labels[k + 1] = "PERSON"
