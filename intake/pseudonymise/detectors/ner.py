"""Statistical NER as a second opinion: Natasha (Russian) and, when installed, spaCy (English).

The rules in ``names.py`` decide most words; NER runs only where they are unsure, which keeps the
detector fast (Natasha alone tags about 7,000 words/s on two cores):

* cased Russian text: sentences that open with a capitalised word the rules could not place;
* lower-case speech-recognition Russian: a *case-restored* copy in which every word already flagged,
  or known to pymorphy3 as a name, surname or place, or unknown to it but shaped like a surname, is
  capitalised; Natasha then reads windows around the unflagged ones. Offsets are unchanged. (Tried on
  Belarusian too: Natasha then takes almost every capitalised Belarusian word for a name, so no.)
* English: spaCy's ``en_core_web_*`` pipeline if one is installed (the official models are not on
  PyPI, so this is optional and skipped silently when absent).

Models load once, lazily, from the installed packages (no network).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from intake.pseudonymise.detectors import casing, namelex
from intake.pseudonymise.detectors.blas import single_thread
from intake.pseudonymise.detectors.lowercase import is_role, kept_lemma, kept_word
from intake.pseudonymise.detectors.morphology import no_single_person
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

NATASHA_LABELS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANISATION"}
SPACY_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "ORG": "ORGANISATION", "FAC": "LOCATION"}
SPACY_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
WINDOW = 6
SETTINGS = {"natasha": True, "spacy": True}
_CACHE: dict[str, Any] = {}


def configure(natasha: bool = True, spacy: bool = True) -> None:
    """Switch the statistical taggers on or off (the rules always run)."""
    SETTINGS.update(natasha=natasha, spacy=spacy)


def natasha_tagger() -> Any:
    """Natasha's ``NewsNERTagger`` (loaded once)."""
    if "natasha" not in _CACHE:
        from natasha import NewsEmbedding, NewsNERTagger

        _CACHE["natasha"] = NewsNERTagger(NewsEmbedding())
    return _CACHE["natasha"]


def spacy_pipeline() -> Any | None:
    """The first installed spaCy English pipeline, or None."""
    if "spacy" not in _CACHE:
        _CACHE["spacy"] = None
        try:
            import spacy
        except ImportError:
            return None
        for name in SPACY_MODELS:
            if spacy.util.is_package(name):
                _CACHE["spacy"] = spacy.load(name)
                break
    return _CACHE["spacy"]


def warm_up() -> None:
    if SETTINGS["natasha"]:
        natasha_tagger()
    if SETTINGS["spacy"]:
        spacy_pipeline()


def _unsure_initial(tok: Token, label: str | None) -> bool:
    if label is not None or not tok.initial or not tok.cap or not tok.cyrillic or len(tok.norm) < 3:
        return False
    if casing.is_stopword(tok) or tok.text.lower() in namelex.decoys() or is_role(tok) or agent_noun(tok.norm):
        return False
    m = namelex.word_morph(tok.text)
    animate_noun = m.common - m.inanimate  # surnames that are nouns: Шпак, Мельник, Кот
    return not m.known or m.name + m.surname + m.patronymic + m.place >= 0.3 or animate_noun >= 0.5


# An agent noun in ``-щик``/``-щица`` in any case (``тестировщиком``, ``верстальщица``): a trade, no surname shape.
_AGENT = re.compile(r"\w{3,}щ(?:ик|иц)(?:а|у|ом|е|и|ы|ов|ам|ами|ах|ей|ой)?$")


def agent_noun(norm: str) -> bool:
    """``norm`` is an agent noun in ``-щик``/``-щица`` (pymorphy3 knows few of the new trades)."""
    return _AGENT.match(norm) is not None


