"""One vocabulary (labels, kinds, code prefixes in any case), function words that are never entity forms,
and review progress on plain plans."""

from __future__ import annotations

import pytest

from intake.errors import UsageError
from intake.pseudonymise.decisions import decide_every, pending, position, progress
from intake.pseudonymise.entities import register, surface_forms
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.plan import Plan, PlanItem
from intake.pseudonymise.stopwords import is_stop_word, stop_words
from intake.pseudonymise.vocabulary import parse_label


@pytest.mark.parametrize(("word", "label"), [
    ("DETENTION", "DETENTION"), ("detention", "DETENTION"), ("prison", "DETENTION"), ("PRISON", "DETENTION"),
    ("Place", "LOCATION"), ("city", "LOCATION"), ("LOCATION", "LOCATION"), ("org", "ORGANISATION"),
    ("organization", "ORGANISATION"), ("person", "PERSON"), ("e-mail", "EMAIL"), ("id", "ID_NUMBER"),
    ("age", "AGE_OR_SENTENCE"), ("age or sentence", "AGE_OR_SENTENCE"),
])
def test_labels_kinds_and_code_prefixes_name_one_label_in_any_case(word: str, label: str) -> None:
    assert parse_label(word) == label


def test_an_unknown_word_lists_what_is_accepted() -> None:
    with pytest.raises(UsageError) as err:
        parse_label("jail")
    assert err.value.hint and err.value.hint.startswith("use one of: person (people, name); place (location")
    with pytest.raises(UsageError):
        parse_label("phone", names_only=True)


def test_function_words_are_never_forms_of_an_entity() -> None:
    assert {"me", "at", "и", "і", "ў", "это", "гэта", "the"} <= stop_words()
    assert not any(is_stop_word(w) for w in ("Том", "Will", "May", "Вера", "Марина"))
    forms = surface_forms(register("me at marina", "person"))
    assert ("marina",) in forms and not {("me",), ("at",)} & forms
    with pytest.raises(UsageError, match="only of function words"):
        register("me at", "person")


def test_a_function_word_alone_never_matches_also_through_the_loose_key() -> None:
    ata = register("Ата", "person", gender="f")  # its loose key is the loose key of «это»
    matcher = Matcher([ata])
    assert [m.span.text for m in matcher.find("это Ата сказала, и это всё")] == ["Ата"]


def _item(n: int, key: str, decision: str = "suggested", label: str = "PERSON") -> PlanItem:
    return PlanItem(f"0-{n}-x", 0, n * 10, n * 10 + 5, label, "Марина", key, "pseudonym", "[PERSON-01]", "names", 1.0,
                    decision)


def test_progress_counts_decided_items_and_the_undecided_per_label() -> None:
    plan = Plan("ru", "strict", ()).with_items([_item(0, "k1", "accepted"), _item(1, "k1"), _item(2, "k2"),
                                                _item(3, "k3", label="LOCATION")])
    done = progress(plan)
    assert (str(done), done.complete, done.labels()) == ("1 of 4 decided", False, "PERSON 2, LOCATION 1")
    assert position(plan, "0-2-x") == (3, 4)
    everyone, changed = decide_every(plan, "0-1-x", "rejected")
    assert changed == 1 and [i.decision for i in everyone.items] == ["accepted", "rejected", "suggested", "suggested"]
    assert [i.id for i in pending(everyone, {"k1"})] == ["0-1-x", "0-2-x", "0-3-x"]
    overwritten, changed = decide_every(plan, "0-1-x", "rejected", decided_too=True)  # the workspace's button
    assert changed == 2 and [i.decision for i in overwritten.items] == ["rejected", "rejected", "suggested",
                                                                        "suggested"]
    assert progress(Plan("ru", "strict", ())).complete


@pytest.mark.parametrize(("text", "language", "function_words"), [
    ("Рэспандэнт: Куды ён паехаў, я не ведаю. Сабе ён нічога не ўзяў. Алесь Жураўлёў казаў, што ў Ліду.", "be",
     ["Куды", "Сабе"]),
    ("куды ён паехаў я не ведаю сабе ён нічога не ўзяў", "be", ["куды", "сабе"]),
    ("Куды ж нам ехать? Каму это надо? Або так, або никак.", "be", ["Куды", "Каму", "Або"]),
])
def test_no_name_place_or_organisation_is_made_only_of_function_words(
        text: str, language: str, function_words: list[str]) -> None:
    from intake.pseudonymise import detect

    found = {s.text for s in detect(text, language)}
    assert not found & set(function_words)
    if "Жураўлёў" in text:
        assert "Жураўлёў" in " ".join(found) and "Ліду" in found  # the real entities stay


@pytest.mark.parametrize(("text", "word", "dropped"), [
    ("Куды ён паехаў?", "Куды", True),  # a sentence start: the capital proves nothing
    ("ну куды ён паехаў", "куды", True),
    ("Interviewer: or maybe later", "or", True),
    ("Как сообщил А. Кудрин, всё в порядке.", "А", False),  # an initial
    ("Мне и Ли Со Ён помогли выбраться.", "Ли", False),  # a capital inside a sentence
    ("Яна сказала, што прыедзе.", "Яна", False),  # Belarusian "she", and the name Яна
])
def test_only_a_lone_function_word_without_a_capital_to_prove_it_is_dropped(
        text: str, word: str, dropped: bool) -> None:
    from intake.pseudonymise.detectors.function_words import function_word_span

    start = text.index(word)
    assert function_word_span(text, start, start + len(word), "PERSON") is dropped
    assert not function_word_span(text, start, start + len(word), "AGE_OR_SENTENCE")  # not a name label
