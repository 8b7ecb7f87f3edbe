"""Issue 15, "False positives poison the corpus": suggestions stay suggestions, function words are never
forms, the leak report says which entity matched and where it came from, its hint is the one command that
fixes it, and ``pseudonymise`` masks what ``leakcheck`` would flag (the same search)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_helpers import PASS, transcript, transcript_in

from intake.pseudonymise.plan import PlanItem, decide, relabel
from intake.review.known import known_names
from intake.review.leaks import describe_hits, leaks_in
from intake.review.planning import transcript_planner
from intake.review.store import add_entity, require_plan, save_plan_in_tx
from intake.review.workflow import approve, pseudonymise, save_reviewed
from intake.vault.open import unlock

EARLIER = ["I met them at the station and they told me everything."]


def test_a_confirmed_false_positive_never_makes_function_words_a_name(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    earlier = transcript_in(vault, make_media, EARLIER, 1701, "en")
    approve(vault, earlier, accept_rest=True)
    tid = transcript_in(vault, make_media, ["Write to me at marina.k.a please."], 1702, "en")
    plan = require_plan(vault, tid)
    (span,) = [i for i in plan.items if i.original == "me at marina.k.a"]
    save_reviewed(vault, tid, relabel(plan, span.id, "PERSON", transcript_planner(vault, tid)))
    assert leaks_in(vault, earlier) == []  # the interview approved earlier still passes the gate
    forms = {w for f in known_names(vault).matcher._exact.children for w in [f]}
    assert not {"me", "at"} & forms


def test_an_undecided_suggestion_never_feeds_other_interviews(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    earlier = transcript_in(vault, make_media, ["Мы видели Рыгора у суда."], 1703)
    plan = require_plan(vault, earlier)
    save_reviewed(vault, earlier, plan.with_items([]))  # the detector's item gone: «Рыгора» stays in the text
    tid = transcript_in(vault, make_media, ["Рыгор Дзянісавіч прыйшоў."], 1704)
    assert all(i.decision == "suggested" for i in require_plan(vault, tid).items)
    assert leaks_in(vault, earlier) == []  # a suggestion in another interview gates nothing here
    plan = require_plan(vault, tid)
    save_reviewed(vault, tid, decide(plan, plan.items[0].id, "accepted"))
    assert [h.surface for h in leaks_in(vault, earlier)] == ["Рыгора"]  # confirmed: now it does


def test_a_suggested_person_span_with_function_words_gates_nothing_elsewhere(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    earlier = transcript_in(vault, make_media, EARLIER, 1705, "en")
    tid = transcript_in(vault, make_media, ["Write to me at marina please."], 1706, "en")
    text = "Write to me at marina please."
    item = PlanItem("0-0-x", 0, 9, 23, "PERSON", text[9:23], "PERSON:x:me at marina", "pseudonym", "[PERSON-09]",
                    "names", 0.5)
    with vault.transaction():
        save_plan_in_tx(vault, tid, require_plan(vault, tid).with_items([item]))
    assert leaks_in(vault, earlier) == []
    with vault.transaction():
        save_plan_in_tx(vault, tid, require_plan(vault, tid).with_items([decide(
            require_plan(vault, tid).with_items([item]), item.id, "accepted").items[0]]))
    assert leaks_in(vault, earlier) == []  # accepted: «marina» is a name now, «me» and «at» never are


def test_the_leak_report_names_entity_code_origin_and_the_fixing_command(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    earlier = transcript(vault_dir, make_media, ["Мы говорили о сакулове долго."], 1707)
    with unlock(vault_dir, PASS) as vault:
        approve(vault, earlier, accept_rest=True)  # approved (and exportable) before anyone knew the name
        later = transcript_in(vault, make_media, ["Вчера Сергей Сакулов пришёл на суд."], 1708)
        plan = require_plan(vault, later)
        person = next(i for i in plan.items if i.label == "PERSON")
        save_reviewed(vault, later, decide(plan, person.id, "accepted"))
    code, out, err = cli(["--vault", str(vault_dir), "leakcheck", earlier], input=PASS + "\n")
    assert code == 6
    assert out.splitlines() == [f"{earlier}: 1 hit(s)",
                                f"  segment 0: PERSON {person.replacement} (accepted in transcript {later}): "
                                "…Мы говорили о [[сакулове]] долго.…"]
    assert f"intake: hint: run 'intake pseudonymise {earlier} --reopen'" in err  # approved: planning reopens it
    code, _out, err = cli(["--vault", str(vault_dir), "pseudonymise", earlier, "--reopen"], input=PASS + "\n")
    assert code == 0, err
    code, out, err = cli(["--vault", str(vault_dir), "leakcheck", earlier], input=PASS + "\n")
    assert code == 0 and out.strip() == f"{earlier}: 0 hit(s)"


def test_a_rejected_registered_name_is_fixed_in_review_which_visits_it(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    with unlock(vault_dir, PASS) as vault:
        add_entity(vault, "Павел Соколов", "person", [], "m")
        tid = transcript_in(vault, make_media, ["Вчера я видел Павла Соколова у суда."], 1709)
        plan = require_plan(vault, tid)
        save_reviewed(vault, tid, decide(plan, plan.items[0].id, "rejected"))
        (report,) = describe_hits(vault, tid, leaks_in(vault, tid))
    assert (report.fix, report.origin) == (f"intake review {tid}", "registered")
    with unlock(vault_dir, PASS) as vault:
        from intake.errors import LeakGateError
        from intake.review.release import gate
        from intake.transcripts.store import get_transcript_info

        with pytest.raises(LeakGateError) as info:
            gate(vault, [get_transcript_info(vault, tid)], ())
    assert f"P-1709/{tid} segment 0: PERSON {report.code} (registered): …" in info.value.message
    assert info.value.hint and info.value.hint.startswith(f"run 'intake review {tid}'")
    code, out, err = cli(["--vault", str(vault_dir), "review", tid], input=f"{PASS}\na\n\n")
    assert code == 0, err
    assert "rejected, but a registered name: mask it with [a]" in out
    with unlock(vault_dir, PASS) as vault:
        assert leaks_in(vault, tid) == []


def test_pseudonymise_masks_every_form_the_gate_knows(vault, make_media) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Павел Соколов", "person", [], "m")  # his wife's surname is a leak too
    tid = transcript_in(vault, make_media, ["Передачу принесла жена, Соколовой разрешили свидание."], 1710)
    assert "Соколовой" in [i.original for i in require_plan(vault, tid).items]
    assert leaks_in(vault, tid) == []
    pseudonymise(vault, tid)
    assert leaks_in(vault, tid) == []
