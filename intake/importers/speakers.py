"""Speaker labels: which prefixes are labels, which labels are roles, and how labels become S1…S9.

A label in a transcript is the text before a colon at the start of a turn (``Интервьюер:``, ``R:``,
``SPEAKER_00:``). Two kinds are *known*: roles (:data:`ROLES`, in Russian, Belarusian and English, with
their usual abbreviations) and numbered speakers (``S1``, ``S01``, ``SPEAKER_00``, ``Speaker 2``,
``Спикер 2``). Any other short prefix (``Марина:``, ``Примечание:``) may be a label or may be text, and
may be a person's name: it is accepted as a label only when the whole file uses it the way labels are
used (see :func:`intake.importers.layouts`), it is never shown on the terminal, and it is never stored as
a speaker name; the steward names such speakers by role afterwards (``intake speakers``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from intake.errors import TranscriptUnreadable

ROLES = frozenset(s.casefold() for s in (
    "Интервьюер", "Интервьюерка", "Интервьюируемый", "Интервьюируемая", "Респондент", "Респондентка",
    "Информант", "Информантка", "Модератор", "Вопрос", "Ответ", "Инт", "Респ", "И", "Р", "В", "О",
    "Інтэрв'юер", "Інтэрв’юер", "Інтэрв'юерка", "Інтэрв’юерка", "Рэспандэнт", "Рэспандэнтка", "Інфармант",
    "Інфармантка", "Мадэратар", "Пытанне", "Адказ", "І",
    "Interviewer", "Interviewee", "Respondent", "Participant", "Moderator", "Question", "Answer", "Int",
    "Resp", "I", "R", "Q", "A", "IP", "IV",
))
NUMBERED = re.compile(r"(?:S|SPK|SPEAKER[ _]?|Speaker ?|Спикер ?|Говорящий ?|Гаворца ?)\d{1,2}", re.IGNORECASE)
# A label candidate: up to three words (letters, digits, apostrophes, dots, hyphens), at most 32 characters.
CANDIDATE = r"[^\W\d_][\w'’.\-]*(?: [\w'’.\-]+){0,2}"
_CANDIDATE = re.compile(CANDIDATE)
MAX_LABEL = 32


def is_role(label: str) -> bool:
    return label.casefold() in ROLES


def is_known(label: str) -> bool:
    """A role or a numbered speaker: a label whatever the rest of the file looks like."""
    return is_role(label) or NUMBERED.fullmatch(label) is not None


def is_candidate(label: str) -> bool:
    return len(label) <= MAX_LABEL and _CANDIDATE.fullmatch(label) is not None


@dataclass(frozen=True)
class SpeakerPlan:
    """Labels in order of first appearance → Intake's ``S1``…; roles also become speaker names."""

    codes: dict[str, str]
    names: dict[str, str]

    def shown(self) -> list[str]:
        """``S1 = Интервьюер``, ``S2 = SPEAKER_01``, ``S3 = (a label that is not a known role: not shown)``."""
        out = []
        for label, code in self.codes.items():
            what = label if is_known(label) else "(a label that is not a known role: not shown)"
            out.append(f"{code} = {what}")
        return out


def speaker_plan(name: str, labels: Iterable[str | None], max_speakers: int) -> SpeakerPlan:
    codes: dict[str, str] = {}
    for label in labels:
        if label is not None and label not in codes:
            codes[label] = f"S{len(codes) + 1}"
    if len(codes) > max_speakers:
        raise TranscriptUnreadable(f"{name}: {len(codes)} different speaker labels (Intake labels at most "
                                   f"{max_speakers} speakers)",
                                   hint="if the prefixes are not speakers, import it with --layout plain")
    names = {code: label for label, code in codes.items() if is_role(label)}
    return SpeakerPlan(codes, names)
