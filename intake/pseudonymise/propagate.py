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

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from intake.pseudonymise import place_forms, seed_plurals
from intake.pseudonymise.cased_lines import CasedLines, common_in_cased
from intake.pseudonymise.declension import nominatives, not_a_pet, person_forms, pet_forms, russian_spelling
from intake.pseudonymise.detectors import casing, common_entries, givenlex, institution_heads, namecues, namelex
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.numwords import lookup
from intake.pseudonymise.detectors.stemming import lexeme_keys
from intake.pseudonymise.detectors.tokens import Token, fold, is_lowercase_text, tokenize
from intake.pseudonymise.detectors.word_classes import generic_word, verb_form
from intake.pseudonymise.given_groups import given_name, group_forms, groups_of, name_keys
from intake.pseudonymise.seed_titles import title_before_name
from intake.pseudonymise.skeleton import near_miss_limit, skeleton, within
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word
from intake.pseudonymise.vocabulary import NAME_LABELS

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


def _acts_as_name(tokens: Sequence[Token], i: int, named: Sequence[bool]) -> bool:
    """Context in which a common word is a name: capitalised inside a sentence, next to a name, after a
    role noun, or followed by a verb."""
    tok = tokens[i]
    if tok.cap and not tok.initial:
        return True
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and named[j] and (tokens[i].spaced if j < i else tokens[j].spaced):
            return True
    if i > 0 and tok.spaced and is_role(tokens[i - 1]):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return bool(tok.cap and nxt is not None and nxt.spaced and nxt.cyrillic and namelex.verb_share(nxt.text) >= 0.5)


def inside(tokens: Sequence[Token], spans: Iterable[Span]) -> tuple[list[bool], list[str | None]]:
    """Per token: covered by some span; the NAME label of the span covering it (or None)."""
    starts = [t.start for t in tokens]
    covered = [False] * len(tokens)
    label: list[str | None] = [None] * len(tokens)
    for span in spans:
        k = bisect.bisect_right(starts, span.start) - 1
        k = max(k, 0)
        while k < len(tokens) and tokens[k].start < span.end:
            tok = tokens[k]
            if tok.end > span.start:
                if span.start <= tok.start and tok.end <= span.end:
                    covered[k] = True
                if span.label in NAME_LABELS and label[k] is None:
                    label[k] = span.label
            k += 1
    return covered, label


_GENERIC = frozenset(
    "номер нумар number no penal colony prison district regional central city колония калония зона".split()
)


def _covered(tokens: Sequence[Token], spans: Sequence[Span]) -> list[bool]:
    return inside(tokens, [Span(s.start, s.end, "DATE", s.text) for s in spans])[0]


def _seedable(tok: Token, label: str, alone: bool = False) -> bool:
    if len(tok.norm) < 3 or tok.acronym or casing.is_stopword(tok) or is_stop_word(tok.text) or is_role(tok):
        return False  # a function word inside a span (``For`` opening a sentence) names nothing
    if label == "PERSON":
        return True
    if not tok.cap and (tok.norm in _GENERIC or lookup(tok.norm) is not None or institution_heads.is_head(tok.norm)):
        return False  # ``number``, ``нумар``, ``судзе`` of an institution's description
    if tok.cap or not tok.cyrillic:
        return len(tok.norm) >= 4
    m = namelex.word_morph(tok.text)
    if not m.known:
        return len(tok.norm) >= 5  # a lower-case unknown word of an org name (``вясна``)
    return place_forms.seedable_word(tok, alone)  # ``горки`` proven by its cue: a dictionary word spreads


def _skip(tok: Token, taken: bool) -> bool:
    """Tokens propagation never looks at: already inside a span, stop words, acronyms, short words."""
    if taken or len(tok.norm) < 2 or casing.is_stopword(tok) or is_stop_word(tok.text) or tok.acronym:
        return True
    return len(tok.norm) < 3 and not (tok.cap and not tok.initial)


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


def _common_use(tokens: Sequence[Token], i: int, label: str, lowercase: bool) -> bool:
    """The common noun a proven name also is (``namecues.common_use``); in lower-case text also a form of a
    listed common-word place or organisation that its sentence reads as the word (``вясной прылятае``, in spring,
    beside a proven ``з вясной``: ``common_entries.common_form``)."""
    if (label == "PERSON" or not place_forms.after_place_preposition(tokens, i)) and namecues.common_use(tokens, i):
        return True  # ``на дубе`` is the tree beside a surname Дуб; ``в горках`` is the town beside a town Горки
    return lowercase and label != "PERSON" and common_entries.common_form(tokens, i)


def _generic_in_phrase(tokens: Sequence[Token], labels: Sequence[str | None], i: int) -> bool:
    """A generic word of a multi-word organisation, facility or place (``бальніцы``, ``court``): never a
    seed alone (:func:`word_classes.generic_word`); a name of one word spreads whatever it is."""
    label = labels[i]
    if label == "PERSON":
        return False
    inner = i > 0 and labels[i - 1] == label and tokens[i].spaced
    if not (inner or (i + 1 < len(tokens) and labels[i + 1] == label and tokens[i + 1].spaced)):
        return False  # the whole name is this word (``Вясна``): it spreads
    return generic_word(tokens[i], inner)


def _word_here(tokens: Sequence[Token], i: int, label: str, language: str, lowercase: bool) -> bool:
    """Token ``i`` matched a seed but reads as an ordinary word here."""
    tok = tokens[i]
    if label != "PERSON" and place_forms.determined_place(tokens, i):
        return False  # ``в одном круглом`` beside a proven Круглое: the town, not the adjective
    if is_role(tok) or casing.is_pronoun(tok, language) or _common_use(tokens, i, label, lowercase):
        return True
    # ``верю`` beside a proven Вера, ``вярнуўся``: a name is never a verb; ``ціхую музыку`` beside a proven Ціхая
    return verb_form(tok) or namecues.adjective_use(tokens, i)


def _thing_form(tokens: Sequence[Token], i: int, how: str, language: str) -> bool:
    """A person's form read as the noun: a diminutive with an agreeing attribute (``настоящие розы``), or only a
    common noun's plural (``с розами``: one person is named in the singular; not a possessive, ``лёвины``)."""
    if how == "diminutive" and namecues.modified(tokens, i):
        return True
    return how != "possessive" and namecues.plural_common(tokens[i].text.lower(), language)


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
