"""More words that place an elided street or a square (``placecues.py`` is at its size limit).

``PROTEST_CONTEXT``: stems of the things a protester stood with or in (a placard, a flag, a chain of
solidarity, a picket): near them an elided street adjective is a street (``на савецкай стаяў з плакатам``).
``MORE_STREET_NAMES``: more of the commonest street and square names of post-Soviet towns that are common
words, as folded genitives (``і`` -> ``и``, ``ў`` -> ``у``, ``ё`` -> ``е``): after a street noun they name
the street even in lower case (``площади славы``, ``вуліцы героеў``).  Public knowledge; written for Intake.
"""

from __future__ import annotations

PROTEST_CONTEXT = ("плакат", "флаг", "сцяг", "бчб", "ланцуг", "цепь", "цепоч", "пикет", "пікет", "салідарн",
                   "солидарн", "транспарант", "растяжк", "расцяжк")

MORE_STREET_NAMES = frozenset(
    "славы героев героеу юности юнацтва ветеранов ветэранау восстания паустання танкистов танкистау "
    "летчиков летчыкау связистов сувязистау железнодорожников чыгуначникау металлургов металургау "
    "шахтеров шахцерау нефтяников нафтавикоу конституции канстытуцыи".split()
)
