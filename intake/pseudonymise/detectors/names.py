"""PERSON, LOCATION, ORGANISATION and DETENTION in Russian, Belarusian and English text.

Stateless rules over word tokens, in this order (an earlier rule's label wins):

1. patterns (``facilities.py``): numbered facilities, named courts, districts, numbered schools;
2. gazetteers (``data/*.tsv``): places, facilities, organisations, inflection-tolerant; a town that
   stands alone for its colony (``сидит в Жодино``) becomes DETENTION (``towns.py``);
3. first-name lexicon with diminutives and Latin transliterations; names that are common words
   (``Вера``, ``мир``, ``Hope``) only with support (capitalised inside a sentence, or next to a
   surname or patronymic);
4. capitalisation (``casing.py``): a capitalised word inside a sentence is an identifier unless it is
   a known non-identifier; at a sentence start only with lexical evidence or a capitalised neighbour;
5. lower-case speech-recognition text: pymorphy3 tags ``Surn``/``Patr``/``Geox`` and surname shapes
   next to a known first name;
6. propagation: a word flagged once in the text is flagged at every other mention (an entity is
   protected only if every mention is masked);
7. optional statistical NER (``ner.py``: Natasha for Russian, spaCy for English when installed).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from intake.pseudonymise.detectors import (
    be_vocab,
    becues,
    casing,
    comitative,
    common_entries,
    contracted_patronymics,
    facilities,
    given_frames,
    namecues,
    named_ages,
    namelex,
    nameslot,
    namingwords,
    ner,
    pronoun_names,
    respelled,
    start_names,
    stated_after,
    statednames,
    titleslot,
    town_given_names,
    towns,
    unknown_after_given,
    who_answers,
)
from intake.pseudonymise.detectors import lowercase as lowercase_rules
from intake.pseudonymise.detectors.common_given_surnames import POSSESSIVES, _noun_surname_next
from intake.pseudonymise.detectors.common_given_surnames import _noun_surname as _noun_surname  # tests
from intake.pseudonymise.detectors.gazetteer import Entry, entity_gazetteer
from intake.pseudonymise.detectors.stemming import lexeme_keys
from intake.pseudonymise.detectors.tokens import Token, is_lowercase_text, tokenize
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word
from intake.pseudonymise.vocabulary import NAME_LABELS

Labels = list[str | None]
PATTERN = "pattern"  # a token inside a pattern span (facilities.py): the span itself is the result
STOP = "stop"  # a token of a non-identifying phrase (``Новый год``)


def detect(text: str, language: str, tokens: list[Token] | None = None) -> list[Span]:
    """Names, places, organisations and detention facilities in ``text`` (may overlap).

    ``tokens``: ``tokenize(text)`` when the caller already has it (``detect()`` shares one split).
    """
    tokens = tokenize(text) if tokens is None else tokens
    if not tokens:
        return []
    lowercase = is_lowercase_text(tokens)
    spans = facilities.detect_patterns(text, lowercase)
    spans += facilities.bare_ordinals(text, _is_noun)
    labels: Labels = [None] * len(tokens)
    _mark_patterns(tokens, labels, spans)
    for m in casing.stop_phrases().find(tokens):
        labels[m.start_token : m.end_token] = [STOP] * (m.end_token - m.start_token)
    _gazetteer(tokens, labels, lowercase)
    towns.relabel(tokens, labels, text)
    towns.number_slang(tokens, labels)
    town_given_names.mark(tokens, labels)
    _first_names(tokens, labels, lowercase, text, language)
    namecues.role_introduced(tokens, labels)
    namecues.nickname_given(tokens, labels)
    if lowercase:
        towns.lowercase_towns(tokens, labels)
        common_entries.preposition_orgs(tokens, labels)
        namingwords.nicknames(tokens, labels)
        statednames.mark(tokens, labels)
        stated_after.mark(tokens, labels)
        respelled.mark(tokens, labels)
        titleslot.mark(tokens, labels)
        comitative.mark(tokens, labels)
        who_answers.mark(text, tokens, labels)
        lowercase_rules.mark(tokens, labels, language)
        nameslot.mark(tokens, labels, language)
    spans += contracted_patronymics.mark(tokens, labels)  # after the slot rules: no surname slot after it
    _capitalised(tokens, labels, text, language)
    _propagate(tokens, labels, lowercase)
    _initials(tokens, labels, text)
    spans += group(tokens, labels, text)
    spans += ner.detect(text, language, tokens, labels, lowercase)
    return spans


def _is_noun(word: str) -> bool:
    """pymorphy3 reads ``word`` mostly as a noun (Russian; Belarusian words are mostly unknown)."""
    return namelex.noun_share(word) >= 0.5


def _mark_patterns(tokens: Sequence[Token], labels: Labels, spans: list[Span]) -> None:
    """Tokens inside a pattern span are taken: no other rule labels them again."""
    starts = [t.start for t in tokens]
    for span in spans:
        i = bisect.bisect_left(starts, span.start)
        while i < len(tokens) and tokens[i].end <= span.end:
            if labels[i] is None:
                labels[i] = PATTERN
            i += 1


def _gazetteer(tokens: Sequence[Token], labels: Labels, lowercase: bool) -> None:
    for m in entity_gazetteer().find(tokens, lowercase):
        for k in range(m.start_token, m.end_token):
            if labels[k] is None:
                labels[k] = m.entry.label


def _is_decoy(entries: Sequence[Entry], tok: Token, language: str = "ru", possessive: bool = False) -> bool:
    """A first-name match that is probably a common word (``вера``, ``мир``, ``Hope``); in Belarusian text
    also a lower-case word the lexicon reads only as a name's possessive and hunspell-be lists only as a common
    word (``машыну`` a car, not Маша's; ``галавы`` a head, not Галя's). A name's own forms (``міра``,
    ``паша``) are often common words too: they are left to the usual support."""
    decoys = namelex.decoys()
    if tok.text.lower() in decoys or all(e.surface.lower() in decoys for e in entries):
        return True
    if tok.cyrillic:
        m = namelex.word_morph(tok.text)
        if m.known and m.inanimate > 0.9 and m.name < 0.1:
            return True
        return possessive and language == "be" and not m.known and not tok.cap and be_vocab.common_only(tok.text)
    return False


def _name_part_near(tokens: Sequence[Token], labels: Labels, i: int, text: str) -> bool:
    """A surname- or patronymic-shaped neighbour (``Вера Петровна``, ``Надежда Ковальчук``), or an animate noun
    after the name that agrees with it as a surname does (``роза заяц``)."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(tokens) or labels[j] not in (None, "PERSON"):
            continue
        left, right = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
        if text[left.end : right.start] != " " or (tokens[i].cap and not tokens[j].cap):
            continue
        m = namelex.word_morph(tokens[j].text)
        if m.surname + m.patronymic >= 0.5:
            return True
        if j == i + 1 and lowercase_rules.animate_surname(tokens[i], tokens[j]):
            return True  # ``роза заяц``, ``ружа салавей``: an animate noun agreeing as a surname
        if m.known and m.common > 0.5:
            continue
        if namelex.PATRONYMIC_RE.match(tokens[j].norm) or namelex.looks_like_surname(tokens[j].norm, True):
            return True
    return False


