"""The noun that introduces a handle or a surname (``ник``, ``нікам``, ``фамилия``) is never itself a name
candidate; the handle or name after it stays masked, and a capitalised name spelled like it too."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

LABEL_NOUNS = [
    ("ru", "Пишите мне в телеграм, ну ник сашок подчёркивание минск, я отвечу.", "ник", "сашок"),
    ("ru", "В инстаграме у неё ник маринка точка восемь, там все фотки.", "ник", "маринка"),
    ("be", "Ён вядзе канал пад нікам zmitser падкрэсліванне kot, там пра вязняў.", "нікам", "zmitser"),
    ("be", "У тэлеграме мой нік янка падкрэсліванне дзевяць, пішыце.", "нік", "янка"),
]


@pytest.mark.parametrize(("lang", "text", "noun", "handle"), LABEL_NOUNS)
@pytest.mark.parametrize("lower", [False, True])
def test_label_noun_unmasked_handle_masked(lang: str, text: str, noun: str, handle: str, lower: bool) -> None:
    text = text.lower() if lower else text
    spans = detect(text, lang)
    assert noun not in {s.text.lower() for s in spans}
    start = text.lower().index(handle)
    assert any(s.start <= start < s.end for s in spans)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Вчера мне написал Ник, мой однокурсник из Лондона.", "Ник"),
        ("en", "Then Nick called me and said the trial was over.", "Nick"),
    ],
)
def test_a_name_spelled_like_it_stays(lang: str, text: str, name: str) -> None:
    start = text.index(name)
    assert any(s.start <= start < s.end and s.label == "PERSON" for s in detect(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "noun", "name"),
    [
        ("ru", "меня зовут эдуард  фамилию не надо  пожалуйста", "фамилию", "эдуард"),
        ("ru", "это виталий  фамилию я вам потом скажу", "фамилию", "виталий"),
        ("be", "мяне завуць андрэй  прозвішча не пішыце", "прозвішча", "андрэй"),
    ],
)
def test_label_noun_fills_no_surname_slot(lang: str, text: str, noun: str, name: str) -> None:
    """A label noun right after a given name is not read as the surname in its slot."""
    spans = detect(text, lang)
    assert not any(s.start <= text.index(noun) < s.end for s in spans)
    assert any(s.start <= text.index(name) < s.end for s in spans)
