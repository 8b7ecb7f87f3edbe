"""Persons and their later forms inside one transcript: an inventory test generator (issue 14).

Each document introduces a person unmistakably (given name and surname together) and, two sentences
later, refers to the same person by ANOTHER form: a pet form in an oblique case, a possessive adjective,
the surname alone in another case, the given name in lower case, a transliteration, an ASR misspelling,
the name split over a line break, English ``'s``. Given names and pet forms come from the project's
given-name inventory (``given_name_inventory.py``); the surnames below are invented, one group per
morphological class, with Russian, Belarusian and Latin (official and Polish) spellings. No row comes
from an evaluation set. Every document is rendered cased and as unpunctuated lower-case ASR text.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.pseudonymise.given_name_inventory import be_cases, entries, ru_cases

# class | ru masc | ru fem | be masc | be fem | Latin masc | Latin fem | Polish masc | Polish fem
SURNAMES = """
ich|Лабуцевич|Лабуцевич|Лабуцэвіч|Лабуцэвіч|Labutsevich|Labutsevich|Łabucewicz|Łabucewicz
ich|Гаркавич|Гаркавич|Гаркавіч|Гаркавіч|Harkavich|Harkavich|Harkawicz|Harkawicz
adj|Зарубецкий|Зарубецкая|Зарубецкі|Зарубецкая|Zarubetski|Zarubetskaya|Zarubiecki|Zarubiecka
adj|Ольшанский|Ольшанская|Альшанскі|Альшанская|Alshanski|Alshanskaya|Olszański|Olszańska
ov|Ракитов|Ракитова|Ракітаў|Ракітава|Rakitau|Rakitava|Rakitow|Rakitowa
ov|Бурдейкин|Бурдейкина|Бурдзейкін|Бурдзейкіна|Burdzeikin|Burdzeikina|Burdziejkin|Burdziejkina
enko|Шаповаленко|Шаповаленко|Шапаваленка|Шапаваленка|Shapavalenka|Shapavalenka|Szapawalenka|Szapawalenka
uk|Гордейчик|Гордейчик|Гардзейчык|Гардзейчык|Hardzeichyk|Hardzeichyk|Hardziejczyk|Hardziejczyk
uk|Мацулюк|Мацулюк|Мацулюк|Мацулюк|Matsuliuk|Matsuliuk|Maculuk|Maculuk
onak|Лапцёнок|Лапцёнок|Лапцёнак|Лапцёнак|Laptsionak|Laptsionak|Łapcionak|Łapcionak
"""

RU_INTRO = ("{} сидит в колонии с двадцать первого года.", "Это история {}.")
BE_INTRO = ("{} сядзіць у калоніі з дваццаць першага года.", "Гэта гісторыя {}.")
EN_INTRO = ("{} has been in a penal colony since 2021.", "This is the story of {}.")
FILLER = {"ru": "Суд был закрытый.", "be": "Суд быў закрыты.", "en": "The trial was closed."}


@dataclass(frozen=True)
class Surname:
    """One invented surname in its spellings and declension class."""

    cls: str
    ru: tuple[str, str]
    be: tuple[str, str]
    latin: tuple[str, str]
    polish: tuple[str, str]


def surnames() -> list[Surname]:
    """The invented surnames, one per line of :data:`SURNAMES`."""
    out = []
    for line in SURNAMES.strip().splitlines():
        cls, rm, rf, bm, bf, lm, lf, pm, pf = line.split("|")
        out.append(Surname(cls, (rm, rf), (bm, bf), (lm, lf), (pm, pf)))
    return out


def ru_surname_case(word: str, cls: str, fem: bool, case: str) -> str:
    """Russian genitive (``gen``) or instrumental (``ins``) of an invented surname."""
    if cls == "enko" or (fem and cls in ("ich", "uk", "onak")):
        return word
    if cls == "adj":
        stem = word[:-2]
        return stem + ("ой" if fem else ("ого" if case == "gen" else "им"))
    if cls == "ov":
        return word[:-1] + "ой" if fem else word + ("а" if case == "gen" else "ым")
    if cls == "onak":
        stem = word[:-3] + "нк"
        return stem + ("а" if case == "gen" else "ом")
    return word + ("а" if case == "gen" else "ем" if word[-1] in "чшщжц" else "ом")


def be_surname_case(word: str, cls: str, fem: bool, case: str) -> str:
    """Belarusian genitive or instrumental of an invented surname."""
    if cls == "enko":
        return word[:-1] + ("і" if case == "gen" else "ам") if not fem else word
    if fem and cls in ("ich", "uk", "onak"):
        return word
    if cls == "adj":
        return word[:-2] + ("ай" if fem else ("ага" if case == "gen" else "ім"))
    if cls == "ov":
        return word[:-1] + "ай" if fem else word[:-1] + ("ва" if case == "gen" else "вым")
    if cls == "onak":
        return word[:-3] + "нка" if case == "gen" else word[:-3] + "нкам"
    return word + ("а" if case == "gen" else "ам")


def misspell(word: str, n: int) -> str:
    """An ASR near-miss of a word longer than five letters: one letter changed, doubled or dropped (never
    the first)."""
    i = len(word) // 2
    kind = n % 3
    if kind == 0:
        swap = {"а": "о", "о": "а", "е": "и", "и": "е", "a": "o", "o": "a", "e": "i", "i": "e"}
        for j in range(i, len(word)):
            if word[j] in swap:
                return word[:j] + swap[word[j]] + word[j + 1:]
        return word[:i] + word[i] + word[i:]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1:]


def _ru_possessive(pet: str) -> str | None:
    """``Дашины`` of ``Даша``, ``Настины`` of ``Настя``; None when the pet form takes no ``-ин``."""
    return pet[:-1] + "ины" if pet[-1] in "ая" and pet[-2] not in "иь" else None


def _be_possessive(pet: str) -> str | None:
    return pet[:-1] + "ыны" if pet[-1] == "а" and pet[-2] not in "кгх" else pet[:-1] + "іны" if pet[-1] == "я" else None


@dataclass(frozen=True)
class Doc:
    """One rendered document: the later form's class, its surfaces (searched after ``later``)."""

    person: str
    lang: str
    form: str
    text: str
    later: int
    surfaces: tuple[str, ...]


