"""English organisation names in lower-case speech-recognition text (the ``english`` rule of
``orgnames.py``): the unknown words after ``at``/``for``/``from``/``with``/``the`` (``a reporter at
zerkalo``), and a phrase ending in an organisation noun with a place, a place adjective, an acronym or an
unknown word in it (``minsk regional bar association``, ``leninsky district court of mahilyou``, ``tbc
bank``), or with a modifier before two stacked kinds of institution (``the mercy university hospital``), and
an acronym the list spells in capitals after ``the`` (``the un``). All uncertain, score 0.5. The words after
``called``/``named`` are ``orgcues.py``'s.

"Unknown" means: not in the English vocabulary (``data/english_words.txt``, nor listed in ``en_vocab``'s spell-checker
words or a regular form of one, compounds aside), no English suffix
(``-ing``, ``-tion``...), no first name, no platform or technical word.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import casing, en_vocab, namelex
from intake.pseudonymise.detectors.en_fullnames import SPOKEN_TITLES  # ``mrs``/``mr`` spelt out: no name
from intake.pseudonymise.detectors.gazetteer import entity_gazetteer
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import UNCERTAIN, Span

UNSURE = 0.5
_EN_PREPS = frozenset("at for from with joined into".split())
# Words that end a company's name after its own word (``velora labs``, ``the granitstroy plant``).
_COMPANY_TAILS = frozenset(
    "labs lab systems group soft software digital media games studio studios works solutions analytics data "
    "apps technologies tech plant factory mill consulting logistics".split()
)
_EN_HEADS = frozenset(
    "association foundation fund committee union initiative council network institute radio chambers "
    "society federation alliance movement party league bureau agency trust coalition bar department".split()
)
# Institutions a town has one of (``leninsky district court``): a nationality alone does not name one (``a
# lithuanian bank``).
_EN_INSTITUTIONS = frozenset(
    "court hospital bank university college plant factory clinic academy museum theatre theater".split()
)
# Kinds of institution that stack before a head (``district court``, ``university hospital``): a name when one
# more modifier stands before them (``the mercy university hospital``), not alone (``the district court``).
_EN_KINDS = frozenset(
    "district regional city municipal republican clinical central military university children's maternity "
    "oblast state".split()
)
_EN_STOP = frozenset(
    "me him them us you i he she we they "
    "the a an my our his her their your this that these those of and or in on to for at by with from "
    "it its is was were be been called named there here home work school".split()
)


# Countries and nationalities the exiles' organisations are named after (``the polish bar association``).
_EN_COUNTRY = frozenset(
    "belarus belarusian belarusians lithuania lithuanian poland polish ukraine ukrainian russia russian latvia "
    "latvian georgia georgian germany german czech european international".split()
)


def org_span(text: str, start: int, end: int, rule: str, score: float, uncertain: bool) -> Span:
    """An ORGANISATION span of ``orgnames``'s rule ``rule`` (reason ``uncertain:org<rule>`` when unsure)."""
    reason = f"{UNCERTAIN}:org{rule}" if uncertain else ""
    return Span(start, end, "ORGANISATION", text[start:end], score, f"orgnames:{rule}", reason)


def _span(text: str, start: int, end: int, rule: str, uncertain: bool = True) -> Span:
    return org_span(text, start, end, rule, UNSURE, uncertain)


_EN_SUFFIXES = (
    "ing ion ment ness ity ance ence ism ist ship ology ary ery ry ive ous able ible ful less ize ise ed ly "
    "al ic ical er ers or ors th"
).split()
_EN_TECH = frozenset("iban swift bic pin vpn sim wifi html http https online offline".split())


def _unknown_latin(tok: Token) -> bool:
    """A Latin word that looks like no English word (not in the vocabulary, no English suffix, no
    hyphenated English tail) and is no first name or platform."""
    norm = tok.norm
    if tok.cyrillic or len(norm) < 4 or casing.is_stopword(tok) or norm in _EN_TECH or norm in casing.EN_NATIONS:
        return False  # ``the irish news``: a nationality adjective
    if norm in SPOKEN_TITLES or namelex.is_english_word(norm) or namelex.is_english_word(norm.rsplit("-", 1)[-1]):
        return False
    if "'" in norm or norm.endswith(tuple(_EN_SUFFIXES)) or _english_form(norm):
        return False
    return not namelex.first_names().lookup_first(norm)


def _dictionary_word(tok: Token) -> bool:
    """A spell-checker word or a regular form of one (``storks``, ``the chimney``), not a compound of two
    (``pressball``) nor a place the gazetteer lists (``from cork``): the common noun a determiner or
    preposition introduces, not a brand. A word after an unknown one continues its name (``dáil declan
    furlong``) and is not tested."""
    return en_vocab.listed(en_vocab.strip_accents(tok.norm)) and not _place(tok)


