"""Templates and word pools for ``org_renderings.py``: organisation mentions as speakers say them.

A template is a carrier sentence (or two) with slots in braces; the parts in ``⟦…⟧`` are the gold mentions
(for kind DECOY: the ordinary words that must stay unmasked). Slots:

``{n}``/``{nw}``/``{ord}``
    a number in digits, in words (cardinal, as said after ``номер``), an ordinal adjective;
``{pl_*}``
    a place-derived adjective in the case the slot names (``{pl_gf}``: genitive/locative feminine,
    ``{pl_gm}``: genitive masculine, ``{pl_lm}``: locative masculine, ``{pl_nm}``: nominative masculine);
``{name_*}``
    a common-word organisation name in one case (``{name_n}``, ``{name_g}``, ``{name_l}``, ``{name_i}``);
``{firm}``/``{latin}``/``{acr}``/``{surname}``
    an invented company name, an invented Latin-letter company, a public acronym of a Belarusian
    university or enterprise, a surname in the genitive;
``{district}``/``{bank}``/``{intl}``
    a city district's adjective in Latin letters (``leninsky``), a public bank's acronym, an international
    organisation's acronym (English rows: said in lower case by speech recognition);
``{foreign}``
    an invented organisation named in Polish, Czech, Lithuanian, Latvian or German, function words and
    letters with diacritics included (kind ``FOREIGN``: said as it is written, inside Cyrillic text);
``{chat}``
    an invented group chat or page named after a town with a number or a borrowed word (kind ``CHAT``:
    quoted after ``чат``, ``група``, ``паблик``);
``{borrowed}``
    an invented organisation named in English after a nationality or a town (kind ``BORROWED``: said in
    English inside Cyrillic text, right after a preposition).

Every carrier sentence and every invented name below was written for this bench (none is copied from an
evaluation set); town stems and acronyms are public (Belarusian towns, universities, enterprises). Public
domain.
"""

from __future__ import annotations

import random

# Town stems of place adjectives (public: Belarusian towns), with the ``-ск-`` endings of each slot.
_PLACE_STEMS = {
    "ru": ["Слоним", "Кобрин", "Сморгон", "Ошмян", "Глус", "Лунинец", "Дятлов", "Кореличск", "Логойск", "Столин"],
    "be": ["Слонім", "Кобрын", "Смаргон", "Ашмян", "Глус", "Лунінец", "Дзятлаў", "Карэліцк", "Лагойск", "Столін"],
    "en": ["Slonim", "Kobryn", "Smarhon", "Ashmyany", "Hlusk", "Luninets", "Dziatlava", "Lahoisk", "Stolin"],
}
_PLACE_ENDINGS = {
    "ru": {"gf": "ской", "gm": "ского", "lm": "ском", "nm": "ский", "nf": "ская"},
    "be": {"gf": "скай", "gm": "скага", "lm": "скім", "nm": "скі", "nf": "ская"},
}


def _place_adjective(stem: str, slot: str, lang: str) -> str:
    ending = _PLACE_ENDINGS[lang][slot]
    if stem.endswith(("ск", "цк")):
        ending, stem = stem[-2:] + ending[2:], stem[:-2]  # ``Лагойскі``, ``Карэліцкі``
    if stem.endswith("ец"):
        return stem[:-2] + "ец" + ending.replace("ск", "к", 1)  # ``Лунинецкой``
    return stem + ending


