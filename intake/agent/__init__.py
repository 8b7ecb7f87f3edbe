"""The unlock agent: one passphrase per working session (docs/cli.md "intake unlock", docs/threat-model.md)."""
