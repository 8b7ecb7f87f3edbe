"""An identity number dictated in words is masked whole (``id_words.py`` over ``ids.spoken_ids``).

Every row is invented for this test.  A passport or personal number said as letter names and number words
may have its series said apart before ``номер`` (``серия эм пэ, номер ...``), a filler in the middle (``...
ноль ноль один, ну, пэ бэ четыре``), or its series written as one word (``ПБ``, lower-cased ``пб``, ``эмпэ``).
A row of ``WHOLE`` must come out with every letter and digit word of the number inside ID_NUMBER spans, and no
span on the words it lists as open, in the text as written and lower-cased with its punctuation blanked; a row
of ``DECOYS`` is ordinary speech with letter names, fillers and numbers, where no ID_NUMBER or PHONE span may
reach the listed words.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

_BLANKED = set('.,!?;:«»"()—–')


def _asr(text: str) -> str:
    """Lower case with punctuation blanked, offsets unchanged (as ``bench.detection_scoring.asr_like``)."""
    return "".join(" " if c in _BLANKED else c.lower() if len(c.lower()) == 1 else c for c in text)


# (language, text, the number as said, words that stay open)
WHOLE = [
    ("ru", "Паспорт у меня, ну, серия эм пэ, номер три два один пять ноль девять восемь.",
     "эм пэ, номер три два один пять ноль девять восемь", "Паспорт у меня"),
    ("be", "Пашпарт серыя ка ха, нумар тры два адзін пяць нуль дзевяць восем, выдадзены ў Гродне.",
     "ка ха, нумар тры два адзін пяць нуль дзевяць восем", "выдадзены"),
    ("en", "My passport series em pee, number three two one five oh nine eight, issued in Minsk.",
     "em pee, number three two one five oh nine eight", "issued"),
    ("ru", "Личный номер три один пять ноль восемь пять шесть эм ноль ноль один, ну, пэ бэ четыре.",
     "три один пять ноль восемь пять шесть эм ноль ноль один, ну, пэ бэ четыре", "Личный"),
    ("be", "Асабісты нумар тры адзін пяць нуль восем пяць шэсць эм нуль нуль адзін, так, пэ бэ чатыры.",
     "тры адзін пяць нуль восем пяць шэсць эм нуль нуль адзін, так, пэ бэ чатыры", "Асабісты"),
    ("en", "Her personal number is three one five oh eight five six em zero zero one, um, pee bee four.",
     "three one five oh eight five six em zero zero one, um, pee bee four", "Her personal"),
    ("ru", "Паспорт эм пэ три два один, ну, пять ноль девять восемь, его забрали.",
     "эм пэ три два один, ну, пять ноль девять восемь", "его забрали"),
    # a series written in capitals reads as letters; lower-cased (``пб``) or run together (``эмпэ``) it must too
    ("ru", "Личный номер три один пять ноль восемь пять шесть эм ноль ноль один ПБ четыре, так и запишите.",
     "три один пять ноль восемь пять шесть эм ноль ноль один ПБ четыре", "так и запишите"),
    ("ru", "Паспорт эмпэ три два один пять ноль девять восемь, выдан в Минске.",
     "эмпэ три два один пять ноль девять восемь", "выдан"),
    ("be", "Асабісты нумар тры адзін пяць нуль восем пяць шэсць эм нуль нуль адзін пэбэ чатыры, і ўсё.",
     "тры адзін пяць нуль восем пяць шэсць эм нуль нуль адзін пэбэ чатыры", "і ўсё"),
]

# (language, text, words no ID_NUMBER or PHONE span may reach)
DECOYS = [
    ("ru", "Паспорт эм пэ три два один пять ноль девять восемь, пэ эс, забыла сказать.", "пэ эс забыла"),
    ("ru", "Эм, ну, мне дали три года, а ему два, пэ эс, потом отпустили.", "Эм ну три года два пэ эс"),
    ("ru", "Номер паспорта я не помню, ну, эм, там было много цифр.", "эм много цифр"),
    ("be", "Пашпарт у мяне забралі, ну, і ўсё, тры дні я чакала.", "тры дні"),
    ("en", "My passport, um, they took it for three, two, one days, oh well.", "three two one days oh well"),
]


def _covered(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(not text[i].isalnum() or any(s <= i < e for s, e in spans) for i in range(start, end))


@pytest.mark.parametrize("cased", [True, False], ids=["cased", "asr"])
@pytest.mark.parametrize(("lang", "text", "number", "open_words"), WHOLE, ids=lambda v: str(v)[:24])
def test_dictated_id_is_masked_whole(lang: str, text: str, number: str, open_words: str, cased: bool) -> None:
    said = text if cased else _asr(text)
    start = text.index(number)
    spans = [(s.start, s.end) for s in detect(said, lang) if s.label == "ID_NUMBER"]
    words = [w for w in number.replace(",", " ").split() if w not in ("номер", "нумар", "number", "ну", "так", "um")]
    pos = start
    for word in words:  # every letter and digit word of the number is inside an ID span
        pos = text.index(word, pos)
        assert _covered(said, spans, pos, pos + len(word)), (word, said, spans)
        pos += len(word)
    first = text.index(open_words)
    assert not any(s < first + len(open_words) and first < e for s, e in spans), (said, spans)


@pytest.mark.parametrize("cased", [True, False], ids=["cased", "asr"])
@pytest.mark.parametrize(("lang", "text", "words"), DECOYS, ids=lambda v: str(v)[:24])
def test_letter_names_and_fillers_are_no_id(lang: str, text: str, words: str, cased: bool) -> None:
    said = text if cased else _asr(text)
    spans = [s for s in detect(said, lang) if s.label in ("ID_NUMBER", "PHONE")]
    low = said.lower()
    for word in words.lower().split():
        pos = low.rindex(word)  # the last mention: the decoy comes after any number
        assert not any(s.start < pos + len(word) and pos < s.end for s in spans), (word, spans)
