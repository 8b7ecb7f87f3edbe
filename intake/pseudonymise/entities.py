"""Registered entities: the people, places and organisations a steward names up front.

An :class:`Entity` is plain data (``to_dict``/``from_dict`` for the catalog). Its ``key`` is the
normalised identity used everywhere else (plan items, pseudonym registry), built exactly like the keys of
unregistered spans (:mod:`intake.pseudonymise.keys`): ``PERSON:f:kavalcuk marin`` for «Марина
Ковальчук», ``LOCATION:gamal`` for «Гомель». Registering an entity whose key is already in use for
detected mentions therefore keeps their pseudonym.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from intake.errors import InputError, UsageError
from intake.pseudonymise.entity_keys import person_key, phrase_key
from intake.pseudonymise.inflect import guess_gender, person_word_forms, phrase_forms
from intake.pseudonymise.spans import LABELS
from intake.pseudonymise.stopwords import is_stop_word, only_stop_words
from intake.pseudonymise.textkeys import exact_key, tokens
from intake.pseudonymise.translit import SYSTEMS, transliterate, transliterations
from intake.pseudonymise.vocabulary import ALIASES, NAME_LABELS, parse_label

KINDS: dict[str, str] = {word: label for word, label in ALIASES.items() if label in NAME_LABELS}
GENDERS = ("m", "f")
MAX_NAME_CHARS = 200


@dataclass(frozen=True)
class Entity:
    """One real person, place or organisation, with the other names it goes by."""

    key: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    gender: str | None = None
    generalise_as: str | None = None

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "name": self.name,
            "aliases": list(self.aliases),
            "gender": self.gender,
            "generalise_as": self.generalise_as,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        try:
            entity = cls(
                key=str(data["key"]),
                label=str(data["label"]),
                name=str(data["name"]),
                aliases=tuple(str(a) for a in data.get("aliases", ())),
                gender=data.get("gender"),
                generalise_as=data.get("generalise_as"),
            )
        except (KeyError, TypeError) as exc:
            raise InputError("entity record is incomplete") from exc
        if entity.label not in LABELS or entity.gender not in (*GENDERS, None):
            raise InputError("entity record has an unknown label or gender")
        return entity


def _words_key(text: str) -> list[str]:
    return [exact_key(t.surface) for t in tokens(text)]


def entity_key(label: str, name: str, gender: str | None = None) -> str:
    """The normalised key of a registered entity (see module docstring)."""
    if label == "PERSON":
        return person_key(name, gender)
    if label in ("LOCATION", "ORGANISATION", "DETENTION"):
        return phrase_key(label, name)
    return f"{label}:{' '.join(_words_key(name))}"


def register(
    name: str,
    kind: str,
    aliases: Iterable[str] = (),
    *,
    gender: str | None = None,
    generalise_as: str | None = None,
) -> Entity:
    """A new :class:`Entity` (``kind``: person, place/city, org, prison ...; see :data:`KINDS`).

    A person's gender is guessed from a known first name or the surname's ending when not given.
    """
    label = parse_label(kind)
    all_names = [name, *aliases]
    if any(not _words_key(n) or len(n) > MAX_NAME_CHARS for n in all_names):
        raise UsageError("every name and alias needs at least one word (and at most 200 characters)")
    if any(only_stop_words(_words_key(n)) for n in all_names):
        raise UsageError("a name or alias is made only of function words (such as 'me', 'at', 'и')",
                         hint="register the name itself; function words can never be part of an entity")
    if gender is not None and gender not in GENDERS:
        raise UsageError(f"unknown gender {gender!r}", hint="use m or f")
    if label == "PERSON" and gender is None:
        gender = guess_gender(t.surface for t in tokens(name))
    return Entity(
        key=entity_key(label, name, gender),
        label=label,
        name=name,
        aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
        gender=gender if label == "PERSON" else None,
        generalise_as=generalise_as,
    )


def _latin_variants(form: tuple[str, ...]) -> set[tuple[str, ...]]:
    if all(w.isascii() for w in form):
        return set()
    if len(form) == 1:
        return {(w,) for w in transliterations(form[0])}
    return {tuple(transliterate(w, system) for w in form) for system in SYSTEMS}


def surface_forms(entity: Entity, *, both_genders: bool = False, translit: bool = True) -> set[tuple[str, ...]]:
    """Every word sequence that names ``entity``: inflected forms and transliterations.

    A person's name words are separate one-word forms (each name part is matched on its own and the
    matcher joins neighbours); places and organisations are whole phrases. Transliterations are made of
    the names as registered (Latin text rarely inflects a Slavic name: ``Hrynevich``, ``Kovalchuk's``).
    """
    forms: set[tuple[str, ...]] = set()
    bases: set[tuple[str, ...]] = set()
    gender = None if both_genders else entity.gender
    for name in entity.names():
        words = [t.surface for t in tokens(name)]
        if entity.label == "PERSON":
            for word in words:
                if len(word) >= 2 and not is_stop_word(word):
                    forms |= {(f,) for f in person_word_forms(word, gender)}
                    bases.add((word.lower(),))
        else:
            forms |= {tuple(f.split(" ")) for f in phrase_forms(name)}
            bases.add(tuple(w.lower() for w in words))
    if translit:
        for base in bases:
            forms |= _latin_variants(base)
    return {f for f in forms if not only_stop_words(f)}