def _first_names(tokens: Sequence[Token], labels: Labels, lowercase: bool, text: str, language: str = "ru") -> None:
    found: dict[str, tuple[list[Entry], bool]] = {}  # norm -> (entries, possessive), for this call only
    for i, tok in enumerate(tokens):
        if labels[i] is not None or not (tok.cap or lowercase) or casing.is_stopword(tok):
            continue
        if casing.is_pronoun(tok, language):
            if language == "be" and pronoun_names.named_pronoun(tokens, i):
                labels[i] = "PERSON"  # ``айцец ян``, ``айца яна перавялі``, ``ян мацулевіч``
            continue
        if tok.norm not in found:
            found[tok.norm] = _first_name_entries(tok.norm)
        entries, possessive = found[tok.norm]
        if not entries or ("latin" in entries[0].flags and tok.cyrillic):
            continue
        if _noun_surname_next(tokens, labels, i, text):
            labels[i] = labels[i + 1] = "PERSON"  # ``надежда береза``, ``ружа калядка``
            continue
        aged = named_ages.named_by_age(text, tokens, i)
        if aged and all(label is None for label in labels[i:aged]):
            labels[i:aged] = ["PERSON"] * (aged - i)  # ``я вера мне сорак адзін``, ``рома цыбуля ему 16``
            continue
        near = _name_part_near(tokens, labels, i, text)
        if lowercase and not near and given_frames.common_form(tokens, i):
            continue  # ``на полях``, ``у лесе``: a common noun's plural or locative, not a person
        supported = near or _after_role(tokens, i)
        supported = supported or start_names.named_at_start(tokens, i, text, entries)
        supported = supported or (lowercase and unknown_after_given.unknown_surname_after(tokens, labels, i))
        if possessive and i + 1 < len(tokens) and tokens[i + 1].spaced:
            supported = supported or lowercase_rules.is_role(tokens[i + 1])  # Машина мама
        thing = possessive and not _given_next(tokens, i)  # ``галаву тамаша``: a surname before a given name
        if supported or not _is_decoy(entries, tok, language, thing):
            labels[i] = "PERSON"


