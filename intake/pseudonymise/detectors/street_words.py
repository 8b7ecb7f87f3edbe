"""The street vocabulary of ``placecues.py``: street nouns (Russian, Belarusian, abbreviated, Latin-script of
Belarus and the exile countries), the words near which an elided street adjective is a street, and the
commonest street names that are common words.

``PROTEST_CONTEXT``: stems of the things a protester stood with or in (a placard, a flag, a chain of
solidarity, a picket): near them an elided street adjective is a street (``на савецкай стаяў з плакатам``).
``MORE_STREET_NAMES``: more of the commonest street and square names of post-Soviet towns that are common
words, as folded genitives (``і`` -> ``и``, ``ў`` -> ``у``, ``ё`` -> ``е``): after a street noun they name
the street even in lower case (``площади славы``, ``вуліцы героеў``). ``COMMON_ADJECTIVES``: adjectives in
-ск-/-цк- that are common words, not a place's (``городской``, ``польской``).  Public knowledge; written for Intake.
"""

from __future__ import annotations

PROTEST_CONTEXT = ("плакат", "флаг", "сцяг", "бчб", "ланцуг", "цепь", "цепоч", "пикет", "пікет", "салідарн",
                   "солидарн", "транспарант", "растяжк", "расцяжк")

MORE_STREET_NAMES = frozenset(
    "славы героев героеу юности юнацтва ветеранов ветэранау восстания паустання танкистов танкистау "
    "летчиков летчыкау связистов сувязистау железнодорожников чыгуначникау металлургов металургау "
    "шахтеров шахцерау нефтяников нафтавикоу конституции канстытуцыи правды прауды".split()
)

# Folded stems of street nouns (Russian, Belarusian), with the longest ending they may add; the Belarusian locative
# alternates its last consonant (``праспекце``).
STREET_STEMS = ("улиц", "вулиц", "проспект", "праспект", "праспекц", "шоссе", "бульвар", "переул", "завулк", "завулак",
                "площад", "плошч", "набережн", "тракт")
STREET_ABBREVIATIONS = frozenset("ул вул пр пл бул пер просп ul".split())  # ``ul.``: Polish
LATIN_STREETS = frozenset(
    "street st avenue ave road rd square boulevard lane prospekt prospect ulica ulicy ulicę ulice aleja alei "
    "aleje plac placu gatve gatvė gatvės gatvėje iela vulytsia vulitsa vulica".split()
) | frozenset("ul ielā ielas ielu maantee tänav tänava puiestee prospektas prospekte prospekto prospektą prospekts "
              "bulvāris gatvę rue strasse straße gasse allee platz".split())  # exile countries (``ul.``: abbreviated)
# Elided streets need one of these nearby: a street, protest or home word.
STREET_CONTEXT = ("улиц", "вулиц", "марш", "митинг", "митынг", "акци", "акцы", "протест", "пратэст", "шеств",
                  "задерж", "затрым", "графит", "графиц", "жив", "жыв", "жил", "жыл", "дом", "кватэр", "кварт",
                  "двор", "двар", "шосс", "проспект", "праспект", "общеж", "общаг", "обшчаг", "интэрнат",
                  "кафе", "кафэ", "клуб", "бары", "баре", "концерт", "канцэрт", "репетиц", "рэпетыц",  # venues
                  "офис", "студи", *PROTEST_CONTEXT)  # and the things protesters stood with (``з плакатам``)
# Stems of the places people name by their street alone (a shop, salon, clinic, cafe, a remand prison): right
# before ``на`` + a street adjective they make it the place's address (``аптека на первомайской``, ``турма на
# савецкай``).  Folded like ``Token.norm``.
VENUE_CONTEXT = ("салон", "клиник", "клиниц", "аптек", "аптэк", "магазин", "крам", "парикмах", "цырульн", "ресторан",
                 "рэстаран", "кофейн", "кавярн", "пекарн", "пякарн", "больниц", "бальниц", "поликлин", "паликлин",
                 "ветстанц", "ателье", "мастерск", "майстэрн", "сизо", "сиза", "турм", "тюрьм", "изолятор",
                 "изалятар", "ивс", "ичу", "цип")
