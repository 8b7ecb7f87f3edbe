"""Round 13: a place head in the nominative before a word no dictionary knows (``place_slots.py``), an English
given name before a surname another detector already masks (``en_fullnames.py``), and exile-city districts and
border crossings (``world.tsv``). Every row is invented."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _masked(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "есть река бяла маленькая у нас за домом", "бяла"),
        ("ru", "там озеро дрывяты глубокое было", "дрывяты"),
        ("be", "у нас ёсць рака мсцічанка невялікая", "мсцічанка"),
    ],
)
def test_nominative_head_before_unknown_word(lang: str, text: str, name: str) -> None:
    assert any(name in m for m in _masked(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ru", "есть река жизни и всё такое"), ("ru", "озеро большое было там"), ("ru", "город красивый очень")],
)
def test_nominative_head_before_known_word(lang: str, text: str) -> None:
    assert _masked(text, lang) == []


def test_given_name_before_masked_surname() -> None:
    text = "so mark kowalczyk said it and later mark started writing, mark my words, he left a mark on us"
    spans = sorted((s.start, s.end) for s in detect(text, "en"))
    marks = [i for i in range(len(text)) if text.startswith("mark ", i)]
    assert (marks[0], marks[0] + 4) in spans and (marks[1], marks[1] + 4) in spans
    assert (marks[2], marks[2] + 4) not in spans and (marks[3], marks[3] + 4) not in spans


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("be", "музычная школа на казімежы была добрая", "казімежы"),
        ("ru", "потом через верхний ларс уехали", "верхний ларс"),
        ("be", "кватэра на жвярынасе каля ракі", "жвярынасе"),
    ],
)
def test_exile_districts_and_crossings(lang: str, text: str, name: str) -> None:
    assert name in _masked(text, lang)
