"""Surnames that are ordinary words, held by a strong anchor (round 23): a title or a neighbour or friend
noun whose clause leaves the word no object's place (``clause_objects.py``), a hesitation between a given name
and its surname, a stated surname (``фамилия у меня X``), English spelt-out titles (``missus``) and English
self-introductions (``i'm X i'm a ...``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    # A title, a noun, and no verb before the person is taken up again: nothing could govern the noun.
    ("ru", "на суде была судья клюква такая строгая женщина она на нас не смотрела", ["клюква"], ["строгая"]),
    ("be", "была суддзя рабіна такая строгая жанчына яна на нас не глядзела", ["рабіна"], ["строгая"]),
    # An intransitive verb, or an object pronoun filling the verb's object: the noun is no object.
    ("ru", "следователь валенок вышел и больше не вернулся", ["валенок"], ["вышел"]),
    ("ru", "соседка крапива всё видела и всё записывала", ["крапива"], ["видела"]),
    ("be", "суседка крапіва ўсё бачыла і ўсё запісвала", ["крапіва"], ["бачыла"]),
    # A given name, a hesitation, then the surname the speaker was searching for; its other forms follow.
    ("ru", "есть у него друг олег э-э жёлудь они вместе сидели  жёлудя потом выпустили", ["жёлудь", "жёлудя"],
     ["сидели"]),
    # A stated surname after a naming noun and its owner.
    ("ru", "фамилия у меня редкая крапива все смеются", ["крапива"], ["смеются"]),
    ("ru", "фамилия моя валенок так и запишите", ["валенок"], ["запишите"]),
    ("be", "прозвішча ў мяне смешнае крапіва ўсе смяюцца", ["крапіва"], ["смяюцца"]),
    # Decoys: the title's object before a transitive verb, a time noun, kinship, a clause left open.
    ("ru", "следователь протокол составил и ушёл", [], ["протокол"]),
    ("ru", "судья приговор зачитала очень быстро", [], ["приговор"]),
    ("ru", "следователь раз пять приходил к нам домой", [], ["раз"]),
    ("ru", "соседка пирог испекла и принесла нам", [], ["пирог"]),
    ("ru", "следователь протокол всё время переписывал", [], ["протокол"]),
    ("be", "следчы пратакол склаў і пайшоў", [], ["пратакол"]),
    ("be", "а следчы прыйшоў позна", [], ["прыйшоў"]),
    ("ru", "фамилия у меня была другая до замужества", [], ["другая"]),
    ("be", "прозвішча ў мяне было іншае", [], ["іншае"]),
    ("be", "прозвішча ў яго такое што ўсе смяяліся", [], ["такое"]),
    ("ru", "фамилия у неё простая", [], ["простая"]),
    ("ru", "у меня друг олег э-э работал там на заводе", [], ["работал"]),
    # English: a spelt-out title, and a self-introduction followed by what the speaker is.
    ("en", "she wrote thank you missus thistle and sent a card", ["thistle"], ["sent"]),
    ("en", "we met mister heron at the station", ["heron"], ["station"]),
    ("en", "i'm heather i'm a nurse from galway", ["heather"], ["nurse"]),
    ("en", "i'm robin vandersteen i'm from leiden", ["robin", "vandersteen"], ["from"]),
    # English decoys: ``the missus`` is a wife; a state or a degree is no name.
    ("en", "the missus said we should go home", [], ["missus", "said"]),
    ("en", "my missus went to the shop", [], ["missus", "went"]),
    ("en", "i'm tired i'm a retired teacher", [], ["tired"]),
    ("en", "i'm frank i'm a bit tired of all this", [], ["frank"]),
    ("en", "i'm really sorry i'm a mess today", [], ["really"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


CASED = [
    ("ru", "На суде была судья Клюква, такая строгая женщина.", ["Клюква"], ["строгая"]),
    ("en", "She wrote: thank you, Mrs Thistle.", ["Thistle"], ["wrote"]),
    ("en", "I'm Heather, I'm a nurse from Galway.", ["Heather"], ["nurse"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), CASED)
def test_cased_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
