"""The leak check finds registered names in any form, and pattern hits outside our placeholders."""

from __future__ import annotations

import re
from collections.abc import Iterable

from intake.pseudonymise.entities import register
from intake.pseudonymise.leakcheck import leak_matcher, leakcheck
from intake.pseudonymise.spans import Span

PEOPLE = [
    register("Марина Ковальчук", "person", ["Маринка"]),
    register("Дмитрий Зайцев", "person", ["Зайчык"]),
    register("ИК-4", "prison", ["Гомельская колония"]),
]


def phones(text: str) -> Iterable[Span]:
    for m in re.finditer(r"\+?\d[\d -]{5,}\d", text):
        yield Span(m.start(), m.end(), "PHONE", m.group(), 1.0, "patterns")
    for m in re.finditer(r"\d{2}", text):  # a careless pattern that also hits our codes
        yield Span(m.start(), m.end(), "AGE_OR_SENTENCE", m.group(), 0.3, "patterns")


def test_clean_anonymised_text_has_no_hits() -> None:
    text = "Когда [PERSON-01] перевели в [город в Беларуси], в [место заключения], [PERSON-02] писал ей в [2021]."
    assert leakcheck(text, PEOPLE, phones) == []


def test_planted_names_in_genitive_and_instrumental_are_found() -> None:
    text = "Письмо от [PERSON-01] для Марины, разговор с Ковальчук и с Зайцевым, у Маринки."
    hits = leakcheck(text, PEOPLE)
    assert [(h.surface, h.kind) for h in hits] == [
        ("Марины", "registered:PERSON"), ("Ковальчук", "registered:PERSON"),
        ("Зайцевым", "registered:PERSON"), ("Маринки", "registered:PERSON"),
    ]
    assert hits[0].context == "Письмо от [PERSON-01] для [[Марины]], разговор с Ковальчук и с Зай"


def test_relatives_forms_and_transliterations_are_leaks_too() -> None:
    text = "его жена Зайцева, брат Ковальчука, Kowalczuk, Kavalčuk, Zaitsau, Зайцаў, в Гомельской колонии."
    found = [h.surface for h in leakcheck(text, PEOPLE)]
    assert found == ["Зайцева", "Ковальчука", "Kowalczuk", "Kavalčuk", "Zaitsau", "Зайцаў", "Гомельской колонии"]


def test_pattern_hits_inside_placeholders_are_ignored() -> None:
    text = "[PERSON-07] дал номер +375 29 123-45-67, [ИЗЪЯТО] и ещё 42."
    hits = leakcheck(text, leak_matcher(PEOPLE), phones)
    assert [(h.surface, h.kind) for h in hits] == [
        ("+375 29 123-45-67", "pattern:PHONE"), ("37", "pattern:AGE_OR_SENTENCE"),
        ("29", "pattern:AGE_OR_SENTENCE"), ("12", "pattern:AGE_OR_SENTENCE"), ("45", "pattern:AGE_OR_SENTENCE"),
        ("67", "pattern:AGE_OR_SENTENCE"), ("42", "pattern:AGE_OR_SENTENCE"),
    ]


def test_a_reused_matcher_gives_the_same_hits() -> None:
    text = "потом марину ковальчук увезли"
    assert leakcheck(text, leak_matcher(PEOPLE)) == leakcheck(text, PEOPLE)
    assert [h.surface for h in leakcheck(text, PEOPLE)] == ["марину ковальчук"]


def test_spans_rejected_in_review_do_not_block_export() -> None:
    from intake.pseudonymise.apply import apply_plan
    from intake.pseudonymise.leakcheck import reviewed_spans
    from intake.pseudonymise.plan import Planner, decide, make_plan
    from intake.pseudonymise.policy import preset
    from intake.pseudonymise.registry import MemoryStore

    viasna = register("Весна", "org")
    text = "Весна помогала Марине, а весна в тот год была поздняя."
    planner = Planner(preset("strict"), MemoryStore(), "ru", leak_matcher([viasna, *PEOPLE]))
    plan = make_plan([text], planner, lambda t, lang: [])
    season = next(i for i in plan.items if i.original == "весна")
    plan = decide(plan, season.id, "rejected")
    done = apply_plan(text, plan)
    assert [h.surface for h in leakcheck(done.text, [viasna])] == ["весна"]
    assert leakcheck(done.text, [viasna], ignore=reviewed_spans(plan.items, done)) == []
    assert done.text.startswith("[ORG-01] помогала [PERSON-01], а весна")
