"""Recall-first name candidates in English text: a name is, first of all, a word that is not English.

Runs after :mod:`candidates` over the words no span covers yet. Every span is uncertain (score
:data:`SCORE`, source ``en_candidates:<rule>``, reason ``uncertain:<rule>``): masked by default and released
by the reviewer with one key. "Known English" is :func:`en_vocab.is_known` (vocabulary plus regular
morphology), or a listed loanword (``data/english_loans.txt``); months, weekdays, nationalities, platforms
(``not_identifiers.txt``), fillers and numbers are never candidates. Rules:

``uncertain:en-start``
    a capitalised word opening a sentence that is not known English (``Maggie cried.``); a capital inside a
    sentence is already evidence (``casing.py``), but a sentence start proves nothing in English;
``uncertain:en-unknown``
    in lower-case text (``tokens.is_lowercase_text``), every run of words that are not known English
    (``giorgi tsiklauri says``), labelled by the first-name lexicon or the place rules, else PERSON;
``uncertain:en-letters``
    a word with a letter English never uses (``ł ś ż ė č š ő ğ``: ``biały``, ``Varnaitė``), in any case;
``uncertain:en-nickname``
    the word a naming verb gives across an object, a pause or a filler (``he called, um, bulldog``, ``we called
    him the wolf``, ``they nicknamed him, like, hammer``), and every later mention of it (in cased text its
    capitalised mentions); also in a relative clause (``a woman we call sparrow``, not ``what they call
    khimiya``) and after ``known as``/``goes by`` when the word is no English word, a name that is a word or
    ends its phrase; a mention right after ``means`` (``which means sparrow``) is the word, not the name;
``uncertain:en-fullname``, ``uncertain:en-given``
    lower-case full names and the given name alone (:mod:`en_fullnames`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import casing, en_fullnames, en_surname_slot, en_vocab, named_ages, namelex
from intake.pseudonymise.detectors.gazetteer import read_list
from intake.pseudonymise.detectors.label_nouns import label_noun
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, is_lowercase_text, tokenize
from intake.pseudonymise.spans import UNCERTAIN, Span

SCORE = 0.4
SOURCE = "en_candidates"
FILLERS = frozenset(
    "um umm uh uhh uhm er erm eh ah ahh oh hmm hm mhm mm mmm huh yeah yep yup nope okay ok hey wow oops aha "
    "uh-huh mm-hmm ahem ugh phew shh yay hi hello bye ya cos cuz innit ooh aw aww".split()
)
# Interjections stretched by the speaker and written as heard: ``hmmm``, ``uhhh``, ``ehm``, ``hahaha``.
_STRETCHED = re.compile(r"(?:u+h+m*|h+m+|m+h*m+|a+h+|o+h+|e+r+m*|e+h*m+|u+m+|(?:ha)+h?|(?:he)+|o+o+h*)")
# Words that may stand between a naming verb and the name: fillers and hedges (``called, like, hammer``).
_HEDGES = FILLERS | frozenset("like well just simply basically literally actually kind sort of you know mean".split())
NAMING = frozenset("call calls called calling nicknamed dub dubs dubbed christened".split())
# Not ``it``: ``call it`` names things, and ``they call it. The funny thing`` runs into the next sentence.
OBJECTS = frozenset(
    "him her them me us himself herself themselves ourselves myself yourself yourselves each other".split()
)
# Words after ``called him`` that make it a phone call, a summons or a description, not a name.
NOT_GIVEN = frozenset(
    "back up out in on off over again later yesterday today tomorrow tonight now then once twice every each "
    "after before because when while and but or so to at from for about with into by that this there here "
    "names name immediately right straight first last often sometimes always never home a an one some any no "
    "something anything nothing everything someone anyone everyone somebody anybody everybody nobody "
    "all just only also too very really every morning evening night week day same next other following "
    "previous whole".split()
)
# Kinship and role nouns: ``called her mother`` is a phone call.
ROLES = frozenset(
    "mother father mum mom dad mama papa sister brother wife husband son daughter aunt uncle grandmother "
    "grandfather granny grandma grandpa cousin friend friends lawyer lawyers advocate police ambulance doctor "
    "neighbour neighbor boss colleague teacher journalist editor parents family relatives".split()
)
_NEVER_GIVEN = NOT_GIVEN | OBJECTS | FILLERS | ROLES


@lru_cache(maxsize=1)
def loanwords() -> frozenset[str]:
    """Common words English interviews borrow from the region's languages (``zek``, ``dacha``, ``łacinka``)."""
    return frozenset(f.lower() for forms, _ in read_list("english_loans.txt") for f in forms)