# Inflections the vocabulary lists only in the base form: plural, superlative (``storks``, ``eighties``,
# ``quietest``), as (ending, what replaces it).
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("iest", "y"), ("est", ""), ("est", "e"))


def _english_form(norm: str) -> bool:
    """An inflected English word (``eighties``, ``quietest``). Compounds of two English words stay unknown:
    invented company names are made that way (``brightdesk``)."""
    return any(
        norm.endswith(ending) and len(norm) - len(ending) >= 3 and namelex.is_english_word(norm[: -len(ending)] + base)
        for ending, base in _INFLECTIONS
    )


def _place(tok: Token) -> bool:
    """A place name of the gazetteer, whole (``new`` of ``New York`` is none)."""
    return any(e.label == "LOCATION" and len(e.words) == 1 for e in entity_gazetteer().lookup_first(tok.norm))


def english(text: str, tokens: Sequence[Token], covered: Sequence[bool]) -> list[Span]:
    """Lower-case English organisation names (``english`` rule)."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if not nxt.spaced or covered[i + 1]:
            continue
        if (tok.norm in _EN_PREPS or tok.norm == "the") and _unknown_latin(nxt) and not _dictionary_word(nxt):
            j = i + 1
            while j + 1 < len(tokens) and tokens[j + 1].spaced and _unknown_latin(tokens[j + 1]) and j - i < 3:
                j += 1
            if j + 1 < len(tokens) and tokens[j + 1].spaced and tokens[j + 1].norm in _COMPANY_TAILS:
                j += 1  # ``velora labs``, ``the granitstroy plant``
            out.append(_span(text, nxt.start, tokens[j].end, "english", uncertain=True))
    out += _english_heads(text, tokens, covered) + _listed_acronyms(text, tokens, covered)
    return out


def _listed_acronyms(text: str, tokens: Sequence[Token], covered: Sequence[bool]) -> list[Span]:
    """``she works with the un``: an organisation's acronym the list spells in capitals (``UN``, matched in
    capitals only, since ``un`` may be anything), lower-cased by speech recognition, after ``the`` or a
    preposition of working (``at``, ``for``, ``with``)."""
    out: list[Span] = []
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if covered[i] or not tok.spaced or tokens[i - 1].norm not in _EN_PREPS | {"the"}:
            continue
        if namelex.is_english_word(tok.norm):
            continue
        entries = entity_gazetteer().lookup_first(tok.norm)
        if any(e.label == "ORGANISATION" and len(e.words) == 1 and e.surface.isupper() for e in entries):
            out.append(_span(text, tok.start, tok.end, "english", uncertain=True))
    return out


def _english_heads(text: str, tokens: Sequence[Token], covered: Sequence[bool]) -> list[Span]:
    """``minsk regional bar association``, ``free belarus initiative``: an organisation noun after words
    with a place, a country or nationality, or an unknown word among them."""
    out: list[Span] = []
    for j, tok in enumerate(tokens):
        institution = tok.norm in _EN_INSTITUTIONS
        if not (institution or tok.norm in _EN_HEADS) or tok.cap or tok.norm == "bar":
            continue
        i = j
        while i > 0 and j - i < 3 and tokens[i].spaced and tokens[i - 1].norm not in _EN_STOP:
            before = tokens[i - 1]
            kind = before.norm in _EN_KINDS or _place(before) or _place_adj(before)
            if before.cyrillic or (covered[i - 1] and not before.cap and not kind):
                break
            i -= 1
        end = _of_tail(tokens, j)
        if i < j and any(_modifier(t, nation=not institution) for t in tokens[i:j]):
            out.append(_span(text, tokens[i].start, end, "english", uncertain=True))
        elif i < j and tokens[i - 1].norm == "the" and tok.norm in _EN_NAMED_HEADS and not _vague(tokens[i:j]):
            out.append(_span(text, tokens[i].start, tok.end, "english", uncertain=True))  # ``the migration department``
        elif j - i >= 2 and tokens[j - 1].norm in _EN_KINDS and tokens[i - 1].norm == "the" and not _vague(tokens[i:j]):
            out.append(_span(text, tokens[i].start, end, "english", uncertain=True))  # ``the mercy university …``
    return out


def _modifier(tok: Token, nation: bool) -> bool:
    """A word before an organisation noun that makes it a name: a place or its adjective, a word that is no
    English word, a short acronym (``tbc bank``), or with ``nation`` a country or nationality."""
    if nation and tok.norm in _EN_COUNTRY:
        return True
    return _place(tok) or _place_adj(tok) or _unknown_latin(tok) or _acronym(tok)


def _place_adj(tok: Token) -> bool:
    """A Slavic place-derived adjective in Latin letters (``leninsky``, ``partizanski``, ``zavodskoy``)."""
    return not tok.cyrillic and len(tok.norm) >= 6 and tok.norm.endswith(("sky", "ski", "skiy", "skoy", "skaya"))


def _acronym(tok: Token) -> bool:
    """Two to four Latin letters that make no English word (``tbc``, ``pko``, ``mtb``)."""
    norm = tok.norm
    return 2 <= len(norm) <= 4 and norm.isalpha() and norm.isascii() and not (
        casing.is_stopword(tok) or namelex.is_english_word(norm) or norm in _EN_STOP
    )


def _of_tail(tokens: Sequence[Token], j: int) -> int:
    """End of the head at ``j`` and, when ``of`` and a place or an unknown word follow, of that word
    (``district court of mahilyou``)."""
    if j + 2 < len(tokens) and tokens[j + 1].norm == "of" and tokens[j + 1].spaced and tokens[j + 2].spaced:
        place = tokens[j + 2]
        if _place(place) or _unknown_latin(place):
            return place.end
    return tokens[j].end


# Organisation nouns that a description after ``the`` names (not ``the legal fund``, ``the party``).
_EN_NAMED_HEADS = frozenset(
    "institute department committee foundation association federation council agency bureau society alliance "
    "coalition league movement".split()
)


def _vague(words: Sequence[Token]) -> bool:
    return any(t.norm in _EN_VAGUE for t in words)


# Words before an organisation noun that leave it a common noun (``the same committee``, ``the new union``).
_EN_VAGUE = frozenset(
    "new old same whole other main first last next big small local whole entire strike parents parent school "
    "student students trade".split()
)


# Words that join an English organisation noun to the rest of its name (``Committee to Protect Journalists``,
# ``Working Group on Arbitrary Detention``, ``Bank of East Asia``), and capitalised words that never
# continue a name after one (``the court on Monday``).
_LINKS = frozenset("of on to for against and de".split())
_NOT_NAMED = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december i".split()
)


def _spaced(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Only single spaces between tokens ``first`` and ``last``."""
    return all(text[tokens[m].end : tokens[m + 1].start] == " " for m in range(first, last))


