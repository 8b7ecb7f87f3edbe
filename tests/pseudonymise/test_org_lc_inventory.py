"""Round 15: organisation names in organisation frames, cased and in raw ASR (``asr_like``: lower case,
punctuation blanked); inventory in ``org_lc_inventory.py`` (general knowledge, no transcript row).

Mechanisms: ``en_orgruns`` (a lower-case English run ending in an organisation head with a name-like word),
``org_work`` frames of membership and writing (``член X``, ``сябра X``, ``писал для X``), Belarusian oblique
words neither vocabulary knows (``у дудутках``), diminutive names (``в звёздочке``), places of the gazetteer
kept out of the workplace slot (``працавала ў гродна``).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from intake.pseudonymise import detect

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import org_lc_inventory as inv  # noqa: E402
from detection_scoring import asr_like  # noqa: E402
from rendering_common import covered  # noqa: E402


def misses() -> Counter[tuple[str, str]]:
    """Missed renderings per (class, variant)."""
    out: Counter[tuple[str, str]] = Counter()
    for cls, lang, marked in inv.rows():
        for variant in ("cased", "lc"):
            text, start, end = inv.plain(inv.cased(marked) if variant == "cased" else marked)
            text = asr_like(text) if variant == "lc" else text
            if not covered(text, start, end, [(s.start, s.end) for s in detect(text, lang)]):
                out[cls, variant] += 1
    return out


def test_inventory_bounds() -> None:
    """362 renderings. Before round 15 the lower-case misses were en 66/180, be 6/21, ru 6/20. Left: ``the
    independent trade union of miners`` (no name-like word), ``талака`` (a Belarusian word), ``лаўрыца`` (the
    ``ў`` rule), Russian names made of known words (``новатор``, ``светлица``, ``кругозор``, ``лучина``); cased:
    ``Lithuanian Red Cross``, ``Polesian Society of Historians``."""
    missed = misses()
    assert missed["en", "lc"] <= 6, missed
    assert missed["be", "lc"] <= 2, missed
    assert missed["ru", "lc"] <= 4, missed
    assert missed["en", "cased"] <= 12 and missed["be", "cased"] == 0 and missed["ru", "cased"] == 0, missed


# Decoys the existing English rules mark (``uncertain:org``/``orgenglish``), not this round's: bounded, not hidden.
_KNOWN_MARKED = {"the city hospital", "parish council", "children's hospital", "party committee", "regional centre"}


@pytest.mark.parametrize(("lang", "text"), inv.STAY)
def test_generic_and_places_stay(lang: str, text: str, request: pytest.FixtureRequest) -> None:
    if any(k in text for k in _KNOWN_MARKED):  # strict: fixing the older rule fails here until the row leaves
        request.applymarker(pytest.mark.xfail(strict=True, reason="marked by an older English rule (bounded)"))
    for variant in (text[:1].upper() + text[1:], asr_like(text)):
        assert not [s for s in detect(variant, lang) if s.label == "ORGANISATION"], variant


_NEW = [
    ("en", "she worked for the [polish national theatre] for years"),
    ("en", "he was a member of the [latvian union of architects] then"),
    ("en", "she volunteered at the [free belarus centre] in warsaw"),
    ("en", "the camp was funded by the [swedish committee for belarus] last year"),
    ("en", "he joined [viasna human rights centre] in 2011"),
    ("en", "she sang in the [kretinga folk ensemble] for years"),
    ("en", "he was funded by the [european endowment for democracy] in 2021"),
    ("en", "she acted at the [brest theatre of drama and comedy] for a decade"),
    ("en", "he joined the [belarusian women's league] in vilnius"),
    ("ru", "она член [зеркала] с весны"),
    ("ru", "он член [дзеяна] с весны"),
    ("ru", "она работала в [солнышке] воспитательницей"),
    ("be", "ён сябра [прыстанкі] з дзяцінства"),
    ("be", "яна пісала для [кулёнкі] пра вёску"),
    ("be", "ён працаваў у [дудутках] экскурсаводам"),
]


@pytest.mark.parametrize(("lang", "marked"), _NEW)
def test_mechanisms_in_asr_text(lang: str, marked: str) -> None:
    text, start, end = inv.plain(marked)
    text = asr_like(text)
    assert covered(text, start, end, [(s.start, s.end) for s in detect(text, lang)]), detect(text, lang)


_DECOYS = [
    ("en", "she studied at a polish university for a year"),
    ("en", "my lithuanian school was small"),
    ("en", "the polish university was far"),
    ("en", "she worked for the committee for two years"),
    ("en", "he worked with the human rights centre in minsk"),
    ("en", "he joined the women's union"),
    ("en", "she studied at the polish university for two years"),
    ("ru", "он писал для бабушки письма"),
    ("ru", "она член семьи"),
    ("ru", "он член избирательной комиссии"),
    ("be", "яна працавала ў брыгадзе"),
    ("be", "ён сябра міколы"),
    ("be", "яна пісала для бабулі"),
    ("be", "ён працаваў у магілёве"),
]


@pytest.mark.parametrize(("lang", "text"), _DECOYS)
def test_decoys_stay(lang: str, text: str) -> None:
    assert not [s for s in detect(text, lang) if s.label == "ORGANISATION"], text
