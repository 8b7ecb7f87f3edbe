"""Lower-case Belarusian words that hunspell-be lists only as common words are not persons by a weak reading.

Two readings are weak there: the first-name lexicon's possessive of a given name (``машыну`` read as Маша's,
``галавы`` as Галя's: ``names.belarusian_thing``) and pymorphy3's Russian surname for a Belarusian common word
standing alone (``бульба``, ``ганку``: ``lowercase._alone``), unless the text names the word (``прозвішча``,
``клічуць``). Rows are invented; names with support (a role noun, a first name, a naming word) stay masked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import be_vocab


def _persons(text: str, word: str, language: str = "be") -> list[str]:
    start = text.index(word)
    return [s.reason or "evidence" for s in detect(text, language) if s.label == "PERSON" and s.start <= start < s.end]


DECOYS = [
    ("пасля работы мы селі ў машыну і доўга ехалі дадому", "машыну"),
    ("у суседа старая машына зноў не завялася раніцай", "машына"),
    ("брат увесь вечар рамантаваў машыны ў гаражы", "машыны"),
    ("мне так і не выйшла з галавы тая размова", "галавы"),
    ("яна схапілася за галаву калі пачула прысуд", "галаву"),
    ("увосень мы ўсёй сям'ёй капалі бульбу на агародзе", "бульбу"),
    ("на вячэру ў нас была бульба з грыбамі", "бульба"),
    ("дзед увесь вечар сядзеў на ганку і маўчаў", "ганку"),
]


@pytest.mark.skipif(not be_vocab.available(), reason="hunspell-be dictionary not installed")
@pytest.mark.parametrize(("text", "word"), DECOYS)
def test_belarusian_common_word_is_no_person(text: str, word: str) -> None:
    assert not _persons(text, word), text


PERSONS = [
    ("машына мама прыехала на суд з цукеркамі", "машына"),  # Маша's mother: the possessive before a role
    ("учора маша напісала ліст брату", "маша"),
    ("прозвішча ў яго бульба і ўсе з гэтага смяяліся", "бульба"),  # the text names the word
    ("у школе ў яго была мянушка бульба а цяпер усе забыліся", "бульба"),
    ("сяргей бульба сказаў што яго білі", "бульба"),  # after a first name
]


@pytest.mark.parametrize(("text", "word"), PERSONS)
def test_named_belarusian_word_stays_a_person(text: str, word: str) -> None:
    assert _persons(text, word), text


def test_russian_text_keeps_the_surname_alone() -> None:
    assert _persons("вчера бульба снова выступал на суде", "бульба", "ru")