def _candidate(tok: Token, label: str | None) -> bool:
    """A lower-case word worth capitalising in the restored copy.

    Unknown words only when shaped like a surname: transcripts are full of slang that pymorphy3 does
    not know (``задонатить``), and Natasha takes any capitalised unknown word for a name.
    """
    if not tok.cyrillic or len(tok.norm) < 4 or kept_word(tok):
        return False
    if label is not None:
        return True
    if tok.text.lower() in namelex.decoys():
        return False
    m = namelex.word_morph(tok.text)
    if not m.known:
        return namelex.looks_like_surname(tok.norm) and not agent_noun(tok.norm) and not is_role(tok)
    return m.name + m.surname + m.patronymic + m.place >= 0.3


def _windows(tokens: Sequence[Token], picks: list[int]) -> list[tuple[int, int]]:
    """Character ranges covering WINDOW tokens around each pick, merged."""
    out: list[tuple[int, int]] = []
    for i in picks:
        lo = tokens[max(0, i - WINDOW)].start
        hi = tokens[min(len(tokens) - 1, i + WINDOW)].end
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _run_natasha(
    text: str, windows: list[tuple[int, int]], targets: list[Token], original: str | None = None
) -> list[Span]:
    """Natasha's spans in ``windows`` of ``text`` that touch a target; span text from ``original`` (the
    text before case restoration), so a span's text is always the text at its offsets."""
    source = text if original is None else original
    tagger = natasha_tagger()
    out: list[Span] = []
    for lo, hi in windows:
        with single_thread():
            found = tagger(text[lo:hi]).spans
        for s in found:
            start, end = lo + s.start, lo + s.stop
            if s.type in NATASHA_LABELS and any(t.start < end and start < t.end for t in targets):
                out.append(Span(start, end, NATASHA_LABELS[s.type], source[start:end], 0.6, "natasha"))
    return out


def _lowercase_guard(spans: list[Span]) -> list[Span]:
    """Natasha's spans on the restored copy, less the one-word PERSON spans ``no_single_person`` rules out or that are
    the nation's word (``беларусов``), and the one-word spans of a word the policy keeps (``европе``)."""
    return [s for s in spans if " " in s.text or not _guarded(s)]


# The stems of the nation's own name, noun and adjective (``беларусов``, ``белорусский``): no person, though pymorphy3
# knows no Belarusian-style Russian spelling and the tagger reads the restored capital as a name.
_NATION_STEMS = ("беларус", "белорус")


def _guarded(span: Span) -> bool:
    word = span.text.lower()
    person = span.label == "PERSON" and (no_single_person(word) or word.startswith(_NATION_STEMS))
    return person or kept_lemma(word)


def restore_case(text: str, tokens: Sequence[Token], picks: list[int]) -> str:
    """``text`` with the first letter of each picked token (and of the text) capitalised."""
    chars = list(text)
    for i in picks:
        chars[tokens[i].start] = chars[tokens[i].start].upper()
    if tokens:
        chars[tokens[0].start] = chars[tokens[0].start].upper()
    return "".join(chars)


def detect(
    text: str, language: str, tokens: Sequence[Token], labels: Sequence[str | None], lowercase: bool
) -> list[Span]:
    """Extra spans from statistical NER where the rules were unsure."""
    if language == "en":
        return _spacy(text) if SETTINGS["spacy"] else []
    if not SETTINGS["natasha"] or language != "ru":
        return []
    if lowercase:
        picks = [i for i, t in enumerate(tokens) if _candidate(t, labels[i])]
        unsure = [i for i in picks if labels[i] is None]
        if not unsure:
            return []
        restored = restore_case(text, tokens, picks)
        return _lowercase_guard(_run_natasha(restored, _windows(tokens, unsure), [tokens[i] for i in unsure], text))
    unsure = [i for i, t in enumerate(tokens) if _unsure_initial(t, labels[i])]
    if not unsure:
        return []
    return _run_natasha(text, _windows(tokens, unsure), [tokens[i] for i in unsure])


def _spacy(text: str) -> list[Span]:
    nlp = spacy_pipeline()
    if nlp is None:
        return []
    return [
        Span(e.start_char, e.end_char, SPACY_LABELS[e.label_], e.text, 0.6, "spacy")
        for e in nlp(text).ents
        if e.label_ in SPACY_LABELS
    ]
