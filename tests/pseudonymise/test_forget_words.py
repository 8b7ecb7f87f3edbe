"""A long-lived process can forget the words of the transcripts its detectors have seen.

The detectors keep bounded per-word caches between calls; ``forget_words`` (called by the workspace when it
locks) must leave no container of the process holding a word of a transcript. The marker word is built at run
time, so no constant of this module holds it.
"""

from __future__ import annotations

import gc
import re
from typing import Any

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.forget import forget_words

_PIECES = ("Зюзю", "кеви", "чанск")  # joined at run time: an invented surname found in no lexicon


def _marker() -> str:
    return "".join(_PIECES)


def _holds(container: Any, marker: str) -> bool:
    if isinstance(container, dict):
        items: Any = [*container.keys(), *container.values()]
    elif isinstance(container, (tuple, list, set, frozenset)):
        items = container
    else:
        return False
    return any(type(item) is str and marker in item.casefold() for item in items)


def _holders(marker: str) -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if _holds(obj, marker))


def _run(lang: str, stem: str) -> None:
    texts = {
        "ru": f"Вчера я встретила {stem}а. Потом {stem} позвонил и сказал, что {stem}у дали три года.",
        "en": f"Yesterday I met {stem}. Later {stem} called me, and {stem}'s lawyer said it was three years.",
    }
    for text in (texts[lang], texts[lang].lower()):
        assert detect(text, lang)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_forget_words_leaves_no_container_holding_a_transcript_word(lang: str) -> None:
    marker = _marker().casefold()
    _run(lang, _marker())
    assert _holders(marker) > 0  # the caches did hold it: the check below can fail
    assert forget_words() > 10
    assert _holders(marker) == 0


def test_forget_words_keeps_detection_working() -> None:
    _run("ru", _marker())
    forget_words()
    spans = detect(f"Потом {_marker()} позвонил мне.", "ru")
    assert any(span.label == "PERSON" for span in spans)


def test_forget_words_empties_the_pattern_cache() -> None:
    marker = _marker().casefold()
    assert re.search(marker, f"x {marker} x")  # a pattern built from a word stays in re's own cache
    assert _holders(marker) > 0
    forget_words()
    assert _holders(marker) == 0
