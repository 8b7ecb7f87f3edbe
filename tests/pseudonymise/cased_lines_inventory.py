"""Invented rows for case-aware propagation (``cased_lines.py``): a surname that is an ordinary word of its
language, used as the person's name, then as the word in a cased sentence, then the person again in a cased
sentence and in a line written all in lower case (speech-recognition output pasted into a typed transcript).

Each row: (language, surname as seeded, the common word in a cased sentence, the surname's object form).
"""

from __future__ import annotations

ROWS: list[tuple[str, str, str, str]] = [
    ("ru", "Жук", "жук", "жука"),
    ("ru", "Воробей", "воробей", "воробья"),
    ("ru", "Медведь", "медведь", "медведя"),
    ("ru", "Карась", "карась", "карася"),
    ("ru", "Голубь", "голубь", "голубя"),
    ("ru", "Соловей", "соловей", "соловья"),
    ("be", "Бусел", "бусел", "бусла"),
    ("be", "Салавей", "салавей", "салаўя"),
    ("be", "Сініца", "сініца", "сініцу"),
    ("be", "Верабей", "верабей", "вераб'я"),
    ("be", "Жук", "жук", "жука"),
    ("be", "Шчупак", "шчупак", "шчупака"),
    ("be", "Ястраб", "ястраб", "ястраба"),
    ("be", "Каліна", "каліна", "каліну"),
    ("en", "Robin", "robin", "robin"),
    ("en", "Cherry", "cherry", "cherry"),
    ("en", "Swan", "swan", "swan"),
    ("en", "Brick", "brick", "brick"),
]

GIVEN = {"ru": "Андрей", "be": "Алесь", "en": "Kiryl"}

FRAMES = {
    "ru": (
        "{given} {name} сидит в колонии в Шклове. Он пишет, что во дворе у них живёт {common}, и все смеются. "
        "Мы очень ждём {Obj} домой.\nмы ждём {obj} домой и пишем ему каждую неделю"
    ),
    "be": (
        "{given} {name} сядзіць у калоніі ў Шклове. Ён піша, што ў двары ў іх жыве {common}, і ўсе смяюцца. "
        "Мы вельмі чакаем {Obj} дадому.\nмы чакаем {obj} дадому і пішам яму кожны тыдзень"
    ),
    "en": (
        "{given} {name} is in the colony in Shklou. He writes that a {common} lives in the yard, and everyone "
        "laughs. We are all waiting for {Obj} to come home.\nwe are waiting for {obj} and we write every week"
    ),
}


def render(language: str, name: str, common: str, obj: str) -> str:
    """The row's text: the seed, the common word in a cased sentence, the person in a cased sentence and in a
    lower-case line."""
    return FRAMES[language].format(given=GIVEN[language], name=name, common=common, Obj=obj.capitalize(), obj=obj)


def positions(text: str, common: str, obj: str) -> tuple[int, int, int]:
    """Offsets of the common word, the cased mention and the lower-case mention."""
    return text.index(f" {common}") + 1, text.index(obj.capitalize()), text.rindex(f" {obj} ") + 1
