"""Propagation's guards: which tokens a seed may come from, which tokens propagation looks at, and where a
matched form reads as an ordinary word and stays (``propagate.py``).

``inside`` maps spans onto tokens; ``_seedable`` and ``_generic_in_phrase`` decide which words of a detected
span seed the index; ``_skip``, ``_word_here``, ``_common_use``, ``_thing_form`` and ``_acts_as_name`` decide,
per token, whether a form that matched a seed is the name or the word.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from intake.pseudonymise import place_forms
from intake.pseudonymise.detectors import casing, common_entries, institution_heads, namecues, namelex
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.numwords import lookup
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.detectors.word_classes import generic_word, verb_form
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word
from intake.pseudonymise.vocabulary import NAME_LABELS


def _acts_as_name(tokens: Sequence[Token], i: int, named: Sequence[bool]) -> bool:
    """Context in which a common word is a name: capitalised inside a sentence, next to a name, after a
    role noun, or followed by a verb."""
    tok = tokens[i]
    if tok.cap and not tok.initial:
        return True
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and named[j] and (tokens[i].spaced if j < i else tokens[j].spaced):
            return True
    if i > 0 and tok.spaced and is_role(tokens[i - 1]):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return bool(tok.cap and nxt is not None and nxt.spaced and nxt.cyrillic and namelex.verb_share(nxt.text) >= 0.5)


def inside(tokens: Sequence[Token], spans: Iterable[Span]) -> tuple[list[bool], list[str | None]]:
    """Per token: covered by some span; the NAME label of the span covering it (or None)."""
    starts = [t.start for t in tokens]
    covered = [False] * len(tokens)
    label: list[str | None] = [None] * len(tokens)
    for span in spans:
        k = bisect.bisect_right(starts, span.start) - 1
        k = max(k, 0)
        while k < len(tokens) and tokens[k].start < span.end:
            tok = tokens[k]
            if tok.end > span.start:
                if span.start <= tok.start and tok.end <= span.end:
                    covered[k] = True
                if span.label in NAME_LABELS and label[k] is None:
                    label[k] = span.label
            k += 1
    return covered, label


_GENERIC = frozenset(
    "номер нумар number no penal colony prison district regional central city колония калония зона".split()
)


def _covered(tokens: Sequence[Token], spans: Sequence[Span]) -> list[bool]:
    return inside(tokens, [Span(s.start, s.end, "DATE", s.text) for s in spans])[0]


def _seedable(tok: Token, label: str, alone: bool = False) -> bool:
    if len(tok.norm) < 3 or tok.acronym or casing.is_stopword(tok) or is_stop_word(tok.text) or is_role(tok):
        return False  # a function word inside a span (``For`` opening a sentence) names nothing
    if label == "PERSON":
        return True
    if not tok.cap and (tok.norm in _GENERIC or lookup(tok.norm) is not None or institution_heads.is_head(tok.norm)):
        return False  # ``number``, ``нумар``, ``судзе`` of an institution's description
    if tok.cap or not tok.cyrillic:
        return len(tok.norm) >= 4
    m = namelex.word_morph(tok.text)
    if not m.known:
        return len(tok.norm) >= 5  # a lower-case unknown word of an org name (``вясна``)
    return place_forms.seedable_word(tok, alone)  # ``горки`` proven by its cue: a dictionary word spreads


def _skip(tok: Token, taken: bool) -> bool:
    """Tokens propagation never looks at: already inside a span, stop words, acronyms, short words."""
    if taken or len(tok.norm) < 2 or casing.is_stopword(tok) or is_stop_word(tok.text) or tok.acronym:
        return True
    return len(tok.norm) < 3 and not (tok.cap and not tok.initial)



def _common_use(tokens: Sequence[Token], i: int, label: str, lowercase: bool) -> bool:
    """The common noun a proven name also is (``namecues.common_use``); in lower-case text also a form of a
    listed common-word place or organisation that its sentence reads as the word (``вясной прылятае``, in spring,
    beside a proven ``з вясной``: ``common_entries.common_form``)."""
    if (label == "PERSON" or not place_forms.after_place_preposition(tokens, i)) and namecues.common_use(tokens, i):
        return True  # ``на дубе`` is the tree beside a surname Дуб; ``в горках`` is the town beside a town Горки
    return lowercase and label != "PERSON" and common_entries.common_form(tokens, i)


def _generic_in_phrase(tokens: Sequence[Token], labels: Sequence[str | None], i: int) -> bool:
    """A generic word of a multi-word organisation, facility or place (``бальніцы``, ``court``): never a
    seed alone (:func:`word_classes.generic_word`); a name of one word spreads whatever it is."""
    label = labels[i]
    if label == "PERSON":
        return False
    inner = i > 0 and labels[i - 1] == label and tokens[i].spaced
    if not (inner or (i + 1 < len(tokens) and labels[i + 1] == label and tokens[i + 1].spaced)):
        return False  # the whole name is this word (``Вясна``): it spreads
    return generic_word(tokens[i], inner)


def _word_here(tokens: Sequence[Token], i: int, label: str, language: str, lowercase: bool) -> bool:
    """Token ``i`` matched a seed but reads as an ordinary word here."""
    tok = tokens[i]
    if label != "PERSON" and place_forms.determined_place(tokens, i):
        return False  # ``в одном круглом`` beside a proven Круглое: the town, not the adjective
    if is_role(tok) or casing.is_pronoun(tok, language) or _common_use(tokens, i, label, lowercase):
        return True
    # ``верю`` beside a proven Вера, ``вярнуўся``: a name is never a verb; ``ціхую музыку`` beside a proven Ціхая
    return verb_form(tok) or namecues.adjective_use(tokens, i)


def _thing_form(tokens: Sequence[Token], i: int, how: str, language: str) -> bool:
    """A person's form read as the noun: a diminutive with an agreeing attribute (``настоящие розы``), or only a
    common noun's plural (``с розами``: one person is named in the singular; not a possessive, ``лёвины``)."""
    if how == "diminutive" and namecues.modified(tokens, i):
        return True
    return how != "possessive" and namecues.plural_common(tokens[i].text.lower(), language)
