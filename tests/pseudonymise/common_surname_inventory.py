"""An inventory of surnames that are ordinary Russian or Belarusian nouns and adjectives (animals, birds, fish,
trees, tools, food, trades, traits), written for Intake from general knowledge (no evaluation set), rendered with
the given names of ``given_name_inventory`` in three orders (given name + surname, surname + given name, given
name + patronymic + surname), declined in the case a context frame asks for, cased and like unpunctuated
lower-case speech recognition (``bench.detection_scoring.asr_like``).

One line per surname: kind, Russian form, Belarusian form. Kinds: ``n`` a noun ending in a consonant (declined
for a man, unchanged for a woman), ``a`` a noun in ``-а``/``-я`` (declined for both), ``j`` an adjective
(masculine and feminine forms). A fleeting vowel is written as the oblique stem after ``/`` as in
``given_name_inventory``.
"""

from __future__ import annotations

from bench.detection_scoring import asr_like
from tests.pseudonymise.given_name_inventory import be_cases, ru_cases
from tests.pseudonymise.given_name_inventory import entries as given_entries

INVENTORY = """
n|Соболь|Собаль
n|Волк|Воўк/Ваўк
n|Заяц/Зайц|Заяц/Зайц
n|Кот|Кот
n|Баран|Баран
n|Бык|Бык
n|Козёл/Козл|Казёл/Казл
n|Крот|Крот
n|Бобёр/Бобр|Бабёр/Бабр
n|Лось|Лось
n|Олень|Алень
n|Кабан|Кабан
n|Сом|Сом
n|Карп|Карп
a|Щука|Шчука
n|Лещ|Лешч
n|Окунь|Акунь
n|Карась|Карась
n|Налим|Налім
n|Жук|Жук
n|Комар|Камар
a|Муха|Муха
n|Сокол|Сокал
n|Орёл/Орл|Арол/Арл
a|Ворона|Варона
a|Сорока|Сарока
n|Дрозд|Дрозд
n|Воробей/Воробьй|Верабей/Вераб'й
n|Голуб|Голуб
a|Синица|Сініца
n|Чиж|Чыж
n|Снегирь|Снягір
a|Галка|Галка
n|Грач|Грач
n|Дятел/Дятл|Дзяцел/Дзятл
n|Лебедь|Лебедзь
n|Кулик|Кулік
n|Шпак|Шпак
n|Бусел/Бусл|Бусел/Бусл
a|Сова|Сава
n|Петух|Певень/Пеўн
n|Молот|Молат
n|Топор|Тапор
a|Пила|Піла
a|Шило|Шыла
n|Серп|Серп
a|Коса|Каса
a|Лопата|Лапата
n|Ключ|Ключ
n|Котёл/Котл|Кацёл/Кацл
n|Корж|Корж
n|Блин|Блін
n|Пирог|Пірог
a|Каша|Каша
n|Бурак|Бурак
n|Гарбуз|Гарбуз
a|Капуста|Капуста
n|Борщ|Боршч
n|Гриб|Грыб
n|Мак|Мак
n|Горох|Гарох
n|Перец/Перц|Перац/Перц
n|Коваль|Каваль
n|Кравец/Кравц|Кравец/Краўц
n|Рыбак|Рыбак
n|Бондарь|Бондар
n|Гончар|Ганчар
n|Пастух|Пастух
n|Швец/Швц|Швец/Шаўц
n|Дуб|Дуб
n|Клён|Клён
a|Берёза|Бяроза
a|Липа|Ліпа
a|Сосна|Сасна
n|Зуб|Зуб
a|Борода|Барада
a|Голова|Галава
j|Белый|Белы
j|Чёрный|Чорны
j|Толстый|Тоўсты
j|Тихий|Ціхі
j|Рыжий|Рыжы
j|Лысый|Лысы
j|Малый|Малы
j|Добрый|Добры
j|Быстрый|Быстры
j|Дикий|Дзікі
j|Весёлый|Вясёлы
j|Глухой|Глухі
"""

RU_CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
BE_CASES = ("nom", "gen", "dat", "acc", "ins")
_VELAR_HUSHING = "гкхжшчщ"

# (case, frame) per language; ``{v}`` is the verb's ending for the person's gender.
FRAMES = {
    "ru": (
        ("nom", "Потом {} сказал{v}, что суд закрыт."),
        ("ins", "Мы говорили с {} вчера."),
        ("acc", "Утром задержали {} у подъезда."),
        ("gen", "У {} дома был обыск."),
        ("loc", "Мы много слышали о {} тогда."),
        ("dat", "Передачу отправили {} в колонию."),
    ),
    "be": (
        ("acc", "Мы шмат чулі пра {} тады."),
        ("ins", "Мы гаварылі з {} учора."),
        ("acc", "Потым {} затрымалі каля дома."),
        ("gen", "У {} дома быў ператрус."),
        ("nom", "Потым {} сказа{v}, што суд зачынены."),
        ("dat", "Перадачу адправілі {} у калонію."),
    ),
}
_VERB_END = {("ru", "m"): "", ("ru", "f"): "а", ("be", "m"): "ў", ("be", "f"): "ла"}
_PATRONYMICS = {
    "ru": (("Петрович", "Петровна"), ("Иванович", "Ивановна"), ("Сергеевич", "Сергеевна"),
           ("Николаевич", "Николаевна")),
    "be": (("Пятровіч", "Пятроўна"), ("Іванавіч", "Іванаўна"), ("Сяргеевіч", "Сяргееўна"),
           ("Мікалаевіч", "Мікалаеўна")),
}


