"""A bare age right after a dative person (``person_ages.py``): ``леве шестьдесят восемь``, no age verb.

A PERSON span in the dative that no verb governs (the word before it is not a verb), then a number that ends the
clause (its punctuation, or the double space a stripped transcript leaves), is the person's age. Invented rows;
decoys: a verb governs the dative (money given), a noun counts the number, or the number runs on.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def ages(text: str, language: str) -> list[str]:
    return [s.text for s in detect(text, language) if s.label == "AGE_OR_SENTENCE"]


@pytest.mark.parametrize(("text", "language", "surface"), [
    ("другі гэта міхась лукашык  пенсіянер  міхасю шэсцьдзесят восем  а ўсе клічуць яго дзед", "be",
     "шэсцьдзесят восем"),
    ("трэцяя гэта алеся шуба  настаўніца  алесі пяцьдзесят адзін  яна з пінска", "be", "пяцьдзесят адзін"),
    ("а ещё там был лев гурский  инженер  леве шестьдесят восемь  а все зовут его лёва", "ru",
     "шестьдесят восемь"),
])
def test_bare_age_after_dative_person(text: str, language: str, surface: str) -> None:
    assert surface in ages(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("я тады аддала міхасю шэсцьдзесят восем  больш не было", "be"),  # a verb governs the dative: money
    ("я тогда отдала леве шестьдесят восемь  больше не было", "ru"),
    ("другі гэта міхась лукашык  міхасю шэсцьдзесят восем рублёў вярнулі", "be"),  # a noun counts it
])
def test_bare_age_decoys(text: str, language: str) -> None:
    assert ages(text, language) == []


@pytest.mark.parametrize(("text", "age"), [
    ("ён шафёр  аляксею сорак тры  ён з гомеля", "сорак тры"),
    ("яна настаўніца  алесі семдзесят  і яна яшчэ працуе", "семдзесят"),
])
def test_belarusian_number_is_no_surname(text: str, age: str) -> None:
    """A Belarusian number word pymorphy3 cannot read (``сорак``) is no surname after a given name."""
    found = detect(text, "be")
    assert age in [s.text for s in found if s.label == "AGE_OR_SENTENCE"]
    assert not any(age.split()[0] in s.text for s in found if s.label == "PERSON")


@pytest.mark.parametrize("text", [
    "дзядзька павел  мы яго заўжды так звалі  яму дзевяноста адзін  а памяць як у маладога",
    "цётка ганна  так яе ўсе звалі  яму было ўсё роўна  ёй восемдзесят два  яна яшчэ працуе",
])
def test_pronoun_after_naming_verb_is_no_nickname(text: str) -> None:
    """A Belarusian pronoun after a naming verb (``клічам яму``) is the person's pronoun, no nickname."""
    found = detect(text, "be")
    assert not any(s.text.split()[0] in ("яму", "ёй") for s in found if s.label == "PERSON")
