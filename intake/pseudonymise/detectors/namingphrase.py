"""A word a naming phrase introduces is a person's name, whatever else it means, in Russian, Belarusian and
English, cased or in lower case; and its later mentions are the name where they act as one.

The naming phrases read here:

* a naming verb in any person and tense with the name in the nominative after it, past object pronouns
  and fillers (``его зовут лев``, ``звали её роза``, ``клікалі яе ружа``), or before it with an object
  pronoun on either side (``мы его шпрот называли``, ``мы яго шпрот завём``, ``роза её звали``);
* a naming cue with a preposition (``по имени вера``, ``па імені надзея``, ``по прозвищу гвоздь``);
* in English a person noun and ``called``/``named`` (``a woman called grace``, ``someone called hope``,
  ``a guy named bill``), or ``who was called``.

The named word itself is evidence (score :data:`SCORE`, source ``namingphrase``). Its other mentions are
uncertain candidates (reason ``uncertain:named-word``) where they act as a name: capitalised inside a
sentence, before a verb (``надзея сказала``; not a copula: ``надзея ёсць``), around ``and``/``і``/``и``
with a verb (``and grace told``, ``шпрот і яго бацькі прыйшлі``), after a preposition of company (``with
hope``, ``з ружай``) or a verb of speech. A word the interviewer asks about (``хто такі мякіш``) was said
before the question, so its mentions before it follow too (``мякіш пазваніў``). After an article,
``of``/``by`` or a comparison the word is the common word (``by the grace of god``, ``шпроты ў банцы``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from intake.pseudonymise.detectors import en_vocab, namelex
from intake.pseudonymise.detectors.becues import BE_VERB_END
from intake.pseudonymise.detectors.candidates import is_speech_verb
from intake.pseudonymise.detectors.lowercase import OBJECTS
from intake.pseudonymise.detectors.namecues import common_use
from intake.pseudonymise.detectors.naminggloss import ASK as _ASK
from intake.pseudonymise.detectors.naminggloss import EN_NOT as _EN_NOT
from intake.pseudonymise.detectors.naminggloss import EN_PRONOUNS as _EN_PRONOUNS
from intake.pseudonymise.detectors.naminggloss import SUBJECTS as _SUBJECTS
from intake.pseudonymise.detectors.naminggloss import VERBS, glossed
from intake.pseudonymise.detectors.naminggloss import nominative_noun as _nominative_noun
from intake.pseudonymise.detectors.naminggloss import word as _word
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.detectors.word_classes import verb_form
from intake.pseudonymise.spans import UNCERTAIN, Span

SCORE = 0.7
LATER_SCORE = 0.4
SOURCE = "namingphrase"
REASON = f"{UNCERTAIN}:named-word"

_CUE_PREPS = frozenset(fold(w) for w in "по па".split())
_CUE_NOUNS = frozenset(fold(w) for w in "имени імені прозвищу кличке мянушцы клічцы".split())
_FILLERS = OBJECTS | frozenset(
    fold(w) for w in "просто все у нас ну вот вось проста ж же его её ее яго яе мы вы они яны так".split()
)
_PREPS = frozenset(fold(w) for w in "в во у ў на по па из з с со к да до от ад при пры".split())

# English: a person noun before ``called``/``named`` (``a woman called grace``).
_EN_PEOPLE = frozenset(
    "woman man guy girl boy lady someone somebody person fellow bloke chap kid lad dude gentleman "
    "prisoner inmate friend cellmate neighbour neighbor officer investigator judge".split()
)
_EN_NAMING = frozenset(("called", "named"))
_EN_BE = frozenset(("was", "is"))


def _after_verb(tokens: Sequence[Token], i: int) -> int | None:
    """``звали её роза``: the nominative after the verb at ``i`` and its pronouns and fillers."""
    j = i + 1
    while j < len(tokens) and j <= i + 3 and tokens[j].norm in _FILLERS:
        j += 1
    if j >= len(tokens) or not _nominative_noun(tokens[j]):
        return None
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return None if after is not None and after.spaced and after.cap else j  # ``зовём пани Ханна``: a title


def _before_verb(tokens: Sequence[Token], i: int) -> int | None:
    """``мы его шпрот называли`` (a pronoun before the name), ``роза её звали`` (a pronoun after it)."""
    if i >= 2 and tokens[i - 1].norm in OBJECTS and tokens[i].spaced:
        k = i - 2  # ``роза её звали``
    elif i >= 2 and tokens[i - 2].norm in OBJECTS | _SUBJECTS and tokens[i].spaced:
        k = i - 1  # ``его шпрот называли``
    else:
        return None
    if not tokens[k + 1].spaced or (k > 0 and tokens[k - 1].norm in _ASK | _PREPS):
        return None  # ``в колонии меня звали``, ``мама ў калоніі. яе завуць``: a place, another sentence
    return k if _nominative_noun(tokens[k]) else None


def _en_named(tokens: Sequence[Token], i: int) -> int | None:
    """``a woman called grace``, ``someone named hope``, ``she was called faith``: the word after."""
    if i == 0 or i + 1 >= len(tokens) or not tokens[i].spaced:
        return None
    prev = tokens[i - 1].norm
    stated = prev in _EN_BE and i >= 2 and tokens[i - 2].norm in ("she", "he", "who")
    if prev not in _EN_PEOPLE and not stated:
        return None
    tok = tokens[i + 1]
    if tok.cyrillic or tok.norm in _EN_NOT or tok.norm.endswith("ly") or not _word(tok):
        return None
    return i + 1


_OWN = frozenset(fold(w) for w in "своих сваіх".split())  # ``для своих просто вишня``
_FOR = frozenset(fold(w) for w in "для".split())
_KNOW = frozenset(fold(w) for w in "знают знаюць знает знае знали ведаюць know knows knew".split())
_AS = frozenset(fold(w) for w in "как як as".split())


def _known_as(tokens: Sequence[Token], i: int) -> bool:
    """``его знают как``, ``знают его как``, ``knows her as``: a verb of knowing with an object pronoun."""
    before = [t.norm for t in tokens[max(0, i - 3) : i]]
    if before[-1] in _KNOW:
        return any(w in OBJECTS or w in _EN_PRONOUNS for w in before[:-1])
    return before[-1] in OBJECTS | _EN_PRONOUNS and before[-2] in _KNOW


def _phrase_named(tokens: Sequence[Token], i: int) -> int | None:
    """``для своих (просто) вишня``, ``все его знают как карась``, ``everyone knows her as cherry``: the word
    after the phrase that ends at ``i``."""
    tok = tokens[i]
    own = tok.norm in _OWN and i > 0 and tokens[i - 1].norm in _FOR
    if own or (tok.norm in _AS and i > 1 and _known_as(tokens, i)):
        j = i + 1
    else:
        return None
    while j < len(tokens) and tokens[j].norm in ("просто", "проста", "just", "simply"):
        j += 1
    if j >= len(tokens) or not tokens[j].spaced or not _word(tokens[j]) or tokens[j].norm in _EN_NOT:
        return None
    if tokens[j].cyrillic and not _nominative_noun(tokens[j]):
        return None
    return j


_WHO = frozenset(fold(w) for w in "кто хто".split())
_SUCH = frozenset(fold(w) for w in "такой такая такі таков".split())
_GLOSS = frozenset(fold(w) for w in "это гэта".split())
_GLOSS_NOUNS = frozenset(
    fold(w)
    for w in (
        "друг подруга приятель товарищ знакомый знакомая сосед соседка кум кума брат сестра "
        "сябар сяброўка прыяцель таварыш знаёмы знаёмая сусед суседка"
    ).split()
)
_GLOSS_SKIP = frozenset(fold(w) for w in "мой моя наш наша его её ее их мой мая яго яе іх просто проста".split())


def _nickname_noun(tok: Token) -> bool:
    """A nominative word that names no person by its meaning (``шпулька``, ``гвоздь``; not ``прокурор``)."""
    if not _nominative_noun(tok):
        return False
    m = namelex.russian_reading(tok.text.lower())[1]
    return not m.known or m.inanimate > 0.5


def _asked(tokens: Sequence[Token], i: int) -> int | None:
    """``кто такой шпулька?``, ``хто такі шпулька, ведаеце?``: the word that ends the question at ``i``."""
    j = i + 1
    if j >= len(tokens) or tokens[i].norm not in _SUCH or i == 0 or tokens[i - 1].norm not in _WHO:
        return None
    if not tokens[j].spaced or (j + 1 < len(tokens) and tokens[j + 1].spaced):
        return None  # the question ends with the word: a punctuation mark or the text's end after it
    return j if _nickname_noun(tokens[j]) else None


def _glossed(tokens: Sequence[Token], i: int) -> int | None:
    """``шпулька — это друг его``: a word opening a clause, glossed as a friend, neighbour or kin."""
    if i == 0 or tokens[i].spaced or tokens[i].norm not in _GLOSS:
        return None
    k = i - 1
    if k > 0 and tokens[k].spaced:
        return None  # the word opens its clause
    j = i + 1
    while j < len(tokens) and tokens[j].norm in _GLOSS_SKIP:
        j += 1
    if j >= len(tokens) or tokens[j].norm not in _GLOSS_NOUNS:
        return None
    owner = j > i + 1 or (j + 1 < len(tokens) and tokens[j + 1].spaced and tokens[j + 1].norm in _GLOSS_SKIP)
    if not owner:
        return None  # ``работа — это друг человека``: a saying; a nickname is somebody's friend (``друг его``)
    return k if _nickname_noun(replace(tokens[k], spaced=True)) else None  # it opens a clause: unspaced


def named(tokens: Sequence[Token], language: str) -> list[int]:
    """Indices of the words the text's naming phrases introduce."""
    out: list[int | None] = []
    if language == "en":
        out = [_en_named(tokens, i) for i, t in enumerate(tokens) if t.norm in _EN_NAMING]
    else:
        for i, tok in enumerate(tokens):
            if tok.norm in VERBS and not (i > 0 and tokens[i - 1].norm in _ASK):
                out += [_after_verb(tokens, i), _before_verb(tokens, i)]
            elif tok.norm in _CUE_NOUNS and i > 0 and tokens[i - 1].norm in _CUE_PREPS:
                out.append(i + 1 if i + 1 < len(tokens) and _word(tokens[i + 1]) else None)
    out += [_phrase_named(tokens, i) for i, t in enumerate(tokens) if t.norm in _OWN or t.norm in _AS]
    if language != "en":
        out += [_asked(tokens, i) for i, t in enumerate(tokens) if t.norm in _SUCH]
        out += [_glossed(tokens, i) for i, t in enumerate(tokens) if t.norm in _GLOSS]
    return [k for k in out if k is not None] + glossed(tokens, language)


