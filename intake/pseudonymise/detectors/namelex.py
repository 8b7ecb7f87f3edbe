"""Name knowledge: first-name lexicon (Cyrillic and Latin), decoys, pymorphy3 tags, surname shapes.

pymorphy3 (Russian dictionary) tags first names ``Name``, surnames ``Surn``, patronymics ``Patr`` and
places ``Geox``; it is loaded lazily, once, and every word's summary is cached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from intake.pseudonymise.detectors.gazetteer import Gazetteer, read_list
from intake.pseudonymise.detectors.morphology import FREQUENT_ENGLISH as FREQUENT_ENGLISH
from intake.pseudonymise.detectors.morphology import Morph as Morph
from intake.pseudonymise.detectors.morphology import adverb_share as adverb_share
from intake.pseudonymise.detectors.morphology import analyzer as analyzer
from intake.pseudonymise.detectors.morphology import english_ranks as english_ranks
from intake.pseudonymise.detectors.morphology import english_words as english_words
from intake.pseudonymise.detectors.morphology import gerund_share as gerund_share
from intake.pseudonymise.detectors.morphology import is_english_word as is_english_word
from intake.pseudonymise.detectors.morphology import known_parses as known_parses
from intake.pseudonymise.detectors.morphology import lemma as lemma
from intake.pseudonymise.detectors.morphology import main_pos as main_pos
from intake.pseudonymise.detectors.morphology import morph as morph
from intake.pseudonymise.detectors.morphology import no_single_person as no_single_person
from intake.pseudonymise.detectors.morphology import noun_share as noun_share
from intake.pseudonymise.detectors.morphology import russian_reading as russian_reading
from intake.pseudonymise.detectors.morphology import russian_spellings as russian_spellings
from intake.pseudonymise.detectors.morphology import verb_share as verb_share
from intake.pseudonymise.detectors.morphology import word_morph as word_morph
from intake.pseudonymise.detectors.tokens import fold

# Russian/Belarusian surname and patronymic endings (folded: і->и, ў->у, ё->е), then a case ending.
_CASE = r"(?:а|у|ем|ом|ым|е|ы|и|ой|ей|ую|ого|ому|ая|ий|ый|ым|их|ых|ага|аму|ай|ам|им)?"
SURNAME_RE = re.compile(
    r"^[^\W\d_]{2,}(?:ович|евич|авич|эвич|евна|овна|ична|авна|еуна|ауна|оуна|енко|ко|ька|енка|энка|энко|чук|чик|чык|юк|"
    r"ук|ач|ык|як|ак|ский|цкий|"
    r"ская|цкая|ски|цки|ова|ева|ов|ев|ина|ын|ына|ау|оу|еня|енок|ёнак|енак|ик|ец|ич)" + _CASE + r"$"
    r"|^[^\W\d_]{3,}(?:ск|цк)(?:ого|ому|им|ым|ом|ой|ую|ага|аму|ай)$"  # oblique cases: ставіцкім, ставицкого
)
STRONG_SURNAME_RE = re.compile(
    r"^[^\W\d_]{2,}(?:ович|евич|авич|эвич|енко|енка|энка|энко|чук|юк|ский|цкий|ская|цкая|ски|цки|ова|ева|ов|ев)"
    + _CASE
    + r"$"
)
LOWER_SURNAME_RE = re.compile(
    r"^[^\W\d_]{2,}(?:ович|евич|авич|эвич|енко|енка|энка|энко|чук|юк)" + _CASE + r"$|^[^\W\d_]{3,}(?<!л)ько$"  # Бусько
)
PATRONYMIC_RE = re.compile(  # an apostrophe may stand inside (``валер'еўна``)
    r"^[^\W\d_](?:[^\W\d_]|'){2,}(?:ович|евич|овн|евн|ичн|авич|авн|еун|аун|оун|ыч|ич)" + _CASE + r"$"
)
LATIN_SURNAME_RE = re.compile(
    r"^[A-Z][a-z]+(?:vich|vič|wicz|ovich|evich|enka|enko|chuk|czuk|chyk|czyk|czak|chak|uk|ski|sky|skaya|ska|au|aŭ|ou|ava|ova|"
    r"eva|ina|in|ev|ov|ich|ko|ik|ets|ec)$"
)

STRONG_LATIN_SURNAME_RE = re.compile(
    r"^[A-Z][a-z]{2,}(?:vich|vič|wicz|evich|ovich|enka|anka|enko|chuk|czuk|chyk|czyk|ski|sky|skaya|skaja|ska|au|aŭ)$"
    r"|^[A-Z][a-z]{3,}(?:ava|ova|eva|ena)$"
)


def _table(pairs: str, base: dict[str, str] | None = None) -> dict[str, str]:
    """A transliteration table from ``"а:a б:b ..."`` (an empty right side drops the letter)."""
    table = dict(base or {})
    for pair in pairs.split():
        letter, _, latin = pair.partition(":")
        table[letter] = latin
    return table


_TR_OFFICIAL = _table(
    "а:a б:b в:v г:h д:d е:ie ё:io ж:zh з:z и:i і:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ў:u "
    "ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:iu я:ia ':"
)
_TR_RUSSIAN = _table("г:g е:e ё:yo й:y ю:yu я:ya", _TR_OFFICIAL)
_TR_LACINKA = _table("ж:ž й:j ў:ŭ х:ch ц:c ч:č ш:š ю:ju я:ja", _TR_OFFICIAL)
_TR_POLISH = _table("в:w ж:ż ў:ł ч:cz ш:sz щ:szcz й:j", _TR_LACINKA)
_TR_PASSPORT = _table("е:e ё:io", _TR_OFFICIAL)  # as in many passports: Hleb, Zmitser
_TR_SIMPLE = _table("ё:e", _TR_RUSSIAN)  # English press: Levushka, Semyon -> Semen
SCHEMES = (_TR_OFFICIAL, _TR_RUSSIAN, _TR_LACINKA, _TR_POLISH, _TR_PASSPORT)


def transliterate(word: str, table: dict[str, str]) -> str:
    """``word`` in Latin letters by ``table`` (capitalised like the input)."""
    low = word.lower()
    out = "".join(table.get(c, c) for c in low)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def decoys() -> frozenset[str]:
    """Folded first names that are also common words (``вера``, ``мир``, ``hope``): ``givenlex.decoys``."""
    from intake.pseudonymise.detectors import givenlex  # the inventory decides its decoys (one-way import)

    return givenlex.decoys()


@lru_cache(maxsize=1)
def first_names() -> Gazetteer:
    """First names and diminutives, Cyrillic and Latin (generated transliterations included); the forms of
    the given-name inventory come from ``givenlex``."""
    from intake.pseudonymise.detectors import givenlex  # it reads this module's pymorphy3 summaries

    gaz = Gazetteer(min_stem=2)
    for forms, _ in read_list("first_names.txt"):
        for form in forms:
            gaz.add(form, "PERSON")
    for form in givenlex.given_lexicon_forms() + givenlex.belarusian_datives():
        gaz.add(form, "PERSON")
    for form in _latin_spellings() + givenlex.world_latin():
        gaz.add(form, "PERSON", ("latin",))
    return gaz


def _latin_spellings() -> list[str]:
    """Latin spellings of every Cyrillic form (also the pet forms of given_names.txt): ``lev``, ``maya``,
    ``levushka``; a spelling that is a common English word (``mark``, ``dim``) is left to capitals; then
    the hand list ``latin_names.txt``."""
    ranks = english_ranks()
    out = []
    for file in ("first_names.txt", "given_names.txt"):
        for forms, _ in read_list(file):
            for form in forms:
                for latin in {transliterate(form, table) for table in (*SCHEMES, _TR_SIMPLE)} | _extra_spellings(form):
                    if len(latin) >= 3 and ranks.get(latin.lower(), FREQUENT_ENGLISH) >= FREQUENT_ENGLISH:
                        out.append(latin)
    return out + [form for forms, _ in read_list("latin_names.txt") for form in forms]


_POLISH_L = (("ле", "лэ"), ("лё", "ло"), ("лю", "лу"), ("ля", "ла"))


def _extra_spellings(form: str) -> set[str]:
    """Spellings no letter table gives: a word-initial ``Е`` (``Ева`` -> ``Yeva``, ``Jeva``) and Polish ``l``
    before a soft vowel, which takes no ``i`` (``Лев`` -> ``Lew``, ``Люба`` -> ``Luba``)."""
    out = set()
    if form[:1] in "Ее":
        rest = transliterate(form[1:], _TR_RUSSIAN).lower()
        out |= {"Ye" + rest, "Je" + rest}
    low = form.lower()
    if any("л" + v in low for v in "еёюя"):
        for soft, hard in _POLISH_L:
            low = low.replace(soft, hard)
        polish = transliterate(low, _TR_POLISH)
        out.add(polish[:1].upper() + polish[1:])
    return out


_POSSESSIVE = re.compile(r"^(.{2,}?)(?:ин|ын)(?:а|о|у|ы|и|ой|ого|ому|ым|ых|ими|ую)?$")
_POSSESSIVE_OV = re.compile(r"^(.{3,}?)(?:ов|ев|ав|оу|еу|ау)(?:а|о|у|ы|и|ой|ого|ому|ым|ых|ими|ую|ага|аму|ай|ых|ым)?$")


def possessive_base(norm: str) -> list[str]:
    """First-name forms a name-derived possessive adjective may come from (``димкин`` -> ``димка``;
    ``пятрусевы`` -> ``пятрусь``, ``янкава`` -> ``янка``, ``тарасовы`` -> ``тарас``)."""
    m = _POSSESSIVE.match(norm)
    out = [m.group(1) + v for v in ("а", "я")] if m else []
    m = _POSSESSIVE_OV.match(norm)
    if m:
        stem = m.group(1)
        out += [stem, stem + "ь", stem + "а", stem + "я"]
    return out


def looks_like_surname(norm: str, strong: bool = False) -> bool:
    """A folded Cyrillic word shaped like a surname or patronymic."""
    return bool((STRONG_SURNAME_RE if strong else SURNAME_RE).match(norm))


_NAME_GRAMMEMES = ("Name", "Surn", "Patr", "Geox")


def _listed(form: str) -> bool:
    """``form`` is itself a dictionary form in the first-name lexicon."""
    norm = fold(form)
    return any(e.words == (norm,) for e in first_names().lookup_first(norm))


def _gender(words: list[str]) -> str | None:
    """The gender of the first word pymorphy3 knows as a first name listed in the lexicon."""
    for word in words:
        names = [p for p in known_parses(word.lower()) if "Name" in p.tag and p.tag.gender]
        listed = [p for p in names if _listed(p.normal_form)]
        for p in listed or names:
            return str(p.tag.gender)
    return None


def _nominative_word(word: str, gender: str | None) -> str:
    parses: list[Any] = analyzer().parse(word.lower())
    entries = first_names().lookup_first(fold(word))
    if entries and not any(p.is_known for p in parses):
        return entries[0].surface
    named = [p for p in parses if any(g in p.tag for g in _NAME_GRAMMEMES)]
    listed = [p for p in named if "Name" in p.tag and _listed(p.normal_form)]
    pool = listed or named or [p for p in parses if p.is_known]
    if gender:
        pool = [p for p in pool if str(p.tag.gender) in (gender, "ms-f", "None")] or pool
    if not pool:
        return word
    form = pool[0].inflect({"nomn", "sing"}) or pool[0].inflect({"nomn"})
    out = str(form.word if form else pool[0].normal_form)
    if word[:1].isupper():
        out = "-".join(part[:1].upper() + part[1:] for part in out.split("-"))
    return out


def nominative(phrase: str) -> str:
    """A Russian name or place in the nominative (``Гриневичу Александру`` -> ``Гриневич Александр``).

    Words pymorphy3 does not know (most Belarusian and Latin words) are left as they are; the gender of
    the first name settles ambiguous surnames (``Марину Ковальчук`` stays feminine).
    """
    words = phrase.split()
    gender = _gender(words)
    return " ".join(_nominative_word(word, gender) for word in words)


_DIMINUTIVE_SUFFIXES = (
    "ичек",
    "ечка",
    "очка",
    "ачка",
    "ечек",
    "ушка",
    "юшка",
    "енька",
    "онька",
    "уся",
    "юся",
    "уля",
    "юля",
    "уша",
    "юша",
    "усик",
    "ик",
    "ік",
    "ек",
    "ок",
    "ка",
    "чык",
    "чик",
    "ька",
    "ня",
    "ша",
    "эк",
)


def alternations(forms: list[str]) -> list[str]:
    """Undo the consonant alternation of ``-ка`` diminutives: ``марьянцы``/``мар'янчын`` -> ``марьянка``."""
    out = []
    for form in forms:
        for tail in ("цы", "це", "цэ", "ци"):
            if form.endswith(tail):
                out.append(form[: -len(tail)] + "ка")
        if form.endswith("ча") or form.endswith("чя"):
            out.append(form[:-2] + "ка")
    return out + [f.replace("'", "ь") for f in out if "'" in f]