def _doc(person: str, lang: str, form: str, intro: str, sentence: str, surfaces: tuple[str, ...]) -> Doc:
    head = f"{intro} {FILLER[lang]} "
    return Doc(person, lang, form, head + sentence, len(head), surfaces)


def _cyrillic_docs(n: int, lang: str, given: str, gender: str, pet: str, sur: Surname) -> list[Doc]:
    """The later forms of one person in Russian or Belarusian."""
    ru = lang == "ru"
    fem = gender == "f"
    cases = ru_cases if ru else be_cases
    surname = (sur.ru if ru else sur.be)[fem]
    latin = sur.latin[fem]
    case_of = ru_surname_case if ru else be_surname_case
    gen, ins = case_of(surname, sur.cls, fem, "gen"), case_of(surname, sur.cls, fem, "ins")
    first = given.partition("/")[0]
    full = f"{first} {surname}" if n % 2 == 0 else f"{cases(given, gender)['gen']} {gen}"
    intro = (RU_INTRO if ru else BE_INTRO)[n % 2].format(full)
    gen = ins if n % 2 else gen  # the surname alone in a case the introduction did not use
    pet_ins = cases(pet, gender)["ins"]
    poss = (_ru_possessive if ru else _be_possessive)(pet)
    dat = cases(given, gender)["dat"].lower()
    asr = misspell(ins, n)
    if ru:
        rows = [("pet-oblique", f"Потом мы с {pet_ins} ездили к адвокату.", (pet_ins,)),
                ("surname-oblique", f"Адвокат {'с ' * (n % 2)}{gen} ничего не мог сделать.", (gen,)),
                ("lower-case", f"Потом {dat} дали ещё год.", (dat,)),
                ("transliteration", f"В паспорте написано {latin}.", (latin,)),
                ("asr-misspelling", f"С {asr} мы больше не виделись.", (asr,)),
                ("line-break", f"Письма от\n{first}\n{surname} приходили редко.", (first, surname))]
        if poss:
            rows.append(("possessive", f"Мы забрали {poss} вещи из колонии.", (poss,)))
    else:
        rows = [("pet-oblique", f"Потом мы з {pet_ins} ездзілі да адваката.", (pet_ins,)),
                ("surname-oblique", f"Адвакат {'з ' * (n % 2)}{gen} нічога не змог зрабіць.", (gen,)),
                ("lower-case", f"Потым {dat} далі яшчэ год.", (dat,)),
                ("transliteration", f"У пашпарце напісана {latin}.", (latin,)),
                ("asr-misspelling", f"З {asr} мы больш не бачыліся.", (asr,)),
                ("line-break", f"Лісты ад\n{first}\n{surname} прыходзілі рэдка.", (first, surname))]
        if poss:
            rows.append(("possessive", f"Мы забралі {poss} рэчы з калоніі.", (poss,)))
    return [_doc(first, lang, form, intro, sentence, surf) for form, sentence, surf in rows]


def _english_docs(n: int, latin_given: str, gender: str, sur: Surname) -> list[Doc]:
    """The later forms of one person in English."""
    surname = sur.latin[gender == "f"]
    polish = sur.polish[gender == "f"]
    intro = EN_INTRO[n % 2].format(f"{latin_given} {surname}")
    asr = misspell(surname, n)
    rows = [("possessive", f"{surname}'s lawyer was not allowed in.", (surname,)),
            ("surname-oblique", f"Later {surname} was moved to Zhodino.", (surname,)),
            ("lower-case", f"then {latin_given.lower()} was moved again.", (latin_given.lower(),)),
            ("transliteration", f"Her Polish visa says {polish}.", (polish,)),
            ("asr-misspelling", f"We never saw {asr} again.", (asr,)),
            ("line-break", f"Letters from\n{latin_given}\n{surname} came rarely.", (latin_given, surname))]
    return [_doc(latin_given, "en", form, intro, sentence, surf) for form, sentence, surf in rows]


def persons(limit: int = 120) -> list[tuple[str, str, str, str, str, Surname]]:
    """(gender, Russian, Belarusian, Latin, first pet form, surname) for ``limit`` persons."""
    sur = surnames()
    out = []
    for n, (gender, ru, be, latin, pets) in enumerate(entries()[:limit]):
        out.append((gender, ru, be, latin, pets[n % len(pets)], sur[n % len(sur)]))
    return out


def documents(limit: int = 120) -> list[Doc]:
    """Every later form of every person in Russian, Belarusian and English."""
    out: list[Doc] = []
    for n, (gender, ru, be, latin, pet, sur) in enumerate(persons(limit)):
        out += _cyrillic_docs(n, "ru", ru, gender, pet, sur)
        be_pet = pet.replace("и", "і").replace("е", "е")
        out += _cyrillic_docs(n, "be", be, gender, be_pet, sur)
        out += _english_docs(n, latin, gender, sur)
    return out
