"""Foreign given names as Russian and Belarusian speakers write them (``detectors/foreign_given.py``,
``data/given_names_foreign.txt``).

The spelling rules are tested form by form; then invented sentences (Russian, Belarusian and English, as
written and lower-cased) must mask the generated forms with their case endings, and the generated forms that
are common words (``раса``, ``рута``, ``лука``) must stay in ordinary use. No row comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors import foreign_given, givenlex
from tests.pseudonymise.masking import check

SPELLINGS = [
    ("Grześ", "pl", "Гжесь", "Гжэсь"),
    ("Grzesiek", "pl", "Гжесек", "Гжэсек"),
    ("Wojtek", "pl", "Войтек", "Войтэк"),
    ("Małgosia", "pl", "Малгося", "Малгося"),
    ("Maria", "pl", "Мария", "Марыя"),
    ("Karol", "pl", "Кароль", "Кароль"),
    ("Giedrius", "lt", "Гедрюс", "Гедрюс"),
    ("Aistė", "lt", "Айсте", "Айстэ"),
    ("Paulius", "lt", "Паулюс", "Паўлюс"),
    ("Ieva", "lt", "Иева", "Іева"),
    ("Jānis", "lv", "Янис", "Яніс"),
    ("Mārtiņš", "lv", "Мартиньш", "Мартіньш"),
    ("Jiří", "cs", "Иржи", "Іржы"),
    ("Lucie", "cs", "Луция", "Луцыя"),
    ("Giorgi", "ka", "Гиорги", "Гіоргі"),
    ("Vakhtang", "ka", "Вахтанг", "Вахтанг"),
    ("Mykhailo", "uk", "Михайло", "Міхайло"),
    ("Yurii", "uk", "Юрий", "Юрый"),
    ("Tetiana", "uk", "Тетяна", "Тэтяна"),
]


@pytest.mark.parametrize(("latin", "lang", "russian", "belarusian"), SPELLINGS)
def test_spelling_rules(latin: str, lang: str, russian: str, belarusian: str) -> None:
    assert foreign_given.russian_spelling(latin, lang) == russian
    assert foreign_given.belarusian_spellings(latin, lang)[0] == belarusian


def test_polish_names_get_the_akanne_spelling_too() -> None:
    assert "Вайтэк" in foreign_given.belarusian_spellings("Wojtek", "pl")
    assert "Тамаш" in foreign_given.belarusian_spellings("Tomasz", "pl")
    assert foreign_given.belarusian_spellings("Giorgi", "ka") == ["Гіоргі"]  # not Polish: no akanne form


def test_every_line_is_spelt_and_linked() -> None:
    lines = foreign_given.foreign_lines()
    assert len(lines) >= 400
    for line in lines:
        assert any(givenlex.is_cyrillic(f) for f in line), line
    linked = {f for line in givenlex.linked_lines() for f in line}
    assert {"Гжесь", "Гжэсек", "Grzesiek", "Гіоргі", "Айстэ"} <= linked


def test_ascii_form() -> None:
    assert foreign_given.ascii_form("Małgośka") == "Malgoska"
    assert foreign_given.ascii_form("Žilvinas") == "Zilvinas"


# A foreign name alone, with a case ending, as a Belarusian in exile says it.
NAME_ROWS = [
    ("ru", "Потом Гжесь сказал, что документы готовы.", ["Гжесь"]),
    ("ru", "Мы с Гедрюсом снимали квартиру на двоих.", ["Гедрюсом"]),
    ("ru", "Я отдала ключи Айсте, она живёт рядом.", ["Айсте"]),
    ("ru", "Вчера звонил Вахтанг, спрашивал про суд.", ["Вахтанг"]),
    ("be", "Потым Гжэсек сказаў, што дакументы гатовыя.", ["Гжэсек"]),
    ("be", "Мы з Вайтэкам працавалі на адной будоўлі.", ["Вайтэкам"]),
    ("be", "Я аддала ключы Іеве, яна жыве побач.", ["Іеве"]),
    ("be", "Нам дапамагала Тэтяна з Кіева.", ["Тэтяна"]),
    ("en", "Later Grzesiek drove us to the office in Gdańsk.", ["Grzesiek"]),
    ("en", "My landlady Gintarė speaks no Russian at all.", ["Gintarė"]),
]


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize(("lang", "text", "surfaces"), NAME_ROWS)
def test_generated_forms_are_masked(lang: str, text: str, surfaces: list[str], lower: bool) -> None:
    if lower:
        text, surfaces = text.lower(), [s.lower() for s in surfaces]
    check(lang, text, surfaces, [])


# Generated forms that are common words enter as decoys: they stay in ordinary use, lower case or not.
COMMON_ROWS = [
    ("ru", "Вопрос не в том, какая раса у человека.", ["раса"]),
    ("ru", "в саду росла рута и немного мяты", ["рута"]),
    ("ru", "Он взял два лука и стрелы.", ["лука"]),
    ("be", "Гэта была ліга чэмпіёнаў, і ўсе глядзелі.", ["ліга"]),
    ("ru", "у нас дата суда уже назначена", ["дата"]),
    ("en", "the data was stored on a laptop", ["data"]),
]


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize(("lang", "text", "stay"), COMMON_ROWS)
def test_common_words_stay(lang: str, text: str, stay: list[str], lower: bool) -> None:
    check(lang, text.lower() if lower else text, [], stay)


def test_short_forms_do_not_reach_adjectives() -> None:
    # Тамар and its pet form Тако share a line; ``такое`` must not read as Тако's case form.
    check("be", "Потым прыйшла Тамара. Прозвішча такое, што ўсе смяяліся.", ["Тамара"], ["такое"])
    check("ru", "потом пришла тамуна и сказала такое что все замолчали", ["тамуна"], ["такое"])


def test_decoy_with_a_capital_inside_a_sentence_is_masked() -> None:
    check("ru", "Комнату мне сдала Раса, она из Каунаса.", ["Раса"], [])
    check("ru", "я снимаю комнату у руты крегждене на окраине", ["руты", "крегждене"], [])


# A nationality noun after a foreign name is apposition, no surname (``айсте литовка``, ``гінтарэ літоўка``).
NATION_ROWS = [
    ("ru", "Там у него была подруга Айсте, литовка, очень добрая.", ["Айсте"], ["литовка"]),
    ("ru", "А в команде у нас грузинка Тамуна Чхеидзе, она тимлид.", ["Тамуна", "Чхеидзе"], ["грузинка"]),
    ("be", "Яшчэ была літоўка Расытэ, яна нам перакладала.", ["Расытэ"], ["літоўка"]),
]


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), NATION_ROWS)
def test_nationality_noun_is_no_surname(
    lang: str, text: str, surfaces: list[str], stay: list[str], lower: bool
) -> None:
    if lower:
        text, surfaces = text.lower(), [s.lower() for s in surfaces]
    check(lang, text, surfaces, stay)
