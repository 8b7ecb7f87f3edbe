"""Colloquial contracted patronymics used alone as a name: ``Степаныч``, ``Иваныч``, ``Сергеич``, ``Сцяпаныч``.

An older man is addressed and talked about by his patronymic alone, contracted in speech (``Степанович`` ->
``Степаныч``, ``Сергеевич`` -> ``Сергеич``, ``Васильевич`` -> ``Васильич``). pymorphy3 knows a few of these as
``Patr,Infr`` (``Палыч``, ``Саныч``) but guesses most as unknown nouns (``степаныча``), and it knows no
Belarusian. The forms are generated from the passport forms of the project's given-name inventory
(``givenlex.given_lines``: the first two forms of each line, Russian and Belarusian), so every listed name
yields its contraction without a hand list:

* a name ending in a hard consonant takes ``-ыч`` (``степан`` -> ``степаныч``, ``міхал`` -> ``міхалыч``);
  not after ``г``/``к``/``х``/hushing consonants/``ц``, where the contraction is not formed that way;
* ``-ей``/``-ай`` -> ``-еич``/``-аич`` (``сергей`` -> ``сергеич``, ``николай`` -> ``николаич``);
* ``-ий`` and ``-ь`` -> ``-ьич`` (``василий``, ``васіль`` -> ``васильич``).

Each stem is matched in every case (``степаныча``, ``степанычу``, ``степанычем``, ``сцяпанычам``). A form
pymorphy3 reads mainly as a common word is an uncertain candidate (score :data:`UNCERTAIN`), the others are
PERSON outright. Folded spelling (``fold``): ``і`` -> ``и``, ``ў`` -> ``у``, ``ё`` -> ``е``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import givenlex, morphology
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.spans import Span

UNCERTAIN = 0.45
SOURCE = "contracted-patronymic"
_CASE_ENDINGS = ("", "а", "у", "ем", "ам", "е", "и", "ы", "ей", "ами", "ах", "ов")
# The endings ``norm`` may end in, by its last letter, in the order of ``_CASE_ENDINGS`` (``""`` always first).
_ENDINGS_BY_LAST = {
    last: tuple(e for e in _CASE_ENDINGS if not e or e[-1] == last) for last in {e[-1] for e in _CASE_ENDINGS if e}
}
_NO_YCH = frozenset("гкхжшчщцйьаеиоуыэюя")  # ``-ыч`` follows a hard consonant other than these
_PASSPORT_FORMS = 2  # each inventory line starts with its Russian and Belarusian passport forms


def contractions(name: str) -> set[str]:
    """The contracted patronymic stems of a folded, lower-case given name (``степан`` -> ``{степаныч}``)."""
    if len(name) < 3:
        return set()
    if name.endswith(("ей", "ай")):
        return {name[:-1] + "ич"}
    if name.endswith("ий"):
        return {name[:-2] + "ьич"}
    if name.endswith("ь"):
        return {name + "ич"}
    if name[-1] not in _NO_YCH:
        return {name + "ыч"}
    return set()


@lru_cache(maxsize=1)
def stems() -> frozenset[str]:
    """Every contracted patronymic stem the given-name inventory yields (folded)."""
    out: set[str] = set()
    for forms in givenlex.given_lines():
        if _feminine(forms[0]):
            continue  # ``Любовь``, ``Ассоль``: no patronymic comes from a woman's name
        for form in forms[:_PASSPORT_FORMS]:
            if givenlex.is_cyrillic(form):
                out |= contractions(fold(form.lower()))
    return frozenset(out)


def _feminine(name: str) -> bool:
    """pymorphy3 knows ``name`` as a woman's first name only."""
    genders = {p.tag.gender for p in morphology.analyzer().parse(name.lower()) if "Name" in p.tag}
    return genders == {"femn"}


def stem_of(norm: str) -> str | None:
    """The contracted patronymic stem ``norm`` is a case form of, or ``None``."""
    for ending in _ENDINGS_BY_LAST.get(norm[-1:], ("",)):
        if norm.endswith(ending) and (stem := norm[: len(norm) - len(ending)] if ending else norm) in stems():
            return stem
    return None


@lru_cache(maxsize=4096)
def is_common(word: str) -> bool:
    """pymorphy3 reads the lower-case ``word`` mainly as a known common word (not a name part)."""
    m = morphology.word_morph(word)
    return m.known and m.common > max(m.name + m.surname + m.patronymic, 0.5)


def mark(tokens: Sequence[Token], labels: list[str | None]) -> list[Span]:
    """Label contracted patronymics PERSON; those that also read as common words come back as uncertain
    spans instead (the caller adds them to its result)."""
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if labels[i] is not None or not tok.cyrillic or len(tok.norm) < 5 or stem_of(tok.norm) is None:
            continue
        if is_common(tok.text.lower()):
            out.append(Span(tok.start, tok.end, "PERSON", tok.text, UNCERTAIN, SOURCE, f"uncertain:{SOURCE}"))
        else:
            labels[i] = "PERSON"
    return out
