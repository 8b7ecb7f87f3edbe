"""A surname as the object of a verb done to a person, in lower-case Russian and Belarusian speech.

The verbs of arrest, questioning, trial and transfer take a person as their object: ``вызвали казлова на
допрос``, ``задержали бельского``, ``выклікалі навікову``, ``асудзілі дамброўскага``. Lower-case speech
recognition loses the capital that marks the surname, and no given name or title stands beside it. Syntax
alone reads the slot: the word right after such a verb form (a closed list of stems, Russian and Belarusian)
is a surname when it may be one (``surname_slots.eligible``) and it is SHAPED like a surname in the
accusative (``surname_slots.surname_forms``: ``-ова``, ``-ину``, ``-ского``, ``-скую``, ``-ича``) or it is a
masculine noun in the genitive form, the animate accusative a verb's object takes only for a living being
(``вызвали коваля``, ``выклікалі дуба``: a common-word surname; ``обыскали дом`` keeps the thing's form).
A noun or adjective right after it makes it an adjective of a noun phrase (``вызвали городского
участкового``), not a name. Candidates are uncertain PERSON (reason
``uncertain:object-surname``) and mask the surname's other forms as ``surname_slots`` does.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.surname_slots import SCORE, eligible, shaped, spread
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, is_lowercase_text
from intake.pseudonymise.spans import Span

RULE = "object-surname"
# Folded stems (ў -> у, і -> и) of the past and infinitive forms of verbs whose object is a person.
_STEMS = (
    "вызвал", "вызыва", "допросил", "допрашива", "задержал", "задержива", "арестовал", "осудил", "судил",
    "посадил", "этапировал", "избил", "избива", "пытал", "освободил", "отпустил", "помиловал", "обыскал",
    "навестил", "навеща", "выклика", "дапытал", "дапытва", "затрымал", "затрымлива", "арыштавал",
    "асудзил", "судзил", "пасадзил", "этапавал", "збил", "катавал", "вызвалил", "адпусцил", "памілавал",
    "абшукал", "наведал",
)
_PHRASE = frozenset({"NOUN", "ADJF"})
# Young and small animals that are let out, caged or visited: things' objects, no persons. Animals that are also
# common surnames (Кот, Гусь, Баран, Хомяк, Петух) are not listed: after such a verb they stay candidates.
_ANIMALS = frozenset("котёнок пёс щенок кролик попугай телёнок поросёнок".split())


def object_verb(tok: Token) -> bool:
    """A past or infinitive form of a verb that takes a person as its object."""
    return tok.norm.startswith(_STEMS)


def _accusative(tok: Token) -> bool:
    """Shaped like a surname in the accusative, or a masculine noun in its animate accusative, and may be
    a surname."""
    return (any(case == "accs" for case, _ in shaped(tok)) or _animate_accusative(tok)) and eligible(tok)


def _animate_accusative(tok: Token) -> bool:
    """A masculine singular noun in the form of the genitive, with no plural reading: as a verb's object it
    is the animate accusative (``вызвали коваля``, ``выклікалі дуба``), so a person, not a thing."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return False
    parses = [p for p in namelex.analyzer().parse(spelling) if p.score >= 0.05 and p.tag.POS == "NOUN"]
    if any(p.tag.number == "plur" or p.tag.case == "nomn" or p.normal_form in _ANIMALS for p in parses):
        return False
    return any(p.tag.gender == "masc" and p.tag.case in ("gent", "accs") for p in parses)


def _noun_phrase(tokens: Sequence[Token], i: int) -> bool:
    """A noun or adjective follows ``tokens[i]`` (it is an adjective of a noun phrase)."""
    if i + 1 >= len(tokens) or not tokens[i + 1].cyrillic:
        return False
    spelling, m = namelex.russian_reading(tokens[i + 1].text.lower().replace("’", "'"))
    return m.known and namelex.main_pos(spelling) in _PHRASE


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for surname-shaped objects of person verbs in lower-case Russian or
    Belarusian ``text`` that no span in ``spans`` covers, and the surnames' other forms in the text."""
    if language not in ("ru", "be") or len(tokens) < 2 or not is_lowercase_text(tokens):
        return []
    covered, _ = covered_tokens(tokens, spans)
    out = [
        Span(tok.start, tok.end, "PERSON", tok.text, SCORE, f"candidates:{RULE}", "")
        for i, tok in enumerate(tokens)
        if i > 0 and not covered[i] and object_verb(tokens[i - 1]) and _accusative(tok) and not _noun_phrase(tokens, i)
    ]
    return spread(text, language, spans, tokens, out, RULE) if out else []
