"""Round 17: articles and terms said without their unit. Rows invented; cased and as lower-case unpunctuated
speech recognition writes them (``asr_like``). Each group fails without its rule: an inventory article in a
preposition's frame (``detectors/article_inventory.py``, read by ``bare_articles.py`` and, for English pairs
such as ``three forty-two``, by ``spoken_articles.py``); a part said before the article number
(``bare_articles.py``); a term added after the one given and a bare term before ``for``/``more``
(``bare_terms.py``)."""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect


def _masked(lang: str, text: str, part: str) -> bool:
    start = text.lower().index(part.lower())
    end = start + len(part)
    return any(s.label == "AGE_OR_SENTENCE" and s.start < end and start < s.end for s in detect(text, lang))


FRAMED = [  # an inventory article after a preposition or particle, no article word anywhere
    ("ru", "Сидит он за 342, как и сотни других.", "342"),
    ("ru", "У неё тоже 361, она писала в чат.", "361"),
    ("ru", "Её тоже судят, там 423 и 130.", "423"),
    ("ru", "Он с 342, в одном отряде.", "342"),
    ("be", "Яго судзілі за 342.", "342"),
    ("en", "He went down for 342 in the end.", "342"),
]
SHORTHAND = [  # English pairs and digits of an inventory article after a frame
    ("en", "He went down for three forty-two in the end.", "three forty"),
    ("en", "She is in for three six one too.", "three six"),
]
PART_BEFORE = [  # a part and its number before the article number
    ("ru", "Дело шло по части первой триста шестьдесят первой.", "триста шестьдесят"),
    ("en", "That was part one of 423.", "423"),
    ("be", "Абвінавачванне паводле часткі другой трыста шэсцьдзесят сёмага.", "трыста"),
]
ADDED = [  # a second bare number added to the term just given
    ("ru", "Дали пять, а потом ещё два.", "два"),
    ("be", "Ёй далі тры, а потым яшчэ два.", "два"),
    ("en", "They gave him six, then two more.", "two"),
]
REASON = [  # a bare term before ``for``, ``more``: no count
    ("en", "She got eight for a repost.", "eight"),
    ("en", "He was sentenced to five for the comments.", "five"),
    ("en", "They gave her five more on top of that.", "five"),
]
DECOYS = [  # counts, distances, house and bus numbers, minutes: never masked
    ("ru", "Штраф был по 342 рубля.", "342"),
    ("ru", "Мы жили в 130 километрах от Минска.", "130"),
    ("ru", "Автобус 130 ходил до колонии.", "130"),
    ("ru", "Дом номер 342 на окраине.", "342"),
    ("ru", "Мы прошли 130 и повернули.", "130"),
    ("en", "He ran for 342 yards.", "342"),
    ("en", "We met at three forty, by the gate.", "three"),
    ("en", "He ran for three forty two yards.", "three"),
    ("en", "She waited for three forty-two minutes.", "three"),
    ("en", "He got five messages that day.", "five"),
    ("ru", "Ему дали пять минут на сборы.", "пять"),
    ("ru", "Дали пять, а потом ещё два раза звонили.", "два"),
    ("ru", "На площади было сорок человек.", "сорок"),
    ("en", "They gave him six, then two letters came.", "two"),
]


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "part"), FRAMED + SHORTHAND + PART_BEFORE + ADDED + REASON)
def test_a_bare_article_or_term_is_masked(lang: str, text: str, part: str, lower: bool) -> None:
    assert _masked(lang, asr_like(text) if lower else text, part)


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize(("lang", "text", "part"), DECOYS)
def test_counts_stay_unmasked(lang: str, text: str, part: str, lower: bool) -> None:
    assert not _masked(lang, asr_like(text) if lower else text, part)
