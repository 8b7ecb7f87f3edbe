"""The review workspace: the whole transcript, its audio and corrections in the browser, served from memory
on 127.0.0.1 (docs/workspace.md). Only :mod:`intake.cli` imports this package; it runs no SQL itself."""
