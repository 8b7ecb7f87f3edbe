"""Place names: the Belarus gazetteer, inflection in both Cyrillic languages, the ``ctx`` flag and
place phrases (invented sentences)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.gazetteer import entity_gazetteer, read_list
from intake.pseudonymise.detectors.stemming import alternations, place_stems
from intake.pseudonymise.detectors.tokens import fold

PLACE_FILES = ("places.tsv", "belarus.tsv", "world.tsv")
FLAGS = {"cs", "ctx", "ft", "border"}  # ``border``: a crossing that is a common word (``кузница``)


def places(text: str, language: str) -> list[str]:
    return [s.text for s in detect(text, language) if s.label in ("LOCATION", "DETENTION")]


@pytest.mark.parametrize("name", PLACE_FILES)
def test_every_data_line_parses(name: str) -> None:
    rows = read_list(name)
    assert len(rows) > 50
    for forms, flags in rows:
        assert forms and set(flags) <= FLAGS, (forms, flags)
        assert all(f == f.strip() and "\t" not in f and fold(f) for f in forms), forms


def test_belarus_covers_towns_in_three_scripts() -> None:
    gaz = entity_gazetteer()
    for form in ("Маладзечна", "Молодечно", "Maladziečna", "Maladzyechna", "Гродзеншчына", "Нёман", "Уручча"):
        assert any(e.label == "LOCATION" for e in gaz.lookup_first(fold(form))), form


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Сястра цяпер жыве ў Маладзечне, а раней у Пастаўах.", "be", ["Маладзечне", "Пастаўах"]),
        ("Бацькі прыехалі з Баранавіч на выхадныя.", "be", ["Баранавіч"]),
        ("Дача у них была под Кобрином, а работа в Лепеле.", "ru", ["Кобрином", "Лепеле"]),
        ("My cousin moved from Baranavichy to Maladzyechna last spring.", "en", ["Baranavichy", "Maladzyechna"]),
        ("потом мы переехали в молодечно к тёте", "ru", ["молодечно"]),
        ("яна вярнулася з карэліч у чэрвені", "be", ["карэліч"]),
    ],
)
def test_towns_in_context(text: str, language: str, expected: list[str]) -> None:
    assert places(text, language) == expected


def test_belarusian_consonant_alternations() -> None:
    # ў/в (Крычаў -> у Крычаве), the locative (Рыга -> у Рызе, Вілейка -> у Вілейцы), fleeting vowels.
    assert dict(alternations("кракау"))["кракав"] >= {"е", "а"}
    assert dict(alternations("рига"))["риз"] == {"е"}
    assert dict(alternations("вилейка"))["вилейц"] == {"е", "ы"}
    assert "каменц" in dict(alternations("каменец"))
    text = "Дзядзька працаваў у Крычаве, потым у Рызе і ў Вілейцы, а вучыўся ў Навагрудку."
    assert places(text, "be") == ["Крычаве", "Рызе", "Вілейцы", "Навагрудку"]
    assert places("Родом он из Каменца, а жена из Лунинца.", "ru") == ["Каменца", "Лунинца"]
    # Consonant stems: у Брэсце, у Слаўгарадзе; genitive plural -аў: з Хойнікаў.
    assert places("яна нарадзілася ў брэсце, а бацька з хойнікаў", "be") == ["брэсце", "хойнікаў"]
    assert places("Жылі ў Слаўгарадзе.", "be") == ["Слаўгарадзе"]


def test_russian_soft_and_hushing_endings() -> None:
    # -ью after a soft sign, -ей after a hushing consonant, soft neuter -ья/-ьем.
    text = "Он работал над Любанью и над Речицей, а отдыхал у Полесья, за Краснопольем."
    assert places(text, "ru") == ["Любанью", "Речицей", "Полесья", "Краснопольем"]


def test_final_belarusian_u_is_a_consonant() -> None:
    # Шклоў/Клічаў have no stem шкло/кліча: the Belarusian verb кліча and the noun шкло are not places.
    assert place_stems("шклоу") == {"шклоу"}
    assert places("ён кліча суседа, бо шкло разбілася", "be") == []
    assert places("Ён нарадзіўся ў Клічаве.", "be") == ["Клічаве"]


def test_ctx_places_need_a_cue_in_lower_case() -> None:
    # Мосты, Столбцы are also common words: in lower case only after a place cue.
    assert places("там через реку мосты разводят, а корма лодки в воде", "ru") == []
    assert places("у чэрвені мы хадзілі праз масты", "be") == []
    assert places("летом ездили в мосты, а зимой в столбцы", "ru") == ["мосты", "столбцы"]
    assert places("Потом семья жила под Мостами.", "ru") == ["Мостами"]


def test_neuter_place_adjectives_keep_their_gender() -> None:
    assert places("он водитель из глубокого", "ru") == ["глубокого"]
    assert places("это было в глубокой древности", "ru") == []


def test_place_names_keep_number_and_gender() -> None:
    gaz = entity_gazetteer()

    def place(word: str) -> bool:
        return any(e.label == "LOCATION" for e in gaz.lookup_first(fold(word)) if e.word_matches(0, fold(word)))

    # Plural names take plural endings only; no adjective stem in a noun; indeclinable -у.
    assert place("Мостах") and place("Мостов") and not place("моста") and not place("мост")
    assert place("Слониме") and not place("слоном")
    assert place("Баку") and not place("баков")
    # Feminine and masculine adjective names keep their gender.
    assert place("Пушкинской") and not place("Пушкинскому")
    assert place("Красносельском") and not place("Красносельская")
    assert places("дошли до моста, там мост через реку", "ru") == []


def test_capitalised_adjective_joins_a_place_head() -> None:
    assert places("Встреча прошла в Белом доме во вторник.", "ru") == ["Белом доме"]
    assert places("Команду из Минска встретили, и Южную Америку тоже.", "ru") == ["Минска", "Южную Америку"]
    assert places("У нас в Лиде дом стоит пустой.", "ru") == ["Лиде"]


def test_descriptor_takes_a_place_adjective_before_it() -> None:
    # ``extend.py``: a place adjective before the descriptor noun belongs to the phrase; a generic one does not.
    text = "Брат снимал комнату в норвежском городке Хамарвик, а потом в порту Кандалакша."
    assert places(text, "ru") == ["норвежском городке Хамарвик", "порту Кандалакша"]
    assert places("Её держали в новом районе Хамарвик.", "ru") == ["районе Хамарвик"]
