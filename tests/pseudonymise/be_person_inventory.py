"""Belarusian persons in all six cases: an inventory test generator (round 15, lower-case ASR text).

Belarusian given names in their official and colloquial forms and pet forms, patronymics, and invented
surnames of every Belarusian class (``-віч``, ``-чык``, ``-ёнак``, ``-еня``, ``-ка``, ``-ук``, ``-ец``,
``-скі``/``-цкі``, ``-оў``/``-ава``, ``-ін``/``-іна``, ``-ь`` and consonant-final nouns), declined by the
regular Belarusian rules (``ў``, ``дз``, ``ц``, akanye) and put into carrier frames of each case. Every row is
rendered cased and as unpunctuated lower-case ASR text (``bench.detection_scoring.asr_like``). Written from
general knowledge of Belarusian naming; no row comes from an evaluation set.
"""

from __future__ import annotations

from dataclasses import dataclass

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")

# gender | forms (official, colloquial and pet forms), declined by their ending
GIVEN = """
m|Алесь Алесік Аляксандр Алеська Саша Сашка
m|Зміцер Змітрок Дзмітрый
m|Ягор Ягорка
m|Рыгор Рыгорка
m|Юрась Юрка Юрый
m|Кастусь Канстанцін
m|Янка Іван Ванька
m|Язэп Юзік
m|Андрэй Андрусь
m|Сяргей Сярожа Сярога
m|Міхась Міхаіл Міша
m|Уладзімір Валодзя Валодзька
m|Мікалай Мікола Колька
m|Павел/Паўл Паўлік Паўлюк
m|Лявон Лявонка
m|Сцяпан Сцёпка
m|Вінцусь Вінцэнт
m|Тодар Тодарка
f|Ганна Ганулька Ганка Анечка
f|Вольга Волечка Воля
f|Тацяна Таня Танечка
f|Кацярына Каця Кацька
f|Людміла Люда Людачка
f|Святлана Света Светачка
f|Наталля Наташа Наталка
f|Ірына Іра Ірачка
f|Алеся Алеська Лесечка
f|Ядвіга Ядзя
f|Марыля Марылька
f|Галіна Галя Галька
"""

# patronymic stems: masc -віч, fem -аўна/-еўна
PATRONYMICS = {
    "m": ["Аляксандравіч", "Міхайлавіч", "Сяргеевіч", "Рыгоравіч", "Мікалаевіч", "Уладзіміравіч"],
    "f": ["Іванаўна", "Міхайлаўна", "Аляксандраўна", "Рыгораўна", "Мікалаеўна", "Сцяпанаўна"],
}

# class | masculine | feminine (invented surnames, one or two per class)
SURNAMES = """
віч|Лабуцэвіч|Лабуцэвіч
віч|Шаркевіч|Шаркевіч
чык|Гардзейчык|Гардзейчык
чык|Лапацічык|Лапацічык
ёнак|Кавалёнак/Кавалёнк|Кавалёнак
онак|Жураконак/Жураконк|Жураконак
еня|Грышаня|Грышаня
еня|Лапеня|Лапеня
ка|Шапаваленка|Шапаваленка
ка|Бурдзейка|Бурдзейка
ук|Мацулюк|Мацулюк
ук|Сцепанчук|Сцепанчук
ец|Карпавец/Карпаўц|Карпавец
ец|Лужанец/Лужанц|Лужанец
скі|Зарубецкі|Зарубецкая
скі|Альшанскі|Альшанская
оў|Ракітаў|Ракітава
оў|Жаўрыцкоў|Жаўрыцкова
ін|Бурдзейкін|Бурдзейкіна
ін|Лагуцін|Лагуціна
ь|Гаркаль|Гаркаль
ь|Шумель|Шумель
consonant|Лапуш|Лапуш
consonant|Друцкар|Друцкар
"""

