"""A nickname the interviewer echoes as a one-word question and the answer calls a nickname
(``nicknames._echoed``): ``інтэрв'юер: Кавун? рэспандэнт: Ха, гэта мянушка``. Every mention of its stem then
follows, as for the other nickname statements.

Every row is invented for this file (no sentence or name of an evaluation set).
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    ("be", "рэспандэнт  дапамагалі суседзі і яшчэ кавун\nінтэрв'юер  кавун\nрэспандэнт  ха  гэта мянушка  ён "
     "міхась  перадайце кавуну прывітанне", ["кавун", "кавуну"], ["суседзі"]),
    ("ru", "респондент  писал нам ещё веник\nинтервьюер  веник\nреспондент  да это кличка  его так в армии "
     "прозвали  а веник потом уехал", ["веник"], ["армии"]),
    # Decoys: the echo is answered otherwise; the answer calls something else a nickname.
    ("ru", "респондент  привезли нам веник\nинтервьюер  веник\nреспондент  да  обычный веник  для бани",
     [], ["веник"]),
    ("ru", "интервьюер  веник\nреспондент  это кличка собаки была  а не человека", [], ["веник"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)


NAMED_ROWS = [
    # A pronoun, the nickname, then a plural naming verb (the nickname cannot be its subject); later mentions.
    ("be", "мой сябар  мы яго шпак завём  ён малы  шпак і цяпер мне піша", ["шпак"], ["малы"]),
    ("ru", "сосед наш  мы его валенок зовём  а валенок и не обижается", ["валенок"], ["сосед"]),
    # Decoys: an adverb or an infinitive in the slot; a plural subject.
    ("ru", "мы его домой звали а он не шёл", [], ["домой"]),
    ("ru", "мы его в гости звали", [], ["гости"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), NAMED_ROWS)
def test_named_before_the_verb(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)



PLURAL_ROWS = [
    # The plural of a consonant-final Belarusian nickname is the thing again (``кавуны``), not the person.
    ("be", "інтэрв'юер  кавун\nрэспандэнт  ха  гэта мянушка  бо ў яго кавуны самыя вялікія  кавун добры хлопец",
     ["кавун"], ["кавуны"]),
    ("be", "мы яго шпак завём  шпак добры  а шпакі на дахах шчабечуць", ["шпак"], ["шпакі"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), PLURAL_ROWS)
def test_the_plural_stays(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