_AND = frozenset(fold(w) for w in "and и і да".split())
_WITH = frozenset(fold(w) for w in "with с со з".split())
_TOO = frozenset(fold(w) for w in "тоже также таксама теж ещё яшчэ уже ужо ўжо".split())
_COPULAS = frozenset(fold(w) for w in "есть ёсць было была был быў is was are be это гэта".split())
_COMMON = frozenset("the a an of by this that his her my your our their its in on at for".split())
_EN_VERB_END = ("ed", "s")
_EN_VERBS = frozenset(
    "said says told tells asked came went got get gets had has wrote writes called calls cried replied answered "
    "laughed knew knows saw sees took takes gave gives sent sends visited visits helped helps came comes left "
    "stayed brought brings did does would could will can might must should".split()
)


def _verb(tok: Token) -> bool:
    """A verb of speech or action, no copula (``надзея ёсць`` is the word); a Belarusian masculine past in
    ``-ў`` that the Russian reading takes for a gerund (``пазваніў`` -> ``позвонив``) is a verb."""
    if not tok.spaced or tok.norm in _COPULAS:
        return False
    if not tok.cyrillic:
        return tok.norm in _EN_VERBS
    if is_speech_verb(tok):
        return True
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return bool(BE_VERB_END.search(tok.text.lower())) and tok.norm.endswith(("ла", "ли", "лі", "у", "ў"))
    if tok.text.endswith("ў") and namelex.gerund_share(spelling) >= 0.5:
        return True
    return namelex.verb_share(spelling) >= 0.5


