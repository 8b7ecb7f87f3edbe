"""The ``work-en`` slot of ``org_slots.py``: an organisation name in lower-case English speech.

A bare (determiner-less) phrase of two or three words after ``work at``/``for`` or ``joined`` (``i work at
harbour lights studio``): a common noun phrase there takes a determiner. Holds the English word tests that
``org_work.py`` shares through ``org_slots`` (``en_name_word``, ``en_generic``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

# English: a bare (determiner-less) phrase of two or three words after a verb of working and ``at``/``for``,
# or after ``joined``: English needs a determiner before a common noun phrase there (``at the studio``,
# ``for a bank``), so a bare one is a name (``i work at windmill lane``, ``joined front line defenders``).
_EN_WORK = frozenset(
    "work works worked working volunteer volunteers volunteered volunteering intern interned "
    "write writes wrote writing report reports reported reporting".split()
)
_EN_WORK_PREPS = frozenset("at for".split())
_EN_JOIN = frozenset("joined join joining".split())
_EN_NOT_NAME = frozenset(
    "home work night nights day days hours years months weeks time free money food cash nothing something "
    "myself himself herself themselves years long while now then there here".split()
)


_EN_FUNCTION = frozenset(
    "the a an my our his her their your its this that these those some any as in on at of to for from with by "
    "and or but since until till when where while who which than about after before during like so".split()
)


# Plural kinds of organisation that end a description, not a name (``worked for state companies``).
_EN_GENERIC = frozenset(
    "companies firms banks schools factories plants organisations organizations ngos charities shops stores "
    "restaurants cafes hospitals clinics universities agencies projects clients customers people families "
    "papers newspapers magazines journals media books outlets websites sites blogs children kids".split()
)


def _en_word(tok: Token) -> bool:
    """A word that may be part of a bare name phrase: no function word, time word or adverb."""
    return (
        tok.spaced
        and tok.text.isascii()
        and tok.text.replace("-", "").isalpha()
        and len(tok.norm) >= 2
        and tok.norm not in _EN_FUNCTION
        and not is_stop_word(tok.norm)
        and tok.norm not in _EN_NOT_NAME
        and not tok.norm.endswith("ly")
    )


def english_slots(text: str, tokens: Sequence[Token]) -> list[Span]:
    """``work-en`` rule: a bare name phrase after ``work at``/``for`` or ``joined`` in lower-case English."""
    out: list[Span] = []
    for i in range(1, len(tokens) - 2):
        tok, prev = tokens[i], tokens[i - 1]
        slot = (tok.norm in _EN_WORK_PREPS and prev.norm in _EN_WORK) or tok.norm in _EN_JOIN
        if not slot or tokens[i + 1].norm in _EN_WORK_PREPS:
            continue
        end = i + 1
        while end < len(tokens) and end - i <= 3 and _en_word(tokens[end]):
            end += 1
        if end - i - 1 >= 2 and tokens[end - 1].norm not in _EN_GENERIC:
            out.append(org_span(text, tokens[i + 1].start, tokens[end - 1].end, "work-en", 0.5, True))
    return out


def en_generic(tok: Token) -> bool:
    """A plural kind of organisation that ends a description, not a name (``state companies``)."""
    return tok.norm in _EN_GENERIC