def known(tok: Token) -> bool:
    """Ordinary English, a loanword, a listed non-identifier (month, nationality, platform) or a filler."""
    norm = tok.norm
    if norm in FILLERS or norm in en_fullnames.SPOKEN_TITLES:
        return True
    if norm in loanwords() or norm in casing.EN_NATIONS or casing.is_stopword(tok):
        return True
    if _STRETCHED.fullmatch(norm):
        return True
    if norm.endswith("s") and norm[:-1] in casing.not_identifiers():
        return True  # ``georgians``, ``sundays``
    return en_vocab.is_known(norm)


def _span(tokens: Sequence[Token], i: int, j: int, text: str, label: str, rule: str) -> Span:
    start, end = tokens[i].start, tokens[j - 1].end
    return Span(start, end, label, text[start:end], SCORE, f"{SOURCE}:{rule}", f"{UNCERTAIN}:{rule}")


def _word(tok: Token) -> bool:
    """A Latin word that could be a name part: 3+ letters (2 with a non-English letter), no acronym."""
    if tok.cyrillic or tok.acronym or any(c.isdigit() for c in tok.text):
        return False
    return len(tok.norm) >= 3 or (len(tok.norm) == 2 and en_vocab.non_english_letters(tok.norm))


def _candidate(tok: Token, lowercase: bool) -> str | None:
    """The rule that makes an uncovered word a candidate, if any."""
    if not _word(tok):
        return None
    if en_vocab.non_english_letters(tok.norm):
        return None if tok.norm in loanwords() else "en-letters"
    if known(tok) or label_noun(tok):  # ``pesel``, ``nip``: the noun that names a number is not the number
        return None
    if lowercase and not tok.cap:
        return "en-unknown"
    return "en-start" if tok.cap and tok.initial else None


def _label(tokens: Sequence[Token], i: int) -> str:
    """PERSON, or LOCATION where the place rules of ``casing.guess_label`` say so (``lives in vake``)."""
    return "LOCATION" if casing.guess_label(tokens, i) == "LOCATION" else "PERSON"


def unknown_words(text: str, tokens: Sequence[Token], taken: list[bool], lowercase: bool) -> list[Span]:
    """Rules ``en-start``, ``en-unknown`` and ``en-letters``: runs of candidate words joined by spaces."""
    out: list[Span] = []
    i = 0
    while i < len(tokens):
        rule = None if taken[i] else _candidate(tokens[i], lowercase)
        if rule is None:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and not taken[j] and tokens[j].spaced and _candidate(tokens[j], lowercase):
            j += 1
        out.append(_span(tokens, i, j, text, _label(tokens, i), rule))
        taken[i:j] = [True] * (j - i)
        i = j
    return out