def _verb_soon(text: str, tokens: Sequence[Token], j: int, reach: int) -> bool:
    """A verb within ``reach`` words from ``j``, past pronouns (``and grace i got``, ``і яго бацькі прыйшлі``)."""
    for k in range(j, min(len(tokens), j + reach)):
        if not _joined(text, tokens, k):
            return False
        if _verb(tokens[k]):
            return True
    return False


def _joined(text: str, tokens: Sequence[Token], k: int) -> bool:
    """``tokens[k]`` follows the previous word within its phrase: one space, no punctuation, no double space
    (where lower-case text blanked a full stop)."""
    return 0 < k < len(tokens) and tokens[k].spaced and text[tokens[k - 1].end : tokens[k].start] == " "


def acts_as_name(text: str, tokens: Sequence[Token], i: int) -> bool:
    """The mention at ``i`` stands where a person does: capitalised inside a sentence, before a verb, next
    to ``and`` with a verb or a particle with a verb (``таксама выклікалі``), after ``with``/``з``/``с`` or
    after a verb of speech; never after an article, ``of``/``by`` (``by the grace of god``) or in a common use
    (``шпроты ў банцы``, ``как кот``)."""
    tok = tokens[i]
    prev = tokens[i - 1] if _joined(text, tokens, i) else None
    nxt = tokens[i + 1] if _joined(text, tokens, i + 1) else None
    if prev is not None and (prev.norm in _COMMON or (tok.cyrillic and common_use(tokens, i))):
        return False
    if tok.cap and not tok.initial:
        return True
    if prev is not None and (prev.norm in _WITH or is_speech_verb(prev)):
        return True
    if nxt is not None and (_verb(nxt) or (nxt.norm in _AND and _verb_soon(text, tokens, i + 2, 4))):
        return True
    if nxt is not None and nxt.norm in _TOO and _joined(text, tokens, i + 2) and _verb(tokens[i + 2]):
        return True  # ``шыла таксама выклікалі``, ``ёрш тоже приехал``
    return prev is not None and prev.norm in _AND and _verb_soon(text, tokens, i + 1, 3)


