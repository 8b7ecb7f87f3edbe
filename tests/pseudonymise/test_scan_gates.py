"""The token-scan gates skip only tokens that open nothing: gated and ungated scans give the same spans.

``phones.run_openers``, ``terms.amount_openers`` and ``quasi.sentence_openers`` list the tokens at which a scan
can find something; the scans step from one listed token to the next.
The ungated scan is the same code with every token listed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.pseudonymise.detectors import (
    code_articles,
    cued_ages,
    ids,
    month_counts,
    phones,
    quasi,
    spoken_articles,
    terms,
)
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, split

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "data" / "transcripts"
TUNED = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev9", "dev11", "dev13")
INVENTED = [
    "мой номер плюс три семь пять двадцать девять, э, сто двадцать три сорок пять шестьдесят семь",
    "call me on o seven nine double one, two three four; plus four four 20 7946 0958",
    "ему дали полтора года, потом три с половиной года колонии, а через два месяца ещё 15 суток",
    "яму далі паўтара гады і тры з паловай гады; a hundred and twenty days, a year and a half",
    "нумар 29 1О5 З4 67, +375 (29) 123-45-67, тэл 8 017 2ОО 00 00 і ИК-15",
    "",
    "плюс",
    "паспорт эм пэ один два три четыре пять шесть семь, нумар ка ха 1234567, ИКа два, dba 7 8 9 0 1 2",
    "личный номер три один ноль ноль восемь семь ноль а ноль ноль один пэ бэ семь, MP 1234567 and double seven",
    "сколько ему лет? двадцать три. а сыну пять, дочке лет сорок, ей 17, под сорок, мне было шестнадцать",
    "ему дали триста шестьдесят пять суток, потом 540 дней и a hundred and twenty months; сто двадцать месяцев",
    "по статье триста сорок два часть вторая и двадцать три тридцать четыре, 342-2 и 369 прим",
    "article three sixty one and four hundred and ten, статья 193 дробь 1",
]


def _texts() -> list[str]:
    out = list(INVENTED)
    for name in TUNED:
        path = TRANSCRIPTS / f"{name}.jsonl"
        if path.exists():
            out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return out + [t.lower() for t in out]


def _all(words: Words | list[object]) -> list[int]:
    return list(range(len(words.tokens if isinstance(words, Words) else words)))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def test_phone_scans_equal_ungated(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [(phones.spoken_phones(t, split(t)), phones.digit_runs(t, split(t))) for t in texts]
    monkeypatch.setattr(phones, "run_openers", _all)
    assert gated == [(phones.spoken_phones(t, split(t)), phones.digit_runs(t, split(t))) for t in texts]


def test_run_openers_hold_every_run(texts: list[str]) -> None:
    for text in texts:
        words = split(text)
        opens = set(phones.run_openers(words.tokens))
        assert all(i in opens for i in range(len(words.tokens)) if phones._run_at(text, words, i) is not None)


def test_durations_equal_ungated(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [terms.durations(t, split(t)) for t in texts]
    monkeypatch.setattr(terms, "amount_openers", _all)
    assert gated == [terms.durations(t, split(t)) for t in texts]


def test_amount_openers_hold_every_amount(texts: list[str]) -> None:
    for text in texts:
        words = split(text)
        opens = set(terms.amount_openers(words))
        for i in range(len(words.tokens)):
            if i not in opens:
                assert terms._amount(words, i) is None and terms._past_large(words, i) == 1


def test_sentences_equal_ungated(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def run(t: str) -> list[object]:
        w = split(t)
        return list(quasi._sentences(t, w.tokens, w.gaps))

    gated = [run(t) for t in texts]
    monkeypatch.setattr(quasi, "sentence_openers", _all)
    assert gated == [run(t) for t in texts]


def test_articles_equal_ungated(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [spoken_articles.articles(t, split(t)) for t in texts]
    monkeypatch.setattr(spoken_articles, "article_openers", _all)
    assert gated == [spoken_articles.articles(t, split(t)) for t in texts]


def test_counts_and_word_articles_equal_ungated(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def run(t: str) -> tuple[list[object], list[object]]:
        w = split(t)
        return list(month_counts.counts(t, w)), list(code_articles.word_articles(t, w.tokens, w.gaps))

    gated = [run(t) for t in texts]
    monkeypatch.setattr(month_counts, "count_openers", _all)
    monkeypatch.setattr(code_articles, "LEXICON", _Everything())
    assert gated == [run(t) for t in texts]


class _Everything:
    """A set that holds every word: ``word_articles`` then visits every token, as before its gate."""

    def __contains__(self, item: object) -> bool:
        return True


def test_ages_equal_ungated(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [cued_ages.ages(t, split(t)) for t in texts]
    monkeypatch.setattr(cued_ages, "age_openers", _all)
    assert gated == [cued_ages.ages(t, split(t)) for t in texts]


def test_lower_is_idempotent() -> None:
    """The gates test ``Token.low`` (``text.lower()``) where ``starts_number`` tests ``low.lower()``."""
    assert all(c.lower().lower() == c.lower() for c in map(chr, range(0x110000)))


def _old_may_start(tok: Token) -> bool:
    """``ids._may_start`` before its three-letter gate."""
    low, text = tok.low, tok.text
    return low in ids.LEXICON or text.isdigit() or len(text) <= 3 or low in ids._LETTER_NAMES or low in ids._REPEATS


def test_spoken_ids_equal_ungated(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [ids.spoken_ids(t, split(t)) for t in texts]
    monkeypatch.setattr(ids, "_may_start", _old_may_start)
    assert gated == [ids.spoken_ids(t, split(t)) for t in texts]
