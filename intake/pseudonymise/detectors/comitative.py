"""A person named with the speaker in the comitative, in lower-case speech (``мяне з пацеем узялі``, ``мы с
кулешом сидели``).

``мы з X``, ``нас з X``, ``мяне з X`` (Russian ``мы с X``, ``меня с X``) means "X and I": the instrumental
after it is a person, named by a role (``мы з жонкай``), a pronoun (``мы з ім``) or a name. When the word is
in the instrumental (by its ending), is no role, pronoun or function word, and pymorphy3 knows it neither
as written nor as a noun in its Russian spelling (``пацеем`` -> ``потеем`` is a verb), or knows it as a
surname or first name, it is that person's name: a dictionary noun there is a companion of another kind
(``мы з сабакам``). Found once, the name reaches its
other forms (``пацей``, ``пацею``) through propagation.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION, BE_PRONOUNS
from intake.pseudonymise.detectors.lowercase import OBJECTS, is_role
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

_WE = frozenset(fold(w) for w in "мы нас мяне меня".split())
_WITH = frozenset(fold(w) for w in "з са с со".split())
# Masculine singular instrumental endings (folded: ``пацеем``, ``бусляком``). The feminine ``-ай``/``-ой`` is
# left out: Belarusian nouns in it are mostly unknown to pymorphy3 (``машынай``), so unknown proves nothing.
_INSTRUMENTAL = ("ам", "ям", "ем", "ом")
_PRONOUNS = frozenset(fold(w) for w in "табой тобой мной мною сабой собой імі ими ёй ей ім им ним ней нім".split())
NAME_SHARE = 0.3


def mark(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Label the name after ``мы з``/``мяне з``/``меня с``."""
    for i in range(2, len(tokens)):
        if labels[i] is not None or tokens[i - 1].norm not in _WITH or tokens[i - 2].norm not in _WE:
            continue
        if tokens[i].spaced and _companion_name(tokens[i]):  # ``мяне\nз пацеем``: a line may part the cue
            labels[i] = "PERSON"


def _companion_name(tok: Token) -> bool:
    """``tok`` is a name in the instrumental: no role, pronoun or dictionary word."""
    norm = tok.norm
    if not tok.cyrillic or len(norm) < 5 or not norm.isalpha() or not norm.endswith(_INSTRUMENTAL):
        return False
    if norm in OBJECTS or norm in _PRONOUNS or norm in BE_FUNCTION or norm in BE_PRONOUNS:
        return False
    if is_stop_word(tok.text) or is_role(tok):
        return False
    low = tok.text.lower().replace("’", "'")
    spelling, m = namelex.russian_reading(low)
    if m.surname + m.name >= NAME_SHARE:
        return True
    return not namelex.word_morph(low).known and (not m.known or namelex.noun_share(spelling) == 0)
