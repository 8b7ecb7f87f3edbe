"""Stateless detection: run every detector, propagate within the text, add recall-first candidates, merge.

Three stages, in order (docs/pseudonymisation-detection.md):

1. evidence: the pattern detectors (contacts, ids, dates, quasi-identifiers) and the name detectors
   (rules, gazetteers, lexicons, Natasha); their spans carry an empty ``reason``;
2. propagation (``propagate.py``): every other form of an entity detected in stage 1 (inflections,
   diminutives, possessives, transliterations, lower case, speech-recognition near-misses), reason
   ``propagated:<how>``;
   place spans then take an adjacent descriptor noun (``Тверской площади``, ``реки Славянки``: ``extend.py``);
   a given name with an epithet a naming verb gives joins it, at every mention (``юрка малы``, ``little katya``:
   ``detectors/epithet_names.py``);
3. candidates (``detectors/candidates.py``): words not known to be safe that no evidence covers, with a
   lower score and reason ``uncertain:<rule>``, masked by default and shown to the reviewer as uncertain;
   in English text also the words that are not English (``detectors/en_candidates.py``); in lower-case speech first
   the listed names that are common words where the sentence shows the name (``detectors/common_entries.py``),
   then, in Russian and Belarusian, the words in a surname's slot (``detectors/surname_slots.py``); last, in
   lower case, the initials after a person span join it (``katya l``: ``detectors/lower_initials.py``);
4. phrases (``phrases.py``): a place-derived adjective takes the phrase it heads (``у віцебскім сізо``), and
   two names joined by ``имени`` become one;
5. a person, place, organisation or facility span that is one function word in lower case or at a sentence
   start is dropped, whichever detector proposed it (``detectors.function_words``; an initial, a
   capital inside a sentence and a function word that is also a given name, ``яна``, stay);
6. a one-word person span that syntax shows to be a common noun (``колорадского жука``, ``як той бусел``,
   ``два жука``, ``комары``, ``a fox``) is dropped (``detectors/homonyms.py``).
7. a one-word name span that is a hyphenless manner adverb of a language after ``по``/``па`` (``пишет по
   немецки``) is dropped (``detectors/manner_adverbs.py``);
8. in English text, a one-word name span that is a word of a nation and opens no name (``he's Estonian``, ``my
   Norwegian visa``) is dropped (``detectors/nation_words.py``).

Between stages 3 and 4, words spelled letter by letter (``f-r-e-e-k-a-t-y-a``, ``spelled k a t y a``) take the
label of the name or contact they spell or follow (``detectors/spelled_runs.py``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from intake.pseudonymise.spans import Span, resolve_overlaps

if TYPE_CHECKING:
    from intake.pseudonymise.detectors.tokens import Token

Detector = Callable[[str, str], list[Span]]

# Ties of equal length: the more specific label wins.
PRIORITY = {
    "EMAIL": 9,
    "URL": 8,
    "HANDLE": 7,
    "PHONE": 7,
    "ID_NUMBER": 6,
    "DETENTION": 5,
    "DATE": 4,
    "AGE_OR_SENTENCE": 4,
    "PERSON": 3,
    "ORGANISATION": 2,
    "LOCATION": 1,
}
SETTINGS = {"propagate": True, "candidates": True}


def configure(propagate: bool = True, candidates: bool = True) -> None:
    """Switch the propagation pass and the recall-first candidates on or off (evaluation, ablation)."""
    SETTINGS.update(propagate=propagate, candidates=candidates)


def _candidates(text: str, language: str, found: list[Span], tokens: list[Token]) -> list[Span]:
    """``found`` and the recall-first candidates after it: listed names that are common words, surname slots,
    noun and adjective surnames, the words not known to be safe (each stage sees what the stages before it
    found)."""
    from intake.pseudonymise.detectors import (
        adjective_surnames,
        appos_surnames,
        candidates,
        common_entries,
        en_candidates,
        given_unknowns,
        lower_initials,
        nickname_slots,
        noun_surnames,
        object_surnames,
        paused_appos,
        signatures,
        subject_surnames,
        surname_first,
        surname_slots,
        titled_surnames,
    )

    found = list(found)
    found.extend(common_entries.detect(text, language, found, tokens))
    found.extend(surname_slots.detect(text, language, found, tokens))
    found.extend(noun_surnames.detect(text, language, found, tokens))
    found.extend(surname_first.detect(text, language, found, tokens))
    found.extend(adjective_surnames.detect(text, language, found, tokens))
    found.extend(appos_surnames.detect(text, language, found, tokens))
    found.extend(titled_surnames.detect(text, language, found, tokens))
    found.extend(given_unknowns.detect(text, language, found, tokens))
    found.extend(paused_appos.detect(text, language, found, tokens))
    found.extend(object_surnames.detect(text, language, found, tokens))
    found.extend(subject_surnames.detect(text, language, found, tokens))
    found.extend(nickname_slots.detect(text, language, found, tokens))
    found.extend(signatures.detect(text, language, found, tokens))
    found.extend(candidates.detect(text, language, found, tokens))
    if language == "en":
        found.extend(en_candidates.detect(text, found, tokens))
    found.extend(lower_initials.detect(text, language, found, tokens))  # ``katya l``: after every name stage
    return found


def detect(text: str, language: str) -> list[Span]:
    """Every identifying span in ``text``, sorted by position, without overlaps."""
    from intake.pseudonymise.detectors.call_memo import call_memo

    with call_memo():  # gazetteer look-ups remembered for this call only
        return _detect(text, language)


def _detect(text: str, language: str) -> list[Span]:
    """:func:`detect` itself."""
    from intake.pseudonymise.detect_passes import kept_spans, organisation_passes
    from intake.pseudonymise.detectors import (
        composites,
        names,
        org_appos,
        orgnames,
        patterns,
        place_slots,
        placecues,
        whisper,
    )
    from intake.pseudonymise.detectors.bare_articles import bare_articles
    from intake.pseudonymise.detectors.context_names import detect as context_names
    from intake.pseudonymise.detectors.context_names import detect_weak as weak_context_names
    from intake.pseudonymise.detectors.epithet_names import detect as epithet_names
    from intake.pseudonymise.detectors.name_particles import particle_names
    from intake.pseudonymise.detectors.namingphrase import detect as naming_phrases
    from intake.pseudonymise.detectors.nicknames import detect as nicknames
    from intake.pseudonymise.detectors.pattern_tokens import split
    from intake.pseudonymise.detectors.person_ages import person_ages
    from intake.pseudonymise.detectors.spelled_runs import spelled_runs
    from intake.pseudonymise.detectors.tokens import is_lowercase_text, tokenize
    from intake.pseudonymise.extend import extend
    from intake.pseudonymise.lexicon import lexicon_names
    from intake.pseudonymise.phrases import close_phrases
    from intake.pseudonymise.propagate import propagate

    words, tokens = split(text), tokenize(text)  # one split of each kind, shared by every stage
    found = patterns.detect(text, language, words) + whisper.detect(text, language, words)
    found += bare_articles(text, words, found)
    found += names.detect(text, language, tokens)
    found.extend(lexicon_names(text, found, tokens, language))
    found.extend(orgnames.detect(text, language, tokens, found))
    found = org_appos.subjects_dropped(text, tokens, language, found)  # ``в фирме бардак``: a subject
    cues = placecues.detect(text, found, tokens, language) + place_slots.detect(text, tokens, language)
    found = placecues.overrule(found, cues) + cues
    found.extend(nicknames(text, language, tokens, found))
    found.extend(naming_phrases(text, language, tokens, found))
    if language != "en":
        found.extend(particle_names(found, tokens, text))
    if SETTINGS["propagate"]:
        found.extend(propagate(text, language, found, tokens))
    found.extend(context_names(text, language, tokens, found))
    found.extend(epithet_names(text, tokens))  # ``юрка малы``, ``little katya``: after propagation, never spread
    if SETTINGS["candidates"]:
        found = _candidates(text, language, found, tokens)
        found.extend(weak_context_names(text, tokens, found))
    found += composites.detect(text, language, found, is_lowercase_text(tokens))
    found += person_ages(text, words, found)
    found += spelled_runs(text, found)
    found = organisation_passes(text, language, tokens, found)
    closed = close_phrases(extend(found, tokens, text), tokens, text, language)
    return resolve_overlaps(kept_spans(closed, tokens, text, language), PRIORITY)


# One invented sentence per language, read cased and in lower case, so that every list a detector reads on first
# use is loaded by :func:`warm_up` and not inside the first transcript's time.
_WARM_SENTENCES = (
    ("ru", "Вчера Иван Петров из Минска позвонил: ему дали три года по статье 342, номер +375 29 123 45 67."),
    ("be", "Учора Алесь Жук з Гродна патэлефанаваў: яму далі тры гады, пішыце на alies at example dot com."),
    ("en", "Yesterday Dr John Smith from Minsk called: he got three years under article 342."),
)


def warm_up() -> None:
    """Load the models and every list the detectors read lazily now (before timing, or before a batch)."""
    from intake.pseudonymise.detectors import warm_up as load_models

    load_models()
    for language, sentence in _WARM_SENTENCES:
        detect(sentence, language)
        detect(sentence.lower(), language)
    # What is loaded now lives as long as the process: moved out of the cyclic collector's generations, a full
    # collection no longer walks it (one such walk cost ~7% of a transcript set's first pass). It is freed as
    # before by reference counting; only a reference cycle among these objects would now outlive its use.
    gc.freeze()
