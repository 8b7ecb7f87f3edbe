"""Given-name forms no detector found: the lexicon stage of ``detect()`` (before propagation).

``data/given_names.txt`` lists ~1,200 Russian and Belarusian forms; a capitalised form that is not a common
word is evidence even where a capital proves nothing (``Мар'яна.`` opening a sentence) and seeds propagation.
A lower-case form (any case ending, in any text: speech recognition lower-cases names inside cased text too)
that is not a common word is an uncertain candidate (``толик``, ``ксюшай``); followed by a surname-shaped word
(``ірынай шаўчэнка``, ``natalka pryhodzka``) the pair is evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import be_vocab, becues, casing, given_frames, namelex, numwords
from intake.pseudonymise.detectors import lowercase as lower_rules
from intake.pseudonymise.detectors.agent_nouns import agent_noun
from intake.pseudonymise.detectors.be_pet_datives import pet_dative
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.given_groups import group_forms, name_groups
from intake.pseudonymise.propagate import common_word, inside
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word


@lru_cache(maxsize=1)
def _all_forms() -> frozenset[str]:
    return frozenset(form for forms in group_forms() for form in forms if len(form) >= 3)


def _is_form(tok: Token) -> bool:
    """A form of a listed given name, with or without a case ending (``ірынай``, ``сярожы``, ``maya``).

    A Belarusian word ending in ``ў`` (``маўляў``, ``маршаў``) counts only as a listed form (``Якаў``, ``Леў``):
    ``ў`` is no case ending, so no pet form is read off it (``маўля`` + ``у``)."""
    if tok.cyrillic and tok.text.endswith(("ў", "Ў")):
        return _listed_form(tok.norm)
    return _is_form_norm(tok.norm, tok.cyrillic)


def _listed_form(norm: str) -> bool:
    """``norm`` is a listed form of a given name, or a case form of one of its stems (no pet suffix read)."""
    if norm in _all_forms() or (len(norm) >= 4 and any(k in name_groups() for k in _stems(norm))):
        return True
    return any("latin" not in e.flags for e in namelex.first_names().lookup_first(norm))


@lru_cache(maxsize=50_000)
def _is_form_norm(norm: str, cyrillic: bool) -> bool:
    if norm in _all_forms():
        return True
    if cyrillic and len(norm) >= 4 and any(k in name_groups() for k in _stems(norm)):
        return True
    entries = namelex.first_names().lookup_first(norm)
    if any(("latin" in e.flags) != cyrillic for e in entries):
        return True
    if not cyrillic:
        return _latin_pet_form(norm)
    if len(norm) >= 4 and (_pet_form(norm) or _respelt_form(norm) or _decoy_pet_form(norm)):
        return True
    return pet_dative(norm)  # Belarusian dative of a ``-ка`` pet form: ``яначцы``


# Case endings a pet form may carry (``лявончыку`` -> ``лявончык``, ``янікам`` -> ``янік``).
_PET_ENDINGS = ("у", "ю", "а", "я", "е", "ы", "и", "ай", "ой", "ам", "ом", "ем")


def _pet_form(norm: str) -> bool:
    """A productive pet suffix on a listed name (``фимочка`` -> ``фима``, ``надзечка`` -> ``надзея``,
    ``кастусёк`` -> ``кастусь``, ``янік`` -> ``ян``), also with a case ending (``лявончыку`` -> ``лявон``)
    or the ``к``/``ц``/``ч`` alternation (``мар'янцы`` -> ``мар'янка``);
    callers exclude words pymorphy3 knows as common words. A two-letter name (``ян``) only under ``-ик``
    and the Polish-Belarusian ``-эк`` (``янэк``)."""
    forms = _all_forms()
    words = [norm] + [norm[: -len(e)] for e in _PET_ENDINGS if norm.endswith(e) and len(norm) - len(e) >= 5]
    words += [w + "а" for w in words[1:] if w.endswith("к")]  # ``ладушке``, ``златочку`` -> ``-ка``
    altered = namelex.alternations([norm])
    for word in words + altered:
        if word in forms:
            return True
        for base in namelex.suffix_stems(word):
            if word in altered and len(base) < 5:
                continue  # two steps from a short stem: ``расце`` -> ``раска`` -> ``рася`` is a verb, not Рася
            if base in forms or base + "ь" in forms:
                return True
            if len(base) == 2 and word.endswith(("ик", "эк")) and base in _short():
                return True
            if len(base) >= 3 and base[-1] not in "ая" and any(base + v in forms for v in ("ея", "ія", "ия", "ья")):
                return True
            if base.endswith("йя") and base[:-2] + "я" in forms:
                return True  # ``надзейка`` -> ``надзея``, ``марыйка`` -> ``марыя``
    return False


def _decoy_pet_form(norm: str) -> bool:
    """A productive pet form of a given name that is also a common word (``лада``, ``роза``, ``мила``: the
    decoys of ``givenlex``): ``ладка``, ``ладушке``; the caller lets a pet form pymorphy3 knows as a common
    word (``ладушка``) through only in a name position, as every common word."""
    if len(norm) < 5 or norm[:3] not in _decoy_heads():
        return False
    words = [norm] + [norm[: -len(e)] + "а" for e in _PET_ENDINGS if norm.endswith("к" + e)]
    bases = _decoy_bases()
    return any(base in bases for word in words for base in namelex.suffix_stems(word) if len(base) >= 4)


@lru_cache(maxsize=1)
def _decoy_bases() -> frozenset[str]:
    """Cyrillic given-name decoys of four letters or more (``лада``, ``злата``): bases for pet forms."""
    from intake.pseudonymise.detectors import givenlex

    return frozenset(fold(d) for d in givenlex.decoys() if len(d) >= 4 and not d.isascii())


@lru_cache(maxsize=1)
def _decoy_heads() -> frozenset[str]:
    """The first three letters of the decoy bases: a set probe before any suffix is tried."""
    return frozenset(base[:3] for base in _decoy_bases())


@lru_cache(maxsize=1)
def _short() -> frozenset[str]:
    """Listed given names of two letters (``ян``): a base for ``-ик`` pet forms only."""
    return frozenset(form for forms in group_forms() for form in forms if len(form) == 2)


def _respelt_form(norm: str) -> bool:
    """A Belarusian spelling of a listed form that the list lacks (``косця`` -> ``костя``), read through
    ``namelex.russian_spellings``; callers exclude common words."""
    forms = _all_forms()
    return any(fold(s) in forms for s in namelex.russian_spellings(norm)[:4] if fold(s) != norm)


_LATIN_PET = ("ichek", "echka", "ochka", "ushka", "enka", "chik", "chyk", "ik", "ka", "ek")


def _latin_pet_form(norm: str) -> bool:
    """A Latin pet form of a listed name (``yanik`` -> ``yan``, ``vladichek`` -> ``vlad``, ``vovka`` ->
    ``vova``) that is no English word."""
    if len(norm) < 4 or not norm.isalpha() or namelex.is_english_word(norm):
        return False
    lex = namelex.first_names()
    for suffix in _LATIN_PET:
        stem = norm[: -len(suffix)]
        if norm.endswith(suffix) and len(stem) >= 2 and len(stem) + len(suffix) == len(norm):
            for base in (stem, stem + "a", stem + "ya"):
                if any("latin" in e.flags and e.words == (base,) for e in lex.lookup_first(base)):
                    return True
    return False


def _stems(norm: str) -> set[str]:
    from intake.pseudonymise.detectors.stemming import lexeme_keys

    return {k for k in lexeme_keys(norm, 3) if k != norm}


def _surname_after(tokens: Sequence[Token], i: int, language: str) -> bool:
    """The word after ``tokens[i]`` is shaped like a surname or patronymic and is no common word, or is a noun
    that agrees with the name as a surname does (``lowercase.agrees_as_surname``)."""
    if i + 1 >= len(tokens) or not tokens[i + 1].spaced:
        return False
    nxt = tokens[i + 1]
    if nxt.cap or len(nxt.norm) < 3 or is_role(nxt) or casing.is_stopword(nxt):
        return False
    if language == "be" and (becues.instrumental_pair(tokens[i], nxt) or becues.belarusian_noun(nxt)):
        return True  # ``са сцёпам шпаком``, ``я юрась бусел``
    if common_word(nxt):
        return lower_rules.agrees_as_surname(tokens[i], nxt)  # ``катя мельник``
    if not nxt.cyrillic:
        return lower_rules.latin_surname(nxt) or lower_rules.latin_unknown(nxt)
    m = namelex.word_morph(nxt.text)
    if m.surname + m.patronymic >= 0.3:
        return True
    if not m.known and namelex.looks_like_surname(nxt.norm, strong=language != "ru"):
        return True
    return not m.known and lower_rules.agrees_as_surname(tokens[i], nxt)  # ``ксеня мароз``


_POSSESSIVES = frozenset(
    "мой моя моего моей мою наш наша нашего нашей нашу мая майго маёй маю наша нашага нашай".split()
)


def _name_position(tokens: Sequence[Token], i: int) -> bool:
    """Syntax that makes a lower-case common word a name: after a kinship or role noun (``брат колька``,
    ``суседка люба``, also with a possessive between: ``сестра моя роза``), an agent noun (``гитарист слава``:
    :mod:`agent_nouns`) or a title, or next to a verb of
    speech (``сказала роза``, ``роза сказала``)."""
    from intake.pseudonymise.detectors.candidates import SPEECH_VERBS, TITLES

    tok = tokens[i]
    j = i - 1
    if j >= 0 and tok.spaced and tokens[j].norm in _POSSESSIVES:
        j -= 1
    prev = tokens[j] if j >= 0 and tokens[j + 1].spaced else None
    if prev is not None and (is_role(prev) or prev.norm in TITLES or agent_noun(prev)):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].spaced else None
    after_speech = i > 0 and tok.spaced and tokens[i - 1].norm in SPEECH_VERBS
    return (nxt is not None and nxt.norm in SPEECH_VERBS) or after_speech or _age_dative(tokens, i)


_WAS = frozenset(fold(w) for w in "было будет исполнилось исполнится стукнуло было будзе споўнілася споўніцца".split())
_WHEN = frozenset(fold(w) for w in "тогда сейчас уже тады цяпер ужо".split())


def _age_dative(tokens: Sequence[Token], i: int) -> bool:
    """A dative before ``было``/``исполнилось`` and a number (``розочке тогда было пять``): whose age is said,
    a person's; an adverb of time may stand between, no preposition before (``к розочке было пять шагов``)."""
    if i > 0 and tokens[i].spaced and is_stop_word(tokens[i - 1].text) and tokens[i - 1].norm not in _SOFT:
        return False
    k = i + 1
    if k < len(tokens) and tokens[k].norm in _WHEN:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].norm not in _WAS or not all(t.spaced for t in tokens[i + 1 : k + 2]):
        return False
    nxt = tokens[k + 1].norm
    if not (nxt.isdigit() or numwords.lookup(nxt) is not None):
        return False
    cases = namelex.word_morph(tokens[i].text).case
    return not cases or "datv" in cases


