"""Issue 15, "Merge takes any text": merge and relabel choose from what exists; one person never gets two
codes, two people never share one (across interviews)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_helpers import PASS, transcript, transcript_in

from intake.errors import InputError
from intake.pseudonymise.plan import decide, merge_entities
from intake.review.merging import code_conflicts
from intake.review.planning import transcript_planner
from intake.review.session import ReviewSession
from intake.review.store import CatalogStore, require_plan
from intake.review.workflow import save_reviewed
from intake.vault.open import unlock

A = ["Марина Ковальчук ждала у суда."]
B = ["Потом Маринка позвонила мне."]


def _accepted(vault, make_media, freq: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    tid = transcript_in(vault, make_media, A, freq)
    plan = require_plan(vault, tid)
    (item,) = plan.items
    save_reviewed(vault, tid, decide(plan, item.id, "accepted"))
    return tid, item.replacement


def _people(vault, tid: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(i.original, i.replacement) for i in require_plan(vault, tid).items if i.label == "PERSON"]


def test_merge_into_typed_text_is_refused_and_creates_no_identity(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    tid = transcript_in(vault, make_media, B, 1601)
    plan, planner = require_plan(vault, tid), transcript_planner(vault, tid)
    (item,) = plan.items
    used = set(CatalogStore(vault).numbers_in_use("PERSON"))
    for typed in ("marina", "PERSON:f:marin", "[PERSON-07]"):
        with pytest.raises(InputError, match="not a known entity"):
            merge_entities(plan, item.entity_key, typed, planner)
    assert set(CatalogStore(vault).numbers_in_use("PERSON")) == used


def test_merge_never_crosses_labels(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    from intake.review.store import add_entity

    add_entity(vault, "Минск", "place", [], None)
    tid = transcript_in(vault, make_media, ["Сакулов потом уехал в Минск."], 1602)
    plan, planner = require_plan(vault, tid), transcript_planner(vault, tid)
    person, place = plan.items
    with pytest.raises(InputError, match="another label"):
        merge_entities(plan, person.entity_key, place.entity_key, planner)


def test_the_merge_list_shows_existing_entities_filtered_by_what_was_typed(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    _tid_a, code = _accepted(vault, make_media, 1603)
    tid = transcript_in(vault, make_media, B, 1604)
    session = ReviewSession(vault, tid)
    (item,) = session.plan.items
    assert [(t.code, t.names) for t in session.merge_candidates(item.id)] == [(code, ("Марина Ковальчук",))]
    assert [t.code for t in session.merge_candidates(item.id, code[1:-2])] == [code]  # "PERSON-0"
    assert [t.code for t in session.merge_candidates(item.id, "ковал")] == [code]
    assert session.merge_candidates(item.id, "зайц") == []
    assert item.replacement not in [t.code for t in session.merge_candidates(item.id)]  # not itself


def test_merge_in_the_terminal_is_a_numbered_choice(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    with unlock(vault_dir, PASS) as vault:
        _tid_a, code = _accepted(vault, make_media, 1605)
    tid = transcript(vault_dir, make_media, B, 1606)
    keys = "m\nzzz\nm\n\n7\n1\n\n"  # nothing matches "zzz"; then the whole list; 7 is not on it; 1 is
    code_, _out, err = cli(["--vault", str(vault_dir), "review", tid], input=f"{PASS}\n{keys}")
    assert code_ == 0, err
    assert "no existing PERSON matches; nothing merged" in err
    assert f"  1) {code}  Марина Ковальчук  (in transcripts)" in err
    assert "choose a number from 1 to 1" in err
    assert f"merged: {code} · 1 of 1 decided" in err
    with unlock(vault_dir, PASS) as vault:
        assert _people(vault, tid) == [("Маринка", code)]
        assert code_conflicts(vault) == []


def test_a_merge_reaches_every_interview_and_undo_takes_it_back(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    _tid_a, code = _accepted(vault, make_media, 1607)
    earlier = transcript_in(vault, make_media, ["Маринка передала записку."], 1608)
    tid = transcript_in(vault, make_media, B, 1609)
    (before,) = _people(vault, earlier)
    assert before[1] == _people(vault, tid)[0][1] != code  # the nickname has its own code in both
    session = ReviewSession(vault, tid)
    (target,) = session.merge_candidates(session.plan.items[0].id, "ковальчук")
    assert session.merge(session.plan.items[0].id, target) == [earlier]
    assert _people(vault, earlier) == [("Маринка", code)] and _people(vault, tid) == [("Маринка", code)]
    assert code_conflicts(vault) == []
    assert session.undo()
    assert _people(vault, earlier) == [before] and _people(vault, tid) == [before]
    assert code_conflicts(vault) == []


def test_one_code_never_belongs_to_two_entities(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    from intake.pseudonymise.registry import MemoryStore

    _tid, code = _accepted(vault, make_media, 1610)
    with pytest.raises(InputError, match="already belongs to another entity"):
        CatalogStore(vault).bind("PERSON:m:zaicav", code)
    memory = MemoryStore()
    memory.bind("PERSON:f:marin", "[PERSON-01]")
    with pytest.raises(InputError, match="already belongs to another entity"):
        memory.bind("PERSON:m:zaicav", "[PERSON-01]")
