"""Terms and ages whose unit is left unsaid, found by the verb or phrase that frames them (AGE_OR_SENTENCE,
uncertain: score 0.5, reason ``uncertain:<kind>``).

* ``duration``: a bare cardinal right after a verb of sentencing, the convict named or not (``дали шесть, как
  и просил прокурор``, ``а получил он восемь``, ``яму далі пяць``, ``they gave him ten``), when nothing that
  it could count follows (``дали три передачи`` stays out);
* ``duration``: ``a year and a half``, ``one and a half years`` said in English word order;
* ``share``: served of a term, after a serving verb or ``уже``/``already`` or before ``позади``/``behind``
  (``отсидел один из пяти``, ``ужо тры з шасці ззаду``, ``she did one out of eight``), also where ``terms.py``
  takes the word after it for a counted noun or leaves ``one`` out;
* ``age``: a number after ``в свои``/``у свае`` (``в свои сорок шесть``, ``у свае 19 гадоў``), whatever follows;
  a number between a first name (and surname) and ``из``/``з``/``from``/``who``, commas and capitals lost;
  compound adjectives (``девятнадцатилетнего``, ``19-гадовага``) are ``agewords.py``'s.
"""

from __future__ import annotations

from intake.pseudonymise.detectors import agewords, elided_units, word_terms
from intake.pseudonymise.detectors.numwords import starts_number
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, ends_clause
from intake.pseudonymise.detectors.sentencing_verbs import colloquial_giving
from intake.pseudonymise.detectors.termbase import blank, cardinal, comma, uncertain
from intake.pseudonymise.spans import Span

_GIVE = frozenset(
    "дали дал дала дадут дают получил получила получили получит присудили присудил присудила впаяли влепили "
    "назначили дали далі даў дала дадуць атрымаў атрымала атрымалі прысудзілі прысудзіў gave give gives got "
    "get gets given".split()
) | frozenset(  # verbs of sentencing that take a preposition: ``приговорили к шести``, ``sentenced him to six``
    "приговорили приговорил приговорила осудили осудил осудила прыгаварылі прыгаварыў прыгаварыла асудзілі "
    "асудзіў асудзіла sentenced".split()
)
# numeral nouns for a term after a verb of giving (``дали десятку``, ``далі пяцёрку``), in the accusative
_SLANG_TERMS = frozenset(
    "двушку трёшку трешку трёху пятёрку пятерку шестёрку шестерку семёрку семерку восьмёрку восьмерку девятку "
    "десятку червонец пятнашку двойку тройку пяцёрку шасцёрку сямёрку васьмёрку дзявятку дзясятку "
    "четвёрку четверку чацвёрку".split()
)
# words that may stand between the verb and the number: the convict, a particle, a filler
_BETWEEN = frozenset(
    "ему ей им мне нам тебе вам ему он она они я яму ёй ім ён яна яны him her them me us he she they "
    "всего только лишь ещё еще всё-таки толькі ўсяго яшчэ only just ну э эээ um uh".split()
)
# between a verb of sentencing and the number: the preposition it governs (``к``, ``на``, ``да``, ``to``)
_SKIPPED = _BETWEEN | frozenset("к ко на да to with".split())  # + ``slapped her with four``


def _skipped(tok: Token) -> bool:
    """Between the verb and the number: the words above, or the convict by name (``sentenced Ihar to seven``,
    in lower case a first name)."""
    if tok.low in _SKIPPED:
        return True
    return tok.text.isalpha() and not starts_number(tok.low) and (tok.text[:1].isupper() or _first_name(tok.low))
# what may follow a bare term: a clause end, a conjunction, a pronoun, a comparison, a time word
_AFTER = frozenset(
    "и а но как хотя же когда і але як калі хаця ж and but as like when though он она они ён яна яны he she they "
    "я i мы we а представляете уявіце imagine прокурор пракурор prosecutor".split()
)
# English words after a bare term that count nothing: its unit, a preposition of the reason or the time
# (``got eight for a repost``, ``gave him five in absentia``), ``more`` (``five more on top``)
_EN_LINKS = frozenset("years months days for in at on after over because since more behind until".split())
# What a school mark is given on or at (``got five on the maths test``): the number is a mark, not a term.
_MARKED = frozenset("test tests exam exams quiz essay homework assignment olympiad maths math physics".split())
_UNIT_WORDS = frozenset("лет года год гадоў гады years year месяцев месяцаў months суток сутак days".split())
_OF = {"из": 1, "з": 1, "out": 2}
_SERVED = ("отсид", "отбы", "адсядз", "адседз", "адбы", "served", "serv", "did", "done")
_ALREADY = frozenset("уже ужо already".split())
_BEHIND = frozenset("позади ззаду behind".split())
_AND_A_HALF = ["and", "a", "half"]
_OWN = frozenset("свои свае сваіх своих".split())
_IN = frozenset("в во у ў".split())
_AGE_UNITS = frozenset("лет года год гадоў гады годиков".split())


