"""The words ``common_entries.py`` reads, kept apart so that its rules read on a few screens: stems of the verbs
and nouns that show a listed common-word organisation or place to be the name, and of the words that show the
common word itself.

Stems are folded as tokens are (``ё``->``е``, ``і``->``и``, ``ў``->``у``), Russian and Belarusian together; a word
matches a stem when it starts with it. Written for Intake from general knowledge of the two languages.
"""

from __future__ import annotations

from intake.pseudonymise.detectors.tokens import fold


def _folded(words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words.split())


# Stems (folded: ё->е, і->и, ў->у), Russian and Belarusian. What an organisation does (the word its subject):
AGENT_VERBS = _folded(
    "помог помога помож дапамаг дапамож напис пиша пишет писал опубликов публику публікав апублікав выпуст "
    "выпуска выпусц сообщи сообща паведам заяви заяўл заявля ответи отвеча адказа падтрым поддерж оплати "
    "оплачива аплаці аплачва заплаці заплати плати плаці организов арганізав сабра собра собира нашл знайшл "
    "звязал связал присла дасла адправ отправ выплати перадал передал признал признае прызна вядзе ведет "
    "расследова"
)
# What is done to someone (the word its object in the dative or accusative: ``задонатил весне``, ``помогли вясне``):
OBJECT_VERBS = _folded(
    "помог помога помож дапамаг дапамож перевел перевод перевест перавял пераво перавес пожертв ахвяр заплати "
    "заплаці платил плаціл поддерж падтрым"
)
OBJECT_ENDINGS = tuple("е у ю ам ям".split())  # the dative or the feminine accusative (not ``зеркала повесить``)
# What is done only to an organisation, in any form (``зеркало заблокировали``, ``задонатил зеркало``):
ORG_ONLY_VERBS = _folded("задонат донат данац данат задана заблокир заблакав блокир ликвидир ліквідав")
# Declaring an organisation extremist: with a word of extremism after the name (``вясну прызналі
# экстрэмісцкай``, ``зеркало внесли в список экстремистских``; not ``голоса признали недействительными``).
EXTREMISM_VERBS = _folded("признал признав призна прызна внесл внес унесл унес")
EN_VERBS = frozenset(
    "helped help helps helping wrote writes published publishes released recognised recognized declared "
    "designated banned donated donate paid supported answered replied reported".split()
)
EN_PREPS = frozenset("for at with to from".split())
EN_CUES = tuple(
    "work worked working works volunteer volunteered volunteering donate donated donating wrote write writing "
    "joined intern interned".split()
)
EXTREMISM = _folded("экстремис экстрэміс террорис тэрарыс")  # ``экстрэмісцкай`` too
# Working, donating, writing or applying with an organisation: before its preposition or right after the name.
ORG_CUES = _folded(
    "работ рабоч праца працав працуе працую волонтер валанцер устроил уладкав сотруднич супрацоўніч стажир "
    "стажыр уволи звольн инженер інжынер юрист юрыст журналист адвокат адвакат координатор каардынатар "
    "бухгалтер сварщик токар донат данат задонат задана пожертв ахвяр перевод перевел перевест переведу "
    "перавод перавял перавес скину скінуц скида деньг грош взнос пиша пишу пишет писал напис напиш колонк "
    "подпис падпіс обрати обраща звярну звярта загруз загруж"
)
# What an organisation has, or who works for it: right before the name (``на сайце вясны``).
OWNER_NOUNS = _folded(
    "сайт сайц старонк страниц канал телеграм тэлеграм инстаграм юрист юрыст адвокат адвакат волонтер "
    "валанцер журналист журналіст редакц рэдакц редактор рэдактар корреспондент карэспандэнт сотрудни "
    "супрацоўні правозащитни праваабаронц координатор каардынатар основател заснавальн руководител кіраўні "
    "представител прадстаўні офис офіс списк спіс список данны дадзен заяв отчет справаздач расследован "
    "расследаван публикац публікац стать артыкул материал матэрыял подписк падпіск"
)
# Looking: ``посмотрела в зеркало`` is the mirror, whatever the preposition.
LOOK_VERBS = _folded("смотр посмотр глядз глядел паглядз пагляд глянул зирк увидел видел убачыл бачыл отража адлюстр")
CANDIDATE_PREPS = frozenset(_folded("в во у ў для от ад из з с со са на через праз к ко ка да до"))
VIA = frozenset(_folded("через праз"))  # ``праз вясну``: nobody goes through a season
# ``к``/``ко`` only with a verb of moving (``подъехали к берёзе``, not ``подошла к берёзе``).
PLACE_PREPS = frozenset(_folded("в во у ў из з са со до да под пад через праз к ко"))
# Moving, living, being held: a place preposition after one of these takes a town, not the common word.
MOVE_VERBS = _folded(
    "переех пераех поех паех приех прыех уех з'ех съех ехал ехали еду едем едзем едзе езд ездз перебр "
    "перабр переезж пераяздж вернул вярнул уезжа прыязджа приезжа прилет прылят улет адлят отправ адправ "
    "перевел перавял перевезл перавезл этап направ накірав полож палаж забрал сид сяд сядз "
    "подъех падъех доех даех доезжа даязджа подъезжа пад'язджа"
)
# Where a person comes from: ``из``/``з`` before a town named by an adjective in its genitive (``трактарыст з
# круглага``, ``родом из круглого``), after a person noun or ``родом``; the common adjective's genitive stands
# there only before a noun it qualifies (``з круглага стала``), which :func:`common_reading` sees.
ORIGIN_PREPS = frozenset(_folded("из з са со"))
ORIGIN_WORDS = frozenset(_folded("родом родам"))
ADJECTIVE_GENITIVE = ("ого", "его", "ага", "яга")
# Living (``на`` too: ``жыву на волі``, Wola), then working or studying somewhere (not with ``на``).
LIVE_VERBS = _folded("жив жил жыв жыл жыу прожив пражыв посели пасял снима здыма сняли знялі")
STAY_VERBS = _folded("родил нарадзі вырос вырасл учил учусь вучыл вучус работ працав працую находим знаходз")
# Entries whose common word is itself a place, a direction or a time: a place preposition proves nothing
# (``поехали в горы``, ``переехали в городок``, ``живём в мире``, ``у чэрвені``: in June). Folded first words.
NOT_PLACES = frozenset(
    _folded(
        "гори городок гарадок восток усход юго паўднёвы мир мір заречье зарэчча озерцо азярцо червень чэрвень "
        "европа еўропа азия азія африка латинская лацінская europe asia africa latin"
    )
)
TIME_WORDS = frozenset(_folded("весна вясна"))
# A word of time before a season (``этой весной``, ``кожную вясну``).
TIME_MODIFIERS = frozenset(
    _folded(
        "эта эту этой этот та ту той тот прошлой прошлую прошлая следующей следующую каждую каждой каждая "
        "всю всей вся ранней ранняя ранняй поздней поздняя позняй гэтай гэту гэтую гэтая тая тую мінулай "
        "мінулую мінулая наступнай наступную кожную кожнай кожная усю увесь уся"
    )
)
# Prepositions of time before a season, read so by a candidate (``к весне``, ``да вясны``, ``на весну``).
TIME_PREPS = frozenset(_folded("к ко ка до да после пасля перед перад на з са"))
SINCE = frozenset(("с", "со"))  # Russian ``с весны``: since spring (``from`` is ``из``/``от``)
WITH = frozenset(_folded("с со з са"))
INSTRUMENTAL = ("ой", "ою", "ай", "аю", "ей", "ею")
YEAR = frozenset(_folded("года году гадоў гада годзе годе"))
POSSESSIVES = frozenset(
    _folded(
        "мой моя моё моего моей мою мои моих наш наша наше нашего нашей нашу наши твой твоя твоё свой своя "
        "своё своего своей свою свои мая маё майго маёй маю мае нашага нашай тваю твая свая сваю свае"
    )
)
# Words that may stand between a verb and its subject or object (``весна нам очень помогла``).
PASS = frozenset(
    _folded(
        "нам мне ему ей им нас вас тебе вам меня мяне яму ёй ім табе us me him her them очень вельмі тоже "
        "таксама сильно моцна сразу адразу тогда тады потом потым ещё яшчэ уже ужо реально рэальна "
        # the predicate of recognising (``вясна яго палітвязнем прызнала``, ``весна его политзаключённым признала``)
        "палітвязнем палітвязнямі політвязнем политзаключённым политзаключенным политзаключённой "
        "политзаключенной политзаключёнными политзаключенными"
    )
)


