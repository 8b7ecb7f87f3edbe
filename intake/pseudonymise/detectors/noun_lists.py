"""A word inside a list of creatures (``щука окунь``, ``салавей дрозд спяваюць``) names the animal, not a person.

In lower-case speech a surname that is an animal noun (Карась, Салавей) is masked wherever it recurs once a
full name gave it away. Speakers also list animals without commas (``на рынке карась плотва``): there the
word stands next to another animate common noun in one of its cases, with only spaces between them, a
pattern a person's surname does not take. The animate nouns a person's name does stand next to (``адвокат``,
``мама``, the speaker labels ``респондент``) are role nouns, and they do not count; a thing beside the word
(``кніга грач``) does not either, nor the word said twice (``рыбак рыбак``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import lowercase as lowercase_rules
from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import SPEAKER_LABELS
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.stopwords import is_stop_word


def _creature(tok: Token) -> frozenset[str]:
    """The cases of ``tok`` read as an animal noun, no name or role (Belarusian through its Russian spelling)."""
    if not tok.cyrillic or tok.cap or is_stop_word(tok.text) or tok.norm in SPEAKER_LABELS:
        return frozenset()
    if lowercase_rules.is_role(tok):
        return frozenset()
    spelling, m = namelex.russian_reading(tok.text.lower())
    if not m.known or m.name + m.surname + m.patronymic > 0:
        return frozenset()
    return lowercase_rules.animate_cases(spelling)


def in_noun_list(tokens: Sequence[Token], labels: Sequence[str | None], i: int) -> bool:
    """The word at ``i`` stands, with only spaces between, next to an unlabelled animal noun sharing one of its
    cases."""
    own = _creature(tokens[i])
    if not own:
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(tokens) or labels[j] is not None:
            continue
        if tokens[j].norm == tokens[i].norm or namelex.lemma(tokens[j].text) == namelex.lemma(tokens[i].text):
            continue  # ``рыбак рыбак``: a word said twice is no list
        if tokens[max(i, j)].spaced and own & _creature(tokens[j]):
            return True
    return False
