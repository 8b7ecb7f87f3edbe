"""Full names in lower-case English text: a given name or a title before a surname, then the given name alone.

Speech recognition often writes English without capitals (``our consultant dr bill keane  well  bill
organised``). :mod:`en_candidates` finds the words that are not English (``keane``), but a given name that is
also a word (``bill``, ``grace``) and a particle between name parts (``siobhán ní bhriain``) stay open, and so
does every later mention of the given name. Rules, all in lower-case text only (``tokens.is_lowercase_text``):

``uncertain:en-fullname``
    a run of name parts: a given name (``data/english_given_names.txt``, or a Latin first name of
    ``namelex.first_names``) or a title, kinship or role noun (:data:`TITLES`), then surname-shaped words (not
    English, :func:`en_candidates.known`, or a surname that is an English noun, ``data/english_surnames.txt``:
    ``mary taylor``), with Celtic and other particles between them (:data:`PARTICLES`: ``ní``, ``mac``,
    ``van``); a title also takes a given name alone (``sister grace``, ``my friend bill``, ``dr keane``);
    and an English word with a surname that is no English word, the two set off by pauses on both sides
    (``  reed kukkemaa  wrote``): an unlisted given name that is also a word (not a function word, verb,
    adverb, title or word that takes a person: ``  thanks kukkemaa  ``, ``  said vaarik  `` stay);
``uncertain:en-given``
    every other mention of a given name that opened such a run: always when it is no English word, otherwise
    only where it acts as a person (a verb after it, ``bill organised``, or a word that takes a person before
    it, ``thanks to bill``; never after an article or a possessive, ``a grace period``, ``my bill``, nor
    before ``of``).
``uncertain:en-apposition``
    a given name that is also a word, set in apposition to a person noun (:data:`_PERSON_NOUNS`: ``a woman
    there dawn she's british``, ``a friend of mine lily she dances``) with a pronoun right after it, or named
    (``a girl called rose``, ``named grace``); its later mentions then follow as ``en-given`` does
    (``dawn's husband``). ``at dawn``, ``with grace``, ``rose early`` have no such frame. One word between
    the given name and the pronoun that is no function word, verb or adverb is its surname, though an English
    word (``a guy mark becker he drives``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import casing, namelex
from intake.pseudonymise.detectors.common_entry_words import EN_PERSON_VERBS
from intake.pseudonymise.detectors.gazetteer import read_list
from intake.pseudonymise.detectors.lowercase import LATIN_NOT_NAMES
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import UNCERTAIN, Span

SCORE = 0.4
SOURCE = "en_candidates"
# Titles, kinship and role nouns that stand right before a name in speech: ``dr``, ``judge``, ``td`` (an
# Irish deputy), ``my friend grace``.
TITLES = frozenset(
    "dr doctor mr mrs ms miss mx prof professor judge justice officer inspector detective sergeant constable "
    "captain colonel major lieutenant general consultant manager father fr sister brother td mp mep msp "
    "senator councillor minister deputy ambassador reverend rev pastor rabbi imam nurse coach auntie uncle "
    "aunt granny grandpa grandma friend colleague neighbour neighbor boss wife husband son daughter mum mom "
    "mother partner cousin nephew niece grandson granddaughter girlfriend boyfriend lawyer solicitor barrister "
    "journalist editor teacher priest missus mister".split()
)
# Titles after which any word that is not a function word is a name (``mr green``): they are nothing else.
STRICT_TITLES = frozenset("dr mr mrs ms mx prof fr missus mister".split())
# ``mrs``/``mr`` as speech recognition spells them out (words a dictionary may lack); ``the missus``, ``my
# missus`` is a wife, no title.
SPOKEN_TITLES = frozenset("missus mister".split())
# Particles inside a surname or between given name and surname: Irish (``ní``, ``nic``, ``mac``, ``ó``,
# ``ua``), Scottish, Dutch, German, Romance and Arabic ones.
PARTICLES = frozenset(
    "ní ni nic mac mc ó o ua uí ui van von der den de da di du del della la le ten ter bin ibn al el ap".split()
)
# Words before which a given name that is also a word is that word: articles, possessives, demonstratives.
_NOT_NAME_BEFORE = frozenset(
    "a an the my your his her its our their this that these those no any some every each whose what "
    "which one per".split()
)
_NOT_NAME_AFTER = frozenset("of".split())
# Words before which a given name that is also a word is a verb or a noun (``i hope``, ``to frank``).
_VERB_BEFORE = frozenset(
    "i we you they he she it to will would can could must should shall might may did do does don't didn't "
    "not never also just".split()
)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The listed English, Irish, Scottish and Welsh given names and short forms."""
    return frozenset(f.lower() for forms, _ in read_list("english_given_names.txt") for f in forms)