# A verb's or a short participle's endings (folded: Belarusian ``-ў`` is ``у``), for words pymorphy3 cannot read.
VERB_ENDINGS = tuple("л ла ло ли лась лася лись лися у ет ит ут ют ат ят ае яе уе юе ць ть ти на ны ни ен ан".split())

# Animate common words pymorphy3 cannot read through a Russian spelling (``з суседзямі``: with the neighbours).
ANIMATE = _folded("суседз")

# Belarusian adjective endings (folded), for a word before the name that pymorphy3 cannot read (``гучны голас``).
BE_ADJECTIVE = tuple("ая яя ае яе ую юю ага яга аму яму ны ни ки лы ры ты".split())

# What only a person does (``вера получила письмо``, ``надзея ездзіць да яго``, ``лев позвонил``): the subject of
# these verbs is a human being, never an abstraction (faith, hope, love, peace, fame) nor an animal (a lion, a
# rose). Verbs an abstraction may govern are left out on purpose: helping, holding, living, coming, returning,
# dying, ending (``вера помогает``, ``надежда умирает последней``, ``любовь пришла``, ``весь мир узнал``).
PERSON_VERBS = _folded(
    "получ атрыма атрымл "
    "езди ездз ездил съезд съезж поеха паеха приеха прыеха приезжа прыязджа уеха уезжа з'еха зъеха "
    "пераеха переех переезжа пераязджа выеха доеха едет едзе навеща наведва навестил наведал "
    "присла прысла дасла отправи адправи переслал пераслал передал перадал купил заплати заплаци "
    "позвон звонил звонит патэлефан тэлефан напис продикт дикту прадыкт дыкту "
    "плакал плака заплак плача смеял засмея улыбн усміхн "
    "отказыва отказал адмаулял адмовил согласил пагадзил решил вырашыл "
    "учится вучыцца поступил паступил окончил скончыл закончил"
)
EN_PERSON_VERBS = frozenset(
    "drives drove visits visited received receives phoned texted emailed flew flies travels travelled traveled "
    "studies studied married cried laughed smiled refused agreed dictated".split()
)
# Endings of a Belarusian finite verb pymorphy3 cannot read (folded), by what they agree with: a feminine or a
# masculine singular past, a third person singular present (``атрымала``, ``атрымау``, ``ездзиць``, ``едзе``).
BE_PAST_FEMININE = ("ла", "лася")
BE_PAST_MASCULINE = ("у", "уся")
BE_PRESENT_SINGULAR = ("иць", "ыць", "е", "ецца", "ицца")
