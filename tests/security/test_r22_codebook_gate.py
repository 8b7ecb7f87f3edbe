"""Review round 22, finding 1: a custom codebook goes through the same gates as transcript text.

Before, ``intake export --codebook my.qdc`` wrote code names and descriptions as they were into
``codebook.csv``, ``refi-qda/codebook.qdc`` and ``interviews.qdpx``: a registered name, a phone and an
e-mail reached the coders with exit 0. Now every exported text of a custom codebook passes the known-name
matcher, the pattern check and the independent residual scan; a hit refuses the export before anything is
written, naming the code by its position, never by its text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gate_helpers import pseudonymised

from intake.errors import CodebookLeak
from intake.review.release import ExportRequest, export
from intake.review.store import add_entity
from intake.review.workflow import approve

PASS = "correct horse battery staple"
LINES = ["Thank you for coming today.", "We talked about support for families."]
SECRETS = ("Ivan Petrov", "Петрова", "375 29 123 45 67", "ivan.petrov@example.org", "Zlotnik")


def _code(guid: int, name: str, description: str = "") -> str:
    desc = f"<Description>{description}</Description>" if description else ""
    return (f'<Code guid="00000000-0000-4000-8000-{guid:012d}" name="{name}" isCodable="true">{desc}</Code>')


def _qdc(path: Path, *codes: str) -> Path:
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
                    f"<Codes>{''.join(codes)}</Codes></CodeBook>", encoding="utf-8")
    return path


LEAKY = (
    _code(1, "Legal aid", "Lawyers and fees."),
    _code(2, "Help from Ivan Petrov", "What he did."),            # a registered name in a name
    _code(3, "Calls", "The hotline +375 29 123 45 67 was used."),  # a phone in a description
    _code(4, "Mail", "Write to ivan.petrov@example.org"),          # an e-mail (and the name again)
    _code(5, "Helpers", "Visits by Anna Zlotnik and others."),     # an unknown capitalised word: residual
)


def _approved_vault(vault_dir: Path, make_media, freq: int) -> None:  # type: ignore[no-untyped-def]
    from intake.vault.open import unlock

    with unlock(vault_dir, PASS) as vault:
        add_entity(vault, "Ivan Petrov", "person", [], "m")
        tid = pseudonymised(vault, make_media, LINES, freq, language="en")
        approve(vault, tid, accept_rest=True)


def test_r22_export_refuses_a_codebook_with_a_name_a_phone_and_an_email(vault_dir, make_media, cli,
                                                                        tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _approved_vault(vault_dir, make_media, 2201)
    book = _qdc(tmp_path / "my.qdc", *LEAKY)
    out = tmp_path / "out"
    code, stdout, err = cli(["--vault", str(vault_dir), "export", "--to", str(out), "--all-approved",
                             "--format", "txt,qdpx", "--codebook", str(book)], input=PASS + "\n")
    assert code == 6, err
    assert "intake: error: the codebook holds text that may identify someone; nothing was exported:" in err
    assert ("\n  code 2 (name): a known name, the residual-risk check (capitalised words only)"
            "\n  code 3 (description): a pattern (PHONE), the residual-risk check"
            "\n  code 4 (description): a known name, a pattern (EMAIL), the residual-risk check"
            "\n  code 5 (description): the residual-risk check (capitalised words only)\nintake: hint: ") in err
    assert "  code 1 (" not in err
    assert "intake: hint: " in err and "codebook" in err.split("intake: hint: ", 1)[1]
    assert not any(s.lower() in (stdout + err).lower() for s in SECRETS)
    assert not out.exists() or not any(out.rglob("*"))


def test_r22_a_clean_custom_codebook_and_the_builtin_one_still_export(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Ivan Petrov", "person", [], "m")
    tid = pseudonymised(vault, make_media, LINES, 2202, language="en")
    approve(vault, tid, accept_rest=True)
    clean = _qdc(tmp_path / "clean.qdc", LEAKY[0], _code(6, "Family support", "Help for relatives."))
    record = export(vault, ExportRequest(to=tmp_path / "a", all_approved=True, formats=frozenset({"txt"}),
                                         codebook=str(clean)))
    assert (Path(record.destination) / "codebook.csv").read_text(encoding="utf-8-sig").count("Family support") == 1
    export(vault, ExportRequest(to=tmp_path / "b", all_approved=True, formats=frozenset({"qdpx"}),
                                codebook="dolowitz-marsh"))


@pytest.mark.parametrize("index", range(1, 5))
def test_r22_each_leaky_code_alone_refuses_the_library_export(vault, make_media, tmp_path: Path, index: int) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Ivan Petrov", "person", [], "m")
    tid = pseudonymised(vault, make_media, LINES, 2210 + index, language="en")
    approve(vault, tid, accept_rest=True)
    book = _qdc(tmp_path / "one.qdc", LEAKY[0], LEAKY[index])
    with pytest.raises(CodebookLeak) as caught:
        export(vault, ExportRequest(to=tmp_path / "o", all_approved=True, formats=frozenset({"txt", "qdpx"}),
                                    codebook=str(book)))
    assert "code 2 " in caught.value.message
    assert not any(s.lower() in caught.value.message.lower() for s in SECRETS)
    assert not (tmp_path / "o").exists()
    assert vault.conn.execute("SELECT count(*) FROM exports").fetchone()[0] == 0


def test_r22_a_name_in_a_nested_code_is_named_by_its_position(vault, make_media, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_entity(vault, "Ivan Petrov", "person", [], "m")
    tid = pseudonymised(vault, make_media, LINES, 2220, language="en")
    approve(vault, tid, accept_rest=True)
    nested = ('<Code guid="00000000-0000-4000-8000-000000000010" name="Support" isCodable="true">'
              + _code(11, "Legal", "") + _code(12, "Petrov's help", "") + "</Code>")
    book = _qdc(tmp_path / "nested.qdc", nested)
    with pytest.raises(CodebookLeak, match=r"code 3 \(name\)"):
        export(vault, ExportRequest(to=tmp_path / "o", all_approved=True, formats=frozenset({"qdpx"}),
                                    codebook=str(book)))


def test_r22_codebook_reviewed_lets_capitalised_words_through_and_nothing_else(vault, make_media,  # type: ignore[no-untyped-def]
                                                                               tmp_path: Path) -> None:
    add_entity(vault, "Ivan Petrov", "person", [], "m")
    tid = pseudonymised(vault, make_media, LINES, 2230, language="en")
    approve(vault, tid, accept_rest=True)
    places = _code(7, "Emigration", "Routes through Poland and Lithuania; help from NGOs.")
    book = _qdc(tmp_path / "places.qdc", LEAKY[0], places)
    request = ExportRequest(to=tmp_path / "o", all_approved=True, formats=frozenset({"txt"}), codebook=str(book))
    with pytest.raises(CodebookLeak, match=r"code 2 \(description\): the residual-risk check \(capitalised"):
        export(vault, request)
    reviewed = ExportRequest(to=tmp_path / "o", all_approved=True, formats=frozenset({"txt"}), codebook=str(book),
                             codebook_reviewed=True)
    record = export(vault, reviewed)
    assert "Poland and Lithuania" in (Path(record.destination) / "codebook.csv").read_text(encoding="utf-8-sig")
    event = vault.conn.execute("SELECT details FROM audit WHERE action = 'export' ORDER BY seq DESC").fetchone()[0]
    assert '"codebook_reviewed":1' in event
    for index in (1, 2, 3):  # a known name, a phone, an e-mail: never waived
        leaky = _qdc(tmp_path / f"l{index}.qdc", places, LEAKY[index])
        with pytest.raises(CodebookLeak, match=r"code 2 "):
            export(vault, ExportRequest(to=tmp_path / f"x{index}", all_approved=True, formats=frozenset({"txt"}),
                                        codebook=str(leaky), codebook_reviewed=True))