def is_given(norm: str) -> bool:
    """A listed English given name or a Latin spelling of a Slavic first name (``mikalai``)."""
    return norm in given_names() or bool(namelex.first_names().lookup_first(norm))


Known = Callable[[Token], bool]


@lru_cache(maxsize=1)
def word_surnames() -> frozenset[str]:
    """Listed British and Irish surnames that are English nouns (``smith``, ``baker``)."""
    return frozenset(f.lower() for forms, _ in read_list("english_surnames.txt") for f in forms)


def _surname(tok: Token, known: Known) -> bool:
    """A word shaped like a surname: three or more letters, Latin, no function word, and no English word
    unless a listed surname."""
    if len(tok.norm) < 3 or tok.cyrillic or casing.is_stopword(tok):
        return False
    return not known(tok) or tok.norm in word_surnames()


def _part(tokens: Sequence[Token], j: int, known: Known) -> int | None:
    """The end of the surname starting at ``j``, particles included (``ní bhriain``, ``van der berg``)."""
    k = j
    while k < len(tokens) and tokens[k].spaced and tokens[k].norm in PARTICLES and k - j < 2:
        k += 1
    if k < len(tokens) and tokens[k].spaced and _surname(tokens[k], known):
        return k + 1
    return None


# Nouns of a person a speaker sets a name after (``a woman there dawn``), and the words that name someone.
_PERSON_NOUNS = frozenset(
    "woman man girl guy lady bloke boy friend neighbour neighbor colleague volunteer lawyer activist".split()
)
_NAMING = frozenset("named called".split())
_FILLERS = (("there",), ("of", "mine"), ("of", "ours"), ("from", "work"))
_PRONOUNS = frozenset("she he they who".split())


def _apposition(tokens: Sequence[Token], i: int) -> int | None:
    """The index of a given name that a person noun or ``named``/``called`` at ``i`` sets in apposition, or
    None: ``a woman there dawn she's british``, ``a friend lily she is a dancer``, ``a girl called rose``."""
    norm = tokens[i].norm
    if norm not in _PERSON_NOUNS and norm not in _NAMING:
        return None
    k = i + 1
    for filler in _FILLERS:
        if norm in _PERSON_NOUNS and tuple(t.norm for t in tokens[k : k + len(filler)]) == filler:
            k += len(filler)
            break
    if k >= len(tokens) or not tokens[k].spaced or not is_given(tokens[k].norm):
        return None
    if norm in _NAMING:
        return k
    after = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].spaced else None
    return k if (after is not None and after.norm in _PRONOUNS) or apposed_end(tokens, k) > k + 1 else None


def apposed_end(tokens: Sequence[Token], k: int) -> int:
    """The end of the name apposed at ``k``: past its surname (:func:`_apposed_surname`), a given name said
    twice included (``a volunteer bill bill carver he's british``); else ``k + 1``."""
    again = k + 1 < len(tokens) and tokens[k + 1].spaced and tokens[k + 1].norm == tokens[k].norm
    start = k + 1 if again else k
    return start + 2 if _apposed_surname(tokens, start) else k + 1


def _apposed_surname(tokens: Sequence[Token], k: int) -> bool:
    """The word after the apposed given name at ``k`` is its surname, a pronoun after it: ``a guy mark
    becker he drives``, ``a volunteer bill carver he's british``; no function word, verb or adverb (``a
    friend bill also he``, ``a guy mark said he``)."""
    if k + 2 >= len(tokens) or not tokens[k + 1].spaced or not tokens[k + 2].spaced:
        return False
    word = tokens[k + 1]
    if tokens[k + 2].norm not in _PRONOUNS or len(word.norm) < 3 or word.cyrillic or casing.is_stopword(word):
        return False
    verbish = word.norm in _VERBISH or word.norm.endswith(("ed", "ing", "ly"))
    return not verbish and not is_given(word.norm)


