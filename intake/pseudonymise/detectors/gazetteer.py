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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from intake.pseudonymise.detectors.call_memo import CALL
from intake.pseudonymise.detectors.tokens import WORD_RE, Token, fold
from intake.pseudonymise.inflect import morph

NOUN_ENDINGS = frozenset(
    "а я у ю е э и ы о й ь ой ей ем ом ам ям ах ях ою ею ым им ых их ами ями ай яй ов ев".split()
) | {""}
ADJ_ENDINGS = frozenset(
    "ий ый ая яя ое ее ые ие ую юю ого его ому ему ой ей ым им ых их ыми ими ом ем ага аму яму ае ай ым".split()
)
ENDINGS = NOUN_ENDINGS | ADJ_ENDINGS
_VOWELS = set("аяуюеэиыоьй")
MIN_STEM = 3
# Words after which a ``ctx`` place name is read as a place even in lower case or at a sentence start.
PLACE_CUES = frozenset(
    (
        "в во у из изо з са со под пад подо до да ля каля возле около близ "
        "город горад города горада городе горадзе городок деревня деревне деревни вёска вёсцы вёскі "
        "поселок посёлок пасёлак пасёлку поселке аг агрогородок райцентр г гор д "
        "in from to near at outside town village"
    ).split()
)


# A range ``от X до Y``: a ``ctx`` name at one end is a place when the other end is a listed place.
RANGE_FROM = frozenset("от ад".split())
RANGE_TO = frozenset("до да".split())

_VELAR = tuple("кгхжшчщ")
_HUSH = tuple("жшчщц")
# Case endings by the last letter of the dictionary form (folded; Russian and Belarusian together).
_SOFT = frozenset("я и е ю ей ею ь ям ях ями яй".split())
_HARD = frozenset("а ы е у ой ою ам ах ами ай".split())
_NEUTER_ADJ = frozenset("ое ее ае ого его ага ому ему аму ом ем ым им".split())
_CONS = frozenset("а у ом ем е ы и ов ам ах ами ым им ей ой".split()) | {""}
_NEUT = frozenset("о е а у ом ы и ам ах".split())
_SOFT_NEUT = frozenset("я ю ем и ях ям".split())
# Place names keep their number and gender: Мосты is not мост, Пушкинская not пушкинскому.
_PLURAL = frozenset("ы и ов ев ей ам ям ах ях ами ями".split())
_FEM_ADJ = frozenset("ая яя ой ей ую юю ою ею ай яй аю яю".split())
_MASC_ADJ = frozenset("ий ый ой ого его ага ому ему аму им ым ом ем".split())
_NOM_ADJ = frozenset("ий ый ой ая яя ое ее ае ые ие ыя ия".split())
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def allowed_endings(word: str, stem: str) -> frozenset[str]:
    """Endings an inflected form of ``word`` may add to ``stem``."""
    if stem == word:
        return _CONS if word[-1:] not in _VOWELS else frozenset({""})
    last = word[len(stem) :]
    if last in ("ое", "ее", "ае"):  # a neuter place name (Глубокое) keeps its gender: not глубокой
        return _NEUTER_ADJ
    if last in ADJ_ENDINGS and len(last) == 2:
        return ADJ_ENDINGS
    if last == "а":
        extra = {"и"} if stem.endswith(_VELAR) else set()
        return _HARD | extra | ({"ей"} if stem.endswith(_HUSH) else set())  # Речицей, Оршей
    if last == "ь":
        return _SOFT | {"ем", "ю", "ью"}  # Любанью, Припятью
    if last in ("я", "й"):
        return _SOFT | {"ем", "ю"}
    if last in ("о", "е"):
        return _NEUT | _SOFT_NEUT if stem.endswith(("ь", "и")) else _NEUT  # Полесья, Краснопольем
    return NOUN_ENDINGS


