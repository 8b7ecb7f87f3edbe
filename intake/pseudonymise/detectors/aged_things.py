"""Things, not people, that an age or duration adjective describes: ``пятилетний план``, ``двадцатилетний
коньяк``, ``пяцігадовы кантракт``, ``a five-year plan``, ``a twenty-year-old whisky``.

A compound of a number and ``-летний``/``-гадовы``/``-year(-old)`` is an age or a term when it describes a
person or a sentence (``двадцатилетний студент``, ``пятилетний срок``); the nouns here (plans, drinks,
contracts, loans, working experience, periods) make it neither. Matched by stem, Russian, Belarusian, English.
"""

from __future__ import annotations

_STEMS = (
    # Russian
    "план", "коньяк", "коньяч", "виски", "вино", "вина ", "стаж", "опыт", "договор", "контракт", "кредит",
    "ипотек", "программ", "период", "перерыв", "гаранти", "выдержк", "дуб", "сыр",
    # Belarusian
    "каньяк", "віскі", "віно", "досвед", "кантракт", "дагавор", "крэдыт", "праграм", "перыяд", "перапын",
    # English
    "plan", "whisk", "wine", "cognac", "brandy", "scotch", "cheese", "contract", "loan", "mortgage", "warrant",
    "guarantee", "programme", "program", "project", "lease", "visa", "degree", "course", "oak",
)


def is_thing(low: str) -> bool:
    """Whether the lower-cased word ``low`` names a thing an age adjective describes (see the module doc)."""
    return (low + " ").startswith(_STEMS)
