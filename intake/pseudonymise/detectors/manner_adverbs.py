"""The last step of ``detect()``: a manner adverb of a language written without its hyphen is no name.

``по-немецки``, ``па-польску`` name a language, never a person, place or organisation; speech recognition and
hurried typing drop the hyphen (``пишет по немецки``, ``так по белорусски называется``), and the bare adverb then
looks like an unknown word to the name detectors or a form of a name they propagate. A one-word name span in
lower case with an adverb ending (Russian ``-ски``/``-цки``, Belarusian ``-ску``/``-цку``) right after ``по`` or
``па`` is dropped; a capitalised word (``по Ковальски``) stays.
"""

from __future__ import annotations

import re

from intake.pseudonymise.vocabulary import NAME_LABELS

_ENDINGS = ("ски", "цки", "ску", "цку")
_BEFORE = re.compile(r"(?:^|[^\w-])(?:по|па)\s+$", re.IGNORECASE)
_WINDOW = 8  # characters before the span: the preposition and its spaces


def language_adverb(text: str, start: int, end: int, label: str) -> bool:
    """``text[start:end]`` is a hyphenless manner adverb of a language after ``по``/``па`` (module docstring)."""
    word = text[start:end]
    if label not in NAME_LABELS or not word.isalpha() or not word[:1].islower() or not word.endswith(_ENDINGS):
        return False
    return bool(_BEFORE.search(text[max(0, start - _WINDOW) : start]))