def _numbers(words: Words) -> list[int]:
    """Indices of the tokens a number may start at (digits, number words): the cheap gate before ``cardinal``."""
    return [i for i, t in enumerate(words.tokens) if t.text.isdigit() or starts_number(t.low)]


def _countable(tok: Token) -> bool:
    from intake.pseudonymise.detectors import namelex

    low = tok.low
    if not low.isalpha() or low in _AFTER:
        return False
    if low.isascii():
        return low not in _EN_LINKS and not low.endswith("ly")
    return namelex.noun_share(low.replace("і", "и").replace("ў", "у")) >= 0.5


def _bare_number(words: Words, i: int) -> int | None:
    """Index after a bare cardinal 2-25 at ``i`` that counts nothing, else None."""
    toks = words.tokens
    card = cardinal(words, i)
    if card is None or not 2 <= card[0] <= 25:
        return None
    end = i + card[1]
    if end >= len(toks) or not blank(words, end - 1) or "  " in words.gaps[end - 1]:
        return end  # a mark, or the double blank a dropped mark leaves
    nxt = toks[end]
    if nxt.low in _UNIT_WORDS or nxt.text.isdigit() or cardinal(words, end) is not None:
        return None  # a unit (``terms.py``'s) or a second number (a range, a list)
    if nxt.low in ("on", "at") and _MARKED & {t.low for t in toks[end + 1 : end + 4]}:
        return None  # ``got five on the maths test``: a mark
    if _continued(words, end):
        return None  # ``три с половиной``, ``два из пяти``: a larger amount (``terms.py``'s share)
    return None if _countable(nxt) else end


_HALF = frozenset("половиной паловай half".split())
_OUT_OF = frozenset("из з out".split())


def _continued(words: Words, end: int) -> bool:
    """The number at ``end`` runs on: a half (``с половиной``, ``з паловай``, ``and a half``) or a share
    (``из пяти``, ``з шасці``, ``out of five``)."""
    toks = words.tokens
    later = [t.low for t in toks[end + 1:end + 3]]
    if toks[end].low in ("с", "з", "and") and _HALF & set(later):
        return True
    return toks[end].low in _OUT_OF and bool(later) and (cardinal(words, end + 1) is not None or later[0] == "of")


def _given(text: str, words: Words) -> list[Span]:
    toks = words.tokens
    out: list[Span] = []
    for v, tok in enumerate(toks):
        if tok.low not in _GIVE and tok.low not in word_terms.SERVED and not colloquial_giving(tok.low):
            continue
        i = v + 1
        while i < len(toks) and i - v <= 3 and _skipped(toks[i]) and not ends_clause(words.gaps[i - 1]):
            i += 1
        if i >= len(toks) or ends_clause(words.gaps[i - 1]) or words.gaps[i - 1].strip(" ,") != "":
            continue
        if toks[i].low in _SLANG_TERMS:  # ``дали десятку``: a term said as a numeral noun
            out.append(uncertain(text, toks[i].start, toks[i].end, "duration"))
            continue
        end = _bare_number(words, i)
        if end is not None and not elided_units.counted_before(words, v):
            out.append(uncertain(text, toks[i].start, toks[end - 1].end, "duration"))
            out.extend(_alternative(text, words, end) + _gapped(text, words, end) + _added(text, words, end))
    return out


# a clause opening before a number said ahead of its verb: a conjunction, a filler, ``вот``/``в итоге``
_OPENING = frozenset(
    "и а но ну вот итоге короче значит потом і ну вось выніку карацей значыць потым and but so well um uh then".split()
)


def _given_before(text: str, words: Words, numbers: list[int]) -> list[Span]:
    """``четыре ему дали``, ``ну і шэсць далі``: a bare number that opens its clause ahead of a verb of giving."""
    toks = words.tokens
    out: list[Span] = []
    for i in numbers:
        card = cardinal(words, i)
        if card is None or not 2 <= card[0] <= 25 or (i and not ends_clause(words.gaps[i - 1])
                                                      and toks[i - 1].low not in _OPENING):
            continue
        v = i + card[1]
        while v < len(toks) and v - i <= 3 and toks[v].low in _BETWEEN and blank(words, v - 1):
            v += 1
        if v < len(toks) and toks[v].low in _GIVE and blank(words, v - 1):
            out.append(uncertain(text, toks[i].start, toks[i + card[1] - 1].end, "duration"))
            out.extend(_alternative(text, words, v + 1))
    return out