_DIMINUTIVE_LAST = frozenset(s[-1] for s in _DIMINUTIVE_SUFFIXES)


def suffix_stems(norm: str) -> list[str]:
    """A productive diminutive suffix taken off (``яник`` -> ``ян``), for capitalised words of 4+ letters."""
    out: list[str] = []
    if norm[-1:] not in _DIMINUTIVE_LAST:
        return out  # no suffix ends in this letter (most words): the loop below would find none
    for suffix in _DIMINUTIVE_SUFFIXES:
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 2:
            stem = norm[: -len(suffix)]
            out += [stem, stem + "а", stem + "я"]
    return out


def is_given_form(norm: str) -> bool:
    """A folded word listed as a form of a given name (``first_names.txt``, ``given_names.txt``)."""
    return norm in _given_forms()


def given_forms() -> frozenset[str]:
    """The folded forms of the listed given names (``first_names.txt``, ``given_names.txt``)."""
    return _given_forms()


@lru_cache(maxsize=1)
def _given_forms() -> frozenset[str]:
    from intake.pseudonymise.detectors import givenlex

    listed = [forms for forms, _ in read_list("first_names.txt")] + list(givenlex.linked_lines())
    return frozenset(fold(f) for forms in listed for f in forms)


def name_cases(text: str, norm: str) -> frozenset[str]:
    """Grammatical cases of a first-name token: pymorphy3's, or the nominative when pymorphy3 does not
    know it and it is a listed form as written (Belarusian ``віталь``, ``лявон``)."""
    m = word_morph(text)
    if m.known:
        return m.case
    return frozenset({"nomn"}) if norm in _given_forms() else frozenset()