FRAMES = {
    "nom": ("{} сказала што суд быў закрыты.", "Потым {} напісаў ліст з калоніі."),
    "gen": ("У {} дома быў вобыск.", "Мы паехалі да {} на спатканне.", "Ліст ад {} прыйшоў учора."),
    "dat": ("Я напісала {} ліст.", "Перадачу {} не аддалі."),
    "acc": ("{} затрымалі ў жніўні.", "Я расказала пра {} адвакату."),
    "ins": ("Мы з {} ездзілі на суд.", "Разам з {} сядзелі ў ізалятары."),
    "loc": ("Аб {} пісалі ў навінах.", "Мы шмат гаварылі аб {} тады."),
}

# Lower-case Belarusian common words with surname-like endings: they must stay unmasked.
STAY = [
    "Хлопчык гуляў каля рэчкі а дзяўчынка чытала кніжку.",
    "Суседка сказала што настаўніца паехала ў сталіцу.",
    "Была мяцеліца і паўночны вецер.",
    "Там беларускі хлопчык чытаў пра гэта ў кніжцы.",
    "Мы пайшлі з хлопчыкам да рэчкі.",
    "Ліст ад суседкі прыйшоў учора.",
    "Разам з настаўніцай сядзелі на лаўцы.",
    "Аб сталіцы пісалі ў навінах.",
    "Я расказала пра дзяўчынку адвакату.",
    "Потым сталіца напісала ліст з калоніі.",
    # Common words of surname shapes in a person's slot (round 15): plural genitives in ``-оў``/``-яў``,
    # plural endings, agent nouns of known stems, ``-скі`` adjectives of Russian cognates.
    "Ліст ад сілавікоў прыйшоў учора.",
    "Я расказала пра палітвязняў адвакату.",
    "Каля аўтазакаў стаялі пратэстоўцы а ад пратэстоўцаў нічога не было.",
    "Мы з кіроўцам ездзілі на суд а перадачу кіроўцу не аддалі.",
    "Разам з кіроўцамі і валанцёрамі сядзелі ў калідоры.",
    "Я расказала пра міліцыянта адвакату а потым мы паехалі да сілавіка на допыт.",
    "Мы з валанцёрскага штаба ездзілі на суд а ліст ад блогерскага канала прыйшоў учора.",
    "Аб пікетоўцах пісалі ў навінах.",
]
STAY_WORDS = ("хлопчык", "дзяўчынка", "сталіца", "мяцеліца", "кніжка", "рэчка", "суседка", "настаўніца",
              "беларускі", "паўночны", "хлопчыкам", "рэчкі", "кніжку", "кніжцы", "сталіцу", "суседкі",
              "настаўніцай", "лаўцы", "сталіцы", "дзяўчынку", "вецер", "суд", "прысуд", "сілавікоў", "палітвязняў",
              "аўтазакаў", "пратэстоўцаў", "кіроўцам", "кіроўцу", "кіроўцамі", "валанцёрамі", "міліцыянта",
              "сілавіка", "валанцёрскага", "блогерскага", "пікетоўцах")


@dataclass(frozen=True)
class Row:
    """One mention in one frame: ``cls`` is the class counted (``given``, ``pet``, ``patronymic``, a surname
    class), ``case`` its case; ``surface`` the words that must be masked."""

    cls: str
    case: str
    text: str
    surface: str


def _a_stem(word: str, gender: str) -> dict[str, str]:
    """A name in ``-а``/``-я`` (``Ганна``, ``Каця``, ``Янка``, ``Лапеня``, ``Шапаваленка``)."""
    soft = word.endswith("я")
    b = word[:-1]
    if soft:
        gen = b + "і"
        dat = b + "і" if gender == "f" else b + "ю"
        return {"nom": word, "gen": gen, "dat": dat, "acc": b + "ю", "ins": b + ("яй" if gender == "f" else "ем"),
                "loc": dat}
    gen = b + ("і" if b[-1] in "гкх" else "ы")
    if gender == "m":
        return {"nom": word, "gen": gen, "dat": b + "у", "acc": b + "у", "ins": b + "ам", "loc": b + "у"}
    alt = {"г": "з", "к": "ц", "х": "с", "д": "дз", "т": "ц"}
    dat = b + "ы" if b[-1] in "жшчрц" else (b[:-1] + alt[b[-1]] + ("ы" if b[-1] in "кгх" else "е")
                                            if b[-1] in alt else b + "е")
    return {"nom": word, "gen": gen, "dat": dat, "acc": b + "у", "ins": b + "ай", "loc": dat}


