"""A word a naming phrase introduces is a name (``a woman called grace``, ``мы яго шпрот завём``), and its
later mentions are masked where they act as a name, not where they are the common word. Rows invented."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _masked(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, language) if s.label == "PERSON"]


def _at(text: str, language: str, phrase: str, word: str) -> bool:
    """The ``word`` inside ``phrase`` is covered by a PERSON span."""
    start = text.index(phrase) + phrase.index(word)
    return any(s.label == "PERSON" and s.start <= start < s.end for s in detect(text, language))


@pytest.mark.parametrize(
    ("language", "text", "phrase", "word"),
    [
        ("en", "i met a woman called grace in the queue. we sat with grace till noon.", "called grace", "grace"),
        ("en", "i met a woman called grace in the queue. we sat with grace till noon.", "with grace", "grace"),
        ("en", "someone called hope wrote to him. then hope came with the lawyer.", "then hope came", "hope"),
        ("be", "мы яго шпрот завём. шпрот і яго бацькі прыйшлі.", "шпрот і яго", "шпрот"),
        ("be", "клікалі яе ружа. потым з ружай гаварылі доўга.", "з ружай", "ружай"),
        ("ru", "мы его кильку называли. потом килька и его брат пришли.", "килька и его", "килька"),
    ],
)
def test_named_word_and_mentions_acting_as_a_name(language: str, text: str, phrase: str, word: str) -> None:
    assert _at(text, language, phrase, word)


@pytest.mark.parametrize(
    ("language", "text", "phrase", "word"),
    [
        ("en", "a woman called grace visited. by the grace of god it ended.", "the grace of", "grace"),
        ("be", "мы яго шпрот завём. шпроты ў банцы стаялі.", "шпроты ў", "шпроты"),
        ("be", "у калоніі мяне звалі зайка, а дома не.", "калоніі", "калоніі"),
        ("ru", "мама в колонии. её зовут анна.", "колонии", "колонии"),
        # a gloss after an inanimate noun names the thing, not a person
        ("ru", "дом наш развалюха мы его так звали", "развалюха", "развалюха"),
        ("be", "хата наша развалюха мы яе так завём", "развалюха", "развалюха"),
        ("ru", "колония красная так её называли", "красная", "красная"),
    ],
)
def test_common_use_and_places_stay_words(language: str, text: str, phrase: str, word: str) -> None:
    assert not _at(text, language, phrase, word)