def place_endings(word: str, stem: str) -> frozenset[str]:
    """:func:`allowed_endings` for place names, which keep their number and gender."""
    last = word[len(stem) :]
    if last in ("ая", "яя"):
        return _FEM_ADJ
    if last in ("ий", "ый"):
        return _MASC_ADJ
    if last in ("ы", "и"):  # a bare stem for the genitive: з Баранавіч, з Пастаў, из Ошмян, из Мачулищ
        return _PLURAL | {""} if stem.endswith(("ч", "у")) or bare_genitive(stem) else _PLURAL
    if last == "е" and stem.endswith(_HUSH):  # a neuter after a hushing consonant: под Езерищем
        return _NEUT | {"ем"}
    return allowed_endings(word, stem)


@lru_cache(maxsize=4096)
def bare_genitive(stem: str) -> bool:
    """Whether the bare stem of a plural place name (``ошмян`` of ``Ошмяны``) may stand as its genitive: not
    when it is a common word of its own (``мост`` of ``Мосты``, ``дрозд`` of ``Дрозды``). pymorphy3 decides: a
    word it does not know, or knows only as a name or as the genitive of a plural place (``Пружан``), is free;
    a stem of three letters never is (``тых`` of ``Тыхы`` is Belarusian "those")."""
    if len(stem) <= MIN_STEM:
        return False
    analyzer = morph()
    if not analyzer.word_is_known(stem):
        return True
    tags = [p.tag for p in analyzer.parse(stem)]
    return any("Geox" in t and "plur" in t for t in tags) or all(t.grammemes & _NAME_TAGS for t in tags)


_LOCATIVE_SHIFT = {"да": ("дз", "е"), "та": ("ц", "е"), "га": ("з", "е"), "ка": ("ц", "еы"), "ха": ("с", "е")}
_OBLIQUE = _CONS - {""}
_BE_GEN_PLURAL = frozenset({"ау", "оу", "еу"})  # Belarusian -аў/-оў/-еў, folded: з Хойнікаў, з Пастаў


