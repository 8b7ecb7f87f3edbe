"""Every mention of a nickname a naming statement establishes (``detectors/nickname_links.py``).

Every row is invented for this file (no sentence or name of an evaluation set). The inventory
(:mod:`tests.pseudonymise.nickname_inventory`) renders nickname practice from general knowledge; the bounds
below hold its misses, cased and as speech recognition writes it (``asr_like``).
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect
from tests.pseudonymise.masking import check
from tests.pseudonymise.nickname_inventory import DECOYS, Doc, documents

CASED_BOUND = 4  # of 167 documents (main: 31)
ASR_BOUND = 15  # of 167 documents (main: 61)

ROWS = [
    # A naming statement; a later lower-case mention mid-sentence is the person.
    ("ru", "Иван Сомов сидит в Гродно. Погоняло у него было Шуруп. Вчера шуруп написал нам письмо.", ["шуруп"], []),
    ("en", "everyone knew him as pebble and pebble's letters came every week", ["pebble"], []),
    # Misread statements: a place before ``так звали``, an asked name, a means of travel, a verb after
    # ``nickname``, a determiner after ``мянушка``.
    ("ru", "в кафе так его и звали, а кафе у нас было маленькое", [], ["кафе"]),
    ("ru", "не знаю, как его зовут. высокий такой, высокий и худой", [], ["высокий"]),
    ("en", "now she goes by bus and the bus is always late", [], ["bus"]),
    ("en", "the nickname comes from his job and it comes up often", [], ["comes"]),
    ("be", "гэта мянушка такая была, такая смешная", [], ["такая"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_possessed_thing_stays() -> None:
    """``у неё слива`` is a thing she has: the later mention stays unmasked."""
    text = "для друзей просто слива, у неё слива в саду росла"
    spans = detect(text, "ru")
    second = text.rindex("слива")
    assert not any(s.start <= second < s.end for s in spans), [(s.text, s.source) for s in spans]


def _missed(doc: Doc, asr: bool) -> bool:
    text = asr_like(doc.text) if asr else doc.text
    spans = detect(text, doc.lang)
    letters = (i for a, b in doc.mentions for i in range(a, b) if text[i].isalnum())
    return not all(any(s.start <= i < s.end for s in spans) for i in letters)


@pytest.mark.parametrize(("asr", "bound"), [(False, CASED_BOUND), (True, ASR_BOUND)])
def test_inventory_bound(asr: bool, bound: int) -> None:
    docs = documents()
    missed = [d.text for d in docs if _missed(d, asr)]
    assert len(missed) <= bound, missed


@pytest.mark.parametrize(("lang", "text", "stay"), DECOYS)
def test_decoys(lang: str, text: str, stay: list[str]) -> None:
    for variant in (text, asr_like(text)):
        spans = detect(variant, lang)
        bad = [s.text for s in spans if any(w.lower() in s.text.lower().split() for w in stay)]
        assert not bad, (variant, bad)