def entries() -> list[tuple[str, str, str]]:
    """(kind, Russian, Belarusian) per inventory line."""
    return [tuple(line.split("|")) for line in INVENTORY.strip().splitlines()]  # type: ignore[misc]


def _adjective(word: str, lang: str, gender: str) -> dict[str, str]:
    """Case forms of an adjective surname (``Белый`` -> ``Белого``; ``Белая`` -> ``Белой``)."""
    b = word[:-2]
    soft = b[-1] in _VELAR_HUSHING
    if lang == "ru":
        o, y = ("е" if b[-1] in "жшчщ" else "о"), ("и" if soft else "ы")
        if gender == "m":
            return {"nom": word, "gen": b + o + "го", "dat": b + o + "му", "acc": b + o + "го", "ins": b + y + "м",
                    "loc": b + o + "м"}
        f = b + ("ей" if b[-1] in "жшчщ" else "ой")
        return {"nom": b + "ая", "gen": f, "dat": f, "acc": b + "ую", "ins": f, "loc": f}
    b = word[:-1]
    if gender == "m":
        return {"nom": word, "gen": b + "ага", "dat": b + "аму", "acc": b + "ага", "ins": b + ("ім" if soft else "ым")}
    return {"nom": b + "ая", "gen": b + "ай", "dat": b + "ай", "acc": b + "ую", "ins": b + "ай"}


def surname_cases(kind: str, word: str, lang: str, gender: str) -> dict[str, str]:
    """Case forms of a surname for a person of ``gender``: a woman's consonant-final noun surname is unchanged."""
    if kind == "j":
        return _adjective(word, lang, gender)
    if kind == "n" and gender == "f":
        return dict.fromkeys(RU_CASES, word.partition("/")[0])
    forms = (ru_cases if lang == "ru" else be_cases)(word, "m" if kind == "n" else "f")
    return {case: forms.get(case, forms["dat"]) for case in RU_CASES}


def patronymic_cases(word: str, lang: str, gender: str) -> dict[str, str]:
    """Case forms of a patronymic (``Петрович`` -> ``Петровича``; ``Петровна`` -> ``Петровны``)."""
    if gender == "m":
        ins = "ем" if lang == "ru" else "ам"
        return {"nom": word, "gen": word + "а", "dat": word + "у", "acc": word + "а", "ins": word + ins,
                "loc": word + "е"}
    b = word[:-1]
    ins = "ой" if lang == "ru" else "ай"
    return {"nom": word, "gen": b + "ы", "dat": b + "е", "acc": b + "у", "ins": b + ins, "loc": b + "е"}


def _given(lang: str, gender: str, k: int) -> dict[str, str]:
    """The case forms of the ``k``-th given name of ``gender`` in the given-name inventory (cycled)."""
    names = [(ru, be) for g, ru, be, _, _ in given_entries() if g == gender]
    ru, be = names[k % len(names)]
    return ru_cases(ru, gender) if lang == "ru" else {**be_cases(be, gender), "loc": be_cases(be, gender)["dat"]}


def rows() -> list[tuple[str, str, str, str]]:
    """(class, lang, text, surface) for every surname, gender, order, frame, cased and lower-cased: ``class`` is
    ``lang/variant/order/kind/gender``, ``surface`` the whole name as it stands in ``text``."""
    out: list[tuple[str, str, str, str]] = []
    for k, (kind, ru, be) in enumerate(entries()):
        for lang, word in (("ru", ru), ("be", be)):
            for gender in ("m", "f"):
                sur = surname_cases(kind, word, lang, gender)
                giv = _given(lang, gender, k)
                pat = patronymic_cases(_PATRONYMICS[lang][k % 4][gender == "f"], lang, gender)
                for case, frame in FRAMES[lang]:
                    orders = {
                        "given-surname": f"{giv[case]} {sur[case]}",
                        "surname-given": f"{sur[case]} {giv[case]}",
                        "given-patronymic-surname": f"{giv[case]} {pat[case]} {sur[case]}",
                    }
                    for order, name in orders.items():
                        text = frame.format(name, v=_VERB_END[lang, gender])
                        cls = f"{lang}/{order}/{kind}/{gender}"
                        out.append((f"{lang}/cased/{cls[3:]}", lang, text, name))
                        out.append((f"{lang}/lc/{cls[3:]}", lang, asr_like(text), name.lower()))
    return out
