"""A web address is one run (``web_runs.py``), and a one-letter series opens a dictated ID (``ids.py``).

Every row is invented for this test.  A row of ``WHOLE`` is masked when every letter and digit of its
expected extent lies inside some detected span (any label), in the text as written and lower-cased with its
punctuation blanked (``bench.detection_scoring.asr_like``); a row of ``DECOYS`` is ordinary speech with
``точка``, ``slash``, ``dot`` or counts after a document word, where no contact or ID span may reach the
decoy words.
"""

from __future__ import annotations

import re

import pytest

from intake.pseudonymise import detect

_BLANKED = set('.,!?;:«»"()—–')


def _asr(text: str) -> str:
    """Lower case with punctuation blanked, offsets unchanged (as ``bench.detection_scoring.asr_like``)."""
    return "".join(" " if c in _BLANKED else c.lower() if len(c.lower()) == 1 else c for c in text)


def _masked(text: str, at: int, size: int, language: str) -> bool:
    spans = detect(text, language)
    return all(not text[k].isalnum() or any(s.start <= k < s.end for s in spans) for k in range(at, at + size))


WHOLE = [
    ("en", "The list is at spring96.org slash en slash news slash prisoners, you can check.",
     "spring96.org slash en slash news slash prisoners"),
    ("en", "Go to dissidentby.com slash political dash prisoners and find him.",
     "dissidentby.com slash political dash prisoners"),
    ("en", "The fund is at by-help.org slash donate slash now, please.", "by-help.org slash donate slash now"),
    ("en", "Check belarus-help.org.uk slash prisoners slash letters today.",
     "belarus-help.org.uk slash prisoners slash letters"),
    ("en", "Type https colon slash slash spring96.org slash en, and search.",
     "https colon slash slash spring96.org slash en"),
    ("en", "Find it at free-belarus.ge forward slash letters, then write.", "free-belarus.ge forward slash letters"),
    ("ru", "Это на сайте вясна точка орг косая черта палітвязні, там.", "вясна точка орг косая черта палітвязні"),
    ("ru", "Сайт: www.spring96.org дробь ру дробь news, там.", "www.spring96.org дробь ру дробь news"),
    ("ru", "Ссылка: нашаніва точка бай слэш артыкул слэш сорок два.", "нашаніва точка бай слэш артыкул слэш сорок два"),
    ("ru", "Заходите на Хартия девяносто семь точка орг, там есть.", "Хартия девяносто семь точка орг"),
    ("ru", "Новости на Белсат точка еу, каждый день.", "Белсат точка еу"),
    ("be", "Глядзіце zubr.by косая навіны косая суды, там усё.", "zubr.by косая навіны косая суды"),
    ("ru", "Номер паспорта — а бэ три два один шесть пять четыре семь восемь девять. А потом забрали.",
     "а бэ три два один шесть пять четыре семь восемь девять"),
    ("be", "Пашпарт у яго а бэ адзін два тры чатыры пяць шэсць сем восем, вось так.",
     "а бэ адзін два тры чатыры пяць шэсць сем восем"),
]

DECOYS = [
    ("ru", "Сайт zubr.by точка зрения у них странная.", "точка зрения"),
    ("ru", "С моей точки зрения, это точка зрения суда. Слэш в музыке — это стиль.", "точка зрения суда"),
    ("en", "He played slash metal, and the dot on the map was Minsk.", "slash metal"),
    ("en", "I read zubr.by and then slash what, you know.", "and then slash what"),
    ("en", "It is on spring96.org slash news and then we talked about it.", "and then we talked"),
    ("en", "Look at by-help.org slash letters today or tomorrow, they said.", "or tomorrow, they said"),
    ("ru", "Паспорт у меня забрали, и два года и три месяца я ждал.", "и два года и три месяца"),
    ("be", "Пашпарт забралі, і тры тыдні і два дні я чакала.", "і тры тыдні і два дні"),
]


@pytest.mark.parametrize("row", WHOLE, ids=lambda r: r[2][:40])
@pytest.mark.parametrize("shape", ["cased", "asr"])
def test_address_or_id_masked_whole(row: tuple[str, str, str], shape: str) -> None:
    language, text, expected = row
    at = text.index(expected)
    shown = text if shape == "cased" else _asr(text)
    assert _masked(shown, at, len(expected), language)


@pytest.mark.parametrize("row", DECOYS, ids=lambda r: r[2][:40])
@pytest.mark.parametrize("shape", ["cased", "asr"])
def test_decoy_left_open(row: tuple[str, str, str], shape: str) -> None:
    language, text, decoy = row
    at = text.index(decoy)
    shown = text if shape == "cased" else _asr(text)
    contact = {"URL", "EMAIL", "HANDLE", "ID_NUMBER", "PHONE"}
    spans = [s for s in detect(shown, language) if s.label in contact]
    words = [m for m in re.finditer(r"\w+", decoy)]
    assert not any(s.start < at + w.end() and at + w.start() < s.end for s in spans for w in words)
