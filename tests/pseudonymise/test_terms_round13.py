"""Round 13: terms named by their regime, ages after a dative pet form, English spoken articles near their cue,
and a slang colony number answering a question about prison (invented rows, cased and lower case)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _masked(text: str, lang: str, target: str) -> bool:
    start = text.index(target)
    spans = detect(text, lang)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(target)) if text[i] != " ")


_FOUND = [
    # a number right before the regime, the unit said or not
    ("ru", "Ну короче тринадцать строгого режима, вот так.", "тринадцать"),
    ("ru", "Там было одиннадцать общего режима, без вариантов.", "одиннадцать"),
    ("ru", "Короче 6 особого режима, это всё.", "6"),
    ("be", "Ну карацей сем гадоў узмоцненага, вось так.", "сем гадоў"),
    ("be", "А там чатырнаццаць строгага рэжыму, уяўляеце.", "чатырнаццаць"),
    ("en", "So in the end nine strict regime, can you believe it.", "nine"),
    # an age after a lower-case pet form in the dative that the name stages found
    ("ru", "а денисочке тогда было двенадцать, он всё понимал", "двенадцать"),
    ("ru", "тёмочке было шесть когда всё началось", "шесть"),
    ("be", "а кацюшы тады споўнілася дзесяць, яна памятае", "дзесяць"),
    # English spoken articles a few words from their cue, before or after
    ("en", "then they opened a criminal case three forty two you know", "three forty two"),
    ("en", "it was three four two, that was the article", "three four two"),
    # a slang colony number answering a question about prison
    ("be", "А дзе ён адбывае? На пятнаццатцы, далёка ад дому.", "пятнаццатцы"),
    ("ru", "А где он отбывает? На семнадцатке, далеко.", "семнадцатке"),
]

_LEFT = [
    ("ru", "Там было тринадцать строгих правил для всех.", "тринадцать"),
    ("ru", "сыну было всё равно, он играл", "всё"),
    ("en", "we met at three forty two pm near the article stand", "three forty two"),
    ("be", "Прыйдзем на пятнаццатцы хвілін пазней.", "пятнаццатцы"),
    ("ru", "А где он работает? На пятнадцатке, в цеху.", "пятнадцатке"),
]


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize(("lang", "text", "target"), _FOUND)
def test_found(lang: str, text: str, target: str, lower: bool) -> None:
    if lower:
        text, target = text.lower(), target.lower()
    assert _masked(text, lang, target), text


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize(("lang", "text", "target"), _LEFT)
def test_left(lang: str, text: str, target: str, lower: bool) -> None:
    if lower:
        text, target = text.lower(), target.lower()
    start = text.index(target)
    assert not any(s.start <= start < s.end for s in detect(text, lang)), text
