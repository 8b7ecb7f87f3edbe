"""A church named by its colour or its standing: a naming adjective right before a church noun, in any case.

Towns call a church by the colour of its walls (``у Чырвоным касцёле``, ``в Белой церкви``, ``каля чорнай
царквы``), by its rank among the town's churches (``у Фарны касцёл``: the parish church, one to a town) or by
the order that built it (``бернардынскі касцёл``, ``the dominican church``): with the adjective the phrase
names one parish, the way a saint's name does, and speech recognition writes it without the capital (``у
чырвоным касцёле так ксёндз ...``, ``at the farny cathedral in hrodna``). Any other adjective (``у старым
касцёле``, ``в большом храме``, ``the catholic church``, ``an old cathedral``) describes a church and stays open.
Russian, Belarusian and English, cased and lower-case; every span is uncertain (0.5, ``uncertain:orgcolour``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.org_pairs import modifier_heads
from intake.pseudonymise.detectors.stemming import stem_form
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

RULE = "colour"
# Folded stems (``і`` -> ``и``, ``ё`` -> ``е``, ``ў`` -> ``у``) of church nouns, with the case endings they take.
_CHURCHES = ("костел", "касцел", "церкв", "церков", "царкв", "царкоу", "храм", "собор", "сабор", "кирх")
_CHURCH_ENDINGS = frozenset("а у е ом ам ы и ь ей ю ою ай ой".split()) | {""}
_GATES = ("костё", "косте", "касцё", "касце", "церк", "царк", "храм", "собор", "сабор", "кірх", "кирх")
# Folded stems of colour adjectives, Russian and Belarusian, with the adjective endings they take; then the
# parish church (``фарны``) and the orders that built churches (``бернардинский``, ``езуіцкі``).
_COLOURS = (
    "бел", "красн", "чырвон", "черн", "чорн", "зелен", "зялен", "син", "желт", "жоут", "золот", "залат",
    "фарн", "бернардинск", "бернардынск", "иезуитск", "езуитск", "езуицк", "доминиканск", "даминиканск",
    "францисканск", "францишканск", "кармелитск", "кармелицк",
)  # fmt: skip
_ADJ_ENDINGS = frozenset(
    "ый ий ой ая яя ое ее ую юю ого его ому ему ым им ом ем ей ы и ай яй ае яе ага яга аму яму ых их".split()
)
_EN_NAMING = frozenset(
    "red white black green blue yellow golden farny fara bernardine jesuit dominican franciscan carmelite".split()
)
_EN_CHURCHES = frozenset("church cathedral kostel chapel basilica".split())


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over a naming adjective and the church noun after it."""
    low = text.lower()
    if language == "en":
        if not any(noun in low for noun in _EN_CHURCHES):
            return []
        return modifier_heads(
            text, tokens, RULE, lambda adj: adj.norm in _EN_NAMING, lambda tok: tok.norm in _EN_CHURCHES
        )
    if language not in ("ru", "be") or not any(stem in low for stem in _GATES):
        return []
    return modifier_heads(
        text,
        tokens,
        RULE,
        lambda adj: stem_form(adj.norm, _COLOURS, _ADJ_ENDINGS),
        lambda tok: stem_form(tok.norm, _CHURCHES, _CHURCH_ENDINGS),
    )
