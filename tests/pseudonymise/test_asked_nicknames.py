"""A nickname the interviewer asks about (``хто такі гузік``) is masked where it was said before the question
as well as after it; a Belarusian masculine past in ``-ў`` (``пазваніў``, ``прыехаў``) is a verb a name acts
before; a particle (``тоже``, ``таксама``) may stand between the name and its verb. Rows invented."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _at(text: str, language: str, phrase: str, word: str) -> bool:
    """The ``word`` inside ``phrase`` is covered by a PERSON span."""
    start = text.index(phrase) + phrase.index(word)
    return any(s.label == "PERSON" and s.start <= start < s.end for s in detect(text, language))


@pytest.mark.parametrize(
    ("language", "text", "phrase", "word"),
    [
        (
            "be",
            "а потым мякіш пазваніў  кажа  усё добра \nінтэрв'юер  хто такі мякіш \nрэспандэнт  сябар яго",
            "мякіш пазваніў",
            "мякіш",
        ),
        (
            "ru",
            "ну и ёрш приехал  сразу всё понял \nинтервьюер  кто такой ёрш \nреспондент  сосед наш по даче",
            "ёрш приехал",
            "ёрш",
        ),
        (
            "be",
            "потым лапша напісала маме \nінтэрв'юер  хто такі лапша \nрэспандэнт  аднакласнік",
            "лапша напісала",
            "лапша",
        ),
        ("be", "мы яго кот завём  а кот прыехаў з гродна ўначы", "кот прыехаў", "кот"),
        ("be", "мы яго жук завём  ён добры  і жук пазваніў мне адразу", "жук пазваніў", "жук"),
        ("ru", "мы его шило называли  потом и шило тоже задержали", "шило тоже", "шило"),
        ("be", "мы яго мякіш завём  і мякіш таксама выклікалі на допыт", "мякіш таксама", "мякіш"),
    ],
)
def test_nickname_mentions_masked(language: str, text: str, phrase: str, word: str) -> None:
    assert _at(text, language, phrase, word)


@pytest.mark.parametrize(
    ("language", "text", "phrase", "word"),
    [
        ("ru", "купили ёрш для бутылок \nинтервьюер  кто такой ёрш \nреспондент  сосед наш", "купили ёрш", "ёрш"),
        ("be", "ён узяў ключ і малаток \nінтэрв'юер  хто такі ключ \nрэспандэнт  сябар", "узяў ключ", "ключ"),
        ("ru", "в ящике шило тоже лежало  рядом с молотком", "шило тоже", "шило"),
        ("be", "мы яго шыла завём  а ў скрыні шыла і нітка", "шыла і нітка", "шыла"),
    ],
)
def test_common_uses_unmasked(language: str, text: str, phrase: str, word: str) -> None:
    assert not _at(text, language, phrase, word)
