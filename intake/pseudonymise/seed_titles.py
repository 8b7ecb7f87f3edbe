"""Title words of a detected name that must not seed propagation (``propagate.py``).

An English title or role noun (``en_fullnames.TITLES``: ``Coach``, ``Father``, ``Grandma``) right before
another word of the same person's span titles the name: ``Coach Zyma`` names Zyma, and the word ``coach``
elsewhere (``my coach signed``, ``I coach kids``) is the noun or the verb. The title alone (``we called him
Coach``) is the name and still seeds.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.en_fullnames import TITLES
from intake.pseudonymise.detectors.tokens import Token


def title_before_name(tokens: Sequence[Token], labels: Sequence[str | None], i: int) -> bool:
    """``tokens[i]`` is an English title right before another word of the same PERSON span."""
    nxt = i + 1
    return (
        labels[i] == "PERSON"
        and not tokens[i].cyrillic
        and tokens[i].norm in TITLES
        and nxt < len(tokens)
        and labels[nxt] == "PERSON"
        and tokens[nxt].spaced
    )
