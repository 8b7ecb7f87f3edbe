"""An adjective surname's other forms that the sentence uses as the ordinary adjective.

A surname that is an adjective (``Хмурый``, ``Чорны``, ``Белая``) is found in one slot (beside a given name) and
then spread to its other forms in the text; the same word may also describe someone there (``он вечно хмурый``,
``ён заўсёды быў такі хмуры``, ``хмурый человек``). A spread form is the ordinary adjective when an adverb of
degree or duration, an intensifier or a copula stands right before it in its line (not any adverb: ``потом``),
or a noun or a predicate word right after it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.spans import Span

# Words before an adjective that make it a predicate or a description (folded, ru and be).
_BEFORE = frozenset(
    fold(w)
    for w in (
        "такой такая такое такие такі такая такое очень вельмі совсем зусім слишком настолько всегда заўсёды вечно "
        "вечна был была было были быў была стал стала стаў стала становится тоже таксама как як самый самы "
        "довольно даволі немного трохи крайне"
    ).split()
)

# Words after an adjective that make it a predicate (folded): ``хмурый такой``, ``хмуры нават``.
PREDICATES = frozenset(
    fold(w)
    for w in (
        "такая такой такое такі ещё еще яшчэ очень вельмі была был были быў стала стал стаў всегда заўсёды "
        "тоже таксама совсем зусім уже ўжо же ведь прям прямо слишком так настолько как як чем чым даже нават"
    ).split()
)


def ordinary_use(tokens: Sequence[Token], k: int, predicate_next: frozenset[str]) -> bool:
    """The adjective at ``tokens[k]`` is used as an ordinary word: an intensifier, copula or adverb of degree
    or duration before it, a noun (mostly, to pymorphy3) or a word of ``predicate_next`` after it, in its
    line."""
    from intake.pseudonymise.detectors.adjective_readings import adjective_forms

    if not adjective_forms(tokens[k].text):
        return False
    if k > 0 and tokens[k].spaced:
        prev = tokens[k - 1]
        if prev.norm in _BEFORE:
            return True  # not any adverb: ``потом бережную отстранили`` is the name
    if k + 1 < len(tokens) and tokens[k + 1].spaced:
        nxt = tokens[k + 1]
        if nxt.norm in predicate_next:
            return True
        spelling, m = namelex.russian_reading(nxt.text.lower().replace("’", "'"))
        return m.known and namelex.noun_share(spelling) >= 0.5
    return False


def keep_named(
    tokens: Sequence[Token], seeds: Sequence[Span], found: Sequence[Span], predicate_next: frozenset[str]
) -> list[Span]:
    """``found`` (seeds and their spread forms) less the one-word spread forms used as ordinary adjectives."""
    starts = [t.start for t in tokens]
    seeded = {(s.start, s.end) for s in seeds}
    out = []
    for span in found:
        k = bisect.bisect_left(starts, span.start)
        one_word = k < len(tokens) and tokens[k].start == span.start and tokens[k].end == span.end
        if (span.start, span.end) in seeded or not one_word or not ordinary_use(tokens, k, predicate_next):
            out.append(span)
    return out
