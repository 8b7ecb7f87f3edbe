"""An inventory of the kinds of Belarusian state and public institutions an interview names by kind plus town,
number or field (``institutions.py``, ``institution_tails.kind_field``).

A kind whose head is a common word counts with its fixed field (``дворце детского творчества``, ``доме
культуры``, ``отдел Следственного комитета``, ``СДЮШОР по шахматам``); the state bodies and services a town has
one of count with a town, a number or a regional adjective (``аптеке №112``, ``Светлогорский военкомат``,
``прокуратуру Лідскага раёна``); an English plant is described by its product (``Pulp and Cardboard Mill``,
``Tyre Plant``). The kind alone stays a kind. Every row is invented: real kinds and towns, no real person.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors import institutions
from intake.pseudonymise.detectors.pattern_tokens import split


def _found(text: str, lang: str) -> list[str]:
    return [s.text for s in institutions.detect_institutions(text, split(text), lang)]


FOUND = [
    ("ru", "она работала в областной сдюшор по шахматам тренером", "областной сдюшор по шахматам"),
    ("ru", "Сын занимался в СДЮШОР по гребле два года.", "СДЮШОР по гребле"),
    ("ru", "кружок вёл во дворце детского творчества, потом уехал", "дворце детского творчества"),
    ("ru", "Она вела кружок в Гомельском дворце детского творчества.", "Гомельском дворце детского творчества"),
    ("be", "яна працавала ў палацы дзіцячай творчасці метадыстам", "палацы дзіцячай творчасці"),
    ("ru", "работала в центре творчества детей и молодежи в лиде", "центре творчества детей и молодежи"),
    ("ru", "он пел в светлогорском доме культуры по субботам", "светлогорском доме культуры"),
    ("be", "ён спяваў у раённым доме культуры", "раённым доме культуры"),
    (
        "ru",
        "Его вызвали в Пинский городской отдел Следственного комитета.",
        "Пинский городской отдел Следственного комитета",
    ),
    ("be", "выклікалі ў пінскі гаравы аддзел следчага камітэта", "пінскі гаравы аддзел следчага камітэта"),
    ("ru", "она работала в аптеке №112 фармацевтом", "аптеке №112"),
    ("ru", "она работала в аптеке номер сто двенадцать", "аптеке номер сто двенадцать"),
    ("be", "яна працавала ў аптэцы нумар 112", "аптэцы нумар 112"),
    ("en", "She worked in a state pharmacy, pharmacy number 112.", "pharmacy number 112"),
    ("be", "скаргу накіравалі ў пракуратуру Лідскага раёна", "пракуратуру Лідскага раёна"),
    ("ru", "жалобу подали в светлогорскую районную прокуратуру", "светлогорскую районную прокуратуру"),
    ("ru", "его вызвали в светлогорский военкомат повесткой", "светлогорский военкомат"),
    ("ru", "расписались в пинском загсе в мае", "пинском загсе"),
    ("ru", "работал сантехником в жэс номер семь", "жэс номер семь"),
    ("ru", "Работала в Речицком ЖКХ бухгалтером.", "Речицком ЖКХ"),
    ("ru", "лежала в светлогорской црб две недели", "светлогорской црб"),
    ("ru", "закончил пту номер пять на сварщика", "пту номер пять"),
    ("en", "He worked thirty years at the Svetlahorsk Pulp and Cardboard Mill.", "Svetlahorsk Pulp and Cardboard Mill"),
    ("en", "he worked thirty years at the svetlahorsk pulp and cardboard mill", "svetlahorsk pulp and cardboard mill"),
    ("en", "She taught at the Hrodna Children's Creativity Palace.", "Hrodna Children's Creativity Palace"),
    ("en", "He was summoned to the Pinsk military enlistment office.", "Pinsk military enlistment office"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FOUND)
def test_institution_kinds_with_town_number_or_field(lang: str, text: str, surface: str) -> None:
    assert surface in _found(text, lang)


DECOYS = [
    ("ru", "Он работал в школе, потом в больнице лежала мама."),
    ("ru", "в доме культуры было холодно"),
    ("ru", "Он пошёл в аптеку за лекарством."),
    ("ru", "Прокуратура не ответила."),
    ("ru", "он работал в школе олимпийского резерва"),
    ("ru", "мы жили в доме у реки, дворец стоял пустой"),
    ("en", "She worked in a pharmacy and the court did not listen."),
    ("en", "They ran the office and the mill for years."),
]


@pytest.mark.parametrize(("lang", "text"), DECOYS)
def test_a_kind_alone_stays_a_kind(lang: str, text: str) -> None:
    assert _found(text, lang) == []