def _run(tokens: Sequence[Token], i: int, known: Known) -> int | None:
    """The end of a full name opened at ``i`` by a title or a given name, or None."""
    tok, j = tokens[i], i + 1
    if tok.norm in TITLES:
        if j >= len(tokens) or not tokens[j].spaced:
            return None
        nxt = tokens[j]
        strict = tok.norm in STRICT_TITLES and not casing.is_stopword(nxt) and len(nxt.norm) >= 3
        if tok.norm in SPOKEN_TITLES and (_spoken_word(tokens, i) or nxt.norm in _VERBISH):
            return None
        if not (strict or is_given(nxt.norm) or _surname(nxt, known)):
            return None
        tok, j = nxt, j + 1
    elif not is_given(tok.norm) or (known(tok) and not _opens_name(tokens, i)):
        return None
    end = _part(tokens, j, known)
    while end is not None:
        j, end = end, _part(tokens, end, known)
    return j if j > i + 1 else None


def _spoken_word(tokens: Sequence[Token], i: int) -> bool:
    """``missus``/``mister`` at ``i`` after a determiner is the word, not a title (``the missus``, ``my
    missus``: a wife)."""
    return i > 0 and tokens[i].spaced and tokens[i - 1].norm in _NOT_NAME_BEFORE


def _name_position(tokens: Sequence[Token], k: int) -> bool:
    """A word that is also a name stands as a name: no article or possessive before it, no ``of`` after."""
    before = tokens[k - 1].norm if k > 0 and tokens[k].spaced else ""
    after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    return before not in _NOT_NAME_BEFORE and after not in _NOT_NAME_AFTER


def _acts(tokens: Sequence[Token], k: int) -> bool:
    """A given name that is also a word, alone, acts as a person: in a name position, and a verb follows it
    (``bill organised``, ``grace also wrote``, ``hope visits``: ``EN_PERSON_VERBS``, a person's verbs) or a word
    that takes a person precedes it (``thanks to bill``)."""
    if not _name_position(tokens, k):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].spaced else None
    verb = after is not None and (after.norm in _VERBISH or after.norm in EN_PERSON_VERBS)
    verb = verb or (after is not None and after.norm.endswith("ed") and len(after.norm) > 4)
    return verb or (k > 0 and tokens[k].spaced and tokens[k - 1].norm in _TAKES_PERSON)


def _possessive(text: str, tokens: Sequence[Token], k: int) -> bool:
    """A given name that is also a word, in a name position, with a possessive ``'s`` (``lily's flat``,
    ``grace's husband``): a word owns nothing (``the dawn's light`` has an article)."""
    if k + 1 >= len(tokens) or tokens[k + 1].norm != "s" or not _name_position(tokens, k):
        return False
    return text[tokens[k].end : tokens[k + 1].start] in ("'", "\u2019")


# Words after a subject: adverbs and the verbs of speech, help and motion speakers use of people.
_VERBISH = frozenset(
    "also too then said says told tells asked asks wrote writes was is has had will would did does could can "
    "came comes went goes got gets gave gives sent sends rang rings phoned calls helped helps knew knows "
    "thinks thought made makes took takes brought brings and who never always still just "
    # irregular pasts of the verbs people do in a story (``so mark became our post office``)
    "became began kept left met paid put ran found bought drove flew spoke stood sat wrote read".split()
)
_TAKES_PERSON = frozenset("with to from for by told asked met thank thanks dear and".split())


def _opens_name(tokens: Sequence[Token], i: int) -> bool:
    """A given name that is also a word opens a name only in a name position and not after a subject or a
    modal (``i hope kovalenko`` is a verb)."""
    before = tokens[i - 1].norm if i > 0 and tokens[i].spaced else ""
    return before not in _VERB_BEFORE and _name_position(tokens, i)


def _span(tokens: Sequence[Token], i: int, j: int, text: str, rule: str) -> Span:
    start, end = tokens[i].start, tokens[j - 1].end
    return Span(start, end, "PERSON", text[start:end], SCORE, f"{SOURCE}:{rule}", f"{UNCERTAIN}:{rule}")


def _before_person(tokens: Sequence[Token], i: int, j: int, persons: Sequence[bool]) -> bool:
    """A given name (no title, no word that is never a name: ``kira dot pishchyk``) before surname parts
    another detector already masks as a PERSON."""
    if tokens[i].norm in TITLES or tokens[i].norm in LATIN_NOT_NAMES:
        return False
    return all(persons[i + 1 : j]) and not persons[i]


