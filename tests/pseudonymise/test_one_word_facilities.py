"""Round 15 inventory: a Belarusian place of detention named by ONE word, in frames of transfer, arrival,
visits, parcels and letters, in Russian, Belarusian and English, cased and unpunctuated lower case.

Written from general knowledge of the Belarusian penitentiary system (Department of Corrections lists,
public reports); every carrier is invented.  Classes:

* ``nickname``: a facility's nickname or street name in lower case inside cased text (``на володарку``,
  ``з амерыканкі``, ``to akrestsina``, ``в витьбу``, ``у навінкі``);
* ``number``: a colony by slang number, bare ordinal or number designator (``на тройке``, ``в третьей``,
  ``у пятнаццатай``, ``in the seventeenth``, ``ik-15``) after a sentence that mentions the arrest;
* ``town``: a town that stands for its prison or colony (``в жодино``, ``у горках``, ``in horki``) after a
  mention of the arrest;
* ``echo``: a facility named once by a designator, later by its bare number alone (``ИК-17 ... in
  seventeen``, ``колонию номер три ... на тройке``): the same facility, named in the same transcript.

Each rendering must be masked (any label), up to the bound :data:`BOUND` of known misses per class; the
decoys (``STAY``) must carry no DETENTION span.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from intake.pseudonymise import detect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from detection_scoring import asr_like

# frames by case: accusative (transfer, escort, parcel), locative (serving, visit), genitive (letters, release)
_FRAMES = {
    "ru": {"acc": ("Потом его перевели {}, там он полгода.", "Его этапировали {} в сентябре.",
                   "Передачу {} у нас не приняли."),
           "loc": ("Он сидел {} почти год.", "Мы были на свидании {} в мае."),
           "gen": ("Письма {} не доходят.", "Он вышел {} в марте.")},
    "be": {"acc": ("Потым яго перавялі {}, там ён паўгода.", "Яго этапавалі {} у верасні.",
                   "Перадачу {} у нас не прынялі."),
           "loc": ("Ён сядзеў {} амаль год.", "Мы былі на спатканні {} у маі."),
           "gen": ("Пісьмы {} не даходзяць.", "Ён выйшаў {} у сакавіку.")},
    "en": {"acc": ("Then he was moved to {}, he stayed half a year.", "They transferred him to {} in September.",
                   "We sent a parcel to {} but it came back."),
           "loc": ("He spent almost a year in {}.", "We had a visit in {} in May."),
           "gen": ("Letters from {} do not arrive.", "He came out of {} in March.")},
}
_ARREST = {"ru": "Его задержали в августе двадцатого года. ", "be": "Яго затрымалі ў жніўні дваццатага году. ",
           "en": "He was detained in August 2020. "}

# (acc, loc, gen) with their prepositions; the last word(s) after the preposition are the target
_NICKNAMES = {
    "ru": (("на володарку", "на володарке", "с володарки"), ("в американку", "в американке", "из американки"),
           ("на окрестина", "на окрестина", "с окрестина"), ("в витьбу", "в витьбе", "из витьбы"),
           ("в пищаловку", "в пищаловке", "из пищаловки"), ("в волчьи норы", "в волчьих норах", "из волчьих нор"),
           ("на володарского", "на володарского", "с володарского"), ("в новинки", "в новинках", "из новинок")),
    "be": (("на валадарку", "на валадарцы", "з валадаркі"), ("у амерыканку", "у амерыканцы", "з амерыканкі"),
           ("на акрэсціна", "на акрэсціна", "з акрэсціна"), ("у віцьбу", "у віцьбе", "з віцьбы"),
           ("у воўчыя норы", "у воўчых норах", "з воўчых нор"), ("у навінкі", "у навінках", "з навінак"),
           ("на валадарскага", "на валадарскага", "з валадарскага")),
    "en": (("valadarka",) * 3, ("volodarka",) * 3, ("akrestsina",) * 3, ("okrestina",) * 3,
           ("amerykanka",) * 3, ("amerikanka",) * 3, ("vitba",) * 3, ("navinki",) * 3),
}
_NUMBERS = {
    "ru": (("на тройку", "на тройке", "с тройки"), ("в девятку", "в девятке", "из девятки"),
           ("в третью", "в третьей", "из третьей"), ("на двойку", "на двойке", "с двойки"),
           ("на пятнашку", "на пятнашке", "с пятнашки"), ("в семнадцатую", "в семнадцатой", "из семнадцатой"),
           ("в ик-15", "в ик-15", "из ик-15"), ("в двадцать вторую", "в двадцать второй", "из двадцать второй")),
    "be": (("на тройку", "на тройцы", "з тройкі"), ("у дзявятку", "у дзявятцы", "з дзявяткі"),
           ("у трэцюю", "у трэцяй", "з трэцяй"), ("у пятнаццатую", "у пятнаццатай", "з пятнаццатай"),
           ("у ік-15", "у ік-15", "з ік-15"), ("у калонію 15", "у калоніі 15", "з калоніі 15"),
           ("на сямнашку", "на сямнашцы", "з сямнашкі")),
    "en": (("the seventeenth",) * 3, ("the fifteenth",) * 3, ("the third",) * 3, ("ik-15",) * 3,
           ("colony 15",) * 3, ("the twenty-second",) * 3),
}
_TOWNS = {
    "ru": (("в жодино", "в жодино", "из жодино"), ("в шклов", "в шклове", "из шклова"),
           ("в горки", "в горках", "из горок"), ("в ивацевичи", "в ивацевичах", "из ивацевичей"),
           ("в новополоцк", "в новополоцке", "из новополоцка"), ("в глубокое", "в глубоком", "из глубокого")),
    "be": (("у жодзіна", "у жодзіна", "з жодзіна"), ("у шклоў", "у шклове", "са шклова"),
           ("у горкі", "у горках", "з горак"), ("у івацэвічы", "у івацэвічах", "з івацэвічаў"),
           ("у наваполацк", "у наваполацку", "з наваполацка")),
    "en": (("zhodzina",) * 3, ("shklou",) * 3, ("horki",) * 3, ("ivatsevichy",) * 3, ("navapolatsk",) * 3),
}
# a facility named by a designator, then its bare number (language, first sentence, later form, target)
_ECHOES = (
    ("en", "He is in IK-17 near Navapolatsk.", "Our son shared a barrack with him in seventeen.", "seventeen"),
    ("en", "They sent him to penal colony No. 15.", "Our letters to 15 took a month.", "15"),
    ("en", "He served in IK-3 Vitba.", "Then we drove to three every month.", "three"),
    ("ru", "Его отправили в ИК-17 в Шклов.", "Мы ездили на свидание в семнадцать.", "семнадцать"),
    ("ru", "Он в колонии номер три, это Витьба.", "Сейчас его держат на тройке.", "тройке"),
    ("ru", "Сын сидит в ИК-15.", "Письма на пятнашку идут месяц.", "пятнашку"),
    ("be", "Ён у ІК-15 пад Магілёвам.", "Пісьмы ў пятнаццатку ідуць месяц.", "пятнаццатку"),
    ("be", "Яго этапавалі ў калонію нумар дзевяць.", "На дзявятцы ён сустрэў сяброў.", "дзявятцы"),
    ("ru", "Его увезли в ИК-9 в Горки.", "А потом в девятке его держали в ШИЗО.", "девятке"),
)

# known misses per class and variant (cased, lower): the remaining bound, measured
# (``в двадцать второй в мае``, ``из двадцать второй в марте``: a compound ordinal with no colony word, not yet found)
BOUND = {"nickname": (0, 0), "number": (2, 2), "town": (0, 0), "echo": (0, 0)}


def _target(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[1:]) if words[0] in ("в", "у", "ў", "на", "из", "с", "з", "са", "the") else phrase


def _class_rows(name: str, table: dict[str, tuple[tuple[str, ...], ...]], lead: bool) -> list[tuple[str, ...]]:
    rows = []
    for lang, forms in table.items():
        for k, cases in enumerate(forms):
            for case, phrase in zip(("acc", "loc", "gen"), cases, strict=True):
                frames = _FRAMES[lang][case]
                frame = frames[k % len(frames)]
                text = (_ARREST[lang] if lead else "") + frame.format(phrase)
                rows.append((name, lang, text, _target(phrase).removeprefix("the ")))
    return rows


def rows() -> list[tuple[str, ...]]:
    """(class, language, text, target) for every rendering."""
    out = _class_rows("nickname", _NICKNAMES, lead=False)
    out += _class_rows("number", _NUMBERS, lead=True)
    out += _class_rows("town", _TOWNS, lead=True)
    out += [("echo", lang, f"{first} {later}", target) for lang, first, later, target in _ECHOES]
    return out


def _masked(text: str, lang: str, target: str) -> bool:
    start = text.rindex(target)
    spans = detect(text, lang)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(target)) if text[i] != " ")


def misses(lower: bool) -> dict[str, list[str]]:
    """Every rendering whose target is not fully masked, by class."""
    out: dict[str, list[str]] = {name: [] for name in BOUND}
    for name, lang, text, target in rows():
        if lower:
            text, target = asr_like(text), target.lower()
        if not _masked(text, lang, target):
            out[name].append(f"{lang}: {text}  [{target}]")
    return out


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "lower"])
def test_one_word_facilities_masked(lower: bool) -> None:
    found = misses(lower)
    over = {name: found[name] for name, bound in BOUND.items() if len(found[name]) > bound[lower]}
    assert over == {}


STAY = [
    ("ru", "Он получил тройку по физике и расстроился."),
    ("ru", "Мы поехали на тройке до вокзала, автобус был полный."),
    ("ru", "Это написано в третьей части книги."),
    ("ru", "Его обвинили по третьей статье, но потом закрыли дело."),
    ("ru", "В школе он сидел на двойке по математике весь год."),
    ("ru", "Летом мы отдыхали в Жодино у бабушки."),
    ("ru", "Он рассказал нам про новинки кино, мы смеялись."),
    ("be", "Летам мы адпачывалі ў Жодзіна ў бабулі."),
    ("en", "We spent the summer holidays in Zhodzina with grandma."),
    ("be", "Ён атрымаў тройку па фізіцы."),
    ("be", "Гэта напісана ў трэцяй частцы кнігі."),
    ("en", "He got a three in physics and was upset."),
    ("en", "We spent the summer in the third district of the city."),
]


@pytest.mark.parametrize(("lang", "text"), STAY)
def test_decoys_stay(lang: str, text: str) -> None:
    assert [s.text for s in detect(text, lang) if s.label == "DETENTION"] == []


# a designated facility's number used again as a count, a time or an age: no facility
ECHO_STAY = [
    ("ru", "Он в ИК-17, а в семнадцать лет он уже работал.", "семнадцать"),
    ("ru", "Его отправили в ИК-3. Мы приехали в три часа.", "три"),
    ("be", "Ён у ІК-15. Мы чакалі да 15 гадзін.", "15"),
    ("en", "He is in IK-3. We arrived at three o'clock.", "three"),
    ("en", "He is in penal colony No. 15. They searched us for 15 minutes.", "15"),
    ("en", "He is in IK-17. He first went to prison in 17 days after the arrest.", "17"),
]


@pytest.mark.parametrize(("lang", "text", "word"), ECHO_STAY)
def test_echo_decoys_stay(lang: str, text: str, word: str) -> None:
    start = text.rindex(word)
    assert not any(s.label == "DETENTION" and s.start <= start < s.end for s in detect(text, lang))


if __name__ == "__main__":
    for variant in (False, True):
        for name, missed in misses(variant).items():
            print(name, "lower" if variant else "cased", len(missed))
            for line in missed:
                print("   ", line)
    print("rows", len(rows()))
