"""Workplaces by a verb of belonging anywhere in the clause (``detectors/org_work.py``) and enterprise names
built from a town abbreviation and an industry element (``detectors/orgcompounds.py``). Every row is invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import org_work
from intake.pseudonymise.detectors.orgcompounds import compounds
from intake.pseudonymise.detectors.tokens import tokenize

WORKPLACES = [
    ("ru", "на тровилексе я работала почти двадцать лет", "тровилексе"),
    ("ru", "в квантолайне он работал а потом уехал", "квантолайне"),
    ("be", "у дрымсофце яна працавала тры гады", "дрымсофце"),
    ("ru", "меня уволили с гронитекса в двадцатом году", "гронитекса"),
    ("be", "мяне звольнілі з гронітэкса адразу пасля выбараў", "гронітэкса"),
    ("ru", "в зеливерте она волонтёрила по выходным", "зеливерте"),
    ("en", "at harbour lights she worked for eleven years", "harbour lights"),
    ("en", "then he was fired from copper kettle bakery in march", "copper kettle bakery"),
    ("en", "at north gate lyceum i studied physics", "north gate lyceum"),
]
DECOYS = [
    ("ru", "на работе я была двадцать лет а в отпуске не была"),
    ("ru", "в прошлом году он работал много"),
    ("be", "на фрылансе я працавала паўгода"),
    ("be", "у адвакатаў яна працавала не доўга"),
    ("ru", "уволили с работы а потом с позором выгнали"),
    ("en", "at home she worked for years"),
    ("en", "at the studio she worked nights"),
    ("en", "for two years i worked there"),
    ("ru", "он работал. в квантолайне были другие люди"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), WORKPLACES)
def test_workplace_in_either_order(lang: str, text: str, surface: str) -> None:
    found = [s.text for s in org_work.detect(text, tokenize(text), lang, lowercase=True)]
    assert surface in found
    start = text.index(surface)
    assert any(s.start <= start < s.end for s in detect(text, lang))


@pytest.mark.parametrize(("lang", "text"), DECOYS)
def test_no_workplace_in_ordinary_clause(lang: str, text: str) -> None:
    assert org_work.detect(text, tokenize(text), lang, lowercase=True) == []


ABBREVIATED = [
    ("ru", "муж на гродтексе а я в витмеде", ["гродтексе", "витмеде"]),
    ("be", "брат у белсофце, сястра на гомтэкстылі", ["белсофце", "гомтэкстылі"]),
    ("ru", "Потом Могилтекс закрылся", ["Могилтекс"]),
]
ORDINARY = [
    ("ru", "у него бормашина, белошвейка, минеральная вода и гомеопат"),
    ("ru", "витамины, минимаркет, лидерство и брестская крепость"),
    ("be", "мінулы год, вітаміны і гомельскі аўтобус"),
]


@pytest.mark.parametrize(("lang", "text", "names"), ABBREVIATED)
def test_abbreviated_enterprise(lang: str, text: str, names: list[str]) -> None:
    tokens = tokenize(text)
    found = {s.text for s in compounds(text, tokens, [False] * len(tokens))}
    assert set(names) <= found


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_known_compound_words_are_no_enterprise(lang: str, text: str) -> None:
    tokens = tokenize(text)
    assert compounds(text, tokens, [False] * len(tokens)) == []
