"""What the vault knows to be a name: the one search that both masks (``pseudonymise``) and gates (leak check).

Known names are every registered entity and every person, place, organisation or prison a steward
confirmed in any plan (accepted, relabelled or added). Suggestions stay suggestions: an item nobody decided
on, or one the steward rejected, never becomes a known name in another interview. Within its own
transcript an active suggestion is still searched for (:meth:`KnownNames.with_own`), so the gate stays
closed on a second, unplanned occurrence of it. Function words never become forms
(:mod:`intake.pseudonymise.stopwords`).

An imported transcript's speaker labels that are not roles or numbered speakers (``Bazhena:``) are names
too, for that transcript (:func:`intake.transcripts.store.imported_labels`, passed to
:meth:`KnownNames.with_own`): they gate like a registered name (``gating``), so rejecting the item
``pseudonymise`` suggests for one never exempts it.

Each known entity carries its **origin** (``registered``, or ``accepted in transcript ID``), so a leak
report can say where a hit came from and what fixes it. A confirmed surface the matcher cannot take (no
word in it, or longer than a registered name may be) is searched for literally, case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from intake.errors import IntakeError
from intake.pseudonymise.entities import MAX_NAME_CHARS, Entity, register
from intake.pseudonymise.leakcheck import CONTEXT_CHARS, LeakHit, PatternFn, leak_matcher, leakcheck
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.plan import PlanItem
from intake.pseudonymise.stopwords import only_stop_words
from intake.pseudonymise.textkeys import tokens
from intake.pseudonymise.vocabulary import KIND_OF
from intake.review.store import CONFIRMED, all_plans, list_entities
from intake.vault.open import Vault

REGISTERED = "registered"


@dataclass(frozen=True)
class KnownNames:
    """A matcher over every known name, literal surfaces it could not take, and where each entity came from."""

    matcher: Matcher
    literals: tuple[tuple[str, str], ...] = ()  # (label, surface)
    origins: Mapping[str, str] = field(default_factory=dict)  # entity key -> "registered" | "accepted in ..."
    literal_keys: Mapping[str, str] = field(default_factory=dict)  # surface -> entity key
    own: Matcher | None = None  # one transcript's own active suggestions and label names (see with_own)
    gating: frozenset[str] = frozenset()  # keys that gate even on a rejected span: imported label names

    def find(self, text: str, pattern_fn: PatternFn | None = None) -> list[LeakHit]:
        hits = leakcheck(text, self.matcher, pattern_fn)
        if self.own is not None:
            hits += [h for h in leakcheck(text, self.own) if not any(_overlap(h, o) for o in hits)]
        for label, surface in self.literals:
            for m in re.finditer(re.escape(surface), text, re.IGNORECASE):
                if not any(_overlap_span(m.span(), h) for h in hits):
                    key = self.literal_keys.get(surface, "")
                    hits.append(LeakHit(m.start(), m.end(), f"registered:{label}", m.group(),
                                        _context(text, m.start(), m.end()), (key,) if key else ()))
        return sorted(hits, key=lambda h: (h.start, h.end, h.kind))

    def with_own(self, tid: str, items: Iterable[PlanItem], labels: Iterable[str] = ()) -> KnownNames:
        """These names plus ``tid``'s own active name items, suggestions included (fail closed in-transcript),
        and the names among its imported speaker ``labels`` (:func:`intake.transcripts.store.imported_labels`)."""
        own = [(i, f"{i.decision} in transcript {tid}") for i in items if i.active and i.label in KIND_OF
               and i.entity_key not in self.origins]
        entities, literals, origins = _entities_of(own)
        named = _label_entities(labels)
        if not entities and not literals and not named:
            return self
        origins |= {e.key: f"speaker label in transcript {tid}" for e in named if e.key not in origins}
        mine = [*entities.values(), *named]
        return replace(self, own=leak_matcher(mine) if mine else None,
                       literals=(*self.literals, *((lab, s) for lab, s, _ in literals)),
                       origins={**origins, **self.origins},
                       literal_keys={**self.literal_keys, **{s: k for _, s, k in literals}},
                       gating=self.gating | {e.key for e in named})

    def origin(self, hit: LeakHit) -> str:
        """Where the entity a hit names came from (``registered``, ``accepted in transcript ID``), or ``""``."""
        return next((self.origins[k] for k in hit.entity_keys if k in self.origins), "")


def _overlap(a: LeakHit, b: LeakHit) -> bool:
    return a.start < b.end and b.start < a.end


def _overlap_span(span: tuple[int, int], hit: LeakHit) -> bool:
    return span[0] < hit.end and hit.start < span[1]


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT_CHARS):start]
    return f"{left}[[{text[start:end]}]]{text[end:end + CONTEXT_CHARS]}".replace("\n", " ")


def _entities_of(items: Iterable[tuple[PlanItem, str]]) -> tuple[
        dict[str, Entity], list[tuple[str, str, str]], dict[str, str]]:
    """One entity per key from plan items (their surfaces as names), literals for what cannot register."""
    surfaces: dict[str, tuple[str, list[str], str]] = {}
    for item, origin in items:
        surfaces.setdefault(item.entity_key, (item.label, [], origin))[1].append(item.original.strip())
    entities: dict[str, Entity] = {}
    literals: list[tuple[str, str, str]] = []
    origins: dict[str, str] = {}
    for key, (label, names, origin) in surfaces.items():
        unique = [s for s in dict.fromkeys(names) if s]
        origins[key] = origin
        usable = [s for s in unique if _registrable(s)]
        entity = _register(key, label, usable) if usable else None
        if entity is not None:
            entities[key] = entity
        literals += [(label, s, key) for s in unique if (s not in usable or entity is None)
                     and not _function_words(s)]
    return entities, literals, origins


def _function_words(surface: str) -> bool:
    words = [t.surface for t in tokens(surface)]
    return bool(words) and only_stop_words(words)


def _registrable(surface: str) -> bool:
    words = [t.surface for t in tokens(surface)]
    return bool(words) and len(surface) <= MAX_NAME_CHARS and not only_stop_words(words)


def _register(key: str, label: str, names: list[str]) -> Entity | None:
    gender = key.split(":")[1] if label == "PERSON" and key.count(":") >= 2 else None
    try:
        entity = register(names[0], KIND_OF[label], names[1:], gender=gender if gender in ("m", "f") else None)
    except (IntakeError, ValueError):
        return None
    return replace(entity, key=key)


def _label_entities(labels: Iterable[str]) -> list[Entity]:
    """A PERSON entity per label that is a name (roles and numbered speakers are not), in every form."""
    from intake.importers.speakers import is_known

    out = []
    for label in dict.fromkeys(labels):
        if is_known(label) or not _registrable(label):
            continue
        try:
            out.append(register(label, "person"))
        except (IntakeError, ValueError):
            continue
    return out


def confirmed_items(vault: Vault, skip: Iterable[str] = ()) -> list[tuple[PlanItem, str]]:
    """Every confirmed name item of every plan with its origin (``accepted in transcript ID``)."""
    skipped = set(skip)
    return [(item, f"{item.decision} in transcript {tid}") for tid, plan in all_plans(vault) for item in plan.items
            if item.decision in CONFIRMED and item.label in KIND_OF and item.entity_key not in skipped]


def known_names(vault: Vault) -> KnownNames:
    """Registered entities and every name confirmed in any plan (see module docstring)."""
    registered = {e.key: e for e in list_entities(vault)}
    entities, literals, origins = _entities_of(confirmed_items(vault, registered))
    origins.update(dict.fromkeys(registered, REGISTERED))
    everything = {**entities, **registered}
    return KnownNames(leak_matcher(everything.values()), tuple((lab, s) for lab, s, _ in dict.fromkeys(literals)),
                      origins, {s: k for _, s, k in literals})