def declined(word: str, gender: str, cls: str = "") -> dict[str, str]:
    """The six Belarusian case forms of a name or surname (``Лабуцэвіч``, ``Кавалёнак/Кавалёнк``)."""
    word, _, oblique = word.partition("/")
    stem = oblique or word
    if cls == "скі":
        b = word[:-1] if gender == "m" else word[:-2]
        if gender == "m":
            return {"nom": word, "gen": b + "ага", "dat": b + "аму", "acc": b + "ага", "ins": b + "ім", "loc": b + "ім"}
        return {"nom": word, "gen": b + "ай", "dat": b + "ай", "acc": b + "ую", "ins": b + "ай", "loc": b + "ай"}
    if cls in ("оў", "ін") and gender == "f":
        b = word[:-1]
        return {"nom": word, "gen": b + "ай", "dat": b + "ай", "acc": b + "у", "ins": b + "ай", "loc": b + "ай"}
    if cls in ("оў", "ін"):
        base = word[:-1] + "в" if word.endswith("ў") else word
        return {"nom": word, "gen": base + "а", "dat": base + "у", "acc": base + "а", "ins": base + "ым",
                "loc": base + "у"}
    if word.endswith(("а", "я")):
        return _a_stem(word, gender)
    if gender == "f":
        return dict.fromkeys(CASES, word)
    if word.endswith(("й", "ь")):
        b = stem[:-1]
        return {"nom": word, "gen": b + "я", "dat": b + "ю", "acc": b + "я", "ins": b + "ем", "loc": b + "ю"}
    base = stem[:-1] + "в" if stem.endswith("ў") else stem
    return {"nom": word, "gen": base + "а", "dat": base + "у", "acc": base + "а", "ins": base + "ам",
            "loc": base + "у"}


def _patronymic(word: str, gender: str) -> dict[str, str]:
    if gender == "m":
        return {"nom": word, "gen": word + "а", "dat": word + "у", "acc": word + "а", "ins": word + "ам",
                "loc": word + "у"}
    return _a_stem(word, "f")


def given() -> list[tuple[str, str, bool]]:
    """(gender, form, pet) per given-name form."""
    out = []
    for line in GIVEN.strip().splitlines():
        gender, _, forms = line.partition("|")
        for k, form in enumerate(forms.split()):
            out.append((gender, form, k > 0))
    return out


def _rows_of(cls: str, forms: dict[str, str], pair: dict[str, str] | None = None) -> list[Row]:
    rows = []
    for case in CASES:
        mention = forms[case] if pair is None else f"{forms[case]} {pair[case]}"
        for frame in FRAMES[case]:
            text = frame.format(mention)
            rows.append(Row(cls, case, text[0].upper() + text[1:], mention))
    return rows


def rows() -> list[Row]:
    """Every mention class in every case and frame (cased; render lower case with ``asr_like``)."""
    out: list[Row] = []
    names = given()
    for gender, form, pet in names:
        out += _rows_of("pet" if pet else "given", declined(form, gender))
    firsts = {g: [f for g2, f, pet in names if g2 == g and not pet] for g in "mf"}
    for k, line in enumerate(SURNAMES.strip().splitlines()):
        cls, masc, fem = line.split("|")
        for gender, word in (("m", masc), ("f", fem)):
            forms = declined(word, gender, cls)
            out += _rows_of("surname:" + cls, forms)
            first = firsts[gender][k % len(firsts[gender])]
            out += _rows_of("given+surname", declined(first, gender), forms)
    for gender, pats in PATRONYMICS.items():
        for k, pat in enumerate(pats):
            first = firsts[gender][(k * 3) % len(firsts[gender])]
            out += _rows_of("given+patronymic", declined(first, gender), _patronymic(pat, gender))
    return out
