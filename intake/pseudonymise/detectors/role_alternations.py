"""Stem alternations of role nouns that case endings bring and a plain stem cut misses.

A role or kinship noun (``lowercase.ROLE_WORDS``) is matched in any case by its stem. Two alternations
change the stem itself:

* a fleeting vowel in the last syllable drops before an ending: ``палітвязень`` -> ``палітвязнем``,
  ``хлопец`` -> ``хлопца``, ``падлетак`` -> ``падлетка``;
* Belarusian writes an unstressed ``ё`` of the last syllable as ``я``: ``ксёндз`` -> ``ксяндза``, ``ксяндзом``.

Both give extra stems, never whole words: a stem matches only a longer form with an ending.
"""

from __future__ import annotations

import re

# The fleeting vowel of the suffixes ``-ец``, ``-ень``, ``-ок``/``-ёк``/``-ак`` after a consonant.
_FLEETING = re.compile(r"^(?P<stem>.{3,}[^аеёиоуыэюяіў])(?:е(?P<c>ц)|е(?P<n>н)ь|[оёа](?P<k>к))$")
# A ``ё`` in the last syllable of a word that ends in a consonant (``ксёндз``): unstressed under an ending.
_LAST_YO = re.compile(r"ё(?=[^аеёиоуыэюяіў]+$)")


def alternate_stems(word: str) -> set[str]:
    """Extra stems of the role noun ``word`` (lower case, unfolded): the fleeting-vowel stem and the
    Belarusian ``я`` for ``ё``."""
    out: set[str] = set()
    m = _FLEETING.match(word)
    if m is not None:
        out.add(m["stem"] + (m["c"] or m["n"] or m["k"]))
    if _LAST_YO.search(word):
        out.add(_LAST_YO.sub("я", word))
    return out
