"""Age questions that name the person in the dative, an adverb anywhere (``Сколько ему тогда было?``).

The answer in the next turn is a bare number (``— Сорок один.``); ``terms.ages`` masks it when an age question
ends shortly before it. A question with an adverb of time before or after the person (``сколько тогда ему
было``, ``колькі Насце цяпер споўнілася``) asks for an age only when the person is in the dative: a pronoun, a
kin noun or a dative name, before ``сколько`` too when a question mark closes it (``А дочке сколько сейчас?``);
``сколько их было``, ``сколько раз было`` count things and are not age questions.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.pattern_tokens import tokenize
from intake.pseudonymise.detectors.termbase import dative_person

# In unpunctuated speech the next speaker's label closes the question its mark no longer does.
_NEXT_TURN = r"(?=\s+(?:рэспандэнт|респондент|respondent)\w*(?!\w))"
_ADVERB = r"(?:(?:тогда|тады|сейчас|цяпер|теперь|уже|ужо|ещё|еще|яшчэ|вообще|наогул)\s+)?"
_ASKED = re.compile(
    r"(?<!\w)(?:сколько|с?колькі)\s+" + _ADVERB + r"(\w+)\s*" + _ADVERB.replace(r"\s+)?", r"\s*)?")
    + r"(?:(?:было|будзе|будет|было\s+б|исполнилось|исполнится|споўнілася|споўніцца|стукнуло|стукнет)(?!\w)|\?|"
    + _NEXT_TURN + ")",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("мне ему ей им нам вам тебе яму ёй ім табе".split())


def _dative(word: str) -> bool:
    if word.lower() in _PRONOUNS:
        return True
    toks = tokenize(word)
    return len(toks) == 1 and dative_person(toks[0])


# ``А дочке сколько сейчас?``, ``а сыну колькі цяпер?``: the person in the dative before ``сколько``, the question
# closed by its mark (``сколько сейчас времени?`` has no dative and asks the time)
_DATIVE_FIRST = re.compile(
    r"(?<!\w)(\w+)\s+(?:сколько|колькі)(?:\s+(?:тогда|тады|сейчас|цяпер|теперь|уже|ужо|было|будзе|будет|"
    r"исполнилось|споўнілася|стукнуло))*(?:\s*\?|" + _NEXT_TURN + ")",
    re.IGNORECASE,
)


def asked(window: str) -> list[int]:
    """Ends of the dative age questions in ``window``."""
    found = [m.end() for m in _ASKED.finditer(window) if _dative(m.group(1))]
    return found + [m.end() for m in _DATIVE_FIRST.finditer(window) if _dative(m.group(1))]
