"""Surnames stated around a naming noun with words between, in lower-case speech (branch ``lcpersons9``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise.declension import pet_forms
from intake.pseudonymise.detectors import givenlex, lowercase, namelex, nameslot, statednames
from intake.pseudonymise.detectors.tokens import tokenize
from tests.pseudonymise.masking import check

ROWS = [
    # After the noun: past a possessor, a demonstrative, a copula or a hedge.
    ("be", "а следчая прозвішча ў яго такое шпакоўка я запомніла", ["шпакоўка"], ["запомніла", "следчая"]),
    ("ru", "потом пришёл другой фамилия у него кажется барсук и всё", ["барсук"], ["кажется", "всё"]),
    ("be", "быў там адзін а прозвішча здаецца гарбузенок ён з гомеля", ["гарбузенок"], ["здаецца"]),
    # Before the noun: past a possessive pronoun; the adjective is the name (it does not agree with прозвішча).
    ("be", "сядзела са мной жанчына вясёлая яе прозвішча з ёй было лёгка", ["вясёлая"], []),
    # Before the noun with a given name after it: surname first, then the given name.
    ("be", "прыйшла пракурорка сасновік прозвішча ірына ігараўна і чытала", ["сасновік", "ірына"], ["прозвішча"]),
    # An adjective that agrees with the naming noun describes it: no name.
    ("ru", "фамилия у неё была сложная никто не выговаривал", [], ["сложная"]),
    ("be", "прозвішча ў яго такое дзіўнае ўсе смяяліся", [], ["дзіўнае"]),
    # A roll call's ``фамилия, статья`` names nobody; a verb after the hedge is no name.
    ("ru", "каждое утро проверка доклад фамилия статья и срок", [], ["доклад", "фамилия"]),
    ("be", "прозвішча ў яе я не памятаю", [], ["памятаю"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_stated_name_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def _marked(text: str, labels: list[str | None] | None = None) -> list[str]:
    tokens = tokenize(text)
    labels = labels or [None] * len(tokens)
    statednames.mark(tokens, labels)
    return [t.text for t, label in zip(tokens, labels, strict=True) if label == "PERSON"]


def test_filler_walk_reaches_the_name() -> None:
    assert _marked("прозвішча ў яе такое лапацінская") == ["лапацінская"]
    assert _marked("фамилия у него вроде бы смирнов") == []  # ``бы`` is no filler: the walk stops there


def test_possessive_before_the_noun() -> None:
    assert _marked("маладая ціхоня яе прозвішча") == ["ціхоня"]
    assert _marked("смешная её фамилия") == []  # a feminine adjective agrees with ``фамилия``


def test_surname_before_noun_needs_a_given_name_after() -> None:
    assert _marked("кавальчук прозвішча ганна", [None, None, "PERSON"]) == ["кавальчук", "ганна"]
    assert _marked("кавальчук прозвішча статья", [None, None, "PERSON"]) == ["статья"]


def test_naming_noun_is_never_a_surname() -> None:
    tokens = tokenize("сасновік прозвішча ірына ігараўна")
    labels: list[str | None] = ["PERSON", None, "PERSON", "PERSON"]
    nameslot.mark(tokens, labels, "be")
    assert labels[1] is None  # not the surname slot before a given name and patronymic
    assert not lowercase.follower(tokens[0], tokens[1], "be")  # nor a surname after a surname


GIVEN_ROWS = [
    # Given names listed only with the pet forms (``given_names.txt``) anchor a lower-case name too.
    ("be", "у хоры спявала марыля бараноўская з маладзечна", ["марыля бараноўская"], ["хоры"]),
    ("be", "малодшы цімох вучыцца ў гданьску а цімошка піша кожны дзень", ["цімох", "цімошка"], []),
    # Catholic forms: Зофья (Зося), Барбара (Бася).
    ("be", "па метрыцы яна зофья а ўсе клічуць зосяй", ["зофья"], []),
    ("be", "перадачы збірала цётка бася а сшыткі засталіся", ["бася"], ["сшыткі"]),
    # A short pet form shares its case forms with common words: ``але`` (but) is no ``аля``.
    ("be", "я хацела пайсці але не змагла", [], ["але"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), GIVEN_ROWS)
def test_given_name_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_given_lexicon_forms_skip_short_and_common_words() -> None:
    forms = {f.lower() for f in givenlex.given_lexicon_forms()}
    assert {"марыля", "уляна", "цімох"} <= forms
    assert not {f for f in forms if len(f) < givenlex.MIN_GIVEN_FORM and f not in namelex.decoys()}
    # pymorphy3 reads it mainly as a common word: it enters only as a decoy (round 13: before, not at all)
    assert "любка" in namelex.decoys()


def test_belarusian_diminutive_in_achka_links_to_the_name() -> None:
    assert "караначка" in pet_forms("карана")  # an invented name: the suffix, not a listed form
    text = "у іх дачка паліначка ёй пяць а паліна ходзіць у садок"
    check("be", text, ["паліначка", "паліна"], ["садок"])


NICKNAME_ROWS = [
    # ``X так яе ўсе звалі``: the nickname before ``так`` and the naming verb's object and subject.
    ("be", "а ў суседняй камеры сядзела шпулька так яе ўсе звалі", ["шпулька"], ["камеры"]),
    # A speaker label opens an answer, where ``так`` is "yes": never a name.
    ("be", "інтэрв'юер як яго звалі рэспандэнт так яго ўсе звалі сівы", ["сівы"], ["рэспандэнт"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), NICKNAME_ROWS)
def test_nickname_before_tak_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
