"""Detectors: each a function ``detect(text, language) -> list[Span]``."""


def warm_up() -> None:
    """Load every lazily loaded resource now (models, lexicons), e.g. before timing or a batch."""
    from intake.pseudonymise.detectors import be_vocab, casing, en_vocab, gazetteer, namelex, ner

    gazetteer.entity_gazetteer()
    namelex.first_names()
    namelex.decoys()
    namelex.morph("проверка")
    casing.not_identifiers()
    en_vocab.vocabulary()
    be_vocab.warm_up()
    ner.warm_up()
