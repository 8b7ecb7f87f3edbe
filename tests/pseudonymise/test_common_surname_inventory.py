"""The common-word surname inventory test (``common_surname_inventory.py``): surnames that are ordinary nouns and
adjectives (``Соболь``, ``Шчука``, ``Белы``) beside a given name, in three orders and every case a frame asks
for, cased and lower-cased like speech recognition; and the Belarusian given-name anchor that agrees with them.

Cased text is all masked (the capital shows the surname). In lower case the misses that remain are bounded: a
surname before a given name without a patronymic (an attribute or apposition looks the same: ``маленький
саша``, ``кот васька``), a very common adjective (``тихий``, ``добрая``: a description as often), a given name
that is also a common word (``злата``, ``мирра``), a Belarusian form the lexicon does not list, and words
that are interjections or adverbs as well (``блин``). No row comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.common_surname_inventory import entries, rows
from tests.pseudonymise.masking import check, covered

# Of 12,816 rendered rows: 2,296 missed before the Belarusian given-name endings anchored the noun surname
# (none cased), 2,214 after (2,218 at the start of round 16), 2,201 with a woman's oblique adjective
# surname, 2,176 with the gender of a Belarusian name form from its listed name and Belarusian nouns read in Russian,
# 1,058 with a noun or adjective surname right before the given name (``surname_first``: the same oblique
# case, a woman's undeclined surname).
MAX_MISSED_ROWS = 1_058
MAX_MISSED_CASED = 0


def test_common_word_surnames_beside_a_given_name_are_mostly_masked() -> None:
    missed = [(cls, text) for cls, lang, text, surface in rows() if not covered(detect(text, lang), text, surface)]
    assert len(entries()) >= 80
    assert sum("/cased/" in cls for cls, _ in missed) <= MAX_MISSED_CASED, missed[:20]
    assert len(missed) <= MAX_MISSED_ROWS, missed[:50]


# A Belarusian form of a listed given name that no dictionary declines anchors the surname by its ending: the
# genitive ``-а``/``-я`` of a man's name (also a woman's nominative), the dative ``-у``, the instrumental ``-ам``,
# a woman's oblique ``-ы``/``-і``/``-е`` (with her undeclined surname).
ANCHOR_ROWS = [
    ("be", "мы шмат чулі пра кірыла голуба тады", ["голуба"]),
    ("be", "потым аляксандра лося затрымалі каля дома", ["лося"]),
    ("ru", "у софии бобёр дома нашли листовки", ["бобёр"]),
    ("be", "у дзмітрыя сома дома быў ператрус", ["сома"]),
    ("be", "перадачы адвозілі яўгену серпу у калонію", ["серпу"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), ANCHOR_ROWS)
def test_belarusian_given_name_endings_anchor_a_common_word_surname(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])


# A woman's adjective surname in an oblique case after her given name (``кудрявой``); in the nominative an
# adjective after a woman's name is read as a predicate (``маша весёлая``) and stays.
FEMININE_ADJECTIVE_ROWS = [
    ("ru", "мы встречались с ульяной строгой в минске", ["строгой"], []),
    ("ru", "задержали алину весёлую утром", ["весёлую"], []),
    ("be", "ліст даслалі ўльяне добрай у калонію", ["добрай"], []),
    ("ru", "маша весёлая пришла домой", [], ["весёлая"]),
    ("ru", "таня красивая была", [], ["красивая"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), FEMININE_ADJECTIVE_ROWS)
def test_a_feminine_adjective_surname_in_an_oblique_case_is_masked(lang: str, text: str, surfaces: list[str],
                                                                   stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# A woman's name the dictionaries do not gender (``марыю``, ``наталлю``: Belarusian forms) is a woman's by the
# listed name it declines from (Марыя, Наталля), so her undeclined surname may follow; a Belarusian noun whose
# Russian reading is a noun (``куніцу`` -> куницу) fills the slot though its own spelling looks like a verb.
# A common noun or time word after such a name stays.
BELARUSIAN_FORM_ROWS = [
    ("be", "суд пакінуў марыю гарох пад вартай", ["гарох"], []),
    ("be", "адвакат наведаў наталлю дзяцел у турме", ["дзяцел"], []),
    ("be", "пра мікіту куніцу пісалі ў газеце", ["куніцу"], []),
    ("be", "суд асудзіў ілью лісіцу на тры гады", ["лісіцу"], []),
    ("be", "перадалі вользе кніжку", [], ["кніжку"]),
    ("be", "бачылі вікторыю ўчора", [], ["ўчора"]),
    ("be", "сустрэлі марыю маці", [], ["маці"]),
    ("be", "адвезлі карыне пасылку", [], ["пасылку"]),
    ("ru", "сергей брат мой", [], ["брат"]),
    ("ru", "отдали вере книгу", [], ["книгу"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), BELARUSIAN_FORM_ROWS)
def test_a_belarusian_name_form_anchors_by_its_listed_name(lang: str, text: str, surfaces: list[str],
                                                           stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


# Kin, role and time words and predicates beside a given name stay.
STAY_ROWS = [
    ("ru", "таня мама двоих детей", ["мама"]),
    ("ru", "маша дочка соседки", ["дочка"]),
    ("ru", "я была с олегом соседом", ["соседом"]),
    ("ru", "с аней вечером ходили", ["вечером"]),
    ("be", "у алеся брат у турме", ["брат"]),
    ("be", "з андрэем разам ездзілі", ["разам"]),
    ("be", "у міхася бацька хворы", ["бацька"]),
    ("be", "з вольгай дачка прыйшла", ["дачка"]),
]


@pytest.mark.parametrize(("lang", "text", "stay"), STAY_ROWS)
def test_kin_role_and_time_words_beside_a_given_name_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