def _given(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the name that a naming verb at ``i`` gives across an object or a hedge (``called him
    bear``, ``called, um, bulldog``); a bare ``called X`` is too often a phone call to count."""
    j = i + 1
    bridged = j < len(tokens) and tokens[j].norm in OBJECTS
    j += 1 if bridged else 0
    bridged = bridged or _relative(tokens, i)
    while j < len(tokens) and j <= i + 4 and tokens[j].norm in _HEDGES:
        j, bridged = j + 1, True
    if j < len(tokens) and tokens[j].norm == "the":
        j += 1
    if not bridged or j >= len(tokens):
        return None
    tok = tokens[j]
    if tok.initial or not _word(tok) or tok.norm in _NEVER_GIVEN:
        return None
    if tok.norm.endswith("ly") or casing.is_stopword(tok) or tok.norm in loanwords():
        return None
    return j


_SUBJECTS = frozenset("we they everyone everybody people i".split())
_ASKING = frozenset("what which how whatever".split())
# Words after which a word is quoted for its meaning (``which means sparrow``), not used as a name.
_MEANS = frozenset("means meant meaning translates translated word".split())


def _relative(tokens: Sequence[Token], i: int) -> bool:
    """``a woman we call sparrow``: a naming verb in a relative clause, its subject right after a noun."""
    if i < 2 or tokens[i - 1].norm not in _SUBJECTS or not tokens[i].spaced or not tokens[i - 1].spaced:
        return False
    noun = tokens[i - 2]
    if noun.norm in _ASKING:
        return False  # ``what they call khimiya``: a term, not a name
    return _word(noun) and not casing.is_stopword(noun) and noun.norm not in FILLERS and not noun.norm.endswith("ly")


def _known_as(tokens: Sequence[Token], i: int) -> int | None:
    """``known as sparrow``, ``goes by hammer``: the word after, when it is no English word, a name that is a
    word (``namelex.decoys``), or a word that ends its phrase (``known as sparrow, she``)."""
    if tokens[i].norm == "as" and (i == 0 or tokens[i - 1].norm not in ("known", "referred")):
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].norm == "the":
        j += 1
    if j >= len(tokens) or not tokens[j].spaced or not _word(tokens[j]) or tokens[j].norm in _NEVER_GIVEN:
        return None
    tok = tokens[j]
    if casing.is_stopword(tok) or tok.norm.endswith("ly") or tok.initial:
        return None
    ends = j + 1 >= len(tokens) or not tokens[j + 1].spaced or "  " in _between(tokens, j)
    return j if ends or not known(tok) or tok.norm in namelex.decoys() else None


def _between(tokens: Sequence[Token], j: int) -> str:
    return "" if j + 1 >= len(tokens) else " " * (tokens[j + 1].start - tokens[j].end)


def _named(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the name in a naming statement (``her name is hope``, ``a man named will``, ``his nickname
    was the bulldog``): a name that is also a word (``namelex.decoys``), a first name, or any content word
    after ``nickname``."""
    tok = tokens[i]
    nick = tok.norm == "nickname"
    if tok.norm == "named":
        j = i + 1
    elif tok.norm in ("name", "nickname") and _copula_at(tokens, _past_since(tokens, i + 1) if nick else i + 1):
        j = (_past_since(tokens, i + 1) if nick else i + 1) + 1
        if nick and j < len(tokens) and tokens[j].norm == "the":
            j += 1
    else:
        return None
    if j >= len(tokens) or not tokens[j].spaced or not _word(tokens[j]) or tokens[j].norm in _NEVER_GIVEN:
        return None
    norm = tokens[j].norm
    if nick and not casing.is_stopword(tokens[j]) and not norm.endswith("ly"):
        return j
    return j if norm in namelex.decoys() or namelex.first_names().lookup_first(norm) else None


_SINCE = frozenset("since from in at".split())


def _past_since(tokens: Sequence[Token], k: int) -> int:
    """Past ``since school``, ``from the army`` after ``nickname`` (``his nickname since school was bird``)."""
    if k + 1 < len(tokens) and tokens[k].norm in _SINCE:
        k += 2 if tokens[k + 1].norm != "the" else 3
    return k


def _copula_at(tokens: Sequence[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].norm in ("is", "was", "s")


def _self_named(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """``i'm hope, i'm forty-one``: the name a speaker gives before their age (:mod:`named_ages`)."""
    j = i + 1 if tokens[i].norm.replace("’", "'") == "i'm" else i + 2 if _am(tokens, i) else None
    if j is None or j >= len(tokens) or not tokens[j].spaced or not _word(tokens[j]):
        return None
    norm = tokens[j].norm
    if norm not in namelex.decoys() and not en_fullnames.is_given(norm):
        return j if _surnamed(tokens, j) and _introduced(tokens, j) else None
    return j if named_ages.named_by_age(text, tokens, j) or _introduced(tokens, j) else None


def _surnamed(tokens: Sequence[Token], j: int) -> bool:
    """A content word at ``j`` followed by a word no English dictionary knows (``marten kuiper``): a given
    name that is also a word, with its surname."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].spaced else None
    if nxt is None or casing.is_stopword(tokens[j]) or tokens[j].norm.endswith(("ly", "ed", "ing")):
        return False  # ``i'm really ...``: an adverb or a verb form, no name
    return _word(nxt) and not known(nxt)


_SELF_NOUN = frozenset("a an from".split())
_DEGREE = frozenset("bit little lot".split())


def _introduced(tokens: Sequence[Token], j: int) -> bool:
    """``i'm hazel i'm a librarian``, ``i'm marten kuiper i'm from utrecht``: the name a speaker gives, perhaps
    with a surname no English dictionary knows, then a second ``i'm`` that says what or where from they are;
    ``i'm frank with you`` and ``i'm grace i think`` stay."""
    k = j + 1
    if k < len(tokens) and tokens[k].spaced and _word(tokens[k]) and not known(tokens[k]):
        k += 1  # the surname
    if k < len(tokens) and tokens[k].norm.replace("’", "'") == "i'm":
        k += 1
    elif k < len(tokens) and _am(tokens, k):
        k += 2
    else:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].norm in _DEGREE:
        return False  # ``i'm frank i'm a bit tired``: a state, not a person's kind
    return k < len(tokens) and tokens[k].norm in _SELF_NOUN


def _am(tokens: Sequence[Token], i: int) -> bool:
    return tokens[i].norm == "i" and i + 1 < len(tokens) and tokens[i + 1].norm in ("am", "m")


def _stated_at(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The index of the name a naming verb, statement, role apposition, ``known as`` or self-introduction at
    ``i`` gives, if any."""
    norm = tokens[i].norm
    if norm in NAMING:
        return _given(tokens, i)
    if norm in _STATEMENT:
        return _named(tokens, i)
    if norm in ROLES:
        return _apposition(text, tokens, i)
    if norm in ("as", "by") and (norm == "as" or (i > 0 and tokens[i - 1].norm in _GOES)):
        return _known_as(tokens, i)
    return _self_named(text, tokens, i) if norm in ("i'm", "i") else None


def nicknames(text: str, tokens: Sequence[Token], taken: list[bool], lowercase: bool) -> list[Span]:
    """Rule ``en-nickname``: the given name and its later mentions (capitalised ones in cased text); the name
    of a naming statement and its later mentions before a verb of speech (``hope said``)."""
    given: set[str] = set()
    stated: dict[int, str] = {}
    for i, tok in enumerate(tokens):
        j = _stated_at(text, tokens, i)
        if j is not None and (tok.norm in NAMING or tok.norm in ("nickname", "as", "by")):
            given.add(tokens[j].norm)  # a nickname: every mention
        elif j is not None:
            stated[j] = tokens[j].norm  # a name that is also a word: the statement and speaking mentions
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        if taken[k]:
            continue
        meant = k > 0 and tokens[k - 1].norm in _MEANS
        if tok.norm in given and not meant and (lowercase or tok.cap or _after_naming(tokens, k)):
            out.append(_span(tokens, k, k + 1, text, "PERSON", "en-nickname"))
        elif k in stated or (tok.norm in stated.values() and _speaks(tokens, k)):
            out.append(_span(tokens, k, k + 1, text, "PERSON", "en-named"))
        else:
            continue
        taken[k] = True
    return out


def _apposition(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """A name that is also a word set off after a kinship or role noun (``my mum, hope, visits him``)."""
    j = i + 1
    if j + 1 >= len(tokens) or not (_pause(text, tokens[i], tokens[j]) and _pause(text, tokens[j], tokens[j + 1])):
        return None
    return j if tokens[j].norm in namelex.decoys() and _word(tokens[j]) else None


def _pause(text: str, left: Token, right: Token) -> bool:
    """A comma or dash between two words, or the double space that blanked punctuation leaves."""
    between = text[left.end : right.start]
    return "\n" not in between and (any(c in ",-–—" for c in between) or "  " in between)


_STATEMENT = frozenset(("named", "name", "nickname"))
_GOES = frozenset("goes go went going".split())
SPEECH = frozenset("said says told tells asked asks wrote writes called calls cried replied answered laughed".split())


def _speaks(tokens: Sequence[Token], k: int) -> bool:
    """A mention right before a verb of speech (``hope said``), as a person's name stands."""
    return k + 1 < len(tokens) and tokens[k + 1].spaced and tokens[k + 1].norm in SPEECH


def _after_naming(tokens: Sequence[Token], k: int) -> bool:
    return any(tokens[i].norm in NAMING and _given(tokens, i) == k for i in range(max(0, k - 6), k))


def detect(text: str, spans: Sequence[Span], tokens: Sequence[Token] | None = None) -> list[Span]:
    """Uncertain name candidates for the words of English ``text`` that no span in ``spans`` covers."""
    tokens = tokens if tokens is not None else tokenize(text)
    if not tokens:
        return []
    taken = covered_tokens(tokens, spans)[0]
    lowercase = is_lowercase_text(tokens)
    out = nicknames(text, tokens, taken, lowercase)
    if lowercase:
        persons = covered_tokens(tokens, [s for s in spans if s.label == "PERSON"])[0]
        out += en_fullnames.detect(text, tokens, taken, known, persons)
        out += en_surname_slot.detect(text, tokens, taken, persons, en_fullnames.is_given)
    return out + unknown_words(text, tokens, taken, lowercase)
