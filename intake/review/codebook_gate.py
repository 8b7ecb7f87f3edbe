"""The export gate for a custom codebook: its texts pass the same checks as transcript text.

A codebook the steward passes (``intake export --codebook my.qdc``) is written into ``codebook.csv``,
``refi-qda/codebook.qdc`` and ``interviews.qdpx``: every code's name and description reaches the coders.
Before anything is written, each of those texts passes

1. the known-name matcher of the leak gate (:func:`intake.review.leaks.known_matcher`: registered entities
   and every name a steward confirmed, in every form it handles, case-insensitively);
2. the pattern check of the leak gate (phones, e-mails, handles, ID numbers ...), in each language of the
   transcripts exported and in Russian, Belarusian and English;
3. the independent residual-risk scan (:mod:`intake.residual`), in the same languages.

A hit refuses the export (:class:`intake.errors.CodebookLeak`, exit 6) naming the code by its position
(``code 3``: the third ``<Code>`` of the file, nested codes counted in document order) and the field, never
the text. Codebook text is never released one hit at a time: the steward rewords the code in the file.
One exception is audited: a capitalised word (``Poland``, ``NGOs``, an author cited) is the residual scan's
weakest signal and ordinary in a codebook, so ``reviewed=True`` (``--codebook-reviewed``: the steward has read
every code) lets codes through whose only hits are capitalised words; known names and patterns still refuse.
The built-in codebook is part of Intake and is not gated (its bibliography, ``Dolowitz & Marsh``, is a citation).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from intake.errors import CodebookLeak
from intake.export.codebook import Code, Codebook
from intake.review.known import KnownNames
from intake.review.leaks import known_matcher
from intake.vault.open import Vault

GATE_LANGUAGES = ("ru", "be", "en")


def _texts(book: Codebook) -> Iterator[tuple[int, str, str]]:
    """(position, field, text) of every exported text of every code, in document order."""
    for position, code in enumerate(book.walk(), 1):
        yield from ((position, name, text) for name, text in _fields(code) if text.strip())


def _fields(code: Code) -> tuple[tuple[str, str], ...]:
    return (("name", code.name), ("description", code.description))


CAPITALISED = "the residual-risk check (capitalised words only)"


def _reasons(text: str, known: KnownNames, languages: Iterable[str]) -> list[str]:
    """Why ``text`` may identify someone (kinds only, never the text); :data:`CAPITALISED` when the residual
    scan's only hits are capitalised words."""
    from intake.pseudonymise.detectors.patterns import pattern_hits
    from intake.residual import scan

    langs = list(dict.fromkeys(languages))
    reasons = []
    if any(h.kind.startswith("registered:") for h in known.find(text)):
        reasons.append("a known name")
    labels = sorted({s.label for lang in langs for s in pattern_hits(text, lang)})
    reasons += [f"a pattern ({label})" for label in labels]
    kinds = {h.kind for lang in langs for h in scan(text, lang)}
    if kinds:
        reasons.append(CAPITALISED if kinds == {"capitalised"} else "the residual-risk check")
    return reasons


def gate_codebook(vault: Vault, book: Codebook | None, languages: Iterable[str] = (), reviewed: bool = False) -> int:
    """Refuse (:class:`CodebookLeak`) while any exported text of a custom ``book`` has a hit; with ``reviewed``,
    texts whose only hits are capitalised words pass. Returns how many texts passed that way (for the audit)."""
    if book is None or book.origin != "custom":
        return 0
    known = known_matcher(vault)
    langs = (*languages, *GATE_LANGUAGES)
    found = [(position, field, reasons) for position, field, text in _texts(book)
             if (reasons := _reasons(text, known, langs))]
    waived = [f for f in found if reviewed and f[2] == [CAPITALISED]]
    lines = [f"code {position} ({field}): {', '.join(reasons)}" for position, field, reasons in found
             if (position, field, reasons) not in waived]
    if lines:
        raise CodebookLeak(lines)
    return len(waived)
