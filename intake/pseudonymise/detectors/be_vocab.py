"""A Belarusian vocabulary from Debian's ``hunspell-be`` dictionary (our own reader of hunspell files).

Russian text has pymorphy3 to tell a known common word from an unknown one; Belarusian had no vocabulary
here. ``hunspell-be`` (Mikalai Udodau, CC-BY-SA 3.0; ``apt install hunspell-be``) lists about 82,000 stems
in ``be_BY.dic``, each with affix flags, and ``be_BY.aff`` says what each flag does: ``SFX H ак ку
[бджзлмнпрстчш]ак`` strips ``ак`` from a stem that ends in the condition and adds ``ку``. About 3,900
stems are capitalised proper nouns: given names, patronymics, surnames, places.

A word is looked up by reversing the rules: for each suffix rule whose added string ends the word, put
the stripped string back, check the rule's condition and that the stem is listed with the rule's flag
(prefixes ``не``, ``па``, ``за``, ``у``/``ў``, ``і`` likewise, crossed with suffixes when both allow it).
Only the reader is ours; no hunspell or spylls code. The files are read on first use (about 0.15 s) from
:data:`DEFAULT_DIR` (a directory holding ``be_BY.dic`` and ``be_BY.aff``; the library reads no environment);
without them :func:`available` is false, :func:`known` and :func:`proper` answer nothing, and detection
falls back to word shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DEFAULT_DIR = Path("/usr/share/hunspell")
STEM = "be_BY"
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_PATRONYMIC = re.compile(r"(?:віч|вічна|ічна|[аеяоэ]ўна|[аеяоэ]вна|[іы]нічна)$")
_PLACE = re.compile(r"(?:ія|шчына|чына|ск|бург|град|горад|поль|стан|ляндыя)$")


@dataclass(frozen=True)
class Affix:
    """One affix rule: ``strip`` is taken off the stem, ``add`` put on; ``cond`` tests the stem."""

    flag: str
    strip: str
    add: str
    cond: re.Pattern[str] | None
    cross: bool


@dataclass
class Vocabulary:
    """Stems (lower-cased) with their flags, and the affix rules indexed by the string they add."""

    common: dict[str, str] = field(default_factory=dict)
    proper: dict[str, tuple[str, str]] = field(default_factory=dict)  # lower stem -> (stem as listed, flags)
    flags: dict[str, str] = field(default_factory=dict)  # lower stem -> its flags, common and proper
    # form -> its capitalised stems, lower-cased and joined by spaces (strings, not tuples: the garbage
    # collector need not walk 20,000 containers on every full collection)
    proper_forms: dict[str, str] = field(default_factory=dict)
    suffixes: dict[str, list[Affix]] = field(default_factory=dict)  # added string -> rules
    prefixes: list[Affix] = field(default_factory=list)
    max_add: int = 0


@lru_cache(maxsize=2048)
def _condition(text: str, suffix: bool) -> re.Pattern[str] | None:
    """A hunspell condition (``[^аеі]к``, ``.``) as an anchored pattern; ``None`` where it is ``.``."""
    if text == ".":
        return None
    return re.compile(text + "$" if suffix else "^" + text)


def parse_aff(lines: list[str]) -> tuple[list[Affix], list[Affix]]:
    """(suffix rules, prefix rules) of an ``.aff`` file's lines; other directives are ignored."""
    cross: dict[tuple[str, str], bool] = {}
    rules: dict[str, list[Affix]] = {"SFX": [], "PFX": []}
    for line in lines:
        parts = line.split()
        if len(parts) < 4 or parts[0] not in rules:
            continue
        kind, flag = parts[0], parts[1]
        if len(parts) == 4 and parts[2] in "YN":  # header: SFX H Y 52
            cross[kind, flag] = parts[2] == "Y"
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add = "" if parts[3] == "0" else parts[3].split("/")[0]
        cond = _condition(parts[4] if len(parts) > 4 else ".", kind == "SFX")
        rules[kind].append(Affix(flag, strip, add, cond, cross.get((kind, flag), False)))
    return rules["SFX"], rules["PFX"]


def parse_dic(lines: list[str], vocab: Vocabulary) -> None:
    """Stems of a ``.dic`` file (first line: the count) into ``vocab``: lower-case stems are common
    words, capitalised ones proper nouns (a stem listed both ways is both)."""
    common, proper = vocab.common, vocab.proper
    for line in lines[1:]:
        word, _, flags = line.partition("/")
        if not word[:1].islower():
            if word[:1].isupper():
                low = word.lower()
                proper[low] = (word, proper[low][1] + flags if low in proper else flags)
            continue
        common[word] = common[word] + flags if word in common else flags


def build(dic: list[str], aff: list[str]) -> Vocabulary:
    """A :class:`Vocabulary` from the lines of a ``.dic`` and an ``.aff`` file."""
    vocab = Vocabulary()
    dic = [line.translate(_APOSTROPHES) for line in dic] if any("’" in x or "ʼ" in x for x in dic) else dic
    suffixes, vocab.prefixes = parse_aff(aff)
    for rule in suffixes:
        vocab.suffixes.setdefault(rule.add, []).append(rule)
    vocab.max_add = max((len(a) for a in vocab.suffixes), default=0)
    parse_dic(dic, vocab)
    vocab.flags = dict(vocab.common)
    for low, (_, flags) in vocab.proper.items():
        vocab.flags[low] = vocab.flags.get(low, "") + flags
    _expand_proper(vocab, suffixes)
    return vocab


