"""Person names in lower-case speech-recognition text (branch ``persons``): mechanisms that generalise.

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover (any label counts, as in the scorer) and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import namelex
from tests.pseudonymise.masking import check


def test_belarusian_words_are_read_in_their_russian_spelling() -> None:
    assert "соболь" in namelex.russian_spellings("сабаль")
    assert "дрозд" in namelex.russian_spellings("дразд")
    assert namelex.russian_spellings("ружа")[-1] == "ружа"  # a final а is an ending, never an unstressed о
    spelling, m = namelex.russian_reading("мароз")
    assert spelling == "мороз" and m.surname > 0


# Kind: a Belarusian surname that is a common noun (an animal, a trade), after a first name; pymorphy3 knows
# no Belarusian, so the noun is read in its Russian spelling and must agree with the name as a surname does.
NOUN_SURNAMES = [
    ("be", "ля брамы стаяў сымон дразд і курыў", ["сымон дразд"], ["курыў", "брамы"]),
    ("be", "у камеры са мной сядзеў віталь шпак з бабруйска", ["віталь шпак"], ["камеры"]),
    ("be", "потым ксеня сабаль прыйшла на суд", ["ксеня сабаль"], ["прыйшла"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), NOUN_SURNAMES)
def test_noun_surnames_after_a_first_name(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# The same place after a name: a verb or an inanimate noun whose Russian spelling is a common word stays.
NOT_SURNAMES = [
    ("be", "і ксеня кажа што ўсё будзе добра", ["ксеня"], ["кажа"]),
    ("be", "а лявон гэта ведаў даўно", ["лявон"], ["гэта"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), NOT_SURNAMES)
def test_verbs_after_a_first_name_stay(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# Kind: a pet form the list lacks, made by a productive suffix (also under a case ending), a two-letter name
# under ``-ік``, a Belarusian spelling of a listed Russian form, a Latin pet form of a listed Latin name.
PET_FORMS = [
    ("be", "мы доўга чакалі лявончыка з войска", ["лявончыка"], ["войска", "чакалі"]),
    ("be", "наш малы янік пайшоў у школу", ["янік"], ["школу"]),
    ("be", "а потым прыехаў федзя з вёскі", ["федзя"], ["вёскі"]),
    ("en", "their boy yanik is in the tenth grade", ["yanik"], ["grade", "boy"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), PET_FORMS)
def test_generated_pet_forms(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# Kind: a first name that is a common word, supported by an animate noun agreeing with it as a surname does,
# or after a kinship adjective (``младшая``, ``старэйшы``); a role noun or an inanimate noun is no support.
COMMON_WORD_NAMES = [
    ("ru", "к нам заходила роза воробей из соседнего дома", ["роза воробей"], ["дома"]),
    ("ru", "а старшая надежда уже в школе", ["надежда"], ["школе"]),
    ("ru", "вера дом строит давно", [], ["вера", "дом"]),
    ("be", "бо маю маму зноў выклікалі", [], ["маю", "маму"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), COMMON_WORD_NAMES)
def test_common_word_names_by_agreement(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# Kind: the other mentions of a detected name: oblique forms with a fleeting vowel (Belarusian ``ў`` too),
# and a Russian surname that is an animate noun in one parse of three (``соловей``).
OTHER_MENTIONS = [
    ("ru", "в отряде был пётр соловей и все потом писали соловью", ["пётр соловей", "соловью"], ["писали"]),
    ("be", "хлопец сымон салавей спяваў а потым мы пісалі салаўю", ["сымон салавей", "салаўю"], ["пісалі"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), OTHER_MENTIONS)
def test_other_mentions(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_fleeting_vowel_stems() -> None:
    from intake.pseudonymise.declension import fleeting_stems

    assert fleeting_stems("салавей") == {"салавь", "салау"}
    assert fleeting_stems("грачок") == {"грачк"}
    assert fleeting_stems("кот") == set()


# Kind: after a kinship or role noun, an unknown Belarusian word shaped like a pet name is an uncertain
# name (a reflexive verb is not).
AFTER_ROLE = [
    ("be", "на рынку нас сустрэла суседка стэфця з кошыкам", ["стэфця"], ["кошыкам"]),
    ("be", "і тады сястра засмяялася", [], ["засмяялася"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), AFTER_ROLE)
def test_pet_shapes_after_a_role(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# Kind: a surname that is a common word, introduced by the word for surname (nominative only: a list of
# fields ``фамилии адреса`` is no introduction).
SURNAME_WORD = [
    ("ru", "её фамилия ворона и все в школе шутили", ["ворона"], ["школе", "шутили"]),
    ("be", "а прозвішча такое жаба і ўсе смяяліся", ["жаба"], ["смяяліся"]),
    ("ru", "надо было написать фамилии адреса и телефоны", [], ["адреса", "телефоны"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), SURNAME_WORD)
def test_surname_after_the_word_surname(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# Kind: Latin spellings of a word-initial ``Е`` (``Yefim``, ``Jelizaveta``) in lower-case English speech.
INITIAL_YE = [
    ("en", "and then yefim came to the court with us", ["yefim"], ["court"]),
    ("en", "her cousin jelizaveta sends parcels every month", ["jelizaveta"], ["parcels", "month"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), INITIAL_YE)
def test_initial_ye_spellings(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_pet_forms_with_the_k_ts_alternation() -> None:
    """``-ка`` pet forms keep the name under the ``к``/``ц`` alternation of their dative (``ганульцы``)."""
    check("be", "і ганульцы тады было толькі сем", ["ганульцы"], ["тады"])


# Kind: Belarusian role nouns support a name that is a common word (``жанчына ружа``); a lower-case function
# word next to a name is never a name itself (``лявон але``).
BELARUSIAN_ROLES = [
    ("be", "у нашым бараку была адна жанчына ружа і ўсе яе любілі", ["ружа"], ["любілі"]),
    ("be", "пісаў лявон але ў адказ нічога", ["лявон"], ["але", "адказ"]),
    ("be", "мы доўга чакалі ганну але яна не прыйшла", ["ганну"], ["але", "яна"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), BELARUSIAN_ROLES)
def test_belarusian_roles_and_function_words(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# Kind: Polish spellings (``l`` takes no ``i`` before a soft vowel: ``Lew``, ``Alesja``); an English word
# after a Latin name is no surname, whatever its ending (``which``).
POLISH_L = [
    ("en", "at the university they call him lew which he likes", ["lew"], ["which", "likes"]),
    ("en", "my cousin alesja lives in a small town", ["alesja"], ["lives", "small"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), POLISH_L)
def test_polish_spellings(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# Kind: in lower-case Russian, a word pymorphy3 does not know next to any form of a verb of speech is an
# uncertain name (``шмидтке заявил``, ``пояснил тойвонен``); known words there stay.
SPEECH_VERB_FORMS = [
    ("ru", "в прошлом году шмидтке заявил что уедет", ["шмидтке"], ["году", "уедет"]),
    ("ru", "как потом пояснил тойвонен на допросе", ["тойвонен"], ["допросе"]),
    ("ru", "потом следователь подчеркнул что всё законно", [], ["законно"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), SPEECH_VERB_FORMS)
def test_unknown_words_beside_speech_verbs(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# Kind: in lower-case Russian, two neighbouring words that no Russian dictionary knows are mostly a foreign
# name (``сейдзи маэхара``); one unknown word alone, or two known words, stay.
UNKNOWN_PAIRS = [
    ("ru", "на встречу пришёл адвокат тадеуш квятковски из варшавы", ["тадеуш квятковски"], ["встречу"]),
    ("ru", "потом приехала нкечи обаси и всё перевела", ["нкечи обаси"], ["перевела"]),
    ("ru", "мы просто сидели и ждали вечера", [], ["сидели", "ждали", "вечера"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), UNKNOWN_PAIRS)
def test_unknown_word_pairs(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("потым прыйшоў бурак гэта прозвішча такое не смейцеся а бурак сказаў што ведае", "be", "бурак"),
        ("ну а сом это фамилия у него такая сом потом уехал в польшу", "ru", "сом"),
    ],
)
def test_a_word_a_copula_ties_to_a_naming_noun_is_a_name(text: str, lang: str, name: str) -> None:
    spans = detect(text, lang)
    starts = [i for i in range(len(text)) if text.startswith(name + " ", i)]
    assert all(any(s.start <= k and k + len(name) <= s.end and s.label == "PERSON" for s in spans) for k in starts)


def test_an_adjective_before_a_naming_noun_is_no_name() -> None:
    assert not [s for s in detect("смешная это фамилия была у него", "ru") if s.start < len("смешная")]
