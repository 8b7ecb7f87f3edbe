"""One lower-case word no dictionary knows (detectors/unknown_words.py).

Invented rows: unlisted common words that word formation explains must stay unmasked in lower-case speech;
unlisted surnames, nicknames and places in lower-case sentences must be masked (any label). Each word is
first checked to be unknown to the dictionaries, so the row tests the filter and not the dictionary.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import be_candidates, be_vocab, unknown_words
from intake.pseudonymise.detectors.tokens import tokenize

# (language, word, the filter that explains it): invented, none from any evaluation set.
COMMON = [
    ("ru", "принесите-ка", "hyphen"),
    ("ru", "по-исландски", "hyphen"),
    ("ru", "ветаптеке", "clip"),
    ("ru", "полбатона", "clip"),
    ("ru", "зафрендил", "verb"),
    ("ru", "залайкала", "verb"),
    ("ru", "отфотошопил", "verb"),
    ("ru", "ивентщица", "verb"),
    ("ru", "цифровизация", "suffix"),
    ("ru", "волонтёризм", "suffix"),
    ("ru", "криптизация", "suffix"),
    ("ru", "коворкинге", "loan"),
    ("ru", "фидбэк", "loan"),
    ("be", "па-венгерску", "hyphen"),
    ("be", "венгерску", "adverb"),
    ("be", "спецпрыёмніку", "clip"),
    ("be", "палітэмігрантаў", "clip"),
    ("be", "паўбатона", "clip"),
    ("be", "ветаптэцы", "clip"),
    ("be", "дэдлайны", "cognate"),
    ("be", "сабачкай", "cognate"),
    ("be", "аўтазаку", "cognate"),
    ("be", "забаніла", "verb"),
    ("be", "зафрэндзіў", "verb"),
    ("be", "сфатаграфаваўшы", "verb"),
    ("be", "дызайнеруе", "verb"),  # a present third person in ``-уе``
    ("be", "фрылансуе", "verb"),
    ("be", "лайкуйце", "verb"),  # an imperative or second person plural in ``-йце``/``-іце``/``-ьце``
    ("be", "зафрэндзіце", "verb"),
    ("be", "забаньце", "verb"),
    ("be", "стрымерыце", "verb"),
    ("be", "крыптызацыя", "suffix"),
    ("be", "цыфравізацыя", "suffix"),
    ("be", "валанцёрства", "suffix"),
    ("be", "прафсаюзскага", "suffix"),  # a relative adjective of a known noun
    ("be", "камунікацыянтаў", "suffix"),  # an agent noun of a known noun in ``-ацыя``
    ("be", "прынтэр", "loan"),
    ("be", "ютубер", "loan"),
    ("be", "сэндвічы", "loan"),
    ("be", "двацатаму", "numeral"),
]
FRAMES = {"ru": "ну вот тогда {} и всё", "be": "ну вось тады {} і ўсё"}

# Invented surnames, nicknames and places that only the lone-unknown rule finds in lower case.
NAMES = [
    ("ru", "зато гундяга всегда помогал нам", "гундяга"),
    ("ru", "деньги передали через зубрицу", "зубрицу"),
    ("ru", "на митинге я видела шкарубу", "шкарубу"),
    ("be", "а потым прыйшоў шпырко і ўсё забраў", "шпырко"),
    ("be", "там была цётка хвасюта з дзіцём", "хвасюта"),
    ("be", "затое гундзяга заўсёды дапамагаў", "гундзяга"),
    ("be", "грошы перадалі праз зубрыцу", "зубрыцу"),
    ("be", "на мітынгу я бачыла шкарубу", "шкарубу"),
    ("be", "з намі ў камеры сядзеў цвірко", "цвірко"),
]


def _unknown(lang: str, word: str) -> bool:
    tok = tokenize(word)[0]
    return be_candidates.unknown(tok) if lang == "be" else unknown_words.ru_unknown(tok)


def _masked(text: str, lang: str) -> set[str]:
    return {text[s.start : s.end] for s in detect(text, lang)}


@pytest.mark.parametrize(("lang", "word", "rule"), COMMON)
def test_word_formation_explains_an_unknown_common_word(lang: str, word: str, rule: str) -> None:
    if lang == "be" and not be_vocab.available():
        pytest.skip("hunspell-be is not installed")
    assert len(tokenize(word)) == 1 and _unknown(lang, word), f"{word} is known: the row tests nothing"
    assert unknown_words.formation(word) == rule
    text = FRAMES[lang].format(word)
    assert word not in _masked(text, lang)


@pytest.mark.parametrize(("lang", "text", "name"), NAMES)
def test_an_unknown_lower_case_name_is_masked(lang: str, text: str, name: str) -> None:
    if lang == "be" and not be_vocab.available():
        pytest.skip("hunspell-be is not installed")
    assert unknown_words.formation(name) is None
    assert any(name in m for m in _masked(text, lang)), text


def test_the_unknown_word_is_an_uncertain_candidate() -> None:
    spans = [s for s in detect("зато гундяга всегда помогал нам", "ru") if s.text == "гундяга"]
    assert spans and spans[0].reason == "uncertain:ru-unknown" and spans[0].label == "PERSON"


def test_a_capitalised_text_is_left_to_the_other_rules() -> None:
    assert "всегда" not in _masked("Зато Гундяга всегда помогал нам.", "ru")


@pytest.mark.parametrize("word", ["зашкварился", "выкобенивался", "захейтили"])
def test_an_unknown_russian_word_read_as_a_verb_is_no_name(word: str) -> None:
    assert _unknown("ru", word) and unknown_words.formation(word) is None  # only the predictor explains it
    assert word not in _masked(f"а потом он {word} и ушёл", "ru")
