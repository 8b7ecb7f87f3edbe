"""Propagation: whatever is detected anywhere in a text masks every other form of the same entity there.

One pass after every detector has run (:func:`intake.pseudonymise.detect.detect`). The words of each
detected PERSON, LOCATION, ORGANISATION and DETENTION span are *seeds*; every other word of the text that
is another form of a seed gets a span with the seed's label, score :data:`SCORE`, source ``propagate``
and a reason saying how it was matched:

``propagated:inflection``
    the same word with another case ending, or the same pymorphy3 lemma (``Таню`` / ``Таня``), in any
    letter case (``таню``); a person's name word also matches every form of its declension class, generated
    whole (``declension.py``): fleeting vowels (``Салавей`` / ``Салаўю``, ``Кравец`` / ``Кравца``), Belarusian
    ``-цы``/``-зе``/``-се``/``-це``/``-дзе`` (``Рута`` / ``Руце``), short stems and adjectival surnames
    (``Белая`` / ``Белую``, ``Ціхі`` / ``Ціхага``);
``propagated:diminutive``
    another form of the same given name in ``data/given_names.txt`` (``Сергей`` -> ``Серёженька``,
    ``Серый``; ``Аляксандр`` -> ``Алесь``), with its case endings;
``propagated:pet``
    a pet form generated from a seeded given name's first syllables (``Ціхан`` -> ``Цішу``, ``Прохор`` ->
    ``Прошка``: ``declension.pet_forms``), never a dictionary word, function word or verb; a Belarusian
    spelling of a listed form counts as that form (``цішу`` -> ``тишу``, of Тиша);
``propagated:possessive``
    a possessive adjective from a seeded name (``Танин``, ``Серёжины``, ``Сашину``) or, in lower case, from a pet
    form generated from it (``тараскин`` of ``тарас``);
``propagated:transliteration``
    the same name in another script or spelling system (``Гриневич`` / ``Hrynevich`` / ``Hryniewicz``
    / ``Hrynievič``), compared through a spelling skeleton (:func:`skeleton`);
``propagated:near-miss``
    a speech-recognition misspelling of a seeded name in the same script: the same spelling skeleton
    (``Бондаренко`` / ``Бандаренко``, ``Мацкевич`` / ``Мацкевичь``), or edit distance of skeletons <= 1
    for words of more than five letters, <= 2 for more than eight, same first letter, never a word
    pymorphy3 knows as a common word.

Guards: a word that is a common word (pymorphy3's reading, or the list of names that are common words)
is taken only where it acts as a name: capitalised inside a sentence, next to a detected name, after a
kinship or role noun, or followed by a verb (``Роза пишет``). In cased text a lower-case form is taken
only when it is not a common word (``роза`` stays, ``таню`` goes). Seeds are only proper words of the
span (no roles, prepositions or acronyms), so a generic word inside an organisation's name
(``областная``) never spreads. Propagated spans never seed further propagation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from intake.pseudonymise import place_forms, seed_plurals
from intake.pseudonymise.cased_lines import CasedLines, common_in_cased
from intake.pseudonymise.declension import nominatives, not_a_pet, person_forms, pet_forms, russian_spelling
from intake.pseudonymise.detectors import casing, givenlex, namelex
from intake.pseudonymise.detectors.stemming import lexeme_keys
from intake.pseudonymise.detectors.tokens import Token, fold, is_lowercase_text, tokenize
from intake.pseudonymise.given_groups import given_name, group_forms, groups_of, name_keys
from intake.pseudonymise.propagate_guards import (
    _acts_as_name,
    _covered,
    _generic_in_phrase,
    _seedable,
    _skip,
    _thing_form,
    _word_here,
)
from intake.pseudonymise.propagate_guards import inside as inside  # for lexicon.py
from intake.pseudonymise.seed_titles import title_before_name
from intake.pseudonymise.skeleton import near_miss_limit, skeleton, within
from intake.pseudonymise.spans import UNCERTAIN, Span

SCORE = 0.75
SOURCE = "propagate"


@dataclass
class _Index:
    """What the seeds of one text match."""

    keys: dict[str, str] = field(default_factory=dict)  # inflection key -> label
    names: dict[str, str] = field(default_factory=dict)  # given-name key (all forms of seeded groups) -> label
    forms: set[str] = field(default_factory=set)  # whole given-name forms of seeded groups (short names)
    pets: dict[str, str] = field(default_factory=dict)  # keys of generated pet forms of seeded given names
    skeletons: dict[str, str] = field(default_factory=dict)  # skeleton -> label
    scripts: dict[str, set[bool]] = field(default_factory=dict)  # skeleton -> scripts of its seeds (Cyrillic?)
    fuzzy: dict[tuple[str, int], list[str]] = field(default_factory=dict)  # (first letter, length) -> skeletons
    initials: set[str] = field(default_factory=set)  # first letters of the seeds' skeletons
    latin: bool = False  # some skeleton comes from a seed in Latin script (``_spelling``'s last test needs one)
    groups: set[int] = field(default_factory=set)  # given-name lines already indexed (a name recurs as a seed)
    memo: dict[str, str | None] = field(default_factory=dict)  # skeleton -> nearest seed (near-miss cache)
    # A token's text -> what :meth:`match` said of it (words recur in a transcript; the answer depends on the
    # text alone). Lives with the index, i.e. for one propagate() call.
    matched: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    # What ``add`` read of each seed indexed: a repeated mention adds nothing (first entries win). Never iterated.
    added: set[tuple[str, str, bool, bool, str, bool]] = field(default_factory=set)

    def add(self, tok: Token, label: str, paired: bool = False) -> None:
        """Index the forms of one seed word; ``paired``: beside a given name in a person's name, which proves
        even a common word (``марына сага``) to be a name."""
        seen = (tok.text, tok.norm, tok.cap, tok.cyrillic, label, paired)
        if seen in self.added:
            return
        self.added.add(seen)
        norm = tok.norm
        keys = lexeme_keys(norm) | _lemma_keys(tok)
        whole = tok.cap or paired or not common_word(tok)  # not ``дома``, ``дуба`` taken alone in lower case
        stem_changes = person_forms(tok, whole) if label == "PERSON" else frozenset()
        for key in sorted(keys | stem_changes):  # sorted: what a text yields never hangs on hash order
            self.keys.setdefault(key, label)
        if label == "PERSON":
            if given_name(tok):
                for pet in sorted(pet_forms(norm)):
                    for key in sorted(name_keys(pet)):
                        self.pets.setdefault(key, label)
            for gid in sorted(groups_of(norm) - self.groups):
                self.groups.add(gid)
                for form in group_forms()[gid]:
                    self.forms.add(form)
                    self._add_skeleton(form, label, True)  # Latin diminutives: Tanya -> Tanechka
                    for key in sorted(name_keys(form)):
                        self.names.setdefault(key, label)
        for key in sorted(keys | {norm}):
            self._add_skeleton(key, label, tok.cyrillic)

    def _add_skeleton(self, key: str, label: str, cyrillic: bool) -> None:
        skel = skeleton(key)
        if len(skel) >= 4:
            self.skeletons.setdefault(skel, label)
            if skel not in self.scripts:  # each skeleton once: ``_nearest`` takes the first seed within reach
                self.fuzzy.setdefault((skel[0], len(skel)), []).append(skel)
            self.scripts.setdefault(skel, set()).add(cyrillic)
            self.initials.add(skel[0])
            self.latin = self.latin or not cyrillic

    def match(self, tok: Token) -> tuple[str, str] | None:
        """(label, how) when ``tok`` is another form of a seed."""
        if tok.text not in self.matched:
            self.matched[tok.text] = self._match(tok)
        return self.matched[tok.text]

    def _match(self, tok: Token) -> tuple[str, str] | None:
        hit = self._lexical(tok)
        if hit is not None:
            return hit
        if len(tok.norm) < 4 or skeleton(tok.norm)[:1] not in self.initials:
            return None  # cheap filter: spellings of a seed share its first skeleton letter
        return self._spelling(tok)

    def _lexical(self, tok: Token) -> tuple[str, str] | None:
        norm = tok.norm
        for key in _specific_first(lexeme_keys(norm)):
            if key in self.keys:
                return self.keys[key], "inflection"
        if len(norm) < 4:
            return ("PERSON", "diminutive") if norm in self.forms else None
        for key in _specific_first(name_keys(norm) | name_keys(russian_spelling(tok))):
            if key in self.names:
                return self.names[key], "diminutive"
        derived = self._derived(tok)
        if derived is not None:
            return derived
        for key in _specific_first(_lemma_keys(tok)):
            if key in self.keys:
                return self.keys[key], "inflection"
        if any(key in self.pets for key in name_keys(norm)):
            return "PERSON", "pet"
        return None

    def _derived(self, tok: Token) -> tuple[str, str] | None:
        """Possessive adjectives (``Танин``, ``Мар'янчын``) and capitalised pet forms (``Янік`` of ``Ян``)."""
        bases = namelex.possessive_base(tok.norm)
        for base in bases + namelex.alternations(bases):
            for key in _specific_first(name_keys(base)):
                if key in self.names or key in self.keys:
                    return self.names.get(key) or self.keys[key], "possessive"
                if key in self.pets and not tok.cap:
                    return "PERSON", "possessive"  # ``тараскин`` of a pet form generated from a seeded ``тарас``
        if tok.cap:
            for base in namelex.alternations([tok.norm]) + namelex.suffix_stems(tok.norm):
                if base in self.forms or any(k in self.names for k in name_keys(base)):
                    return "PERSON", "diminutive"
        return None

    def _spelling(self, tok: Token) -> tuple[str, str] | None:
        skels = _specific_first({skeleton(k) for k in lexeme_keys(tok.norm) | _lemma_keys(tok)})
        for skel in skels:
            if skel in self.skeletons:
                # Another script: a transliteration; the same script: a spelling variant (ASR, akanye).
                other = not tok.cyrillic or tok.cyrillic not in self.scripts[skel]
                return self.skeletons[skel], "transliteration" if other else "near-miss"
        for skel in sorted({skeleton(k) for k in nominatives(tok.norm)}) if tok.cyrillic and self.latin else ():
            if False in self.scripts.get(skel, ()):  # Руце of a Latin seed (Rūta); never a Cyrillic one
                return self.skeletons[skel], "transliteration"
        if common_word(tok):
            return None
        for skel in skels:
            seed = self._near(skel)
            if seed is not None:
                return self.skeletons[seed], "near-miss"
        return None

    def _near(self, skel: str) -> str | None:
        limit = near_miss_limit(skel)
        if not limit:
            return None
        if skel not in self.memo:  # a word recurs in a transcript: compare it with the seeds once
            self.memo[skel] = self._nearest(skel, limit)
        return self.memo[skel]

    def _nearest(self, skel: str, limit: int) -> str | None:
        for n in range(len(skel) - limit, len(skel) + limit + 1):
            for seed in self.fuzzy.get((skel[0], n), ()):
                if within(skel, seed, min(limit, near_miss_limit(seed))):
                    return seed
        return None


def _specific_first(keys: Iterable[str]) -> list[str]:
    """Keys to look up, the longest (most specific: a whole form before a stem) first; never in hash order."""
    return sorted(keys, key=lambda k: (-len(k), k))


def _lemma_keys(tok: Token) -> set[str]:
    """pymorphy3's lemma of a Russian word read as a name, surname or place (``Павла`` -> ``павел``)."""
    if not tok.cyrillic or len(tok.norm) < 3:
        return set()
    m = namelex.word_morph(tok.text)
    if not m.known or m.name + m.surname + m.patronymic + m.place < 0.3:
        return set()
    return {fold(namelex.lemma(tok.text))}


def common_word(tok: Token) -> bool:
    """A word known to be ordinary: listed as a name that is a common word, or mostly common to pymorphy3."""
    from intake.pseudonymise.detectors.candidates import is_decoy

    if is_decoy(tok) or casing.is_stopword(tok):
        return True
    if not tok.cyrillic:
        return tok.norm in givenlex.ENGLISH_DECOYS
    m = namelex.word_morph(tok.text)
    return m.known and m.common > 0.5 and m.name + m.surname + m.patronymic + m.place < 0.3


def _uncertain_form(tokens: Sequence[Token], i: int, label: str, how: str, lowercase: bool = False) -> list[Span]:
    """Recall first: a form of a seeded name that is also a common word is masked, uncertain, when it is
    capitalised or the whole text is lower case (where no capital can tell the name from the word); a place's,
    organisation's or facility's under the guards of ``place_forms.py``."""
    tok = tokens[i]
    if label != "PERSON":
        return place_forms.uncertain_form(tokens, i, label, lowercase)
    if not (tok.cap or lowercase):
        return []
    return [Span(tok.start, tok.end, label, tok.text, 0.4, SOURCE, f"{UNCERTAIN}:propagated-{how}")]


def _cased_common(tok: Token, label: str) -> list[Span]:
    """A lower-case ordinary word in a cased line beside a seeded name (``cased_lines.py``): a Russian or
    Belarusian one is the word (writers capitalise nicknames there); an English one stays masked but uncertain,
    because an English nickname is often an ordinary word that a transcript leaves in lower case."""
    if tok.cyrillic or label != "PERSON":
        return []
    return [Span(tok.start, tok.end, label, tok.text, 0.4, SOURCE, f"{UNCERTAIN}:propagated-cased-common")]


def _seed(tokens: Sequence[Token], labels: Sequence[str | None]) -> _Index:
    """The index of every seedable word of a detected name."""
    index = _Index()
    for i, (tok, label) in enumerate(zip(tokens, labels, strict=True)):
        alone = label != "PERSON" and all(labels[j] != label for j in (i - 1, i + 1) if 0 <= j < len(tokens))
        if title_before_name(tokens, labels, i):
            continue  # ``Coach Zyma``: the title never spreads to ``my coach``
        if label is not None and _seedable(tok, label, alone) and not _generic_in_phrase(tokens, labels, i):
            paired = any(
                labels[j] == label == "PERSON" and namelex.is_given_form(tokens[j].norm)
                for j in (i - 1, i + 1)
                if 0 <= j < len(tokens)
            )
            index.add(tok, label, paired)
    return index


def propagate(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token] | None = None) -> list[Span]:
    """New spans for every other form, in ``text``, of an entity some span in ``spans`` detected."""
    tokens = tokens if tokens is not None else tokenize(text)
    if not tokens:
        return []
    seeds = [s for s in spans if not s.uncertain]  # recall-first guesses never spread
    covered, labels = inside(tokens, seeds)
    covered = _covered(tokens, spans) if len(seeds) != len(spans) else covered
    index = _seed(tokens, labels)
    if not index.keys:
        return []
    lowercase = is_lowercase_text(tokens)
    named = [lab == "PERSON" for lab in labels]
    lines = CasedLines(text, tokens)
    plurals = seed_plurals.consonant_bases(tokens, labels) if language == "be" else frozenset()
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if _skip(tok, covered[i] or labels[i] is not None):
            continue
        hit = index.match(tok)
        if hit is None or _word_here(tokens, i, hit[0], language, lowercase):
            continue
        label, how = hit
        if not lowercase and common_in_cased(tok, i, lines):
            out.extend(_cased_common(tok, label))  # ``як той жук`` in a cased line beside a proven Жук
            continue
        if how == "pet" and not_a_pet(tok):
            continue  # a generated pet form that is an ordinary word (``марка`` beside Марина) stays
        if label == "PERSON" and (_thing_form(tokens, i, how, language) or seed_plurals.plural_of(tok.norm, plurals)):
            continue
        if language == "en" and not tok.cap and not lowercase and how == "near-miss":
            continue  # lower-case English words one letter from a name are mostly words
        if common_word(tok) and not ((tok.cap or lowercase) and _acts_as_name(tokens, i, named)):
            out.extend(_uncertain_form(tokens, i, label, how, lowercase))
            continue
        weak = how == "near-miss" and tok.cyrillic and not namelex.word_morph(tok.text).known
        if weak and not (tok.cap or lowercase):
            continue  # a lower-case unknown word one letter from a name in cased text: too weak
        out.append(Span(tok.start, tok.end, label, tok.text, SCORE, SOURCE, f"propagated:{how}"))
        named[i] = named[i] or label == "PERSON"
    return out
