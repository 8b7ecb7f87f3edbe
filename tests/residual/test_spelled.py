"""The second gate flags a handle or document number dictated letter by letter that the detector missed or
left partly masked (``intake.residual.spelled``), and leaves ordinary speech with letter names alone.

Every row is invented for this test.  The gate is scanned on the raw text (as if the detector had found nothing)
and on the text with a placeholder where a detector masked only the start.
"""

from __future__ import annotations

import pytest

from intake.residual import scan

# (language, text, words that a hit must cover)
MISSED = [
    ("ru", "мой аккаунт в телеграме эм ай эр а андерскор ноль семь", "эм ай эр а"),
    ("ru", "в инстаграме она собака ка эр о тэ точка лиса", "ка эр о тэ"),
    ("ru", "ник у него эр о эм а эн", "эр о эм а эн"),
    ("be", "пішыце ў тэлеграм, акаўнт эс о вэ а кропка эн і ка", "эс о вэ а"),
    ("en", "find me on instagram as kay are oh tee dot lisa", "kay"),
    ("ru", "личный номер три один пять ноль восемь пять шесть эм ноль ноль один пэ бэ четыре", "пэ бэ четыре"),
    ("ru", "паспорт эм пэ три два один пять ноль девять восемь", "эм пэ"),
    # what a detector left after masking the start
    ("ru", "инстаграм [HANDLE-1] о тэ точка лиса, пишите", "о тэ точка лиса"),
    ("ru", "личный номер [ID_NUMBER-2] пэ бэ четыре", "пэ бэ четыре"),
    ("be", "нік [HANDLE-3] ніжняе падкрэсліванне суд", "ніжняе падкрэсліванне суд"),
]

CLEAN = [
    ("ru", "Эм, ну, я не знаю, что сказать, пэ эс потом."),
    ("ru", "Его забрали в ка гэ бэ, а потом в эм вэ дэ."),
    ("ru", "Раз, два, три, четыре, пять, вышел зайчик погулять."),
    ("ru", "[PERSON-1] и два года она ждала, эм, [PERSON-2] тоже."),
    ("en", "I see why you are asking, oh well, it was five years ago."),
    ("be", "Ну, эм, я не ведаю, і ўсё."),
]


@pytest.mark.parametrize(("lang", "text", "words"), MISSED, ids=lambda v: str(v)[:30])
def test_dictated_letters_are_flagged(lang: str, text: str, words: str) -> None:
    start = text.index(words)
    hits = [h for h in scan(text, lang) if h.kind != "capitalised"]
    said = [i for i in range(start, start + len(words)) if text[i].isalnum()]
    assert all(any(h.start <= i < h.end for h in hits) for i in said), hits


@pytest.mark.parametrize(("lang", "text"), CLEAN, ids=lambda v: str(v)[:30])
def test_letter_names_in_speech_are_not_flagged(lang: str, text: str) -> None:
    assert [h for h in scan(text, lang) if h.kind != "capitalised"] == []
