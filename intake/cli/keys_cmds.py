"""``intake keys list|add|remove|passwd|rotate|recipient|retire-field-identity``, ``keys recovery create|unlock``,
``intake panic``."""

from __future__ import annotations

from pathlib import Path

import click

from intake.cli.common import emit_json, json_option, table, vault_path, vault_settings, warn
from intake.cli.lazy import SuggestingGroup
from intake.cli.unlocking import new_passphrase_twice, open_vault
from intake.errors import InputError, NoVaultError, RefusedError, UsageError

new_passphrase_file = click.option(
    "--new-passphrase-file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Read the NEW passphrase from the first line of this file instead of asking twice.")
yes_option = click.option("--yes", is_flag=True, help="Do not ask for confirmation.")


def new_passphrase(file: Path | None, prompt: str) -> str:
    """Always a fresh prompt (twice) or a file: never INTAKE_PASSPHRASE, which holds the unlocking one."""
    if file is not None:
        with open(file, encoding="utf-8") as fh:
            value = fh.readline().rstrip("\r\n")
        if not value:
            raise UsageError("the new passphrase file is empty")
        return value
    from intake.vault.open import check_passphrase

    return new_passphrase_twice(prompt, check_passphrase)


@click.group(cls=SuggestingGroup)
def keys() -> None:
    """Steward key slots, master-key rotation, recovery shares and the vault's public recipient."""


@keys.command("list")
@json_option
@click.pass_context
def keys_list(ctx: click.Context, as_json: bool) -> None:
    """List key slots: id, kind, label, KDF cost; '*' marks the slot you unlocked with.

    \b
    Examples:
      intake keys list
    """
    from intake.keys.slots import list_slots

    with open_vault(ctx) as vault:
        slots = list_slots(vault)
    if as_json:
        emit_json([s.to_dict() for s in slots])
        return
    rows = []
    for s in slots:
        cost = f"argon2id t={s.kdf['t']} m={s.kdf['m_kib'] // 1024} MiB p={s.kdf['p']}" if s.kdf else "shares"
        rows.append(("*" if s.current else "", s.id, s.kind, s.label or "(no label)", cost, s.added or ""))
    table(rows, ["", "slot", "kind", "label", "kdf", "added"])


@keys.command("add")
@click.option("--label", required=True, help="Who holds the new slot (stored encrypted in the catalog).")
@new_passphrase_file
@click.pass_context
def keys_add(ctx: click.Context, label: str, new_passphrase_file: Path | None) -> None:
    """Add a key slot for another steward: unlock with your passphrase, then the new one types theirs twice.

    \b
    Examples:
      intake keys add --label 'steward B'
    """
    from intake.keys.slots import add_slot, check_label

    check_label(label)
    with open_vault(ctx, agent=False) as vault:  # key management: the passphrase, never the agent
        secret = new_passphrase(new_passphrase_file, "New steward's passphrase")
        slot_id = add_slot(vault, secret, label)
    click.echo(f"added key slot {slot_id}")


@keys.command("remove")
@click.argument("slot")
@yes_option
@click.pass_context
def keys_remove(ctx: click.Context, slot: str, yes: bool) -> None:
    """Remove a key slot. The last passphrase slot cannot be removed.

    Removing a slot cannot take back what its holder already copied; see 'intake keys rotate'.

    \b
    Examples:
      intake keys remove 1a2b3c4d5e6f7a8b
    """
    from intake.keys.slots import remove_slot

    with open_vault(ctx, agent=False) as vault:  # key management: the passphrase, never the agent
        if not yes:
            click.confirm(f"Remove key slot {slot}?", abort=True, err=True)
        removed = remove_slot(vault, slot)
    click.echo(f"removed {removed.kind} slot {removed.id}")
    warn("a removed steward who kept a copy of keyslots.bin and the catalog can still open that copy; "
         "'intake keys rotate' changes the master key for everything written from now on")


@keys.command("passwd")
@new_passphrase_file
@click.pass_context
def keys_passwd(ctx: click.Context, new_passphrase_file: Path | None) -> None:
    """Change your passphrase: rewrites only the slot you unlocked with (new salt, nonce and key).

    \b
    Examples:
      intake keys passwd
    """
    from intake.keys.slots import change_passphrase

    with open_vault(ctx, agent=False) as vault:  # key management: the passphrase, never the agent
        change_passphrase(vault, new_passphrase(new_passphrase_file, "New passphrase"))
        click.echo(f"passphrase of key slot {vault.slot_id} changed")


