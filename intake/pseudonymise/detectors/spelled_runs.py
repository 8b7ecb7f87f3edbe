"""Words spelled letter by letter with hyphens or blanks (``f-r-e-e-k-a-t-y-a``, ``м-а-л-а-ш-к-о``, ``spelled
k a t y a``), once every name and contact rule has run.

Kind: a speaker spells a name, a site or an account so that the interviewer can write it down; the transcript
then holds single letters joined by hyphens or blanks, which no word rule reads, beside the name or contact they
repeat.  Three frames:

* four letters or more joined by hyphens (at least three different letters: not a stutter ``н-н-н-нет`` or a
  drawn-out ``а-а-а-а``): ordinary text never writes a name so, so the run is masked wherever it stands, unless
  it spells a common word of the language with no name or contact before it (``n-o-t-h-i-n-g`` for emphasis);
* letters joined by blanks right after a spelling cue (``spelled``, ``по буквам``, ``пішацца``);
* letters joined by blanks that spell a name or contact found within :data:`MATCH_REACH` characters
  (``katya``, ``k a t y a``; also across alphabets through the transliteration tables).

Blank-joined letters with neither a cue nor a match stay: Russian and Belarusian have one-letter words (``а я и в
москву``) and English has ``a`` and ``I``.

Label: that of the entity the run spells; else that of the name or contact it follows (within
:data:`FOLLOW_REACH` characters); else a PERSON (people spell names above all).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors.en_vocab import is_known
from intake.pseudonymise.detectors.morphology import russian_reading
from intake.pseudonymise.spans import Span
from intake.pseudonymise.translit import transliterations

_ONE = r"[^\W_]"  # one letter or digit
_HYPHENED = re.compile(rf"(?<![\w\-]){_ONE}(?:[\-‐]{_ONE}){{3,}}(?![\w\-‐])")
_BLANKED = re.compile(rf"(?<![\w\-]){_ONE}(?:[ \t]{{1,2}}{_ONE}){{3,}}(?![\w\-])")
_CUE = re.compile(
    r"(?:\bspell\w*|\bspelt|\bletter by letter|\bletters|по[ \-]?буквам|побуквенно|буквами|па[ \-]?літарах|"
    r"літарамі|пишется|пішацца|пишут|пішуць|латиницей|лацінкай)[\s,:.\-–—]*(?:(?:it'?s|is|как|як|так)[\s,:]+)?$",
    re.IGNORECASE,
)
_LABELS = ("PERSON", "URL", "EMAIL", "HANDLE")
FOLLOW_REACH = 40  # characters between the name or contact and the run it is followed by
MATCH_REACH = 200  # characters either side in which a spelled entity is looked for
_NON_LETTER = re.compile(r"[\W\d_]+")


def spelled_runs(text: str, found: Sequence[Span]) -> list[Span]:
    """Spans over the letter-by-letter runs of ``text`` (source ``spelled_runs``)."""
    out = []
    for rx in (_HYPHENED, _BLANKED):
        if rx is _HYPHENED and "-" not in text and "‐" not in text:
            continue
        for m in rx.finditer(text):
            span = _run_span(text, m, found, hyphened=rx is _HYPHENED)
            if span is not None:
                out.append(span)
    return out


def _run_span(text: str, m: re.Match[str], found: Sequence[Span], hyphened: bool) -> Span | None:
    """The span of one run, or None when a blank-joined run has no cue and spells nothing found."""
    letters = _NON_LETTER.sub("", m.group()).lower()
    if len(letters) < 4 or len(set(letters)) < 3:
        return None
    entities = [s for s in found if s.label in _LABELS and not (s.start < m.end() and m.start() < s.end)]
    spelled = [s for s in entities if abs(s.start - m.start()) <= MATCH_REACH and _spells(letters, s.text)]
    cued = _CUE.search(text[max(0, m.start() - 40) : m.start()]) is not None
    before = [s for s in entities if s.end <= m.start() and m.start() - s.end <= FOLLOW_REACH]
    if not (cued or spelled) and (not hyphened or (not before and _ordinary_word(letters))):
        return None
    label = _nearest(spelled, m.start()) or _nearest(before, m.start()) or "PERSON"
    return Span(m.start(), m.end(), label, m.group(), 0.85, "spelled_runs")


def _ordinary_word(letters: str) -> bool:
    """A word of the language spelled for emphasis (``n-o-t-h-i-n-g``, ``н-и-к-о-г-д-а``), not a name."""
    if letters.isascii():
        return letters.isalpha() and is_known(letters)
    m = russian_reading(letters)[1]
    return m.known and m.common > m.name + m.surname + m.place


def _nearest(spans: Sequence[Span], at: int) -> str | None:
    """The label of the span nearest to ``at``, if any."""
    return min(spans, key=lambda s: abs(s.start - at)).label if spans else None


def _spells(letters: str, entity: str) -> bool:
    """``letters`` (lower case, joined) spell ``entity`` or a word of it, in its alphabet or another one."""
    joined = _NON_LETTER.sub("", entity.lower())
    if letters in joined:
        return True
    forms = {f.lower() for f in transliterations(letters)}
    for word in _NON_LETTER.split(entity.lower()):
        if len(word) >= 3:
            forms_of_word = {f.lower() for f in transliterations(word)}
            if forms & forms_of_word or letters in forms_of_word:
                return True
    return False
