"""Spelled and multi-level addresses, English ``at`` handles and slash registration numbers.

Every row is invented for this test.
"""

from __future__ import annotations

import re

import pytest

from intake.pseudonymise.detectors.letternames import is_letter_name, spelled_run
from intake.pseudonymise.detectors.patterns import detect


def found(text: str, language: str) -> set[tuple[str, str]]:
    return {(s.label, s.text) for s in detect(text, language)}


FOUND = [
    # letter names spell a part of an e-mail address (the host, the TLD, initials)
    ("be", "пішыце на эм ка кропка зорка сабака вэ пэ кропка пэ эль, я адкажу", "EMAIL",
     "эм ка кропка зорка сабака вэ пэ кропка пэ эль"),
    ("ru", "почта дэ эс собака дабл-ю пи точка пэ эл и всё", "EMAIL", "дэ эс собака дабл-ю пи точка пэ эл"),
    ("en", "mail bee kay at double u pee dot pl if you can", "EMAIL", "bee kay at double u pee dot pl"),
    # a host under a two-level public suffix
    ("en", "write to j dot marlow at kestrelgate dot org dot uk please", "EMAIL",
     "j dot marlow at kestrelgate dot org dot uk"),
    ("ru", "адрес sova собака brightmoor точка co точка uk, пишите", "EMAIL",
     "sova собака brightmoor точка co точка uk"),
    # provider names as Belarusian speakers say them, the dot before the TLD not said
    ("be", "пішы на лісік сабака ёндэкс бай, я там", "EMAIL", "лісік сабака ёндэкс бай"),
    # English "at" said for "@" before a handle
    ("en", "on signal I'm at rysia underscore mahilyou, write", "HANDLE", "at rysia underscore mahilyou"),
    ("en", "my handle is at zubr dash radio dot forty two.", "HANDLE", "at zubr dash radio dot forty two"),
    # a local part said as two words where it is written as one
    ("be", "а пошта ў яе лясная зорка сабака мэйл кропка ру, пішы", "EMAIL", "лясная зорка сабака мэйл кропка ру"),
    # English handle cue with a connector, and a hyphenated name without one
    ("en", "her instagram is zorkalis, with photos", "HANDLE", "zorkalis"),
    ("en", "instagram kira-lis has it all", "HANDLE", "kira-lis"),
    # web addresses whose dots were blanked
    ("ru", "всё есть на сайте ну на volnaya-hrodna by там форма", "URL", "volnaya-hrodna by"),
    ("en", "the website is paddock lt and there", "URL", "paddock lt"),
    # a personal number dictated in lower case, its letters written in Cyrillic
    ("ru", "личный номер пишите 4 4 0 2 1 7 8 в 1 1 5 рв 3 и всё", "ID_NUMBER", "4 4 0 2 1 7 8 в 1 1 5 рв 3"),
    # registration numbers with a slash
    ("en", "the complaint got the number 5318/2022, nothing since", "ID_NUMBER", "5318/2022"),
    ("ru", "справа № 41/12-2021 ляжыць у архіве", "ID_NUMBER", "41/12-2021"),
    ("en", "it is No. 23/17, the second one", "ID_NUMBER", "23/17"),
    ("ru", "ответ пришёл 8563/19, отказ", "ID_NUMBER", "8563/19"),
]


@pytest.mark.parametrize(("language", "text", "label", "expected"), FOUND)
def test_found(language: str, text: str, label: str, expected: str) -> None:
    assert (label, expected) in found(text, language)


NOT_CONTACT = [
    ("ru", "в сезоне 2021/2022 он ещё играл"),
    ("be", "лінія працуе 24/7, пішыце"),
    ("ru", "с 11/2023 по 03/2024 он сидел"),
    ("en", "it happened on 12/05/2023 at night"),
    ("en", "about 2/15 of them came back"),
    ("en", "I see you at the station at six"),
    ("en", "we met at home, then at work, then at noon"),
    ("ru", "мы с ним и эм ка были в одной камере"),
    ("en", "She runs an Instagram about him and the account holder is her aunt"),
    ("en", "he moved to the uk in may, then stood by her"),
    # English said inside Russian speech, and a country code before an account number, are no addresses
    ("ru", "он сказал went to the shop и ушёл, told by a friend"),
    ("ru", "[PERSON-01] told me [ORG-06] the [ORG-07]."),  # anonymised text re-checked by the leak gate
]


def test_country_code_before_an_account_is_no_address() -> None:
    spans = detect("the account is its pl 27 1140 2004 0000 3502 7813 4466 and", "en")
    assert [s.label for s in spans] == ["ID_NUMBER"] and spans[0].text.startswith("pl 27")


@pytest.mark.parametrize(("language", "text"), NOT_CONTACT)
def test_not_contact(language: str, text: str) -> None:
    contact = {"EMAIL", "HANDLE", "URL", "ID_NUMBER", "PHONE"}
    assert not [s for s in detect(text, language) if s.label in contact]


def test_local_part_takes_no_verb_or_cue_word() -> None:
    spans = detect("яна напісала зорка сабака мэйл кропка ру", "be")
    assert [s.text for s in spans if s.label == "EMAIL"] == ["зорка сабака мэйл кропка ру"]


def test_spelled_run_reads_letter_names() -> None:
    run = re.compile(spelled_run(), re.IGNORECASE)
    assert [m.group() for m in run.finditer("вэ пэ кропка пэ эль")] == ["вэ пэ", "пэ эль"]
    assert [m.group() for m in run.finditer("double-u pee dot")] == ["double-u pee"]
    assert not run.search("и кира")  # a conjunction does not start a run
    assert not run.search("I see")  # an English word that names a letter does not stand alone
    assert is_letter_name("дабл ю") and not is_letter_name("кира")


def test_a_word_said_before_a_spoken_dot_opens_the_address() -> None:
    """``знает.сова12@mail.ru`` said aloud: the verb form before ``точка`` is a part of the local part."""
    spans = detect("почта у неё знает точка сова 12 собака мейл ру, пишите", "ru")
    assert [s.text for s in spans if s.label == "EMAIL"] == ["знает точка сова 12 собака мейл ру"]
