"""Soft wraps: a line break that cuts a sentence, not one that ends it.

Whisper writes every segment on its own line and ends a segment at a pause, often mid-sentence: a full name
(``Алесь`` / ``Бяляцкі``), a preposition and its place (``в`` / ``Гомеле``), a cue and its number
(``he turned`` / ``forty-one``). Such a break is a *soft wrap*, and the phrase-level rules read it as a
space. A break is soft when

* it is a single line break (a blank line is a paragraph);
* the line before ends in a word, a number or a comma (no ``.``, ``?``, ``!``, ``…``, ``;`` or ``:``);
* the passage is punctuated (the line before or the one after holds a comma or a sentence mark), or the
  line ends in a word that cannot end a clause (a preposition, an article, a conjunction: ``ninth of`` /
  ``august``). Otherwise, in unpunctuated speech (lower-case recogniser output, or a line typed without
  punctuation), a bare line end may as well end the sentence (``а судья дал пять`` / ``адвокат молчал``),
  and the line keeps its old reading: a boundary, except that a lower-case word after it may continue a name
  (:func:`bare_break`, used by the tokenizer);
* the next line does not open with a speaker label (``Интервьюер:``, ``Respondent:``, or a label word whose
  colon a lower-case export blanked: ``рэспандэнт``);
* the two lines are not both short (one to three words): a column of short lines is a list, each line
  its own item.

Offsets never change: a span found across a soft wrap simply contains the ``\\n``.
"""

from __future__ import annotations

import re

# The words of a speaker label, also when speech recognition or a stripped export dropped its colon.
SPEAKER_WORDS = frozenset(
    "интервьюер респондент інтэрв'юер інтэрв’юер інтэрвьюер рэспандэнт interviewer respondent".split()
)
_LABEL = re.compile(r"[ \t\"«„“'(–—-]*(?:\d|([^\W\d_]+(?:['’ʼ-][^\W\d_]+)*)[ \t]*(:?))")
_WORD = re.compile(r"\w+")
_SHORT = 3  # words on a line of a list
# Punctuation that shows a passage is punctuated writing, where a bare line end is no sentence end.
_PUNCTUATION = re.compile(r"[,.?!…;]")
# Words that cannot end a clause: a preposition, an article or a conjunction at a line's end leaves its
# phrase open, punctuated or not (``в`` / ``гомеле``, ``the ninth of`` / ``august``).
_DANGLING = frozenset(
    "в во у ў на по па к ко с со з са из иза ад от до да за под пад над при пры о об аб про пра для без каля "
    "около ля праз через и і а но ці или ли "
    "of in on at to from with by for into onto the a an and or but".split()
)


def bare_break(text: str, newline: int) -> bool:
    """The line break at ``text[newline]`` follows a word, a number or a comma and opens a line that is no
    speaker label: in unpunctuated speech it may cut a sentence or end one."""
    i = newline - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or not (text[i].isalnum() or text[i] == ","):
        return False
    label = _LABEL.match(text, newline + 1)  # a number, or a word that is no speaker label, opens the line
    return label is not None and not (label.group(2) or (label.group(1) or "").lower() in SPEAKER_WORDS)


def soft_wrap(text: str, newline: int) -> bool:
    """The line break at ``text[newline]`` cuts a sentence in two (see the module docstring)."""
    if not bare_break(text, newline):
        return False
    before, after = _lines(text, newline)
    if not (_PUNCTUATION.search(before) or _PUNCTUATION.search(after) or _dangles(before)):
        return False  # unpunctuated speech: a bare line end may as well end the sentence
    return len(_WORD.findall(before)) > _SHORT or len(_WORD.findall(after)) > _SHORT


def _dangles(line: str) -> bool:
    """The line ends in a word that cannot end a clause (:data:`_DANGLING`)."""
    words = _WORD.findall(line[-12:])
    return bool(words) and words[-1].lower() in _DANGLING


def _lines(text: str, newline: int) -> tuple[str, str]:
    """The line that the break at ``newline`` ends and the one it opens."""
    end = text.find("\n", newline + 1)
    return text[text.rfind("\n", 0, newline) + 1 : newline], text[newline + 1 : len(text) if end < 0 else end]


def soft_gap(text: str, start: int, end: int) -> bool:
    """The gap ``text[start:end]`` between two words is blanks around one soft wrap (and nothing else)."""
    gap = text[start:end]
    return gap.count("\n") == 1 and gap.strip(" \t\n") == "" and soft_wrap(text, start + gap.index("\n"))


def as_space(text: str, start: int, end: int) -> str:
    """The gap ``text[start:end]`` as the phrase rules read it: a soft wrap becomes a space (same length)."""
    gap = text[start:end]
    if gap.count("\n") != 1:
        return gap
    newline = start + gap.index("\n")
    return gap.replace("\n", " ") if soft_wrap(text, newline) else gap
