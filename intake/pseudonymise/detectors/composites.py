"""Composite names: a facility or institution type word and the town that pins it, an eponym, a compound term.

The coverage rule needs every word of a mention, and the other detectors find the town alone:

* a detention type word (``ИВС``, ``ЦИП``, ``СИЗО``, ``ИУОТ``, ``ЛТП``, ``ИК``, ``detention centre``, ``remand
  prison``, ``colony``) or an institution type word (a court, an executive committee, a village council, a
  rural or medical institution: ``фап``, ``амбулатория``, ``ЦРБ``, ``СПК``, ``калгас``) right before a detected
  town, with at most ``in``/``у``/``в`` between (``ИВС Новополоцка``, ``the ivs in mazyr``, ``з райвыканкама ў
  Полацку``, ``у фапе ў вёсцы Лясная``), and in English a town right before the type word (``the Brest detention
  centre``), is one span over both: DETENTION for a place of detention, ORGANISATION otherwise. The type word
  alone (``в ИВС``, ``в суде``) stays bare: nothing pins it to one place.
* a farm, factory, school or similar named after someone (``колхоз имени Ленина``, ``калгас імя Чапаева``) is
  one ORGANISATION span, the eponym included;
* a rural or medical institution pinned by a possessive (``у нашым фап``, ``в нашей амбулатории``): the noun is
  an uncertain ORGANISATION (reason ``uncertain:own-institution``);
* a detected term preceded by ``год и``/``гадок і``/``a year and`` (``отбыла я год и семь месяцев``) widens over
  that first part: the compound is one term.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.spans import UNCERTAIN, Span

SOURCE = "composites"
_I = re.IGNORECASE
_ACRO = r"(?:ивс|івс|цип|ціп|ичу|ічу|ик|ік|иуот|іуот)(?:е|а|у|ом|ам)?|сизо|сізо|сіза|лтп|пк"
_DETENTION = (
    rf"(?:{_ACRO}|изолятор\w*|ізалятар\w*|колони\w*|калоні\w*|тюрьм\w*|турм[аеуыой]\w*|централ(?:е|а|у|ом)?|"
    r"цэнтрал(?:е|а|у|ам)?|pre-?trial(?:\s+detention)?\s+(?:cent(?:re|er)|facility|prison)|"
    r"(?:temporary\s+)?detention\s+(?:cent(?:re|er)|facility)|remand\s+prison|penal\s+colony|colony|prison|"
    r"ivs|sizo|tsip|ltp)"
)
_RURAL = (
    r"фап(?:а|е|у|ом)?|фельдшерско-акушерск\w+\s+пункт\w*|амбулатори\w*|амбулаторы\w*|црб|спк|"
    r"сельсовет\w*|сельсавет\w*|колхоз\w*|совхоз\w*|калгас\w*|саўгас\w*"
)
_ORG = (
    rf"(?:суд(?:а|у|е|ом)?|судзе|court|(?:рай|гор|обл)?исполком\w*|(?:рай|гар|абл)?выканкам\w*|"
    rf"executive\s+committee|village\s+council|{_RURAL})"
)
_COURT = re.compile(r"суд(?:а|у|е|ом)?|судзе|court", _I)
# the first letters of every type word: a cheap look-ahead before the long alternation
_TYPE = re.compile(rf"(?<!\w)(?=[иіцслпктфаргоабвdtrpcisleav])(?:(?P<det>{_DETENTION})|(?P<org>{_ORG}))(?!\w)", _I)
# ``у фапе ў вёсцы Лясная``: the town's own descriptor joins it only later (``extend.py``)
_LINK = re.compile(
    r"\s+(?:(?:in|at|у|ў|в|во)\s+)?(?:(?:вёск|вёсц|деревн|дерев|горад|город|village|town|city)\w*\s+|г\.\s*)?", _I
)
_TOWN_LABELS = frozenset({"LOCATION", "DETENTION"})
_TOWN_MAX = 40  # characters: a town, with its own descriptor at most (``вёсцы Лясная``)

# колхоз имени Ленина, калгас імя Чапаева, завод имени Кирова, школа імя Янкі Купалы
_EPONYM = re.compile(
    r"(?<!\w)(?:колхоз|совхоз|калгас|саўгас|спк|завод|фабрик|школ|гимнази|гімназі|лице|ліцэ|библиотек|бібліятэк|"
    r"больниц|бальніц|университет|універсітэт|институт|інстытут|комбинат|камбінат)\w*\s+(?:имени|імя|імені)\s+"
    r"((?:[^\W\d_]\.\s*){0,2}[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})",
    _I,
)
_EPONYM_LINK = re.compile(r"имени|імя|імені", _I)
_OWN = re.compile(
    rf"(?<!\w)(?:(?:наш|ваш|сво|сва)\w*|мо(?:й|я|ю|ей|ем|ём|его|ём|ими|их)|ма(?:я|ю|ёй|ім|ёй))\s+({_RURAL})(?!\w)",
    _I,
)
_TERM_HEAD = re.compile(
    r"(?<!\w)(?:(?:один|адин|адзін|one)\s+)?(?:год|годик|гадок|a\s+year|one\s+year|year)\s+(?:и|і|and)\s+$", _I
)


def _town_after(text: str, end: int, starts: dict[int, Span], court: bool = False) -> Span | None:
    """The town right after a type word; a court only in the genitive (``суд Новополоцка``): ``на суд в
    Гомеле`` is the trial, in a town."""
    link = _LINK.match(text, end)
    if link is None or (court and link.group().strip()):
        return None
    return starts.get(link.end())


def _town_before(text: str, start: int, ends: dict[int, Span]) -> Span | None:
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return ends.get(k) if k < start else None


def _typed(text: str, found: Sequence[Span], english: bool) -> list[Span]:
    """Type word + town (or, in English, town + type word) as one span."""
    towns = [s for s in found if s.label in _TOWN_LABELS and s.end - s.start <= _TOWN_MAX]
    if not towns:
        return []
    starts = {s.start: s for s in towns}
    ends = {s.end: s for s in towns}
    out = []
    for m in _TYPE.finditer(text):
        label = "DETENTION" if m.group("det") else "ORGANISATION"
        town = _town_after(text, m.end(), starts, court=_COURT.fullmatch(m.group()) is not None)
        if town is not None:
            out.append(_joined(text, m.start(), town.end, label, town))
        elif english and (town := _town_before(text, m.start(), ends)) is not None:
            out.append(_joined(text, town.start, m.end(), label, town))
    return out


def _joined(text: str, start: int, end: int, label: str, town: Span) -> Span:
    return Span(start, end, label, text[start:end], max(town.score, 0.6), SOURCE, town.reason)


def _eponyms(text: str, found: Sequence[Span], lowercase: bool) -> list[Span]:
    """``колхоз имени Ленина``: the institution noun, the link and the eponym (capitalised words, or in lower
    case the first word and the detected name that starts there)."""
    out = []
    if _EPONYM_LINK.search(text) is None:
        return []
    for m in _EPONYM.finditer(text):
        end = m.end(1)
        if lowercase:
            first = re.match(r"[^\W\d_][\w-]*", text[m.start(1) :])
            end = m.start(1) + (first.end() if first else 0)
            end = max([end, *(s.end for s in found if s.start == m.start(1))])
        else:
            words = re.finditer(r"[^\W\d_][\w-]*\.?", m.group(1))
            caps = [w for w in words if w.group()[0].isupper()]
            if not caps or caps[0].start() != 0:
                continue
            last = caps[0]
            for word in caps[1:]:
                if m.group(1)[last.end() : word.start()].strip():
                    break
                last = word
            end = m.start(1) + last.end()
        out.append(Span(m.start(), end, "ORGANISATION", text[m.start() : end], 0.8, SOURCE))
    return out


def _own(text: str) -> list[Span]:
    return [
        Span(m.start(1), m.end(1), "ORGANISATION", m.group(1), 0.5, SOURCE, f"{UNCERTAIN}:own-institution")
        for m in _OWN.finditer(text)
    ]


def _compound_terms(text: str, found: Sequence[Span]) -> list[Span]:
    """``год и семь месяцев``: a detected term widened over the unnumbered year before it."""
    out = []
    for s in found:
        if s.label != "AGE_OR_SENTENCE":
            continue
        head = _TERM_HEAD.search(text, max(0, s.start - 30), s.start)
        if head is not None:
            out.append(Span(head.start(), s.end, s.label, text[head.start() : s.end], s.score, SOURCE, s.reason))
    return out


def detect(text: str, language: str, found: Sequence[Span], lowercase: bool) -> list[Span]:
    """Composite spans of ``text`` built on the spans ``found`` so far."""
    out = _typed(text, found, language == "en") + _compound_terms(text, found)
    if language != "en":
        out += _eponyms(text, found, lowercase) + _own(text)
    return out
