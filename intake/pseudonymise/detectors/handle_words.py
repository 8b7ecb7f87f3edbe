"""A name spelled out in an address: the words of an e-mail, handle or site name said in Cyrillic elsewhere.

A group, a project or a band that gives its address spells its name in Latin letters there
(``svitanak.chor@gmail.com``, ``vetraz-choir.lt``, ``@stary_tramvai_band``): the same words in Cyrillic in the
text (``я ў Світанак прыйшла``, ``Ветразь сам нічога не збірае``, ``у групе стары трамвай``) are that name,
even where they are common words (``світанак``, "dawn") and lower-case speech has dropped quotes and capitals.

An address names a body when one of its words before a path (``/``), the ``@`` or its spoken
``at``/``сабака``/``собака`` is a body noun (``chor``, ``choir``, ``fond``, ``klub``, ``team``, ``band`` ...);
its name is then its other runs of three Latin letters or more that are no mail or web word (``gmail``,
``https``, ``com``) and no English word (``support``), joined (``starytramvai``), five letters at least. A
personal handle (``trener_korol``, ``pishem.pisma``) joins common words to no body noun and names nothing
here. A run of one to three Cyrillic words whose transliterations (any system, :mod:`translit`) spell that
name, the last word in any case form (all but the name's last two letters, six letters or more:
``світанку``), is an uncertain ORGANISATION (0.5, ``uncertain:orghandle``). Russian and Belarusian, cased
and lower-case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import en_vocab
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.translit import transliterations

RULE = "handle"
_ADDRESS_LABELS = frozenset({"EMAIL", "HANDLE", "URL"})
_WORD = re.compile(r"[a-z]+")
# Body nouns an address joins to a name, Latin spellings of Belarusian, Russian and English words.
_BODIES = frozenset(
    "choir chor hor chorus fond fund foundation club klub team kamanda komanda band gurt group grupa initiative "
    "iniciatyva initsiativa project praekt proekt teatr theatre theater studio studyja festival fest orchestra "
    "ansambl ensemble kollektiv kalektyu"
    .split()
)  # fmt: skip
_END = re.compile(r"/|@|\s(?:at|сабака|собака|собачка)\s", re.IGNORECASE)
_GENERIC = frozenset(
    "com org net info gmail googlemail yahoo hotmail outlook proton protonmail icloud yandex rambler mailru "
    "https http telegram instagram facebook twitter tiktok youtube linkedin signal whatsapp viber"
    .split()
)  # fmt: skip


def _name_word(address: str) -> str | None:
    """The name an address spells (its runs before the path or ``@`` that are no mail, body or English word,
    joined: ``stary_tramvai_band`` -> ``starytramvai``), where one of its runs is a body noun."""
    head = _END.split(address.lower().lstrip("@ "), maxsplit=1)[0]
    runs: list[str] = _WORD.findall(head)
    if not any(run in _BODIES for run in runs):
        return None
    name = "".join(
        r for r in runs if len(r) >= 3 and r not in _GENERIC and r not in _BODIES and not en_vocab.is_known(r)
    )
    return name if len(name) >= 5 else None


def _inflected(spelled: str, name: str) -> bool:
    """``spelled`` is ``name`` or, six letters or more, a case form of it (all but the last two letters)."""
    return spelled == name or (
        abs(len(spelled) - len(name)) <= 2 and len(name) >= 6 and spelled[: len(name) - 2] == name[:-2]
    )


def _spelled_end(tokens: Sequence[Token], i: int, name: str, left: int = 3) -> int | None:
    """Index after the one to three Cyrillic words from ``tokens[i]`` whose transliterations spell ``name``."""
    if i >= len(tokens) or not tokens[i].cyrillic or left == 0 or (left < 3 and not tokens[i].spaced):
        return None
    for spelled in transliterations(tokens[i].text.lower()):
        if _inflected(spelled, name):
            return i + 1
        if len(spelled) >= 3 and name.startswith(spelled) and len(name) > len(spelled):
            end = _spelled_end(tokens, i + 1, name[len(spelled) :], left - 1)
            if end is not None:
                return end
    return None


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """Uncertain ORGANISATION spans over the Cyrillic words that an address of the text spells."""
    if language not in ("ru", "be"):
        return []
    names = {w for s in found if s.label in _ADDRESS_LABELS and (w := _name_word(s.text)) is not None}
    if not names:
        return []
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if not tok.cyrillic or len(tok.norm) < 3:
            continue
        for name in names:
            end = _spelled_end(tokens, i, name)
            if end is not None:
                out.append(org_span(text, tok.start, tokens[end - 1].end, RULE, 0.5, True))
                break
    return out
