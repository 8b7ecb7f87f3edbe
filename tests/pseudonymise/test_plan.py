"""Planning, carrying review decisions across re-runs, merging, and applying with offsets."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from intake.errors import InputError
from intake.pseudonymise.apply import apply_plan, apply_to_segments
from intake.pseudonymise.entities import register
from intake.pseudonymise.matcher import Matcher
from intake.pseudonymise.plan import (
    Plan,
    Planner,
    add_item,
    anchor_id,
    carry_forward,
    combine,
    decide,
    make_plan,
    merge_entities,
    relabel,
)
from intake.pseudonymise.policy import preset
from intake.pseudonymise.registry import MemoryStore
from intake.pseudonymise.spans import Span

MARINA = register("Марина Ковальчук", "person", ["Маринка"])
GOMEL = register("Гомель", "city", generalise_as="город в Беларуси")
SEGMENTS = [
    "Когда Марину перевели в Гомель, в ИК-4, Вера Павловна писала ей.",
    "Вера, ну, в лучшее. Сонечка спрашивала про Марину.",
]


def fake_detect(text: str, language: str) -> list[Span]:
    """A stand-in detector: the surfaces below wherever they occur (and nothing else)."""
    labels = {"ИК-4": "DETENTION", "Вера": "PERSON", "Сонечка": "PERSON", "Павловна": "PERSON"}
    out = []
    for surface, label in labels.items():
        pos = text.find(surface)
        while pos >= 0:
            out.append(Span(pos, pos + len(surface), label, surface, 0.7, "fake"))
            pos = text.find(surface, pos + 1)
    return sorted(out)


def planner(store: MemoryStore | None = None) -> Planner:
    return Planner(preset("strict"), store or MemoryStore(), "ru", Matcher([MARINA, GOMEL]))


def surfaces(plan: Plan) -> list[tuple[int, str, str, str]]:
    return [(i.segment, i.original, i.replacement, i.decision) for i in plan.items]


def test_make_plan_combines_registry_and_detectors_under_the_policy() -> None:
    plan = make_plan(SEGMENTS, planner(), fake_detect)
    assert surfaces(plan) == [
        (0, "Марину", "[PERSON-01]", "suggested"),
        (0, "Гомель", "[город в Беларуси]", "suggested"),
        (0, "ИК-4", "[место заключения]", "suggested"),
        (0, "Вера", "[PERSON-02]", "suggested"),
        (0, "Павловна", "[PERSON-03]", "suggested"),
        (1, "Вера", "[PERSON-02]", "suggested"),
        (1, "Сонечка", "[PERSON-04]", "suggested"),
        (1, "Марину", "[PERSON-01]", "suggested"),
    ]
    first = plan.items[0]
    assert first.source == "registry" and first.entity_key == MARINA.key and first.action == "pseudonym"
    assert plan.items[2].source == "fake"


def test_a_longer_detector_span_over_a_registry_match_keeps_the_registry_key() -> None:
    text = "Марину Ковалеву увезли"
    spans = [Span(0, 15, "PERSON", "Марину Ковалеву", 0.8, "names")]
    [(span, key)] = combine(text, spans, Matcher([MARINA]).find(text))
    assert (span.start, span.end, key, span.source) == (0, 15, MARINA.key, "registry+names")


def test_anchor_ids_ignore_case_and_count_occurrences() -> None:
    text = "Вера и вера и ВЕРА"
    ids = [anchor_id(3, text, s, s + 4) for s in (0, 7, 14)]
    assert [i.split("-")[:2] for i in ids] == [["3", "0"], ["3", "1"], ["3", "2"]]
    assert len({i.split("-")[2] for i in ids}) == 1


def test_review_decisions_survive_a_rerun() -> None:
    store = MemoryStore()
    p = planner(store)
    first = make_plan(SEGMENTS, p, fake_detect)
    vera = next(i for i in first.items if i.original == "Вера" and i.segment == 1)
    reviewed = decide(first, vera.id, "rejected")
    pavlovna = next(i for i in first.items if i.original == "Павловна")
    reviewed = relabel(reviewed, pavlovna.id, "ORGANISATION", p)
    reviewed = add_item(reviewed, 1, SEGMENTS[1], SEGMENTS[1].index("лучшее"), SEGMENTS[1].index("лучшее") + 6,
                        "LOCATION", p)
    # the steward fixes a typo in segment 1 before the re-run: offsets move, anchors do not
    edited = [SEGMENTS[0], "Ээ, " + SEGMENTS[1]]
    again = make_plan(edited, p, fake_detect, previous=reviewed)
    by_surface = {(i.segment, i.original): i for i in again.items}
    assert by_surface[(1, "Вера")].decision == "rejected"
    assert by_surface[(0, "Вера")].decision == "suggested"  # another occurrence, another decision
    assert by_surface[(0, "Павловна")].label == "ORGANISATION"
    assert by_surface[(0, "Павловна")].decision == "relabelled"
    added = by_surface[(1, "лучшее")]
    assert added.decision == "added" and added.start == edited[1].index("лучшее")
    assert apply_to_segments([Seg(0, 1, edited[0]), Seg(1, 2, edited[1])], again)[1].text.startswith(
        "Ээ, Вера, ну, в [место]."
    )


def test_accepted_items_are_kept_when_a_rerun_no_longer_detects_them() -> None:
    p = planner()
    first = make_plan(SEGMENTS, p, fake_detect)
    soni = next(i for i in first.items if i.original == "Сонечка")
    accepted = decide(first, soni.id, "accepted")
    again = make_plan(SEGMENTS, p, lambda text, lang: [], previous=accepted)
    assert [(i.original, i.decision) for i in again.for_segment(1)] == [
        ("Сонечка", "accepted"), ("Марину", "suggested"),
    ]


def test_rejected_items_are_not_resurrected_when_not_detected() -> None:
    p = planner()
    first = make_plan(SEGMENTS, p, fake_detect)
    rejected = decide(first, first.items[2].id, "rejected")
    again = make_plan(SEGMENTS, p, lambda text, lang: [], previous=rejected)
    assert all(i.original != "ИК-4" for i in again.items)


def test_carry_forward_does_not_move_a_decision_onto_a_vanished_surface() -> None:
    p = planner()
    first = make_plan(SEGMENTS, p, fake_detect)
    accepted = decide(first, first.items[2].id, "accepted")
    gone = [SEGMENTS[0].replace("ИК-4", "колонию"), SEGMENTS[1]]
    assert all(i.original != "ИК-4" for i in carry_forward(make_plan(gone, p, fake_detect), accepted, gone).items)


def test_merge_two_keys_into_one_entity() -> None:
    store = MemoryStore()
    p = planner(store)
    plan = make_plan(SEGMENTS, p, fake_detect)
    soni = next(i for i in plan.items if i.original == "Сонечка")
    merged = merge_entities(plan, soni.entity_key, MARINA.key, p)
    soni_after = next(i for i in merged.items if i.original == "Сонечка")
    assert soni_after.entity_key == MARINA.key and soni_after.replacement == "[PERSON-01]"
    assert store.code_for(soni.entity_key) == "[PERSON-01]"
    # a later transcript mentioning Сонечка gets Марина's code directly
    later = make_plan(["Сонечка пришла"], p, fake_detect)
    assert later.items[0].replacement == "[PERSON-01]"


def test_apply_records_old_and_new_offsets() -> None:
    plan = make_plan(SEGMENTS, planner(), fake_detect)
    text = SEGMENTS[0]
    done = apply_plan(text, plan, segment=0)
    assert done.text == (
        "Когда [PERSON-01] перевели в [город в Беларуси], в [место заключения], [PERSON-02] [PERSON-03] писала ей."
    )
    for r in done.replacements:
        item = plan.by_id()[r.item_id]
        assert text[r.old_start : r.old_end] == item.original
        assert done.text[r.new_start : r.new_end] == item.replacement
    assert done.new_offset(0) == 0
    assert done.new_offset(text.index("перевели")) == done.text.index("перевели")
    assert done.new_offset(text.index("Марину") + 2) == done.text.index("[PERSON-01]")
    assert done.new_offset(len(text)) == len(done.text)


def test_rejected_and_kept_items_are_not_replaced() -> None:
    plan = make_plan(SEGMENTS, planner(), fake_detect)
    plan = decide(plan, plan.items[3].id, "rejected")
    plan = plan.with_items([replace(plan.items[4], action="keep"), *plan.items[:4], *plan.items[5:]])
    assert "Вера Павловна писала" in apply_plan(SEGMENTS[0], plan).text


@dataclass
class Seg:
    start: float
    end: float
    text: str


def test_apply_to_segments_keeps_timestamps() -> None:
    segs = [Seg(0.0, 4.2, SEGMENTS[0]), Seg(4.2, 9.0, SEGMENTS[1])]
    out = apply_to_segments(segs, make_plan(SEGMENTS, planner(), fake_detect))
    assert [(s.index, s.start, s.end) for s in out] == [(0, 0.0, 4.2), (1, 4.2, 9.0)]
    assert "Марин" not in out[0].text + out[1].text


def test_a_plan_that_does_not_fit_the_text_is_refused() -> None:
    plan = make_plan(SEGMENTS, planner(), fake_detect)
    with pytest.raises(InputError, match="does not match"):
        apply_plan("Совсем другой текст, без имён вообще, длинный-длинный.", plan)
    with pytest.raises(InputError, match="segment"):
        apply_to_segments([Seg(0, 1, SEGMENTS[0])], plan)


def test_overlapping_active_items_are_refused() -> None:
    plan = make_plan(SEGMENTS, planner(), fake_detect)
    first = plan.items[0]
    clash = replace(first, id="x", start=first.start + 1, original=SEGMENTS[0][first.start + 1 : first.end])
    with pytest.raises(InputError, match="overlap"):
        apply_plan(SEGMENTS[0], plan.with_items([*plan.items, clash]))


def test_plan_round_trips_through_dict_and_rejects_garbage() -> None:
    plan = make_plan(SEGMENTS, planner(), fake_detect)
    assert Plan.from_dict(plan.to_dict()) == plan
    bad = plan.to_dict()
    bad["items"][0]["start"] = "7"
    for broken in ({}, {"version": 1}, bad, {**plan.to_dict(), "items": [{"id": 1}]}):
        with pytest.raises(InputError):
            Plan.from_dict(broken)


def test_decide_and_relabel_refuse_unknown_ids_and_values() -> None:
    p = planner()
    plan = make_plan(SEGMENTS, p, fake_detect)
    with pytest.raises(InputError):
        decide(plan, "nope", "accepted")
    with pytest.raises(InputError):
        decide(plan, plan.items[0].id, "maybe")
    with pytest.raises(InputError):
        relabel(plan, plan.items[0].id, "ALIEN", p)


def names_detect(text: str, language: str) -> list[Span]:
    """A stand-in detector for person names only (no registry involved)."""
    out = []
    for surface in ("Мариной Ковальчук", "Марину", "Марина Петрова", "Марина"):
        start = 0
        while (pos := text.find(surface, start)) >= 0:
            if not any(s.start <= pos < s.end for s in out):
                out.append(Span(pos, pos + len(surface), "PERSON", surface, 0.8, "names"))
            start = pos + len(surface)
    return sorted(out)


def test_a_partial_name_joins_the_one_fuller_name_in_the_transcript() -> None:
    store = MemoryStore()
    p = Planner(preset("strict"), store, "ru")
    plan = make_plan(["Марину увезли.", "Я говорила с Мариной Ковальчук."], p, names_detect)
    assert [(i.original, i.replacement) for i in plan.items] == [
        ("Марину", "[PERSON-01]"), ("Мариной Ковальчук", "[PERSON-01]"),
    ]
    assert store.code_for("PERSON:f:marin") is None  # no code was bound to the partial key


def test_an_ambiguous_partial_name_keeps_its_own_key() -> None:
    p = Planner(preset("strict"), MemoryStore(), "ru")
    plan = make_plan(["Марину увезли.", "Мариной Ковальчук и Марина Петрова."], p, names_detect)
    codes = [i.replacement for i in plan.items]
    assert len(set(codes)) == 3


def test_two_transcripts_share_codes_through_the_vault_registry() -> None:
    store = MemoryStore()
    p = planner(store)
    first = make_plan(["Марину перевели в Гомель. Сонечка плакала."], p, fake_detect)
    second = make_plan(["Марына Кавальчук пісала з Гомеля, Сонечка і Вера."], replace(p, language="be"), fake_detect)
    code = {i.original: i.replacement for i in first.items + second.items}
    assert code["Марину"] == code["Марына Кавальчук"] == "[PERSON-01]"
    assert code["Сонечка"] == "[PERSON-02]"
    assert code["Вера"] == "[PERSON-03]"
    assert code["Гомеля"] == "[город в Беларуси]"
