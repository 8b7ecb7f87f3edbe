"""An inventory of given names used in Belarus, Russia, Ukraine, Poland and Lithuania for people born
1940-2020, written for Intake from general knowledge (no evaluation set): Russian and Belarusian
spellings, a Latin transliteration and common pet forms, with the case forms a transcript uses.

One line per name: gender, Russian form, Belarusian form, Latin form, pet forms (comma-separated).
Case forms are built by the regular declension of the ending (:func:`ru_cases`, :func:`be_cases`);
a fleeting vowel is written as the oblique stem after ``/`` (``Лев/Льв``).
"""

from __future__ import annotations

INVENTORY = """
f|Злата|Злата|Zlata|Златка,Златочка
f|Милана|Мілана|Milana|Миланка,Милаша
f|Есения|Есенія|Yesenia|Еся
f|Ярослава|Яраслава|Yaroslava|Яся,Яська,Славочка
f|Варвара|Варвара|Varvara|Варя,Варенька,Варька
f|Василиса|Васіліса|Vasilisa|Вася,Василиска
f|Ева|Ева|Eva|Евочка
f|Алиса|Аліса|Alisa|Алиска
f|София|Сафія|Sofia|Соня,Сонечка,Софийка
f|Анастасия|Анастасія|Anastasia|Настя,Настенька,Настёна,Стася
f|Дарья|Дар'я|Darya|Даша,Дашенька,Дашка
f|Полина|Паліна|Polina|Поля,Полинка,Полечка
f|Виктория|Вікторыя|Viktoria|Вика,Викуля
f|Ксения|Ксенія|Ksenia|Ксюша,Ксюха
f|Арина|Арына|Arina|Аринка,Ариша
f|Вероника|Вераніка|Veronika|Ника,Вероничка
f|Кира|Кіра|Kira|Кирочка
f|Ульяна|Ульяна|Ulyana|Уля,Ульянка
f|Таисия|Таісія|Taisia|Тая
f|Мирослава|Міраслава|Miroslava|Мира,Мирося
f|Стефания|Стэфанія|Stefania|Стеша
f|Агата|Агата|Agata|Агатка
f|Амелия|Амелія|Amelia|Амелька
f|Виолетта|Віялета|Violetta|Вита
f|Ангелина|Ангеліна|Angelina|Геля,Линочка
f|Диана|Дыяна|Diana|Дианка
f|Карина|Карына|Karina|Каринка
f|Камилла|Каміла|Kamilla|Камилка
f|Эмилия|Эмілія|Emilia|Эмилька
f|Майя|Мая|Maya|Маечка
f|Таисия|Таісія|Taisiya|Тася
f|Ангелина|Анжаліна|Anzhalina|Анжелка
f|Анна|Ганна|Anna|Аня,Анечка,Анька,Ганулька,Нюра
f|Мария|Марыя|Maria|Маша,Машенька,Маруся,Марылька
f|Елена|Алена|Elena|Лена,Леночка,Ленка,Алёнка
f|Ольга|Вольга|Olga|Оля,Олечка,Олька,Волечка
f|Татьяна|Таццяна|Tatyana|Таня,Танечка,Танюша,Танька
f|Наталья|Наталля|Natalya|Наташа,Наташка,Таша,Натуля
f|Ирина|Ірына|Irina|Ира,Ирочка,Иришка,Ірынка
f|Светлана|Святлана|Svetlana|Света,Светочка,Светка,Святланка
f|Людмила|Людміла|Lyudmila|Люда,Людочка,Люся,Мила
f|Галина|Галіна|Galina|Галя,Галочка,Галька
f|Валентина|Валянціна|Valentina|Валя,Валечка
f|Нина|Ніна|Nina|Ниночка,Нинка
f|Тамара|Тамара|Tamara|Тома,Томочка
f|Зинаида|Зінаіда|Zinaida|Зина,Зиночка
f|Раиса|Раіса|Raisa|Рая,Раечка
f|Лидия|Лідзія|Lidia|Лида,Лидочка
f|Антонина|Антаніна|Antonina|Тоня,Тонечка
f|Евгения|Яўгенія|Evgenia|Женя,Женечка
f|Юлия|Юлія|Yulia|Юля,Юлечка,Юлька
f|Екатерина|Кацярына|Ekaterina|Катя,Катенька,Катюша,Каця,Кацярынка
f|Оксана|Аксана|Oksana|Оксанка,Ксана
f|Марина|Марына|Marina|Маринка,Мариша
f|Алла|Ала|Alla|Аллочка
f|Жанна|Жана|Zhanna|Жанночка
f|Инна|Іна|Inna|Инночка
f|Лариса|Ларыса|Larisa|Лара,Лариска
f|Маргарита|Маргарыта|Margarita|Рита,Риточка
f|Регина|Рэгіна|Regina|Регинка
f|Снежана|Снежана|Snezhana|Снежанка
f|Кристина|Крысціна|Kristina|Кристинка,Кристя
f|Алина|Аліна|Alina|Алинка
f|Яна|Яна|Yana|Яночка
f|Дина|Дзіна|Dina|Диночка
f|Элеонора|Элеанора|Eleonora|Эля,Нора
f|Вольга|Вольга|Volha|Волечка
f|Тереза|Тэрэза|Teresa|Тереска
f|Ядвига|Ядвіга|Jadwiga|Ядзя
f|Данута|Данута|Danuta|Дануся
f|Станислава|Станіслава|Stanislava|Стася
f|Богдана|Багдана|Bogdana|Богданка
f|Оксана|Аксана|Aksana|Ксюша
f|Лилиана|Ліліяна|Liliana|Лиля
f|Мирра|Міра|Mirra|Мирочка
f|Серафима|Серафіма|Serafima|Сима,Симочка
f|Евдокия|Яўдакія|Evdokia|Дуся,Дуня
f|Ефросинья|Ефрасіння|Efrosinya|Фрося
f|Пелагея|Пелагея|Pelageya|Поля
f|Эвелина|Эвеліна|Evelina|Эва
f|Милена|Мілена|Milena|Миленка
f|Аделина|Адэліна|Adelina|Аделька
f|Патрисия|Патрысія|Patricia|Патя
f|Софья|Соф'я|Sofya|Софа
f|Елизавета|Елізавета|Elizaveta|Лиза,Лизонька,Лизка
f|Александра|Аляксандра|Aleksandra|Саша,Сашенька,Шура
f|Вера|Вера|Vera|Верочка,Верка
f|Надежда|Надзея|Nadezhda|Надя,Наденька,Надюша
f|Любовь|Любоў|Lyubov|Люба,Любочка,Любаша
f|Роза|Ружа|Roza|Розочка
f|Олеся|Алеся|Olesya|Леся,Олесечка
f|Ангелина|Ангеліна|Angelina|Лина
f|Виталина|Віталіна|Vitalina|Виталинка
f|Владислава|Уладзіслава|Vladislava|Влада,Владочка
f|Злата|Злата|Zlata|Златушка
m|Тимофей|Цімафей|Timofey|Тимоша,Тима,Тимоха,Цімох
m|Матвей|Мацвей|Matvey|Матвейка,Мотя
m|Арсений|Арсеній|Arseny|Арсюша,Сеня
m|Мирон|Мірон|Miron|Мирончик,Мироша
m|Демид|Дзямід|Demid|Демидка
m|Лев/Льв|Леў/Льв|Lev|Лёва,Левушка,Лёвочка
m|Марк|Марк|Mark|Маркуша
m|Максим|Максім|Maksim|Макс,Максимка,Максік
m|Артём|Арцём|Artyom|Тёма,Тёмочка
m|Александр|Аляксандр|Aleksandr|Саша,Саня,Шурик,Алесь
m|Алексей|Аляксей|Aleksey|Лёша,Алёша,Лёха
m|Андрей|Андрэй|Andrey|Андрюша,Андрусь
m|Дмитрий|Дзмітрый|Dmitry|Дима,Димочка,Дзіма,Зміцер
m|Сергей|Сяргей|Sergey|Серёжа,Серёга,Сярожа
m|Владимир|Уладзімір|Vladimir|Вова,Володя,Валодзя
m|Николай|Мікалай|Nikolay|Коля,Колька,Мікола
m|Иван|Іван|Ivan|Ваня,Ванечка,Ванька,Янка
m|Михаил|Міхаіл|Mikhail|Миша,Мишка,Міхась
m|Павел/Павл|Павел/Павл|Pavel|Паша,Пашка,Павлик
m|Пётр|Пётр|Pyotr|Петя,Петька,Пятрусь
m|Юрий|Юрый|Yury|Юра,Юрка,Юрась
m|Виктор|Віктар|Viktor|Витя,Витёк
m|Владислав|Уладзіслаў|Vladislav|Влад,Владик
m|Вячеслав|Вячаслаў|Vyacheslav|Слава,Славик
m|Станислав|Станіслаў|Stanislav|Стас,Стасик
m|Ярослав|Яраслаў|Yaroslav|Ярик,Яська
m|Богдан|Багдан|Bogdan|Богданчик
m|Даниил|Даніла|Daniil|Даня,Данька
m|Кирилл|Кірыл|Kirill|Кирюша,Кирюха
m|Никита|Мікіта|Nikita|Никитка
m|Илья|Ілья|Ilya|Илюша,Илюха
m|Егор|Ягор|Egor|Егорка,Гоша
m|Глеб|Глеб|Gleb|Глебушка
m|Ярослав|Яраслаў|Jaroslaw|Ярек
m|Фёдор|Фёдар|Fyodor|Федя,Федька
m|Семён|Сямён|Semyon|Сёма,Сёмка
m|Захар|Захар|Zakhar|Захарка
m|Савелий|Савелій|Saveliy|Савва,Сава
m|Елисей|Елісей|Elisey|Елисейка
m|Платон|Платон|Platon|Платоша
m|Святослав|Святаслаў|Svyatoslav|Свят,Славик
m|Всеволод|Усевалад|Vsevolod|Сева
m|Ростислав|Расціслаў|Rostislav|Ростик
m|Родион|Радзівон|Rodion|Родя
m|Роман|Раман|Roman|Рома,Ромка
m|Евгений|Яўген|Evgeny|Женя,Жека
m|Геннадий|Генадзь|Gennady|Гена,Генка
m|Анатолий|Анатоль|Anatoly|Толя,Толик
m|Валерий|Валерый|Valery|Валера
m|Василий|Васіль|Vasily|Вася,Васька
m|Григорий|Рыгор|Grigory|Гриша,Гришка
m|Леонид|Леанід|Leonid|Лёня,Лёнька
m|Борис|Барыс|Boris|Боря,Борька
m|Олег|Алег|Oleg|Олежка,Алежка
m|Игорь|Ігар|Igor|Игорёк
m|Вадим|Вадзім|Vadim|Вадик
m|Вячеслав|Вячаслаў|Viachaslau|Славка
m|Константин|Канстанцін|Konstantin|Костя,Костик
m|Степан|Сцяпан|Stepan|Стёпа,Стёпка
m|Тарас|Тарас|Taras|Тарасик
m|Остап|Астап|Ostap|Остапчик
m|Назар|Назар|Nazar|Назарчик
m|Тимур|Цімур|Timur|Тимурчик
m|Руслан|Руслан|Ruslan|Русик
m|Эдуард|Эдуард|Eduard|Эдик
m|Альберт|Альберт|Albert|Алик
m|Аркадий|Аркадзь|Arkady|Аркаша
m|Яков|Якаў|Yakov|Яша,Яшка
m|Ефим|Яўхім|Efim|Фима
m|Тихон|Ціхан|Tikhon|Тиша
m|Прохор|Прохар|Prokhor|Проша
m|Гордей|Гардзей|Gordey|Гордейка
m|Мирослав|Міраслаў|Miroslav|Мирек
m|Збигнев|Збігнеў|Zbigniew|Збышек
m|Анджей|Анджэй|Andrzej|Анджейка
m|Ежи|Ежы|Jerzy|Юрек
m|Томаш|Тамаш|Tomasz|Томек
m|Витаутас|Вітаўтас|Vytautas|Витас
m|Миндаугас|Міндаўгас|Mindaugas|Миндас
m|Тадеуш|Тадэвуш|Tadeusz|Тадик
m|Казимир|Казімір|Kazimierz|Казик
m|Алесь|Алесь|Ales|Алесик
m|Змитер|Зміцер|Zmitser|Змитрок
m|Ян|Ян|Jan|Янек,Ясик
m|Франц|Францішак|Frantsishak|Франусь
m|Лука|Лука|Luka|Лукаша
m|Фома|Хама|Foma|Фомка
m|Адам|Адам|Adam|Адамчик
m|Давид|Давід|David|Дава
m|Герман|Герман|German|Гера
m|Эмиль|Эміль|Emil|Эмилька
m|Ираклий|Іраклій|Irakly|Ира
m|Филипп|Філіп|Filipp|Филя
m|Вениамин|Веніямін|Veniamin|Веня
m|Эльдар|Эльдар|Eldar|Эльдарчик
"""


