"""How each word of a dictated handle reads: a letter, a digit, a joiner, a qualifier, a name or the end of the run.

The kinds (:data:`LETTER`, :data:`DIGIT`, ...) of :func:`kind_of`, the words after a position
(:func:`words_from`) and the kind a word takes among its neighbours (:func:`resolved`), for ``web_dictated.py``:

* a letter: a single Latin letter, a letter name (``эм``, ``ка``, ``zed``, ``ві``; :mod:`letternames`) or a word
  of the ICAO spelling alphabet; a letter name that is also a word (``эм``, ``ка``, ``see``, ``why``), a Cyrillic
  vowel said as itself (``эм ай эр а``, ``ка эр о тэ``) and an English word that sounds like a letter (``kay are
  oh tee``) count only among other letters (:func:`_spelled`): two letter names or more, one and a plain letter
  or two more words, or English words alone next to a joiner, a digit or a qualifier; a vowel at the end of the
  run only where the utterance ends or a joiner or a digit follows;
* a digit or a number word; a joiner (``underscore``, ``точка``, ``падкрэсліванне``), and ``и``/``потом``/``через``
  as a link before a digit or a joiner;
* a name: no function word, no cue, no word of count or time (``лет``, ``weeks``), no Russian or Belarusian
  verb form (by its ending; for the endings a transliterated name shares, ``герл``, by morphology).
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import be_vocab, web_gates
from intake.pseudonymise.detectors.en_vocab import is_known
from intake.pseudonymise.detectors.letternames import is_letter_name
from intake.pseudonymise.detectors.morphology import analyzer, russian_reading
from intake.pseudonymise.detectors.numwords import DIGIT_WORDS, starts_number
from intake.pseudonymise.detectors.web_whole import clause_word

CUE = re.compile(
    r"(?<!\w)(?:ник|нік|никнейм|ником|нікам|нику|ніку|юзернейм|логин|лагін|(?:инстаграм|інстаграм|телеграм|тэлеграм)\w*|"
    r"инст[аеуы]?|інст[аеуы]?|телег[аеуи]|тэлег[аеуі]|тг|nick|nickname|handle|username|user\s+name|login|"
    r"instagram|insta|telegram|tiktok|twitter|tg|at\s+sign|at\s+symbol|собака|собачка|сабака|сабачка|"
    r"(?:аккаунт|акаунт|акаўнт|тикток|тікток|тыкток|фейсбук|фэйсбук|ютуб|твиттер|твітар|канал|профил|профіл)\w*|"
    r"вконтакте|account|facebook|youtube|channel|profile)(?!\w)",
    re.IGNORECASE,
)
CUE_GATE: web_gates.Gate = (
    ("ник", "нік", "юзернейм", "логин", "лагін", "инст", "інст", "телег", "тэлег", "тг", "nick", "handle", "user",
     "login", "insta", "at", "собак", "собач", "сабак", "сабач", "telegram", "tiktok", "twitter", "tg", "аккаунт",
     "акаунт", "акаўнт", "тикток", "тікток", "тыкток", "account", "фейсбук", "фэйсбук", "ютуб", "твиттер", "твітар",
     "канал", "профил", "профіл", "вконтакте", "facebook", "youtube", "channel", "profile"),
    0,
)

TOKEN = re.compile(r"[ \t,\-]{0,4}?([^\W_]+)")  # within a line: a new line is a new segment or speaker
# The ICAO/NATO spelling alphabet (common knowledge).
_SPELLING = frozenset(
    "alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar "
    "papa quebec romeo sierra tango uniform victor whiskey whisky xray yankee zulu".split()
)
_JOINERS = frozenset(
    "underscore dot dash hyphen minus точка кропка дот дефис дэфіс тире минус мінус працяжнік подчёркивание "
    "подчеркивание падкрэсліванне андерскор андэрскор подчёркиванием подчеркиванием падкрэсліваннем точку точкой "
    "кропку кропкай дефисом дэфісам".split()
)
# ``нижнее подчёркивание``, ``с нижним подчёркиванием``, ``нижний пробел``, ``нижняя черта``, ``under score``
_JOIN_OPENERS = frozenset("нижнее ніжняе нижний нижним ніжнім нижняя ніжняя нижнюю нижней under".split())
_OPENED = frozenset("score пробел прабел черта черту чертой черточка чёрточка рыска".split())  # joiners after one
_QUALIFIERS = frozenset(
    "capital big small lowercase uppercase double triple дабл дубль заглавная заглавную большая большую маленькая "
    "маленькую двойная двойное вялікая вялікую малая малую".split()
)
# Words that end a run in any language: function words, pronouns, the words that qualify the whole handle.
_STOP = frozenset(
    "is was and the on in to then no not all one word spaces space that it it's or but so with of my his her "
    "as at for from by like called named known also just only still "
    "на в у ў з с к да до па по і и а но ну вот вось это гэта мой моя мая мне мяне меня нас наш наша яе её его "
    "яго іх их ты вы я он она ён яна яны они там тут всё усё ещё яшчэ слитно разам без через праз не ни "
    "такой такая такое такі такая сейчас зараз цяпер теперь".split()
)
# Words of count and time a number follows in ordinary speech (``лет пять``, ``года три``, ``two weeks``): no
# part of a handle, so a number after them is none either.
MEASURE = frozenset(
    "год года году лет годы месяц месяца месяцев недели неделю недель день дня дней раз раза часа часов минут "
    "гады гадоў месяцы месяцаў тыдні тыдняў дзён разы гадзін year years month months week weeks day days time "
    "times hours minutes".split()
)
_VERB_END = re.compile(r"(?:ть|ць|ла|ло|лі|ли|ў|л|ет|ит|ёт|ешь|ишь|іш|ыш|ыце|ите|іце|ем|им|ём|ся|сь|цца|ться)$")
# Endings that a transliterated name shares with verb forms (``герл``, ``мила``): a verb only if morphology says so.
_SHARED_END = re.compile(r"(?:ла|ло|лі|ли|ў|л|ет|ит|ём|ем|им)$")
# Letter names that are also everyday Russian/Belarusian words or hesitations.
_WEAK_NAMES = frozenset("эм эй ай ах ха же ка де те че ю о е ы ой ці".split())
# Cyrillic vowels said as themselves inside a spelled run (``эм ай эр а``, ``ка эр о тэ``), and English words that
# sound like a letter (``kay are oh tee``): words on their own, letters only among other letters.
_VOWELS = frozenset("а о е э у ы я ё".split())
SOUNDS = frozenset("are you sea tea eye be pea queue".split())
LETTER, DIGIT, JOIN, QUAL, NAME, WEAK, END, AND, WORD, VOWEL, VOWEL_AND, FINAL, SOUND = range(13)
LETTERISH = frozenset({LETTER, WEAK, VOWEL, VOWEL_AND, FINAL, SOUND})
# Where an utterance ends: punctuation (blanked or not), a line break, or ``и всё``/``that's it`` said after it.
_SENTENCE_END = re.compile(r"[ \t]*(?:[.!?…]|$|\n)")
BOUNDARY = re.compile(
    r"[ \t]*(?:[.!?;:…,]|$)|[ \t]{2,}|[ \t]*\n|[ \t]+(?:и|і|and)[ \t]+(?:всё|все|ўсё|усё|that's)(?!\w)", re.IGNORECASE
)


def _verb_like(word: str) -> bool:
    """A Russian or Belarusian verb form by its ending; for the endings a name may share, by morphology, and not
    a noun the dictionaries know (``радость``, ``памяць``)."""
    if word.isascii() or _VERB_END.search(word) is None:
        return False
    if _SHARED_END.search(word) is not None:
        return clause_word(word)
    spelling, morph = russian_reading(word)
    noun = morph.known and analyzer().parse(spelling)[0].tag.POS == "NOUN"
    return not (noun or be_vocab.noun_only(word))


# Words whose kind is fixed: the vowels, ``и``, and the links said before a digit or a joiner.
_SHORT_WORDS = {
    **dict.fromkeys(_VOWELS, VOWEL),
    **dict.fromkeys(("и", "і"), VOWEL_AND),
    **dict.fromkeys(("and", "then", "потом", "потым", "затем", "через", "праз", "с", "со", "з"), AND),
}


def kind_of(word: str, language: str) -> int:
    """The kind of one dictated word (``WEAK``: a Cyrillic letter name that is also a word, ``SOUND``: an English
    word that is, or sounds like, a letter's name; ``VOWEL``: a Cyrillic vowel, ``VOWEL_AND``: ``и``/``і``)."""
    w = word.lower()
    if w in _SHORT_WORDS:
        return _SHORT_WORDS[w]
    if w.isdigit() and len(w) > 2:  # a group of an account or phone number, not a dictated digit
        return END
    if w.isdigit() or starts_number(w) or w in DIGIT_WORDS:
        return DIGIT
    if w in _JOINERS:
        return JOIN
    if w in _QUALIFIERS:
        return QUAL
    if len(w) == 1:  # ``a``, ``i`` and Cyrillic one-letter words (``в``, ``к``, ``ж``) are words first
        return SOUND if w in ("a", "i") else LETTER if w.isascii() or w == "ю" else END
    if w in _SPELLING:
        return WEAK if is_known(w) else LETTER
    if is_letter_name(w) or w in SOUNDS:
        return SOUND if is_known(w) or w in SOUNDS else WEAK if w in _WEAK_NAMES else LETTER
    if w in _STOP or w in _JOIN_OPENERS or w in MEASURE or CUE.fullmatch(w) or _verb_like(w):
        return END
    if language == "en" and is_known(w):
        return WORD  # an English word: a piece only after a joiner (``underscore sun``)
    return NAME


def words_from(text: str, pos: int, language: str) -> list[tuple[int, int, int]]:
    """Up to 24 ``(kind, start, end)`` words from ``pos``, each at most four separators after the last."""
    out: list[tuple[int, int, int]] = []
    while len(out) < 24 and (m := TOKEN.match(text, pos)) is not None:
        word = m.group(1)
        kind = kind_of(word, language)
        if kind == END and word.lower() in _JOIN_OPENERS:
            nxt = TOKEN.match(text, m.end())
            if nxt is not None and (kind_of(nxt.group(1), language) == JOIN or nxt.group(1).lower() in _OPENED):
                kind = JOIN  # ``нижнее подчёркивание``, ``нижний пробел`` are one joiner
        if word.lower() in _OPENED and out and text[out[-1][1] : out[-1][2]].lower() in _JOIN_OPENERS:
            kind = JOIN  # ``under score``, ``нижняя черта``
        if word.lower() == "in" and out and text[out[-1][1] : out[-1][2]].lower() == "as" and len(out) > 1 \
                and out[-2][0] in (LETTER, WEAK, SOUND):
            out[-1] = (JOIN, out[-1][1], out[-1][2])  # ``k as in kilo``: the example word belongs to the letter
            kind = JOIN
        ends = BOUNDARY if kind == VOWEL else _SENTENCE_END if kind == SOUND else None
        if ends is not None and ends.match(text, m.end(1)):
            kind = FINAL  # ``эм ай эр а.``, ``eye bee tee.``: a vowel or a letter's sound that ends the utterance
        out.append((kind, m.start(1), m.end(1)))
        pos = m.end()
    return out


def _chain(tokens: list[tuple[int, int, int]], i: int) -> tuple[int, int]:
    """The run of letter-like words around ``tokens[i]``, without ``и`` or a vowel at its end (unless the
    utterance ends there or a joiner or a digit follows) and without ``и`` at its start."""
    lo, hi = i, i + 1
    while lo > 0 and tokens[lo - 1][0] in LETTERISH and tokens[lo - 1][0] != FINAL:
        lo -= 1
    while hi < len(tokens) and tokens[hi][0] in LETTERISH and tokens[hi - 1][0] != FINAL:
        hi += 1
    while lo < hi and tokens[lo][0] in (VOWEL_AND, FINAL):
        lo += 1
    pieces_after = hi < len(tokens) and tokens[hi][0] in (JOIN, DIGIT, QUAL)  # ``эр а андерскор``: the vowel is in
    while hi > lo and tokens[hi - 1][0] in (VOWEL, VOWEL_AND) and not pieces_after:
        hi -= 1
    return lo, hi


def _spelled(tokens: list[tuple[int, int, int]], i: int) -> bool:
    """``tokens[i]`` is a letter of a spelled run: two Cyrillic letter names or more, one and a plain letter or two
    more words, or English words alone (``em why ex``) right before or after a joiner, a digit or a qualifier."""
    lo, hi = _chain(tokens, i)
    if not lo <= i < hi:
        return False
    kinds = [tokens[j][0] for j in range(lo, hi)]
    core = sum(k in (LETTER, WEAK) for k in kinds)
    if core >= 2 or (core == 1 and (LETTER in kinds or len(kinds) >= 3)) or (kinds[-1] == FINAL and len(kinds) >= 3):
        return True
    beside = {tokens[lo - 1][0] if lo else END, tokens[hi][0] if hi < len(tokens) else END}
    return core == 0 and len(kinds) >= 2 and bool(beside & {JOIN, DIGIT, QUAL})


def resolved(tokens: list[tuple[int, int, int]], i: int) -> int:
    """The kind of ``tokens[i]`` in its run: a weak letter counts next to a letter, a joiner or a qualifier,
    a qualifier only before a letter or a digit."""
    kind = tokens[i][0]
    prev = tokens[i - 1][0] if i else END
    nxt = tokens[i + 1][0] if i + 1 < len(tokens) else END
    if kind in LETTERISH:  # letters that are words: only among other letters, or a weak one after a joiner
        if _spelled(tokens, i) or kind == LETTER or (kind in (WEAK, SOUND, FINAL) and prev in (JOIN, QUAL)):
            return LETTER
        if kind == VOWEL_AND and prev in (LETTER, WEAK, DIGIT) and nxt == DIGIT:
            return JOIN  # ``эл и два нуля``
        return END
    if kind == QUAL and nxt not in (LETTER, WEAK, SOUND, FINAL, DIGIT):
        return END
    if kind == WORD:
        return NAME if prev == JOIN else END
    if kind == AND:  # ``эл и два нуля``, ``a l e s, then zero seven``, ``лиса через нижнее подчёркивание``: a link
        linked = (prev in (*LETTERISH, DIGIT) and nxt == DIGIT) or (prev in (*LETTERISH, DIGIT, NAME) and nxt == JOIN)
        return JOIN if linked else END
    return kind
