"""Invented rows for ``homonyms.py``: a surname that is a common noun, used for the person (must stay masked)
and as the noun with a syntactic cue (must not be masked).

Each row: (language, surname, its instrumental ``with X`` form, the noun with a cue in a sentence of its own).
"""

from __future__ import annotations

ROWS: list[tuple[str, str, str, str]] = [
    ("ru", "Жук", "Жуком", "на даче опять колорадский жук"),
    ("ru", "Воробей", "Воробьём", "за окном сидел городской воробей"),
    ("ru", "Медведь", "Медведем", "он рычал как тот медведь"),
    ("ru", "Карась", "Карасём", "в пруду плавал речной карась"),
    ("ru", "Сокол", "Соколом", "над полем кружили два сокола"),
    ("ru", "Кот", "Котом", "во дворе живёт дворовый кот"),
    ("ru", "Комар", "Комаром", "летом комары не давали спать"),
    ("ru", "Лебедь", "Лебедем", "на озере плавали два лебедя"),
    ("be", "Бусел", "Буслам", "на хляве вялікі бусел гняздо звіў"),
    ("be", "Жук", "Жуком", "на агародзе каларадскі жук"),
    ("be", "Салавей", "Салаўём", "ён спяваў як той салавей"),
    ("be", "Сініца", "Сініцай", "на галінцы сядзела лясная сініца"),
    ("be", "Шчупак", "Шчупаком", "ён круціцца як той шчупак"),
    ("be", "Камар", "Камаром", "летам камары не давалі спаць"),
    ("be", "Каваль", "Кавалём", "у вёсцы жыў добры каваль"),
    ("en", "Fox", "Fox", "a fox ran across the road"),
    ("en", "Robin", "Robin", "a robin sat on the fence"),
    ("en", "Swan", "Swan", "we saw a swan on the lake"),
    ("en", "Wolf", "Wolf", "he played like a wolf"),
    ("en", "Crow", "Crow", "there were two crows on the roof"),
]

GIVEN = {"ru": "Андрей", "be": "Алесь", "en": "Kiryl"}

FRAMES = {
    "ru": "{given} {name} сидит в колонии. {name} сказал, что держится. Мы говорили с {inst} в мае. {common}.",
    "be": "{given} {name} сядзіць у калоніі. {name} сказаў, што трымаецца. Мы гаварылі з {inst} у траўні. {common}.",
    "en": "{given} {name} is in the colony. {name} said he was fine. We spoke with {inst} in May. {common}.",
}


def render(language: str, name: str, inst: str, common: str) -> str:
    """The row's text: full name, the surname alone as subject and after a preposition, then the noun."""
    sentence = common[0].upper() + common[1:]
    return FRAMES[language].format(given=GIVEN[language], name=name, inst=inst, common=sentence)
