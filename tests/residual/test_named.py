"""The second gate flags an account name said as ordinary words after an account cue (``intake/residual/named.py``).

Every row is invented for this test: the detectors missed the name, so it is still in the anonymised text, and the
gate must report it as a ``handle``; the same cues before ordinary speech report nothing.
"""

from __future__ import annotations

import pytest

from intake.residual import scan

HITS = [
    ("ru", "его ник в телеге был сова девятнадцать, без пробела, латиницей", "сова девятнадцать"),
    ("ru", "Аккаунт называется свобода для всех, слитно.", "свобода для всех"),
    ("be", "у інстаграме яна пазначана як лясная пчолка кропка гродна", "лясная пчолка кропка гродна"),
    ("en", "my telegram is quiet fox underscore ninety five, all lower case", "quiet fox underscore ninety five"),
    ("ru", "юзернейм у него лесной брат, с маленькой, латиницей", "лесной брат"),
    ("ru", "Пишите мне в телеграм, ник тихий лис нижнее подчёркивание девяносто пять, это я.",
     "тихий лис нижнее подчёркивание девяносто пять"),
    ("be", "Нік у тэлеграме быў сава дзевятнаццаць, лацінкай.", "сава дзевятнаццаць"),
    ("be", "Канал называўся вольны горад, лацінкай.", "вольны горад"),
    ("en", "On instagram she goes by lazy cat seventy seven, no spaces.", "lazy cat seventy seven"),
    ("en", "My username is silver birch, all one word.", "silver birch"),
]

CLEAN = [
    ("ru", "Ник я не помню, давно это было."),
    ("ru", "Аккаунт заблокировали в марте, и всё."),
    ("ru", "Канал закрыли, а людей задержали."),
    ("ru", "Канал был закрыт два года, потом открыли снова."),
    ("ru", "Аккаунт у меня лет пять, не меньше."),
    ("ru", "На канале человек сорок, не больше."),
    ("be", "Канал быў два гады, потым знік."),
    ("be", "Акаўнт заблакавалі, цяпер новы."),
    ("en", "My account was deleted last year."),
    ("en", "The channel is down again."),
    ("en", "Her account was hacked two weeks ago."),
    ("en", "The account is closed, no spaces left there."),
    # the name was masked: the placeholder is no hit, nor the words around it
    ("ru", "Ник у неё [HANDLE-02], без пробела, пишите."),
    ("en", "My telegram is [HANDLE-01], all lower case."),
]


@pytest.mark.parametrize(("lang", "text", "name"), HITS)
def test_account_name_said_in_words_is_flagged(lang: str, text: str, name: str) -> None:
    for said in (text, text.lower()):
        got = {(h.kind, h.text) for h in scan(said, lang)}
        assert ("handle", said[text.index(name) : text.index(name) + len(name)]) in got, got


@pytest.mark.parametrize(("lang", "text"), CLEAN)
def test_account_cue_before_ordinary_speech_is_no_hit(lang: str, text: str) -> None:
    assert [h for h in scan(text, lang) if h.kind == "handle"] == []
