"""An inventory of surnames common in Belarus (Belarusians, Russians, Ukrainians, Poles and Lithuanians living
there), written for Intake from general knowledge (no evaluation set), with the frames a transcript uses.

One line per surname: class, Russian male form, Belarusian male form, Latin form (official transliteration
or Łacinka), and optionally the Russian and Belarusian female forms where the class does not derive them.
Classes: ``ov`` (-ов/-ев/-ин, Belarusian -оў/-ін), ``sk`` (-ский/-цкий, Belarusian -скі), ``adj`` (-ой/-ый,
adjectival), ``n`` (declines like a noun in the male, the female does not decline: -ич, -ук, -ик, -ец, -ёнок
and the common-word surnames ``Жук``, ``Коваль``), ``a`` (declines like a noun in -а for both genders:
``Сорока``) and ``i`` (indeclinable: -енко, -ко, -ых, -аго). A fleeting vowel is written as the genitive
after ``/`` (``Воробей/Воробья``). Many surnames are common words (birds, animals, tools, food, trades); their
common use is pinned by the decoy rows of the test.
"""

from __future__ import annotations

from bench.detection_scoring import asr_like

INVENTORY = """
ov|Иванов|Іваноў|Ivanou
ov|Петров|Пятроў|Petrov
ov|Сидоров|Сідараў|Sidorov
ov|Козлов|Казлоў|Kazlou
ov|Новиков|Навікоў|Novikov
ov|Морозов|Марозаў|Morozov
ov|Волков|Ваўкоў|Volkov
ov|Соколов|Сакалоў|Sokolov
ov|Попов|Папоў|Popov
ov|Кузнецов|Кузняцоў|Kuznetsov
ov|Смирнов|Смірноў|Smirnov
ov|Васильев|Васільеў|Vasilyeu
ov|Зайцев|Зайцаў|Zaitsev
ov|Медведев|Мядзведзеў|Medvedev
ov|Лебедев|Лебедзеў|Lebedzeu
ov|Ковалёв|Кавалёў|Kavaliou
ov|Романов|Раманаў|Romanov
ov|Федоров|Фёдараў|Fedorov
ov|Макаров|Макараў|Makarau
ov|Егоров|Ягораў|Egorov
ov|Орлов|Арлоў|Orlov
ov|Комаров|Камароў|Komarov
ov|Гусев|Гусеў|Gusev
ov|Баранов|Баранаў|Baranau
ov|Голубев|Голубеў|Golubev
ov|Карпов|Карпаў|Karpov
ov|Титов|Цітоў|Tsitou
ov|Белов|Бялоў|Belov
ov|Мельников|Мельнікаў|Melnikov
ov|Павлов|Паўлаў|Paulau
ov|Ильин|Ільін|Ilyin
ov|Никитин|Нікіцін|Nikitsin
ov|Калинин|Калінін|Kalinin
ov|Шишкин|Шышкін|Shyshkin
ov|Галкин|Галкін|Galkin
ov|Синицын|Сініцын|Sinitsyn
ov|Фомин|Фамін|Fomin
ov|Гончаров|Ганчароў|Hancharou
ov|Бондарев|Бондараў|Bondarev
ov|Лукин|Лукін|Lukin
ov|Марков|Маркаў|Markau
ov|Жуков|Жукаў|Zhukov
ov|Быков|Быкаў|Bykau
ov|Рыбаков|Рыбакоў|Rybakou
ov|Щукин|Шчукін|Shchukin
ov|Тихонов|Ціханаў|Tsikhanau
ov|Ермаков|Ярмакоў|Yarmakou
ov|Аксёнов|Аксёнаў|Aksionau
ov|Воронов|Варонаў|Voronov
ov|Сорокин|Сарокін|Sarokin
ov|Лисицын|Лісіцын|Lisitsyn
ov|Кудрявцев|Кудраўцаў|Kudriavtsev
sk|Ковальский|Кавальскі|Kowalski
sk|Вишневский|Вішнеўскі|Wiśniewski
sk|Тихановский|Ціханоўскі|Cichanoŭski
sk|Ясинский|Ясінскі|Yasinski
sk|Домбровский|Дамброўскі|Dombrowski
sk|Лисовский|Лісоўскі|Lisouski
sk|Каминский|Камінскі|Kaminski
sk|Залесский|Залескі|Zaleski
sk|Островский|Астроўскі|Astrouski
sk|Полянский|Палянскі|Palianski
sk|Высоцкий|Высоцкі|Vysotsky
sk|Бельский|Бельскі|Bielski
sk|Жуковский|Жукоўскі|Zhukouski
sk|Заблоцкий|Заблоцкі|Zablotski
sk|Соколовский|Сакалоўскі|Sakalouski
sk|Дубовский|Дубоўскі|Dubouski
sk|Новицкий|Навіцкі|Nowicki
sk|Красовский|Красоўскі|Krasouski
sk|Яблонский|Яблонскі|Jabłoński
sk|Садовский|Садоўскі|Sadouski
sk|Ольшевский|Альшэўскі|Alsheuski
sk|Быховский|Быхоўскі|Bykhouski
sk|Зелинский|Зялінскі|Zieliński
sk|Левандовский|Левандоўскі|Lewandowski
sk|Шиманский|Шыманскі|Szymański
sk|Савицкий|Савіцкі|Savitski
sk|Рутковский|Руткоўскі|Rutkouski
sk|Завадский|Завадскі|Zavadski
adj|Толстой|Талсты|Tolstoy
adj|Белый|Белы|Bely
adj|Чёрный|Чорны|Chorny
adj|Малый|Малы|Maly
adj|Косой|Касы|Kosoy
adj|Кривой|Крывы|Kryvy
adj|Глухой|Глухі|Hlukhi
n|Станкевич|Станкевіч|Stankevich
n|Мацкевич|Мацкевіч|Matskevich
n|Карпович|Карповіч|Karpovich
n|Жданович|Ждановіч|Zhdanovich
n|Войтович|Войтавіч|Vaitovich
n|Лукашевич|Лукашэвіч|Lukashevich
n|Якубович|Якубовіч|Yakubovich
n|Бабич|Бабіч|Babich
n|Богданович|Багдановіч|Bahdanovich
n|Юркевич|Юркевіч|Yurkevich
n|Михалевич|Міхалевіч|Mikhalevich
n|Шушкевич|Шушкевіч|Shushkevich
n|Адамович|Адамовіч|Adamovich
n|Казакевич|Казакевіч|Kazakevich
n|Ярошевич|Ярашэвіч|Yarashevich
n|Левкович|Ляўковіч|Liaukovich
n|Яцкевич|Яцкевіч|Yatskevich
n|Радкевич|Радкевіч|Radkevich
n|Климович|Клімовіч|Klimovich
n|Сакович|Саковіч|Sakovich
n|Марцинкевич|Марцінкевіч|Marcinkievič
n|Грицкевич|Грыцкевіч|Hrytskevich
n|Кононович|Канановіч|Kananovich
n|Дашкевич|Дашкевіч|Dashkevich
n|Ковальчук|Кавальчук|Kavalchuk
n|Полищук|Палішчук|Palishchuk
n|Мельничук|Мельнічук|Melnichuk
n|Романюк|Раманюк|Ramaniuk
n|Кравчук|Краўчук|Krauchuk
n|Ткачук|Ткачук|Tkachuk
n|Савчук|Саўчук|Sauchuk
n|Максимюк|Максімюк|Maksimiuk
n|Дмитрук|Дзмітрук|Dzmitruk
n|Данилюк|Данілюк|Danyliuk
n|Климчук|Клімчук|Klimchuk
n|Васильчук|Васільчук|Vasilchuk
n|Коваленок/Коваленка|Кавалёнак/Кавалёнка|Kavalionak
n|Михалёнок/Михалёнка|Міхалёнак/Міхалёнка|Mikhalionak
n|Гаврилёнок/Гаврилёнка|Гаўрылёнак/Гаўрылёнка|Haurylionak
n|Кухарчик|Кухарчык|Kukharchyk
n|Лосик|Лосік|Losik
n|Новик|Навік|Novik
n|Бобрик|Бобрык|Bobryk
n|Рудик|Рудзік|Rudzik
n|Кравец/Кравца|Кравец/Краўца|Kravets
n|Швец|Швец|Shvets
n|Рубец/Рубца|Рубец/Рубца|Rubets
n|Коваль|Каваль|Kaval
n|Жук|Жук|Žuk
n|Комар|Камар|Kamar
n|Воробей/Воробья|Верабей/Вераб'я|Verabei
n|Соловей/Соловья|Салавей/Салаўя|Salavei
n|Карась|Карась|Karas
n|Заяц/Зайца|Заяц/Зайца|Zayats
n|Волк|Воўк/Ваўка|Vouk
n|Кот|Кот|Kot
n|Бык|Бык|Byk
n|Баран|Баран|Baran
n|Сыч|Сыч|Sych
n|Дрозд|Дрозд|Drozd
n|Чиж|Чыж|Chyzh
n|Бурак|Бурак|Burak
n|Гриб|Грыб|Hryb
n|Корж|Корж|Korzh
n|Блин|Блін|Blin
n|Мельник|Мельнік|Melnik
n|Ткач|Ткач|Tkach
n|Гончар|Ганчар|Hanchar
n|Бондарь|Бондар|Bondar
n|Рыбак|Рыбак|Rybak
n|Мазур|Мазур|Mazur
n|Поляк|Паляк|Paliak
n|Дуб|Дуб|Dub
n|Мороз|Мароз|Maroz
n|Казак|Казак|Kazak
n|Шпак|Шпак|Shpak
n|Голуб|Голуб|Golub
n|Кулик|Кулік|Kulik
n|Горбач|Гарбач|Harbach
n|Новак|Новак|Nowak
n|Ковальчик|Кавальчык|Kowalczyk
n|Войцик|Вуйцік|Wójcik
n|Гарбуз|Гарбуз|Harbuz
n|Бусел/Бусла|Бусел/Бусла|Busel
n|Лис|Ліс|Lis
n|Бобер/Бобра|Бабёр/Бабра|Bobyor
n|Петух|Певень/Пеўня|Pievien
n|Пастух|Пастух|Pastukh
n|Пекарь|Пекар|Piekar
n|Молоток/Молотка|Малаток/Малатка|Malatok
n|Клещ|Клешч|Kliashch
n|Топор|Тапор|Tapor
n|Крот|Крот|Krot
n|Барсук|Барсук|Barsuk
n|Хомяк|Хамяк|Khamiak
n|Снегирь|Снягір|Sniahir
n|Чайник|Чайнік|Chainik
n|Казлаускас|Казлаўскас|Kazlauskas|Казлаускене|Казлаўскене
n|Янкаускас|Янкаўскас|Jankauskas|Янкаускене|Янкаўскене
n|Петраускас|Пятраўскас|Petrauskas|Петраускене|Пятраўскене
n|Станкявичюс|Станкявічус|Stankevičius|Станкявичене|Станкявічэне
n|Буткус|Буткус|Butkus|Буткене|Буткене
a|Щука|Шчука|Shchuka
a|Сорока|Сарока|Saroka
a|Ворона|Варона|Varona
a|Муха|Муха|Mukha
a|Сковорода|Скаварада|Skovoroda
a|Капуста|Капуста|Kapusta
a|Береза|Бяроза|Biaroza
a|Зима|Зіма|Zima
a|Чайка|Чайка|Chaika
a|Лапа|Лапа|Lapa
a|Голова|Галава|Halava
a|Синица|Сініца|Sinitsa
a|Цыбуля|Цыбуля|Tsybulia
a|Галушка|Галушка|Halushka
i|Бабарико|Бабарыка|Babaryka
i|Лукашенко|Лукашэнка|Łukašenka
i|Коваленко|Каваленка|Kavalenka
i|Шевченко|Шаўчэнка|Shevchenko
i|Бондаренко|Бандарэнка|Bandarenka
i|Кравченко|Краўчэнка|Krauchenka
i|Ткаченко|Ткачэнка|Tkachenka
i|Мельниченко|Мельнічэнка|Melnichenka
i|Савченко|Саўчэнка|Sauchenka
i|Руденко|Рудэнка|Rudenka
i|Марченко|Марчэнка|Marchenka
i|Пономаренко|Панамарэнка|Panamarenka
i|Павленко|Паўленка|Paulenka
i|Тарасенко|Тарасенка|Tarasenka
i|Петренко|Пятрэнка|Piatrenka
i|Ярмоленко|Ярмоленка|Yarmolenka
i|Латушко|Латушка|Latushka
i|Головко|Галоўка|Halouka
i|Гурко|Гурко|Hurko
i|Сушко|Сушко|Sushko
i|Лойко|Лойка|Loika
i|Бойко|Бойка|Boika
i|Климко|Клімко|Klimko
i|Черных|Чорных|Chernykh
i|Седых|Сядых|Sedykh
i|Белых|Белых|Belykh
i|Живаго|Жывага|Zhivago
i|Дубяго|Дубяга|Dubiaha
i|Кривых|Крывых|Krivykh
"""