_SOFT = frozenset(fold(w) for w in "а и ну вот і дык".split())  # a conjunction or particle, no preposition
_HOLDERS = frozenset(fold(w) for w in "его её ее их мой моя наш наша яго яе іх мая".split())


def _pause(text: str, tokens: Sequence[Token], k: int) -> bool:
    """A pause (a line break, a comma or dash, a blanked comma's double space) or the text's edge before
    ``tokens[k]``."""
    if k <= 0 or k >= len(tokens):
        return True
    between = text[tokens[k - 1].end : tokens[k].start]
    return "\n" in between or "  " in between or any(c in ",-–—" for c in between)


def _apposed_role(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A common word that is a given name, set off by pauses before a kinship or role noun in apposition, also
    set off (``  злата  жена  возила``, ``  вера  его жена  ``): the noun says who the name is."""
    k = i + 1
    if not _pause(text, tokens, i) or k >= len(tokens) or not _pause(text, tokens, k):
        return False
    if tokens[k].norm in _HOLDERS and k + 1 < len(tokens) and tokens[k + 1].spaced:
        k += 1
    if not is_role(tokens[k]) or not _pause(text, tokens, k + 1):
        return False
    cases = namelex.word_morph(tokens[k].text).case
    return not cases or "nomn" in cases  # a Belarusian noun has no Russian reading: its case is not known


def _be_common_derived(tokens: Sequence[Token], i: int) -> bool:
    """``даваў``, ``радзе``, ``данымі``: a Belarusian word that only a case ending on a listed name's stem reads as
    a name form (no listed form, no pet suffix: ``мілачка`` is Міла's as well as a darling) and that hunspell-be
    knows only as a common word (``be_vocab.common_only``), where no capital inside a sentence or name position
    shows a person."""
    tok = tokens[i]
    norm = tok.norm
    if not tok.cyrillic or (tok.cap and not tok.initial) or norm in _all_forms() or len(norm) < 4:
        return False
    if _pet_form(norm) or _respelt_form(norm) or _decoy_pet_form(norm) or pet_dative(norm):
        return False
    return be_vocab.common_only(tok.text) and not _name_position(tokens, i)


def _function_word(tok: Token) -> bool:
    """A function word, Belarusian pronoun or adverb that shares a form with a pet name (``мая``, ``тая``,
    ``маёй``, ``сёння``), in lower case or opening a sentence, where no capital proves a name."""
    if tok.cap and not tok.initial:
        return False
    return is_stop_word(tok.text) or tok.norm in becues.BE_PRONOUNS or tok.norm in becues.BE_FUNCTION


def lexicon_names(text: str, spans: Sequence[Span], tokens: Sequence[Token], language: str = "ru") -> list[Span]:
    """Given-name forms that no detector covered.

    Capitalised and not a common word: evidence (it seeds propagation). Lower case and not a common word:
    uncertain (``ксеня``, ``зіна``), unless a surname-shaped word follows (then both are evidence).
    """
    covered, _ = inside(tokens, spans)
    out = []
    skip = -1
    for i, tok in enumerate(tokens):
        if i <= skip or covered[i] or len(tok.norm) < 3 or (not tok.norm.isalpha() and "'" not in tok.norm):
            continue
        if not _is_form(tok) or is_role(tok) or casing.is_pronoun(tok, language) or _function_word(tok):
            continue
        if common_word(tok) and not (not tok.cap and (_name_position(tokens, i) or _apposed_role(text, tokens, i))):
            continue
        if not tok.cap and not tok.cyrillic and language != "en":
            continue  # Latin words in Russian/Belarusian text are the candidates' business
        if given_frames.common_form(tokens, i) or _be_common_derived(tokens, i):
            continue  # ``на полях``, ``у лесе``: a common noun's plural or locative (lower case only)
        if tok.cap:
            out.append(Span(tok.start, tok.end, "PERSON", tok.text, 0.7, "names.lexicon", ""))
        elif _surname_after(tokens, i, language) and not covered[i + 1]:
            end = tokens[i + 1]
            out.append(Span(tok.start, end.end, "PERSON", text[tok.start : end.end], 0.7, "names.lexicon", ""))
            skip = i + 1
        else:
            out.append(Span(tok.start, tok.end, "PERSON", tok.text, 0.4, "names.lexicon", f"{UNCERTAIN}:lexicon"))
    return out
