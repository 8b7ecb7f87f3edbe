"""One error hierarchy for the whole application.

Every error the library raises on purpose is an :class:`IntakeError`. Its message is what the user sees
after ``intake: error:``; its ``hint`` (optional) follows as ``intake: hint:``; its ``exit_code`` is the
process exit status documented in ``docs/cli.md``. Messages never contain secrets, passphrases or
plaintext from interviews: callers pass identifiers, counts and file paths only.
"""

from __future__ import annotations


class ExitCode:
    """Documented process exit codes (docs/cli.md, "Exit codes")."""

    OK = 0
    ERROR = 1
    USAGE = 2
    NOT_FOUND = 3
    AUTH = 4
    DAMAGED = 5
    REFUSED = 6
    PARTIAL = 7
    LOCKED = 8
    MODEL = 9
    BLOBS = 10
    AUDIT = 11
    INTERRUPTED = 130


class IntakeError(Exception):
    """something went wrong"""

    exit_code: int = ExitCode.ERROR
    default_hint: str | None = None

    def __init__(self, message: str | None = None, *, hint: str | None = None) -> None:
        text = message if message is not None else (self.__doc__ or "error").strip()
        super().__init__(text)
        self.message = text
        self.hint = hint if hint is not None else self.default_hint


class Interrupted(KeyboardInterrupt):
    """interrupted; finished work is kept, the unfinished item was discarded"""

    exit_code = ExitCode.INTERRUPTED

    def __init__(self, message: str | None = None) -> None:
        text = message if message is not None else (self.__doc__ or "interrupted").strip()
        super().__init__(text)
        self.message = text


class UsageError(IntakeError):
    """invalid arguments"""

    exit_code = ExitCode.USAGE


class NoTerminal(UsageError):
    """no terminal to ask the passphrase at"""

    default_hint = ("give it with --passphrase-file FILE (before the command: intake --passphrase-file FILE "
                    "COMMAND), set INTAKE_PASSPHRASE, or start 'intake unlock' in a terminal first")


class NotFoundError(IntakeError):
    """not found"""

    exit_code = ExitCode.NOT_FOUND


class NoVaultError(NotFoundError):
    """no vault here"""

    default_hint = "create one with 'intake init PATH', or pass --vault PATH / set INTAKE_VAULT"


class AuthError(IntakeError):
    """wrong passphrase or damaged key slot"""

    exit_code = ExitCode.AUTH
    default_hint = "check the passphrase (it is case-sensitive); a damaged slot can be replaced by another steward"


class VaultPanicked(AuthError):
    """no passphrase opens this vault: its key area says it was panicked (or someone replaced its header)"""

    default_hint = ("open it with recovery shares ('intake keys recovery unlock'); if nobody ran 'intake panic' "
                    "on it, restore keyslots.bin from a copy made before")


class DamagedError(IntakeError):
    """the vault is damaged"""

    exit_code = ExitCode.DAMAGED
    default_hint = "run 'intake verify' for details; restore damaged files from a backup"


class RefusedError(IntakeError):
    """refused"""

    exit_code = ExitCode.REFUSED


class PartialFailure(IntakeError):
    """some items failed"""

    exit_code = ExitCode.PARTIAL


class LockedError(IntakeError):
    """the vault is busy: another intake process holds it"""

    exit_code = ExitCode.LOCKED
    default_hint = "wait for the other command to finish, then try again"


class AgentError(IntakeError):
    """the unlock agent cannot be used"""


class ModelError(IntakeError):
    """the speech model cannot be used"""

    exit_code = ExitCode.MODEL


class InputError(IntakeError):
    """the input file cannot be used"""


class TooLong(InputError):
    """the recording is longer than the duration cap"""

    default_hint = "a longer recording can be allowed with --max-duration HOURS (docs/cli.md)"


class LeakGateError(RefusedError):
    """the leak check found identifying text in what would be exported"""

    def __init__(self, lines: list[str], fixes: list[str] | None = None) -> None:
        first = "run " + "; ".join(f"'{f}'" for f in fixes) if fixes else "review those transcripts"
        super().__init__("the leak check found identifying text; nothing was exported:\n  " + "\n  ".join(lines),
                         hint=f"{first} (in review, key k keeps one occurrence, with a reason), or waive one "
                              "false positive with --allow-from FILE and --reason (audited)")


class CodebookLeak(RefusedError):
    """the codebook holds text that may identify someone; nothing was exported"""

    default_hint = ("rename or reword those codes in the codebook (by their position in the file: code 1 is the "
                    "first <Code>, nested codes counted in order) and export again; where only capitalised words "
                    "were flagged and you have read every code, --codebook-reviewed lets those through (audited)")

    def __init__(self, lines: list[str]) -> None:
        super().__init__(f"{(self.__doc__ or '').strip()}:\n  " + "\n  ".join(lines))