@keys.command("rotate")
@yes_option
@click.pass_context
def keys_rotate(ctx: click.Context, yes: bool) -> None:
    """Replace the master key and re-encrypt the catalog; every other slot is removed and must be re-added.

    The recovery slot is removed too (its shares stop working): run 'keys recovery create' afterwards.
    Recordings are not re-encrypted (see docs/keys.md, "Rotation").

    \b
    Examples:
      intake keys rotate
    """
    from intake.agent.client import lock
    from intake.cli.unlocking import agent_socket, unlock_with_passphrase
    from intake.keys.rotate import rotate
    from intake.vault.header import read_header

    path = vault_path(ctx)
    vault_id = read_header(path).vault_id
    settings = vault_settings(ctx)
    vault, passphrase = unlock_with_passphrase(ctx, path, settings)  # it unlocks and seals the new master key
    with vault:
        others = [s for s in vault.area.state.slots if s.id != vault.slot_id]
        if others and not yes:
            click.echo(f"rotation removes {len(others)} other slot(s): {', '.join(s.id for s in others)}",
                       err=True)
            click.confirm("Continue?", abort=True, err=True)
        result = rotate(vault, passphrase)
        result.vault.close()
    click.echo(f"master key rotated; catalog re-encrypted; {result.remac_rows} audit rows re-signed")
    if lock(agent_socket(ctx, vault_id)):
        click.echo("the unlock agent held the old master key and was locked: run 'intake unlock' again")
    for slot in result.removed:
        click.echo(f"removed {slot.kind} slot {slot.id}")
    if result.removed:
        click.echo("re-add stewards with 'intake keys add' and make new shares with 'intake keys recovery create'")


@keys.command("recipient")
@json_option
@click.pass_context
def keys_recipient(ctx: click.Context, as_json: bool) -> None:
    """Print the vault's public age recipient and its fingerprint, for 'intake field init'.

    \b
    Examples:
      intake keys recipient
      intake keys recipient --json

    It unlocks the vault: the value comes from the authenticated key area and is checked against the
    catalog's identity, never from vault.json alone. Read the fingerprint to the interviewer by phone.
    """
    with open_vault(ctx) as vault:
        recipient, vault_id, fingerprint = vault.header.recipient, vault.header.vault_id.hex(), vault.fingerprint()
    if as_json:
        emit_json({"id": vault_id, "vault_id": vault_id, "recipient": recipient, "fingerprint": fingerprint})
        return
    click.echo(recipient)
    click.echo(f"fingerprint {fingerprint}", err=True)


@keys.command("retire-field-identity")
@yes_option
@click.pass_context
def keys_retire_field_identity(ctx: click.Context, yes: bool) -> None:
    """Replace the vault's field identity: leftover field packages made for the old one stop opening.

    After a withdrawal or retention deletion, copies of the field packages left anywhere (a field outbox,
    a USB stick, a download folder) can be opened by whoever holds this vault's key, even with a compelled
    passphrase. This gives the vault a new age identity and public recipient, moves the catalog to a new
    epoch so the old identity exists nowhere readable, and refuses packages made for the old recipient.
    Import outstanding packages FIRST; afterwards re-run 'intake field init' on every field device with
    the new recipient. Recordings already in the vault are not affected.

    \b
    Examples:
      intake keys retire-field-identity
      intake keys retire-field-identity --yes

    With a withdrawal: 'intake withdraw P-017 --retire-field-identity'.
    """
    from intake.keys.field_identity import retire_field_identity

    with open_vault(ctx) as vault:
        if not yes:
            click.echo("packages not yet imported that were made for the current recipient can no longer be "
                       "imported afterwards", err=True)
            click.confirm("Continue?", abort=True, err=True)
        report = retire_field_identity(vault)
    say_retired(report.retired.fingerprint, report.recipient, report.fingerprint)


def say_retired(old_fingerprint: str, recipient: str, fingerprint: str) -> None:
    """What the steward must do after a retirement (also printed by withdraw and retention)."""
    click.echo(f"field identity retired (fingerprint {old_fingerprint}); packages made for it are refused")
    click.echo(f"new vault recipient: {recipient}")
    click.echo(f"new recipient fingerprint: {fingerprint}")
    click.echo("re-run 'intake field init' on every field device with the new recipient, and compare the "
               "fingerprint by phone")


@keys.group("recovery", cls=SuggestingGroup)
def recovery() -> None:
    """Recovery shares (SLIP-39): k of n people together can restore access."""


@recovery.command("create")
@click.option("--shares", "count", type=int, default=5, show_default=True, help="Number of shares to make.")
@click.option("--threshold", type=int, default=3, show_default=True, help="Shares needed to recover.")
@click.pass_context
def recovery_create(ctx: click.Context, count: int, threshold: int) -> None:
    """Make recovery shares, shown once. A new set replaces the old one, whose shares stop working.

    \b
    Examples:
      intake keys recovery create --shares 5 --threshold 3
    """
    from intake.keys.recovery import check_split, create_recovery

    check_split(count, threshold)
    with open_vault(ctx, agent=False) as vault:  # key management: the passphrase, never the agent
        made = create_recovery(vault, count, threshold)
    click.echo(f"recovery slot {made.slot_id}: any {made.threshold} of these {len(made.shares)} shares open the vault.")
    click.echo("Write each on paper for a different person. They are shown only now and never stored.")
    for i, share in enumerate(made.shares, 1):
        click.echo(f"\nshare {i} of {len(made.shares)}:\n{share}")


