"""Round 22: ages after a dative and its copula or in the next turn, a term owned by its possessor, a qualified
numbered colony, a village named in a verbless fragment, Belarusian tens in their variant spellings.

Each row is invented for its mechanism (no row is copied from an evaluation set); each mechanism row failed
before it, and each decoy puts an ordinary word or a number that is no age in the same frame."""

from __future__ import annotations

import re

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.numwords import read_number
from tests.pseudonymise.masking import touched


def _lower(text: str) -> str:
    """Lower case, punctuation blanked (what speech recognition without punctuation gives)."""
    return re.sub(r"[^\w\s'’-]", " ", text.lower())


def _spans(text: str, lang: str, label: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, lang) if s.label == label]


def _covered(text: str, lang: str, part: str, label: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(s.label == label and s.start <= start and s.end >= end for s in detect(text, lang))


AGES = [
    # a bare age right after a dative pronoun, a verb or a function word after it (unpunctuated speech)
    ("be", "ну я пенсіянерка звычайная мне семдзесят два жыву адна ў хаце", "семдзесят два"),
    ("be", "мне пяцьдзясят тры вось так і сяджу дома", "пяцьдзясят тры"),
    # a dative person and a copula before it, a dropped mark after it
    ("be", "дамброўскай было сямдзесят адзін, куды ёй ісці", "сямдзесят адзін"),
    ("ru", "Жуковской было шестьдесят три, куда ей идти", "шестьдесят три"),
    ("be", "яму было тады дваццаць два, выйдзе, калі дваццаць восем", "дваццаць восем"),
    ("ru", "ему было тогда двадцать два, выйдет, когда двадцать восемь", "двадцать восемь"),
    # the answer to an age question that the next speaker label closes
    ("be", "Інтэрв'юер: Колькі вам цяпер?\nРэспандэнт: Сорак сем. Жонка кажа, пенсіянер.", "Сорак сем"),
    ("ru", "Интервьюер: Сколько вам сейчас?\nРеспондент: Пятьдесят два. Работаю сторожем.", "Пятьдесят два"),
    # Belarusian tens in their variant spellings
    ("be", "мне пяцдзесят восем, я з Ліды", "пяцдзесят восем"),
    ("be", "яму сямдзесят тры, ён у вёсцы", "сямдзесят тры"),
]


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "part"), AGES)
def test_ages_are_masked(lang: str, text: str, part: str, lower: bool) -> None:
    if lower:
        text, part = _lower(text), part.lower()
    assert _covered(text, lang, part, "AGE_OR_SENTENCE"), _spans(text, lang, "AGE_OR_SENTENCE")


NOT_AGES = [
    # money and things counted after a dative pronoun
    ("be", "мне пяцьдзясят рублёў засталося жыву ледзь", "пяцьдзясят"),
    ("ru", "ей сорок писем пришло куда их девать", "сорок"),
    # ``у`` + a genitive owner before the copula: she had three (of something), no age
    ("be", "у дамброўскай было тры, усе пустыя", "тры"),
    ("ru", "у жуковской было три, все пустые", "три"),
    # a how-many question (``вас``: genitive), a price question: the answer is no age
    ("be", "Інтэрв'юер: Колькі вас было?\nРэспандэнт: Сорак сем. Усе з раёна.", "Сорак сем"),
    ("ru", "Интервьюер: Сколько стоит?\nРеспондент: Пятьдесят два. Рубля.", "Пятьдесят два"),
    # ``калі`` after an age, then a count or a date
    ("be", "яму было тады дваццаць два, калі дваццаць чалавек прыйшлі", "дваццаць чалавек"),
    ("ru", "ему было тогда двадцать два, когда двадцать первого пришли", "двадцать первого"),
    # a year in the variant spelling
    ("be", "у дзве тысячы пяцдзесятым годзе", "пяцдзесятым"),
]


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "part"), NOT_AGES)
def test_counts_and_prices_stay_unmasked(lang: str, text: str, part: str, lower: bool) -> None:
    if lower:
        text, part = _lower(text), part.lower()
    assert not _covered(text, lang, part, "AGE_OR_SENTENCE"), _spans(text, lang, "AGE_OR_SENTENCE")


