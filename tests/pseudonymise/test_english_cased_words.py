"""In a cased English line, a lower-case ordinary word after a determiner (``a``, ``the``, ``my``, ``our``; a
modifier or two between) or glossing a name (``means sparrow``) is that word, not another mention of a nickname
it spells; the nickname itself, capitalised or after a naming verb, stays masked (rows invented).

The rule that released these words (round 19) lost a person on a never-tuned set (an English nickname in lower
case after a determiner) and was reverted; the ordinary-word rows it alone fixed are kept as strict xfails."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

REVERTED = pytest.mark.xfail(strict=True, reason="released words lost a never-tuned English nickname; reverted")
WORDS = [
    ("Everyone calls my cousin Robin. In spring a robin built a nest on our balcony.", "a robin"),
    pytest.param("Our coach was Pavel Kruk, we called him Crow. The crow on the fence was louder than him.", "The crow",
                 marks=REVERTED),
    pytest.param("His nickname is Bagel, he is round. Mum baked a little bagel for his birthday.", "little bagel",
                 marks=REVERTED),
    pytest.param("Her surname Verabei literally means sparrow, so at school she was Sparrow.", "means sparrow",
                 marks=REVERTED),
    ("They called him Brick at the depot. He lived in an old brick house near the station.", "brick house"),
    pytest.param("My friend Bill Hanley drove us. He paid the bill at the cafe on the way.", "the bill",
                 marks=REVERTED),
]
# The nickname stays masked: capitalised, or after a naming verb in lower case.
NAMES = [
    ("Everyone calls my cousin Robin. In spring a robin built a nest on our balcony.", "Robin."),
    ("Our coach was Pavel Kruk, we called him Crow. The crow on the fence was louder than him.", "Crow."),
    ("His nickname is Bagel, he is round. The guards called him that, bagel, to mock him.", "bagel, to"),
    ("Her name is Alena Verabei, and at school we called her sparrow, she was so small.", "sparrow, she"),
]


def _covered(text: str, at: int) -> bool:
    return any(s.start <= at < s.end for s in detect(text, "en"))


@pytest.mark.parametrize(("text", "anchor"), WORDS)
def test_an_ordinary_word_in_a_cased_line_is_the_word(text: str, anchor: str) -> None:
    word = anchor.split()[-1]
    at = text.index(anchor) + anchor.index(word)
    assert not _covered(text, at), detect(text, "en")


@pytest.mark.parametrize(("text", "anchor"), NAMES)
def test_the_nickname_stays_masked(text: str, anchor: str) -> None:
    assert _covered(text, text.index(anchor)), detect(text, "en")
