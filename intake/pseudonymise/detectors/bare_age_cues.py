"""Cues that make a bare number an age in unpunctuated speech (used by ``cued_ages.py``).

* a dative person and a copula before the number (``мікуцкай было шэсцьдзясят тры``, ``Жуковской было
  шестьдесят три``): as strong as a dative pronoun right before it, so a dropped mark after the number closes
  the age; not after a preposition that makes the word a genitive owner or a place (``у краме было сямдзесят
  два``); in lower case a word no dictionary knows with a dative ending is taken for the person's surname;
* the number opens the answer after an age question (``колькі вам цяпер  рэспандэнт  сорак сем``): the turn
  change is as strong as a dative pronoun;
* after a strong cue a function word or a verb never is what the number counts (``мне шэсцьдзясят восем жыву
  ў вёсцы``: pymorphy3 reads the Belarusian ``жыву`` as a noun; hunspell-be knows it as a verb's form);
* nor is a noun in a form the number cannot govern (``ей шестьдесят один учительница музыки``, ``яму семдзесят
  два настаўнік``): the person's role opens the next clause in the nominative, where a counted noun would stand
  in the genitive (``два письма``, ``пять человек``, ``пяць гадоў``), the plural (``два настаўнікі``) or, after
  ``один``, the number's gender (``шестьдесят один учитель`` is a count).
"""

from __future__ import annotations

from functools import lru_cache

from intake.pseudonymise.detectors import be_vocab, namelex
from intake.pseudonymise.detectors.becues import SPEAKER_LABELS
from intake.pseudonymise.detectors.numwords import lookup
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, ends_clause
from intake.pseudonymise.detectors.termbase import KIN_DATIVE, countable, dative_person
from intake.pseudonymise.detectors.tokens import fold
from intake.pseudonymise.stopwords import is_stop_word

_COPULAS = frozenset(
    "было будет будзе исполнилось исполнится споўнілася споўніцца стукнуло стукнет".split()
)
_THEN = frozenset("тады тогда цяпер сейчас теперь".split())  # an adverb of time between the copula and the age
_PRONOUNS = frozenset("мне ему ей им нам вам тебе ёй яму ім табе".split())
# A preposition before the word makes it a genitive owner or a place (``у неё было``, ``у краме было``).
_GOVERNING = frozenset("у ў в ва ля каля около возле от ад для без из з са с со до да".split())
_DATIVE_ENDINGS = ("ай", "ой", "яй", "ей", "у", "ю", "е", "і")
_COUNTED_FUNCTION = frozenset("раз разу".split())  # a stop word that a number counts (``пяць раз``)
_LABELS = frozenset(fold(w) for w in ("respondent", "interviewee", "answer")) | SPEAKER_LABELS


def dative_copula(words: Words, j: int) -> bool:
    """``toks[j]`` is a copula (``было``, ``будзе``, ``исполнилось``; or an adverb of time after one) after a
    dative person or pronoun in the same clause, no governing preposition before it."""
    toks = words.tokens
    if j >= 1 and toks[j].low in _THEN and not ends_clause(words.gaps[j - 1]):
        j -= 1  # ``яму было тады дваццаць два``
    if j < 1 or toks[j].low not in _COPULAS or ends_clause(words.gaps[j - 1]):
        return False
    if j >= 2 and toks[j - 2].low in _GOVERNING and not words.gaps[j - 2].strip():
        return False
    prev = toks[j - 1]
    return prev.low in _PRONOUNS or prev.low in KIN_DATIVE or dative_person(prev) or _unknown_dative(prev.low)


@lru_cache(maxsize=20_000)
def _unknown_dative(low: str) -> bool:
    """A lower-case Cyrillic word with a dative ending that pymorphy3 reads as a surname in the dative at any
    score (``жуковской``), or that neither hunspell-be nor pymorphy3 knows (``мікуцкай``); the latter is false
    without hunspell-be."""
    if len(low) < 5 or not low.isalpha() or low.isascii() or not low.endswith(_DATIVE_ENDINGS) or is_stop_word(low):
        return False
    if any("Surn" in p.tag and "datv" in p.tag for p in namelex.analyzer().parse(low)):
        return True
    if not be_vocab.available() or be_vocab.known(low):
        return False
    return be_vocab.proper(low) is not None or not namelex.word_morph(low).known


def opens_answer(words: Words, i: int) -> bool:
    """The number at ``i`` opens a turn: the first word of the text, of a line, or right after a speaker label."""
    if i == 0:
        return True
    prev = words.tokens[i - 1]
    return "\n" in words.gaps[i - 1] or fold(prev.low) in _LABELS


def never_counted(tok: Token) -> bool:
    """A function word or a verb (pymorphy3's reading, or every hunspell-be stem a verb's): no noun a number
    counts."""
    low = tok.low
    if low in _COUNTED_FUNCTION or not low.isalpha():
        return False
    if is_stop_word(low):
        return True
    if low.isascii():
        return False
    return be_vocab.verb_form(low) or namelex.verb_share(low) >= 0.5


# What a number governs in the noun it counts, by its last word (ru and be): ``один``/``адзін`` a singular of its
# gender, ``два``-``четыре`` a genitive singular or a plural, from five a genitive plural.
_ONE_GENDER = {"один": "masc", "адзін": "masc", "одна": "femn", "адна": "femn", "одно": "neut", "адно": "neut"}
_FEW = frozenset("два две три четыре дзве тры чатыры".split())
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox"})


def counts(last: Token, noun: Token) -> bool:
    """``noun`` is what the number ending in ``last`` counts (``ей сейчас пять книг``, ``ему уже двадцать писем``): a
    noun (``countable``) in a form the number governs, and no number word (``мне было дзевятнаццаць чатыры дні``),
    function word or verb (:func:`never_counted`)."""
    if not noun.low.isalpha() or lookup(noun.low) is not None:
        return False
    return countable(noun) and not never_counted(noun) and not uncounted(last, noun)


def uncounted(last: Token, noun: Token) -> bool:
    """``noun`` (Cyrillic, after a number that ends in ``last``) has no reading in a form the number governs; a
    name's reading governs nothing (``ему сейчас сорок два глушакова перевели``: a surname, no count)."""
    low = noun.low
    if not low.isalpha() or low.isascii() or low.endswith("ў") or last.text.isdigit():
        return False  # ``-аў``/``-оў``: a Belarusian genitive plural that the Russian reading misses
    if last.low in _ONE_GENDER:
        wanted = {("sing", _ONE_GENDER[last.low]), ("sing", "ms-f")}
    else:
        wanted = {("gent", "sing"), ("nomn", "plur"), ("accs", "plur")} if last.low in _FEW else {("gent", "plur")}
    readings = _noun_forms(low) or _noun_forms(namelex.russian_reading(low)[0])  # ``настаўнік``: ``наставник``
    return bool(readings) and not any(wanted & forms for forms in readings)


@lru_cache(maxsize=20_000)
def _noun_forms(low: str) -> tuple[frozenset[tuple[str, str]], ...]:
    """The noun readings of ``low`` in pymorphy3's dictionary, each as its (case, number) and (number, gender) pairs,
    a proper name's as none; none at all for a word it only guesses (a Belarusian plural such as ``сясцёр`` or
    ``дачок`` is guessed a singular)."""
    out = []
    for p in namelex.analyzer().parse(low):
        tag = p.tag
        if tag.POS == "NOUN" and p.is_known:
            proper = bool(_PROPER & tag.grammemes)
            pairs = set() if proper else {(str(tag.case), str(tag.number)), (str(tag.number), str(tag.gender))}
            out.append(frozenset(pairs))
    return tuple(out)
