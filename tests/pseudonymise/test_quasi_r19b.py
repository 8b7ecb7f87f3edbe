"""Round 19b quasi-identifiers: an article number's part after a comma or a slash word, a bare article joined to
a suffixed one, an ordinal before a facility code, a restated age, a slang colony placed in a town. Rows
invented; each group fails without its rule, the decoys stay unmasked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect


def _covered(lang: str, text: str, part: str, label: str) -> bool:
    start = text.index(part)
    spans = [s for s in detect(text, lang) if s.label == label]
    return all(any(s.start <= p < s.end for s in spans) for p in range(start, start + len(part)) if text[p].isalnum())


def _touched(lang: str, text: str, part: str, label: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(s.label == label and s.start < end and start < s.end for s in detect(text, lang))


ARTICLE_PARTS = [
    ("ru", "Обвинили по статье триста сорок два, один, за марш в августе.", "триста сорок два, один"),
    ("ru", "Ему вменяли двести девяносто три дробь два, это массовые беспорядки.", "двести девяносто три дробь два"),
    ("be", "Яму ўменілі трыста шэсцьдзесят адзін дроб тры, фінансаванне.", "трыста шэсцьдзесят адзін дроб тры"),
    ("en", "He got article three-forty-two dash one, the protest one.", "three-forty-two dash one"),
    ("en", "They charged her under article three sixty-one slash four, the financing.", "three sixty-one slash four"),
    ("ru", "Ей вменяли триста шестьдесят девять, оскорбление, и всё.", "триста шестьдесят девять"),
]


@pytest.mark.parametrize(("lang", "text", "part"), ARTICLE_PARTS)
def test_article_part_after_comma_or_slash_word(lang: str, text: str, part: str) -> None:
    assert _covered(lang, text, part, "AGE_OR_SENTENCE")


ARTICLE_PART_DECOYS = [
    ("ru", "Статья триста сорок два, два года колонии.", "два года"),  # a term, not a part (its own span)
    ("en", "Under article three forty-two, two of us were fined.", "two of us"),
]


@pytest.mark.parametrize(("lang", "text", "part"), ARTICLE_PART_DECOYS)
def test_comma_number_that_counts_is_no_part(lang: str, text: str, part: str) -> None:
    start = text.index(part)
    assert not any(s.start < start < s.end for s in detect(text, lang))


JOINED = [
    ("en", "They wrote it all up. So, 293 and 342-1, and a fine on top.", "293"),
    ("ru", "В итоге 130 и 361-1, восемь лет.", "130"),
    ("be", "Потым яшчэ 369 і 368-2 дадалі.", "369"),
]


@pytest.mark.parametrize(("lang", "text", "part"), JOINED)
def test_bare_number_joined_to_suffixed_article(lang: str, text: str, part: str) -> None:
    assert _covered(lang, text, part, "AGE_OR_SENTENCE")


def test_joined_count_stays_unmasked() -> None:
    text = "We bought 200 and 300 more sheets."
    assert not _touched("en", text, "200", "AGE_OR_SENTENCE")
