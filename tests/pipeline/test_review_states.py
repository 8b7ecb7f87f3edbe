"""Issue 15, "Review states that mean something" and the terminal review, as a steward types them.

Each test reproduces one observed failure: ``q`` at the first item saved "reviewed" and approve asked
nothing; Ctrl-C lost the session; no "item 3 of 23", no undo, no "apply to every occurrence", every key
needed Enter, and the missed-text step did not show the transcript.
"""

from __future__ import annotations

from pathlib import Path

import click
from review_helpers import LINES, PASS, decisions, status, transcript

from intake.vault.open import unlock


def _review(cli, vault_dir: Path, tid: str, keys: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    return cli(["--vault", str(vault_dir), "review", tid], input=f"{PASS}\n{keys}")  # type: ignore[no-any-return]


def test_quit_at_the_first_item_leaves_a_draft_and_approve_refuses(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = transcript(vault_dir, make_media, LINES, 1501)
    code, out, err = _review(cli, vault_dir, tid, "q\n")
    assert code == 0, err
    assert "item 1 of 6 · 0 of 6 decided" in out
    assert f"{tid}: 0 of 6 decided; saved (status draft)" in out
    assert status(vault_dir, tid) == "draft"
    code, out, err = cli(["--vault", str(vault_dir), "approve", tid, "--yes"], input=PASS + "\n")
    assert code == 6
    assert f"{tid}: 0 of 6 decided; undecided: PERSON 4, LOCATION 2" in err
    assert f"intake: error: transcript {tid}: 6 of 6 item(s) still undecided (PERSON 4, LOCATION 2)" in err
    assert f"'intake approve {tid} --accept-rest'" in err
    assert status(vault_dir, tid) == "draft"


def test_accept_rest_approves_the_undecided_as_suggestions_and_audits_the_count(vault_dir: Path, make_media,
                                                                                  cli) -> None:  # type: ignore[no-untyped-def]
    tid = transcript(vault_dir, make_media, LINES, 1502)
    _review(cli, vault_dir, tid, "a\nq\n")
    code, out, err = cli(["--vault", str(vault_dir), "approve", tid, "--accept-rest"], input=PASS + "\n")
    assert code == 0, err
    assert out.strip() == f"{tid}: approved for export (5 undecided item(s) approved as suggested)"
    assert [d for _, d in decisions(vault_dir, tid)].count("suggested") == 5  # suggestions stay suggestions
    with unlock(vault_dir, PASS) as vault:
        (detail,) = [r[0] for r in vault.conn.execute("SELECT details FROM audit WHERE action='transcript.approve'")]
    assert '"accepted_rest":5' in detail


def test_approve_asks_about_the_undecided_and_no_refuses(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = transcript(vault_dir, make_media, LINES, 1503)
    code, _out, err = cli(["--vault", str(vault_dir), "approve", tid], input=f"{PASS}\nn\n")
    assert code == 6 and "approve the 6 undecided item(s) as suggested (masked)?" in err
    code, _out, err = cli(["--vault", str(vault_dir), "approve", tid], input=f"{PASS}\ny\n")
    assert code == 0, err
    assert status(vault_dir, tid) == "approved"


def test_every_decision_is_saved_at_once_so_an_interrupt_loses_nothing(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = transcript(vault_dir, make_media, LINES, 1504)
    code, _out, err = _review(cli, vault_dir, tid, "a\nr\n")  # then the input ends: interrupted mid-session
    assert code == 130, err
    assert decisions(vault_dir, tid)[:2] == [("Сергей Сакулов", "accepted"), ("Гомеле", "rejected")]
    code, out, _ = cli(["--vault", str(vault_dir), "review", tid, "--list"], input=PASS + "\n")
    assert out.splitlines()[0] == f"{tid}: 6 item(s), 0 uncertain; 2 of 6 decided"
    code, out, _ = _review(cli, vault_dir, tid, "q\n")  # the next session starts where this one stopped
    assert "item 3 of 6 · 2 of 6 decided" in out


def test_every_item_decided_makes_it_reviewed_and_approve_asks_nothing(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = transcript(vault_dir, make_media, LINES, 1505)
    code, out, err = _review(cli, vault_dir, tid, "A\na\na\na\n\n")
    assert code == 0, err
    assert "accepted: 3 item(s) · 3 of 6 decided" in err  # the three mentions of one person, asked once
    assert "this entity has 3 undecided occurrences: A accepts all, R rejects all" in out
    assert f"{tid}: 6 of 6 decided; saved (status reviewed)" in out
    code, out, err = cli(["--vault", str(vault_dir), "approve", tid], input=PASS + "\n")
    assert code == 0 and "undecided" not in err and out.strip() == f"{tid}: approved for export"


def test_undo_takes_back_the_last_decision_and_saves(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = transcript(vault_dir, make_media, LINES, 1506)
    code, out, err = _review(cli, vault_dir, tid, "a\nr\nu\nu\nu\nq\n")
    assert code == 0, err
    assert err.count("undone") == 2 and "nothing to undo" in err
    assert out.count("item 2 of 6") == 2 and out.count("item 1 of 6") == 3
    assert all(d == "suggested" for _, d in decisions(vault_dir, tid))


def test_keep_is_undone_with_its_release(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = transcript(vault_dir, make_media, LINES, 1507)
    code, _out, err = _review(cli, vault_dir, tid, "k\npublic figure\nu\nq\n")
    assert code == 0, err
    with unlock(vault_dir, PASS) as vault:
        assert vault.conn.execute("SELECT count(*) FROM releases").fetchone()[0] == 0
        actions = [r[0] for r in vault.conn.execute("SELECT action FROM audit ORDER BY seq")]
    assert actions.count("release.keep") == 1 and actions.count("release.keep_undone") == 1


def test_the_missed_text_step_shows_the_transcript_with_segment_numbers(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = transcript(vault_dir, make_media, ["Мы жили на заречье у реки.", "Заречье сгорело."], 1508)
    assert decisions(vault_dir, tid) == []  # nothing detected: the steward goes straight to the missed text
    code, out, err = _review(cli, vault_dir, tid, "заречье\n2\n\n")
    assert code == 0, err
    assert "  [0] Мы жили на заречье у реки.\n  [1] Заречье сгорело." in out
    assert "added 2 occurrence(s)" in err
    assert decisions(vault_dir, tid) == [("заречье", "added"), ("Заречье", "added")]


def test_labels_in_the_review_accept_any_case_and_alias(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    tid = transcript(vault_dir, make_media, ["Мы жили на заречье у реки."], 1509)
    code, _out, err = _review(cli, vault_dir, tid, "заречье\nbogus\nprison\n\n")
    assert code == 0, err
    assert "unknown label or kind; use one of: person (people, name); place (location, city, town)" in err
    with unlock(vault_dir, PASS) as vault:
        from intake.review.store import require_plan

        (item,) = require_plan(vault, tid).items
    assert item.label == "DETENTION"


def test_one_key_without_enter_on_a_terminal(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from intake.cli import review_ui

    keys = iter("xA")
    monkeypatch.setattr(review_ui, "_is_terminal", lambda: True)
    monkeypatch.setattr(click, "getchar", lambda echo=False: next(keys))
    assert review_ui.read_key("decision") == "A"  # "x" is refused and asked again, no Enter needed


def test_review_next_opens_the_oldest_draft_with_undecided_items(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    first = transcript(vault_dir, make_media, ["Марина Ковальчук ждала у суда."], 1510)
    second = transcript(vault_dir, make_media, ["Сакулов потом уехал в Минск."], 1511)
    code, _out, err = cli(["--vault", str(vault_dir), "review", "--next"], input=f"{PASS}\na\n\n")
    assert code == 0 and f"next: {first}" in err
    code, _out, err = cli(["--vault", str(vault_dir), "review", "--next"], input=f"{PASS}\nq\n")
    assert f"next: {second}" in err  # the first is reviewed now
    _review(cli, vault_dir, second, "A\na\n\n")
    code, _out, err = cli(["--vault", str(vault_dir), "review", "--next"], input=f"{PASS}\n")
    assert code == 0 and "no transcript needs a decision" in err


def test_review_needs_an_id_or_next(vault_dir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = cli(["--vault", str(vault_dir), "review"], input=f"{PASS}\n")
    assert code == 2 and "give a transcript id or --next" in err


def test_kinds_and_labels_on_the_command_line_take_any_case_and_alias(vault_dir: Path, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    base = ["--vault", str(vault_dir)]
    for kind in ("PRISON", "detention", "Facility"):
        code, out, err = cli([*base, "entities", "add", "--kind", kind, "--from-file", "-"], input=f"{PASS}\nЖодино\n")
        assert code == 0 and out.strip() == "registered detention with 0 alias(es)", err
    code, _out, err = cli([*base, "entities", "add", "--kind", "jail"], input=PASS + "\n")
    assert code == 2 and "unknown label or kind: 'jail'; use one of: person (people, name)" in err
    tid = transcript(vault_dir, make_media, ["Мы жили на заречье у реки."], 1512)
    code, out, err = cli([*base, "review", tid, "--add-from", "-", "--label", "place"], input=f"{PASS}\nзаречье\n")
    assert code == 0 and f"{tid}: 1 occurrence(s) masked" in out, err