def entries() -> list[tuple[str, str, str, str, list[str]]]:
    """(gender, Russian, Belarusian, Latin, pet forms) per inventory line."""
    out = []
    for line in INVENTORY.strip().splitlines():
        gender, ru, be, latin, pets = line.split("|")
        out.append((gender, ru, be, latin, [p for p in pets.split(",") if p]))
    return out


_HUSHING = "жшчщц"
_VELAR = "гкхжшчщ"


def ru_cases(word: str, gender: str) -> dict[str, str]:
    """Russian case forms of a given name: nom, gen, dat, acc, ins, loc (regular declension)."""
    word, _, oblique = word.partition("/")
    stem = oblique or word
    if word.endswith("ия"):
        b = word[:-1]
        return {"nom": word, "gen": b + "и", "dat": b + "и", "acc": b + "ю", "ins": b + "ей", "loc": b + "и"}
    if word.endswith("ья") or word.endswith("я"):
        b = word[:-1]
        return {"nom": word, "gen": b + "и", "dat": b + "е", "acc": b + "ю", "ins": b + "ей", "loc": b + "е"}
    if word.endswith("а"):
        b = word[:-1]
        gen = b + ("и" if b[-1] in _VELAR else "ы")
        ins = b + ("ей" if b[-1] in _HUSHING else "ой")
        return {"nom": word, "gen": gen, "dat": b + "е", "acc": b + "у", "ins": ins, "loc": b + "е"}
    if word.endswith("ь") and gender == "f":
        b = word[:-1]
        return {"nom": word, "gen": b + "и", "dat": b + "и", "acc": word, "ins": b + "ью", "loc": b + "и"}
    if word.endswith("ий"):
        b = word[:-1]
        return {"nom": word, "gen": b + "я", "dat": b + "ю", "acc": b + "я", "ins": b + "ем", "loc": b + "и"}
    if word.endswith(("й", "ь")):
        b = stem[:-1]
        return {"nom": word, "gen": b + "я", "dat": b + "ю", "acc": b + "я", "ins": b + "ем", "loc": b + "е"}
    if word[-1] in "иеоу":
        return dict.fromkeys(("nom", "gen", "dat", "acc", "ins", "loc"), word)
    ins = stem + ("ем" if stem[-1] in _HUSHING else "ом")
    return {"nom": word, "gen": stem + "а", "dat": stem + "у", "acc": stem + "а", "ins": ins, "loc": stem + "е"}


