"""Full names in lower-case English (``en_fullnames.py``), nicknames given by Russian and Belarusian teasing
verbs, cues and ``так его все звали`` (``nicknames.py``), and English nicknames without an object.

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover, every occurrence and every character, and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import en_candidates, en_fullnames, nicknames
from intake.pseudonymise.detectors.tokens import fold, tokenize
from tests.pseudonymise.masking import check

FULLNAMES = [
    # A given name that is also a word opens a name before a surname-shaped word.
    ("en", "my boss at the bakery  hope mcgettigan  gave me a week off", ["hope mcgettigan"], ["bakery"]),
    ("en", "the solicitor  frank tierney  sent the papers", ["frank tierney"], ["solicitor", "papers"]),
    # Irish particles between name parts: the whole name, particle included.
    ("en", "our councillor is róisín ní fhlannagáin  she wrote twice", ["róisín ní fhlannagáin"], ["councillor"]),
    ("en", "we met mairead ó murchú at the march", ["mairead ó murchú"], ["march"]),
    # A title takes a given name that is also a word; a title that is nothing else takes any word.
    ("en", "then father frank said mass and mr green signed it", ["frank", "green"], ["mass"]),
    ("en", "my friend grace sent a parcel to the jail", ["grace"], ["parcel", "jail"]),
    # A listed surname that is an English noun, after a given name.
    ("en", "the journalist tom walker came to the court", ["tom walker"], ["journalist", "court"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), FULLNAMES)
def test_lowercase_full_names(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, whole=True)


GIVEN_ALONE = [
    # The given name alone acts as a person where a verb follows or ``thanks to`` precedes it; the same word
    # after an article or a possessive, or with no verb after it, stays a word.
    (
        "my boss  hope mcgettigan  was kind  hope also phoned the embassy  there is always hope  "
        "thanks to hope we got a visa  a hope of release",
        "hope",
        ["hope also", "to hope we"],
        ["always hope", "a hope of"],
    ),
    (
        "the solicitor  frank tierney  came  frank told me to pay the bill  it was a frank talk",
        "frank",
        ["frank told"],
        ["a frank talk"],
    ),
]


@pytest.mark.parametrize(("text", "name", "as_name", "as_word"), GIVEN_ALONE)
def test_given_name_alone(text: str, name: str, as_name: list[str], as_word: list[str]) -> None:
    spans = detect(text, "en")

    def masked(phrase: str) -> bool:
        at = text.index(phrase) + phrase.index(name)
        return any(s.start <= at < s.end for s in spans)

    shown = [(s.text, s.start) for s in spans]
    assert all(masked(p) for p in as_name), shown
    assert not any(masked(p) for p in as_word), shown


@pytest.mark.parametrize(
    "text",
    [
        "i hope zavadskaya writes back  we will frank the letter",  # verbs after a subject or a modal
        "my son will go and my mother always said so",  # no given name after the kinship noun
        "then mark  well  it was a hard year",  # an adverb after a name is no surname
    ],
)
def test_no_full_name(text: str) -> None:
    tokens = tokenize(text)
    spans = en_fullnames.detect(text, tokens, [False] * len(tokens), en_candidates.known)
    assert [s.text for s in spans] == []


def test_cased_text_is_left_to_capitals() -> None:
    text = "My manager, Hope Donaghy, was kind. There is hope."
    tokens = tokenize(text)
    assert en_candidates.detect(text, [], tokens) == [] or all(
        "en-fullname" not in s.reason for s in en_candidates.detect(text, [], tokens)
    )


NICKNAMES = [
    # The instrumental before or after a teasing verb, every later mention in any case.
    ("ru", "его в детстве бычком дразнили  бычок был упрямый", ["бычком", "бычок"], ["детстве"]),
    ("be", "яго ў войску празвалі вожыкам  і вожык не крыўдзіўся", ["вожыкам", "вожык"], ["войску"]),
    # ``X, так его все звали``: the word before ``так``, not a speaker label.
    ("be", "а яшчэ была шышка  так яе ўсе звалі  бо яна колкая  шышку потым этапавалі", ["шышка", "шышку"],
     ["колкая"]),
    ("ru", "Респондент: Так его все звали, да.", [], ["Респондент"]),
    # A nickname cue.
    ("ru", "там был один по кличке шмель  шмелю дали пять лет", ["шмель", "шмелю"], ["кличке"]),
    # English: a relative naming clause, ``known as``.
    ("en", "a guard we call walrus in our letters  walrus shouted at her", ["walrus"], ["guard", "letters"]),
    ("en", "the old man was known as badger  badger never spoke", ["badger"], ["old"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), NICKNAMES)
def test_nicknames(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True, whole=True)


@pytest.mark.parametrize(
    "text",
    [
        "what they call khimiya is home confinement",  # a term, not a name
        "it is known as political repression",  # a description
        "her name means sparrow in belarusian",  # a word quoted for its meaning
        "бабуля у нас добрая  так её все звали  вера",  # nothing before ``так`` but a common word
        pytest.param(
            "нас дразнили змагарами  а змагары не плачут",  # a plural: an insult to a group
            marks=pytest.mark.xfail(
                strict=True,
                reason="no nickname, but round 17's lone-unknown rule masks a word pymorphy3 does not know as "
                "uncertain; a plural instrumental after a verb also names a group's member entity (measured), so "
                "it is not excluded",
            ),
        ),
        "его обзывали фашистом  а фашист он для них любой",  # an insult, not a nickname
    ],
)
def test_terms_are_no_nicknames(text: str) -> None:
    lang = "en" if text.isascii() else "ru"
    check(lang, text, [], ["khimiya", "political", "sparrow", "добрая", "змагарами", "фашистом"])


def test_nickname_stems_join_case_forms() -> None:
    assert nicknames.stem("комариком") == nicknames.stem("комарик") == "комарик"
    assert nicknames.stem(fold("пчолкі")) == nicknames.stem("пчолка")
    assert nicknames.stem("сверчок") == nicknames.stem("сверчком")


def test_decoy_first_names_are_left_to_the_name_rules() -> None:
    text = "у мяне вера адна  бабуля вера  так яе ўсе клічуць"
    assert nicknames.detect(text, "be", tokenize(text), []) == []
