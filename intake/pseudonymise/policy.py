"""Per-vault replacement policy: what happens to each label.

Actions:

* ``pseudonym``: the entity's corpus-wide code from the registry (``[PERSON-07]``).
* ``generalise``: a category in the transcript's language (``[место заключения]``, ``[place]``); a
  registered entity may carry its own (``город в Беларуси`` -> ``[город в Беларуси]``); dates become
  their year (``[2021]``) when one can be read, else the category.
* ``redact``: the policy's redaction mark (``[ИЗЪЯТО]``, ``[ВЫДАЛЕНА]``, ``[REDACTED]``).
* ``keep``: left as spoken (the item stays in the plan, as the audit record of the decision).

Presets (``docs/pseudonymisation-plan.md`` has the table): ``strict`` (the default: share with coders)
and ``archive`` (a closed archive that needs more context, still nothing that reaches a person).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from intake.errors import InputError, UsageError
from intake.pseudonymise.spans import LABELS
from intake.pseudonymise.years import year_of

ACTIONS: tuple[str, ...] = ("pseudonym", "generalise", "redact", "keep")
LANGUAGES: tuple[str, ...] = ("ru", "be", "en")
POLICY_VERSION = 1

REDACTION: dict[str, str] = {"ru": "[ИЗЪЯТО]", "be": "[ВЫДАЛЕНА]", "en": "[REDACTED]"}
GENERALISATION: dict[str, dict[str, str]] = {
    "PERSON": {"ru": "человек", "be": "чалавек", "en": "person"},
    "LOCATION": {"ru": "место", "be": "месца", "en": "place"},
    "ORGANISATION": {"ru": "организация", "be": "арганізацыя", "en": "organisation"},
    "DETENTION": {"ru": "место заключения", "be": "месца зняволення", "en": "place of detention"},
    "DATE": {"ru": "дата", "be": "дата", "en": "date"},
    "PHONE": {"ru": "телефон", "be": "тэлефон", "en": "phone number"},
    "EMAIL": {"ru": "e-mail", "be": "e-mail", "en": "e-mail"},
    "HANDLE": {"ru": "аккаунт", "be": "акаўнт", "en": "account"},
    "URL": {"ru": "сайт", "be": "сайт", "en": "website"},
    "ID_NUMBER": {"ru": "номер документа", "be": "нумар дакумента", "en": "document number"},
    "AGE_OR_SENTENCE": {"ru": "число", "be": "лік", "en": "number"},
}

_STRICT = {
    "PERSON": "pseudonym", "LOCATION": "generalise", "ORGANISATION": "pseudonym", "DETENTION": "generalise",
    "DATE": "generalise", "PHONE": "redact", "EMAIL": "redact", "HANDLE": "redact", "URL": "redact",
    "ID_NUMBER": "redact", "AGE_OR_SENTENCE": "generalise",
}
_ARCHIVE = {
    **_STRICT, "LOCATION": "pseudonym", "DETENTION": "pseudonym", "DATE": "generalise",
    "AGE_OR_SENTENCE": "keep",
}


@dataclass(frozen=True)
class Policy:
    """What to do with each label, and the texts used for it."""

    name: str
    actions: Mapping[str, str]
    redaction: Mapping[str, str] = field(default_factory=lambda: dict(REDACTION))
    generalisation: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: dict(GENERALISATION))

    def __post_init__(self) -> None:
        unknown = set(self.actions) - set(LABELS)
        if unknown or any(a not in ACTIONS for a in self.actions.values()):
            raise UsageError("the policy names an unknown label or action", hint=f"actions: {', '.join(ACTIONS)}")

    def action_for(self, label: str) -> str:
        """The action for ``label`` (a label the policy does not name is redacted)."""
        return self.actions.get(label, "redact")

    def redaction_mark(self, language: str) -> str:
        return self.redaction.get(language, self.redaction.get("en", "[REDACTED]"))

    def generalised(self, label: str, surface: str, language: str, override: str | None = None) -> str:
        """The generalised text for one span (see module docstring)."""
        if override:
            return f"[{override}]"
        if label == "DATE":
            year = year_of(surface)
            if year is not None:
                return f"[{year}]"
        texts = self.generalisation.get(label, {})
        return f"[{texts.get(language) or texts.get('en') or label.lower()}]"

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": POLICY_VERSION,
            "name": self.name,
            "actions": dict(self.actions),
            "redaction": dict(self.redaction),
            "generalisation": {k: dict(v) for k, v in self.generalisation.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Policy:
        """A policy from its JSON form; anything malformed raises :class:`InputError`."""
        if not isinstance(data, Mapping) or data.get("version") != POLICY_VERSION:
            raise InputError("the policy file has no supported version marker", hint="expected version 1")
        try:
            actions = {str(k): str(v) for k, v in data["actions"].items()}
            redaction = {str(k): str(v) for k, v in data.get("redaction", REDACTION).items()}
            general = {
                str(k): {str(lang): str(t) for lang, t in v.items()}
                for k, v in data.get("generalisation", GENERALISATION).items()
            }
            return cls(str(data["name"]), actions, redaction, general)
        except (KeyError, AttributeError, TypeError) as exc:
            raise InputError("the policy file is malformed") from exc
        except UsageError as exc:
            raise InputError(exc.message, hint=exc.hint) from exc

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Policy:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise InputError("the policy file is not valid JSON") from exc
        return cls.from_dict(data)


PRESETS: dict[str, Policy] = {
    "strict": Policy("strict", _STRICT),
    "archive": Policy("archive", _ARCHIVE),
}
DEFAULT_PRESET = "strict"


def preset(name: str = DEFAULT_PRESET) -> Policy:
    """A named preset policy (``strict`` or ``archive``)."""
    try:
        return PRESETS[name]
    except KeyError:
        raise UsageError(f"unknown policy preset {name!r}", hint=f"use one of: {', '.join(PRESETS)}") from None