# Organisation names that are common words (invented uses), with their case forms (n, g, l, i).
NAMES = {
    "ru": [
        ("Причал", "Причала", "Причале", "Причалом"),
        ("Ковчег", "Ковчега", "Ковчеге", "Ковчегом"),
        ("Компас", "Компаса", "Компасе", "Компасом"),
        ("Родник", "Родника", "Роднике", "Родником"),
        ("Оберег", "Оберега", "Обереге", "Оберегом"),
        ("Якорь", "Якоря", "Якоре", "Якорем"),
        ("Подснежник", "Подснежника", "Подснежнике", "Подснежником"),
        ("Очаг", "Очага", "Очаге", "Очагом"),
    ],
    "be": [
        ("Крыніца", "Крыніцы", "Крыніцы", "Крыніцай"),
        ("Світанак", "Світанку", "Світанку", "Світанкам"),
        ("Каласок", "Каласка", "Каласку", "Каласком"),
        ("Рупар", "Рупара", "Рупары", "Рупарам"),
        ("Бусел", "Бусла", "Бусле", "Буслам"),
        ("Зорка", "Зоркі", "Зорцы", "Зоркай"),
        ("Маятнік", "Маятніка", "Маятніку", "Маятнікам"),
        ("Вулей", "Вулля", "Вуллі", "Вуллем"),
    ],
    "en": [
        ("Lantern",) * 4,
        ("Harbour",) * 4,
        ("Kindling",) * 4,
        ("Northstar",) * 4,
        ("Safe Haven",) * 4,
        ("Open Door",) * 4,
        ("Bridgework",) * 4,
        ("Wayfarer",) * 4,
    ],
}
FIRMS = {
    "ru": [
        "Гранитстрой",
        "Полесьедрев",
        "Нёмантекс",
        "Стройсервис-Плюс",
        "Белтехмонтаж",
        "Агроснаб",
        "Вектор",
        "Технолюкс",
    ],
    "be": ["Гранітбуд", "Палессеўдрэў", "Нёмантэкс", "Будсэрвіс", "Белтэхмантаж", "Аграснаб", "Вектар", "Тэхналюкс"],
    "en": [
        "Granitstroy",
        "Polesiedrev",
        "Nemantex",
        "Stroyservis",
        "Beltekhmontazh",
        "Agrosnab",
        "Vektor",
        "Tekhnolux",
    ],
}
LATIN = ["Nordlane", "Brightwave", "Quantix", "Softera", "Velora Labs", "Tessaro", "Kvadra Soft", "Lumetrix"]
# Invented organisations of the countries Belarusians moved to, named in their languages.
FOREIGN = [
    "Fundacja Nowy Most w Lublinie",
    "Stowarzyszenie Wolna Droga",
    "Kawiarnia pod Starym Dębem",
    "Spolek pro Nový Domov",
    "U Černého koně",
    "Nadace Dobrý Soused",
    "Draugija Laisvas Žodis ir Namai",
    "Biedrība Jaunā Māja",
    "Verein für Nachbarschaftshilfe",
    "Haus der Offenen Tür",
]
# Invented English names of diaspora initiatives and employers abroad (nationality or town first).
BORROWED = [
    "Ukrainian Bakery",
    "Lithuanian Shelter",
    "Czech Dispatch",
    "German Food Bank",
    "Moldovan Bread Union",
    "Polish Road Haulage",
    "Estonian Ferries",
    "Kaunas Rowing Club",
]
# Invented chat and page names: a Belarusian town (public) with a number, a share or a borrowed word.
CHATS = {
    "ru": ["Ивацевичи 24/7", "Кобрин 97%", "Глуск online", "Сморгонь 2020", "Лунинец News"],
    "be": ["Івацэвічы 24/7", "Кобрын 97%", "Глуск online", "Смаргонь 2020", "Лунінец News"],
}
# Public: district adjectives of Belarusian cities, banks' and international organisations' acronyms.
DISTRICTS = ["leninsky", "oktyabrsky", "pervomaisky", "frunzensky", "moskovsky", "zavodskoy", "sovetsky"]
BANKS = ["pko", "tbc", "mtb", "bnb", "bps"]
INTERNATIONAL = ["UN", "OSCE"]
# Public acronyms of Belarusian universities and enterprises (not in data/organisations.tsv).
ACRONYMS = {
    "ru": ["БГАТУ", "БГТУ", "ГрГМУ", "ВГМУ", "БелГУТ", "МГЭУ", "БГУФК", "ПолесГУ", "БрГТУ", "ВГТУ"],
    "be": ["БДАТУ", "БДТУ", "ГрДМУ", "ВДМУ", "БелДУТ", "МДЭУ", "БДУФК", "ПалесДУ", "БрДТУ", "ВДТУ"],
    "en": ["BSATU", "BSTU", "GrSMU", "VSMU", "BelSUT", "BSUPC", "PolesSU", "BrSTU", "VSTU", "MSEU"],
}
SURNAMES = {
    "ru": ["Скорины", "Богдановича", "Короткевича", "Быкова", "Шагала"],
    "be": ["Скарыны", "Багдановіча", "Караткевіча", "Быкава", "Шагала"],
    "en": ["Skaryna", "Bahdanovich", "Karatkevich", "Bykau", "Chagall"],
}
_WORDS = {
    "ru": ["один", "два", "три", "пять", "семь", "двенадцать", "двадцать три", "сорок восемь", "шестнадцать"],
    "be": ["адзін", "два", "тры", "пяць", "сем", "дванаццаць", "дваццаць тры", "сорак восем", "шаснаццаць"],
    "en": ["one", "two", "three", "five", "seven", "twelve", "twenty-three", "forty-eight", "sixteen"],
}
_ORDINALS = {
    "ru": ["третьей", "пятой", "второй", "седьмой", "четвёртой"],
    "be": ["трэцяй", "пятай", "другой", "сёмай", "чацвёртай"],
    "en": ["third", "fifth", "second", "seventh", "fourth"],
}

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "EMPLOYER": {
        "ru": [
            "я двенадцать лет проработал в ⟦ОАО «{firm}»⟧, потом уволили",
            "устроилась в ⟦ООО {firm}⟧ бухгалтером",
            "он был инженером на заводе «⟦{name_n}⟧» до самого ареста",
            "муж работал в ⟦ЗАО «{firm}»⟧ водителем",
            "сейчас я программист в ⟦{latin}⟧, это небольшая компания",
            "её взяли в компанию ⟦{latin}⟧ на удалёнку",
            "на ⟦{pl_lm} мясокомбинате⟧ платили мало",
            "в ⟦ЧУП «{firm}»⟧ меня держали до суда",
        ],
        "be": [
            "я дванаццаць гадоў працаваў у ⟦ААТ «{firm}»⟧, потым звольнілі",
            "уладкавалася ў ⟦ТАА {firm}⟧ бухгалтаркай",
            "ён быў інжынерам на заводзе «⟦{name_n}⟧» да самага арышту",
            "цяпер я праграміст у ⟦{latin}⟧, гэта невялікая фірма",
            "яе ўзялі ў кампанію ⟦{latin}⟧ на дыстанцыйку",
            "на ⟦{pl_lm} мясакамбінаце⟧ плацілі мала",
        ],
        "en": [
            "I worked twelve years at ⟦{firm}⟧ as an engineer, a company in Minsk",
            "she joined ⟦{latin}⟧ as a tester",
            "he was a driver for a company called ⟦{latin}⟧ until the arrest",
            "my husband worked at the ⟦{firm} plant⟧ in the city",
            "the money for parcels goes to ⟦{bank} bank⟧, I can send the number",
            "she is a nurse at the ⟦{name_n} university hospital⟧ now",
        ],
    },
    "NUMBERED": {
        "ru": [
            "я училась в ⟦школе номер {nw}⟧, это на окраине",
            "сын ходил в ⟦школу № {n}⟧, там был митинг",
            "работала учительницей в ⟦средней школе номер {n}⟧",
            "она в ⟦гимназии номер {nw}⟧ преподавала",
            "он лежал в ⟦{ord} горбольнице⟧ с переломом",
            "дочь в ⟦детском саду номер {n}⟧ была",
            "рожала в ⟦{n}-м роддоме⟧, там и уволили",
            "я лежала в ⟦больнице номер {nw}⟧ неделю",
        ],
        "be": [
            "я вучылася ў ⟦школе нумар {nw}⟧, гэта на ўскраіне",
            "сын хадзіў у ⟦школу № {n}⟧, там быў мітынг",
            "працавала настаўніцай у ⟦сярэдняй школе нумар {n}⟧",
            "яна ў ⟦гімназіі нумар {nw}⟧ выкладала",
            "ён ляжаў у ⟦{ord} гарбальніцы⟧ з пераломам",
            "дачка ў ⟦дзіцячым садку нумар {n}⟧ была",
            "я ляжала ў ⟦{n}-й бальніцы⟧ тыдзень",
        ],
        "en": [
            "I studied at ⟦school number {nw}⟧ on the edge of town",
            "my son went to ⟦school No. {n}⟧ where they held a rally",
            "she taught at ⟦gymnasium number {nw}⟧",
            "they took him to ⟦hospital number {n}⟧ with a fracture",
            "our daughter was in ⟦kindergarten number {nw}⟧",
        ],
    },
    "DESCRIBED": {
        "ru": [
            "мама работала в ⟦{pl_gf} районной больнице⟧ медсестрой",
            "я закончил ⟦{pl_nm} педколледж⟧",
            "он учился в ⟦университете имени {surname}⟧",
            "потом был ⟦универ имени {surname}⟧, я не доучился",
            "её положили в ⟦областную больницу⟧",
            "в ⟦{pl_gf} центральной районной поликлинике⟧ уволили врачей",
            "она преподавала в ⟦{pl_lm} колледже искусств⟧ до ареста",
            "бумаги помог собрать ⟦{pl_nm} комитет помощи беженцам⟧, спасибо им",
        ],
        "be": [
            "мама працавала ў ⟦{pl_gf} раённай бальніцы⟧ медсястрой",
            "я скончыў ⟦{pl_nm} педкаледж⟧",
            "ён вучыўся ва ⟦універсітэце імя {surname}⟧",
            "яе паклалі ў ⟦абласную бальніцу⟧",
            "у ⟦{pl_gf} цэнтральнай раённай паліклініцы⟧ звольнілі ўрачоў",
            "яна выкладала ў ⟦{pl_lm} каледжы мастацтваў⟧ да арышту",
            "паперы дапамог сабраць ⟦{pl_nm} камітэт дапамогі бежанцам⟧, дзякуй ім",
        ],
        "en": [
            "mum worked as a nurse at ⟦{pl} district hospital⟧",
            "he studied at the ⟦{pl} pedagogical college⟧",
            "she was at the ⟦university named after {surname}⟧",
            "they put her in the ⟦regional hospital⟧",
        ],
    },
    "ACRONYM": {
        "ru": [
            "я закончила ⟦{acr}⟧ в двадцатом году",
            "сын поступил в ⟦{acr}⟧, потом отчислили",
            "он преподавал в ⟦{acr}⟧ лет десять",
        ],
        "be": [
            "я скончыла ⟦{acr}⟧ у дваццатым годзе",
            "сын паступіў у ⟦{acr}⟧, потым адлічылі",
            "ён выкладаў у ⟦{acr}⟧ гадоў дзесяць",
        ],
        "en": [
            "I graduated from ⟦{acr}⟧ in twenty twenty",
            "my son got into ⟦{acr}⟧ and was expelled",
            "he taught at ⟦{acr}⟧ for ten years",
            "my aunt works with the ⟦{intl}⟧ and wrote to them about him",
        ],
    },
    "STATE": {
        "ru": [
            "его вызвали в ⟦РУВД {pl_gm} района⟧ на беседу",
            "бумага пришла из ⟦отдела образования {pl_gm} райисполкома⟧",
            "меня судили в ⟦суде {pl_gm} района⟧",
            "протокол составили в ⟦{pl_lm} РОВД⟧",
            "там сидит ⟦{pl_nm} райисполком⟧, он и уволил",
        ],
        "be": [
            "яго выклікалі ў ⟦РУУС {pl_gm} раёна⟧ на размову",
            "папера прыйшла з ⟦аддзела адукацыі {pl_gm} райвыканкама⟧",
            "мяне судзілі ў ⟦судзе {pl_gm} раёна⟧",
            "пратакол склалі ў ⟦{pl_lm} РАУС⟧",
        ],
        "en": [
            "they summoned him to the ⟦{pl} district police department⟧",
            "I was tried at the ⟦{pl} district court⟧",
            "the trial was in the ⟦{district} district court of {pl}⟧, it took a day",
            "the letter came from the ⟦{pl} district executive committee⟧",
        ],
    },
    "NAMED": {
        "ru": [
            "я волонтёрила в инициативе ⟦{name_n}⟧. потом ⟦{name_n}⟧ признали экстремистским",
            "деньги собирал фонд ⟦{name_n}⟧. без ⟦{name_g}⟧ мы бы не справились",
            "есть такой канал ⟦{name_n}⟧, я туда писала. в ⟦{name_l}⟧ потом всё удалили",
            "он играл в группе ⟦{name_n}⟧. с ⟦{name_i}⟧ они ездили по стране",
            "мы ходили в клуб ⟦{name_n}⟧ по субботам. в ⟦{name_l}⟧ и задержали",
            "через платформу ⟦{name_n}⟧ помогали семьям. ⟦{name_n}⟧ платил за адвокатов",
        ],
        "be": [
            "я валанцёрыла ў ініцыятыве ⟦{name_n}⟧. потым ⟦{name_n}⟧ прызналі экстрэмісцкай",
            "грошы збіраў фонд ⟦{name_n}⟧. без ⟦{name_g}⟧ мы б не справіліся",
            "ён граў у гурце ⟦{name_n}⟧. з ⟦{name_i}⟧ яны ездзілі па краіне",
            "ёсць такі канал ⟦{name_n}⟧, я туды пісала. у ⟦{name_l}⟧ потым усё выдалілі",
            "мы хадзілі ў клуб ⟦{name_n}⟧ па суботах. у ⟦{name_l}⟧ і затрымалі",
            "праз платформу ⟦{name_n}⟧ дапамагалі сем'ям. ⟦{name_n}⟧ плаціў за адвакатаў",
        ],
        "en": [
            "I volunteered with an initiative called ⟦{name_n}⟧. later ⟦{name_n}⟧ was banned",
            "the money came from the ⟦{name_n}⟧ foundation. without ⟦{name_n}⟧ we would not have managed",
            "there is a channel called ⟦{name_n}⟧, I wrote to them. ⟦{name_n}⟧ deleted everything later",
            "he played in a band called ⟦{name_n}⟧. with ⟦{name_n}⟧ they toured the country",
        ],
    },
    "FOREIGN": {
        "ru": [
            "сестра устроилась в ⟦{foreign}⟧, ну, секретарём",
            "нам помогала ⟦{foreign}⟧ с жильём первое время",
            "я сейчас работаю в ⟦{foreign}⟧ уборщицей",
        ],
        "be": [
            "сястра ўладкавалася ў ⟦{foreign}⟧, ну, сакратаркай",
            "нам дапамагала ⟦{foreign}⟧ з жыллём першы час",
            "я цяпер працую ў ⟦{foreign}⟧ прыбіральшчыцай",
        ],
        "en": [
            "my sister got a job at ⟦{foreign}⟧ as a secretary",
            "⟦{foreign}⟧ helped us with housing at first",
        ],
    },
    "BORROWED": {
        "ru": [
            "брат устроился в ⟦{borrowed}⟧, ну, грузчиком",
            "деньги нам перевели из ⟦{borrowed}⟧ в марте",
            "я волонтёрю для ⟦{borrowed}⟧ по выходным",
        ],
        "be": [
            "брат уладкаваўся ў ⟦{borrowed}⟧, ну, грузчыкам",
            "грошы нам пералічылі з ⟦{borrowed}⟧ у сакавіку",
            "я валанцёру для ⟦{borrowed}⟧ па выхадных",
        ],
    },  # no English rows: an English name in English text is the English detectors' (kind NAMED)
    "CHAT": {
        "ru": [
            "его взяли за то, что он был в чате «⟦{chat}⟧», ну, писал там",
            "она вела паблик «⟦{chat}⟧» до ареста",
        ],
        "be": [
            "яго ўзялі за тое, што ён быў у чаце «⟦{chat}⟧», ну, пісаў там",
            "яна вяла групу «⟦{chat}⟧» да арышту",
        ],
    },  # speech recognition drops quotation marks: lower-cased rows lose the cue (no lower-case rule yet)
    "DECOY": {
        "ru": [
            "звонили по ⟦WhatsApp Viber⟧ когда как",
            "на ⟦заводе⟧ работал, ну как все",
            "в ⟦школе⟧ учился плохо, честно",
            "в ⟦группе поддержки⟧ было человек десять",
            "в ⟦клубе⟧ было холодно",
            "мы ждали у ⟦больницы⟧ до утра",
            "в ⟦университете⟧ нас было много",
            "есть ⟦инициатива⟧ такая, помогать соседям",
            "в ⟦суде⟧ было душно",
            "⟦фонд⟧ заработной платы урезали",
            "у ⟦причала⟧ стояли лодки",
            "на ⟦канале⟧ телевизора шёл футбол",
            "вечером в ⟦группе⟧ чата писали",
            "в этом году закрыли пять ⟦школ⟧ в районе",
            "на ⟦канале⟧ было много подписчиков",
            "⟦пятую часть⟧ зарплаты отдавали",
            "⟦шаг за шагом⟧ мы привыкли",
            "он играл в ⟦группе⟧ с друзьями по выходным",
            "у него было два ⟦суда⟧ подряд",
        ],
        "be": [
            "пісалі ў ⟦Telegram Signal⟧ па чарзе",
            "на ⟦заводзе⟧ працаваў, ну як усе",
            "у ⟦школе⟧ вучыўся дрэнна, шчыра",
            "у ⟦групе падтрымкі⟧ было чалавек дзесяць",
            "у ⟦клубе⟧ было холадна",
            "мы чакалі каля ⟦бальніцы⟧ да раніцы",
            "ва ⟦ўніверсітэце⟧ нас было шмат",
            "ёсць ⟦ініцыятыва⟧ такая, дапамагаць суседзям",
            "у ⟦судзе⟧ было душна",
            "у ⟦крыніцы⟧ вада халодная",
            "з ⟦дзвюх⟧ бакоў было цяжка",
            "на ⟦канале⟧ было шмат падпісчыкаў",
            "⟦пятую частку⟧ заробку аддавалі",
            "⟦крок за крокам⟧ мы прывыклі",
            "ён граў у ⟦групе⟧ з сябрамі па выхадных",
        ],
        "en": [
            "I worked at the ⟦factory⟧ like everyone",
            "at ⟦school⟧ I studied badly",
            "in the ⟦support group⟧ there were ten people",
            "it was cold in the ⟦club⟧",
            "we waited outside the ⟦hospital⟧ till morning",
            "the ⟦court⟧ was stuffy",
            "there was an ⟦initiative⟧ to help neighbours",
            "the ⟦harbour⟧ was full of boats",
            "in the ⟦eighties⟧ we lived there",
            "the ⟦second hospital⟧ visit was worse",
            "we joined the ⟦queue⟧ at six",
            "the ⟦new bank⟧ opened near us",
            "she works in a ⟦lithuanian bank⟧ now",
            "the ⟦car plant⟧ closed in may",
        ],
    },
}
KINDS = tuple(TEMPLATES)


