"""The given-name inventory (``given_names_extra.txt``, ``given_names_world.txt``, ``detectors/givenlex.py``).

Invented full names (listed given names x invented surnames x grammatical cases x Russian, Belarusian and
English carrier sentences, as written and lower-cased) must be masked at every mention; names that are also
common words (``8 марта``, ``але``, ``ліга``) and common words that share a short name's case forms
(``якой``, ``далі``) must stay. No row comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors import givenlex, namelex
from tests.pseudonymise.masking import check

# Given names of the new inventory: (Russian nom, gen, dat, ins), (Belarusian nom, gen, dat, ins), gender.
GIVEN = [
    (("Мажена", "Мажены", "Мажене", "Маженой"), ("Мажэна", "Мажэны", "Мажэне", "Мажэнай"), "f"),
    (("Ирена", "Ирены", "Ирене", "Иреной"), ("Ірэна", "Ірэны", "Ірэне", "Ірэнай"), "f"),
    (("Тамуна", "Тамуны", "Тамуне", "Тамуной"), ("Тамуна", "Тамуны", "Тамуне", "Тамунай"), "f"),
    (("Гульнара", "Гульнары", "Гульнаре", "Гульнарой"), ("Гульнара", "Гульнары", "Гульнары", "Гульнарай"), "f"),
    (("Гаяне", "Гаяне", "Гаяне", "Гаяне"), ("Гаяне", "Гаяне", "Гаяне", "Гаяне"), "f"),
    (("Гжегож", "Гжегожа", "Гжегожу", "Гжегожем"), ("Гжэгаж", "Гжэгажа", "Гжэгажу", "Гжэгажам"), "m"),
    (("Збигнев", "Збигнева", "Збигневу", "Збигневом"), ("Збігнеў", "Збігнева", "Збігневу", "Збігневам"), "m"),
    (("Витаутас", "Витаутаса", "Витаутасу", "Витаутасом"), ("Вітаўтас", "Вітаўтаса", "Вітаўтасу", "Вітаўтасам"), "m"),
    (("Ашот", "Ашота", "Ашоту", "Ашотом"), ("Ашот", "Ашота", "Ашоту", "Ашотам"), "m"),
    (("Кшиштоф", "Кшиштофа", "Кшиштофу", "Кшиштофом"), ("Кшыштаф", "Кшыштафа", "Кшыштафу", "Кшыштафам"), "m"),
    (("Ильдар", "Ильдара", "Ильдару", "Ильдаром"), ("Ільдар", "Ільдара", "Ільдару", "Ільдарам"), "m"),
    (("Трофим", "Трофима", "Трофиму", "Трофимом"), ("Трахім", "Трахіма", "Трахіму", "Трахімам"), "m"),
]
# Invented surnames: (Russian nom, gen, dat, ins), (Belarusian ...), by gender.
SURNAMES = {
    "m": [
        (("Ставицкий", "Ставицкого", "Ставицкому", "Ставицким"), ("Ставіцкі", "Ставіцкага", "Ставіцкаму", "Ставіцкім")),
        (
            ("Кравцевич", "Кравцевича", "Кравцевичу", "Кравцевичем"),
            ("Краўцэвіч", "Краўцэвіча", "Краўцэвічу", "Краўцэвічам"),
        ),
    ],
    "f": [
        (("Ставицкая", "Ставицкой", "Ставицкой", "Ставицкой"), ("Ставіцкая", "Ставіцкай", "Ставіцкай", "Ставіцкай")),
        (("Кравцевич",) * 4, ("Краўцэвіч",) * 4),
    ],
}
CARRIERS = {
    "ru": (
        "Потом {} говорит, что суд уже назначен.",
        "У {} был свой адвокат из Вильнюса.",
        "Я тогда написала {} длинное письмо.",
        "Мы долго говорили с {} по телефону.",
    ),
    "be": (
        "Потым {} кажа, што суд ужо прызначылі.",
        "У {} быў свой адвакат з Вільні.",
        "Я тады напісала {} доўгі ліст.",
        "Мы доўга размаўлялі з {} па тэлефоне.",
    ),
}


def _rows() -> list[tuple[str, str, list[str]]]:
    rows = []
    for ru_given, be_given, gender in GIVEN:
        for ru_surname, be_surname in SURNAMES[gender]:
            for lang, given, surname in (("ru", ru_given, ru_surname), ("be", be_given, be_surname)):
                for case, carrier in enumerate(CARRIERS[lang]):
                    rows.append((lang, carrier.format(f"{given[case]} {surname[case]}"), [given[case], surname[case]]))
    return rows


ROWS = _rows()


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize(("lang", "text", "surfaces"), ROWS)
def test_invented_full_names_are_masked(lang: str, text: str, surfaces: list[str], lower: bool) -> None:
    if lower:
        text, surfaces = text.lower(), [s.lower() for s in surfaces]
    check(lang, text, surfaces, [])


EN_ROWS = [
    ("Marzena Stawicka said the hearing was closed to the press.", ["Marzena", "Stawicka"]),
    ("We wrote to Grzegorz Kravtsevich twice before he answered.", ["Grzegorz", "Kravtsevich"]),
    ("Later Vytautas Stavitskis drove them to the border.", ["Vytautas", "Stavitskis"]),
    ("Her lawyer, Tamuna Zhgenti, filed the appeal.", ["Tamuna", "Zhgenti"]),
    ("Then Gintaras Pilkauskas met us in the hostel.", ["Gintaras", "Pilkauskas"]),
]


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
@pytest.mark.parametrize(("text", "surfaces"), EN_ROWS)
def test_invented_full_names_in_english(text: str, surfaces: list[str], lower: bool) -> None:
    if lower:
        text, surfaces = text.lower(), [s.lower() for s in surfaces]
    check("en", text, surfaces, [])


# A given name alone, lower-cased, in Belarusian speech: pet forms and the Belarusian spellings.
ALONE_ROWS = [
    ("be", "а цімошка ўвесь час пытаўся калі тата вернецца", ["цімошка"]),
    ("be", "малы ясік піша яму лісты кожны тыдзень", ["ясік"]),
    ("be", "пасылку сабрала ірэна а перадала яе ўжо марыля", ["ірэна"]),
    ("ru", "передачу собрала мажена а отвезла её гражина", ["мажена", "гражина"]),
    ("ru", "адвокат у него был армен он из еревана", ["армен"]),
    # The Belarusian dative with its consonant alternation (-та -> -це, -га -> -зе, -ка -> -цы).
    ("be", "я напісала малгажаце ліст пра суд", ["малгажаце"]),
    ("be", "мы аддалі ядвізе ключы ад кватэры", ["ядвізе"]),
    ("be", "перадай мажэнцы што ўсё добра", ["мажэнцы"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), ALONE_ROWS)
def test_listed_given_name_alone_in_lower_case(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])


# Names that are common words, and common words sharing a short name's case forms, stay unmasked.
DECOY_ROWS = [
    ("ru", "в начале марта нам разрешили передать цветы", ["марта"]),
    ("be", "я хацела напісаць але не было паперы", ["але"]),
    ("be", "у якой камеры ён сядзеў і якую кнігу чытаў", ["якой", "якую"]),
    ("be", "далі яму тры гады а потым далі яшчэ адзін", ["далі"]),
    ("ru", "нам дали грант и мы давит на них не стали", ["дали", "грант"]),
    ("be", "ён глядзеў футбол ліга чэмпіёнаў і ўсё", ["ліга"]),
    ("ru", "раса тут ни при чём, это просто нора в земле", ["раса", "нора"]),
    ("be", "як той кароль у казцы, ён верыў што вяра дапаможа", ["кароль", "вяра"]),
    ("en", "the nail was stuck in the door", ["nail"]),
]


@pytest.mark.parametrize(("lang", "text", "stay"), DECOY_ROWS)
def test_common_words_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


def test_decoy_name_with_a_surname_is_masked() -> None:
    check("ru", "а вот марта ставицкая согласилась дать показания", ["марта", "ставицкая"], [])
    check("be", "потым ала краўцэвіч прынесла перадачу", ["ала", "краўцэвіч"], [])


def test_inventory_check_keeps_short_forms_apart_from_common_words() -> None:
    forms = {f.lower() for f in givenlex.given_lexicon_forms()}
    assert {"мажена", "гжэгаж", "ашот", "ясік", "цімошка", "вітаўтас"} <= forms
    assert "якім" not in forms and "даля" not in forms  # якой, якую; далі
    assert "марта" in namelex.decoys() and "марта" in forms  # a decoy: it needs a name part beside it
    linked = {f for line in givenlex.linked_lines() for f in line}
    assert "Якім" not in linked and "Nail" not in linked and "Marzena" in linked


def test_world_file_lines_hold_cyrillic_and_latin_forms() -> None:
    latin = set(givenlex.latin_forms())
    assert {"Marzena", "Grzegorz", "Vytautas", "Tamuna"} <= latin
    assert len(givenlex.given_lines()) >= 240 + 400
