"""Organisation names after a type noun, continued (``org_appos.py``, ``org_agree.py``, ``org_slots.py``).

An accusative type noun after a verb of moving or joining (``устроился в компанию вектор``), a name that is
also a given name (``в фонде вера``), a nominative plural adjective and noun (``в группе белые росы``),
``завод`` and a Belarusian noun whose Russian spelling is another word (``ў кавярні зорка``), English kinds
before ``called``/``named`` (``a choir named silver bells``); decoys: a genitive, a verb, a role, a time
word, a pronoun, and in lower-case speech a type noun that opens its clause (``в фирме бардак``). Every row
is invented; names are checked cased and as unpunctuated lower-case speech (``asr_like``).
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from intake.pseudonymise.detectors import org_appos
from intake.pseudonymise.detectors.orgnames import name_tail
from intake.pseudonymise.detectors.tokens import is_lowercase_text, tokenize

# An accusative type noun after a verb of moving or joining (the ``appos-acc`` rule itself is checked).
ACCUSATIVE = [
    ("ru", "Потом я устроился в компанию вектор.", "вектор"),
    ("ru", "Она пришла в фирму прогресс в девятом году.", "прогресс"),
    ("ru", "В двенадцатом году он перешёл в компанию горизонт.", "горизонт"),
    ("ru", "Сестра поступила в студию радуга.", "радуга"),
    ("be", "Ён уладкаваўся ў кампанію вектар.", "вектар"),
]

NAMES = [
    *ACCUSATIVE,
    ("ru", "Нам тогда помог фонд надежда.", "надежда"),
    ("ru", "Она работала в фонде вера.", "вера"),
    ("ru", "Я пела в группе белые росы.", "белые росы"),
    ("ru", "Он играл в группе синие туманы.", "синие туманы"),
    ("ru", "Он работал на заводе горизонт.", "горизонт"),
    ("be", "Яна працавала ў кавярні зорка.", "зорка"),
    ("en", "She sang in a choir named silver bells.", "silver bells"),
    ("en", "He worked at a bakery called golden crust.", "golden crust"),
]


DECOYS = [
    ("ru", "Я устроился в компанию друзей."),
    ("ru", "В фирму пришёл директор."),
    ("ru", "Она пришла в фирму год назад."),
    ("ru", "Он пришёл в компанию сам."),
    ("ru", "Я попала в группу риска."),
    ("ru", "В группе все были против."),
    ("ru", "Фонд помог нам."),
    ("ru", "Он перешёл в группу поддержки."),
    ("ru", "Он работал на том самом заводе детали для тракторов."),
    ("ru", "В этом фонде помощь для семей."),
    ("en", "A company called me yesterday."),
    ("en", "The choir named after her sang."),
]

# Lower-case speech only: a type noun that opens its clause takes a subject; a role is no name.
SPEECH_DECOYS = [
    ("ru", "В фирме бардак."),
    ("ru", "У нас в клубе тишина."),
    ("ru", "В фирме директор сказал, что денег нет."),
    ("be", "А ў фірме бязладдзе."),
]


def _masked(text: str, lang: str, surface: str) -> bool:
    spans = detect(text, lang)
    start = text.index(surface)
    return all(any(s.start <= k < s.end for s in spans) for k in range(start, start + len(surface)))


@pytest.mark.parametrize("variant", ["cased", "asr"])
@pytest.mark.parametrize(("lang", "text", "surface"), NAMES)
def test_name_after_type_noun(lang: str, text: str, surface: str, variant: str) -> None:
    text = asr_like(text) if variant == "asr" else text
    assert _masked(text, lang, surface)


@pytest.mark.parametrize("variant", ["cased", "asr"])
@pytest.mark.parametrize(("lang", "text"), DECOYS)
def test_decoy_stays_open(lang: str, text: str, variant: str) -> None:
    text = asr_like(text) if variant == "asr" else text
    assert not [s for s in detect(text, lang) if s.label == "ORGANISATION"]


@pytest.mark.parametrize(("lang", "text"), SPEECH_DECOYS)
def test_clause_subject_in_speech(lang: str, text: str) -> None:
    assert not [s for s in detect(asr_like(text), lang) if s.label == "ORGANISATION"]


@pytest.mark.parametrize("variant", ["cased", "asr"])
@pytest.mark.parametrize(("lang", "text", "surface"), ACCUSATIVE)
def test_accusative_rule(lang: str, text: str, surface: str, variant: str) -> None:
    text = asr_like(text) if variant == "asr" else text
    tokens = tokenize(text)
    spans = org_appos.detect(text, tokens, lang, is_lowercase_text(tokens), name_tail)
    assert any(s.text == surface and s.reason == "uncertain:orgappos-acc" for s in spans)


@pytest.mark.parametrize(("lang", "text"), [row for row in DECOYS if row[0] != "en"])
def test_accusative_rule_decoys(lang: str, text: str) -> None:
    tokens = tokenize(text)
    assert not [s for s in org_appos.detect(text, tokens, lang, False, name_tail) if "acc" in s.reason]
