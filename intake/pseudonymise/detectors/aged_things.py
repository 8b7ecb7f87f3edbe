"""Things, not people, that an age or duration adjective describes: ``пятилетний план``, ``двадцатилетний
коньяк``, ``пяцігадовы кантракт``, ``a five-year plan``, ``a twenty-year-old whisky``.

A compound of a number and ``-летний``/``-гадовы``/``-year(-old)`` is an age or a term when it describes a
person or a sentence (``двадцатилетний студент``, ``пятилетний срок``); the nouns here (plans, drinks,
contracts, loans, working experience, periods) make it neither. Matched by stem, Russian, Belarusian, English.
"""

from __future__ import annotations

import re

# Stems of things; a word is one of them only with an inflectional ending after the stem, so the people
# derived from the same stems stay people (``программист``, ``стажёр``, ``виновник``, ``programmer``).
_SLAVIC = (
    # Russian
    "план", "коньяк", "коньяч", "виски", "вин", "стаж", "опыт", "договор", "контракт", "кредит",
    "ипотек", "программ", "период", "перерыв", "гаранти", "выдержк", "дуб", "сыр",
    # Belarusian
    "каньяк", "віскі", "він", "досвед", "кантракт", "дагавор", "крэдыт", "праграм", "перыяд", "перапын",
)
_SLAVIC_ENDINGS = (
    "", "а", "у", "ю", "я", "е", "ы", "і", "и", "о", "ом", "ем", "ём", "ой", "ей", "ай", "ою", "ам", "ям",
    "ами", "ями", "амі", "ямі", "ах", "ях", "ов", "ев", "аў", "яў", "й",
)
_ENGLISH = (
    "plan", "whisky", "whiskey", "wine", "cognac", "brandy", "scotch", "cheese", "contract", "loan", "mortgage",
    "warranty", "guarantee", "programme", "program", "project", "lease", "visa", "degree", "course", "oak",
)
_THING = re.compile(
    "(?:" + "|".join(sorted(_SLAVIC, key=len, reverse=True)) + ")(?:"
    + "|".join(sorted(_SLAVIC_ENDINGS, key=len, reverse=True)) + ")"
    + "|(?:" + "|".join(sorted(_ENGLISH, key=len, reverse=True)) + ")(?:es|s)?|whiskies|warranties"
)


def is_thing(low: str) -> bool:
    """Whether the lower-cased word ``low`` names a thing an age adjective describes (see the module doc)."""
    return _THING.fullmatch(low) is not None