_OR = frozenset("или либо ці альбо or".split())
_BUT = frozenset("а и но і але and but while".split())


def _gapped(text: str, words: Words, end: int) -> list[Span]:
    """``Лене дали два, а Свете три``, ``яму далі пяць, а ёй чатыры``: the verb left out of the second clause,
    one word (the other convict) between the conjunction and the number."""
    toks = words.tokens
    j = end
    if j + 2 >= len(toks) or toks[j].low not in _BUT or ends_clause(words.gaps[j - 1]):
        return []
    if not toks[j + 1].text.isalpha() or cardinal(words, j + 1) is not None:
        return []
    k = j + 3 if toks[j + 2].low in _SKIPPED - _BETWEEN else j + 2  # ``and Pavel to five``
    if k >= len(toks) or not all(blank(words, g) for g in range(j, k)):
        return []
    last = _bare_number(words, k)
    return [uncertain(text, toks[k].start, toks[last - 1].end, "duration")] if last is not None else []


_THEN = frozenset("потом потым затем пасля then later after that ещё еще яшчэ another".split())


def _added(text: str, words: Words, end: int) -> list[Span]:
    """``дали пять, а потом ещё два``, ``далі тры, а потым яшчэ два``, ``gave him six, then two more``: a second
    bare number added to the term just given, in the same sentence, after a word of time or addition."""
    toks = words.tokens
    k, cued = end, False
    while k < len(toks) and k - end < 4 and not ends_clause(words.gaps[k - 1]):
        if toks[k].low in _THEN:
            cued = True
        elif toks[k].low not in _BUT:
            break
        k += 1
    if not cued or k >= len(toks) or k == end or ends_clause(words.gaps[k - 1]):
        return []
    last = _bare_number(words, k)
    return [uncertain(text, toks[k].start, toks[last - 1].end, "duration")] if last is not None else []


def _alternative(text: str, words: Words, end: int) -> list[Span]:
    """``шэсць далі, ці то сем``, ``дали восемь или девять``: the other number a speaker is unsure between."""
    toks = words.tokens
    j = end
    while j < len(toks) and j - end < 3 and toks[j].low not in _OR and not ends_clause(words.gaps[j - 1]):
        j += 1
    if j >= len(toks) or toks[j].low not in _OR or ends_clause(words.gaps[j - 1]):
        return []
    k = j + 1
    if k < len(toks) and toks[k].low in ("то", "же", "ж"):
        k += 1
    last = _bare_number(words, k) if k < len(toks) and blank(words, k - 1) else None
    return [uncertain(text, toks[k].start, toks[last - 1].end, "duration")] if last is not None else []


def _year_and_a_half(text: str, words: Words) -> list[Span]:
    """``a year and a half``, ``one year and a half``."""
    toks = words.tokens
    lows = [t.low for t in toks]
    out = []
    for i in range(len(toks) - 4):
        said = lows[i] in ("a", "one") and lows[i + 1] in ("year", "month") and lows[i + 2 : i + 5] == _AND_A_HALF
        if said and all(blank(words, k) for k in range(i, i + 4)):
            out.append(uncertain(text, toks[i].start, toks[i + 4].end, "duration"))
    return out


_HALF_TAILS = (("с", "половиной"), ("з", "паловай"), ("and", "a", "half"))


def _after_half(words: Words, j: int) -> int:
    """Index after a half tail at ``j`` (``с половиной``, ``and a half``), else ``j``."""
    lows = tuple(t.low for t in words.tokens[j : j + 3])
    for tail in _HALF_TAILS:
        if lows[: len(tail)] == tail:
            return j + len(tail)
    return j


def _served_share(text: str, words: Words, numbers: list[int]) -> list[Span]:
    """``отсидел один из пяти``, ``ужо тры з шасці ззаду``, ``she did one out of eight``: a share framed by
    serving (a count of people is not served, and nothing left behind)."""
    toks = words.tokens
    out = []
    for i in numbers:
        tok = toks[i]
        first = cardinal(words, i)
        if first is None or not 1 <= first[0] <= 25 or first[1] != 1:
            continue
        o = _after_half(words, i + 1)  # ``один с половиной из двух``
        if o + 1 >= len(toks) or toks[o].low not in _OF:
            continue
        k = o + _OF[toks[o].low]
        if k >= len(toks) or (toks[o].low == "out" and toks[o + 1].low != "of"):
            continue
        card = cardinal(words, k)
        if card is None or not 2 <= card[0] <= 25 or not all(blank(words, j) for j in range(i, k)):
            continue
        end = k + card[1]
        before = [t.low for t in toks[max(0, i - 3) : i]]
        served = any(w.startswith(_SERVED) for w in before) or any(w in _ALREADY for w in before)
        if served or (end < len(toks) and toks[end].low in _BEHIND):
            out.append(uncertain(text, tok.start, toks[end - 1].end, "share"))
    return out


