"""The public Python API, re-exported lazily by :mod:`intake` (docs/python-api.md).

``pipeline`` holds the steps (create/open a vault, ingest, transcribe, pseudonymise, approve, export);
``listing`` the read-only views with typed results. Both sit on top of the library like the CLI does and
add no behaviour of their own: every step is the same audited library function the CLI calls.
"""
