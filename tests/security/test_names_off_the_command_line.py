"""Low: real names stay off the command line (shell history, /proc/PID/cmdline): hidden prompt or standard
input by default; the old arguments still work, with a warning."""

from __future__ import annotations

from gate_helpers import pseudonymised

PASS = "correct horse battery staple"
WARN_NAME = ("intake: warning: a name on the command line stays in shell history and the process list; leave it "
             "out to be asked at a hidden prompt, or use --from-file FILE ('-' for standard input)\n")


def _entities(vault_dir):  # type: ignore[no-untyped-def]
    from intake.review.store import list_entities
    from intake.vault.open import unlock

    with unlock(vault_dir, PASS) as vault:
        return [(e.name, e.aliases) for e in list_entities(vault)]


def test_entities_add_asks_at_a_hidden_prompt(vault_dir, cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(["--vault", str(vault_dir), "entities", "add", "--kind", "person"],
                         input=f"{PASS}\nМарина Ковальчук\nМаринка; Marina Kovalchuk\n")
    assert code == 0, err
    assert out == "registered person with 2 alias(es)\n"
    assert "command line" not in err and "Ковальчук" not in out + err and "Маринка" not in out + err
    assert _entities(vault_dir) == [("Марина Ковальчук", ("Маринка", "Marina Kovalchuk"))]


def test_entities_add_reads_standard_input(vault_dir, cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(["--vault", str(vault_dir), "entities", "add", "--kind", "prison", "--from-file", "-"],
                         input=f"{PASS}\nЖодино\n")
    assert (code, out) == (0, "registered detention with 0 alias(es)\n") and "command line" not in err


def test_entities_add_with_the_name_as_argument_still_works_with_a_warning(vault_dir, cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(["--vault", str(vault_dir), "entities", "add", "Павел Соколов", "--kind", "person",
                          "--alias", "Паша"], input=PASS + "\n")
    assert code == 0 and out == "registered person with 1 alias(es)\n"
    assert err.startswith(WARN_NAME)
    assert _entities(vault_dir) == [("Павел Соколов", ("Паша",))]


def test_export_allow_refuses_a_label_with_the_new_syntax(vault_dir, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(["--vault", str(vault_dir), "export", "--to", str(tmp_path / "o"), "--all-approved",
                          "--allow", "PERSON", "--reason", "false positive"], input=PASS + "\n")
    assert code == 2 and out == ""
    assert err.endswith("intake: error: --allow takes an exact text, never a label\n"
                        "intake: hint: give the exact text, or TRANSCRIPT_ID:SEGMENT:TEXT for that text in one "
                        "segment\n")
    assert "intake: warning: --allow puts identifying text on the command line" in err


def test_export_allow_from_stdin_needs_a_reason_and_waives_one_occurrence(vault_dir, make_media, cli,
                                                                         tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gate_helpers import approve_raw, plant

    from intake.review.store import add_entity
    from intake.vault.open import unlock

    with unlock(vault_dir, PASS) as vault:
        add_entity(vault, "Марина Ковальчук", "person", [], "f")
        tid = pseudonymised(vault, make_media, ["Передачу собрали быстро."], 985)
        approve_raw(vault, tid)
        # planted in lower case, as speech recognition writes it: a capitalised plant is refused by the
        # independent residual-risk gate too, which no leak-check allowance waives (test_residual_gate.py)
        plant(vault, tid, "марины ковальчук")
    args = ["--vault", str(vault_dir), "--passphrase-file", str(tmp_path / "pass"), "export", "--to",
            str(tmp_path / "o"), "--all-approved", "--format", "txt", "--allow-from", "-"]
    (tmp_path / "pass").write_text(PASS + "\n")
    code, _, err = cli(args, input=f"{tid}:0:марины ковальчук\n")
    assert code == 2 and "intake: error: give --reason WHY with --allow or --allow-from" in err
    code, out, err = cli([*args, "--reason", "consented, public statement"], input=f"{tid}:0:марины ковальчук\n")
    assert code == 0, err
    assert out.startswith("export ") and "1 transcript(s)" in out


def test_speakers_names_from_standard_input(vault_dir, make_media, cli) -> None:  # type: ignore[no-untyped-def]
    import json

    from intake.vault.open import unlock

    with unlock(vault_dir, PASS) as vault:
        tid = pseudonymised(vault, make_media, ["Передачу собрали быстро.", "Да."], 987)
        doc = json.loads(vault.conn.execute("SELECT segments FROM transcripts WHERE id=?", (tid,)).fetchone()[0])
        for seg, label in zip(doc["segments"], ("S1", "S2"), strict=True):
            seg["speaker"] = label  # as diarisation would have labelled them
        vault.conn.execute("UPDATE transcripts SET segments=? WHERE id=?", (json.dumps(doc), tid))
    args = ["--vault", str(vault_dir), "speakers", tid]
    code, out, err = cli([*args, "--names-from", "-"], input=f"{PASS}\nS1=Interviewer\nS2=Respondent\n")
    assert code == 0 and "command line" not in err
    assert "S1 (Interviewer)" in out and "S2 (Respondent)" in out
    code, _, err = cli([*args, "--name", "S1=Moderator"], input=PASS + "\n")
    assert code == 0 and "intake: warning: --name puts text on the command line" in err
