"""Detectors: each a function ``detect(text, language) -> list[Span]``."""
