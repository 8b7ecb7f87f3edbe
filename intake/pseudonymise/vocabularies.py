"""Which optional detection vocabularies are installed, and what a missing one costs (for warnings).

Belarusian detection reads Debian's ``hunspell-be`` dictionary (:mod:`intake.pseudonymise.detectors.be_vocab`);
without it detection silently falls back to word shapes and finds fewer Belarusian names. The library never
prints: :func:`missing_vocabularies` returns short messages (no names, no text) that the CLI shows as
warnings, and :func:`vocabulary_status` says for ``intake status`` which vocabularies are present. The cost
quoted is the one measured in docs/pseudonymisation-detection.md ("A Belarusian vocabulary").
"""

from __future__ import annotations

from intake.pseudonymise.detectors import be_vocab

HUNSPELL_BE = "hunspell-be"
_HUNSPELL_BE_MISSING = (
    "the Belarusian dictionary hunspell-be is not installed (be_BY.dic/.aff in {folder}): Belarusian detection "
    "falls back to word shapes and finds fewer names (about 4% fewer persons in lower-case Belarusian text, "
    "about 1% in cased text, on our evaluation sets: docs/pseudonymisation-detection.md); run "
    "scripts/install-system-deps.sh or 'apt install hunspell-be'")


def vocabulary_status() -> dict[str, bool]:
    """Each optional detection vocabulary by package name: whether it can be read here."""
    return {HUNSPELL_BE: be_vocab.available()}


def status_line(vocabularies: dict[str, bool]) -> str:
    """One line for ``intake status``: every vocabulary present, or which are missing and the cure."""
    missing = [name for name, present in vocabularies.items() if not present]
    if not missing:
        return f"{', '.join(vocabularies)} present (Belarusian detection)"
    return (f"missing: {', '.join(missing)} (Belarusian detection finds fewer names; run "
            f"scripts/install-system-deps.sh or 'apt install {' '.join(missing)}')")


def missing_vocabularies(language: str) -> tuple[str, ...]:
    """One warning per optional vocabulary that detection in ``language`` would use and cannot read.

    Today only Belarusian (``be``) has one: ``hunspell-be``. Russian (pymorphy3) and English (bundled lists)
    need nothing outside the Python packages, so they get no warning.
    """
    if language == "be" and not be_vocab.available():
        return (_HUNSPELL_BE_MISSING.format(folder=be_vocab.DEFAULT_DIR),)
    return ()
