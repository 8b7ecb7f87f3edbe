"""A given name, a nobiliary particle and a word are one foreign person in Cyrillic text.

``Ян де Фрис``, ``ханс фон берг``, ``анна ван дер мер``, ``Пьер ле Галь``: Dutch, German, French and Italian
surnames carry a particle (``де``, ``ван``, ``ван дер``, ``фон``, ``ле``, ``ди``, ``да``) that Russian and
Belarusian text keeps in lower case, so the word detectors see a given name, a function word and a word
that is no listed surname; in lower-case text the short given name (``ян``) is a decoy and nothing is found.
The rule, in Russian and Belarusian text: a listed given name (``namelex.first_names``; decoys too, the
particle is their support), then one or two particles (:data:`PARTICLES`; ``ван дер``, ``фон дер``), then a
word of three letters or more that is no function word, are one PERSON span, evidence (score 0.6) when a
person span already covers the given name, otherwise an uncertain candidate (reason
``uncertain:name-particle``). The particles ``да``, ``ди`` and ``ле`` are also Russian and Belarusian words
(``маша да петя``): after them the word must be capitalised in cased text or read as no common word. A
particle alone never opens a name (``он де пришёл``). Later mentions spelled slightly differently (``де
фриз``) follow through propagation once the name is a span.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import morphology, namelex
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

SOURCE = "name-particles"
PARTICLES = frozenset("де ван фон дер ден ле ди да дзе".split())
# Particles that are also Russian or Belarusian words: the surname after them must show itself.
_WORDY = frozenset("да ди ле дзе".split())
_SECOND = frozenset("дер ден де".split())  # ``ван дер``, ``фон дер``, ``ван де``


def particle_names(spans: Sequence[Span], tokens: Sequence[Token], text: str) -> list[Span]:
    """One PERSON span for each given name + particle + surname in Cyrillic text."""
    if not any(t.norm in PARTICLES for t in tokens):
        return []
    persons = [(s.start, s.end) for s in spans if s.label == "PERSON" and not s.uncertain]
    out = []
    for i in range(len(tokens) - 2):
        if tokens[i + 1].norm not in PARTICLES or not _given(tokens[i]):
            continue
        end = _surname_end(tokens, i + 1)
        if end is None or not all(t.spaced for t in tokens[i + 1 : end + 1]):
            continue
        start, stop = tokens[i].start, tokens[end].end
        sure = any(a <= tokens[i].start and tokens[i].end <= b for a, b in persons)
        score, reason = (0.6, "") if sure else (0.5, f"{UNCERTAIN}:name-particle")
        out.append(Span(start, stop, "PERSON", text[start:stop], score, SOURCE, reason))
    return out


def _given(tok: Token) -> bool:
    return tok.cyrillic and tok.norm.isalpha() and bool(namelex.first_names().lookup_first(tok.norm))


def _surname_end(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the surname after the particle at ``k`` (a second particle skipped), or None."""
    particle = tokens[k].norm
    if k + 2 < len(tokens) and particle in ("ван", "фон") and tokens[k + 1].norm in _SECOND:
        k += 1
    j = k + 1
    if j >= len(tokens):
        return None
    word = tokens[j]
    if not (word.cyrillic and word.text.isalpha() and len(word.norm) >= 3) or is_stop_word(word.norm):
        return None
    if particle in _WORDY and not (word.text[:1].isupper() or not morphology.analyzer().word_is_known(word.norm)):
        return None
    if _not_surname(tokens[k - 1], word, particle):
        return None
    return j


def _not_surname(given: Token, word: Token, particle: str) -> bool:
    """The word after the particle is speech, not a surname: lower case after a capitalised given name
    (``Анна де молодец``), a verb or other word with no noun reading (``ян де сказал``, the particle ``де``
    of reported speech), or a second given name after a particle that is also ``and`` (``Мария да Петр``)."""
    if given.cap and not word.cap:
        return True
    if particle in _WORDY and namelex.first_names().lookup_first(word.norm):
        return True
    return morphology.analyzer().word_is_known(word.norm) and morphology.noun_share(word.text.lower()) == 0.0