def entries() -> list[tuple[str, str, str, str, str, str]]:
    """(class, Russian male, Belarusian male, Latin, Russian female, Belarusian female) per line."""
    out = []
    for line in INVENTORY.strip().splitlines():
        kind, ru, be, latin, *female = line.split("|")
        ru_f, be_f = female or (_female(kind, ru, "ru"), _female(kind, be, "be"))
        out.append((kind, ru, be, latin, ru_f, be_f))
    return out


def _female(kind: str, male: str, lang: str) -> str:
    """The female form the class derives from the male nominative (``/genitive`` dropped)."""
    male = male.partition("/")[0]
    if kind == "ov":
        return male[:-1] + "ва" if male.endswith("ў") else male + "а"
    if kind in ("sk", "adj"):
        cut = 2 if lang == "ru" else 1
        return male[:-cut] + "ая"
    return male


_HUSH = "жшчщц"


def _noun(word: str, lang: str) -> dict[str, str]:
    """Case forms of a male surname that declines like a noun; ``/`` gives the genitive."""
    nom, _, gen = word.partition("/")
    if not gen:
        soft = nom[-1] in "ьй"
        base = nom[:-1] if soft else nom[:-1] + "в" if nom.endswith("ў") else nom
        gen = base + ("я" if soft else "а")
    stem, soft = gen[:-1], gen.endswith("я")
    hard_ins = "ам" if lang == "be" else "ем" if stem[-1] in _HUSH else "ом"
    return {
        "nom": nom,
        "gen": gen,
        "acc": gen,
        "dat": stem + ("ю" if soft else "у"),
        "ins": stem + ("ем" if soft else hard_ins),
        "loc": stem + "е",
    }


