"""``intake keys …`` and ``intake panic`` as a user types them: prompts through input=, exact messages."""

from __future__ import annotations

import json
import re
from pathlib import Path

PASS = "correct horse battery staple"
SECOND = "second steward passphrase"


def _env(vault_dir: Path) -> dict[str, str]:
    return {"INTAKE_VAULT": str(vault_dir)}


def test_list_add_remove(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(["keys", "add", "--label", "Ганна"], input=f"{PASS}\n{SECOND}\n{SECOND}\n",
                         env=_env(vault_dir))
    assert code == 0, err
    new_id = re.fullmatch(r"added key slot ([0-9a-f]{16})\n", out).group(1)  # type: ignore[union-attr]
    assert PASS not in out + err and SECOND not in out + err
    code, out, _ = cli(["keys", "list"], input=f"{SECOND}\n", env=_env(vault_dir))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["slot", "kind", "label", "kdf", "added"]
    assert any(line.startswith("*") and new_id in line and "Ганна" in line for line in lines)
    code, out, _ = cli(["keys", "list", "--json"], input=f"{PASS}\n", env=_env(vault_dir))
    assert [s["id"] for s in json.loads(out)][1] == new_id
    code, out, err = cli(["keys", "remove", new_id], input=f"{PASS}\ny\n", env=_env(vault_dir))
    assert code == 0 and out == f"removed passphrase slot {new_id}\n"
    assert "can still open that copy" in err


def test_add_mismatch_asks_again(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    typed = f"{PASS}\n{SECOND}\nother words here!!\n{SECOND}\n{SECOND}\n"
    code, _, err = cli(["keys", "add", "--label", "B"], input=typed, env=_env(vault_dir))
    assert code == 0 and "do not match" in err.lower()


def test_remove_last_is_refused(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli(["keys", "list", "--json"], input=f"{PASS}\n", env=_env(vault_dir))
    only = json.loads(out)[0]["id"]
    code, _, err = cli(["keys", "remove", only, "--yes"], input=f"{PASS}\n", env=_env(vault_dir))
    assert code == 6
    assert "intake: error: refusing to remove the last passphrase slot\nintake: hint: add another" in err


def test_passwd(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    new = tmp_path / "new.txt"
    new.write_text("brand new passphrase words\n")
    code, out, err = cli(["keys", "passwd", "--new-passphrase-file", str(new)], input=f"{PASS}\n", env=_env(vault_dir))
    assert code == 0 and out.startswith("passphrase of key slot ") and out.endswith(" changed\n"), err
    assert cli(["keys", "list"], input=f"{PASS}\n", env=_env(vault_dir))[0] == 4
    assert cli(["keys", "list"], input="brand new passphrase words\n", env=_env(vault_dir))[0] == 0


def test_new_passphrase_is_never_taken_from_the_environment(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    env = {**_env(vault_dir), "INTAKE_PASSPHRASE": PASS}
    code, _, err = cli(["keys", "add", "--label", "B"], input=f"{SECOND}\n{SECOND}\n", env=env)
    assert code == 0, err
    assert cli(["keys", "list"], input=f"{SECOND}\n", env=_env(vault_dir))[0] == 0


def test_rotate(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    cli(["keys", "add", "--label", "B"], input=f"{PASS}\n{SECOND}\n{SECOND}\n", env=_env(vault_dir))
    code, out, err = cli(["keys", "rotate"], input=f"{PASS}\ny\n", env=_env(vault_dir))
    assert code == 0, err
    assert "rotation removes 1 other slot(s)" in err
    assert out.startswith("master key rotated; catalog re-encrypted; 2 audit rows re-signed\nremoved passphrase slot")
    assert cli(["keys", "list"], input=f"{SECOND}\n", env=_env(vault_dir))[0] == 4
    code, out, _ = cli(["audit", "verify"], input=f"{PASS}\n", env=_env(vault_dir))
    assert code == 0 and out.startswith("audit log intact: 3 rows")  # init, add, rotate


def test_rotate_declined_changes_nothing(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    cli(["keys", "add", "--label", "B"], input=f"{PASS}\n{SECOND}\n{SECOND}\n", env=_env(vault_dir))
    before = (vault_dir / "keyslots.bin").read_bytes()
    code, _, _ = cli(["keys", "rotate"], input=f"{PASS}\nn\n", env=_env(vault_dir))
    assert code == 130 and (vault_dir / "keyslots.bin").read_bytes() == before


def test_recipient_comes_from_the_unlocked_vault_with_its_fingerprint(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from crypto.agefile import recipient_fingerprint

    doc = json.loads((vault_dir / "vault.json").read_text())
    fingerprint = recipient_fingerprint(doc["recipient"])
    code, out, err = cli(["keys", "recipient"], input=f"{PASS}\n", env=_env(vault_dir))
    assert code == 0 and out == doc["recipient"] + "\n" and f"fingerprint {fingerprint}" in err
    code, out, _ = cli(["keys", "recipient", "--json"], input=f"{PASS}\n", env=_env(vault_dir))
    assert json.loads(out) == {"id": doc["vault_id"], "vault_id": doc["vault_id"], "recipient": doc["recipient"],
                               "fingerprint": fingerprint}


def _create_shares(cli, vault_dir: Path) -> list[str]:  # type: ignore[no-untyped-def]
    code, out, err = cli(["keys", "recovery", "create", "--shares", "3", "--threshold", "2"], input=f"{PASS}\n",
                         env=_env(vault_dir))
    assert code == 0, err
    assert "any 2 of these 3 shares open the vault" in out
    return [line for line in out.splitlines() if len(line.split()) >= 20]


def test_recovery_create_and_unlock_by_prompt(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    shares = _create_shares(cli, vault_dir)
    assert len(shares) == 3
    code, out, err = cli(["keys", "recovery", "unlock", "--label", "me"],
                         input=f"{shares[2]}\n{shares[0]}\nafter recovery words\nafter recovery words\n",
                         env=_env(vault_dir))
    assert code == 0, err
    assert out.startswith("recovered; new passphrase slot ")
    assert "Share 2 of 2" in err and shares[0] not in out + err
    assert cli(["keys", "list"], input="after recovery words\n", env=_env(vault_dir))[0] == 0


def test_mistyped_share_is_asked_again(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    shares = _create_shares(cli, vault_dir)
    words = shares[1].split()
    words[3] = "academic" if words[3] != "academic" else "acid"
    code, _, err = cli(["keys", "recovery", "unlock"],
                       input=f"{' '.join(words)}\n{shares[1]}\n{shares[0]}\n" + "after recovery words\n" * 2,
                       env=_env(vault_dir))
    assert code == 0, err
    assert ("intake: warning: a recovery share is mistyped or incomplete (its checksum does not match);"
            " type it again") in err
    prompts = {"type", "again", "repeat"}  # SLIP-39 words that also occur in the warning and prompts
    assert not (set(words) | set(shares[0].split())) - prompts & set(err.lower().split())  # hidden input


def test_recovery_unlock_from_file_with_too_few_shares(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shares = _create_shares(cli, vault_dir)
    file = tmp_path / "shares.txt"
    file.write_text(shares[1] + "\n\n")
    code, _, err = cli(["keys", "recovery", "unlock", "--shares-file", str(file)],
                       input="after recovery words\nafter recovery words\n", env=_env(vault_dir))
    assert code == 1
    assert err.endswith("intake: error: 2 different shares are needed, 1 were given\n")
    assert "New passphrase" not in err  # the shares are checked before a new passphrase is asked for


def test_panic_confirmation_and_recovery(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shares = _create_shares(cli, vault_dir)
    before = (vault_dir / "keyslots.bin").read_bytes()
    code, _, err = cli(["panic"], input="no\n", env=_env(vault_dir))
    assert code == 6 and "not confirmed; nothing was changed" in err
    assert (vault_dir / "keyslots.bin").read_bytes() == before
    code, out, _ = cli(["panic"], input="DESTROY\n", env=_env(vault_dir))
    assert code == 0 and out.startswith("destroyed 1 passphrase slot(s)")
    assert "the recovery slot is kept" in out
    assert cli(["status"], input=f"{PASS}\n", env=_env(vault_dir))[0] == 4
    file = tmp_path / "shares.txt"
    file.write_text("\n".join(shares[:2]))
    code, _, err = cli(["keys", "recovery", "unlock", "--shares-file", str(file)],
                       input="after recovery words\nafter recovery words\n", env=_env(vault_dir))
    assert code == 0, err


def test_panic_without_recovery_warns(cli, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(["panic", "--yes"], env=_env(vault_dir))
    assert code == 0 and "NO recovery slot" in err and "recovery slot is kept" not in out
