"""A university or institute named by its clipped, spoken name: ``вучылася ў палітэху``, ``закончил нархоз``,
``поступила в мед``.

Students and graduates name their university by a clipping of its former name (``политех``/``палітэх`` is the
Belarusian Polytechnic, now BNTU; ``радиотех`` BSUIR; ``нархоз`` BSEU; ``иняз`` MSLU; ``инфиз`` the institute of
physical culture; ``кулёк`` the institute of culture; ``мед`` the medical institute). A clipping names one body,
as the full name would, so it is masked in every case form. The clippings and the bodies they name are a small
real-world list, ``data/university_clippings.tsv`` (sources in its header): a stem and a case ending of
:data:`_ENDINGS` (``палітэху``, ``нархоза``, ``инязе``, ``медзе``).

plain clipping
    a clipping that is no common word (``политех``, ``нархоз``, ``инфиз``) counts wherever it stands.
cued clipping
    a clipping that is also a common word (``кулёк`` a paper bag, ``мед`` honey, ``консерва`` a tin) counts only
    after a preposition or a word of study, with a word of study (:data:`_STUDY`: ``учился``, ``паступіла``,
    ``курсе``, ``студэнтка``, ``закончил``) within :data:`_WINDOW` words of it: ``купила мёд на рынке`` and
    ``положи в кулёк`` stay open.

Russian and Belarusian, cased and lower-case; uncertain (0.5, ``uncertain:orgslang``), as ``slang_workplaces.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from intake.pseudonymise.detectors.tokens import Token

_ENDINGS = ("", "а", "у", "е", "ы", "ом", "ам", "ой", "зе")
_PREPS = frozenset("на с з со са из у в во ва".split())
# Folded stems of the words of study that make a cued clipping the university (prefixes of the word's norm).
_STUDY = tuple(
    "учил учус учитс учиться учатс учеб учоб вучыл вучус вучыу вучыцц вучэб вучоб поступ паступ законч оконч "
    "сконч отчисл адлич студент "
    "студэнт курс преподав выклад диплом дыплом сесси факультет факультэт абитур ректор декан кафедр".split()
)
_WINDOW = 6


@lru_cache(maxsize=1)
def _clippings() -> dict[str, bool]:
    """Folded stem -> whether it needs a word of study (``cue``), read once from the data file."""
    text = resources.files("intake.pseudonymise.data").joinpath("university_clippings.tsv").read_text(encoding="utf-8")
    out: dict[str, bool] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            fields = line.split("\t")
            out[fields[0]] = len(fields) > 2 and fields[2] == "cue"
    return out


@lru_cache(maxsize=20_000)
def clipping(norm: str) -> bool | None:
    """For a folded word: None when it is no clipping's case form, else whether it needs a word of study."""
    stems = _clippings()
    for ending in _ENDINGS:
        if norm.endswith(ending) and (stem := norm[: len(norm) - len(ending)]) in stems:
            return stems[stem]
    return None


def _study(tok: Token) -> bool:
    return tok.norm.startswith(_STUDY)


def clipped_colleges(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The (start, end) offsets of the clippings in ``tokens`` that name a university (see the module)."""
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if len(tok.norm) < 3 or not tok.cyrillic or (cued := clipping(tok.norm)) is None:
            continue
        if cued:
            before = tokens[i - 1] if i > 0 else None
            if before is None or not (before.norm in _PREPS or _study(before)):
                continue
            near = [*tokens[max(0, i - _WINDOW) : i], *tokens[i + 1 : i + 1 + _WINDOW]]
            if not any(_study(t) for t in near):
                continue
        out.append((tok.start, tok.end))
    return out
