"""Round 19b quasi-identifiers: an article number's part after a comma or a slash word, a bare article joined to
a suffixed one, an ordinal before a facility code, a slang colony placed in a town, an English facility ordinal
before a kin noun, an age restated in words. Rows invented; each group fails without its rule, the decoys stay
unmasked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _covered(lang: str, text: str, part: str, label: str) -> bool:
    start = text.index(part)
    spans = [s for s in detect(text, lang) if s.label == label]
    return all(any(s.start <= p < s.end for s in spans) for p in range(start, start + len(part)) if text[p].isalnum())


def _touched(lang: str, text: str, part: str, label: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(s.label == label and s.start < end and start < s.end for s in detect(text, lang))


ARTICLE_PARTS = [
    ("ru", "Обвинили по статье триста сорок два, один, за марш в августе.", "триста сорок два, один"),
    ("ru", "Ему вменяли двести девяносто три дробь два, это массовые беспорядки.", "двести девяносто три дробь два"),
    ("be", "Яму ўменілі трыста шэсцьдзесят адзін дроб тры, фінансаванне.", "трыста шэсцьдзесят адзін дроб тры"),
    ("en", "He got article three-forty-two dash one, the protest one.", "three-forty-two dash one"),
    ("en", "They charged her under article three sixty-one slash four, the financing.", "three sixty-one slash four"),
    ("ru", "Ей вменяли триста шестьдесят девять, оскорбление, и всё.", "триста шестьдесят девять"),
]


@pytest.mark.parametrize(("lang", "text", "part"), ARTICLE_PARTS)
def test_article_part_after_comma_or_slash_word(lang: str, text: str, part: str) -> None:
    assert _covered(lang, text, part, "AGE_OR_SENTENCE")


ARTICLE_PART_DECOYS = [
    ("ru", "Статья триста сорок два, два года колонии.", "два года"),  # a term, not a part (its own span)
    ("en", "Under article three forty-two, two of us were fined.", "two of us"),
]


@pytest.mark.parametrize(("lang", "text", "part"), ARTICLE_PART_DECOYS)
def test_comma_number_that_counts_is_no_part(lang: str, text: str, part: str) -> None:
    start = text.index(part)
    assert not any(s.start < start < s.end for s in detect(text, lang))


JOINED = [
    ("en", "They wrote it all up. So, 293 and 342-1, and a fine on top.", "293"),
    ("ru", "В итоге 130 и 361-1, восемь лет.", "130"),
    ("be", "Потым яшчэ 369 і 368-2 дадалі.", "369"),
]


@pytest.mark.parametrize(("lang", "text", "part"), JOINED)
def test_bare_number_joined_to_suffixed_article(lang: str, text: str, part: str) -> None:
    assert _covered(lang, text, part, "AGE_OR_SENTENCE")


def test_joined_count_stays_unmasked() -> None:
    text = "We bought 200 and 300 more sheets."
    assert not _touched("en", text, "200", "AGE_OR_SENTENCE")


CODED_ORDINALS = [
    ("ru", "Сначала его держали в ИВС, а потом во втором СИЗО до суда.", "втором СИЗО"),
    ("ru", "мать возила передачи в третий сизо каждую неделю", "третий сизо"),
    ("be", "Яго перавялі ў пятую ІК, там цяжэй.", "пятую ІК"),
    ("be", "ён сядзеў у трэцім сіза амаль год", "трэцім сіза"),
]


@pytest.mark.parametrize(("lang", "text", "part"), CODED_ORDINALS)
def test_ordinal_before_facility_code(lang: str, text: str, part: str) -> None:
    assert _covered(lang, text, part, "DETENTION")


def test_ordinal_before_ordinary_noun_stays_unmasked() -> None:
    text = "Во втором классе он учился в другой школе."
    assert not _touched("ru", text, "втором", "DETENTION")


SLANG_IN_TOWN = [
    ("be", "брата забралі, зараз ён на сямёрцы у гомелі, піша лісты", "сямёрцы"),
    ("ru", "сейчас он на пятёрке в ивацевичах, пишет редко", "пятёрке"),
]


@pytest.mark.parametrize(("lang", "text", "part"), SLANG_IN_TOWN)
def test_slang_number_placed_in_a_town(lang: str, text: str, part: str) -> None:
    assert _covered(lang, text, part, "DETENTION")


def test_bus_number_into_town_stays_unmasked() -> None:
    text = "мы ехалі на сямёрцы у горад, а потым пешшу"
    assert not _touched("be", text, "сямёрцы", "DETENTION")


KIN_AFTER_ORDINAL = [
    ("en", "when my cousin was in the ninth mum wrote to him every week", "ninth"),
    ("en", "while dima was held in the seventh dad sold the car", "seventh"),
]


@pytest.mark.parametrize(("lang", "text", "part"), KIN_AFTER_ORDINAL)
def test_ordinal_before_kin_noun_opens_next_clause(lang: str, text: str, part: str) -> None:
    assert _covered(lang, text, part, "DETENTION")


def test_ordinal_grade_stays_unmasked() -> None:
    text = "when my cousin was in the ninth grade he played chess"
    assert not _touched("en", text, "ninth", "DETENTION")



RESTATED_AGES = [
    ("be", "колькі гадоў вашаму бацьку? рэспандэнт: бацьку 72 ну семдзесят два а жыве ён адзін", "семдзесят два"),
    ("ru", "маме 64, ну, шестьдесят четыре, она на пенсии", "шестьдесят четыре"),
    ("en", "my father is 81 um eighty-one and still drives", "eighty-one"),
]


@pytest.mark.parametrize(("lang", "text", "part"), RESTATED_AGES)
def test_age_restated_in_words(lang: str, text: str, part: str) -> None:
    assert _covered(lang, text, part, "AGE_OR_SENTENCE")


def test_different_number_after_age_stays_unmasked() -> None:
    text = "маме 64, ну, три кошки у неё дома"
    assert not _touched("ru", text, "три", "AGE_OR_SENTENCE")


ORDINAL_ECHOES = [
    ("en", "He is in penal colony number nine, the ninth as people call it. My aunt always says the ninth and "
           "nothing more.", "ninth and"),
    ("en", "they moved him to the fifteenth, that's the colony near Mahilyow. Parcels to the fifteenth are slow, "
           "mum says we all just say the fifteenth now.", "fifteenth now"),
]


@pytest.mark.parametrize(("lang", "text", "part"), ORDINAL_ECHOES)
def test_facility_ordinal_said_again(lang: str, text: str, part: str) -> None:
    start = text.index(part)
    word = part.split()[0]
    spans = [s for s in detect(text, lang) if s.label == "DETENTION"]
    assert any(s.start <= start < s.end and s.end >= start + len(word) for s in spans)


def test_ordinal_with_noun_after_stays_unmasked() -> None:
    text = "He is in penal colony number nine, the ninth as people call it. It was the ninth time they searched us."
    start = text.index("ninth time")
    assert not any(s.start <= start < s.end for s in detect(text, "en") if s.label == "DETENTION")


WORDED_HANDLES = [
    ("en", "find me on telegram, at sign silver fox twenty one, I answer", "at sign silver fox twenty one"),
    ("en", "her new one is at sign night owl seven and she posts daily", "at sign night owl seven"),
    ("en", "message at sign lynx ninety nine if you need parcels", "at sign lynx ninety nine"),
]


@pytest.mark.parametrize(("lang", "text", "part"), WORDED_HANDLES)
def test_at_sign_handle_ending_in_number_words(lang: str, text: str, part: str) -> None:
    assert _covered(lang, text, part, "HANDLE")


def test_at_sign_handle_before_ordinary_words_stays_short() -> None:
    text = "write to at sign kira and twenty others will see it"
    assert not _touched("en", text, "twenty", "HANDLE")
