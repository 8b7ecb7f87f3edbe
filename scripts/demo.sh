#!/usr/bin/env bash
# `make demo`: the whole job on a throwaway vault and the bundled synthetic sample (invented names).
set -euo pipefail
cd "$(dirname "$0")/.."
INTAKE=".venv/bin/intake"
work=$(mktemp -d "${TMPDIR:-/tmp}/intake-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
export INTAKE_VAULT="$work/vault"
# A throwaway passphrase for a throwaway vault. Real vaults: type it at the hidden prompt.
export INTAKE_PASSPHRASE="demo passphrase, never use for real data"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "intake init (Argon2id 64 MiB for the demo's speed; real vaults default to 256 MiB)"
$INTAKE init "$INTAKE_VAULT" --kdf-memory 64
cp scripts/sample/sample-interview.ogg "$work/rec_0412.ogg"

step "intake ingest (encrypted to its own age identity, verified, original shredded)"
$INTAKE ingest "$work/rec_0412.ogg" --interview P-017 --language en --shred
$INTAKE recordings list

step "intake transcribe (local Whisper base; decrypted into memory only)"
$INTAKE transcribe --all --speakers 2
$INTAKE transcripts list

if $INTAKE entities --help >/dev/null 2>&1; then  # pseudonymisation and export are installed
  tid=$($INTAKE transcripts list --json | .venv/bin/python -c "import json,sys; print(json.load(sys.stdin)[-1]['id'])")
  step "intake entities add / pseudonymise / approve"
  # names go in through standard input, never as arguments (shell history, /proc/PID/cmdline)
  printf '%s\n' "Maria Ivanova" "Marie Ivanova" "Marie Imanova" | $INTAKE entities add --kind person --from-file -
  printf '%s\n' "Pavel Sokolov" | $INTAKE entities add --kind person --from-file -
  step "intake speakers (who said what; named by role, never by name)"
  $INTAKE speakers "$tid"
  first=$($INTAKE transcripts show "$tid" --raw --json | .venv/bin/python -c "import json,sys; print(json.load(sys.stdin)['segments'][0]['speaker'])")
  other=$([ "$first" = S1 ] && echo S2 || echo S1)
  printf '%s\n' "$first=Interviewer" "$other=Respondent" | $INTAKE speakers "$tid" --names-from -
  $INTAKE pseudonymise "$tid"
  step "intake residual (an independent scan of the anonymised text; approve and export refuse while a hit is unresolved)"
  $INTAKE residual "$tid"
  # Whisper misheard the town where the prison is ("in modulum"); no scanner rule covers a lower-case unknown
  # word, so the steward masks it by hand (read from standard input, never an argument). A residual hit would
  # be masked the same way with: intake residual "$tid" --mask ID
  printf '%s\n' "modulum" | $INTAKE review "$tid" --add-from - --label LOCATION
  $INTAKE residual "$tid"
  $INTAKE review "$tid" --list
  # A real steward decides every item ('intake review ID' in the terminal, or 'intake workspace' in the
  # browser); the demo approves the detector's suggestions as they are, which the audit log records.
  $INTAKE approve "$tid" --accept-rest
  step "intake export (txt, docx, REFI-QDA) — the anonymised transcript coders receive"
  $INTAKE export --to "$work/bundle" --all-approved --format txt,docx,qdpx --codebook dolowitz-marsh
  find "$work/bundle" -type f | sed "s|$work/bundle/|  |" | sort
  cat "$work"/bundle/*/txt/*.txt
fi

step "intake status / verify / audit verify"
$INTAKE status
$INTAKE verify
$INTAKE audit verify
echo
echo "demo finished; the throwaway vault in $work is deleted now"
