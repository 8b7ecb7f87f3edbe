"""Organisation names of exile interviews: names linked by ``для``/``за``/``без``/``without`` after a cue, the
clinic, parish and diaspora heads of the lower-case slot with a parish's dedication, company names with an
industry element after ``drove for``/``company``, and the exile bodies of the inventory. A name counts when
every letter of it is masked (any label). Every row is invented (real bodies, invented people)."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

MASKED = [
    ("ru", "Она писала в чате Лида для жизни каждый день.", "Лида для жизни"),
    ("be", "Зоя пісала ў чаце Ліда для жыцця кожны дзень.", "Ліда для жыцця"),
    ("en", "She joined the group Lawyers without Borders last year.", "Lawyers without Borders"),
    ("ru", "лечили кота в частной клинике зоодоктор два месяца", "зоодоктор"),
    ("be", "мы хадзілі ў парафіі святога карла барамея кожную нядзелю", "святога карла барамея"),
    ("ru", "мы ходили в приход святой троицы по воскресеньям", "святой троицы"),
    ("en", "i drove for vlad trans for two years", "vlad trans"),
    ("en", "then i worked for a polish company trans polonia", "trans polonia"),
    ("be", "Яна працуе ў Аб'яднаным пераходным кабінеце.", "Аб'яднаным пераходным кабінеце"),
    ("ru", "она работала в объединенном переходном кабинете", "объединенном переходном кабинете"),
    ("en", "he joined the united transitional cabinet last year", "united transitional cabinet"),
    ("en", "she volunteered with lawyers for lawyers in amsterdam", "lawyers for lawyers"),
    ("ru", "я ходила в офис светланы тихановской за справкой", "офис светланы тихановской"),
]




@pytest.mark.parametrize(("lang", "text", "phrase"), MASKED)
def test_exile_organisation_is_masked(lang: str, text: str, phrase: str) -> None:
    spans = detect(text, lang)
    start = text.index(phrase)
    letters = [p for p in range(start, start + len(phrase)) if text[p].isalnum()]
    assert all(any(s.start <= p < s.end for s in spans) for p in letters), [s.text for s in spans]


DECOYS = [
    ("ru", "для жизни нужно немного, говорила Зоя", "жизни"),
    ("en", "a group of friends came over", "friends"),
    ("en", "trans people were there too", "trans"),
    ("ru", "в клинике лежала неделю", "лежала"),
    ("ru", "в приходе святого не было", "святого"),
    ("ru", "бч это просто две буквы", "бч"),
    ("en", "the company group said no", "group"),
]


@pytest.mark.parametrize(("lang", "text", "word"), DECOYS)
def test_ordinary_words_stay_open(lang: str, text: str, word: str) -> None:
    start = text.index(word)
    assert not any(s.start <= start < s.end for s in detect(text, lang))
