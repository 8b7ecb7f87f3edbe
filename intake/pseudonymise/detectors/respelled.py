"""Person names that lower-case speech gives by their structure: a respelled surname, a full name whose
surname is a common word.

Two frames, in lower-case text only (where no capital shows the name):

* a **respelling** of a surname just stated (``фамилию она говорила рэпин как художник только по-польски
  repin``, ``прозвішча кавалёва а па-польску kowalowa``, ``her surname was tolstoy in polish tolstoj``):
  a naming noun, then a word, then a respelling cue (a language adverb ``по-польски``/``па-польску``,
  ``пишется``/``пішацца``, ``spelled``, ``in polish``): the word after the cue is the same surname in
  another spelling, and the word stated after the naming noun is the surname even when it is a famous
  person's name or a common word;
* a **given name, a patronymic and a noun** (``тодар мікалаевіч жук``, ``пётр ильич грач``): a patronymic
  between a listed given name and a noun in the nominative makes the noun a surname (a verb, adverb,
  role noun or naming noun stays: ``иван петрович сказал``, ``иван петрович директор``).

Once such a word is a person, propagation masks its other forms (``жуку``, the possessive ``тодараў``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, en_vocab, namelex
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.morphology import analyzer, russian_reading
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.detectors.word_classes import verb_form
from intake.pseudonymise.stopwords import is_stop_word

Labels = list[str | None]

_NAMING = frozenset(
    fold(w)
    for w in (
        "фамилия фамилию фамилии фамилией фамілія фамілію фаміліі прозвішча прозвішчам прозвище прозвищем "
        "surname surnames"
    ).split()
)
_LANGUAGES = "(?:" + "|".join(
    "польск литовск літоўск латышск латыск немецк нямецк английск англійск белорусск беларуск русск расейск "
    "украинск украінск латинск лацінск чешск французск францужск".split()
) + ")"
_ADVERB = re.compile(rf"^(?:по|па)-?{_LANGUAGES}(?:и|і|у)$")
_SPLIT_ADVERB = re.compile(rf"^{_LANGUAGES}(?:и|і|у)$")
_WRITE = frozenset(
    fold(w)
    for w in "пишется пишут писалась писался пішацца пішуць пісалася пісаўся spelled spelt spells written".split()
)
_EN_LANGUAGES = frozenset(
    "polish lithuanian latvian german english belarusian russian ukrainian latin czech french".split()
)
_FILLERS = frozenset(fold(w) for w in "как бы вроде будет это гэта было быў была as it's its is was like just".split())
_WINDOW = 12  # tokens between the naming noun and the respelling cue
_STATED_SKIP = frozenset(
    fold(w)
    for w in (
        "она он они её его ее яна ён яны яе яго у неё него мне мая мой моя её была был было быў былі говорила "
        "говорил казала казаў сказала сказаў называла называл звали she he her his was said is"
    ).split()
)


def _cue_end(tokens: Sequence[Token], i: int) -> int:
    """The index after a respelling cue starting at ``i`` (``по-польски``, ``по польски``, ``in polish``,
    ``пишется``), or -1."""
    norm = tokens[i].norm
    if _ADVERB.match(norm) or norm in _WRITE:
        return i + 1
    if i + 1 < len(tokens):
        nxt = tokens[i + 1].norm
        if (norm in ("по", "па") and _SPLIT_ADVERB.match(nxt)) or (norm == "in" and nxt in _EN_LANGUAGES):
            return i + 2
    return -1


def _name_word(tok: Token) -> bool:
    """A word that may be a name part: letters, three or more, no stop word or role noun."""
    return len(tok.norm) >= 3 and tok.norm.isalpha() and not is_stop_word(tok.text) and not is_role(tok)


_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "ADVB", "NPRO", "PRED", "INTJ"})


def _respelling_word(tok: Token) -> bool:
    """A word after a respelling cue that may be the respelt surname: a name word, no other cue, verb form,
    function word or (in Latin letters) ordinary English word (``пишется через``, ``spelled with``)."""
    if not _name_word(tok) or tok.norm in _WRITE or _ADVERB.match(tok.norm) or verb_form(tok):
        return False
    if not tok.cyrillic:
        return not en_vocab.is_known(tok.norm)
    word, m = russian_reading(tok.text.lower().replace("’", "'"))
    return not m.known or namelex.main_pos(word) not in _FUNCTION_POS


def _respelling(tokens: Sequence[Token], labels: Labels) -> None:
    """Mark a surname stated after a naming noun and the respelling after a cue."""
    for n, tok in enumerate(tokens):
        if tok.norm not in _NAMING:
            continue
        k = n + 1
        while k < len(tokens) and tokens[k].norm in _STATED_SKIP:
            k += 1
        if k >= len(tokens) or not _name_word(tokens[k]):
            continue
        for c in range(k + 1, min(len(tokens), k + _WINDOW)):
            end = _cue_end(tokens, c)
            if end < 0:
                continue
            while end < len(tokens) and tokens[end].norm in _FILLERS:
                end += 1
            if end < len(tokens) and _respelling_word(tokens[end]):
                for j in (k, end):
                    if labels[j] is None:
                        labels[j] = "PERSON"
            break


def _nominative_noun(tok: Token) -> bool:
    """pymorphy3 reads the word (or its Russian spelling) mostly as a nominative singular noun."""
    word, m = russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return False
    parses = analyzer().parse(word)
    first = parses[0].tag
    return first.POS == "NOUN" and "nomn" in first and "sing" in first


def _patronymic_surname(tokens: Sequence[Token], labels: Labels) -> None:
    """Mark the noun after a given name and a patronymic (``тодар мікалаевіч жук``)."""
    for i in range(2, len(tokens)):
        tok, patr, given = tokens[i], tokens[i - 1], tokens[i - 2]
        if labels[i] is not None or not tok.cyrillic or not tok.spaced or not patr.spaced:
            continue
        if not namelex.PATRONYMIC_RE.match(patr.norm) or not _given(given, labels[i - 2]):
            continue
        if tok.norm in _NAMING or not _name_word(tok) or verb_form(tok):
            continue
        if _nominative_noun(tok):
            for j in (i - 2, i - 1, i):
                if labels[j] is None:
                    labels[j] = "PERSON"


def _given(tok: Token, label: str | None) -> bool:
    """A given name before a patronymic: a listed form, a word already a person, a pymorphy3 given name, or a
    word no dictionary knows (``тодар``)."""
    if label == "PERSON" or namelex.is_given_form(tok.norm):
        return True
    if label is not None or not tok.cyrillic or not _name_word(tok):
        return False
    m = russian_reading(tok.text.lower().replace("’", "'"))[1]
    return m.name >= 0.5 or (not m.known and not be_vocab.known(tok.text.lower()))


def mark(tokens: Sequence[Token], labels: Labels) -> None:
    """Label the names these frames give in lower-case text (``labels`` as :mod:`names` keeps them)."""
    _respelling(tokens, labels)
    _patronymic_surname(tokens, labels)

