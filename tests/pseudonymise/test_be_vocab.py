"""The hunspell-be reader (detectors/be_vocab.py) and the Belarusian candidates it enables.

Reader tests use an invented toy dictionary (``tests/data/hunspell``), so they never need the system
package; the integration tests use Debian's ``hunspell-be`` and are skipped where it is not installed.
Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from intake.pseudonymise.detectors import be_candidates, be_vocab, candidates

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "hunspell"
SYSTEM = be_vocab.DEFAULT_DIR / f"{be_vocab.STEM}.dic"


def _clear() -> None:
    for cached in (be_vocab.vocabulary, be_vocab.stems, be_candidates.common_too):
        cached.cache_clear()
    be_candidates._unknown_word.cache_clear()


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(be_vocab, "DEFAULT_DIR", FIXTURE)
    _clear()
    yield
    _clear()


@pytest.fixture
def absent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(be_vocab, "DEFAULT_DIR", tmp_path)
    _clear()
    yield
    _clear()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("крыва", True),  # a listed stem
        ("крыву", True),  # SFX F: strip а, add у
        ("стола", True),  # SFX F: strip nothing, add а after a listed consonant
        ("столе", False),  # no rule adds е to стол
        ("недобры", True),  # PFX N
        ("добрага", True),  # SFX R
        ("недобрага", False),  # R may not be crossed with a prefix
        ("крыва-ваза", True),  # hyphenated: each part known
        ("крыва-зорану", False),
        ("зорану", False),  # a form of a capitalised stem is no common word
        ("невядомы", False),
    ],
)
def test_known_reverses_the_affix_rules(toy: None, word: str, expected: bool) -> None:
    assert be_vocab.known(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Зорану", "name"),
        ("зораны", "name"),
        ("букрэль", "name"),
        ("букрэльа", None),  # the condition [бвгд…] does not hold for a stem ending in ь
        ("пятрусевічу", "patronymic"),
        ("рыбавічанія", "place"),
        ("рыбавічаніу", None),  # the condition [^і]а does not hold for -ія
        ("крыву", None),
    ],
)
def test_proper_tells_names_from_common_words(toy: None, word: str, expected: str | None) -> None:
    assert be_vocab.proper(word) == expected


def test_stems_and_apostrophes(toy: None) -> None:
    assert be_vocab.stems("столу") == ("стол",)
    assert be_vocab.available()


def test_absent_dictionary_answers_nothing(absent: None) -> None:
    assert not be_vocab.available()
    assert not be_vocab.known("крыва")
    assert be_vocab.proper("зорану") is None
    got = {s.text for s in candidates.detect("потым прыйшла зорана з кветкамі", "be", [])}
    assert "зорана" not in got  # without the dictionary: today's shape heuristics only


needs_system = pytest.mark.skipif(not SYSTEM.exists(), reason="hunspell-be is not installed")


@needs_system
def test_system_dictionary_loads() -> None:
    # Its load time is part of the model load that bench/pseudonymise_eval.py and bench/detect_profile.py
    # measure (warm_up reads it); a unit test asserts behaviour, not speed.
    _clear()
    assert be_vocab.available()
    assert be_vocab.known("кнігу") and be_vocab.known("сказала") and be_vocab.known("па-польску")
    assert be_vocab.proper("мікалаевіча") == "patronymic"
    assert be_vocab.proper("ірэну") == "name"
    assert not be_vocab.known("ірэну")


def _cands(text: str) -> dict[str, str]:
    return {s.text: s.reason for s in candidates.detect(text, "be", [])}


BE_CANDIDATES = [
    ("потым да нас зайшла ірэна з сумкай", {"ірэна": "uncertain:hunspell"}, ["сумкай"]),
    ("учора тэлефанаваў цімоха з вёскі", {"цімоха": "uncertain:hunspell"}, ["вёскі"]),
    ("там быў кхарзен уолдэбі і яшчэ хтосьці", {"кхарзен": "uncertain:context", "уолдэбі": "uncertain:context"}, []),
    ("Кхарзен прыйшоў позна.", {"Кхарзен": "uncertain:capitalised"}, ["позна"]),
    ("вера ў лепшае засталася", {}, ["вера"]),
    ("з якім ты гаварыў", {}, ["якім"]),
    ("яна па-польску гаворыць добра", {}, ["па-польску"]),
    ("па ўсёй еўропе ездзіў", {}, ["еўропе"]),
]


@needs_system
@pytest.mark.parametrize(("text", "expected", "stay"), BE_CANDIDATES)
def test_belarusian_candidates(text: str, expected: dict[str, str], stay: list[str]) -> None:
    _clear()
    got = _cands(text)
    for word, reason in expected.items():
        assert got.get(word) == reason, f"{word}: {got}"
    for word in stay:
        assert word not in got, f"{word} should stay: {got}"
