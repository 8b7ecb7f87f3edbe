"""English vocabulary test (detectors/en_vocab.py) and the English name candidates built on it
(detectors/en_candidates.py): a name is, first of all, a word that is not English.

Every row is invented; no sentence comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import en_candidates, en_vocab


@pytest.mark.parametrize(
    "word",
    ["tidied", "tidier", "saddest", "mopping", "unhappily", "greyest", "cosily", "snowkitchen"],
)
def test_regular_morphology_derives_unlisted_forms(word: str) -> None:
    assert word not in en_vocab.vocabulary()  # only morphology (or the compound rule) can know it
    assert en_vocab.is_known(word)


@pytest.mark.parametrize("word", ["wouldn't", "they're", "i'd", "dont", "youre", "forty-seven", "co-workers", "café"])
def test_contractions_hyphens_and_borrowed_accents_are_english(word: str) -> None:
    assert en_vocab.is_known(word)


@pytest.mark.parametrize("word", ["tamuna", "beridze", "zaroutski", "petrauskaite", "hus", "bel", "gio"])
def test_names_and_byte_pair_fragments_are_not_english(word: str) -> None:
    assert not en_vocab.is_known(word)


def test_letters_english_never_uses() -> None:
    assert en_vocab.non_english_letters("żmuda") and en_vocab.non_english_letters("Kairytė")
    assert not en_vocab.non_english_letters("café") and not en_vocab.non_english_letters("naive")


def rules(text: str) -> dict[str, str]:
    return {s.text: s.reason for s in detect(text, "en") if s.source.startswith("en_candidates")}


def test_unknown_word_opening_a_sentence_is_a_candidate() -> None:
    text = "Our neighbour left early in the morning. Mzevinar cried all night. August was hot."
    assert rules(text) == {"Mzevinar": "uncertain:en-start"}


def test_known_words_and_fillers_opening_sentences_stay() -> None:
    text = "Meanwhile we waited at the station. Um, nobody came. Honestly, the lawyers were tired."
    assert rules(text) == {}


def test_lower_case_runs_of_unknown_words() -> None:
    text = (
        "then a georgian neighbour murtaz beridze helped us um yeah and later murtaz drove us to the border "
        "because the buses were cancelled and everybody was panicking"
    )
    found = rules(text)
    assert found["murtaz beridze"] == "uncertain:en-unknown" and found["murtaz"] == "uncertain:en-unknown"
    assert set(found) == {"murtaz beridze", "murtaz"}


def test_lower_case_ordinary_speech_has_no_candidates() -> None:
    text = (
        "honestly it was hard we didn't sleep for weeks the flat was cold and the landlord kept texting "
        "but the neighbours brought soup and my cellmate's letters arrived on tuesdays so we managed"
    )
    assert rules(text) == {}


def test_loanwords_are_not_names() -> None:
    text = "we ate draniki at the dacha and he spent a month in shizo then the zeks sang"
    assert rules(text) == {}


def test_non_english_letters_in_lower_case_and_cased_text() -> None:
    assert rules("my friend wrote to dorota żmuda last week and she answered quickly enough")["żmuda"] == (
        "uncertain:en-letters"
    )
    text = "The form said wąsołek in small letters, which confused the clerk."
    assert rules(text) == {"wąsołek": "uncertain:en-letters"}


def test_nickname_after_a_naming_verb_and_a_filler_with_later_mentions() -> None:
    text = (
        "the guards had names for the officers they called him uh the hammer and the hammer shouted at "
        "everyone in the corridor and we laughed at the hammer later"
    )
    assert all(r == "uncertain:en-nickname" for r in rules(text).values())
    for start in (i for i in range(len(text)) if text.startswith("hammer", i)):
        assert any(s.start <= start < s.end for s in detect(text, "en"))


def test_nickname_after_object_in_cased_text_marks_capitalised_mentions_only() -> None:
    text = "Everyone on the ward called him, like, Walrus. Walrus never smiled. A walrus is an animal."
    found = en_candidates.detect(text, [])  # no evidence: the rule alone
    nicknames = {s.start for s in found if s.reason == "uncertain:en-nickname"}
    assert nicknames == {text.index("Walrus."), text.index("Walrus never")}


@pytest.mark.parametrize(
    "text",
    [
        "i called him back the next day and he was fine",
        "she called her mother at night and cried",
        "i called them the same evening and they agreed",
        "we called it a day and went home",
    ],
)
def test_phone_calls_and_descriptions_are_not_nicknames(text: str) -> None:
    assert not [s for s in detect(text, "en") if s.source == "en_candidates:en-nickname"]


def test_only_english_text_gets_english_candidates() -> None:
    assert not [s for s in detect("Потом Tamuna пришла.", "ru") if s.source.startswith("en_candidates")]


def test_candidates_never_cover_evidence() -> None:
    text = "Maria Kowalska met us. Tamuna cried."
    evidence = detect(text, "en")
    assert en_candidates.detect(text, evidence) == []


def test_roman_numerals_are_known_and_spelled_out_words_are_not() -> None:
    assert en_vocab.is_known("xiv") and en_vocab.is_known("xxxix")
    assert not en_vocab.is_known("vivi")
    assert not en_vocab.is_known("k-a-r-p-u-k") and en_vocab.is_known("x-ray")


def test_a_name_that_is_a_word_in_a_naming_statement() -> None:
    text = "the new cook at the shelter her name is grace and grace said the soup was free for everyone"
    found = [s for s in detect(text, "en") if s.reason == "uncertain:en-named"]
    assert [s.start for s in found] == [text.index("grace"), text.index("grace said")]


def test_a_naming_statement_needs_a_name() -> None:
    for text in ("my name is not important here and i hope you understand", "a street named after the poet"):
        assert not [s for s in detect(text, "en") if s.source.startswith("en_candidates:en-named")]


def test_a_name_that_is_a_word_set_off_after_a_role_noun() -> None:
    text = "the one who writes to him is my aunt  faith  every single week without fail"
    assert [s.text for s in detect(text, "en") if s.reason == "uncertain:en-named"] == ["faith"]
    assert not [s for s in detect("my aunt faith in god is strong", "en") if s.reason == "uncertain:en-named"]


def test_nations_languages_and_scripts_are_not_names_inside_a_sentence() -> None:
    text = "Her cousin, a Dane, kept a diary in Hebrew and Cyrillic, and later learned Finnish."
    assert [s.text for s in detect(text, "en") if s.label == "PERSON"] == []
    text = "The clerk wrote it in Cyrillic Тамара on the form."
    assert not any(s.start <= text.index("Cyrillic") < s.end for s in detect(text, "en"))


def test_a_nation_word_opening_a_name_stays_part_of_it() -> None:
    text = "She welded pipes at Baltic Steelworks for a year."
    spans = detect(text, "en")
    assert any(s.start <= text.index("Baltic") < s.end for s in spans)


def test_morphology_does_not_read_names_as_forms_of_short_words() -> None:
    assert en_vocab.is_known("boxes") and en_vocab.is_known("wishes") and en_vocab.is_known("goes")
    assert not en_vocab.is_known("james")  # not ``jam`` + ``es``
    assert en_vocab.is_known("newsroom") and not en_vocab.is_known("washington")  # compounds: 4+ letters each


def test_stretched_interjections_are_fillers_not_names() -> None:
    text = "hmmm i don't know uhhh it was ehm a long time ago hahaha ooh and the bus was late ummm every day"
    assert rules(text) == {}
