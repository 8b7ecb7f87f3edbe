"""A foreign name in Latin letters inside Cyrillic text is one span, function words included.

``устроилась в Uniwersytet w Białymstoku``, ``помогли Člověk v tísni``, ``в ресторане u zlatého lva``,
``в Fundacja Otwarty Dialog``: the word detectors see a Polish, Czech, Lithuanian or German name as separate
words. They flag its content words one by one, each with its own label (``Uniwersytet`` a place,
``Białymstoku`` a place, ``tísni`` a candidate), and leave its function words (``w``, ``v``, ``u``, ``und``)
unmasked. The entity is then half masked, and what is left (``… w …``, ``Člověk v …``) still tells the
reader which organisation it was.

The rule, in Russian and Belarusian text: a run of Latin-letter words separated only by spaces or a
hyphen (no punctuation, no Cyrillic word between them), from the first word a name span covers to the last
one, becomes one span when it holds more than one span or a word no span covers. The uncovered words
inside must be function words, at most ``MAX_GAP`` together, so the flagged words of an English sentence
(``Marina Kovalchuk told me``) stay apart. A foreign function word that opens the run (``U Zlatého lva``,
``Zum Hirschen``) joins it too. The rule only ever joins what detectors already flagged, so it adds no span
of its own to text where nothing was found: ``dzień dobry`` flagged word by word becomes one span, not two.
In English text (or text mostly in Latin letters, whatever its language label), pieces join only across a
function word that is no English word (``Kawiarnia pod Starym Dębem``, ``Verein für Nachbarschaftshilfe``),
and no opening preposition joins.

The label is ORGANISATION when the run holds a function word or a foreign organisation noun
(``Uniwersytet``, ``Fundacja``, ``Nadace``), or when its parts were found as different kinds of name
(``Deutsche`` a place, ``Welle`` a person); otherwise the label of the most certain span in it (a
person's first and last name stay a person). The joined span is evidence when any part was, otherwise
an uncertain candidate (reason ``uncertain:foreign-run``).

A run nothing flagged is a name too when the Cyrillic sentence uses it as a noun (:func:`bare_runs`):
``устроился в Harbour Freight Lines``, ``помогают из latvian aid``, ``ў kaunas rowing club``. Two to
:data:`_BARE_MAX` Latin words right after a Cyrillic preposition and followed by no further Latin word are
one organisation when a word shows a name: capitalised in cased text, or no English word (``latvian``,
``hilfe``; :func:`intake.pseudonymise.detectors.en_vocab.is_known`), platforms and tech words
(``WhatsApp``, ``VPN``) excepted. In cased text a run of capitalised words (``Baltic Amber Freight``) after a
comma, colon or dash needs no preposition: a speaker names a firm after a pause too (``юристом, ээ, Baltic
Amber Freight что ли``); ``сказал Georgian Railway`` (no pause) stays. English phrases a speaker borrows
(``в real time``, ``на home office``) are English words in lower case and stay, and so does a name spelled
letter by letter (``j-u-r-a-s``). The
span is an organisation unless sure person spans cover every word (``Marina`` + ``Kovalchuk``), and an
uncertain candidate (reason ``uncertain:foreign-run``) for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors.candidates import LATIN_SAFE
from intake.pseudonymise.detectors.en_vocab import is_known
from intake.pseudonymise.detectors.tokens import Token, is_lowercase_text
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.vocabulary import NAME_LABELS

SOURCE = "foreign-run"
MAX_GAP = 2
_MAX_WORDS = 8
_BARE_MAX = 5
# Cyrillic prepositions after which a Latin run is a noun of the sentence (folded: ``ў`` -> ``у``).
_NOUN_PREPOSITIONS = frozenset(
    "в во у на из с со з ад от для до да к ко при пры через праз про аб об после пасля каля около".split()
)
# Function words of the languages whose names Belarusians meet abroad (public grammar knowledge): Polish,
# Czech, Slovak, Lithuanian, Latvian, German, French, Italian, Spanish, Dutch, English.
FUNCTION_WORDS = frozenset(
    (
        "w we z ze na do dla i o od po pod przy u nad za przez bez "  # Polish
        "v ve pro a k s se při pri ke mezi "  # Czech, Slovak
        "ir už prie per "  # Lithuanian
        "un par pie no uz ar "  # Latvian
        "der die das des dem den und für fur von vom zu zum zur in im am an auf aus mit bei nach über ohne "  # German
        "de du la le les et del della di el y da dos van het en voor pour sans "  # Romance, Dutch
        "of the and for at on"  # English
    ).split()
)
# Function words and English prepositions that a candidate rule may flag at a sentence's start (``For``,
# ``With``): never the first or last word of a joined name.
_STRAY_WORDS = FUNCTION_WORDS | frozenset("with from by as after before about since into without".split())
# Name particles (``Ursula von der Leyen``, ``Maria da Silva``): they join a run but do not make it an organisation.
PARTICLES = frozenset("von van de da di del della du dos der den ten la le zu".split())
# In English text only a function word that is no English word shows a foreign name (``Spolek pro Nový
# Domov``); ``a``, ``in``, ``no`` join nothing there.
FOREIGN_ONLY = FUNCTION_WORDS - frozenset(
    "a i o s k u no do an on at am in im per par pie be die of the and for".split()
)
_CONJUNCTIONS = frozenset("and i a und ir un et y en".split())
# Function words that open a name (a place name after a preposition: ``U Zlatého lva``, ``Zum Hirschen``).
OPENERS = frozenset("u pod na przy zum zur im am bei the la le el der die das".split())
# Organisation nouns of those languages, as stems (public vocabulary).
_ORG_HEADS = re.compile(
    r"^(?:uniwersytet|univerzit|universit|universität|fundacj|fundac|nadac|stiftung|verein|fondas|fonds|"
    r"draugij|biedrīb|biedrib|stowarzysz|spol[eo]k|kolegij|koledž|akademi|instytut|institut|centrum|centras|"
    r"szpital|nemocnic|ligonin|restaurac|kawiarni|kavárn|hospod|gmbh|bank|fundacio|asociaci|associa|"
    r"towarzystw|společnost|spolocnost|sąjūdis|judėjim|kolegium|szkoł|škol|mokykl|skol)",
    re.IGNORECASE,
)


def join_runs(spans: Sequence[Span], tokens: Sequence[Token], text: str, english: bool = False) -> list[Span]:
    """One span for each Latin-letter run in Cyrillic text that detectors flagged in pieces; in English text
    (``english``) only pieces joined by a foreign function word (:data:`FOREIGN_ONLY`)."""
    latin = [_latin(t) for t in tokens]
    if not any(latin[k] and latin[k + 1] and tokens[k + 1].spaced for k in range(len(tokens) - 1)):
        return []  # no two Latin words in a row: nothing to join (most Russian and Belarusian text)
    english = english or 2 * sum(latin) > len(tokens)  # mostly Latin words: English text whatever its label
    if english and not any(t.norm in FOREIGN_ONLY for t in tokens):
        return []  # most English text
    covering = _covering(tokens, spans)
    out: list[Span] = []
    for run in _runs(tokens, covering):
        flagged = [k for k in range(*run) if covering[k] and not _stray_function_word(tokens[k], covering[k])]
        for group in _groups(flagged, tokens, english):
            joined = _join(-1 if english else run[0], group, tokens, covering, text)
            if joined is not None:
                out.append(joined)
    return out


def _stray_function_word(tok: Token, spans: list[Span] | None) -> bool:
    """A function word only a candidate flagged (``For Shumski, …``): it joins a name from inside a run,
    never as its end."""
    return tok.norm in _STRAY_WORDS and all(s.uncertain for s in spans or [])


def _latin(tok: Token) -> bool:
    return not tok.cyrillic and tok.text.replace("-", "").isalpha()


def _covering(tokens: Sequence[Token], spans: Sequence[Span]) -> list[list[Span] | None]:
    """For each token: the name spans over it ([] when none), or None when a contact or other span covers
    it (an e-mail, a handle: a run never crosses one)."""
    out: list[list[Span] | None] = [[] for _ in tokens]
    k = 0
    ordered = sorted(spans, key=lambda s: s.start)
    for i, tok in enumerate(tokens):
        while k < len(ordered) and ordered[k].end <= tok.start:
            k += 1
        j = k
        while j < len(ordered) and ordered[j].start < tok.end:
            here = out[i]
            if ordered[j].end > tok.start and here is not None:
                out[i] = [*here, ordered[j]] if ordered[j].label in NAME_LABELS else None
            j += 1
    return out


def _runs(tokens: Sequence[Token], covering: Sequence[list[Span] | None]) -> list[tuple[int, int]]:
    """(first, last + 1) token indexes of every maximal run of spaced Latin words no contact span touches."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not (_latin(tokens[i]) and covering[i] is not None):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].spaced and _latin(tokens[j]) and covering[j] is not None:
            j += 1
        if j - i >= 2:
            runs.append((i, j))
        i = j
    return runs


