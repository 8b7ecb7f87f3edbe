"""Find registered entities in text: a trie over word keys, built once per vault.

Every surface form of every entity (:func:`entities.surface_forms`) is inserted word by word into two
tries: one keyed by :func:`textkeys.exact_key`, one by :func:`textkeys.loose_key` (the Belarusian and
transliteration fallback). Matching walks the text's words once, taking the longest exact match at
each word and falling back to the loose trie, so the cost is linear in the text and independent of the
number of forms (dictionary lookups).

Person names are matched part by part. Neighbouring parts separated only by spaces, punctuation within a
sentence, or fillers («Марина, ну, Ковальчук») form one *mention*: when parts are ambiguous on their own
(two registered Marinas), the entities all parts share decide. Parts joined by whitespace become one span;
parts split by a filler stay separate spans with the same entity key.

Scores: 1.0 exact form; 0.8 loose form only; x0.5 when the surface names several entities; x0.6 when the
form is lower case in the text and is also a common word (``вера``, ``лиса``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from intake.pseudonymise.detectors.wraps import as_space
from intake.pseudonymise.entities import Entity, surface_forms
from intake.pseudonymise.inflect import morph
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import stop_words
from intake.pseudonymise.textkeys import Token, exact_key, loose_key, only_fillers, tokens

_SENTENCE_END = re.compile(r"[.!?;\n]")
_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn"}
LOOSE_SCORE = 0.8
AMBIGUOUS_FACTOR = 0.5
COMMON_WORD_FACTOR = 0.6

@dataclass
class Trie:
    """Word-by-word prefix tree; ``keys`` are the entities whose form ends at this node."""

    children: dict[str, Trie] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Match:
    """A registered entity found in text; ``candidates`` lists every key the surface could name."""

    span: Span
    entity_key: str
    candidates: tuple[str, ...]


@dataclass
class _Raw:
    first: int  # token index
    last: int  # token index, inclusive
    keys: set[str]
    score: float


def _insert(trie: Trie, words: Iterable[str], key: str) -> None:
    node = trie
    for word in words:
        node = node.children.setdefault(word, Trie())
    node.keys.add(key)


def _longest(trie: Trie, keys: list[str], start: int) -> tuple[int, set[str]] | None:
    node = trie
    best: tuple[int, set[str]] | None = None
    for i in range(start, len(keys)):
        nxt = node.children.get(keys[i])
        if nxt is None:
            break
        node = nxt
        if node.keys:
            best = (i, node.keys)
    return best


@functools.lru_cache(maxsize=4096)
def _is_common_word(word: str) -> bool:
    if not any("\u0400" <= ch <= "\u04ff" for ch in word):
        return False
    best = morph().parse(word)[0]
    return not (_PROPER & set(best.tag.grammemes))


class Matcher:
    """Finds every registered entity in a text. Build once; :meth:`find` is read-only."""

    def __init__(self, entities: Iterable[Entity], *, both_genders: bool = False, translit: bool = True):
        self.entities: dict[str, Entity] = {}
        self._exact = Trie()
        self._loose = Trie()
        self.form_count = 0
        for entity in entities:
            self.entities[entity.key] = entity
            for form in surface_forms(entity, both_genders=both_genders, translit=translit):
                _insert(self._exact, (exact_key(w) for w in form), entity.key)
                _insert(self._loose, (loose_key(w) for w in form), entity.key)
                self.form_count += 1

    def find(self, text: str) -> list[Match]:
        """Every mention of a registered entity in ``text``, sorted by position, without overlaps."""
        toks = tokens(text)
        raws = self._raw_matches(toks)
        self._resolve_people(text, toks, raws)
        return self._to_matches(text, toks, raws)

    def _raw_matches(self, toks: list[Token]) -> list[_Raw]:
        exact = [exact_key(t.surface) for t in toks]
        loose = [loose_key(t.surface) for t in toks]
        out: list[_Raw] = []
        i = 0
        while i < len(toks):
            hit = _longest(self._exact, exact, i)
            score = 1.0
            if hit is None:
                hit, score = _longest(self._loose, loose, i), LOOSE_SCORE
            if hit is None:
                i += 1
                continue
            last, keys = hit
            if last == i and exact[i] in stop_words():  # a function word alone is never a name
                i += 1
                continue
            if last == i and toks[i].surface.islower() and _is_common_word(exact[i]):
                score *= COMMON_WORD_FACTOR
            out.append(_Raw(i, last, set(keys), score))
            i = last + 1
        return out

    def _joinable(self, text: str, toks: list[Token], a: _Raw, b: _Raw) -> bool:
        if not only_fillers([exact_key(t.surface) for t in toks[a.last + 1 : b.first]]):
            return False
        gap = as_space(text, toks[a.last].end, toks[b.first].start)  # ``Марину`` / ``Петрову``: one name
        return len(gap) <= 40 and not _SENTENCE_END.search(gap)

    def _resolve_people(self, text: str, toks: list[Token], raws: list[_Raw]) -> None:
        """Narrow the candidates of neighbouring person parts to the entities they share."""
        group: list[_Raw] = []
        for raw in [*raws, None]:
            if raw is not None and group and self._joinable(text, toks, group[-1], raw):
                shared = group[0].keys.intersection(*(g.keys for g in group[1:]), raw.keys)
                if shared and all(self.entities[k].label == "PERSON" for k in shared):
                    group.append(raw)
                    continue
            if len(group) > 1:
                shared = set.intersection(*(g.keys for g in group))
                for g in group:
                    g.keys = shared
            group = [raw] if raw is not None else []

    def _to_matches(self, text: str, toks: list[Token], raws: list[_Raw]) -> list[Match]:
        merged: list[_Raw] = []
        for raw in raws:
            prev = merged[-1] if merged else None
            if (
                prev is not None
                and prev.keys == raw.keys
                and prev.last + 1 == raw.first
                and not text[toks[prev.last].end : toks[raw.first].start].strip()
            ):
                merged[-1] = _Raw(prev.first, raw.last, prev.keys, max(prev.score, raw.score))
            else:
                merged.append(raw)
        out: list[Match] = []
        for raw in merged:
            keys = tuple(sorted(raw.keys))
            score = raw.score * (AMBIGUOUS_FACTOR if len(keys) > 1 else 1.0)
            start, end = toks[raw.first].start, toks[raw.last].end
            label = self.entities[keys[0]].label
            span = Span(start, end, label, text[start:end], round(score, 3), "registry")
            out.append(Match(span, keys[0], keys))
        return out
