"""The study's languages: a vault setting (catalog ``meta`` key ``study_languages``) that language detection
chooses among. Default: Russian, Belarusian, English."""

from __future__ import annotations

import json
from collections.abc import Iterable

from intake.errors import UsageError
from intake.vault.catalog import meta_get, meta_set
from intake.vault.open import Vault
from transcribe.languages import DEFAULT_LANGUAGES, LanguageCodeError, parse_languages

META_KEY = "study_languages"


def study_languages(vault: Vault) -> tuple[str, ...]:
    """The languages set for this vault, in order; :data:`DEFAULT_LANGUAGES` when never set."""
    raw = meta_get(vault.conn, META_KEY)
    if raw is None:
        return DEFAULT_LANGUAGES
    return parse_languages(json.loads(raw))


def set_study_languages(vault: Vault, codes: str | Iterable[str]) -> tuple[str, ...]:
    """Replace the study's languages (checked Whisper codes, e.g. ``"ru,be,en"``); audited."""
    try:
        languages = parse_languages(codes)
    except LanguageCodeError as exc:
        raise UsageError(str(exc)) from None
    with vault.transaction() as conn:
        meta_set(conn, META_KEY, json.dumps(list(languages)))
        vault.audit("settings.languages", "", languages=",".join(languages))
    return languages