def _common(tok: Token) -> bool:
    """A lower-case word that is also a common word (``grace``, ``надзея``, ``шпрот``): its name is given here
    only, and its common uses elsewhere stay the word."""
    if tok.cap:
        return False
    if not tok.cyrillic:
        return en_vocab.is_known(tok.norm)
    m = namelex.russian_reading(tok.text.lower().replace("’", "'"))[1]
    return tok.norm in namelex.decoys() or (m.known and m.common >= 0.5)


_ENDINGS = tuple(sorted("ами ями ой ей ою ею ом ем ам ям ах ях ай яй а я у ю е и ы о".split(), key=len, reverse=True))
_ENDING_SET = frozenset(_ENDINGS)
_ENDING_LENGTHS = sorted({len(e) for e in _ENDINGS}, reverse=True)


# A surname shaped like an adjective in any case (folded: ``морской``, ``морского``, ``лазинскага``).
_ADJECTIVAL = re.compile(
    r"^(\w{3,}(?:ск|цк))(?:ого|его|ому|ему|ими|ыми|ага|аму|ий|ый|ой|ая|ую|ые|ыя|их|ых|им|ым|ом|ем|ае|и|ы)$"
)
_ADJ = "+adj"  # marks the key of such a form: it matches only other such forms (``минский``, never ``минск``)


