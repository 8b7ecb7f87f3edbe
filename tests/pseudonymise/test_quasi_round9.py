"""Ages, terms, articles and dates marked by the convention before the detector was read
(``bench/quasi_convention_rows.py``), then one invented row per mechanism added for them; each row fails
without its mechanism. None is copied from an evaluation set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from intake.pseudonymise import detect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from quasi_convention_rows import QUASI_LABELS, misses, rows
from rendering_common import covered


@pytest.mark.parametrize("lower", [False, True])
def test_every_convention_row_mention_is_masked(lower: bool) -> None:
    missed = [(r.text, m) for r in rows(lower, later=True) for m in misses(r)[0]]
    assert not missed


@pytest.mark.parametrize("lower", [False, True])
def test_convention_decoys_are_at_most_uncertain_activity_durations(lower: bool) -> None:
    """Time still to serve, approximate ages, fines, counts, years: never masked. A duration of another activity
    (``мы два года живём в Варшаве``) is still offered as an uncertain candidate (test_quasi_renderings.py)."""
    bad = []
    for r in rows(lower, later=True):
        spans = detect(r.text, r.language)
        for start, end in r.decoys:
            hits = [s for s in spans if s.label in QUASI_LABELS and s.start < end and start < s.end]
            bad += [(r.text[start:end], s.source) for s in hits if s.source != "terms.duration" or not s.uncertain]
    assert not bad


def _masked(lang: str, text: str, part: str) -> bool:
    start = text.index(part)
    return covered(text, start, start + len(part), [(s.start, s.end) for s in detect(text, lang)])


MASKED = [
    # a unit that opens the next Whisper segment
    ("ru", "суд ей дал четыре\nгода общего режима", "четыре\nгода"),
    # ``стукнуло`` and kin datives beyond parents (``дзеду``, ``отцу``, ``тёте``)
    ("ru", "ему стукнуло пятьдесят пять прямо на этапе", "пятьдесят пять"),
    ("be", "дзеду восемдзесят адзін споўнілася зімой", "восемдзесят адзін"),
    ("ru", "тёте шестьдесят шесть, она всё равно ездит на суды", "шестьдесят шесть"),
    # a person noun in the dative, a profession in English apposition, an age at ``в`` before a pronoun
    ("ru", "учительнице 58, а её всё равно этапировали", "58"),
    ("en", "the teacher, 58, got four years", "58"),
    ("ru", "в семнадцать его уже задерживали за листовки", "семнадцать"),
    # an age verb after the number; the answer to ``сколько ему было``
    ("ru", "ну ей там тридцать четыре было, не больше", "тридцать четыре"),
    ("ru", "Интервьюер: Сколько ей было?\nРеспондент: Девятнадцать.", "Девятнадцать"),
    # two amounts joined by ``and`` are one term; children's ages after ``kids are``
    ("en", "two years and four months in a general-regime colony", "two years and four months"),
    ("en", "their kids are six and nine, they ask about him", "nine"),
    # a year given, added or named by its regime, the number unsaid
    ("ru", "её приговорили к году ограничения свободы", "году"),
    ("ru", "а потом ещё год накинули за нарушения", "год"),
    ("be", "у яе быў год хіміі, дробязь у параўнанні", "год"),
    # an English age followed by ``back then``
    ("en", "my wife was thirty-one back then, pregnant", "thirty-one"),
    # a КоАП article with ``па`` and the code named after it, the point blanked by ASR
    ("be", "пратакол па 23.34 КаАП за сцяг", "23.34"),
    ("ru", "протокол по 24 23 коап за флаг", "24 23"),
    # the answer to a question about the term
    ("be", "Інтэрв'юер: Колькі яму далі?\nРэспандэнт: Ну, сем. Мы плакалі.", "сем"),
    ("en", "Interviewer: How long did she get?\nRespondent: Nine. Nine, for a chat.", "Nine"),
    # a share with a possessive
    ("en", "she has served four of her six years", "four of her six years"),
    # a bare term ahead of its verb, the other number a speaker hesitates over, a governed preposition
    ("ru", "ну и в итоге семь ему дали, или восемь, не помню", "семь"),
    ("be", "ну і ў выніку шэсць далі, ці то сем, не памятаю", "сем"),
    ("ru", "его осудили на девять, как и просили", "девять"),
    ("en", "the court sentenced her to four, not three", "four"),
    # the convict named between the verb and the number; ``dad`` and ``this year``
    ("en", "the court sentenced Maryna to six and Ales to four", "four"),
    ("en", "my mum is sixty-eight this year", "sixty-eight"),
    # the verb left out of a second clause
    ("ru", "брат получил шесть, а отец четыре, в один день", "четыре"),
    # speech recognition without punctuation: an apposition, a list of articles, a КоАП article without its point
    ("ru", "андрей  52  электрик из гомеля", "52"),
    ("ru", "судили по триста шестьдесят девятой  триста шестьдесят восьмой и ещё одной", "триста шестьдесят восьмой"),
    ("be", "склалі пратакол па 24 23 за пікет", "24 23"),
    ("en", "they came for him on oct 14 at six in the morning", "oct 14"),
    # a term said as a numeral noun; the prosecutor ``хотел``
    ("ru", "ему влепили десятку, он даже не понял", "десятку"),
    ("ru", "прокурор хотел шесть, дали меньше", "шесть"),
    # dates: the first day or month of a range, day-month-year with hyphens, ``Sept.``, ``of '21``
    ("ru", "её держали с 3 по 5 марта в ИВС", "3"),
    ("be", "у ноч з першага на другое траўня яго забралі", "першага"),
    ("ru", "обыски шли в июне и июле 2022 по всему городу", "июне"),
    ("en", "it went on from April to June 2021", "April"),
    ("ru", "заседание назначили на 07-02-2023", "07-02-2023"),
    ("en", "the search was on Oct. 14, 2021, at dawn", "Oct. 14, 2021"),
    ("en", "they let him out in March of '24", "March of '24"),
]


@pytest.mark.parametrize(("lang", "text", "part"), MASKED)
def test_mechanism_rows_are_masked(lang: str, text: str, part: str) -> None:
    assert _masked(lang, text, part)


NOT_QUASI = [
    # time still to serve
    ("ru", "ей осталось ещё два с половиной года", "два с половиной года"),
    ("be", "яму засталося чатырнаццаць месяцаў", "чатырнаццаць месяцаў"),
    ("en", "she has ten months left in the colony", "ten months"),
    ("be", "ён адсядзеў тры з пяці, засталося два", "два"),
    # approximate ages, a maximum, a number that names
    ("ru", "ему где-то под шестьдесят, он плохо видит", "шестьдесят"),
    ("en", "her father was around seventy, I think", "seventy"),
    ("ru", "ему было семьдесят с лишним, он еле ходил", "семьдесят"),
    ("ru", "сыну будет почти девять, когда он выйдет", "девять"),
    ("ru", "передайте привет Сергею из отряда номер шесть", "шесть"),
    # a word split at its apostrophe is no number; ``полтора часа`` after ``приговор`` is no term
    ("be", "цяпер я ў Вільні, дапамагаю сем'ям палітвязняў", "сем"),
    ("ru", "судья читал приговор полтора часа без перерыва", "полтора"),
]


@pytest.mark.parametrize(("lang", "text", "part"), NOT_QUASI)
def test_ordinary_number_rows_are_not_quasi_identifiers(lang: str, text: str, part: str) -> None:
    start = text.rindex(part)
    end = start + len(part)
    assert not [s for s in detect(text, lang) if s.label in QUASI_LABELS and s.start < end and start < s.end]
