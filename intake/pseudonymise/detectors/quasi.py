"""AGE_OR_SENTENCE: exact ages, sentence lengths (incl. administrative arrest) and criminal-code articles.

Numbers are everywhere in interviews, so every rule needs a cue: a sentencing verb before the duration
(``дали``, ``получил``, ``далі``, ``got``, ``sentenced``) or a regime after it (``колонии``, ``хіміі``,
``of administrative arrest``); a dative pronoun or person before an age (``мне было``, ``ей сейчас``,
``Дочке, Полинке, было``, ``He was``); an article cue (``по``, ``статья``, ``Article``) or an article form
(``342-й``, ``361-1``: ``code_articles.py``).  Spans are the number plus a directly following unit word (and
``химии``/``хіміі``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from intake.pseudonymise.detectors import code_articles
from intake.pseudonymise.detectors.aged_things import is_thing
from intake.pseudonymise.detectors.bare_age_cues import counts
from intake.pseudonymise.detectors.code_articles import blank_gap, quasi_span
from intake.pseudonymise.detectors.numwords import LEXICON, Number, digit_token, read_number, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, ends_clause, split
from intake.pseudonymise.detectors.sentence_kinds import SENTENCE_KINDS, one_unit_after_kind
from intake.pseudonymise.detectors.termbase import (
    AGE_ADVERBS,
    APPOSITION_NEXT,
    EN_NOT_SUBJECT,
    EN_SUBJECTS,
    HEDGES,
    KIN_DATIVE,
    REMAINING_BEFORE,
    comma,
    roughly,
    unit_gap,
)
from intake.pseudonymise.spans import Span

_UNITS = set(
    "год года лет году годам годами годах годика годиков месяц месяца месяцев месяцам месяцами сутки суток "
    "суткам сутками день дня дней неделя недели недель гады гадоў гадам гадамі гадах месяцы месяцаў "
    "сутак суткі дзён дні тыдні тыдняў year years month months day days week weeks".split()
)
_ONE_UNIT = {"год", "полгода", "паўгода", "полтора", "паўтара", "year"}
_NOT_SENTENCE_BEFORE = set(
    "через спустя праз пасля после уже ужо почти амаль около каля больше более менш меньше первые першыя "
    "последние апошнія after in within almost nearly about over first last".split()
)
_HALF_WORDS = {"полтора", "полторы", "полутора", "паўтара", "паўтары"}
_SENTENCE_BEFORE = set(
    "дали дал дала дадут дают дать получил получила получили получит получать приговорили приговорил "
    "приговорила приговорён приговорен приговорена присудили присудил назначили назначил отсидел "
    "отсидела отсидели отбыл отбыла отбывает срок сроком осудили осуждён осужден осуждена влепили впаяли "
    "далі даў дала атрымаў атрымала атрымалі асудзілі прысудзілі прысудзіў адсядзеў адсядзела адседзеў "
    "тэрмін тэрмінам got get gets given gave sentenced sentence served serve serving received handed "
    "term jailed imprisoned verdict приговор приговору приговором прысуд прысудам пакаранне "
    # a term added to a term: ``по 411-й добавили год``, ``дадалі паўтара``, ``they added a year``
    "добавили добавил добавят накинули дадалі дадаў дададуць added adds".split()
) | SENTENCE_KINDS
_SENTENCE_AFTER = set(
    "колонии колонию колония колоніі калоніі калонію режима рэжыму заключения лишения свободы химии хіміі "
    "химия хімія ареста арешта арышту ограничения абмежавання условно условного умоўна prison colony "
    "administrative arrest jail imprisonment restricted probation detention sentence term regime".split()
)
# "chemistry", restricted freedom in a correctional institution, is itself the kind of term: it joins the span
_REGIME_AFTER = {"химии", "хіміі", "хімії"}
# ``адсядзела ўсе пятнаццаць``, ``served all fifteen``: a serving verb, "all" and a bare number, the unit
# left to context; the number alone is the term.
_SERVED = set(
    "отсидел отсидела отсидели отбыл отбыла отбыли адсядзеў адсядзела адседзеў адседзела адсядзелі "
    "served".split()
)
_ALL = {"все", "всё", "ўсе", "усе", "свои", "свае", "all", "the", "my", "his", "her", "their"}
_AGE_SKIP = set(
    "сейчас тогда уже было будет исполнилось исполнится только всего ещё еще тады цяпер ужо было "
    "будзе споўнілася споўніцца толькі only just already barely still then now ну э um uh".split()
) | AGE_ADVERBS | HEDGES
# A hesitation set off by commas still joins the cue to the age (``he's, uh, three now``, ``ей, ну, сорок``).
_FILLERS = frozenset("ну э ээ эээ um uh er erm".split())
_AGE_VERBS = {"было", "будет", "исполнилось", "исполнится", "будзе", "споўнілася", "споўніцца", "стукнуло", "стукнет"}
_DATIVE = set("мне ему ей им нам вам тебе ёй яму табе".split()) | KIN_DATIVE
_AGE_END = set(
    "когда как и а но кагда калі і але он она они я мы ён яна яны when and but then at years year old he she "
    "i we they now today исполнилось стукнуло было споўнілася back by there here too yet already so still this".split()
)
_COUNTERS = re.compile(
    r"^(?:раз|раза|разу|человек\w*|чалавек\w*|письм\w*|ліст\w*|минут\w*|хвілін\w*|час\w*|рубл\w*|евро|"
    r"еўра|долл\w*|штук\w*|тысяч\w*|times?|people|letters?|minutes?|hours?|euros?|dollars?)$"
)
_EN_BE = {"was", "is", "were", "are", "am", "turned", "turns", "s", "m", "re"}


def _number(tokens: list[Token], gap_list: list[str], i: int) -> Number | None:
    digit = digit_token(tokens[i].text)
    if digit is not None:
        return digit if not digit.ordinal else None
    if not starts_number(tokens[i].text):
        return None
    number = read_number([t.text for t in tokens[i : i + 8]], gap_list[i : i + 8])
    return number if number is not None and not number.ordinal else None


def _duration_end(tokens: list[Token], gap_list: list[str], i: int) -> int | None:
    """Index after ``<number> [с половиной] <unit>`` starting at ``tokens[i]``, or None."""
    low = tokens[i].low
    if low in ("полгода", "паўгода"):
        return i + 1
    if low in ("a", "one") and i + 1 < len(tokens) and tokens[i + 1].low in ("year", "month"):
        return i + 2
    if low in _HALF_WORDS:
        j = i + 1
    else:
        number = _number(tokens, gap_list, i)
        if number is None or not 0 < number.value < 100:
            return None
        j = i + number.used
        decimal = j < len(tokens) and gap_list[i : i + 1] in ([","], ["."]) and tokens[j].text.isdigit()
        if decimal and tokens[i].text.isdigit():
            j += 1  # 3,5 года
        half = [t.low for t in tokens[j : j + 3]]
        if half[:2] in (["с", "половиной"], ["з", "паловай"]) or half[:3] == ["and", "a", "half"]:
            j += 2 if half[0] != "and" else 3
    if j < len(tokens) and tokens[j].low in _UNITS and unit_gap(gap_list[j - 1]):
        return j + 1
    return None


def _cue_before(tokens: list[Token], gap_list: list[str], i: int, cues: set[str], size: int) -> bool:
    """True when a cue word is among the ``size`` tokens before ``i`` in the same clause, with no
    other number or unit word in between; a colon introduces what the cue names (``приговор: 1 год``)."""
    j = i - 1
    while j >= 0 and i - j <= size and (not ends_clause(gap_list[j]) or gap_list[j].strip() == ":"):
        low = tokens[j].low
        if low in cues:
            return True
        if low in _UNITS or read_number([low], []) is not None or low.isdigit():
            return False
        j -= 1
    return False


def _cue_after(tokens: list[Token], gap_list: list[str], end: int) -> bool:
    j = end
    while j < len(tokens) and j - end < 5:  # past three words only in a phrase with a preposition:
        near = j - end < 3 or tokens[end].low in ("in", "at", "of", "в", "у", "ў")  # ``one year in a ... colony``
        if tokens[j].low in _SENTENCE_AFTER and near:
            return True
        if ends_clause(gap_list[j - 1]) if j - 1 < len(gap_list) else True:
            return False
        j += 1
    return False


# The words a sentence can open with (:func:`sentence_openers`) besides a token holding a digit: ``_duration_end``
# needs one of its listed words, a half word, ``digit_token`` (opens with a digit) or ``starts_number`` (a
# ``numwords.LEXICON`` word); the other way to a sentence opens with a ``_ONE_UNIT`` word.
_OPENING_WORDS = frozenset(LEXICON) | _HALF_WORDS | _ONE_UNIT | {"полгода", "паўгода", "a", "one"}


def sentence_openers(tokens: list[Token]) -> list[int]:
    """The indices, ascending, of the tokens at which :func:`_sentences` can find a term (a superset)."""
    opening = _OPENING_WORDS
    return [i for i, t in enumerate(tokens) if t.low in opening or not t.text.isalpha()]


def _sentences(text: str, tokens: list[Token], gap_list: list[str]) -> list[Span]:
    out: list[Span] = []
    i, at, opens = 0, 0, sentence_openers(tokens)
    while (at := bisect_left(opens, i, at)) < len(opens):
        i = opens[at]
        end = _duration_end(tokens, gap_list, i)
        if end is None and tokens[i].low in _ONE_UNIT and i and (
            tokens[i - 1].low in _SENTENCE_BEFORE or one_unit_after_kind([t.low for t in tokens[max(0, i - 5) : i]])
        ):
            end = None if i + 1 < len(tokens) and _COUNTERS.match(tokens[i + 1].low) else i + 1  # полтора часа
        if end is None:
            i += 1
            continue
        relative = i > 0 and (tokens[i - 1].low in _NOT_SENTENCE_BEFORE or tokens[i - 1].low in REMAINING_BEFORE)
        cued = _cue_before(tokens, gap_list, i, _SENTENCE_BEFORE, 6) or _cue_after(tokens, gap_list, end)
        if cued and not relative:
            while end + 1 < len(tokens) and tokens[end].low in ("и", "і", "and") and blank_gap(gap_list, end):
                more = _duration_end(tokens, gap_list, end + 1)
                if more is None:
                    break
                end = more
            if end < len(tokens) and tokens[end].low in _REGIME_AFTER and blank_gap(gap_list, end - 1):
                end += 1  # два гады хіміі: the regime word belongs to the term
            start, stop = tokens[i].start, tokens[end - 1].end
            out.append(quasi_span(text, start, stop, 0.85, "sentence"))
            i = end
            continue
        i += 1
    return out


def _age_tail(tokens: list[Token], gap_list: list[str], j: int, strong: bool, verb: bool = False) -> int | None:
    """Index after an age number at ``tokens[j]`` (plus unit), if what follows fits an age.

    After a strong cue (``мне было``, ``ей сейчас``) anything but a counted noun may follow: after an age ``verb``
    one of ``_COUNTERS`` (``ему было шестьдесят один пенсионер``), else any noun in a form the number governs
    (``bare_age_cues.counts``: ``ей сейчас пять книг``); after a bare pronoun the number must end the clause or be
    followed by a unit or a conjunction.
    """
    number = _number(tokens, gap_list, j)
    if number is None or not 0 < number.value <= 110:
        return None
    end = j + number.used
    if end < len(tokens) and tokens[end].low in _UNITS and gap_list[end - 1].strip(" -") == "":
        return end + 1
    if roughly(Words(tokens, gap_list), end):
        return None  # ``семьдесят с лишним``: an approximate age
    if end >= len(tokens) or gap_list[end - 1].strip() or "  " in gap_list[end - 1] or "\n" in gap_list[end - 1]:
        return end  # punctuation, the double space it leaves when a transcript is stripped of it, or a line's end
    if tokens[end].low in _AGE_END:
        return end
    if not strong or _COUNTERS.match(tokens[end].low):
        return None
    return end if verb or not counts(tokens[end - 1], tokens[end]) else None


def _dative_near(tokens: list[Token], gap_list: list[str], verb: int) -> bool:
    """A dative pronoun, kin noun or capitalised dative-looking name up to four words before ``было``."""
    for j in range(verb - 1, max(-1, verb - 5), -1):
        if ends_clause(gap_list[j]):
            return False
        tok = tokens[j]
        if tok.low in _DATIVE or (tok.text[0].isupper() and tok.low[-1:] in "еуюі" and len(tok.low) > 2):
            return True
    return False


def _skip_to_number(tokens: list[Token], gap_list: list[str], j: int) -> int:
    """The index after the skip words from ``tokens[j]`` (``сейчас``, ``вроде``, ``um``): each after a blank, or a
    filler between commas (``he's, uh, three``)."""
    while j < len(tokens) and tokens[j].low in _AGE_SKIP:
        after_filler = tokens[j - 1].low in _FILLERS and gap_list[j - 1].strip() == ","
        filler = j + 1 < len(tokens) and tokens[j].low in _FILLERS and _commas(gap_list, j)
        if not (blank_gap(gap_list, j - 1) or after_filler or filler):
            break
        j += 1
    return j


def _commas(gap_list: list[str], j: int) -> bool:
    """A comma (or blank) on each side of ``tokens[j]`` (``he's, uh, three``)."""
    return all(gap_list[k].strip() in ("", ",") for k in (j - 1, j))


def _ages(text: str, tokens: list[Token], gap_list: list[str], language: str) -> list[Span]:
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if tok.low not in _DATIVE and tok.low not in _AGE_VERBS and not (language == "en" and tok.low in _EN_BE):
            continue
        j = _skip_to_number(tokens, gap_list, i + 1)
        wrapped = j < len(tokens) and gap_list[j - 1] == "\n"  # ``She was\nthirty-eight``: a wrapped line
        if j >= len(tokens) or (ends_clause(gap_list[j - 1]) and not wrapped) or not _age_cue(tokens, gap_list, i, j):
            continue
        verb = any(t.low in _AGE_VERBS for t in tokens[i:j])
        end = _age_tail(tokens, gap_list, j, strong=j > i + 1 or verb, verb=verb)
        if end is not None:
            start, stop = tokens[j].start, tokens[end - 1].end
            out.append(quasi_span(text, start, stop, 0.8, "age"))
    return out


_AT_AGE_UNITS = {"лет", "гадоў", "год", "годиков", "годика"}
_AT_AGE_CUES = {"в", "ў", "у", "ва", "aged", "of", "возрасте"}


def _age_phrases(text: str, tokens: list[Token], gap_list: list[str]) -> list[Span]:
    """``в девятнадцать лет``, ``ва ўзросце ... гадоў``, ``aged 67``, ``at the age of 19``,
    ``nineteen years old``, ``a 19-year-old``."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        number = _number(tokens, gap_list, i + 1) if tok.low in _AT_AGE_CUES else None
        if number is None or not 0 < number.value <= 110:
            continue
        end = i + 1 + number.used
        unit = tokens[end].low if end < len(tokens) else ""
        if tok.low in ("aged", "of") and (tok.low == "aged" or tokens[i - 1].low == "age"):
            stop = tokens[end - 1].end
        elif unit in _AT_AGE_UNITS and gap_list[end - 1].strip() == "":
            stop = tokens[end].end
        else:
            continue
        out.append(quasi_span(text, tokens[i + 1].start, stop, 0.8, "age"))
    for i in range(len(tokens) - 2):
        if tokens[i + 1].low in ("years", "year") and tokens[i + 2].low == "old":
            start = _number_start(tokens, gap_list, i)
            thing = i + 3 < len(tokens) and not gap_list[i + 2].strip() and is_thing(tokens[i + 3].low)
            if start is not None and not thing:  # ``a twenty-year-old whisky`` is no one's age
                hyphenated = gap_list[i + 1] == "-"  # a 19-year-old
                stop = tokens[i + 2].end if hyphenated else tokens[i + 1].end
                out.append(quasi_span(text, tokens[start].start, stop, 0.8, "age"))
    return out


def _number_start(tokens: list[Token], gap_list: list[str], last: int) -> int | None:
    """First index of a cardinal that ends exactly at ``tokens[last]``, or None."""
    for start in range(max(0, last - 3), last + 1):
        number = _number(tokens, gap_list, start)
        if number is not None and start + number.used == last + 1 and 0 < number.value <= 110:
            return start
    return None


def _age_cue(tokens: list[Token], gap_list: list[str], i: int, j: int) -> bool:
    """Whether the words from ``tokens[i]`` up to the number at ``j`` introduce an age."""
    low = tokens[i].low
    if low in _DATIVE:
        return True
    if low in _AGE_VERBS:
        return any(t.low in _DATIVE for t in tokens[i + 1 : j]) or _dative_near(tokens, gap_list, i)
    if i == 0 or (low in ("s", "m", "re") and gap_list[i - 1] not in ("'", "’")):
        return False
    subject = tokens[i - 1]
    if subject.low in EN_NOT_SUBJECT:
        return False
    return subject.low in EN_SUBJECTS or subject.text[0].isupper()




def _served_all(text: str, tokens: list[Token], gap_list: list[str]) -> list[Span]:
    """``отсидел все пятнадцать``, ``адсядзела ўсе пятнаццаць``, ``served all fifteen``."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-2]):
        if tok.low not in _SERVED or tokens[i + 1].low not in _ALL or not blank_gap(gap_list, i):
            continue
        j = i + 2
        if j < len(tokens) and tokens[j].low in _ALL and blank_gap(gap_list, j - 1):
            j += 1  # all the fifteen, все свои
        if j >= len(tokens) or not blank_gap(gap_list, j - 1):
            continue
        number = _number(tokens, gap_list, j)
        if number is None or not 0 < number.value < 100 or _duration_end(tokens, gap_list, j) is not None:
            continue
        after = j + number.used
        if after < len(tokens) and blank_gap(gap_list, after - 1) and _COUNTERS.match(tokens[after].low):
            continue  # отсидели все пятнадцать минут
        out.append(quasi_span(text, tokens[j].start, tokens[j + number.used - 1].end, 0.8, "sentence"))
    return out


# ``Kiryl Dabravolski, twenty-three, who``, ``Анна Ковальчук, 34 года, из``: an age set off by commas after a name


def _apposition_ages(text: str, tokens: list[Token], gap_list: list[str]) -> list[Span]:
    out: list[Span] = []
    for i in range(1, len(tokens) - 1):
        prev = tokens[i - 1]
        named = prev.text[:1].isupper() and not prev.text.isupper()
        if not comma(gap_list[i - 1]) or not (named or prev.low in EN_SUBJECTS):  # or ``my sister, 42,``
            continue
        number = _number(tokens, gap_list, i)
        if number is None or not 14 <= number.value <= 100:
            continue
        end = i + number.used
        if end < len(tokens) and tokens[end].low in _UNITS and blank_gap(gap_list, end - 1):
            end += 1  # 34 года
        if end >= len(tokens) or not comma(gap_list[end - 1]) or tokens[end].low not in APPOSITION_NEXT:
            continue
        out.append(quasi_span(text, tokens[i].start, tokens[end - 1].end, 0.75, "age"))
    return out


def detect_quasi(text: str, language: str, words: Words | None = None) -> list[Span]:
    """Ages, sentence lengths and article numbers."""
    words = split(text) if words is None else words
    tokens, gap_list = words.tokens, words.gaps
    found = _sentences(text, tokens, gap_list) + _ages(text, tokens, gap_list, language)
    found += _age_phrases(text, tokens, gap_list) + code_articles.digit_articles(text)
    found += _served_all(text, tokens, gap_list) + _apposition_ages(text, tokens, gap_list)
    return found + code_articles.word_articles(text, tokens, gap_list)