_BE_ALT = {"т": "ц", "д": "дз", "г": "з", "к": "ц", "х": "с"}


def be_cases(word: str, gender: str) -> dict[str, str]:
    """Belarusian case forms of a given name: nom, gen, dat, acc, ins (regular declension)."""
    word, _, oblique = word.partition("/")
    stem = oblique or word
    if word.endswith("я"):
        b = word[:-1]
        return {"nom": word, "gen": b + "і", "dat": b + "і", "acc": b + "ю", "ins": b + "яй"}
    if word.endswith("а"):
        b = word[:-1]
        gen = b + ("і" if b[-1] in "гкх" else "ы")
        alt = b[:-1] + _BE_ALT[b[-1]] if b[-1] in _BE_ALT else b
        dat = alt + ("ы" if b[-1] in "к" else "е") if b[-1] not in "жшчр" else b + "ы"
        ins = b + "ай"
        return {"nom": word, "gen": gen, "dat": dat, "acc": b + "у", "ins": ins}
    if word.endswith("ў") and gender == "f":
        return {"nom": word, "gen": word[:-1] + "ві", "dat": word[:-1] + "ві", "acc": word, "ins": word[:-1] + "ўю"}
    if word.endswith(("й", "ь")):
        b = stem[:-1]
        return {"nom": word, "gen": b + "я", "dat": b + "ю", "acc": b + "я", "ins": b + "ем"}
    if word[-1] in "іеоуы":
        return dict.fromkeys(("nom", "gen", "dat", "acc", "ins"), word)
    base = stem[:-1] + "в" if stem.endswith("ў") else stem
    return {"nom": word, "gen": base + "а", "dat": base + "у", "acc": base + "а", "ins": base + "ам"}


