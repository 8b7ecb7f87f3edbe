"""Registered entities, the matcher over their forms, keys for unregistered spans, the pseudonym store."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from intake.errors import InputError, UsageError
from intake.pseudonymise.entities import Entity, entity_key, register, surface_forms
from intake.pseudonymise.entity_keys import normalise_key
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.registry import MemoryStore, pseudonym
from intake.pseudonymise.textkeys import tokens

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"

MARINA = register("Марина Ковальчук", "person", ["Маринка", "Marina Kovalchuk"])
DIMA = register("Дмитрий Зайцев", "person", ["Дима", "Димка", "Зайчык"])
PETROVA = register("Марина Петрова", "person")
GOMEL = register("Гомель", "city", generalise_as="город в Беларуси")
VIASNA = register("Весна", "org", ["Вясна"])


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([MARINA, DIMA, PETROVA, GOMEL, VIASNA])


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.span.text, m.entity_key) for m in matcher.find(text)]


def test_register_builds_a_normalised_key_with_gender() -> None:
    assert MARINA.key == "PERSON:f:kavalcuk marin"
    assert DIMA.key == "PERSON:m:dmitr zaicav"
    assert GOMEL.key == "LOCATION:gamal"
    # the key of a registered entity equals the key its detected mentions get
    assert normalise_key("PERSON", "Мариной Ковальчук") == MARINA.key
    assert normalise_key("PERSON", "Марына Кавальчук") == MARINA.key
    assert normalise_key("LOCATION", "в Гомеле".split()[1]) == GOMEL.key
    assert entity_key("PERSON", "Ковальчук Марина", "f") == MARINA.key  # word order does not matter
    assert register("Зайцаў", "person").gender == "m"


def test_register_refuses_unknown_kind_gender_and_empty_names() -> None:
    with pytest.raises(UsageError):
        register("Марина", "planet")
    with pytest.raises(UsageError):
        register("Марина", "person", gender="q")
    with pytest.raises(UsageError):
        register("Марина", "person", ["  ,, "])


def test_entity_round_trips_through_dict_and_rejects_garbage() -> None:
    assert Entity.from_dict(json.loads(json.dumps(MARINA.to_dict()))) == MARINA
    with pytest.raises(InputError):
        Entity.from_dict({"key": "x"})
    with pytest.raises(InputError):
        Entity.from_dict({**MARINA.to_dict(), "label": "ALIEN"})


def test_surface_forms_include_inflections_and_translits() -> None:
    forms = surface_forms(MARINA)
    assert {("марину",), ("ковальчук",), ("маринкой",), ("kowalczuk",), ("kovalchuk",)} <= forms
    assert ("ковальчука",) not in forms  # a woman's -чук surname does not decline
    assert ("ковальчука",) in surface_forms(MARINA, both_genders=True)


def test_every_inflected_mention_is_found(matcher: Matcher) -> None:
    text = "Когда Марину перевели в Гомель, я писала Маринке. С Мариной Ковальчук говорила Весна."
    assert found(matcher, text) == [
        ("Марину", MARINA.key), ("Гомель", GOMEL.key), ("Маринке", MARINA.key),
        ("Мариной Ковальчук", MARINA.key), ("Весна", VIASNA.key),
    ]


def test_name_split_by_fillers_is_two_spans_of_one_entity(matcher: Matcher) -> None:
    result = matcher.find("А Марина, ну, Ковальчук отвечает коротко.")
    assert [(m.span.text, m.entity_key, m.candidates) for m in result] == [
        ("Марина", MARINA.key, (MARINA.key,)),
        ("Ковальчук", MARINA.key, (MARINA.key,)),
    ]


def test_a_first_name_alone_is_ambiguous_between_two_registered_people(matcher: Matcher) -> None:
    (alone,) = matcher.find("Марину увезли.")
    assert set(alone.candidates) == {MARINA.key, PETROVA.key}
    assert alone.span.score < 1.0
    (full,) = matcher.find("Марину Петрову увезли.")
    assert full.entity_key == PETROVA.key and full.candidates == (PETROVA.key,)


def test_fillers_do_not_join_across_a_sentence_end(matcher: Matcher) -> None:
    first, _ = matcher.find("Это Марина. Ну, Петрова пришла позже.")
    assert len(first.candidates) == 2


def test_belarusian_and_latin_spellings_are_found(matcher: Matcher) -> None:
    text = "Марына Кавальчук і Дзіму, Зайцаў. Kowalczuk, Kavalčuk, Kovalchuk's mother; Dmitry Zaitsev; у Вясны"
    result = found(matcher, text)
    assert result == [
        ("Марына Кавальчук", MARINA.key), ("Дзіму", DIMA.key), ("Зайцаў", DIMA.key), ("Kowalczuk", MARINA.key),
        ("Kavalčuk", MARINA.key), ("Kovalchuk", MARINA.key), ("Dmitry Zaitsev", DIMA.key), ("Вясны", VIASNA.key),
    ]


def test_lowercase_asr_text_is_matched_and_common_words_score_lower(matcher: Matcher) -> None:
    result = matcher.find("потом марину ковальчук увезли а весна пришла")
    assert [(m.span.text, m.entity_key) for m in result] == [("марину ковальчук", MARINA.key), ("весна", VIASNA.key)]
    assert result[0].span.score == 1.0
    assert result[1].span.score < 0.7  # «весна» is also the season
    assert all(m.span.source == "registry" for m in result)


def test_words_that_only_contain_a_name_are_not_matched(matcher: Matcher) -> None:
    assert matcher.find("маринованные огурцы, Гомельская область, весенний") == []


def test_matcher_scales_to_thousands_of_forms() -> None:
    rng = random.Random(7)
    syllables = ["ка", "ло", "ми", "ну", "ра", "се", "то", "ва", "бе", "жи"]
    people = [
        register("".join(rng.choice(syllables) for _ in range(3)).capitalize() + "ов", "person", gender="m")
        for _ in range(300)
    ]
    big = Matcher([*people, MARINA])
    assert big.form_count > 3000
    assert [m.entity_key for m in big.find("письмо Мариной Ковальчук")] == [MARINA.key]


@pytest.mark.parametrize(
    ("label", "a", "b"),
    [("PERSON", "Марину", "Марина"), ("PERSON", "Мариной Ковальчук", "Ковальчук Марины"),
     ("PERSON", "Марыну", "Марина"), ("PERSON", "Зайцевым", "Зайцаў"), ("PERSON", "Dzmitry", "Дзмітрый"),
     ("PERSON", "Льва", "Лев"), ("ORGANISATION", "Вясны", "Viasna"), ("DETENTION", "Жодзіне", "Zhodzina"),
     ("LOCATION", "Мінску", "Минске"), ("PERSON", "Галиной Петровной", "Галіны Пятроўны"),
     ("LOCATION", "Гомеле", "Гомель"), ("ORGANISATION", "Минском областном суде", "Минский областной суд"),
     ("PHONE", "+375 29 123-45-67", "+375291234567"), ("HANDLE", "@Lisa_Admin", "lisa_admin"),
     ("URL", "https://www.Example.org/", "example.org"), ("ID_NUMBER", "MP 1234567", "mp1234567")],
)
def test_unregistered_mentions_of_one_entity_share_a_key(label: str, a: str, b: str) -> None:
    assert normalise_key(label, a) == normalise_key(label, b)


def test_unregistered_keys_keep_different_entities_apart() -> None:
    assert normalise_key("PERSON", "Марину") != normalise_key("PERSON", "Марию")
    assert normalise_key("PERSON", "Марина").startswith("PERSON:f:")
    assert normalise_key("PERSON", "Алесь") != normalise_key("PERSON", "Алеся")  # genders differ
    assert normalise_key("PERSON", "Иванов") != normalise_key("PERSON", "Иван")
    assert normalise_key("LOCATION", "Гомель") != normalise_key("DETENTION", "Гомель")


def test_same_entity_gets_the_same_code_in_two_transcripts(matcher: Matcher) -> None:
    store = MemoryStore()

    def codes(text: str) -> list[str]:
        return [pseudonym(store, m.entity_key, m.span.label) for m in matcher.find(text)]

    first = codes("Марину Ковальчук перевели. Дима писал.")
    second = codes("Дзімам і Марына Кавальчук.")
    assert first == ["[PERSON-01]", "[PERSON-02]"]
    assert second == ["[PERSON-02]", "[PERSON-01]"]
    assert pseudonym(store, GOMEL.key, "LOCATION") == "[PLACE-01]"


def test_random_allocation_never_reuses_a_number() -> None:
    store = MemoryStore()
    rng = random.Random(1)
    codes = {pseudonym(store, f"PERSON:x:p{i}", "PERSON", rng) for i in range(150)}
    assert len(codes) == 150
    assert pseudonym(store, "PERSON:x:p3", "PERSON", rng) in codes


def test_store_link_merges_two_keys_and_retired_numbers_are_not_reused() -> None:
    store = MemoryStore()
    a = pseudonym(store, "PERSON:f:марина", "PERSON")
    pseudonym(store, "PERSON:f:маринка", "PERSON")
    store.link("PERSON:f:маринка", "PERSON:f:марина")
    assert store.code_for("PERSON:f:маринка") == a
    assert pseudonym(store, "PERSON:m:новый", "PERSON") == "[PERSON-03]"
    with pytest.raises(ValueError):
        store.link("PERSON:f:марина", "PERSON:f:маринка")


DEV_REGISTRY = [
    (register("Марина Ковальчук", "person", ["Маринка"]), "p_kovalchuk_marina"),
    (register("Дмитрий Зайцев", "person", ["Дима", "Димка", "Зайчык"]), "p_zaitsau_dzmitry"),
    (register("Александр Викторович Гриневич", "person", ["Шура"]), "p_hrynevich_aliaksandr"),
    (register("Минск", "city"), "l_minsk"),
    (register("Весна", "org"), "o_viasna"),
    (register("Жодино", "prison"), "f_sizo8_zhodino"),
]


def test_every_mention_of_registered_dev_entities_is_found() -> None:
    path = SHARED / "pseudonymisation" / "dev.jsonl"
    if not path.exists():
        pytest.skip("shared data not available")
    matcher = Matcher([e for e, _ in DEV_REGISTRY])
    key_of = {eid: e.key for e, eid in DEV_REGISTRY}
    mentions, missed = 0, []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        matches = matcher.find(record["text"])
        for ent in record["entities"]:
            if ent["entity_id"] not in key_of:
                continue
            mentions += 1
            mine = [m.span for m in matches if key_of[ent["entity_id"]] in m.candidates]
            words = tokens(ent["surface"])
            if not all(any(s.start <= ent["start"] + w.start and ent["start"] + w.end <= s.end for s in mine)
                       for w in words):
                missed.append(ent["surface"])
    assert mentions == 33
    assert missed == []


def test_multiword_names_match_in_any_case_and_translit_can_be_turned_off() -> None:
    court = register("Минский областной суд", "org")
    olga = register("Ольга Шпак", "person")
    m = Matcher([court, olga], translit=False)
    assert found(m, "дело слушали в Минском областном суде, потом в Минский областной суд") == [
        ("Минском областном суде", court.key), ("Минский областной суд", court.key),
    ]
    assert found(m, "Olga Shpak") == []
    assert found(Matcher([olga]), "Olga Shpak") == [("Olga Shpak", olga.key)]


@pytest.mark.parametrize(
    ("text", "joined"),
    [("Марина, как бы, Петрова", True), ("Марина, э-э, ну, Петрова", True), ("Марина, слушай, Петрова", False),
     ("Марина, ну, э, Петрова", True),
     ("Марина, а Петрова пришла", False), ("Марина и Петрова", False), ("Marina, you know, Petrova", True)],
)
def test_which_words_count_as_fillers(matcher: Matcher, text: str, joined: bool) -> None:
    first = matcher.find(text)[0]
    assert (first.candidates == (PETROVA.key,)) is joined


def test_a_registered_name_cut_by_a_soft_wrap_is_one_person(matcher: Matcher) -> None:
    first, _ = matcher.find("Я видела, как Марину, ну,\nПетрову увезли вечером.")
    assert first.candidates == (PETROVA.key,)
    first, _ = matcher.find("Это была Марина.\nНу, Петрова пришла позже.")
    assert len(first.candidates) == 2
