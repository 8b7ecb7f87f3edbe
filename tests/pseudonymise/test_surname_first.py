"""A common-word surname right before a given name in lower-case speech (``detectors/surname_first.py``): the
surname and the name in the same oblique case, a woman's undeclined surname after a preposition or before her
name in an oblique case, both in the nominative before a verb of speech. Kin, role, address and time words,
pets, things a name possesses and determiners stay. Every row is invented for this test."""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

SURNAME_ROWS = [
    ("ru", "в тот день мы ехали в суд с дроздом павлом и его мамой", ["дроздом"]),
    ("ru", "адвокат передал сазану олегу письмо от жены", ["сазану"]),
    ("ru", "потом журналисты писали о ерше кирилле очень много", ["ерше"]),
    ("ru", "вчера задержали ястреба михаила прямо на работе", ["ястреба"]),
    ("ru", "мы потом ходили к грач наталье в больницу", ["грач"]),
    ("be", "на судзе я бачыла маці і сядзела побач з бабром сцяпанам увесь дзень", ["бабром"]),
    ("be", "ліст адправілі шчуцы уладзіміру ў калонію", ["шчуцы"]),
    ("be", "мы шмат чулі пра ваўка мацвея ад сяброў", ["ваўка"]),
    ("be", "перадачу аддалі лебедзь ірыне толькі праз тыдзень", ["лебедзь"]),
    ("be", "потым шпак аляксей сказаў што ўсё добра", ["шпак"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), SURNAME_ROWS)
def test_a_surname_before_a_given_name_is_masked(lang: str, text: str, surfaces: list[str]) -> None:
    check(lang, text, surfaces, [])


DECOY_ROWS = [
    ("ru", "у нас дома кот васька спал весь день", ["кот"]),
    ("ru", "собака шарик лаял на следователя", ["собака"]),
    ("ru", "мы дали коту ваське молока", ["коту"]),
    ("ru", "брат сергей приехал на суд", ["брат"]),
    ("ru", "дядя ваня сказал что всё нормально", ["дядя"]),
    ("ru", "на обыске забрали машину сергея и телефон", ["машину"]),
    ("ru", "мы стояли около дома алексея полчаса", ["дома"]),
    ("ru", "передали хлеб анне через окошко", ["хлеб"]),
    ("ru", "зима андрей сидел уже второй год", ["зима"]),
    ("ru", "нашли лебедь ирины у соседей", ["лебедь"]),
    ("be", "сябар алесь сказаў што прыйдзе", ["сябар"]),
    ("be", "пані ганна сказала нам чакаць", ["пані"]),
    ("be", "спадар алесь пісаў лісты з калоніі", ["спадар"]),
    ("be", "нейкі жэнька нам дапамагаў", ["нейкі"]),
    ("be", "перадалі хлеб алесю праз адваката", ["хлеб"]),
    ("be", "чыталі пра кнігу алеся ўсе", ["кнігу"]),
]


@pytest.mark.parametrize(("lang", "text", "stay"), DECOY_ROWS)
def test_kin_pets_things_and_time_before_a_given_name_stay(lang: str, text: str, stay: list[str]) -> None:
    check(lang, text, [], stay)
