"""Locking the workspace empties the detectors' word caches (the words of the transcripts reviewed)."""

from __future__ import annotations

from intake.pseudonymise import detect
from intake.pseudonymise.forget import forget_words
from intake.workspace.state import Workspace


class _Vault:
    closed = False

    def close(self) -> None:
        self.closed = True


def _cached() -> int:
    from intake.pseudonymise import inflect

    return int(inflect.morph().parse.cache_info().currsize)


def test_lock_empties_the_word_caches() -> None:
    forget_words()
    detect("Потом Зюзюкевичанск позвонил мне.", "ru")
    assert _cached() > 0
    vault = _Vault()
    ws = Workspace(vault=vault)  # type: ignore[arg-type]
    ws.lock("test")
    assert vault.closed and ws.locked_reason == "test"
    assert _cached() == 0
