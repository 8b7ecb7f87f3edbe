"""A place-derived adjective takes the phrase it heads, and ``имени`` joins two names (``phrases.py``).

Invented rows; towns from the gazetteer, institutions and phrasings not taken from any evaluation set."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

MASKED = [
    # a lower-case adjective of a gazetteer town heads a facility or an institution no list names
    ("ru", "его держали в могилёвском ЦИПе двое суток", "могилёвском ЦИПе", "DETENTION"),
    ("be", "тры тыдні ў гомельскім сізо, потым суд", "гомельскім сізо", "DETENTION"),
    ("be", "бацька працаваў у баранавіцкім вагонным дэпо", "баранавіцкім вагонным дэпо", "ORGANISATION"),
    # the head left unsaid: the adjectives name the enterprise
    ("ru", "брат на новополоцком нефтеперерабатывающем работает", "новополоцком нефтеперерабатывающем",
     "ORGANISATION"),
    # a head and a detected name right after it
    ("ru", "она служила в Мозырском филиале Белорусского государственного университета", None, "ORGANISATION"),
    # the town's adjective doubles the ``с`` of ``-ск`` or keeps the ``ц`` of ``-ец`` (Глуск, Лунинец)
    ("ru", "потом нас кормил Глусский продуктовый кооператив, спасибо им", "Глусский продуктовый кооператив",
     "ORGANISATION"),
    ("ru", "она шила для Лунинецкой швейной фабрики, пока не уволили", "Лунинецкой швейной фабрики",
     "ORGANISATION"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "label"), MASKED)
def test_a_place_adjective_takes_the_phrase_it_heads(lang: str, text: str, phrase: str | None, label: str) -> None:
    if phrase is None:
        phrase = text[text.index("Мозырском"):]
    start = text.index(phrase)
    spans = [s for s in detect(text, lang) if s.start <= start and start + len(phrase) <= s.end]
    assert spans, [(s.text, s.label) for s in detect(text, lang)]
    assert spans[0].label == label


def test_two_names_joined_by_imeni_are_one() -> None:
    text = "Она окончила Академию имени Петра Машерова в девяностых."
    assert "Академию имени Петра Машерова" in {s.text for s in detect(text, "ru")}


NOT_PHRASES = [
    ("ru", "в политическом смысле это ничего не меняет", "политическом смысле"),
    ("ru", "на русском языке я пишу редко", "русском языке"),
    ("be", "у дзіцячым садку было холадна", "дзіцячым садку"),
]


@pytest.mark.parametrize(("lang", "text", "words"), NOT_PHRASES)
def test_adjectives_of_no_place_start_no_phrase(lang: str, text: str, words: str) -> None:
    start = text.index(words)
    assert not [s for s in detect(text, lang) if s.start < start + len(words) and start < s.end]


def test_a_place_phrase_a_detector_already_covers_keeps_its_label() -> None:
    spans = detect("Мы жили в Минском районе, в деревне.", "ru")
    assert [s.label for s in spans if "Минском" in s.text] == ["LOCATION"]
