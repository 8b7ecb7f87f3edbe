"""The encrypted store: header, key slots, catalog, audit log, blobs, and opening a vault."""