@recovery.command("unlock")
@click.option("--shares-file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Read the shares from this file, one per line, instead of asking.")
@click.option("--label", default="recovered", show_default=True, help="Label of the new passphrase slot.")
@new_passphrase_file
@click.pass_context
def recovery_unlock(ctx: click.Context, shares_file: Path | None, label: str, new_passphrase_file: Path | None) -> None:
    """Open the vault with k recovery shares and set a new passphrase slot.

    \b
    Examples:
      intake keys recovery unlock --label 'steward A, new laptop'
    """
    from intake.keys.recovery import finish_recovery, unlock_with_shares
    from intake.vault.header import read_header

    path = vault_path(ctx)
    read_header(path)
    settings = vault_settings(ctx)
    with unlock_with_shares(path, _read_shares(shares_file), settings=settings) as vault:
        new_id = finish_recovery(vault, new_passphrase(new_passphrase_file, "New passphrase"), label)
    click.echo(f"recovered; new passphrase slot {new_id}")


def _read_shares(file: Path | None) -> list[str]:
    """From a file (one per line) or hidden prompts; a mistyped share (bad checksum) is asked again."""
    if file is not None:
        return [line for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    first, needed = _ask_share("Share 1")
    shares = [first]
    for i in range(2, needed + 1):
        shares.append(_ask_share(f"Share {i} of {needed}")[0])
    return shares


def _ask_share(prompt: str, attempts: int = 3) -> tuple[str, int]:
    from intake.keys.recovery import share_threshold

    for attempt in range(attempts):
        share: str = click.prompt(prompt, hide_input=True, err=True)
        try:
            return share, share_threshold(share)
        except InputError as err:
            if attempt == attempts - 1:
                raise
            warn(f"{err.message}; type it again")
    raise AssertionError("unreachable")


@click.command()
@yes_option
@click.pass_context
def panic(ctx: click.Context, yes: bool) -> None:
    """Destroy this device's passphrase slots now (no passphrase, no delay). Recovery shares still work.

    It cannot reach copies made before, old blocks on SSDs, or an attacker who already had a passphrase
    and a copy of the vault (docs/keys.md, "Panic"). When there is nothing to destroy (no vault given, a
    mistyped path, keyslots.bin missing or replaced) it says NOTHING was destroyed and exits 3 or 5.
    The prompt names the vault; only DESTROY in capital letters confirms.

    \b
    Examples:
      intake panic
      intake panic --yes
      intake panic --yes --vault ~/vault
    """
    from intake.cli.agent_cmds import lock_everything
    from intake.keys.panic import panic as do_panic
    from intake.keys.panic_target import panic_target

    path = _panic_path(ctx)
    if not panic_target(path).recovery:  # refuses first (before any prompt) when there is nothing to destroy
        warn("this vault has NO recovery slot: after panic only a backup of keyslots.bin can open it")
    if not yes:
        _confirm_destroy(path)
    report = do_panic(path)
    agents = lock_everything(ctx)
    click.echo(f"destroyed {report.destroyed_slots} passphrase slot(s): {report.positions_overwritten} key-area "
               f"position(s) overwritten and read back; removed {report.tmp_files} scratch file(s)")
    if not report.destroyed_slots:
        click.echo("no passphrase slot was listed (the vault was panicked before, or its key-area header was "
                   "unreadable); every position but the recovery slot's was overwritten all the same")
    if agents:
        click.echo(f"locked {agents} unlock agent(s)")
    if report.recovery_kept:
        click.echo("the recovery slot is kept: the threshold number of recovery shares opens the vault again with "
                   "'intake keys recovery unlock' (docs/guide-steward.md, 'Panic and recovery')")


def _panic_path(ctx: click.Context) -> Path:
    """The vault to panic; with none given, say that NOTHING was destroyed (not how to create a vault)."""
    from intake.keys.panic_target import NoVaultToPanic

    try:
        return vault_path(ctx)
    except NoVaultError:
        raise NoVaultToPanic("NOTHING was destroyed: no vault given",
                             hint="name it: 'intake panic --vault PATH', or set INTAKE_VAULT") from None


def _confirm_destroy(path: Path) -> None:
    """Ask for DESTROY in capitals; a lower-case answer is refused with a hint, never taken as yes."""
    typed = click.prompt(f"Type DESTROY to destroy the passphrase slots of the vault at {path}", err=True,
                         default="", show_default=False).strip()
    if typed == "DESTROY":
        return
    hint = "type DESTROY in capital letters" if typed.upper() == "DESTROY" else None
    raise RefusedError("not confirmed; nothing was changed", hint=hint)
