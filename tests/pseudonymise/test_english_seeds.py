"""English words that open or title a name span never spread as names: a preposition or adverb that a
sentence-initial capital joined to a name (``After Lena's arrest``), and a title before a name (``Coach
Barysevich``, ``Father Andrzej``). The name itself spreads as before."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

ROWS = [
    ("Respondent: After Lena's arrest they searched our flat. We met again after the trial in May.",
     "after the trial", "Lena"),
    ("Respondent: My coach signed it too. Coach Barysevich is an old-school man. Now I coach kids in Tartu.",
     "I coach kids", "Barysevich"),
    ("Respondent: The priest, Father Andrzej, collected money for us. My father was fired that week.",
     "My father", "Andrzej"),
    ("Respondent: We called him Rocket. Slower now, but he runs. Still Rocket for all of us. He is still in the "
     "same club.", "is still in", "Rocket"),
]


@pytest.mark.parametrize(("text", "phrase", "name"), ROWS)
def test_opening_or_title_word_does_not_spread(text: str, phrase: str, name: str) -> None:
    spans = detect(text, "en")
    at = text.index(phrase)
    word = next(w for w in phrase.split() if w.lower() in ("after", "coach", "father", "still"))
    start = at + phrase.index(word)
    assert not any(s.start <= start < s.end for s in spans), [s.text for s in spans]
    named = text.index(name)
    assert any(s.start <= named < s.end and s.label == "PERSON" for s in spans)
