"""Lower-case Belarusian words that hunspell-be lists only as common words are not persons by a weak reading.

Two readings are weak there: the first-name lexicon's possessive of a given name (``машыну`` read as Маша's,
``галавы`` as Галя's: ``names.belarusian_thing``) and pymorphy3's Russian surname for a Belarusian common word
standing alone (``бульба``, ``ганку``: ``lowercase._alone``), unless the text names the word (``прозвішча``,
``клічуць``). Rows are invented; names with support (a role noun, a first name, a naming word) stay masked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import be_vocab


def _persons(text: str, word: str, language: str = "be") -> list[str]:
    start = text.index(word)
    return [s.reason or "evidence" for s in detect(text, language) if s.label == "PERSON" and s.start <= start < s.end]


DECOYS = [
    ("пасля работы мы селі ў машыну і доўга ехалі дадому", "машыну"),
    ("у суседа старая машына зноў не завялася раніцай", "машына"),
    ("брат увесь вечар рамантаваў машыны ў гаражы", "машыны"),
    ("мне так і не выйшла з галавы тая размова", "галавы"),
    ("яна схапілася за галаву калі пачула прысуд", "галаву"),
    ("увосень мы ўсёй сям'ёй капалі бульбу на агародзе", "бульбу"),
    ("на вячэру ў нас была бульба з грыбамі", "бульба"),
    ("дзед увесь вечар сядзеў на ганку і маўчаў", "ганку"),
    ("гэта сын маёй сястры ён цяпер у мінску", "маёй"),  # a possessive pronoun after a role, not Мая
    ("унук маёй суседкі таксама сядзіць", "маёй"),
]


@pytest.mark.skipif(not be_vocab.available(), reason="hunspell-be dictionary not installed")
@pytest.mark.parametrize(("text", "word"), DECOYS)
def test_belarusian_common_word_is_no_person(text: str, word: str) -> None:
    assert not _persons(text, word), text


PERSONS = [
    ("машына мама прыехала на суд з цукеркамі", "машына"),  # Маша's mother: the possessive before a role
    ("учора маша напісала ліст брату", "маша"),
    ("суддзя так і не выслухаў галаву андрэя", "галаву"),  # a surname before a given name
    ("прозвішча ў яго бульба і ўсе з гэтага смяяліся", "бульба"),  # the text names the word
    ("у школе ў яго была мянушка бульба а цяпер усе забыліся", "бульба"),
    ("сяргей бульба сказаў што яго білі", "бульба"),  # after a first name
]


@pytest.mark.parametrize(("text", "word"), PERSONS)
def test_named_belarusian_word_stays_a_person(text: str, word: str) -> None:
    assert _persons(text, word), text


def test_russian_text_keeps_the_surname_alone() -> None:
    assert _persons("вчера бульба снова выступал на суде", "бульба", "ru")


# The word a naming verb or noun introduces (``namingwords.nicknames``), or a word in a surname's slot
# (``surname_slots``), is no name when it is a verb: by pymorphy3 for Russian, by hunspell-be's verb lemmas for
# Belarusian (``be_vocab.verb_form``; a Russian verb was already no content word).
SLOT_DECOYS = [
    ("be", "калі будзеце пісаць прозвішча праверце яшчэ раз літары", "праверце"),
    ("be", "як яго завуць запытаўся следчы", "запытаўся"),
    ("be", "як іх клічуць забыліся ўсе", "забыліся"),
    ("be", "у анкеце прозвішча пазначце друкаванымі літарамі", "пазначце"),
    ("be", "мы доўга думалі як назваць а потым мянушка прыляцела сама", "прыляцела"),
]


@pytest.mark.skipif(not be_vocab.available(), reason="hunspell-be dictionary not installed")
@pytest.mark.parametrize(("language", "text", "word"), SLOT_DECOYS)
def test_verb_after_a_naming_word_is_no_nickname(language: str, text: str, word: str) -> None:
    assert not _persons(text, word, language), text


SLOT_PERSONS = [
    ("be", "у атрадзе яго ўсе клічуць вожык бо ён колкі", "вожык"),
    ("be", "у камеры мянушка ў яго была чыж", "чыж"),
    ("be", "мяне завуць ала прозвішча карамет", "карамет"),  # ends like a verb, but no verb hunspell-be knows
    ("ru", "во дворе его все звали серый", "серый"),
    ("ru", "кличка у него была лис и он ею гордился", "лис"),
]


@pytest.mark.parametrize(("language", "text", "word"), SLOT_PERSONS)
def test_nickname_after_a_naming_word_stays(language: str, text: str, word: str) -> None:
    assert _persons(text, word, language), text


@pytest.mark.parametrize(
    ("word", "pronoun_only"), [("маёй", True), ("тваю", True), ("нашу", True), ("маю", False), ("мая", False)]
)
def test_a_possessive_that_is_also_a_name_form_keeps_the_name(word: str, pronoun_only: bool) -> None:
    # ``маю`` is also Мая's accusative: after a role noun (``сяброўку Маю``) it may be the person
    from intake.pseudonymise.detectors.names import _pronoun_only
    from intake.pseudonymise.detectors.tokens import tokenize

    assert _pronoun_only(tokenize(word)[0]) is pronoun_only