def _key(tok: Token) -> str:
    """The word less one case ending, keeping three letters (``ружай``, ``ружы`` -> ``руж``); a surname shaped
    like an adjective less its adjective ending and marked (``морского`` -> ``морск+adj``)."""
    if not tok.cyrillic:
        return tok.norm
    adjectival = _ADJECTIVAL.match(tok.norm)
    if adjectival is not None:
        return adjectival.group(1) + _ADJ
    norm, n = tok.norm, len(tok.norm)
    for k in _ENDING_LENGTHS:  # longest first, as ``_ENDINGS``; one ending of each length can match
        if n - k >= 3 and norm[-k:] in _ENDING_SET:
            return norm[:-k]
    return norm


def _listed_common(tok: Token) -> bool:
    """A listed given name that is also a common word (``вера``, ``надзея``): its other mentions follow only
    where they act as a name."""
    return tok.norm in namelex.decoys() or (_common(tok) and bool(namelex.first_names().lookup_first(tok.norm)))


_PLAIN_KEY = 4  # a shorter stem is shared by too many words (``лев``, ``левой``)


def _overlaps(tok: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < tok.end and tok.start < end for start, end in spans)


def detect(text: str, language: str, tokens: Sequence[Token], spans: Sequence[Span]) -> list[Span]:
    """The words naming phrases introduce in ``text`` (evidence) and their later mentions that act as a name
    (uncertain), where no span in ``spans`` covers them."""
    if not any(
        t.norm in VERBS
        or t.norm in _CUE_NOUNS
        or t.norm in _EN_NAMING
        or t.norm in _OWN
        or t.norm in _AS
        or t.norm in _SUCH
        or t.norm in _GLOSS
        or t.norm == "what"
        for t in tokens
    ):
        return []
    found = named(tokens, language)
    if not found:
        return []
    covered = [(s.start, s.end) for s in spans]
    keys = {_key(tokens[k]) for k in found}
    cased = {_key(tokens[k]) for k in found if tokens[k].cap}  # ``Вера``: ``вера в бога`` is the word
    plain = {key for key in keys if len(key) >= _PLAIN_KEY} - {_key(tokens[k]) for k in found if _common(tokens[k])}
    plain |= {_key(tokens[k]) for k in glossed(tokens, language) if not _listed_common(tokens[k])}
    plain |= {key for key in keys if key.endswith(_ADJ)}  # ``морской фамилия`` ... ``с морским``
    first = min(found)
    asked = {_key(tokens[k]) for k in found if k > 0 and tokens[k - 1].norm in _SUCH}  # a question refers back
    out: list[Span] = []
    memo: dict[str, str] = {}  # norm -> its key, for this call only (words recur in a transcript)
    for i, tok in enumerate(tokens):
        key = memo.get(tok.norm, "")
        if not key:
            key = memo[tok.norm] = _key(tok)
        if (
            (i < first and key not in asked)
            or key not in keys
            or (key in cased and not tok.cap)
            or _overlaps(tok, covered)
        ):
            continue
        if i in found and not _common(tok):
            out.append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, SOURCE))
        elif i in found or ((key in plain or acts_as_name(text, tokens, i)) and not verb_form(tok)):
            # a common word: uncertain, so that propagation leaves its common uses alone; a verb sharing the
            # stem is no mention (``верю`` beside a named ``вера``); a name no dictionary reads as a common
            # word follows in any case and position (``на зорку``)
            out.append(Span(tok.start, tok.end, "PERSON", tok.text, LATER_SCORE, SOURCE, REASON))
    return out