# Street names that are common words (folded genitives): after a street noun they name the street even in
# lower case (``на проспекте мира``, ``вуліцы Перамогі``).  Public knowledge: the commonest street names of
# post-Soviet towns.
COMMON_STREET_NAMES = frozenset(
    "мира победы перамоги свободы свабоды независимости незалежнасци дружбы труда працы мая октября "
    "кастрычника революции рэвалюцыи молодежи моладзи космонавтов касманаутау партизан партызан "
    "интернационалистов строителей будаунико энтузиастов пионеров пианерау комсомола камсамола "
    "коммунаров камунарау победителей пераможцау".split()
) | MORE_STREET_NAMES
# The same common street names as English renders them before the noun (``independence avenue``, ``victory
# square``, ``october square`` in Minsk): in lower case too.
COMMON_LATIN_STREET_NAMES = frozenset(
    "independence victory victors freedom liberty october peace friendship revolution lenin labour labor "
    "partisan partizan pobediteley peramozhcau nezalezhnasci nezavisimosti kastrychnitskaya oktyabrskaya".split()
)
# Folded stems of common adjectives that name streets in most post-Soviet towns (public knowledge: the
# commonest street names of Belarus and Russia); elided after ``на``/``по`` they name the street.
COMMON_STREET_ADJECTIVES = (
    "студенческ", "студэнцк", "садов", "школьн", "лесн", "лясн", "центральн", "цэнтральн", "рабоч", "молодежн",
    "маладзежн", "заводск", "завадск", "полев", "палев", "зелен", "зялен", "солнечн", "сонечн", "юбилейн",
    "вокзальн", "вакзальн", "пограничн", "лугов", "озерн", "азерн", "набережн", "нагорн",
)
# Adjectives in -ск-/-цк- that are common words, not derived from a place.
COMMON_ADJECTIVES = ("городск", "гарадск", "сельск", "вясков", "детск", "дзицяч", "женск", "жаночск", "мужск",
                     "мужчынск", "студенческ", "студэнцк", "человеческ", "чалавечск", "дружеск", "братск", "отцовск",
                     "материнск", "английск", "немецк", "русск", "руск", "польск", "белорусск", "беларуск",
                     "литовск", "латвийск", "латышск", "украинск", "европейск", "еурапейск", "российск", "расийск",
                     "французск", "американск", "амерыканск", "грузинск", "нямецк", "расейск")
# Folded stems of the adjectives of nations and their languages (public knowledge): after a bare ``на`` they name a
# language or a war (``размаўляе на італьянскай``, ``служил на афганской``), not a street.
NATION_ADJECTIVES = ("итальянск", "испанск", "китайск", "японск", "шведск", "финск", "норвежск", "датск", "турецк",
                     "турэцк", "армянск", "азербайджанск", "казахск", "узбекск", "таджыкск", "таджикск", "киргизск",
                     "эстонск", "молдавск", "малдауск", "румынск", "венгерск", "вянгерск", "чешск", "словацк",
                     "славацк", "болгарск", "балгарск", "сербск", "хорватск", "харвацк", "словенск", "славенск",
                     "голландск", "галандск", "нидерландск", "бельгийск", "швейцарск", "аустрыйск", "австрийск",
                     "ирландск", "шотландск", "арабск", "еврейск", "яурэйск", "цыганск", "татарск", "корейск",
                     "карэйск", "вьетнамск", "индийск", "индыйск", "персидск", "афганск", "монгольск", "мангольск",
                     "португальск", "партугальск", "бразильск", "мексиканск", "канадск", "израильск", "латинск",
                     "лацинск", "гражданск", "грамадзянск")
