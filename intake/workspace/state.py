"""The workspace's state in memory: the unlocked vault, undo stacks, the one decrypted recording, and locking.

Nothing here is written to disk. Locking stores the anonymised version of every transcript whose plan
changed (so the CLI sees finished work), drops the decrypted audio and the undo stacks, empties the
detectors' word caches (``intake.pseudonymise.forget``) and closes the vault; afterwards every API call
answers 423 and the page says the vault is locked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from intake.errors import IntakeError, RefusedError
from intake.pseudonymise.forget import forget_words

if TYPE_CHECKING:
    from intake.pseudonymise.plan import Plan
    from intake.transcripts.store import StoredSegment
    from intake.vault.open import Vault

MAX_UNDO = 200


class WorkspaceLocked(RefusedError):
    """the workspace is locked: start 'intake workspace' again"""


@dataclass
class Workspace:
    vault: Vault | None
    undo: dict[str, list[Plan]] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    audio: tuple[str, bytes] | None = None  # (recording id, decrypted bytes): at most one recording
    raw: dict[str, list[StoredSegment]] = field(default_factory=dict)  # raw segments of opened transcripts
    locked_reason: str | None = None

    def require(self) -> Vault:
        if self.vault is None:
            raise WorkspaceLocked()
        return self.vault

    def segments(self, tid: str) -> list[StoredSegment]:
        """The raw segments of ``tid`` (read once per run: a transcript version never changes)."""
        from intake.transcripts.store import load_segments

        if tid not in self.raw:
            self.raw[tid] = load_segments(self.require(), tid)
        return self.raw[tid]

    def remember(self, tid: str, plan: Plan) -> None:
        """Push the plan as it was before a change (for undo) and mark the transcript for a refresh."""
        stack = self.undo.setdefault(tid, [])
        stack.append(plan)
        del stack[:-MAX_UNDO]
        self.dirty.add(tid)

    def previous(self, tid: str) -> Plan | None:
        stack = self.undo.get(tid)
        return stack.pop() if stack else None

    def flush(self, keep: str | None = None) -> None:
        """Store the anonymised version of every changed transcript except ``keep`` (the one on screen)."""
        from intake.review.edits import refresh_anonymised

        vault = self.require()
        for tid in sorted(self.dirty - {keep} if keep else self.dirty):
            refresh_anonymised(vault, tid)
            self.dirty.discard(tid)

    def lock(self, reason: str) -> None:
        """Flush, forget the plaintext held here and the words the detectors cached, close the vault. Safe to
        call twice."""
        if self.vault is None:
            return
        try:
            self.flush()
        except IntakeError:
            pass  # the plan is saved; 'intake review' or the next workspace stores its anonymised version
        finally:
            self.audio = None
            self.raw.clear()
            self.undo.clear()
            forget_words()
            self.vault.close()
            self.vault = None
            self.locked_reason = reason