def _latin_cap(tok: Token) -> bool:
    return tok.cap and not tok.cyrillic and tok.norm not in _NOT_NAMED


def _link(tok: Token, nxt: Token) -> bool:
    """A linker, or ``in`` before a place (``Committee ... of Torture in Belarus``)."""
    return tok.norm in _LINKS or (tok.norm == "in" and nxt.cap and (_place(nxt) or nxt.norm in _EN_COUNTRY))


def _run_end(tokens: Sequence[Token], text: str, i: int) -> tuple[int, bool]:
    """The last index of the capitalised words from ``i`` and the linkers between them, and whether a
    linker joined them."""
    end, linked = i, False
    while end + 1 < len(tokens):
        if _spaced(text, tokens, end, end + 1) and _latin_cap(tokens[end + 1]):
            end += 1
            continue
        if end + 2 >= len(tokens) or not _link(tokens[end + 1], tokens[end + 2]):
            break
        nxt = end + 3 if tokens[end + 2].norm == "the" else end + 2  # ``Committee of the Red Cross``
        if nxt >= len(tokens) or not _latin_cap(tokens[nxt]) or not _spaced(text, tokens, end, nxt):
            break
        end, linked = nxt, True
    return end, linked


# Organisation nouns a linked run of capitalised words may end in (``Bolshoi Theatre of Belarus``, ``National
# Academy of Sciences``, ``Tbilisi Opera and Ballet Theatre``): institutions besides ``casing.ORG_KEYWORDS``.
_RUN_HEADS = casing.ORG_KEYWORDS | frozenset(
    "theatre theater academy museum library clinic ministry police trust studio conservatory conservatoire "
    "philharmonic opera ballet orchestra choir gallery".split()
)


def latin_runs(text: str, tokens: Sequence[Token]) -> list[Span]:
    """English organisation names with a linker (``latin`` rule, any language): capitalised Latin words
    joined by ``of``/``on``/``to``/``for``/``and`` with an organisation noun among them (``Working Group on
    Arbitrary Detention``, ``Committee to Protect Journalists``, ``Bank of East Asia``). Runs without a
    linker are the word rules'."""
    out: list[Span] = []
    i = 0
    while i < len(tokens):
        if not _latin_cap(tokens[i]):
            i += 1
            continue
        end, linked = _run_end(tokens, text, i)
        if linked and any(t.norm in _RUN_HEADS for t in tokens[i : end + 1]):
            out.append(org_span(text, tokens[i].start, tokens[end].end, "latin", 0.7, False))
        i = end + 1
    return out
