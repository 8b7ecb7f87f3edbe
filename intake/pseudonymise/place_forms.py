"""Other mentions of a place, organisation or facility whose name is also a common word.

Propagation (``propagate.py``) masks every other form of a detected entity in the same text. A person's name
that is a common word (``Роза``, ``Мороз``) has long been masked, uncertain, where no capital can tell the name
from the word; this module gives places, organisations and facilities the same treatment. Once a detector has
proved a name with a strong cue (``в колонии горки``, ``у раёне крупак``, ``город мосты``), its bare mentions
elsewhere in the text (``горки это маленький город``, ``мосты остались``) are the entity as often as not, and in
lower-case speech nothing else tells them apart: they are masked, ``uncertain:propagated-place``, and the reviewer
releases a hill with one key.

What the project knows says when such a form is the common word and stays open:

* an attribute before it that agrees with the noun (``зелёные горки``: :func:`namecues.modified`), or an
  adjective reading before a noun it qualifies (:func:`namecues.adjective_use`);
* a cardinal number before it (``две горки``: :func:`namecues.counted`) or a comparison (``как горки``);
* in cased text, a lower-case form (a writer capitalises a town: ``Горки`` ... ``на горки``), which
  ``propagate.py`` already leaves to the common word.

Seeds: a lower-case word of a detected one-word place or organisation is a seed even when it is a dictionary word
(``горки``, ``мосты``; before, only unknown words of five letters or more spread), because its span's detector
proved it in its context; a word inside a multi-word name still spreads only when it is proper
(``word_classes.generic_word``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import namecues, namelex
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.spans import UNCERTAIN, Span

SOURCE = "propagate"
SCORE = 0.4
PLACE_LABELS = frozenset({"LOCATION", "ORGANISATION", "DETENTION"})
# Prepositions a place takes (``в горках``, ``з крупак``): after one a place name is read as the place, so the
# common-noun test of a surname's other forms (``на дубе``) does not apply to it.
PLACE_PREPS = frozenset(fold(w) for w in "в во у ў на из з са с ад от до да под пад над за праз через".split())
_COMPARE = frozenset(fold(w) for w in "як как нібы быццам словно будто like".split())
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
_LOCATIVES = frozenset({"loct", "loc2"})
# ``в одном круглом`` (in Krugloye alone), ``у самым глыбокім``, ``в том же``: words that single out a place
_DETERMINERS = frozenset(fold(w) for w in "одном адным самом самым том тым этом гэтым".split())
_DIRECT = frozenset({"nomn", "accs"})  # the cases of a subject or object
# An adjective made from a place (``брэсцкі``, ``лідскіх``, ``польская``).
_PLACE_ADJECTIVE = re.compile(r"[сц]к(?:і|ы|ая|ае|ага|ую|ай|ой|ім|ым|ія|ыя|іх|ых|аму|ое|ий|ого|ому|ом|ие|ые|их|им)$")


def seedable_word(tok: Token, alone: bool) -> bool:
    """A lower-case dictionary word of a detected place or organisation spreads when it is the whole name
    (``горки``, ``мосты``) or pymorphy3 reads it as a place, at four letters or more."""
    if len(tok.norm) < 4 or not tok.cyrillic:
        return False
    return alone or namelex.word_morph(tok.text).place >= 0.3


def after_place_preposition(tokens: Sequence[Token], i: int) -> bool:
    """The word follows a preposition a place takes (``в горках``, ``у крупаку``)."""
    return i > 0 and tokens[i].spaced and tokens[i - 1].norm in PLACE_PREPS


def common_reading(tokens: Sequence[Token], i: int) -> bool:
    """The sentence reads the word as the common noun or as no name at all: an attribute before it (``зелёные
    горки``, ``никакой правды``), a number, a comparison; an adjective (``брэсцкі``, ``польская``: a word made
    from a place names no place); a dictionary word in an oblique case with no place preposition before it
    (``между словами``, ``мира хотели``): a bare mention of a place is its subject or object (``горки это
    маленький город``, ``мосты остались``) or follows a preposition (``в горках``)."""
    if namecues.modified(tokens, i) or namecues.counted(tokens, i) or namecues.adjective_use(tokens, i):
        return True
    if i > 0 and (tokens[i - 1].norm in _COMPARE or _attribute(tokens[i - 1])):
        return True
    if _PLACE_ADJECTIVE.search(tokens[i].text.lower()):
        return True
    spelling, m = namelex.russian_reading(tokens[i].text.lower().replace("’", "'"))
    if m.known and namelex.main_pos(spelling) in _ADJECTIVES:
        return True
    return m.known and not after_place_preposition(tokens, i) and not m.case & _DIRECT


def determined_place(tokens: Sequence[Token], i: int) -> bool:
    """``в одном круглом``, ``у самым глыбокім``: a place preposition, a determiner, then the proven word with no
    locative noun after it that the word could qualify (``в одном круглом озере`` is a lake). An adjectival
    town's name reads as an adjective after a determiner; with no noun to qualify it is the town."""
    if i < 2 or tokens[i - 2].norm not in PLACE_PREPS or tokens[i - 1].norm not in _DETERMINERS:
        return False
    if not (tokens[i - 1].spaced and tokens[i].spaced):
        return False
    return i + 1 >= len(tokens) or not _locative_noun(tokens[i + 1])


def _locative_noun(tok: Token) -> bool:
    """A noun that may be in the locative (``озере``, ``месте``); an unknown word by its ending (``возеры``)."""
    if not tok.cyrillic:
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return tok.norm.endswith(("е", "и", "ы", "у"))
    return bool(m.case & _LOCATIVES) and namelex.main_pos(spelling) == "NOUN"


def _attribute(prev: Token) -> bool:
    """A lower-case adjective or pronoun-adjective (``никакой``, ``новые``) before the word."""
    if prev.cap or not prev.cyrillic or not prev.spaced or _PLACE_ADJECTIVE.search(prev.text.lower()):
        return False
    spelling, m = namelex.russian_reading(prev.text.lower().replace("’", "'"))
    return m.known and namelex.main_pos(spelling) in _ADJECTIVES


def uncertain_form(tokens: Sequence[Token], i: int, label: str, lowercase: bool) -> list[Span]:
    """A common-word form of a proven place, organisation or facility: masked uncertain where no capital tells
    the name from the word (lower-case text, or capitalised opening a sentence), unless its sentence reads it as
    the common word."""
    tok = tokens[i]
    if label not in PLACE_LABELS:
        return []
    if determined_place(tokens, i):  # ``в одном глубоком``: read as the place even in cased text
        return [Span(tok.start, tok.end, label, tok.text, SCORE, SOURCE, f"{UNCERTAIN}:propagated-place")]
    if not (tok.cap or lowercase) or common_reading(tokens, i):
        return []
    return [Span(tok.start, tok.end, label, tok.text, SCORE, SOURCE, f"{UNCERTAIN}:propagated-place")]
