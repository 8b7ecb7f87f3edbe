"""A given name that is an English word, set off by pauses before a surname no English dictionary knows, in
lower-case speech (``en_fullnames.py``, rule ``en-fullname``), and its later mentions where it acts.

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    ("en", "she sang in our choir for years  bay toomsalu  she lives in tartu now  bay phoned me last week",
     ["bay toomsalu", "bay"], ["lives"]),
    ("en", "my contact at the ministry  reed kukkemaa  wrote to the embassy  reed also came to the court",
     ["reed kukkemaa", "reed"], ["embassy", "court"]),
    ("en", "a driver from the depot\nmoss vaarik\nhe drove us to the border and moss waited there all night",
     ["moss vaarik", "moss"], ["border"]),
    # Decoys: the word alone in its own sense, a verb or a role word before the surname, no pause before it.
    ("en", "the bay was frozen and the reed beds were grey", [], ["bay", "reed"]),
    ("en", "we met in tallinn  thanks kukkemaa  she helped us", ["kukkemaa"], ["thanks"]),
    ("en", "it was near the bay toomsalu had a cottage", ["toomsalu"], ["bay"]),
    ("en", "i asked the judge  said vaarik  nothing happened", ["vaarik"], ["said"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


@pytest.mark.parametrize(
    "text",
    ["  bay toomsalu  she lives in tartu now  bay phoned me", "  moss vaarik\nmoss waited there all night"],
)
def test_later_mentions_that_act(text: str) -> None:
    """The given name alone before a verb, later in the text, is masked too."""
    check("en", text, [text.split()[0]], ["lives", "there"], every=True)
