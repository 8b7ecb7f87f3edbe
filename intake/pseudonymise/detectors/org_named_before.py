"""An organisation named right before the naming verb: ``кавярня на Ліпавай, кава і мятлік называецца``, ``a group
of medics, white coats we call it``.

Speech puts the name first and the naming verb after it as often as the other way round: ``кофейня у него,
ромашка называется``, ``наша ініцыятыва, дах называецца``, ``white coats we call it``. The name is then ordinary
words in lower case that no capital or cue noun right before it marks (``org_appos.py`` reads the name after
``называется``/``под названием``; ``orgcues.py`` the name after ``called``). The frame:

Russian, Belarusian
    a reflexive form of ``называться``/``называцца`` (``называется``, ``называецца``, ``называлася``,
    ``называўся``) and, right before it, one to three name words (no function word, verb or role; ``і``/``и``
    between two of them): ``кава і мятлік``. The name stops at a punctuation mark, a function word or a word
    another detector found (``на Ліпавай``: a place). An organisation or service noun (``org_appos.named_noun``:
    ``кавярня``, ``фонд``, ``ініцыятыва``, ``канал``) stands within :data:`_REACH` words before the name: ``как
    эта болезнь называется``, ``так это называется`` have none, or no name word.
English
    ``we call it``/``we called it``, the same name before it and an organisation noun (``orgcue_words``:
    ``group``, ``channel``, ``initiative``, ``club``) within :data:`_REACH` words before that; the name is two
    or three lower-case words or capitalised ones (one lower-case word, ``family we call it``, is a description).

Every span is uncertain (0.5, ``uncertain:orgnamedbefore``) for the reviewer; cased and lower-case text.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.org_appos import name_word, named_noun
from intake.pseudonymise.detectors.orgcue_words import is_cue_word
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "namedbefore"
_REACH = 4
_REFLEXIVE = ("называется", "называецца", "называлась", "называлася", "называлось", "называлася", "называуся",
              "назывался", "называлися", "назывались", "называются", "называюцца")  # fmt: skip
_AND = frozenset("и і and".split())
_EN_FILLERS = frozenset("like um uh er so well".split())
_EN_VENUES = frozenset("cafe café bar shop studio team choir chat magazine office network".split())


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """Uncertain ORGANISATION spans over a name said right before its naming verb (see the module)."""
    if language == "en":
        verbs = [i for i in range(1, len(tokens) - 2) if _we_call_it(tokens, i)]
    elif language in ("ru", "be"):
        verbs = [i for i in range(1, len(tokens)) if tokens[i].norm.startswith(_REFLEXIVE)]
    else:
        return []
    taken = [(s.start, s.end) for s in found]
    out: list[Span] = []
    for i in verbs:
        start = _name_start(text, tokens, i, language, taken)
        if start < i and _named_before(tokens, start, language) and _enough(tokens[start:i], language):
            out.append(org_span(text, tokens[start].start, tokens[i - 1].end, RULE, 0.5, True))
    return out


def _we_call_it(tokens: Sequence[Token], i: int) -> bool:
    return (tokens[i].norm, tokens[i + 2].norm) == ("we", "it") and tokens[i + 1].norm in ("call", "called")


def _word(tok: Token, language: str) -> bool:
    if language == "en":
        return tok.text.isalpha() and not is_stop_word(tok.norm) and tok.norm not in _EN_FILLERS
    return name_word(tok)


def _joined(text: str, tokens: Sequence[Token], k: int) -> bool:
    """One blank before token ``k``: a double blank is a punctuation mark speech recognition dropped."""
    return text[tokens[k - 1].end : tokens[k].start] in (" ", "-")


def _head(tok: Token, language: str) -> bool:
    if language == "en":
        return is_cue_word(tok.norm) or tok.norm in _EN_VENUES
    return named_noun(tok)


def _name_start(text: str, tokens: Sequence[Token], i: int, language: str, taken: list[tuple[int, int]]) -> int:
    """Index of the first name word before the verb at ``i`` (``i`` itself when there is none)."""
    start = i
    while start > 0 and i - start < 3 and tokens[start].spaced and _joined(text, tokens, start):
        prev = tokens[start - 1]
        if any(s < prev.end and prev.start < e for s, e in taken) or _head(prev, language):
            break  # a word another detector found (``на ліпавай``) or the noun the name names is no part of it
        if _word(prev, language):
            start -= 1
        elif (
            prev.norm in _AND
            and start < i
            and start > 1
            and _word(tokens[start - 2], language)
            and _joined(text, tokens, start - 1)
        ):
            start -= 2  # ``кава і мятлік``
        else:
            break
    return start


def _named_before(tokens: Sequence[Token], start: int, language: str) -> bool:
    """An organisation noun within :data:`_REACH` words before the name."""
    return any(_head(t, language) for t in tokens[max(0, start - _REACH) : start])


def _enough(name: Sequence[Token], language: str) -> bool:
    """English: two or three words, or capitalised ones; one lower-case word is a description."""
    return language != "en" or len(name) >= 2 or name[0].cap
