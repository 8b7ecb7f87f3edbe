"""The given-name groups propagation spreads by: each line of ``given_names.txt`` (a name with its pet and
variant forms) is one group, indexed by its forms' stems and, for Latin seeds, by their spelling skeletons."""

from __future__ import annotations

from functools import lru_cache

from intake.pseudonymise.detectors import givenlex, namelex
from intake.pseudonymise.detectors.stemming import lexeme_keys
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.skeleton import skeleton


@lru_cache(maxsize=1)
def name_groups() -> dict[str, frozenset[int]]:
    """Folded stem or form of a given name -> ids of the ``given_names.txt`` lines it belongs to."""
    index: dict[str, set[int]] = {}
    for gid, forms in enumerate(givenlex.linked_lines()):
        for form in forms:
            for key in name_keys(fold(form)):
                index.setdefault(key, set()).add(gid)
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def group_forms() -> list[tuple[str, ...]]:
    """The folded forms of each ``given_names.txt`` line, by line id."""
    return [tuple(fold(f) for f in forms) for forms in givenlex.linked_lines()]


def name_keys(norm: str) -> frozenset[str]:
    """Keys a given-name form is indexed by: itself and its stems after one case ending (stem >= 3)."""
    return lexeme_keys(norm, 3)


def given_name(tok: Token) -> bool:
    """A seed that is a given name: listed in ``given_names.txt`` or read so by pymorphy3 (``Ціхан``, ``Прохор``)."""
    if not tok.cyrillic or len(tok.norm) < 4:
        return False
    return bool(groups_of(tok.norm)) or namelex.word_morph(tok.text).name >= 0.5


def groups_of(norm: str) -> set[int]:
    groups = name_groups()
    out: set[int] = set()
    for key in name_keys(norm):
        out |= groups.get(key, frozenset())
    if not out and norm.isascii():
        out |= _latin_groups().get(skeleton(norm), frozenset())  # ``Uladzik`` -> Уладзік's line
    return out


@lru_cache(maxsize=1)
def _latin_groups() -> dict[str, frozenset[int]]:
    """Spelling skeleton of every given-name form -> its lines (a Latin seed finds its Cyrillic group)."""
    index: dict[str, set[int]] = {}
    for gid, forms in enumerate(group_forms()):
        for form in forms:
            if len(form) >= 4:
                index.setdefault(skeleton(form), set()).add(gid)
    return {k: frozenset(v) for k, v in index.items()}