def _given_next(tokens: Sequence[Token], i: int) -> bool:
    """The next word is a given name's form (the word at ``i`` stands before it as a surname would)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.spaced and bool(namelex.first_names().lookup_first(nxt.norm))


def _first_name_entries(norm: str) -> tuple[list[Entry], bool]:
    """The first-name entries ``norm`` is a form of, else those of the names it may be a possessive of (and
    whether it was read as a possessive)."""
    lex = namelex.first_names()
    entries = lex.lookup_first(norm)
    if entries:
        return entries, False
    return [e for base in namelex.possessive_base(norm) for e in lex.lookup_first(base)], True


def _pronoun_only(tok: Token) -> bool:
    """A possessive pronoun's form that is no form of a given name (``маёй``; ``маю`` is also Мая's)."""
    low = tok.text.lower()  # unfolded: ``маёй`` is no form of Мая, though its folded ``маей`` is Russian Мая's
    return low in casing.POSSESSIVE_FORMS and not namelex.first_names().lookup_first(low)


def _after_role(tokens: Sequence[Token], i: int) -> bool:
    """A name after a kinship or role noun (``жена его вера``, ``сестра моя, Роза``)."""
    if tokens[i].initial or tokens[i].norm in POSSESSIVES or _pronoun_only(tokens[i]):
        return False  # ``сын маёй дачкі``: a possessive pronoun in any case, not Мая
    j = i - 1
    if j >= 0 and tokens[j].norm in POSSESSIVES:
        j -= 1
    return (j >= 0 and j < i and lowercase_rules.is_role(tokens[j])) or _apposition(tokens, i)


_APPOSITION_PREPS = frozenset("у в к ко да до ад от для з с са со пра про па по на".split())


def _apposition(tokens: Sequence[Token], i: int) -> bool:
    """A name after a role noun whose preposition it repeats (``у маёй дачкі, у надзеі``, ``к сестре к вере``)."""
    j = i - 1
    if j < 2 or tokens[j].norm not in _APPOSITION_PREPS or not lowercase_rules.is_role(tokens[j - 1]):
        return False
    k = j - 2
    if k >= 0 and (tokens[k].norm in POSSESSIVES or tokens[k].norm in becues.BE_PRONOUNS):
        k -= 1
    return k >= 0 and tokens[k].norm == tokens[j].norm


def _capitalised(tokens: Sequence[Token], labels: Labels, text: str, language: str) -> None:
    for i, tok in enumerate(tokens):
        if labels[i] is not None or not tok.cap or casing.is_stopword(tok) or casing.nation_alone(tokens, i, language):
            continue
        if _capitalised_is_identifier(tok, language):
            labels[i] = casing.guess_label(tokens, i)
    for start, end, run_label in casing.english_org_runs(tokens, text) if language == "en" else ():
        if any(labels[k] in (STOP, PATTERN) for k in range(start, end)):
            continue
        if not tokens[start].initial or labels[start] is not None:
            for k in range(start, end):
                labels[k] = run_label
    for i, tok in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        before_name = labels[i + 1] == "PERSON" and nxt.cap and nxt.spaced
        if labels[i] is None and tok.initial and tok.cap and before_name and _could_be_name(tok):
            labels[i] = "PERSON"


def _capitalised_is_identifier(tok: Token, language: str) -> bool:
    if not tok.initial or (language == "en" and tok.cyrillic):
        return True
    if tok.text.lower() in namelex.decoys():
        return False
    if language == "en":
        return bool(namelex.STRONG_LATIN_SURNAME_RE.match(tok.text)) and tok.norm not in casing.not_identifiers()
    return _initial_is_name(tok, language)


def _initial_is_name(tok: Token, language: str) -> bool:
    """A capitalised word at a sentence start that pymorphy3 knows as a name, surname or place.

    pymorphy3 knows Russian only: for Belarusian text only the surname shape counts.
    """
    if not tok.cyrillic or len(tok.norm) < 3:
        return False
    if language == "be":
        return namelex.looks_like_surname(tok.norm, strong=True)
    m = namelex.word_morph(tok.text)
    if m.known:
        return m.name + m.surname + m.patronymic + m.place > max(m.common, 0.5)
    return namelex.looks_like_surname(tok.norm, strong=True)


def _could_be_name(tok: Token) -> bool:
    if tok.cyrillic and namelex.is_given_form(tok.norm):
        return True  # ``Ян Цітоў``, ``Яна Цітова``: short, or a function word too, but a given name before a surname
    if len(tok.norm) < 3 or casing.is_stopword(tok) or is_stop_word(tok.text):
        return False  # ``For Shumski, ...``: a function word opening the sentence is no first name
    if not tok.cyrillic:
        return tok.norm not in _EN_FUNCTION  # a name that is a word (``Mark``, ``Hope``) before a surname is a name
    m = namelex.word_morph(tok.text)
    return not (m.known and m.common > 0.5)


_EN_FUNCTION = frozenset("the and but then when what this that there his her my our their".split())


def _propagate(tokens: Sequence[Token], labels: Labels, lowercase: bool) -> None:
    """Flag every other mention of a word already flagged (same stem after a case ending)."""
    keys: dict[str, str] = {}
    for tok, label in zip(tokens, labels, strict=True):
        if label in NAME_LABELS and len(tok.norm) >= 4 and not tok.acronym and _proper(tok, label):
            if label == "PERSON" and _possessive_only(tok):
                continue  # Машина (мама) is Маша's; the car is not
            for key in lexeme_keys(tok.norm):
                keys.setdefault(key, label)
    if not keys:
        return
    decoys = namelex.decoys()
    for i, tok in enumerate(tokens):
        if labels[i] is not None or casing.is_stopword(tok) or len(tok.norm) < 4:
            continue
        if not (tok.cap or lowercase) or (tok.text.lower() in decoys and not _acts(tokens, i)):
            continue
        hit = next((keys[k] for k in lexeme_keys(tok.norm) if k in keys), None)
        if hit and not namecues.common_use(tokens, i) and not (lowercase and common_entries.common_form(tokens, i)):
            labels[i] = hit


def _initials(tokens: Sequence[Token], labels: Labels, text: str) -> None:
    """Initials next to a name (``И. В. Шпак``, ``Шпак И.В.``, ``A. Bialiatski``)."""
    for _ in range(2):
        for i, tok in enumerate(tokens):
            if labels[i] is not None or len(tok.text) != 1 or not tok.cap or text[tok.end : tok.end + 1] != ".":
                continue
            if any(0 <= j < len(tokens) and labels[j] == "PERSON" for j in (i - 1, i + 1)):
                labels[i] = "PERSON"


def _possessive_only(tok: Token) -> bool:
    lex = namelex.first_names()
    return not lex.lookup_first(tok.norm) and any(lex.lookup_first(b) for b in namelex.possessive_base(tok.norm))


def _acts(tokens: Sequence[Token], i: int) -> bool:
    """A decoy name followed by a verb (``Роза пишет``), as a person would be; not ``Вера в то``."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.spaced and nxt.cyrillic and namelex.verb_share(nxt.text) >= 0.5


def _proper(tok: Token, label: str | None) -> bool:
    """A word whose other mentions should be flagged: a person's name part, or a capitalised word, or
    not an ordinary Russian word (``адвокатов`` in a lower-case org name is not)."""
    if label == "PERSON" or tok.cap or not tok.cyrillic:
        return label == "PERSON" or tok.cap
    m = namelex.word_morph(tok.text)
    return not m.known or m.name + m.surname + m.patronymic + m.place >= m.common


def group(tokens: Sequence[Token], labels: Labels, text: str) -> list[Span]:
    """Runs of tokens with one label, joined by spaces or hyphens only, as spans."""
    out: list[Span] = []
    i = 0
    while i < len(tokens):
        label = labels[i]
        if label is None or label not in NAME_LABELS:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and labels[j + 1] == label and tokens[j + 1].spaced:
            j += 1
        out.append(Span(tokens[i].start, tokens[j].end, label, text[tokens[i].start : tokens[j].end], 0.8, "names"))
        i = j + 1
    return out