def fill(template: str, lang: str, rng: random.Random) -> str:
    """``template`` with every slot filled from the pools (one draw per slot name)."""
    name = rng.choice(NAMES[lang])
    stem = rng.choice(_PLACE_STEMS[lang])
    values = {
        "n": str(rng.randint(1, 60)),
        "nw": rng.choice(_WORDS[lang]),
        "ord": rng.choice(_ORDINALS[lang]),
        "firm": rng.choice(FIRMS[lang]),
        "latin": rng.choice(LATIN),
        "foreign": rng.choice(FOREIGN),
        "district": rng.choice(DISTRICTS),
        "bank": rng.choice(BANKS),
        "intl": rng.choice(INTERNATIONAL),
        "acr": rng.choice(ACRONYMS[lang]),
        "surname": rng.choice(SURNAMES[lang]),
        "pl": stem,
        "name_n": name[0],
        "name_g": name[1],
        "name_l": name[2],
        "name_i": name[3],
    }
    if lang != "en":
        values |= {f"pl_{slot}": _place_adjective(stem, slot, lang) for slot in _PLACE_ENDINGS[lang]}
    if "{borrowed}" in template:  # drawn only where used: the older kinds' draws stay as they were
        values["borrowed"] = rng.choice(BORROWED)
    if "{chat}" in template:
        values["chat"] = rng.choice(CHATS[lang])
    return template.format(**values)
