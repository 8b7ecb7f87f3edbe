"""Round 16, precision of lower-case speech: the word after a given name that is no surname.

Every row is invented for this file (no sentence or name of an evaluation set). A decoy row names a word that
must stay unmasked (its ``n``-th occurrence, from 0); a positive row the surfaces that must stay masked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import word_masked

# Kind: "at home" / "home(wards)" after a name in the genitive or dative says whose home; the name is masked,
# the adverb is not (``дома`` is also the genitive of ``дом`` and agrees with a genitive name).
HOME = [
    ("ru", "мы тогда сидели у тимофея дома и пили чай до ночи", "дома", "тимофея"),
    ("ru", "обыск был у ольги дома у неё забрали ноутбук", "дома", "ольги"),
    ("ru", "вечером я зашёл к арсению домой а его уже не было", "домой", "арсению"),
    ("be", "мы пайшлі да міколы дамоў пасля суда", "дамоў", "міколы"),
    ("be", "у алеся дома была вялікая бібліятэка", "дома", "алеся"),
]


@pytest.mark.parametrize(("lang", "text", "home", "name"), HOME)
def test_home_adverb_after_a_name_is_not_its_surname(lang: str, text: str, home: str, name: str) -> None:
    spans = detect(text, lang)
    assert not word_masked(lang, text, home), spans
    assert word_masked(lang, text, name), spans


# Kind: a noun's case form the language uses as an adverb of time or manner agrees with a name in the same
# case (``летом`` and ``андреем`` are both instrumental) but names a season, not a surname.
ADVERBIAL = [
    ("ru", "мы ездили с андреем летом на озеро под гродно", "летом"),
    ("ru", "а с кириллом летом мы почти не виделись", "летом"),
]


@pytest.mark.parametrize(("lang", "text", "word"), ADVERBIAL)
def test_adverbial_case_form_after_a_name_is_not_its_surname(lang: str, text: str, word: str) -> None:
    assert not word_masked(lang, text, word), detect(text, lang)


# Kind: a real surname that is a noun after the name stays masked with it (the rule only drops adverbs).
NOUN_SURNAMES = [
    ("ru", "это мне рассказала катя мельник на прошлой неделе", "мельник"),
    ("ru", "у андрея дубовика тоже был обыск", "дубовика"),
    ("ru", "мы с вячеславом сорокой ездили в гродно", "сорокой"),
]


@pytest.mark.parametrize(("lang", "text", "surname"), NOUN_SURNAMES)
def test_noun_surname_after_a_name_staysword_masked(lang: str, text: str, surname: str) -> None:
    assert word_masked(lang, text, surname), detect(text, lang)


# Kind: a dictionary word after ``the``/``at``/``for``/``from``/``with`` that the short frequency list lacks
# (birds, buildings, things: the spell-checker vocabulary and its regular forms know them) is a common noun,
# not an organisation's name.
EN_COMMON_NOUNS = [
    ("en", "we used to count the lapwings on the meadow behind the village", "lapwings"),
    ("en", "you could see the steeple from the window of the court", "steeple"),
    ("en", "she sent me a photo of the kestrel that nests on their balcony", "kestrel"),
    ("en", "the wardens took away the kettle and the blankets", "wardens"),
    ("en", "we walked along the embankment with the pram", "pram"),
    ("en", "i heard the cuckoo in the birches", "birches"),
    ("en", "he came back with the lanterns and the thermos", "thermos"),
]


@pytest.mark.parametrize(("lang", "text", "word"), EN_COMMON_NOUNS)
def test_english_dictionary_noun_after_a_determiner_is_no_organisation(lang: str, text: str, word: str) -> None:
    assert not word_masked(lang, text, word), detect(text, lang)


# Kind: a word no dictionary knows, or a dictionary word the gazetteer lists as a place, stays masked there.
EN_NAMES = [
    ("en", "she is a nurse at velmorix in kaunas", "velmorix"),
    ("en", "my cousin came from cork to visit him", "cork"),
    ("en", "he drove trucks for trasnova before the arrest", "trasnova"),
]


@pytest.mark.parametrize(("lang", "text", "word"), EN_NAMES)
def test_unknown_word_or_place_after_a_preposition_staysword_masked(lang: str, text: str, word: str) -> None:
    assert word_masked(lang, text, word), detect(text, lang)


# Kind: another form of a proven given name with an attribute before it that agrees with the common noun and
# with no singular reading of the name (a plural adjective before ``розы``) is the noun: one person is named in
# the singular and a given name takes no such attribute.
ATTRIBUTED = [
    ("ru", "соседка роза пишет мне часто а я ей отнесу свежие розы", "розы", 0),
    ("ru", "подруга роза звонила вчера а в саду у нас красивые розы цветут", "розы", 0),
]


@pytest.mark.parametrize(("lang", "text", "word", "n"), ATTRIBUTED)
def test_attributed_common_noun_is_not_the_given_name(lang: str, text: str, word: str, n: int) -> None:
    assert not word_masked(lang, text, word, n), detect(text, lang)


# Kind: a pronoun before a name (``моя роза``, ``гэтая валечка``), or an attribute that agrees with the name's own
# reading, leaves the name masked.
ATTRIBUTED_NAMES = [
    ("ru", "соседка роза пишет мне часто и моя роза рисует открытки", "роза", 1),
    ("ru", "подруга люба звонила а наша люба опять в изоляторе", "люба", 1),
    ("be", "суседка валянціна піша а гэтая валечка зноў у ізалятары", "валечка", 0),
]


@pytest.mark.parametrize(("lang", "text", "word", "n"), ATTRIBUTED_NAMES)
def test_name_after_a_possessive_staysword_masked(lang: str, text: str, word: str, n: int) -> None:
    assert word_masked(lang, text, word, n), detect(text, lang)


# Kind: a Belarusian word hunspell-be lists only as a common word (an adjective in ``-овы``, a noun in ``-ова``)
# is shaped like a surname but is none, though it stands beside a name or a verb of speech. A rule that read
# hunspell-be here was merged and taken out again: measured on the never-tuned sets it lost a person whose
# surname hunspell-be also lists as a common word. These stay known false positives (strict xfail).
BE_COMMON = [
    ("be", "ён хлопец вясковы сказаў марына і засмяялася", "вясковы"),
    ("be", "сцяпан казаў палова вёскі ведае", "палова"),
    ("be", "ён кажа прынцыпова не пісаў і не будзе", "прынцыпова"),
]


@pytest.mark.xfail(strict=True, reason="candidates: a common word shaped like a surname beside a name (rule removed)")
@pytest.mark.parametrize(("lang", "text", "word"), BE_COMMON)
def test_belarusian_common_word_is_no_context_surname(lang: str, text: str, word: str) -> None:
    assert not word_masked(lang, text, word), detect(text, lang)


def test_capitalised_belarusian_common_word_inside_a_sentence_stays_a_surname() -> None:
    text = "на сходзе выступіў Сівы з мікалаем"
    assert word_masked("be", text, "Сівы"), detect(text, "be")