def detect(
    text: str, tokens: Sequence[Token], taken: list[bool], known: Known, persons: Sequence[bool] | None = None
) -> list[Span]:
    """Rules ``en-fullname`` and ``en-given`` over the tokens not ``taken`` (marks the ones it takes);
    ``persons`` marks the tokens a PERSON span covers: a given name before them opens a name too."""
    out: list[Span] = []
    given: set[str] = set()
    i = 0
    while i < len(tokens):
        named = None if taken[i] else _apposition(tokens, i)
        if named is not None and not taken[named] and _run(tokens, named, known) is None:
            end = apposed_end(tokens, named)
            end = named + 1 if any(taken[named + 1 : end]) else end
            given.update({tokens[named].norm, tokens[end - 1].norm})  # a surname alone follows as the name does
            out.append(_span(tokens, named, end, text, "en-apposition"))
            taken[named:end] = [True] * (end - named)
            i = end
            continue
        if not taken[i] and _paused_pair(text, tokens, i, known):
            given.add(tokens[i].norm)  # ``  reed kukkemaa  ``: a given name that is a word, set off with its surname
            out.append(_span(tokens, i, i + 2, text, "en-fullname"))
            taken[i : i + 2] = [True, True]
            i += 2
            continue
        j = None if taken[i] else _run(tokens, i, known)
        if j is not None and persons is not None and _before_person(tokens, i, j, persons):
            given.add(tokens[i].norm)  # ``mark kowalczyk`` with the surname already a PERSON
            out.append(_span(tokens, i, i + 1, text, "en-fullname"))
            taken[i] = True
            i = j
            continue
        if j is None or any(taken[i:j]):
            i += 1
            continue
        first = i + 1 if tokens[i].norm in TITLES else i
        if all(not known(t) and t.norm not in PARTICLES for t in tokens[first:j]):
            i += 1  # every part is no English word: ``en-unknown`` masks the run as it is
            continue
        if is_given(tokens[first].norm):
            given.add(tokens[first].norm)
        out.append(_span(tokens, first, j, text, "en-fullname"))
        taken[i:j] = [True] * (j - i)
        i = j
    for k, tok in enumerate(tokens):
        if not taken[k] and tok.norm in given and (not known(tok) or _acts(tokens, k) or _possessive(text, tokens, k)):
            out.append(_span(tokens, k, k + 1, text, "en-given"))
            taken[k] = True
    return out


def _set_off(text: str, tokens: Sequence[Token], k: int) -> bool:
    """A pause (a line break, a comma or dash, a blanked comma's double space) or the text's edge before
    ``tokens[k]``."""
    if k <= 0 or k >= len(tokens):
        return True
    between = text[tokens[k - 1].end : tokens[k].start]
    return "\n" in between or "  " in between or any(c in ",-–—" for c in between)


def _paused_pair(text: str, tokens: Sequence[Token], i: int, known: Known) -> bool:
    """``tokens[i]`` and the next word stand alone between pauses, the next word a surname no English
    dictionary knows and ``tokens[i]`` an English word that is no function word, verb, adverb, title or word
    that takes a person (``  bay toomsalu  she lives``, ``my contact there  reed kukkemaa  wrote``): an
    unlisted given name that is also a word, with its surname."""
    if i + 1 >= len(tokens) or text[tokens[i].end : tokens[i + 1].start] != " ":
        return False
    word, surname = tokens[i], tokens[i + 1]
    if not _set_off(text, tokens, i) or not _set_off(text, tokens, i + 2):
        return False
    if len(surname.norm) < 4 or known(surname) or not _surname(surname, known) or is_given(surname.norm):
        return False
    return _plain_word(word, known)


def _plain_word(tok: Token, known: Known) -> bool:
    """An English word of three letters or more that is no function word, verb, adverb, title, person noun or
    word that takes a person (``thanks``, ``said``, ``judge`` are each something else)."""
    norm = tok.norm
    if len(norm) < 3 or tok.cyrillic or not norm.isalpha() or not known(tok) or casing.is_stopword(tok):
        return False
    if norm in TITLES or norm in _PERSON_NOUNS or norm in _TAKES_PERSON or norm in _VERBISH or norm in _VERB_BEFORE:
        return False
    verbish = (norm.endswith(("ed", "ing")) and len(norm) > 4) or norm.endswith("ly")
    return not verbish and norm not in _NOT_NAME_BEFORE
