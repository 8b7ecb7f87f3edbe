"""Words spelled letter by letter with hyphens or blanks (``spelled_runs.py``).

Invented sentences in all three languages, read as written and as speech recognition leaves them (lower case,
punctuation blanked, hyphens kept, offsets unchanged).  Each hit names the run and the label it must take (the
label of the name or contact it spells or follows); each non-hit asserts that this rule proposes no span over
the letters.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.spelled_runs import spelled_runs


def asr_like(text: str) -> str:
    """Lower case, punctuation blanked (as ``bench/detection_scoring.asr_like``)."""
    return "".join(" " if c in '.,!?;:«»"()—–' else c.lower() for c in text)


HITS = [
    ("en", "Our page is savematvei dot com, s-a-v-e-m-a-t-v-e-i, please share it.", "s-a-v-e-m-a-t-v-e-i", "URL"),
    ("en", "Her surname is Lapitskaya, spelled l a p i t s k a y a, with a y.", "l a p i t s k a y a", "PERSON"),
    ("en", "My cousin Hleb, h-l-e-b, went to Vilnius.", "h-l-e-b", "PERSON"),
    ("en", "Just write it down: d-z-i-a-n-i-s, that's him.", "d-z-i-a-n-i-s", "PERSON"),
    ("ru", "Фамилия у неё Кривицкая, к-р-и-в-и-ц-к-а-я, через и.", "к-р-и-в-и-ц-к-а-я", "PERSON"),
    ("ru", "Зовут его Тимур, по буквам т и м у р, так в протоколе.", "т и м у р", "PERSON"),
    ("ru", "Сайт называется помощьрядом точка бай, p-o-m-o-s-c-h, дальше сами.", "p-o-m-o-s-c-h", "URL"),
    ("be", "Яго прозвішча Латушка, л-а-т-у-ш-к-а, як у міністра.", "л-а-т-у-ш-к-а", "PERSON"),
    ("be", "Завуць яе Уладзіслава, па літарах у л а д з і с л а в а, доўгае імя.", "у л а д з і с л а в а", "PERSON"),
    ("be", "Акаўнт у тэлеграме @svetlyachok_by, s-v-e-t-l-y-a-c-h-o-k, пішыце туды.", "s-v-e-t-l-y-a-c-h-o-k",
     "HANDLE"),
]

NON_HITS = [
    ("en", "I said n-o-t-h-i-n-g to them, nothing at all.", "n-o-t-h-i-n-g"),
    ("en", "We waited a b c d style, in a queue like kids.", "a b c d"),
    ("ru", "Н-н-н-нет, я не помню, а-а-а-а, вот так.", "а-а-а-а"),
    ("ru", "А я и в Москву не ездила, и в Брест тоже.", "А я и в"),
    ("ru", "Я сказала н-и-к-о-г-д-а, и всё.", "н-и-к-о-г-д-а"),
    ("be", "А я і ў Мінск не ездзіла тады.", "А я і ў"),
    ("be", "Ён крычаў м-м-м-м і маўчаў потым.", "м-м-м-м"),
]


def _covered(text: str, lang: str, run: str) -> list[str]:
    start = text.index(run)
    return [s.label for s in detect(text, lang) if s.start <= start and start + len(run) <= s.end]


def _touched(text: str, lang: str, run: str) -> bool:
    """Whether this rule (over what the others found) proposes a span over ``run``; another rule may mask a
    word it does not know (``n-o-t-h-i-n-g`` is no English word to ``en_candidates``)."""
    start = text.index(run)
    return any(s.start < start + len(run) and start < s.end for s in spelled_runs(text, detect(text, lang)))


@pytest.mark.parametrize(("lang", "text", "run", "label"), HITS)
@pytest.mark.parametrize("lower", [False, True])
def test_spelled_run_is_masked_with_its_label(lang: str, text: str, run: str, label: str, lower: bool) -> None:
    if lower:
        text, run = asr_like(text), asr_like(run)
    assert label in _covered(text, lang, run)


@pytest.mark.parametrize(("lang", "text", "run"), NON_HITS)
@pytest.mark.parametrize("lower", [False, True])
def test_ordinary_letters_stay(lang: str, text: str, run: str, lower: bool) -> None:
    if lower:
        text, run = asr_like(text), asr_like(run)
    assert not _touched(text, lang, run)
