"""Inflection-tolerant phrase lists: places, facilities, organisations, first names.

A list entry is one or more words. A text word matches an entry word when, after folding (see
``tokens.fold``), it equals it or is its stem plus a Russian/Belarusian case ending. The stem is the
entry word without its final vowel/soft sign, or without an adjective ending for words such as
``Глубокое``. Regular consonant alternations add stems of their own (:func:`alternations`): Belarusian
``ў``/``в`` (``Кракаў``/``у Кракаве``), the Belarusian locative (``Канада``/``у Канадзе``, ``Рыга``/``у
Рызе``, ``Вілейка``/``у Вілейцы``, ``Брэст``/``у Брэсце``), the genitive plural ``з Хойнікаў`` and the
fleeting vowel of ``-ец``/``-ок``/``-ак`` (``Каменец``/``Каменца``,
``Навагрудак``/``Навагрудка``). Other fleeting vowels (``Павел``/``Павла``,
``Горки``/``Горок``) are covered by listing the oblique form as another entry. Place names keep their
number and gender (:func:`place_endings`: ``Мосты`` is not ``мост``, ``Пушкинская`` not ``пушкинскому``),
and a final ``у`` (Belarusian ``ў``, or an indeclinable ``Баку``) never comes off. Entries flagged ``cs``
match only capitalised words; entries flagged ``ctx`` (places that are also common words: ``Мосты``,
``Столбцы``, ``Горки``) match a capitalised word inside a sentence, and otherwise only after a place cue
(``в``, ``из``, ``под``, ``город``, ``from`` ...: :data:`PLACE_CUES`) or at one end of a range whose other end
is a listed place (``от мостов до друскининкая``). In lower-case speech, where no capital can tell, the sentence
decides for ``cs`` and ``ctx`` entries (``common_entries.py``: ``нам весна помогла``, ``переехали в вену``).
The stems and endings themselves are ``stemming.py``'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from intake.pseudonymise.detectors.call_memo import CALL
from intake.pseudonymise.detectors.stemming import (
    MIN_STEM,
    allowed_endings,
    alternations,
    candidate_stems,
    locative_shift,
    place_endings,
    place_stems,
    stems,
)
from intake.pseudonymise.detectors.tokens import WORD_RE, Token, fold

# Words after which a ``ctx`` place name is read as a place even in lower case or at a sentence start.
PLACE_CUES = frozenset(
    (
        "в во у из изо з са со под пад подо до да ля каля возле около близ "
        "город горад города горада городе горадзе городок деревня деревне деревни вёска вёсцы вёскі "
        "поселок посёлок пасёлак пасёлку поселке аг агрогородок райцентр г гор д "
        "in from to near at outside town village"
    ).split()
)


# Folded stems of nouns a place name follows in the genitive or in apposition (``в районе крупок``, ``у раёне
# крупак``, ``колония горки``, ``в сторону мостов``, ``трасса на столбцы`` has its own ``на``): districts,
# surroundings, directions, roads, penal colonies. In lower-case text a ``ctx`` entry after one is a place.
PLACE_NOUN_STEMS = ("район", "раен", "окрестн", "наваколл", "ваколиц", "околиц", "сторон", "бок", "трасс", "дорог",
                    "дарог", "шоссе", "шаш", "колони", "калони", "окраин", "акраин", "област", "вобласц", "пригород",
                    "прыгарад")
_PLACE_NOUN_MAX = 3  # letters of a case ending after the stem (``району``, ``раёнах``)


# A range ``от X до Y``: a ``ctx`` name at one end is a place when the other end is a listed place.
RANGE_FROM = frozenset("от ад".split())
RANGE_TO = frozenset("до да".split())


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]
    label: str
    flags: frozenset[str]
    surface: str
    min_stem: int = MIN_STEM
    alternate: bool = False  # also match the stems of :func:`alternations` (place names)
    locative: bool = False  # also match :func:`locative_shift` (organisations)

    def word_matches(self, i: int, norm: str) -> bool:
        target = self.words[i]
        if norm == target:
            return True
        endings = place_endings if self.alternate else allowed_endings
        if any(norm.startswith(s) and norm[len(s) :] in endings(target, s) for s in self._stems(target)):
            return True
        shifted = alternations(target) if self.alternate else locative_shift(target) if self.locative else ()
        return any(norm.startswith(s) and norm[len(s) :] in e for s, e in shifted)

    def _stems(self, word: str) -> set[str]:
        return place_stems(word, self.min_stem) if self.alternate else stems(word, self.min_stem)


@dataclass
class Match:
    start_token: int
    end_token: int  # exclusive
    entry: Entry


@dataclass
class Gazetteer:
    """Phrases indexed by the stems of their first word."""

    index: dict[str, list[Entry]] = field(default_factory=dict)
    min_stem: int = MIN_STEM
    alternate: bool = False

    def add(self, surface: str, label: str, flags: Iterable[str] = ()) -> None:
        """List ``surface``: split at hyphens, and also whole (the tokenizer keeps ``Динамо-Брест`` one word)."""
        flag_set = set(flags)
        if any(c.isdigit() for c in surface):
            # Tokens hold no digits (``Хартия-97`` is the token ``Хартия``): match the words, only capitalised.
            if not any(len(w) >= 3 for w in _entry_words(surface, False)):
                return  # ``A1``: no word of its own left
            flag_set.add("cs")
        if surface.isupper() and len(surface) <= 6:
            flag_set.add("acr")
        if _english_word(surface):
            flag_set.add("cs")  # ``life:)`` the operator, not ``half a life``: only capitalised, never in lower case
        for words in dict.fromkeys((_entry_words(surface, False), _entry_words(surface, True))):
            if words:
                self._add(words, surface, label, frozenset(flag_set))

    def _add(self, words: tuple[str, ...], surface: str, label: str, flags: frozenset[str]) -> None:
        alternate = self.alternate and label == "LOCATION"
        locative = self.alternate and label == "ORGANISATION"
        entry = Entry(words, label, flags, surface, self.min_stem, alternate, locative)
        keys = stems(words[0], self.min_stem) | {stem for stem, _ in locative_shift(words[0]) if locative}
        if alternate:
            keys = place_stems(words[0], self.min_stem) | {stem for stem, _ in alternations(words[0])}
        for stem in keys:
            self.index.setdefault(stem, []).append(entry)

    def lookup_first(self, norm: str) -> list[Entry]:
        """The entries whose first word ``norm`` is a form of (remembered within ``call_memo``: read, never change)."""
        memo = CALL.memo
        if memo is None:
            return self._lookup_first(norm)
        key = (id(self), norm)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._lookup_first(norm)
        return found

    def _lookup_first(self, norm: str) -> list[Entry]:
        found: list[Entry] = []
        index = self.index
        for cand in candidate_stems(norm, self.min_stem):
            if cand not in index:
                continue
            for entry in index[cand]:
                if entry not in found and entry.word_matches(0, norm):
                    found.append(entry)
        return found

    def match_at(
        self, tokens: Sequence[Token], i: int, lowercase: bool = False, firsts: dict[str, list[Entry]] | None = None
    ) -> Match | None:
        """The longest entry starting at token ``i``, if any.

        ``cs`` entries need a capital away from a sentence start (there a capital proves nothing); in
        ``lowercase`` text they never match, and acronyms match in lower case; ``role`` entries need that
        capital only in a form other than the listed one. ``firsts``: the caller's memo
        of :meth:`lookup_first` by word.
        """
        best: Match | None = None
        norm = tokens[i].norm
        if firsts is None:
            entries = self.lookup_first(norm)
        elif norm in firsts:
            entries = firsts[norm]
        else:
            entries = firsts[norm] = self.lookup_first(norm)
        for entry in entries:
            n = len(entry.words)
            if i + n > len(tokens):
                continue
            if not all(tokens[i + k].spaced and entry.word_matches(k, tokens[i + k].norm) for k in range(1, n)):
                continue
            uncapitalised = lowercase or not tokens[i].cap or tokens[i].initial
            if "cs" in entry.flags and uncapitalised:
                continue
            if "role" in entry.flags and uncapitalised and norm != entry.words[0]:
                continue
            if "ctx" in entry.flags and not _place_context(tokens, i, lowercase):
                continue
            if "acr" in entry.flags and not (tokens[i].acronym or (lowercase and len(tokens[i].norm) >= 3)):
                continue
            if best is None or n > best.end_token - best.start_token:
                best = Match(i, i + n, entry)
        return best

    def find(self, tokens: Sequence[Token], lowercase: bool = False) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match] = []
        firsts: dict[str, list[Entry]] = {}  # word -> entries it may start; for this call only
        i = 0
        while i < len(tokens):
            m = self.match_at(tokens, i, lowercase, firsts)
            if m is None:
                i += 1
                continue
            out.append(m)
            i = m.end_token
        return out


_FREQUENT_ENGLISH = 8000  # the rank below which a Latin word is ordinary English (as for Latin given names)


@lru_cache(maxsize=1)
def _frequent_english() -> frozenset[str]:
    """The most frequent lower-case English words (``data/english_words.txt`` is in frequency order)."""
    return frozenset(forms[0] for forms, _ in read_list("english_words.txt")[:_FREQUENT_ENGLISH])


def _english_word(surface: str) -> bool:
    """A one-word Latin entry that is a frequent English word (``life:)``, ``Bath``): a name only capitalised."""
    words = _entry_words(surface, False)
    return len(words) == 1 and words[0].isascii() and words[0] in _frequent_english()


def _entry_words(surface: str, joined: bool) -> tuple[str, ...]:
    """The folded words of a listed form as the tokenizer reads them (letters only; a hyphen joins words
    when ``joined``, else parts them)."""
    return tuple(fold(w) for w in WORD_RE.findall(surface if joined else surface.replace("-", " ")))


def _place_context(tokens: Sequence[Token], i: int, lowercase: bool) -> bool:
    """A capitalised word inside a sentence, a place cue (``в``, ``из``, ``город``) just before, or a range
    whose other end is a listed place (``от мостов до друскининкая``, ``ад ліды да мастоў``)."""
    if tokens[i].cap and not tokens[i].initial and not lowercase:
        return True
    if i > 0 and tokens[i - 1].norm in PLACE_CUES:
        return True
    if lowercase and i > 0 and tokens[i].spaced and _place_noun(tokens[i - 1].norm):
        return True
    if 0 < i < len(tokens) - 2 and tokens[i - 1].norm in RANGE_FROM and tokens[i + 1].norm in RANGE_TO:
        return _listed_place(tokens[i + 2].norm)
    return (
        i >= 3
        and tokens[i - 1].norm in RANGE_TO
        and tokens[i - 3].norm in RANGE_FROM
        and _listed_place(tokens[i - 2].norm)
    )


def _place_noun(norm: str) -> bool:
    """A district, surroundings, direction, road or colony noun (:data:`PLACE_NOUN_STEMS`) in any case form."""
    return any(norm.startswith(s) and len(norm) - len(s) <= _PLACE_NOUN_MAX for s in PLACE_NOUN_STEMS)


def _listed_place(norm: str) -> bool:
    """A word that starts a listed place which needs no context of its own."""
    return any(e.label == "LOCATION" and not e.flags & {"cs", "ctx"} for e in entity_gazetteer().lookup_first(norm))


def listed_place(norm: str) -> bool:
    """A folded word (``tokens.fold``) that starts a listed place needing no context (``магилеве``)."""
    return _listed_place(norm)


def read_list(name: str) -> list[tuple[list[str], list[str]]]:
    """Rows of a data file: (forms, flags); ``#`` comments and blank lines skipped."""
    text = resources.files("intake.pseudonymise.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        forms, _, flags = line.partition("\t")
        rows.append(([f.strip() for f in forms.split("|") if f.strip()], flags.split()))
    return rows


@lru_cache(maxsize=1)
def entity_gazetteer() -> Gazetteer:
    """Places, facilities and organisations from the project's data files."""
    gaz = Gazetteer(alternate=True)
    for name, label in (
        ("places.tsv", "LOCATION"),
        ("belarus.tsv", "LOCATION"),
        ("world.tsv", "LOCATION"),
        ("facilities.tsv", "DETENTION"),
        ("organisations.tsv", "ORGANISATION"),
    ):
        for forms, flags in read_list(name):
            for form in forms:
                gaz.add(form, label, flags)
    return gaz
