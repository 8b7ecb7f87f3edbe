"""Role nouns whose stem alternates under a case ending (a fleeting vowel, Belarusian ``я`` for ``ё``) are
roles, never names or organisations; a name beside them stays masked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.role_alternations import alternate_stems

WORD_ONLY = [
    ("be", "Увечары мы з ксяндзом доўга сядзелі ў садзе і гаварылі пра кнігі.", ("ксяндзом",)),
    ("be", "Пасля Каляд ксяндза выклікалі ў раённы аддзел, а парафіяне чакалі на плошчы.", ("ксяндза",)),
    ("be", "Хто цяпер дапамагае ксяндзу з дровамі, я не ведаю.", ("ксяндзу",)),
    ("be", "Суд прызнаў яго вінаватым, а праваабаронцы прызналі палітвязнем праз месяц.", ("палітвязнем",)),
    ("be", "Яна шые шкарпэткі і дасылае іх палітвязням у калоніі.", ("палітвязням",)),
    ("be", "Мы перапісваемся з палітвязнямі ўжо трэці год.", ("палітвязнямі",)),
]

NAMED = [
    ("be", "Ксёндз Юльян Вашкевіч служыў у нашым касцёле.", "Вашкевіч"),
    ("be", "Пасля ксяндза Юльяна Вашкевіча прыйшлі да мяне.", "Вашкевіча"),
    ("be", "Мы з ксяндзом Юльянам Вашкевічам перапісваемся.", "Вашкевічам"),
]


@pytest.mark.parametrize(("stem", "word"), [("палітвязн", "палітвязень"), ("хлопц", "хлопец"), ("ксяндз", "ксёндз")])
def test_alternate_stems(stem: str, word: str) -> None:
    assert stem in alternate_stems(word)


@pytest.mark.parametrize("word", ["доктор", "майор", "цётка", "знаёмая"])
def test_no_alternation_where_none_is(word: str) -> None:
    assert alternate_stems(word) == set()


@pytest.mark.parametrize(("lang", "text", "words"), WORD_ONLY)
@pytest.mark.parametrize("lower", [False, True])
def test_role_forms_stay(lang: str, text: str, words: tuple[str, ...], lower: bool) -> None:
    text = text.lower() if lower else text
    found = {s.text.lower() for s in detect(text, lang)}
    assert not found & set(words)


@pytest.mark.parametrize(("lang", "text", "name"), NAMED)
@pytest.mark.parametrize("lower", [False, True])
def test_name_beside_role_stays_masked(lang: str, text: str, name: str, lower: bool) -> None:
    text = text.lower() if lower else text
    spans = detect(text, lang)
    start = text.lower().index(name.lower())
    assert any(s.start <= start < s.end and s.label == "PERSON" for s in spans)