def _join(
    opens: int, group: tuple[int, int], tokens: Sequence[Token], covering: Sequence[list[Span] | None], text: str
) -> Span | None:
    """The span over the flagged words ``group`` (first, last) of a run that opens at token ``opens``, when
    they were flagged in pieces."""
    first, last = group
    if 0 <= opens < first and tokens[first - 1].norm in OPENERS:
        first -= 1  # ``U Zlatého lva``: the preposition that opens the name
    if last - first + 1 > _MAX_WORDS or last == first:
        return None
    parts = {id(s): s for k in range(first, last + 1) for s in covering[k] or []}
    start, end = tokens[first].start, tokens[last].end
    if any(s.start <= start and end <= s.end for s in parts.values()):
        return None  # one span already covers it all (``Bank of Northern Lights``: the linker rule's)
    words = [tokens[k].norm for k in range(first, last + 1)]
    heads = any(_ORG_HEADS.match(w) for w in words)
    people = len(parts) > 1 and all(s.label == "PERSON" for s in parts.values())
    if people and _CONJUNCTIONS.intersection(words) and not heads:
        return None  # ``Anna and Pavel``: two people (``Draugija … ir Namai`` is one society)
    best = max(parts.values(), key=lambda s: (not s.uncertain, s.score, s.length))
    kinds = {s.label for s in parts.values() if not s.uncertain}
    organisation = len(kinds) > 1 or heads or any(w in FUNCTION_WORDS - PARTICLES for w in words)
    label = "ORGANISATION" if organisation else best.label
    evidence = any(not s.uncertain for s in parts.values())
    reason = "" if evidence else f"{UNCERTAIN}:{SOURCE}"
    return Span(start, end, label, text[start:end], best.score, SOURCE, reason)


