"""A proven place whose name is an adjective, mentioned again after a preposition and a determiner
(``place_forms.py``): ``в одном глубоком``, ``у самым глыбокім``, once the text has proved the town.

A town such as Глубокое or Круглое is masked where a detector proves it (``в ик-13 в глубоком``); its other
mentions are propagated unless the sentence reads them as the common word. After ``в``/``у`` + ``одном``,
``самом``, ``том``, ``этом`` with no noun in the locative after it (``в одном глубоком озере``), the word is the
place again. Invented rows.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def covered(text: str, language: str, word: str) -> int:
    """How many mentions of ``word`` some detected span covers."""
    found = detect(text, language)
    starts = [k for k in range(len(text)) if text.startswith(word, k)]
    return sum(any(s.start <= k and k + len(word) <= s.end for s in found) for k in starts)


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("сначала его держали в глубоком  в колонии  а в этом глубоком он и заболел", "ru", "глубоком"),
    ("брат сидит в ик-13 в глубоком  свидания раз в полгода  а таких как он в одном глубоком сотни", "ru",
     "глубоком"),
    ("яго этапавалі ў калонію ў глыбокім  і ў самым глыбокім яму далі шэсць гадоў", "be", "глыбокім"),
])
def test_determined_place_mentions(text: str, language: str, surface: str) -> None:
    assert covered(text, language, surface) == 2


@pytest.mark.parametrize(("text", "language", "word"), [
    ("брат сидит в ик-13 в глубоком  а в одном глубоком озере мы ловили карасей", "ru", "глубоком"),
    ("брат сидит в ик-13 в глубоком  а в самом глубоком месте реки три метра", "ru", "глубоком"),
])
def test_determined_place_decoys(text: str, language: str, word: str) -> None:
    assert covered(text, language, word) == 1