def _fem_a(word: str, lang: str) -> dict[str, str]:
    """Case forms of a surname in -а/-я that declines like a noun of that ending."""
    b = word[:-1]
    soft = word.endswith("я")
    if lang == "be":
        gen = b + ("і" if soft or b[-1] in "гкх" else "ы")
        return {
            "nom": word,
            "gen": gen,
            "acc": b + ("ю" if soft else "у"),
            "dat": gen,
            "ins": b + ("яй" if soft else "ай"),
            "loc": gen,
        }
    gen = b + ("и" if soft or b[-1] in "гкхжшчщ" else "ы")
    ins = b + ("ей" if soft or b[-1] in _HUSH else "ой")
    return {"nom": word, "gen": gen, "acc": b + ("ю" if soft else "у"), "dat": b + "е", "ins": ins, "loc": b + "е"}


def cases(kind: str, word: str, gender: str, lang: str) -> dict[str, str]:
    """Case forms (nom, gen, acc, dat, ins, loc) of a surname of class ``kind`` for a man or a woman."""
    be = lang == "be"
    if kind == "i" or (kind == "n" and gender == "f"):
        return dict.fromkeys(("nom", "gen", "acc", "dat", "ins", "loc"), word.partition("/")[0])
    if kind in ("n",):
        return _noun(word, lang)
    if kind == "a":
        return _fem_a(word, lang)
    if kind == "ov" and gender == "m":
        base = word[:-1] + "в" if word.endswith("ў") else word
        return {
            "nom": word,
            "gen": base + "а",
            "acc": base + "а",
            "dat": base + "у",
            "ins": base + "ым",
            "loc": base + "е",
        }
    if gender == "f":
        b = word[:-1]
        obl = b + ("й" if be else "ой")
        if kind != "ov":
            obl = word[:-2] + ("ай" if be else "ой")
            return {"nom": word, "gen": obl, "acc": word[:-2] + "ую", "dat": obl, "ins": obl, "loc": obl}
        return {"nom": word, "gen": obl, "acc": b + "у", "dat": obl, "ins": obl, "loc": obl}
    stem = word[:-1] if be else word[:-2]
    soft = stem[-1] in "кгх" or (be and word.endswith("і"))
    yi = "і" if be else "и"
    ins = stem + (yi + "м" if soft else "ым")
    if be:
        return {
            "nom": word,
            "gen": stem + "ага",
            "acc": stem + "ага",
            "dat": stem + "аму",
            "ins": ins,
            "loc": stem + "ім",
        }
    return {"nom": word, "gen": stem + "ого", "acc": stem + "ого", "dat": stem + "ому", "ins": ins, "loc": stem + "ом"}