def _expand_proper(vocab: Vocabulary, suffixes: list[Affix]) -> None:
    """Every suffixed form of every capitalised stem, generated forwards (a few thousand stems): the
    per-word question "a form of a proper noun?" is then one dictionary look-up, asked of every word."""
    by_flag: dict[str, list[Affix]] = {}
    for rule in suffixes:
        by_flag.setdefault(rule.flag, []).append(rule)
    forms: dict[str, list[str]] = {}
    for low, (_, flags) in vocab.proper.items():
        forms.setdefault(low, []).append(low)
        for flag in set(flags):
            for rule in by_flag.get(flag, ()):
                if low.endswith(rule.strip) and (rule.cond is None or rule.cond.search(low)):
                    forms.setdefault(low[: len(low) - len(rule.strip)] + rule.add, []).append(low)
    vocab.proper_forms = {form: " ".join(dict.fromkeys(stems)) for form, stems in forms.items()}


def _directory() -> Path:
    return DEFAULT_DIR


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary | None:
    """The dictionary of :func:`_directory`, read once; ``None`` when its files are absent or unreadable."""
    folder = _directory()
    try:
        dic = (folder / f"{STEM}.dic").read_text(encoding="utf-8").splitlines()
        aff = (folder / f"{STEM}.aff").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return build(dic, aff)


def available() -> bool:
    """Whether the Belarusian dictionary could be read."""
    return vocabulary() is not None


def _ok(rule: Affix, stem: str, flags: str) -> bool:
    return rule.flag in flags and (rule.cond is None or rule.cond.search(stem) is not None)


def _suffix_stems(word: str, vocab: Vocabulary, need: str = "") -> list[str]:
    """Listed stems (lower-cased) that ``word`` is or is a form of through one suffix rule; with
    ``need`` (a prefix rule's flag) only stems carrying it, through suffix rules that may be crossed."""
    listed = vocab.flags.get(word)
    found = [word] if listed is not None and need in listed else []
    for n in range(min(vocab.max_add, len(word) - 1), -1, -1):
        for rule in vocab.suffixes.get(word[len(word) - n :], ()):
            if need and not rule.cross:
                continue
            stem = word[: len(word) - n] + rule.strip
            flags = vocab.flags.get(stem)
            if flags and _ok(rule, stem, flags) and need in flags:
                found.append(stem)
    return found


def _prefix_stems(word: str, vocab: Vocabulary) -> list[str]:
    """Stems reached by taking a prefix rule off ``word`` (then at most one crossable suffix rule)."""
    found: list[str] = []
    for rule in vocab.prefixes:
        if not word.startswith(rule.add) or len(word) <= len(rule.add) + 1:
            continue
        rest = rule.strip + word[len(rule.add) :]
        if rule.cond is None or rule.cond.search(rest) is not None:
            found += _suffix_stems(rest, vocab, rule.flag)
    return found


@lru_cache(maxsize=100_000)
def stems(word: str) -> tuple[str, ...]:
    """Listed stems (lower-cased) ``word`` is a form of; empty without the dictionary."""
    vocab = vocabulary()
    if vocab is None or not word:
        return ()
    low = word.lower().translate(_APOSTROPHES)
    found = _suffix_stems(low, vocab) + _prefix_stems(low, vocab)
    return tuple(dict.fromkeys(found))


def known(word: str) -> bool:
    """``word`` is a form of a lower-case stem: a common Belarusian word (``кнігу``, ``сказала``); a
    hyphenated word when each part is (``па-руску``, ``з-за``: the dictionary's ``BREAK -``)."""
    vocab = vocabulary()
    if vocab is None:
        return False
    if any(s in vocab.common for s in stems(word)):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p and any(s in vocab.common for s in stems(p)) for p in parts)


def common_only(word: str) -> bool:
    """``word`` is a form of a common word and of no capitalised stem (``машыну``, ``бульба``, ``ганку``; not
    ``міра``'s name reading when the dictionary lists ``Міра``): a thing, not a name, by the dictionary."""
    low = word.lower()
    return known(low) and proper(low) is None


_VERB_STEM = re.compile(r"(?:ць|ці|чы|цца|цці|ся|[^'][ую])$")  # how hunspell-be lists a verb


def verb_form(word: str) -> bool:
    """Every stem hunspell-be gives ``word`` is a verb's (infinitive ``-ць``/``-ці``/``-чы``, first person
    ``-у``/``-ю``: ``змяніце`` of ``змяніць``, ``пішыце`` of ``пішу``) and none is capitalised; ``False`` for a
    word it does not know."""
    low = word.lower().translate(_APOSTROPHES)
    found = stems(low)
    return bool(found) and proper(low) is None and all(_VERB_STEM.search(stem) for stem in found)


def noun_only(word: str) -> bool:
    """hunspell-be knows ``word`` and no stem it gives is a verb's: ``палякаў`` (of ``паляк``), not ``сказаў``
    (of ``сказаць`` as well as ``сказ``); a short ``-аў`` word is then a genitive plural, no past tense."""
    found = stems(word)
    return bool(found) and not any(_VERB_STEM.search(stem) for stem in found)


def proper(word: str) -> str | None:
    """What a form of a capitalised stem is: ``"patronymic"`` (``Алегавіча``), ``"place"``
    (``Італіі``, ``Суражчыну``, by the stem's ending) or ``"name"`` (given name or surname; the
    dictionary's flags do not tell them apart); ``None`` when no capitalised stem fits."""
    vocab = vocabulary()
    if vocab is None:
        return None
    listed = vocab.proper_forms.get(word.lower().translate(_APOSTROPHES))
    if not listed:
        return None
    low = listed.split()
    if any(_PATRONYMIC.search(s) for s in low):
        return "patronymic"
    if all(_PLACE.search(s) for s in low):
        return "place"
    return "name"


def warm_up() -> None:
    """Read the dictionary now (before timing or a batch)."""
    vocabulary()