class UndecidedItems(RefusedError):
    """some plan items have no decision yet"""

    def __init__(self, tid: str, undecided: int, total: int, labels: str) -> None:
        super().__init__(f"transcript {tid}: {undecided} of {total} item(s) still undecided ({labels})",
                         hint=f"decide them with 'intake review {tid}', or approve them as suggested with "
                              f"'intake approve {tid} --accept-rest' (audited)")


class ResidualRiskError(RefusedError):
    """the residual-risk check found text that may still identify someone"""

    def __init__(self, lead: str, lines: list[str], tids: list[str]) -> None:
        commands = "; ".join(f"'intake residual {tid}'" for tid in tids)
        super().__init__(f"{lead} the residual-risk check found {len(lines)} unresolved hit(s):\n  "
                         + "\n  ".join(lines),
                         hint=f"list the hits with their ids, then mask each (--mask ID) or release it with a "
                              f"reason (--release ID --reason WHY, audited): {commands}")


class BlobsDamaged(DamagedError):
    """Blobs are missing, damaged or unexpected."""

    exit_code = ExitCode.BLOBS
    default_hint = "restore the named blobs from a backup; extra files may be leftovers of another vault"


class RecordingDamaged(BlobsDamaged):
    """a recording's encrypted audio does not match the catalog"""

    default_hint = ("run 'intake verify' to list every damaged blob; restore this one from a backup. Someone who can "
                    "write to the vault folder may have replaced it: nothing of it was used")

    def __init__(self, rec_id: str) -> None:
        super().__init__(f"recording {rec_id}: its encrypted audio is damaged, missing or replaced (it does not "
                         "decrypt to the checksum and size in the catalog); refused")


class AuditBroken(DamagedError):
    """The audit chain is broken."""

    exit_code = ExitCode.AUDIT
    default_hint = "restore catalog.db from a backup and compare; 'intake audit show' lists the rows"


class CodeNamesEntity(InputError):
    """an interview or interviewer code contains a registered name"""

    exit_code = ExitCode.REFUSED
    default_hint = "use a pseudonymous code such as P-017; a code becomes a file name and goes to the coders"


class WrongVault(InputError):
    """the package was made for another vault"""

    default_hint = "import it on the machine of the vault whose recipient the field directory holds"


class FieldIdentityRetired(InputError):
    """the package was made for a field identity this vault retired; it can no longer be opened"""

    exit_code = ExitCode.REFUSED
    default_hint = ("import outstanding packages before retiring the field identity; on the field device run "
                    "'intake field init' in a new folder with the recipient 'intake keys recipient' prints now, and "
                    "package the originals again there")


class RecordingWithdrawn(InputError):
    """this recording was withdrawn (consent withdrawn or retention); it is not imported again"""

    exit_code = ExitCode.REFUSED
    default_hint = ("there is no override: the vault destroyed this recording on purpose. Delete this leftover "
                    "copy (docs/guide-steward.md, 'Consent withdrawn'); if the interviewee has consented again, "
                    "record a new interview and ingest that")


class PackageDamaged(InputError):
    """the package is damaged (truncated or changed since it was written)"""


class TranscriptUnreadable(InputError):
    """the transcript file cannot be read"""

    default_hint = "docs/import.md lists the layouts Intake reads"


class AmbiguousLayout(TranscriptUnreadable):
    """the transcript's layout is ambiguous: Intake does not guess"""

    default_hint = ("say which layout it is with --layout (plain, labelled, stamped, label-stamped, speaker-lines); "
                    "docs/import.md shows each")


class UndecidableEncoding(TranscriptUnreadable):
    """the text encoding of the transcript cannot be decided"""

    default_hint = "save the file as UTF-8, or name its encoding with --encoding (utf-8, utf-16, cp1251)"


class TranscriptTooLarge(TranscriptUnreadable):
    """the transcript file is larger than Intake reads"""

    default_hint = "split it into parts (each part is imported as a version of its own), or check it is a transcript"


class CatalogRolledBack(DamagedError):
    """the catalog is older than the key area records (a rollback or a restored backup); refusing to use it"""

    default_hint = ("restore the newest copy of catalog.db; 'intake verify' or 'intake audit verify' shows the "
                    "details; if you restored an old backup on purpose, 'intake audit accept-rollback' records "
                    "that in the audit log and makes it the vault's catalog")

    def __init__(self, detail: str) -> None:
        super().__init__(f"{(self.__doc__ or '').strip()}: {detail}")


class HeaderMismatch(DamagedError):
    """vault.json does not match the vault's authenticated key area"""

    default_hint = ("someone may have edited vault.json: do not give this vault's public key to field laptops "
                    "until a steward has compared its fingerprint ('intake keys recipient')")
