"""Contacts as unpunctuated speech recognition writes them (``detection_scoring.asr_like``: lower case, the
characters ``.,!?;:«»"()—–`` blanked): every generated rendering kind at the goal rate, then one invented row
per mechanism (each fails without it) and rows that must stay unmasked."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from intake.pseudonymise import detect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from contact_renderings import CONTACT_LABELS, DECOYS, KINDS, covered, evaluate, renderings
from detection_scoring import asr_like


def test_asr_like_renderings_are_masked_at_the_goal_rate() -> None:
    """Every contact kind, its dots, colons and commas blanked: at least 95% masked whole per kind and
    language on a fixed seed, and no ordinary number or web decoy called a contact more often than before."""
    table = evaluate(renderings(40, 14, KINDS, asr=True))
    low = {(k, lang): row["detect"] for k, rows in table.items() for lang, row in rows.items()
           if k not in DECOYS and row["detect"] < 0.95}
    assert not low, low
    decoys = {(k, lang): row["detect"] for k, rows in table.items() for lang, row in rows.items()
              if k in DECOYS and row["detect"] > 0.0}
    assert not decoys, decoys


# (language, text, the contact in it); the text is checked as written and in its asr_like form.
MASKED = [
    # a scheme whose colon was blanked, before a domain that is a word
    ("ru", "ссылка https //lipa-help me там форма", "https //lipa-help me"),
    # a bare host and domain, the dot blanked: any non-word country code, a word code after a site word,
    # a Cyrillic domain after a site word
    ("en", "we send money via sovka uz every month", "sovka uz"),
    ("en", "the link is zhuravli by write there", "zhuravli by"),
    ("be", "усё на сайце спадчына-дапамога бел ёсць", "спадчына-дапамога бел"),
    # an e-mail with blanks around the @ and the dots of its local part blanked as those of its host were
    ("ru", "почта olia kruk @ proton me пишите", "olia kruk @ proton me"),
    ("en", "write to marta   vetka @ gmail   com any time", "marta   vetka @ gmail   com"),
    # a handle carried over the pieces its blanked dots split off, written or in a blanked link
    ("ru", "инстаграм @zhuravel lida 88 там фото", "@zhuravel lida 88"),
    ("be", "шукайце t me/zhuravli lida88 там", "t me/zhuravli lida88"),
    # a handle after an @ said as a word, or after a platform's name
    ("ru", "ищите эт marta kruk77 в телеграме", "эт marta kruk77"),
    ("en", "on tg olia vetka52 write there", "olia vetka52"),
    # a spoken e-mail whose local part is two names joined by "and"
    ("en", "write to marta and ales at proton dot me", "marta and ales at proton dot me"),
    ("be", "пішыце марта і алесь сабака гмэйл кропка ком", "марта і алесь сабака гмэйл кропка ком"),
    # a lower-case passport series, the comma after it blanked
    ("ru", "в протоколе паспорт kh  4471902 записали", "kh  4471902"),
    # a phone broken off and restarted, the ellipsis blanked
    ("ru", "номер +375 29 614    так  восемь ноль двадцать девять  614 20 87",
     "+375 29 614    так  восемь ноль двадцать девять  614 20 87"),
]


def _covered(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    return covered(text, start, start + len(part), [(s.start, s.end) for s in detect(text, lang)])


@pytest.mark.parametrize(("lang", "text", "part"), MASKED)
def test_blanked_contact_rows_are_masked(lang: str, text: str, part: str) -> None:
    assert _covered(text, lang, part)
    assert _covered(asr_like(text), lang, asr_like(part))


STAY = [
    ("ru", "в инстаграме видела фото, там всё"),
    ("be", "у тэлеграме пісалі пра гэта ўвесь час"),
    ("en", "at school I was the tall one, at seven in the morning"),
    ("en", "she worked at kvant in grodno for years"),
    ("en", "russian media wrote about it, zhenia im from slutsk"),
    ("ru", "с точки зрения закона в 14 30 он был на месте"),
    ("en", "the price was 20 euro at 3 pm in 2019"),
    ("ru", "статья 342 часть 1, 15 суток, 2021 год, артикул 4471 902"),
    ("en", "maria de souza came to the site in june"),
    ("en", "on instagram I saw 20 photos"),
    ("ru", "в телеграме я писала 5 раз"),
    ("en", "the link is in the bio"),
    ("ru", "вышла в 9 30... нет, в 10 00 и ждала"),
]


@pytest.mark.parametrize(("lang", "text"), STAY)
def test_ordinary_words_by_a_platform_stay(lang: str, text: str) -> None:
    for variant in (text, asr_like(text)):
        assert not [s.text for s in detect(variant, lang) if s.label in CONTACT_LABELS], variant