def _groups(flagged: Sequence[int], tokens: Sequence[Token], english: bool) -> list[tuple[int, int]]:
    """(first, last) flagged token of each group whose gaps are at most ``MAX_GAP`` words; in English text
    a gap must hold a foreign function word, and only a group with such a gap counts."""
    groups: list[tuple[int, int]] = []
    foreign: list[bool] = []
    for k in flagged:
        gap = range(groups[-1][1] + 1, k) if groups else range(0)
        crossed = any(tokens[g].norm in FOREIGN_ONLY for g in gap)
        closed = all(tokens[g].norm in FUNCTION_WORDS for g in gap)  # ``w``, ``v``, ``für``; not ``told me``
        if groups and len(gap) <= MAX_GAP and closed and (crossed or not english or not gap):
            groups[-1] = (groups[-1][0], k)
            foreign[-1] = foreign[-1] or crossed
        else:
            groups.append((k, k))
            foreign.append(crossed)
    return [g for g, f in zip(groups, foreign, strict=True) if f or not english]


def bare_runs(spans: Sequence[Span], tokens: Sequence[Token], text: str) -> list[Span]:
    """An organisation span for each Latin run after a Cyrillic preposition that no span covers whole
    and that holds a name-showing word (the rule in the module docstring)."""
    latin = [_latin(t) for t in tokens]
    if 2 * sum(latin) > len(tokens) or not any(latin[k] and latin[k + 1] for k in range(len(tokens) - 1)):
        return []  # English text, or no two Latin words in a row
    cased = not is_lowercase_text(tokens)
    covering = _covering(tokens, spans)
    out: list[Span] = []
    for first, last in _runs(tokens, covering):
        words = range(first, last)
        if (
            last - first > _BARE_MAX
            or first == 0
            or not (
                tokens[first - 1].norm in _NOUN_PREPOSITIONS
                or (cased and _paused(tokens, first, text) and _title_run(tokens, words))
            )
        ):
            continue
        if not tokens[first - 1].cyrillic or any(_spelled(tokens[k]) for k in words):
            continue  # ``j j-u-r-a-s``: a name spelled letter by letter is the spelling rules' job
        if not any(_shows_name(tokens[k], cased) for k in words):
            continue
        start, end = tokens[first].start, tokens[last - 1].end
        parts = [s for k in range(first, last) for s in covering[k] or []]
        if any(s.start <= start and end <= s.end for s in parts):
            continue  # already one span (a place, a person, a joined run)
        people = [s for s in parts if s.label == "PERSON" and not s.uncertain]
        whole = all(any(s.start <= tokens[k].start and tokens[k].end <= s.end for s in people) for k in words)
        label = "PERSON" if whole else "ORGANISATION"  # ``Marina`` + ``Kovalchuk``: a person in pieces
        out.append(Span(start, end, label, text[start:end], 0.5, SOURCE, f"{UNCERTAIN}:{SOURCE}"))
    return out


def _paused(tokens: Sequence[Token], first: int, text: str) -> bool:
    """A comma, colon or dash right before token ``first``: the run opens an apposition or an afterthought."""
    return any(c in ",:—–" for c in text[tokens[first - 1].end : tokens[first].start])


def _title_run(tokens: Sequence[Token], words: range) -> bool:
    """Every word of the run capitalised and none in capitals only (``Baltic Amber Freight``): a name
    wherever the Cyrillic sentence puts it (``юристом, ээ, Baltic Amber Freight``); ``IT HR`` stays."""
    return all(tokens[k].cap and not tokens[k].text.isupper() and tokens[k].norm not in LATIN_SAFE for k in words)


def _shows_name(tok: Token, cased: bool) -> bool:
    """A word that shows a name: capitalised in cased text or no English word; never a platform."""
    if tok.norm in LATIN_SAFE or len(tok.norm) < 2:
        return False
    return (cased and tok.cap) or not is_known(tok.norm)


def _spelled(tok: Token) -> bool:
    """A single letter or a word spelled out letter by letter (``j-u-r-a-s``)."""
    return all(len(part) <= 1 for part in tok.text.split("-"))
