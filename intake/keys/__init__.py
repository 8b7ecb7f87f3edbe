"""Stewards' key slots, master-key rotation, recovery shares and panic."""
