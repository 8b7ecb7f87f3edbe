"""Detectors: each a function ``detect(text, language) -> list[Span]``."""


def warm_up() -> None:
    """Load every lazily loaded resource now (models, lexicons), e.g. before timing or a batch."""
    from intake.pseudonymise.detectors import casing, en_vocab, gazetteer, namelex, ner

    gazetteer.entity_gazetteer()
    namelex.first_names()
    namelex.decoys()
    namelex.morph("проверка")
    casing.not_identifiers()
    en_vocab.vocabulary()
    ner.warm_up()
    _read_every_list()


# One invented sentence per language, read cased and in lower case, so that every list a detector reads on first
# use is loaded here and not inside the first transcript's time.
_SENTENCES = (
    ("ru", "Вчера Иван Петров из Минска позвонил: ему дали три года по статье 342, номер +375 29 123 45 67."),
    ("be", "Учора Алесь Жук з Гродна патэлефанаваў: яму далі тры гады, пішыце на alies at example dot com."),
    ("en", "Yesterday Dr John Smith from Minsk called: he got three years under article 342."),
)


def _read_every_list() -> None:
    from intake.pseudonymise.detect import detect

    for language, sentence in _SENTENCES:
        detect(sentence, language)
        detect(sentence.lower(), language)
