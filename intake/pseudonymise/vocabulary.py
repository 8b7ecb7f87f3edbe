"""One vocabulary for labels, entity kinds and code prefixes (what the steward types and what the tool prints).

Every word below names one label. Labels, kinds and code prefixes are accepted in any case: ``DETENTION``,
``detention``, ``prison`` and ``PRISON`` (the prefix of ``[PRISON-02]``) are one thing. docs/cli.md,
"Labels and kinds", lists the same table.
"""

from __future__ import annotations

from intake.errors import UsageError
from intake.pseudonymise.spans import LABELS

ALIASES: dict[str, str] = {
    "person": "PERSON", "people": "PERSON", "name": "PERSON",
    "location": "LOCATION", "place": "LOCATION", "city": "LOCATION", "town": "LOCATION",
    "organisation": "ORGANISATION", "organization": "ORGANISATION", "org": "ORGANISATION",
    "detention": "DETENTION", "prison": "DETENTION", "facility": "DETENTION",
    "date": "DATE",
    "phone": "PHONE",
    "email": "EMAIL", "e-mail": "EMAIL",
    "handle": "HANDLE",
    "url": "URL", "link": "URL",
    "id_number": "ID_NUMBER", "id": "ID_NUMBER", "document": "ID_NUMBER",
    "age_or_sentence": "AGE_OR_SENTENCE", "age": "AGE_OR_SENTENCE", "number": "AGE_OR_SENTENCE",
}
NAME_LABELS: tuple[str, ...] = ("PERSON", "LOCATION", "ORGANISATION", "DETENTION")
# The word shown for each name label in prompts and help (the kind a steward registers).
KIND_OF: dict[str, str] = {"PERSON": "person", "LOCATION": "place", "ORGANISATION": "org", "DETENTION": "prison"}


def parse_label(word: str, *, names_only: bool = False) -> str:
    """The label ``word`` names (any case, any alias); :class:`UsageError` with the accepted words otherwise."""
    label = ALIASES.get(word.strip().lower().replace(" ", "_"))
    allowed = NAME_LABELS if names_only else LABELS
    if label is None or label not in allowed:
        raise UsageError("unknown label or kind", hint=f"use one of: {accepted_words(names_only=names_only)}")
    return label


def accepted_words(*, names_only: bool = False) -> str:
    """``person, place (location, city, town), ...`` for hints and help."""
    allowed = NAME_LABELS if names_only else LABELS
    out = []
    for label in allowed:
        words = [w for w, lab in ALIASES.items() if lab == label]
        main = KIND_OF.get(label, label.lower())
        others = [w for w in words if w != main]
        out.append(f"{main} ({', '.join(others)})" if others else main)
    return "; ".join(out)
