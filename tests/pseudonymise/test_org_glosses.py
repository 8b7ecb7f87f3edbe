"""A name glossed by its kind right after it: ``X, такі чат``, ``X. Ну, это такой клуб`` (``detectors/org_glosses.py``).

Every row is invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

GLOSSED = [
    ("be", "Мы ўвечары хадзілі ў Дупло, гэта такі клуб на рагу.", "Дупло"),
    ("be", "мы ўвечары хадзілі ў дупло  гэта такі клуб на рагу", "дупло"),
    ("ru", "Она писала в «Северный ветер». Ну, это такой канал, его потом закрыли.", "Северный ветер"),
    ("ru", "она писала в северный ветер  ну это такой канал  его потом закрыли", "северный ветер"),
    ("ru", "В Праге есть Белорусы Чехии вместе, такой чат, там все вопросы решают.", "Белорусы Чехии вместе"),
    ("be", "у варшаве ёсць беларуская суполка ў польшчы  такі чат  там усё пішуць", "беларуская суполка ў польшчы"),
    ("ru", "я работал в бочке  это бар такой был на углу", "бочке"),
    # a verb between the name and the gloss is skipped
    ("be", "цяпер яны ў каморцы граюць  гэта такі клуб у кракаве", "каморцы"),
]
DECOYS = [
    # the word before the gloss is the kind itself or a pronoun
    ("ru", "я писала в чат, это такой чат для соседей", "чат"),
    ("be", "мы хадзілі да іх  гэта такі клуб быў", "іх"),
    # a kind that is no organisation
    ("ru", "мы жили в Гродно, это такой город на границе", "Гродно"),
    ("be", "мы жылі ў вёсцы  гэта такое месца ціхае", "вёсцы"),
    # a place already found stays a place
    ("ru", "она в Минске, это такой клуб любителей", "Минске"),
    # a name found before the preposition is no part of the glossed one; a verb is no part of it
    ("be", "Ён іграў з Андрусем у Бярлозе, гэта такі клуб.", "Андрусем"),
    ("be", "цяпер яны ў каморцы граюць  гэта такі клуб у кракаве", "граюць"),
    # ``есть такая инициатива`` names what follows, not what precedes
    ("ru", "нам помогла белорусская община  есть такая инициатива  дом на поле", "белорусская община"),
]


@pytest.mark.parametrize(("language", "text", "name"), GLOSSED)
def test_glossed_name_is_masked(language: str, text: str, name: str) -> None:
    start = text.index(name)
    spans = detect(text, language)
    assert any(s.start <= start and s.end >= start + len(name) for s in spans), (text, spans)


@pytest.mark.parametrize(("language", "text", "word"), DECOYS)
def test_other_words_before_a_gloss_stay_open(language: str, text: str, word: str) -> None:
    start = text.index(word)
    spans = detect(text, language)
    assert not any(s.label == "ORGANISATION" and s.start <= start < s.end for s in spans), spans
