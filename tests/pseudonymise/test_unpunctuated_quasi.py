"""Quasi-identifiers in unpunctuated (speech-recognition) text, where no comma closes the number: an age after a
pronoun and a copula or after ``at``, a number given as a term ahead of its verb with the term said after it,
and a colony's ordinal restated by its code. Invented rows (none copied from an evaluation set), with decoys
of the same shape that stay unmasked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _labels(text: str, lang: str, part: str) -> set[str]:
    start = text.index(part)
    end = start + len(part)
    return {s.label for s in detect(text, lang) if s.start < end and start < s.end}


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "then there is pavel sidarenka he is forty one a welder from hrodna", "forty one"),
    ("en", "her neighbour olga she is thirty eight worked at the post office before", "thirty eight"),
    ("en", "my uncle he was fifty nine lost his job after the march", "fifty nine"),
    ("en", "anton hes sixty four a retired bus driver from lida", "sixty four"),
    ("en", "he still cooks in the canteen there at sixty-two peeling potatoes every day", "sixty-two"),
    ("en", "she went back to university at thirty five studying law", "thirty five"),
])
def test_copula_and_at_ages_without_commas(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "he is forty minutes late again", "forty"),
    ("en", "she was twenty metres from the gate", "twenty"),
    ("en", "he is fifty percent sure of it", "fifty"),
    ("en", "we are twenty five in the group", "twenty five"),
    ("en", "the train leaves at twenty five past six", "twenty five"),
    ("en", "it is thirty one degrees outside", "thirty one"),
    ("en", "we met at forty five minutes past noon", "forty five"),
])
def test_copula_and_at_decoys_stay_unmasked(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" not in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "на выходе сразу снова взяли ещё двенадцать дали карусель так что двадцать семь суток", "двенадцать"),
    ("be", "выйшаў а ля брамы зноў узялі яшчэ дзесяць далі так што ўсяго дваццаць пяць сутак", "дзесяць"),
    ("ru", "потом опять задержали и ещё восемь дали получилось двадцать три суток", "восемь"),
])
def test_number_given_before_its_term(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "мы встали в восемь дали нам хлеба а через три дня отпустили", "восемь"),
    ("ru", "он пришёл ещё в два дали ему ключи и через пять суток уехал", "два"),
])
def test_number_given_decoys_stay_unmasked(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" not in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "he was arrested in may and they sent him to the ninth  ik-9  far from home", "ninth"),
    ("en", "after the trial the prison moved him to the eleventh  ik-11  near the border", "eleventh"),
])
def test_ordinal_restated_by_its_code(lang: str, text: str, part: str) -> None:
    assert "DETENTION" in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "he was arrested in may and they moved him to the ninth  ik-3  far from home", "ninth"),
    ("en", "after the trial in prison we went to the fifth floor  room 5  to sign", "fifth"),
])
def test_ordinal_code_decoys_stay_unmasked(lang: str, text: str, part: str) -> None:
    assert "DETENTION" not in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "его посадили в девятнадцать сразу после колледжа", "девятнадцать"),
    ("be", "яго затрымалі ў дваццаць адзін пасля першага курса", "дваццаць адзін"),
    ("en", "he was arrested at twenty two right after his exams", "twenty two"),
    ("ru", "она уехала в сорок семь и больше не вернулась", "сорок семь"),
    ("be", "ён пачаў маляваць у трыццаць восем калі выйшаў", "трыццаць восем"),
])
def test_age_after_in_without_commas(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "нас привезли в двадцать три часа и сразу в камеру", "двадцать три"),
    ("ru", "его арестовали в двадцать первом году", "двадцать"),
    ("ru", "поезд пришёл в девятнадцать сорок и мы вышли", "девятнадцать"),
    ("be", "нас выпусцілі ў дваццаць дзве хвіліны на дзясятую", "дваццаць дзве"),
    ("en", "they came at twenty to eight and took him", "twenty"),
    ("ru", "я живу в сорок пятой квартире", "сорок"),
    ("ru", "он пришёл в двадцать сразу после смены", "двадцать"),
])
def test_age_after_in_decoys_stay_unmasked(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" not in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "за два комментария соседу накрутили пять и увезли", "пять"),
    ("ru", "брату вкатили шесть потом скостили до пяти", "шесть"),
    ("ru", "судья ей влупила четыре а просили три", "четыре"),
    ("be", "за ўлёткі ёй накруцілі яшчэ пяць", "пяць"),
    ("be", "брату ўкацілі сем а потым скасілі", "сем"),
    ("be", "яму ўпаялі шэсць і адразу на этап", "шэсць"),
    ("en", "the court slapped him with seven and he was taken away", "seven"),
    ("en", "they slapped her with four for a comment", "four"),
])
def test_colloquial_sentencing_verbs(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "мы накрутили пять километров по лесу", "пять"),
    ("ru", "ему вкатили два укола и отпустили", "два"),
    ("be", "мы накруцілі пяць кругоў па стадыёне", "пяць"),
    ("en", "the nurse handed him seven pills", "seven"),
    ("en", "she handed me two and kept the rest of the apples", "two"),
])
def test_colloquial_sentencing_decoys_stay_unmasked(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" not in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "Ihar Kavalenka, a plumber from Lida, fifty-one. He was arrested in May.", "fifty-one"),
    ("en", "Then Olga Sauchuk, she teaches music, from Pinsk, forty-four. Her son was detained.", "forty-four"),
    ("be", "Сяргей Кухта, ён кіроўца з Оршы, трыццаць дзевяць. Яго затрымалі ў траўні.", "трыццаць дзевяць"),
])
def test_age_closing_an_introduction_after_a_place(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "We drove from Minsk, forty kilometres or so, and stopped.", "forty"),
    ("en", "They came from Hrodna, twenty of them, to the court.", "twenty"),
    ("en", "The bus from Brest, number twenty-one, was late.", "twenty-one"),
])
def test_place_then_number_decoys_stay_unmasked(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" not in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "He was twenty-nine when they took him, and he turned\nthirty-one in the colony.", "thirty-one"),
    ("ru", "Брату тогда было двадцать, а сейчас ему\nдвадцать четыре, он всё ещё сидит.", "двадцать четыре"),
])
def test_age_cue_across_a_line_wrap(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "Я звонила ему\nдвадцать раз, он не ответил.", "двадцать"),
    ("en", "The road turned\nforty metres later.", "forty"),
])
def test_line_wrap_decoys_stay_unmasked(lang: str, text: str, part: str) -> None:
    assert "AGE_OR_SENTENCE" not in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "после суда его этапировали в речицкую там он и сидит до сих пор", "речицкую"),
    ("ru", "сначала был в колонии под витебском а потом перевели в ивацевичскую", "ивацевичскую"),
    ("be", "пасля суда яго этапавалі ў глыбоцкую і там ён сядзіць", "глыбоцкую"),
    ("be", "ён адбываў тэрмін у калоніі а потым яго перавялі ў мазырскую", "мазырскую"),
])
def test_colony_named_by_its_town_adjective(lang: str, text: str, part: str) -> None:
    assert "DETENTION" in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("ru", "после суда его этапировали в речицкую больницу и там лечили", "речицкую"),
    ("ru", "в колонии его перевели в мужскую а жену в женскую", "мужскую"),
    ("ru", "он сидел в колонии а дочка пошла в городскую и сейчас учится", "городскую"),
    ("be", "ён сядзеў у калоніі а дачка вучылася ў беларускай", "беларускай"),
])
def test_town_adjective_decoys_stay_unmasked(lang: str, text: str, part: str) -> None:
    assert "DETENTION" not in _labels(text, lang, part)



@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "my cousin was in a penal colony first in homel  the twelfth  then they moved him near vitsebsk", "twelfth"),
    ("en", "he served in navapolatsk  the thirteenth  and wrote to us every week from the colony", "thirteenth"),
])
def test_ordinal_after_a_dropped_comma(lang: str, text: str, part: str) -> None:
    assert "DETENTION" in _labels(text, lang, part)


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "he came out of the colony in may  the fifth of may to be exact", "fifth"),
    ("en", "we visited him in the colony  the third time they let us in", "third"),
])
def test_dropped_comma_ordinal_decoys_stay_unmasked(lang: str, text: str, part: str) -> None:
    assert "DETENTION" not in _labels(text, lang, part)