def _own_age(text: str, words: Words) -> list[Span]:
    """``в свои сорок шесть``, ``у свае 19 гадоў``: an age whatever follows."""
    toks = words.tokens
    out = []
    for i in range(2, len(toks)):
        if toks[i - 1].low not in _OWN or toks[i - 2].low not in _IN or not blank(words, i - 1):
            continue
        card = cardinal(words, i)
        if card is None or not 1 <= card[0] <= 110:
            continue
        end = i + card[1]
        if end < len(toks) and toks[end].low in _AGE_UNITS and blank(words, end - 1):
            end += 1
        out.append(uncertain(text, toks[i].start, toks[end - 1].end, "age"))
    return out


# after an age in apposition: where the person is from, or a relative clause (``..., 34, из Лиды``)
_FROM = frozenset("из з са со from who whose which родом".split())


def _first_name(low: str) -> bool:
    from intake.pseudonymise.detectors import namelex
    from intake.pseudonymise.detectors.tokens import fold

    norm = fold(low)
    return len(norm) > 2 and any(e.words == (norm,) for e in namelex.first_names().lookup_first(norm))


def _named_age(text: str, words: Words, numbers: list[int]) -> list[Span]:
    """``вера шульга семнадцать из слонима``, ``taras hutnik 54 from lida``: a number after a first name (and a
    surname) and before ``из``/``from``/``who`` is an age in apposition, also when speech recognition left
    out the commas and the capitals (``quasi.py`` takes the punctuated, capitalised case); set off by commas
    after the name, whatever follows (``Сергей, 45, строитель``)."""
    toks = words.tokens
    out = []
    for i in numbers:
        if not 0 < i < len(toks) - 1:
            continue
        card = cardinal(words, i)
        if card is None or not 14 <= card[0] <= 100:
            continue
        end = i + card[1]
        commas = comma(words.gaps[i - 1]) and end < len(toks) and comma(words.gaps[end - 1])
        if end >= len(toks) or (toks[end].low not in _FROM and not commas):
            continue  # ``Сергей, 45, строитель``: set off by commas after a first name, whatever follows
        if _first_name(toks[i - 1].low) or (i >= 2 and _first_name(toks[i - 2].low)):
            out.append(uncertain(text, toks[i].start, toks[end - 1].end, "age"))
    return out


_ONE_YEAR = frozenset("год году полгода паўгода year".split())  # ``приговорили к году``
_ADDED = frozenset("добавили добавил накинули накинул дадалі дадаў накінулі added".split())
# The words a giving verb and its year may have between them: ``ещё``, a dative, and the adverbs of a term added
# to one already given (``дали дополнительно год``, ``далі дадаткова год``, ``gave him an extra year``).
_MORE = frozenset(
    "ещё еще яшчэ ему ей им яму ёй ім him her another к да дополнительно дадаткова сверху зверху additionally "
    "an extra".split()
)
_REGIME = frozenset(
    "колонии химии ареста арешта ограничения лишения калоніі хіміі арышту абмежавання пазбаўлення".split()
)


def _single_year(text: str, words: Words) -> list[Span]:
    """``дали ещё год``, ``ещё год добавили``, ``быў год хіміі``: a year (or half a year) given, added, or named
    by its regime, the number left unsaid."""
    toks = words.tokens
    out: list[Span] = []
    for i, tok in enumerate(toks):
        if tok.low not in _ONE_YEAR:
            continue
        j = i - 1
        while j >= 0 and toks[j].low in _MORE and blank(words, j):
            j -= 1
        k = i + 1
        while k < len(toks) and toks[k].low in _MORE and blank(words, k - 1):
            k += 1
        given = j >= 0 and blank(words, j) and toks[j].low in _GIVE | _ADDED
        named = k < len(toks) and blank(words, k - 1) and toks[k].low in _ADDED | _REGIME
        if given or named:
            out.append(uncertain(text, tok.start, tok.end, "duration"))
    return out


def detect_bare(text: str, words: Words) -> list[Span]:
    """Every span of the rules above."""
    numbers = _numbers(words)
    found = _given(text, words) + _given_before(text, words, numbers) + _year_and_a_half(text, words)
    found += _served_share(text, words, numbers) + _own_age(text, words) + _named_age(text, words, numbers)
    found += word_terms.word_terms(text, words, _GIVE, _SLANG_TERMS)
    return found + _single_year(text, words) + agewords.compounds(text, words)
