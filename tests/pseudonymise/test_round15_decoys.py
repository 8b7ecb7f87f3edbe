"""Round-15 decoys: ordinary speech shaped like a round-15 rule's trigger carries no span of the rule's label
over the marked stretch, cased and as ASR writes it (``bench.detection_scoring.asr_like``)."""

from __future__ import annotations

import re

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from tests.pseudonymise.round15_decoys import ROWS

_MARK = re.compile(r"\[([^\]]+)\]")
# Decoys still hit (bounded, strict: fixing one fails here until it leaves this table), with the rule and reason.
_B, _ASR, _CASED = (False, True), (True,), (False,)
_KNOWN: dict[str, tuple[tuple[bool, ...], str]] = {
    # round 15, word_terms: ``пятилетка`` as a five-year plan after ``дали`` reads like the slang term
    "Нам дали [пятилетку] на стройку завода, так тогда говорили про план.": (_B, "word_terms: the plan sense"),
    # round 15, noun_surnames: a woman's consonant-final surname is indeclinable (``у Кацярыны Кот``): ambiguous
    "у кацярыны [кот] жыве": (_B, "noun_surnames: a woman's indeclinable surname reads the same"),
    # older rules (before round 15) that these decoys also trip
    "Мне дали [год] на раздумья, сказал начальник, шутя.": (_B, "patterns.sentence: a year after 'дали'"),
    "Сын получил [пятёрку] на экзамене по физике.": (_B, "terms.duration: a school mark"),
    "Дочка получила [пятерку] по математике, мы радовались.": (_B, "terms.duration: a school mark"),
    "Сын атрымаў [пяцёрку] па гісторыі.": (_B, "terms.duration: a school mark"),
    "Нам далі [тры] коўдры на ўсю камеру.": (_B, "terms.duration: a count after 'далі'"),
    "Сколько ему дали? Свиданий дали [два] за год.": (_B, "terms.duration: a count after 'дали'"),
    "Сколько вам было, когда его посадили? Мне? Ну, детей у меня было [трое].": (_B, "age answer: a count"),
    "Машине было [двадцать лет], она разваливалась.": (_B, "patterns.age: a thing's age in the dative"),
    "Дому уже [сто лет], крыша течёт.": (_B, "terms.age: a thing's age in the dative"),
    "Хаце было [сто гадоў], дах працякаў.": (_B, "patterns.age: a thing's age in the dative"),
    "Его называли [предателем] в газетах, и потом [предатель] стало ругательством.": (_B, "names: naming frame"),
    "Нас называли [экстремистами], хотя мы просто стояли.": (_ASR, "names: naming frame"),
    "Их называли [политическими], и к [политическим] относились хуже.": (_B, "names: naming frame"),
    "Её называли [ведьмой] соседи, а потом [ведьма] стала всем помогать.": (_B, "names: naming frame"),
    "Нас называлі [экстрэмістамі], але мы проста стаялі.": (_B, "namingphrase/names: naming frame"),
    "Іх называлі [палітычнымі], а [палітычных] трымалі асобна.": (_B, "names: naming frame"),
    "Это называли [кормушкой], и через [кормушку] передавали еду.": (_B, "names: naming frame"),
    "Гэта называлі [шмонам], і пасля [шмону] нічога не заставалася.": (_B, "names: naming frame"),
    "They called us [extremists] on television, and [extremists] got longer terms.": (_B, "en-nickname"),
    "Ivan's [office] was searched twice.": (_CASED, "institutions: a possessive before an office"),
    "з [кіроўцам] аўтазака не пагаворыш": (_B, "candidates:context"),
    "саша [малайчына] ўсё зрабіў": (_B, "names: a lower-case name pair"),
    "у алеся [сабака] вялікі": (_B, "names: a lower-case name pair"),
    "алесю [падарунак] перадалі": (_B, "names: a lower-case name pair"),
    "у ганны [дом] згарэў": (_B, "names: a lower-case name pair"),
    "пра алеся [кніга] выйшла": (_B, "names: a lower-case name pair"),
    "саша [молодец] всё сделал": (_B, "names: a lower-case name pair"),
    "у алеся [кот] живёт": (_B, "names: a lower-case name pair"),
}


def _parse(row: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without brackets, and each bracketed stretch (start, end)."""
    text, marks, pos = "", [], 0
    for m in _MARK.finditer(row):
        text += row[pos : m.start()]
        marks.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        pos = m.end()
    return text + row[pos:], marks


def _hits(lang: str, label: str, text: str, marks: list[tuple[int, int]]) -> list[str]:
    return [s.text for s in detect(text, lang) if s.label == label and any(s.start < e and s.end > b for b, e in marks)]


def test_known_rows_exist() -> None:
    """Every bounded decoy is a row of the table (no stale entries)."""
    assert set(_KNOWN) <= {row for *_, row in ROWS}


@pytest.mark.parametrize("lower", [False, True], ids=["cased", "asr"])
@pytest.mark.parametrize(("rule", "lang", "label", "row"), ROWS, ids=[f"{r[0]}-{r[3][:30]}" for r in ROWS])
def test_decoy(rule: str, lang: str, label: str, row: str, lower: bool, request: pytest.FixtureRequest) -> None:
    text, marks = _parse(row)
    text = asr_like(text) if lower else text
    if row in _KNOWN and lower in _KNOWN[row][0]:  # strict: fixing one fails here until it leaves _KNOWN
        request.applymarker(pytest.mark.xfail(strict=True, reason=_KNOWN[row][1]))
    assert not _hits(lang, label, text, marks), (rule, text)


def test_decoy_bound() -> None:
    """Over all decoys, cased and lower-case, no more rows are hit than the bounded ones allow."""
    hit = 0
    for _rule, lang, label, row in ROWS:
        text, marks = _parse(row)
        hit += bool(_hits(lang, label, text, marks)) + bool(_hits(lang, label, asr_like(text), marks))
    assert hit <= sum(len(variants) for variants, _ in _KNOWN.values())
