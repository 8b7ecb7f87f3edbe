"""A warning when detection runs without the optional Belarusian dictionary hunspell-be.

``be_vocab.DEFAULT_DIR`` is pointed at an empty folder (missing) or at the toy dictionary of
``tests/data/hunspell`` (present), so these tests never depend on the system package. Every sentence is invented.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intake.pseudonymise.detectors import be_vocab
from intake.pseudonymise.forget import forget_words
from intake.pseudonymise.vocabularies import missing_vocabularies, status_line, vocabulary_status
from intake.review.workflow import pseudonymise
from intake.transcripts.imports import ImportOptions, import_transcript
from intake.vault.open import Vault, unlock
from tests.conftest import PASSPHRASE, cheap_settings

Cli = Callable[..., tuple[int, str, str]]
TOY = Path(__file__).resolve().parents[1] / "data" / "hunspell"
TEXTS = {"be": "Мы доўга чакалі на вакзале.\nПотым прыйшоў аўтобус.\n",
         "ru": "Мы долго ждали на вокзале.\nПотом пришёл автобус.\n",
         "en": "We waited long at the station.\nThen the bus came.\n"}


def _forget() -> None:
    be_vocab.vocabulary.cache_clear()  # size one: forget_words keeps it
    forget_words()


def _point_to(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Iterator[None]:
    monkeypatch.setattr(be_vocab, "DEFAULT_DIR", folder)
    _forget()
    yield
    monkeypatch.undo()
    _forget()  # later tests read the real dictionary again, with no answer of the empty folder kept


@pytest.fixture
def missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    empty = tmp_path / "no-hunspell"
    empty.mkdir()
    yield from _point_to(monkeypatch, empty)


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield from _point_to(monkeypatch, TOY)


def _import(vault_dir: Path, tmp_path: Path, language: str) -> str:
    path = tmp_path / f"P-{language}.txt"
    path.write_text(TEXTS[language], encoding="utf-8")
    with unlock(vault_dir, PASSPHRASE, settings=cheap_settings()) as vault:
        tid = import_transcript(vault, path, ImportOptions(interview=f"P-{language}", language=language)).transcript_id
    assert tid is not None
    return tid


def _env(vault_dir: Path) -> dict[str, str]:
    return {"INTAKE_VAULT": str(vault_dir), "INTAKE_PASSPHRASE": PASSPHRASE}


def test_only_belarusian_without_the_dictionary_is_warned(missing: None) -> None:
    (message,) = missing_vocabularies("be")
    assert "hunspell-be" in message and "install-system-deps.sh" in message and "apt install hunspell-be" in message
    assert "fewer" in message and "docs/pseudonymisation-detection.md" in message
    assert missing_vocabularies("ru") == missing_vocabularies("en") == ()
    assert vocabulary_status() == {"hunspell-be": False}
    assert status_line(vocabulary_status()).startswith("missing: hunspell-be")


def test_no_warning_when_the_dictionary_is_read(toy: None) -> None:
    assert missing_vocabularies("be") == ()
    assert vocabulary_status() == {"hunspell-be": True}
    assert status_line(vocabulary_status()) == "hunspell-be present (Belarusian detection)"


def test_plan_summary_carries_the_warning(missing: None, vault: Vault, tmp_path: Path) -> None:
    for language, expected in (("be", 1), ("ru", 0), ("en", 0)):
        path = tmp_path / f"{language}.txt"
        path.write_text(TEXTS[language], encoding="utf-8")
        tid = import_transcript(vault, path, ImportOptions(interview=f"P-{language}", language=language)).transcript_id
        assert tid is not None
        summary = pseudonymise(vault, tid)
        assert len(summary.warnings) == expected, language
        assert all("hunspell-be" in w for w in summary.warnings)


@pytest.mark.parametrize("language", ["be", "ru"])
def test_cli_pseudonymise_warns_on_stderr(missing: None, cli: Cli, vault_dir: Path, tmp_path: Path,
                                          language: str) -> None:
    tid = _import(vault_dir, tmp_path, language)
    code, out, err = cli(["pseudonymise", tid], env=_env(vault_dir))
    assert code == 0, err
    assert "item(s) planned" in out and "hunspell-be" not in out
    assert ("intake: warning: the Belarusian dictionary hunspell-be is not installed" in err) == (language == "be")


def test_cli_pseudonymise_quiet_with_the_dictionary(toy: None, cli: Cli, vault_dir: Path, tmp_path: Path) -> None:
    tid = _import(vault_dir, tmp_path, "be")
    code, _, err = cli(["pseudonymise", tid], env=_env(vault_dir))
    assert code == 0 and "hunspell-be" not in err, err


@pytest.mark.parametrize("as_json", [False, True])
def test_pseudonymise_text_warns_on_stderr_only(missing: None, cli: Cli, as_json: bool) -> None:
    args = ["pseudonymise-text", "--language", "be", *(["--json"] if as_json else [])]
    code, out, err = cli(args, input=TEXTS["be"])
    assert code == 0, err
    assert err.startswith("intake: warning: the Belarusian dictionary hunspell-be is not installed")
    assert "hunspell-be" not in out
    if as_json:
        assert isinstance(json.loads(out), list)
    code, _, err = cli(["pseudonymise-text", "--language", "ru"], input=TEXTS["ru"])
    assert code == 0 and err == ""


def test_pseudonymise_text_quiet_with_the_dictionary(toy: None, cli: Cli) -> None:
    code, _, err = cli(["pseudonymise-text", "--language", "be"], input=TEXTS["be"])
    assert code == 0 and err == ""


def test_status_shows_the_vocabularies(missing: None, cli: Cli, vault_dir: Path) -> None:
    code, out, err = cli(["status"], env=_env(vault_dir))
    assert code == 0, err
    assert "vocabularies    missing: hunspell-be (" in out
    code, out, err = cli(["status", "--json"], env=_env(vault_dir))
    assert code == 0, err
    info = json.loads(out)
    assert info["vocabularies"] == {"hunspell-be": False} and "worklist" in info and "agent" in info


def test_status_json_with_the_dictionary(toy: None, cli: Cli, vault_dir: Path) -> None:
    code, out, err = cli(["status", "--json"], env=_env(vault_dir))
    assert code == 0, err
    assert json.loads(out)["vocabularies"] == {"hunspell-be": True}
