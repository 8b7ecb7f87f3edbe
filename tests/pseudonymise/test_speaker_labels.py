"""Speaker labels are layout (``tokens.Token.label``): their capitals do not make uncased speech read as
cased writing, and no span covers one.

Whisper output without punctuation, with capitalised labels added by whoever typed the speaker turns, was
read as cased text (a third of its sentence openers were the labels' capitals), so every lower-case stage
was skipped; a place phrase grew over the line break into the next label, and a label was propagated as an
organisation. Every row is invented for this test.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.tokens import is_lowercase_text, tokenize

UNCASED = [
    ("ru", "Интервьюер: расскажите про мужа\nРеспондент: ну виталик работал на мтз фрезеровщиком а потом его "
           "забрали на окрестина\nИнтервьюер: а кто был судья\nРеспондент: судья такая молодая она даже не "
           "смотрела на нас\nИнтервьюер: понятно"),
    ("be", "Інтэрв'юер: дзе вы жывяце\nРэспандэнт: цяпер у варшаве а раней у маладзечне на вуліцы гагарына\n"
           "Інтэрв'юер: і ваш брат\nРэспандэнт: брат алесь сядзіць у наваполацку ўжо трэці год\nІнтэрв'юер: "
           "дзякуй"),
    ("en", "Interviewer: where did you work\nRespondent: i was a developer at a small company in minsk and my "
           "friend pasha worked there too\nInterviewer: and now\nRespondent: now we are both in vilnius and "
           "pasha still writes code"),
]


def _speech(text: str, spans: list) -> list[tuple[str, str]]:
    return sorted((s.text, s.label) for s in spans)


@pytest.mark.parametrize(("lang", "text"), UNCASED)
def test_capitalised_labels_do_not_make_uncased_speech_cased(lang: str, text: str) -> None:
    assert is_lowercase_text(tokenize(text))
    lowered = "\n".join(line.split(":", 1)[0].lower() + ":" + line.split(":", 1)[1] for line in text.split("\n"))
    assert _speech(text, detect(text, lang)) == _speech(lowered, detect(lowered, lang))


@pytest.mark.parametrize(("lang", "text"), UNCASED)
def test_no_span_covers_a_label(lang: str, text: str) -> None:
    starts = {0} | {i + 1 for i, c in enumerate(text) if c == "\n"}
    labels = [(s, text.index(":", s)) for s in starts]
    for span in detect(text, lang):
        assert not any(span.start < end and start < span.end for start, end in labels), span


def test_a_phrase_does_not_grow_into_the_next_label() -> None:
    text = ("Интервьюер: где его судили\nРеспондент: в заводском районном суде\nРеспондент: а потом "
            "отправили в глубокое")
    for span in detect(text, "ru"):
        assert "Респондент" not in span.text, span


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Interviewer: Could you tell me about him?\nRespondent: yes. my brother is Pavel Lukyanchyk, he "
           "taught in Slonim. they took him in May.\nInterviewer: Where is he now?\nRespondent: in Hlybokaye."),
    ("ru", "Интервьюер: Как его зовут?\nРеспондент: Его зовут Павел Лукьянчик. Он учитель из Слонима.\n"
           "Интервьюер: А где он сейчас?\nРеспондент: В Глубоком."),
])
def test_cased_writing_with_labels_stays_cased(lang: str, text: str) -> None:
    assert not is_lowercase_text(tokenize(text))
