"""Recordings into the vault: files, the batch loop, and the recordings and interviews tables."""