def test_variant_tens_compose() -> None:
    for words, value in (("пяцдзесят восем", 58), ("шэсцьдзесят два", 62), ("сямдзясят", 70),
                         ("васемдзесят адзін", 81), ("шэсьцьдзясят", 60), ("двацаць тры", 23)):
        number = read_number(words.split())
        assert number is not None and (number.value, number.used) == (value, len(words.split())), words


OWNED = [
    ("en", "right after my fifteen days on okrestina now i live in warsaw", "fifteen days"),
    ("en", "after his thirty days in akrestsina he lives with his mother", "thirty days"),
]


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "part"), OWNED)
def test_owned_terms_are_masked(lang: str, text: str, part: str, lower: bool) -> None:
    if lower:
        text, part = _lower(text), part.lower()
    assert _covered(text, lang, part, "AGE_OR_SENTENCE"), _spans(text, lang, "AGE_OR_SENTENCE")


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "i have known her for fifteen years now i live in warsaw", "fifteen years"),
    ("en", "right after my fifteen friends left now i live in warsaw", "fifteen"),
])
def test_ordinary_time_stays_unmasked(lang: str, text: str, part: str, lower: bool) -> None:
    if lower:
        text, part = _lower(text), part.lower()
    assert not _covered(text, lang, part, "AGE_OR_SENTENCE")


COLONIES = [
    ("be", "цяпер яна ў жаночай калоніі нумар чатыры, шые форму", "жаночай калоніі нумар чатыры"),
    ("ru", "сейчас она в женской колонии номер четыре, шьёт форму", "женской колонии номер четыре"),
    ("en", "now she is in the women's colony number four, sewing uniforms", "women's colony number four"),
]


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "part"), COLONIES)
def test_qualified_colony_is_one_span(lang: str, text: str, part: str, lower: bool) -> None:
    if lower:
        text, part = _lower(text), _lower(part)
    assert _covered(text, lang, part, "DETENTION"), _spans(text, lang, "DETENTION")


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "part"), [
    ("be", "цяпер яна ў той калоніі нумар чатыры, шые форму", "той"),
    ("ru", "сейчас она в этой колонии номер четыре, шьёт форму", "этой"),
    ("ru", "мы стояли за стеной колонии номер четыре", "стеной"),
    ("en", "now she is in that colony number four, sewing uniforms", "that"),
])
def test_determiner_before_colony_stays_out(lang: str, text: str, part: str, lower: bool) -> None:
    if lower:
        text = _lower(text)
    assert not touched(text, lang, part)


VILLAGES = [
    ("be", "гэта пухавіцкі раён, вёска навасёлкі, ад мар'інай горкі кіламетраў дваццаць", "навасёлкі"),
    ("ru", "всю жизнь с пчёлами под браславом, деревня слободка, сын мой тоже", "слободка"),
]


@pytest.mark.parametrize(("lang", "text", "part"), VILLAGES)
def test_village_in_a_fragment_is_masked(lang: str, text: str, part: str) -> None:
    text = _lower(text)
    assert _covered(text, lang, part, "LOCATION"), _spans(text, lang, "LOCATION")


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("be", "гэта пухавіцкі раён, вёска маленькая, ад мар'інай горкі кіламетраў дваццаць", "маленькая"),
    ("be", "гэта пухавіцкі раён, вёска наша, ад мар'інай горкі кіламетраў дваццаць", "наша"),
    ("ru", "всю жизнь с пчёлами под браславом, деревня глухая, сын мой тоже", "глухая"),
    ("ru", "всю жизнь с пчёлами под браславом, деревня бабушка, сын мой тоже", "бабушка"),
])
def test_description_after_village_stays_unmasked(lang: str, text: str, part: str) -> None:
    text = _lower(text)
    assert not _covered(text, lang, part, "LOCATION")
