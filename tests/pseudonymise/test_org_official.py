"""Organisations named by an official description, second pass.

* In lower-case English, a body with a long official tail: ``of``/``for`` and the words of its remit, ending
  in a place (``the international commission for the protection of journalists in poland``), a court with
  an ``of`` country (``the supreme administrative court of latvia``), and a body titled by two relational
  adjectives with its remit (``the republican scientific and practical centre for child oncology``)
  (``en_institutions.of_tails``);
* a district's or a town's executive committee named by its clipped compound alone, in the singular, that
  acts or employs (``з гарвыканкама патэлефанавалі``, ``вызвали в облисполком``): the town's one committee,
  not the building a picket stands by (``ля гарвыканкама``) nor a title's complement (``старшыня
  райвыканкама``);
* a confederation of a trade (``с международной конфедерацией журналистов``) and an academy of sciences in
  Belarusian (``у акадэміі навук``).

Decoys of the same shapes stay open: an indefinite centre (``a centre for refugees in vilnius``), a school in
a town, the committees of every district in the plural, a bare ``выканкам``. Every row is invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import check

MASKED = [
    (
        "en",
        "she wrote to the international commission for the protection of journalists in poland last year",
        "international commission for the protection of journalists in poland",
    ),
    (
        "en",
        "the case went to the supreme administrative court of latvia in the end",
        "supreme administrative court of latvia",
    ),
    (
        "en",
        "she was treated at the republican scientific and practical centre for child oncology in may",
        "republican scientific and practical centre for child oncology",
    ),
    ("en", "he works at the national medical centre for cardiology now", "national medical centre for cardiology"),
    (
        "en",
        "we asked the european centre for the study of exile in lithuania for help",
        "european centre for the study of exile in lithuania",
    ),
    ("en", "my lawyer filed it with the constitutional court of moldova on friday", "constitutional court of moldova"),
    ("be", "Потым з гарвыканкама патэлефанавалі і сказалі прыйсці.", "гарвыканкама"),
    ("be", "яго выклікалі ў райвыканкам на размову", "райвыканкам"),
    ("ru", "Его вызвали в облисполком и долго там держали.", "облисполком"),
    ("ru", "мы переписываемся с международной конфедерацией журналистов", "международной конфедерацией журналистов"),
    ("ru", "Она писала жалобы в Европейскую конфедерацию профсоюзов.", "Европейскую конфедерацию профсоюзов"),
    ("be", "бацька трыццаць гадоў працаваў у акадэміі навук", "акадэміі навук"),
    ("be", "яна пайшла ў акадэмію мастацтваў пасля школы", "акадэмію мастацтваў"),
]


@pytest.mark.parametrize(("lang", "text", "name"), MASKED)
def test_an_official_description_is_masked_whole(lang: str, text: str, name: str) -> None:
    check(lang, text, [name], [])


STAYS = [
    ("en", "they opened a centre for refugees in vilnius last spring", ["centre", "refugees"]),
    ("en", "he studied at a big university and then at the local school in minsk", ["university", "school", "local"]),
    ("en", "the court of appeal said nothing new", ["court", "appeal"]),
    ("en", "we walked in the centre of minsk all day", ["centre"]),
    ("en", "the foundation of the city of hrodna was long ago", ["foundation"]),
    ("en", "it was the big and friendly centre for kids near us", ["centre", "kids", "friendly"]),
    ("en", "there is a national medical centre for cardiology in every country", ["centre", "cardiology"]),
    ("be", "усе райвыканкамы атрымалі загад", ["райвыканкамы"]),
    ("be", "ва ўсіх райвыканкамах пра гэта ведалі", ["райвыканкамах"]),
    ("be", "выканкам нічога не вырашае, казаў ён", ["выканкам"]),
    ("be", "быў невялікі пікет ля гарвыканкама ўвечары", ["гарвыканкама"]),
    ("be", "старшыня райвыканкама прыехаў на завод", ["райвыканкама"]),
    ("ru", "это была какая-то конфедерация, я не помню", ["конфедерация"]),
]


@pytest.mark.parametrize(("lang", "text", "stay"), STAYS)
def test_a_generic_description_stays(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)


PARISHES = [
    ("be", "я спявала ў хоры пры парафіі нараджэння святога юрыя ў гродне", "парафіі нараджэння святога юрыя"),
    ("ru", "мама ходила в приходе успения святой анны каждое воскресенье", "приходе успения святой анны"),
]


@pytest.mark.parametrize(("lang", "text", "name"), PARISHES)
def test_a_parish_dedicated_to_a_feast_is_masked_whole(lang: str, text: str, name: str) -> None:
    check(lang, text, [name], [])


def test_a_parish_without_a_saint_word_stays() -> None:
    check("be", "у парафіі нядзельнага набажэнства не было", [], ["нядзельнага", "набажэнства"])


EXILE = [
    (
        "be",
        "Цяпер я ў Асацыяцыі беларускіх журналістаў у выгнанні, пішу артыкулы.",
        "Асацыяцыі беларускіх журналістаў у выгнанні",
    ),
    ("be", "цяпер я ў асацыяцыі беларускіх мастакоў у выгнанні пішу", "асацыяцыі беларускіх мастакоў у выгнанні"),
    ("ru", "Он вступил в Союз белорусских писателей в эмиграции.", "Союз белорусских писателей в эмиграции"),
    ("en", "she joined the lithuanian union of writers in exile last year", "lithuanian union of writers in exile"),
]


@pytest.mark.parametrize(("lang", "text", "name"), EXILE)
def test_an_organisation_in_exile_is_masked_with_its_qualifier(lang: str, text: str, name: str) -> None:
    check(lang, text, [name], [], whole=True)


def test_a_place_of_work_in_emigration_leaves_the_qualifier() -> None:
    check("be", "Я працаваў у Белсаце ў эміграцыі два гады.", ["Белсаце"], ["эміграцыі"])


def test_a_capitalised_dedication_takes_its_parish() -> None:
    text = "Дзесяць гадоў я спявала ў парафіі святога Юрыя Барысевіча ў Лідзе."
    check("be", text, ["парафіі святога Юрыя Барысевіча"], [])


def test_a_belarusian_fund_of_help_takes_its_dative_adjective() -> None:
    text = "Грошы перадалі праз Фонд дапамогі пацярпелым «Светлая хата». Дзякуй ім."
    check("be", text, ["Фонд дапамогі пацярпелым «Светлая хата»"], ["Дзякуй"])


# Lower-case English speech: a group noun, a dropped comma (two blanks), and the group's name of a noun, a
# preposition and a place, closed by another dropped comma.
GROUPS = [
    ("we have a small group  friends of hrodna  we send parcels every month", "friends of hrodna"),
    ("there is a network  lithuanians in warsaw  they help us with papers", "lithuanians in warsaw"),
    ("she runs an initiative  parcels to brest  since twenty twenty", "parcels to brest"),
]


@pytest.mark.parametrize(("text", "name"), GROUPS)
def test_a_lower_case_group_name_in_apposition_is_masked(text: str, name: str) -> None:
    check("en", text, [name], [], whole=True)


GROUP_DECOYS = [
    ("we have a small group  mostly from minsk  we meet on sundays", ["mostly", "from"]),
    ("we have a group chat with people in minsk and that is all", ["people", "chat"]),
    ("it was a big group  people from brest and people from pinsk", ["people"]),
]


@pytest.mark.parametrize(("text", "stay"), GROUP_DECOYS)
def test_a_group_described_after_a_pause_stays(text: str, stay: list[str]) -> None:
    check("en", text, [], stay)


def test_an_of_tail_ends_at_its_own_place() -> None:
    text = "she danced at the opera theatre of belarus in minsk"
    orgs = [s.text for s in detect(text, "en") if s.label == "ORGANISATION"]
    assert orgs == ["opera theatre of belarus"]