# Frames per class of slot: (frame class, case, male frame, female frame).
RU_FRAMES = (
    ("given", "nom", "Сергей {} сидел с ним в одном отряде.", "Анна {} сидела с ней в одной камере."),
    ("given", "ins", "Мы с Сергеем {} ездили на суд.", "Мы с Анной {} ездили на суд."),
    ("title", "nom", "Следователь {} сказал, что свиданий не будет.", "Судья {} зачитала приговор."),
    ("title", "nom", "Начальник отряда {} его не выпускал.", "Адвокат {} приехала в колонию."),
    ("verb", "acc", "Потом вызвали {} на допрос.", "Потом вызвали {} на допрос."),
    ("start", "nom", "{} сказал, что передачу не примут.", "{} сказала, что передачу не примут."),
    ("oblique", "gen", "Дело {} рассматривали в закрытом режиме.", "Дело {} рассматривали в закрытом режиме."),
    ("oblique", "dat", "Передачу {} так и не отдали.", "Передачу {} так и не отдали."),
    ("oblique", "ins", "С {} мы сидели в одной камере.", "С {} мы сидели в одной камере."),
    ("oblique", "loc", "Мы долго говорили о {} на кухне.", "Мы долго говорили о {} на кухне."),
)
BE_FRAMES = (
    ("given", "nom", "Сяргей {} сядзеў з ім у адным атрадзе.", "Ганна {} сядзела з ёй у адной камеры."),
    ("title", "nom", "Следчы {} сказаў, што спатканняў не будзе.", "Суддзя {} зачытала прысуд."),
    ("verb", "acc", "Потым выклікалі {} на допыт.", "Потым выклікалі {} на допыт."),
    ("start", "nom", "{} сказаў, што перадачу не возьмуць.", "{} сказала, што перадачу не возьмуць."),
    ("oblique", "gen", "Справу {} разглядалі ў закрытым рэжыме.", "Справу {} разглядалі ў закрытым рэжыме."),
    ("oblique", "ins", "З {} мы сядзелі ў адной камеры.", "З {} мы сядзелі ў адной камеры."),
)
EN_FRAMES = ("Mr {} was detained in August.", "{}'s lawyer was disbarred.")
# Frames also rendered like unpunctuated lower-case speech recognition (``asr_like``).
LOWER = {"given", "title", "verb"}


def rows() -> list[tuple[str, str, str, str]]:
    """(frame class, lang, text, surface) for every surname, male and female, in every frame."""
    out: list[tuple[str, str, str, str]] = []
    for kind, ru, be, latin, ru_f, be_f in entries():
        for lang, frames, forms in (("ru", RU_FRAMES, (ru, ru_f)), ("be", BE_FRAMES, (be, be_f))):
            for gender, word in (("m", forms[0]), ("f", forms[1])):
                if gender == "f" and kind in ("a", "i"):
                    continue
                table = cases(kind, word, gender, lang)
                for frame_class, case, male, female in frames:
                    text = (male if gender == "m" else female).format(table[case])
                    out.append((frame_class, lang, text, table[case]))
                    if frame_class in LOWER:
                        out.append((frame_class + "-lc", lang, asr_like(text), table[case].lower()))
        for frame in EN_FRAMES:
            out.append(("en", "en", frame.format(latin), latin))
    return out