@lru_cache(maxsize=16384)
def alternations(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Extra stems of ``word`` (folded) from regular consonant alternations, with their endings."""
    out: dict[str, frozenset[str]] = {}
    if len(word) < MIN_STEM + 1:
        return ()
    if word[-1] == "у" and word[-2] in "аеиоыя":  # Belarusian ў: Кракаў -> Кракава, Крычаў -> Крычаве
        out[word[:-1] + "в"] = _OBLIQUE
    shift = _LOCATIVE_SHIFT.get(word[-2:])
    if shift is not None:  # Belarusian locative/dative: Канада -> Канадзе, Вілейка -> Вілейцы
        out[word[:-2] + shift[0]] = frozenset(shift[1])
    if word[-2:] in ("ец", "ок", "ак") and len(word) >= 6:  # fleeting vowel: Каменец -> Каменца
        out[word[:-2] + word[-1]] = _OBLIQUE
    elif word[-1] in "тд":  # Belarusian locative: Брэст -> у Брэсце, Слаўгарад -> у Слаўгарадзе
        out[word[:-1] + ("ц" if word[-1] == "т" else "дз")] = frozenset({"е"})
    if word[-1] in "иы":  # Belarusian genitive plural: Хойнікі -> з Хойнікаў
        out[word[:-1]] = _BE_GEN_PLURAL
    if word[-2:] == "ки" and word[-3] not in _VOWELS:  # fleeting vowel: Крупки -> из Крупок, з Крупак
        for vowel in ("е", "а") if word[-3] in _HUSH else ("о", "а"):
            out[word[:-2] + vowel + "к"] = frozenset({""})
    return tuple(out.items())


@lru_cache(maxsize=4096)
def locative_shift(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The Belarusian locative stem of an organisation's word (folded), as said after ``у``/``на`` in any
    letter case: ``Еўраопт`` -> ``у еўраопце``, ``Гродна Азот`` -> ``на гродна азоце``. Only after a
    consonant-final name: a vowel-final one is often a common noun (``Дапамога``: ``у дапамозе``, help)."""
    if len(word) >= MIN_STEM + 1 and word[-1] in "тд" and word[-2] not in "тд":
        return ((word[:-1] + ("ц" if word[-1] == "т" else "дз"), frozenset({"е"})),)
    return ()


def stems(word: str, min_stem: int = MIN_STEM) -> set[str]:
    """The stems an inflected form of ``word`` (folded) may start with."""
    out = {word}
    if len(word) > min_stem and word[-1] in _VOWELS:
        out.add(word[:-1])
    if len(word) > min_stem + 1 and word[-2:] in ADJ_ENDINGS:
        out.add(word[:-2])
    return {s for s in out if len(s) >= min_stem or s == word}


def place_stems(word: str, min_stem: int = MIN_STEM) -> set[str]:
    """:func:`stems` for place names: a final Belarusian ``ў`` (folded ``у``) is a consonant, so
    ``Шклоў`` has no stem ``шкло`` (its oblique forms come from :func:`alternations`)."""
    if word[-1:] == "у":  # and an indeclinable foreign name: Баку is not бак + у
        return {word}
    out = stems(word, min_stem)
    if word[-2:] not in _NOM_ADJ:  # only an adjective's ending comes off: Слоним is not слон + им
        out.discard(word[:-2])
    return out


def split_candidates(norm: str, min_stem: int = MIN_STEM) -> Iterable[str]:
    """Prefixes of ``norm`` that leave a known ending."""
    yield norm
    for k in (1, 2, 3):
        if len(norm) - k >= min_stem and norm[-k:] in ENDINGS:
            yield norm[:-k]
    if len(norm) - 2 >= min_stem and norm[-2:] in _BE_GEN_PLURAL:
        yield norm[:-2]


def _candidates(norm: str, min_stem: int) -> list[str]:
    """:func:`split_candidates` as a list, in the same order (no generator: asked for every word)."""
    out, n = [norm], len(norm)
    if n - 1 >= min_stem and norm[-1:] in ENDINGS:
        out.append(norm[:-1])
    if n - 2 >= min_stem and norm[-2:] in ENDINGS:
        out.append(norm[:-2])
    if n - 3 >= min_stem and norm[-3:] in ENDINGS:
        out.append(norm[:-3])
    if n - 2 >= min_stem and norm[-2:] in _BE_GEN_PLURAL:
        out.append(norm[:-2])
    return out


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
        for cand in _candidates(norm, self.min_stem):
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
        ``lowercase`` text they never match, and acronyms match in lower case. ``firsts``: the caller's memo
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
            if "cs" in entry.flags and (lowercase or not tokens[i].cap or tokens[i].initial):
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
    if 0 < i < len(tokens) - 2 and tokens[i - 1].norm in RANGE_FROM and tokens[i + 1].norm in RANGE_TO:
        return _listed_place(tokens[i + 2].norm)
    return (
        i >= 3
        and tokens[i - 1].norm in RANGE_TO
        and tokens[i - 3].norm in RANGE_FROM
        and _listed_place(tokens[i - 2].norm)
    )


def _listed_place(norm: str) -> bool:
    """A word that starts a listed place which needs no context of its own."""
    return any(e.label == "LOCATION" and not e.flags & {"cs", "ctx"} for e in entity_gazetteer().lookup_first(norm))


def lexeme_keys(norm: str, min_stem: int = 4) -> set[str]:
    """``norm`` and its stems after removing one case ending: inflected forms of a word share a key."""
    out, n = {norm}, len(norm)
    if n - 1 >= min_stem and norm[-1:] in ENDINGS:
        out.add(norm[:-1])
    if n - 2 >= min_stem and norm[-2:] in ENDINGS:
        out.add(norm[:-2])
    if n - 3 >= min_stem and norm[-3:] in ENDINGS:
        out.add(norm[:-3])
    return out


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
