"""Lower-case full names whose surname is a common word (round 18).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover, every occurrence and every character, and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check, word_masked

TOWN_GIVEN = [
    # A given name that is also a town, before an animate noun agreeing as its surname, is a person.
    ("ru", "у нас в группе была лида щука  она потом уехала", ["лида щука"], ["группе"]),
    ("ru", "я лида воробей  из гомеля  мне сорок", ["лида воробей"], []),
    ("be", "у нас галоўная па пасылках ліда салавей  яна ўсё памятае", ["ліда салавей"], ["пасылках"]),
    ("be", "мая суседка ліда шпак  дапамагла нам", ["ліда шпак"], ["суседка"]),
]
TOWN_DECOYS = [
    # The town stays a town: a plural or a thing after it, or a spatial preposition before it.
    ("ru", "лида люди там хорошие  работы нет", "люди"),
    ("ru", "мы поехали в лиду рыбак там живёт", "рыбак"),
    ("ru", "лида студенты приехали на практику", "студенты"),
    ("ru", "лида дом культуры закрыла", "культуры"),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), TOWN_GIVEN)
def test_town_given_name_with_animate_surname(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, whole=True)


@pytest.mark.parametrize(("lang", "text", "word"), TOWN_DECOYS)
def test_town_given_name_decoys(lang: str, text: str, word: str) -> None:
    check(lang, text, [], [word], whole=True)


AGENT_SURNAMES = [
    # In lower-case English, a person noun, a given name, one more word and a pronoun: a full name, though the
    # surname is an English word; the given name alone then follows where it acts as a person.
    ("en", "there's a volunteer jim binder he's retired", ["jim binder"], ["volunteer"]),
    ("en", "the best help was a guy mark keeper he drives a truck and mark also wrote", ["mark keeper", "mark"], []),
    ("en", "my colleague anne singer she wrote a letter", ["anne singer"], ["letter"]),
    ("en", "a neighbour tom packer who helped us", ["tom packer"], ["neighbour"]),
]
AGENT_DECOYS = [
    # A verb, a function word or an adverb after the given name is no surname.
    ("en", "there was a guy mark said he would come", "said"),
    ("en", "a friend bill also he is nice", "also"),
    ("en", "my colleague anne really she tried", "really"),
    ("en", "i will mark the paper later", "paper"),
    ("en", "we had to pay the phone bill faster", "faster"),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), AGENT_SURNAMES)
def test_english_agent_noun_surnames(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, whole=True)


@pytest.mark.parametrize(("lang", "text", "word"), AGENT_DECOYS)
def test_english_agent_noun_decoys(lang: str, text: str, word: str) -> None:
    check(lang, text, [], [word], whole=True)


NOUN_LISTS = [
    # A surname that is an animal noun, once a person's, is masked elsewhere, but not inside a list of animals
    # (``щука окунь``): there it is the creature.
    ("ru", "у нас в бригаде была лида щука  щука потом уехала  а на рынке щука окунь  вот и весь улов",
     "щука", 1, 2),
    ("ru", "наш бригадир лида ворона  ворона всё решала  а во дворе ворона галка грач  кружат", "ворона", 1, 2),
    ("be", "у нас была ліда салавей  салавей нам пісала  а ў садзе салавей дрозд спяваюць", "салавей", 1, 2),
]


@pytest.mark.xfail(strict=True, reason="known false span: the animal-list guard (round 18) cost a person on a "
                   "never-tuned set, in cased text too, and was reverted; the creature stays masked")
@pytest.mark.parametrize(("lang", "text", "word", "person", "thing"), NOUN_LISTS)
def test_surname_nouns_in_noun_lists(lang: str, text: str, word: str, person: int, thing: int) -> None:
    assert word_masked(lang, text, word, 0) and word_masked(lang, text, word, person)
    assert not word_masked(lang, text, word, thing)


ROLE_NEIGHBOURS = [
    # A role noun next to the surname is no list: the person stays masked.
    ("ru", "в камере была лида щука  потом соседка щука написала письмо", "щука", 1),
    ("be", "на судзе была ліда салавей  а потым адвакат салавей прыйшла", "салавей", 1),
    # A word said twice is no list either.
    ("ru", "в цеху была лида щука  мы её звали  ну  щука  щука  она не обижалась", "щука", 2),
]


@pytest.mark.parametrize(("lang", "text", "word", "n"), ROLE_NEIGHBOURS)
def test_surname_after_role_noun_is_no_list(lang: str, text: str, word: str, n: int) -> None:
    assert word_masked(lang, text, word, n)


IRREGULAR_PAST = [
    # A given name that is also a word acts as a person before an irregular past verb, as before ``-ed``.
    ("en", "a guy mark becker he drives a truck so mark became our post office", "mark", 1),
    ("en", "a volunteer bill tanner he is retired so bill kept writing to us", "bill", 1),
    ("en", "there was a woman there rose she's polish and rose brought food then rose sent money", "rose", 2),
]
PAST_DECOYS = [
    ("en", "the price rose became a problem", "rose", 0),
    ("en", "he left a mark left by the handcuffs", "mark", 0),
]


@pytest.mark.parametrize(("lang", "text", "word", "n"), IRREGULAR_PAST)
def test_given_name_before_irregular_past(lang: str, text: str, word: str, n: int) -> None:
    assert word_masked(lang, text, word, n)


@pytest.mark.parametrize(("lang", "text", "word", "n"), PAST_DECOYS)
def test_word_before_irregular_past_stays(lang: str, text: str, word: str, n: int) -> None:
    assert not word_masked(lang, text, word, n)


UNKNOWN_AFTER_GIVEN = [
    # A given name that is also a word (a month, a virtue, a flower) before a word neither dictionary knows is
    # the first name of that surname: both are masked.
    ("be", "грошы на імя марта жыбуль  гэта валанцёрка", ["марта жыбуль"], ["валанцёрка"]),
    ("be", "перадачу прывезла надзея кухцель  наша суседка", ["надзея кухцель"], ["суседка"]),
    ("ru", "деньги на имя роза жыбуль  это волонтёрка", ["роза жыбуль"], ["волонтёрка"]),
    ("ru", "потом слава кухцель приехал", ["слава кухцель"], ["приехал"]),
]
UNKNOWN_AFTER_DECOYS = [
    # A known word after the given-name word, or the month inside a date, leaves it a word.
    ("ru", "к восьмому марта жыбуль вернулся", "вернулся"),
    ("be", "у нас вера ў бога моцная", "вера"),
    ("ru", "слава богу всё обошлось", "слава"),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), UNKNOWN_AFTER_GIVEN)
def test_word_given_name_before_unknown_surname(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, whole=True)


@pytest.mark.parametrize(("lang", "text", "word"), UNKNOWN_AFTER_DECOYS)
def test_word_given_name_before_known_word(lang: str, text: str, word: str) -> None:
    check(lang, text, [], [word], whole=True)


APPOSED_RESTARTS = [
    # A given name said twice before its surname (a speech restart) is one full name; the surname, an English
    # word, then follows alone where it acts as a person (a verb after it).
    ("en", "there's a volunteer bill bill binder he's retired and binder says it's fine", "binder", 1,
     "bill bill binder"),
    ("en", "a guy mark keeper he drives and keeper also wrote to my dad", "keeper", 1, "mark keeper"),
]
APPOSED_SURNAME_DECOYS = [
    # The same word with an article before it is the word.
    ("en", "a guy mark keeper he drives  we bought a keeper for the gate", "keeper", 1),
    ("en", "there's a volunteer jim binder he's retired  the binder was full", "binder", 1),
]


@pytest.mark.parametrize(("lang", "text", "word", "n", "full"), APPOSED_RESTARTS)
def test_apposed_restart_and_surname_alone(lang: str, text: str, word: str, n: int, full: str) -> None:
    check(lang, text, [full], [], whole=True)
    assert word_masked(lang, text, word, n)


@pytest.mark.parametrize(("lang", "text", "word", "n"), APPOSED_SURNAME_DECOYS)
def test_apposed_surname_word_stays(lang: str, text: str, word: str, n: int) -> None:
    assert not word_masked(lang, text, word, n)
