"""Field mode: a laptop that holds only the vault's public key (device, package) and the import of its packages."""
