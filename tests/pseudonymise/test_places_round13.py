"""Round 13: the inventory of the Belarus gazetteer. A plural town's genitive is its bare stem (``из Ошмян``,
``з Хойнік``) unless that stem is a common word (``под мост``), the fleeting vowel of ``-ки`` plurals (``из
Крупок``), a neuter after a hushing consonant (``под Езерищем``), and national parks, reserves, rivers and lakes
the gazetteer lacked. Invented rows (real place names, invented people); decoys stay unmasked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.stemming import bare_genitive


def _covered(text: str, lang: str, part: str) -> bool:
    lo = text.index(part)
    spans = detect(text, lang)
    return all(any(s.start <= i < s.end for s in spans) for i in range(lo, lo + len(part)) if not text[i].isspace())


MASKED = [
    ("ru", "мужик из ошмян тоже на швейке работает", "ошмян"),
    ("ru", "а жена у него из телехан, познакомились в армии", "телехан"),
    ("ru", "сам он из мачулищ, там аэродром рядом", "мачулищ"),
    ("ru", "ну и мы из лельчиц приехали на суд", "лельчиц"),
    ("be", "хлопец з хойнік таксама сядзеў з намі", "хойнік"),
    ("ru", "мужик из гольшан сидел с нами в камере", "гольшан"),
    ("ru", "брат из крупок, работает на заправке", "крупок"),
    ("ru", "дача у нас была под езерищем на озере", "езерищем"),
    ("be", "працаваў у нацыянальным парку прыпяцкі інспектарам", "нацыянальным парку прыпяцкі"),
    ("be", "ён працаваў у прыпяцкім нацпарку", "прыпяцкім нацпарку"),
    ("be", "ён лесніком працаваў у нацпарку нарачанскі", "нацпарку нарачанскі"),
    ("en", "she worked in pripyatsky national park for years", "pripyatsky national park"),
    ("ru", "мы сплавлялись по стыру до самой границы", "стыру"),
    ("be", "летам купаліся на мястры ў палатках жылі", "мястры"),
    ("ru", "рыбачили на селяве с отцом каждое лето", "селяве"),
    ("ru", "рыбачили на лучосе с дедом", "лучосе"),
    ("ru", "ездили на баторино каждое лето", "баторино"),
]


@pytest.mark.parametrize(("lang", "text", "part"), MASKED)
def test_places_are_masked(lang: str, text: str, part: str) -> None:
    assert _covered(text, lang, part), [(s.label, text[s.start : s.end]) for s in detect(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "мы заехали под мост и стояли там час", "мост"),  # Мосты: the bare stem is a common word
        ("ru", "кто-то крикнул из дрозд, я не понял", "дрозд"),
        ("be", "з тых часоў мы не бачыліся", "тых"),  # Тыхы: a three-letter stem never stands alone
        ("ru", "в вихре событий я про это забыл", "вихре"),  # the river Вихра only when capitalised
    ],
)
def test_decoys_stay_unmasked(lang: str, text: str, word: str) -> None:
    lo = text.index(word)
    assert not any(s.start < lo + len(word) and lo < s.end for s in detect(text, lang))


def test_a_cased_plural_genitive_is_a_place_not_a_person() -> None:
    text = "Мужик из Ошмян тоже на швейке работает."
    assert [s.label for s in detect(text, "ru") if text[s.start : s.end] == "Ошмян"] == ["LOCATION"]


def test_bare_genitive_follows_the_vocabulary() -> None:
    assert bare_genitive("ошмян") and bare_genitive("пружан")
    assert not bare_genitive("мост") and not bare_genitive("тых")