RU_FRAMES = {
    "nom": "{}, жена, передачи возила.",
    "acc": "Я видела {} вчера.",
    "ins": "мы с {} ездили на суд",
    "gen": "У {} был свой адвокат.",
    "dat": "Я написала {} письмо.",
    "loc": "Мы долго говорили о {} тогда.",
}
BE_FRAMES = {
    "nom": "{}, жонка, перадачы вазіла.",
    "acc": "Я бачыла {} учора.",
    "ins": "мы з {} ездзілі на суд",
    "gen": "У {} быў свой адвакат.",
    "dat": "Я напісала {} ліст.",
}
EN_FRAMES = ("{} said the court was closed.", "We met {} at the border.")
PET_FRAMES = {"ru": ("{}, жена, передачи возила.", "потом {} позвонил"), "be": ("{}, жонка, перадачы вазіла.",)}


def _lower_frame(frame: str) -> bool:
    return frame[0].islower()


def rows() -> list[tuple[str, str, str, str]]:
    """(name, lang, text, surface) for every name in every frame; a lower-case frame lower-cases the name."""
    out: list[tuple[str, str, str, str]] = []
    for gender, ru, be, latin, pets in entries():
        for lang, word, frames, cases in (("ru", ru, RU_FRAMES, ru_cases), ("be", be, BE_FRAMES, be_cases)):
            forms = cases(word, gender)
            for case, frame in frames.items():
                surface = forms[case].lower() if _lower_frame(frame) else forms[case]
                out.append((ru, lang, frame.format(surface), surface))
        for frame in EN_FRAMES:
            out.append((ru, "en", frame.format(latin), latin))
        for pet in pets:
            for lang, frames in PET_FRAMES.items():
                for frame in frames:
                    surface = pet.lower() if _lower_frame(frame) else pet
                    out.append((ru, lang, frame.format(surface), surface))
    return out
