"""Organisations named by a description: an institution noun with what makes it one place.

In a small town ``the regional hospital`` or ``school number five`` names one employer, so these are
ORGANISATION spans. The head is an institution noun in any case (``больница``/``бальніца``/``hospital``,
``школа``, ``гимназия``, ``университет``, ``суд``/``court``, ``РОВД``, ``завод``, ``мясокомбинат`` ...);
the span takes the adjectives before it (``Барысаўскай цэнтральнай раённай``, ``музыкальной``) and a
number after it (``номер пять``, ``нумар 3``, ``№ 5``, ``number eleven``). It counts when it is specific:

* a capitalised word among the modifiers (``Бобруйской центральной больнице``, ``Ягелонскім
  універсітэце``, ``Первомайский РОВД``, ``Slonim district court``, ``Brest regional hospital``) -
  evidence, score 0.7;
* a number after the head (``сярэдняй школе нумар пяць``, ``school number three``) - evidence, 0.7;
* only a regional adjective (``областная больница``, ``раённы суд``), an ordinal (``пятую школу``,
  ``5-й школе``) or a field after an academy (``акадэміі музыкі``) - uncertain, 0.5.

A head may be clipped and compounded (``горбольница``, ``райисполком``, ``облсуд``, ``педколледж``) and
Belarusian heads alternate their last consonant (``заводзе``, ``мясакамбінаце``, ``паліклініцы``). A
capital that only opens a sentence (``Сельская бібліятэка``) and a nationality (``a Lithuanian bank``,
``польскім садку``) do not make a description specific. The head nouns are ``institution_heads.py``'s, what
follows the head is ``institution_tails.py``'s.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import en_numbered_works, institution_compounds, orgcues
from intake.pseudonymise.detectors.casing import GENERIC_SK
from intake.pseudonymise.detectors.institution_heads import is_head, regional_committee, strict_head
from intake.pseudonymise.detectors.institution_tails import (
    ADJ_TAILS,
    AREAS,
    UNITS,
    complement,
    federation_sport,
    field_after,
    kind_field,
    named_after,
    number_after,
    unit_before,
)
from intake.pseudonymise.detectors.pattern_tokens import Token, Words, ends_clause
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

# Lower-case English modifiers of an institution's description (``minsk city emergency hospital``).
_ADJ_EN = frozenset(
    "emergency clinical children's childrens children maternity psychiatric oncology oncological medical pedagogical "
    "technical linguistic agricultural polytechnic humanities research cultural public private university "
    "state music art secondary bar ambulance sports veterinary police executive "
    # what a plant makes and what a palace or an office is for (``pulp and cardboard mill``, ``tyre plant``,
    # ``children's creativity palace``, ``military enlistment office``)
    "pulp cardboard paper tyre tire tractor automobile motor glass cement steel metallurgical chemical textile "
    "meat dairy sugar furniture refinery creativity enlistment military registry prosecutor's".split()
)
# Adjectives in -ск-/-цк- that say what kind of institution, not where (``детской``, ``медицинская``).
_REGIONAL = (
    "областн раённ районн гарадск городск центральн цэнтральн республиканск рэспубліканск межрайонн міжраённ абласн"
).split()
# A country's mission, named by the town it is in (``British Embassy in Minsk``); ``the Polish consulate``
# alone is generic.
_MISSIONS = frozenset("embassy consulate".split())
# The stage or kind of a school, said before ``school number N`` (``primary school number 12``): part of the
# name with the number, but never specific alone (``the high school kids``: :func:`_definite` skips them).
_STAGES_EN = frozenset("primary elementary middle high boarding vocational grammar nursery comprehensive".split())
_REGIONAL_EN = frozenset("regional district city central state municipal town oblast county".split())
_NATIONAL = frozenset("верховный верховного верховном вярхоўны вярхоўным supreme constitutional".split())


def _head(tok: Token) -> bool:
    return is_head(tok.low)


def _modifier(tok: Token, language: str) -> bool:
    from intake.pseudonymise.stopwords import is_stop_word

    if is_stop_word(tok.low):
        return False  # ``Потым суд``: an adverb with an adjective's ending
    if language == "en":
        low = tok.low
        return tok.text[:1].isupper() or low in _REGIONAL_EN or low in _ADJ_EN or low in _STAGES_EN or _place_word(tok)
    return (tok.low.endswith(ADJ_TAILS) or _ordinal_word(tok.low)) and tok.text.isalpha() and len(tok.low) > 3


def _place_word(tok: Token) -> bool:
    """A lower-case Latin place name of the gazetteer (``minsk``, ``brest``): a whole name, not the first word
    of one (``new`` of ``New York`` leaves ``the new bank`` a bank)."""
    from intake.pseudonymise.detectors.gazetteer import entity_gazetteer

    entries = entity_gazetteer().lookup_first(tok.low) if tok.low.isalpha() else []
    return any(e.label == "LOCATION" and len(e.words) == 1 for e in entries)


_SK = re.compile(r"(?:ск|цк)(?:ая|ой|ий|ое|ую|ом|ым|ого|ому|ае|ы|і|ай|ых|ім|ага|аму|ай|ае|ія|ую|ія)$")


def _proper_modifier(tok: Token, language: str) -> bool:
    """A modifier that names a place, in any letter case: a capital, a place-derived adjective in
    ``-ск-``/``-цк-`` (``наваполацкага``, ``лідскім``, ``еўрапейскім``) that is no generic kind
    (``детской``), or a place name (``minsk``)."""
    if tok.text[:1].isupper():
        return True
    if language == "en":
        return _place_word(tok)
    return place_shaped(tok.low)


def place_shaped(low: str) -> bool:
    """A lower-cased adjective in ``-ск-``/``-цк-`` that may name a place (``лідскім``, ``наваполацкага``): not
    a generic kind or a nationality (``детской``, ``польскім``)."""
    low = low.replace("ё", "е")
    return _SK.search(low) is not None and not low.startswith(GENERIC_SK + _GENERIC_KIND) and len(low) > 6


# More ``-ск-``/``-цк-`` adjectives of a kind or a nationality, not a place (``экстрэмісцкай``,
# ``каталіцкім``, ``польскім дзіцячым садку``).
_GENERIC_KIND = tuple(
    "экстремистск экстрэмісцк террористическ тэрарыстычн католическ каталіцк грэка-каталіцк евангельск "
    "праваслаўн православн польск літоўск литовск латвійск латвийск украінск украинск нямецк немецк".split()
)


def _proper_mods(words: Words, start: int, i: int, language: str) -> bool:
    """A modifier before the head at ``i`` names a place. A capital that only opens the sentence
    (``Сельская бібліятэка``) is read as the word would be in lower case; a nationality is no place
    (``a Lithuanian bank``)."""
    for k in range(start, i):
        tok = words.tokens[k]
        if language == "en" and tok.low in _NATIONALITIES:
            continue
        if tok.text[:1].isupper() and (k == 0 or ends_clause(words.gaps[k - 1])):
            if _proper_modifier(Token(tok.start, tok.end, tok.low, tok.low), language):
                return True
            continue
        if _proper_modifier(tok, language):
            return True
    return False


_NATIONALITIES = frozenset(
    "belarusian lithuanian polish russian ukrainian latvian german czech georgian european american british "
    "swedish estonian finnish norwegian danish dutch french italian spanish austrian swiss canadian slovak "
    "hungarian romanian moldovan armenian turkish israeli japanese chinese".split()
)
# Ordinal adjectives before a head (``пятую школу``, ``трэцяй гарбальніцы``); not the Belarusian ``другой``,
# which also means "another".
# The teens and tens too, said in lower-case speech (``одиннадцатой больнице``, ``пятнаццатай паліклініцы``).
_ORDINAL_WORD = re.compile(
    r"^(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|перш|трэцц?|чацв[её]рт|шост|с[её]м|дзявят|дзясят"
    r"|дзесят|дзевят|(?:один|две|три|четыр|пят|шест|сем|восем|девят)надцат|двадцат|тридцат|сороков"
    r"|(?:адзі|два|тры|чатыр|пят|шас|сям|васям|дзевят)наццат|дваццат|трыццат|саракав)"
    r"(?:ая|ой|ую|ый|ом|ай|ы|ым|ія|яя|яй|юю|ей|ью|ьей|ьем|ье|ім)$"
)
# The tens before an ordinal (``тридцать второй``, ``дваццаць пятай``): one number with it.
_TENS_WORDS = frozenset(
    "двадцать тридцать сорок пятьдесят дваццаць трыццаць сорак пяцьдзясят "
    "сто двести триста четыреста пятьсот дзвесце трыста чатырыста пяцьсот".split()
)
_SECOND_BE = frozenset("другой другая другую другім другі".split())


def _tens_before(words: Words, start: int) -> int:
    """``start`` moved back over the tens and hundreds before an ordinal (``тридцать второй``, ``сто пятой``);
    after one the Belarusian ``другой`` is the ordinal, not "another" (``трыццаць другой``)."""
    toks, gaps = words.tokens, words.gaps
    if start > 0 and toks[start - 1].low in _SECOND_BE:
        start -= 1
    elif start == len(toks) or not _ordinal_word(toks[start].low):
        return start
    if start >= len(gaps) or gaps[start].strip():
        return start  # the ordinal ends its phrase (``пятой, школе``)
    first = start
    while first > max(0, start - 2) and not gaps[first - 1].strip() and toks[first - 1].low in _TENS_WORDS:
        first -= 1  # ``сто дваццаць шостай``: hundreds and tens
    return first


def _ordinal_word(low: str) -> bool:
    return _ORDINAL_WORD.match(low) is not None


_ORDINAL_DIGITS = re.compile(r"^\d{1,3}(?:-?(?:й|я|ая|ой|ий|ый|ая|ую|ом|ым|ая|ы|і|га|м|th|st|nd|rd))?$")


def _regional(tok: Token, language: str) -> bool:
    if language == "en":
        return tok.low in _REGIONAL_EN
    return tok.low.startswith(tuple(_REGIONAL))


# A university named by its field in one word (``педуніверсітэт``, ``медакадемия``): one per town.
_SHORT_UNIVERSITY = re.compile(
    r"^(?:пед|мед|юр|иняз|іняз|сельхоз|палітэх|политех)(?:университет|універсітэт|універсітэц|институт|інстытут|"
    r"академи|акадэмі)\w{0,3}$"
)


def _first_modifier(words: Words, i: int, language: str) -> int:
    """Index of the first of up to four modifiers before the head at ``i``; a compound adjective's first
    half joins by its hyphen (``аграрна-тэхнічным``, ``грэка-каталіцкая``). A double blank (a dropped
    punctuation mark of speech-recognition text) after a given name and one more word ends the phrase: the
    pair is a person's name (``гісторыя віялеты альшанскай  суд``). A head joined by a hyphen to one before
    it is one compound noun (``яслях-садзе``, ``школу-интернат``)."""
    start = i
    if language != "en" and i > 0 and words.gaps[i - 1] == "-" and _head(words.tokens[i - 1]):
        start -= 1
    while (
        start > 0
        and i - start < 5
        and (_joins(words, start - 1) or (language == "en" and _en_joint(words, start)))
    ):
        if not (
            _modifier(words.tokens[start - 1], language)
            or (language == "en" and (_en_joint(words, start - 1) or _en_noun_modifier(words, start - 1)))
        ):
            break
        start -= 1
        if start > 0 and words.gaps[start - 1] == "-" and _compound_half(words.tokens[start - 1], language):
            start -= 1
    while start < i and language == "en" and _en_joint(words, start):
        start += 1  # the description does not open on a joint
    return start


def _en_noun_modifier(words: Words, k: int, depth: int = 2) -> bool:
    """A lower-case English noun modifier after another modifier, itself maybe one of these (``depth``)
    (``Mogilev Olympic reserve school``, ``the mogilev olympic reserve school``): an English noun phrase
    stacks nouns before its head."""
    tok = words.tokens[k]
    if k == 0 or not tok.text.isalpha() or not tok.text.islower() or len(tok.low) < 4 or is_stop_word(tok.low):
        return False
    if words.gaps[k - 1].strip():
        return False
    return _modifier(words.tokens[k - 1], "en") or (depth > 1 and _en_noun_modifier(words, k - 1, depth - 1))


def _joins(words: Words, k: int) -> bool:
    """The blank after token ``k`` joins it to the next, unless it is a dropped mark (two blanks) after a
    given name (no function word) and one word: a name's end."""
    from intake.pseudonymise.detectors.namelex import russian_reading
    from intake.pseudonymise.stopwords import is_stop_word

    gap = words.gaps[k]
    if gap.strip() or "  " not in gap or k == 0 or words.gaps[k - 1] != " ":
        return gap.strip() == ""
    first = words.tokens[k - 1].low
    return is_stop_word(first) or russian_reading(first)[1].name < 0.5


def _en_joint(words: Words, k: int) -> bool:
    """``and`` after a modifier (``Pulp and Cardboard Mill``) or the ``s`` of a possessive (``Children's``)."""
    tok = words.tokens[k]
    if k == 0:
        return False
    if tok.low == "s":
        return words.gaps[k - 1] == "'"
    return tok.low == "and" and not words.gaps[k - 1].strip() and _modifier(words.tokens[k - 1], "en")


def _compound_half(tok: Token, language: str) -> bool:
    """The first half of a hyphenated adjective (``аграрна``, ``грэка``, ``научно``)."""
    return language != "en" and tok.text.isalpha() and len(tok.low) > 3 and tok.low.endswith(("а", "о"))


def _ordinal_before(words: Words, start: int, i: int) -> int:
    """Index of an ordinal in digits before the modifiers (``6-й городской``), or ``start`` itself."""
    toks = words.tokens
    hyphen = start == i and start > 1 and toks[start - 2].text.isdigit() and words.gaps[start - 2] == "-"
    if hyphen and words.gaps[start - 1].strip() == "" and _ORDINAL_DIGITS.match("1-" + toks[start - 1].text):
        return start - 2  # ``5-й школе``, ``2-м роддоме`` (not ``5 школ``: a count)
    if not (0 < start < i and words.gaps[start - 1].strip() == ""):
        return start
    if toks[start - 1].text.isdigit():
        return start - 1
    if start > 1 and toks[start - 2].text.isdigit() and words.gaps[start - 2] == "-":
        return start - 2  # ``6-й городской клинической больнице`` (the split gives ``6``, ``й``)
    if _ORDINAL_DIGITS.match(toks[start - 1].text) and toks[start - 1].text[:1].isdigit():
        return start - 1
    return start


def detect_institutions(text: str, words: Words, language: str) -> list[Span]:
    toks = words.tokens
    out: list[Span] = []
    for i, tok in enumerate(toks):
        if _SHORT_UNIVERSITY.match(tok.low):
            out.append(_span(text, tok, tok, 0.5, f"{UNCERTAIN}:org"))
        out += _described(text, words, i, language)
        base, alone = (i + 1, False) if language == "en" else kind_field(words, i)
        if not (_head(tok) or base > i + 1) or (tok.text.isupper() and len(tok.text) <= 2):
            continue
        base = max(base, i + 1)  # after the head and its fixed field (``дворце детского творчества``)
        start = _first_modifier(words, i, language)
        start = start if language == "en" or (tens := _tens_before(words, start)) == start else tens
        end = named_after(words, number_after(words, base))
        if end == base:
            end = complement(words, base, language)
        if language == "en":
            end = _in_place(words, end)
        sport = federation_sport(words, i) if end == base else end
        if sport <= base:
            sport = max(field_after(words, i, language), base)  # ``акадэміі музыкі``: uncertain, like a sport
        mods = toks[start:i]
        if any(t.low in _NATIONAL for t in mods):
            continue
        first = _ordinal_before(words, start, i)
        if first < start or end > base or _proper_mods(words, start, i, language):
            end = max(end, sport if end == base else end)  # ``Гродзенскім каледжы мастацтваў``: its field too
            out.append(_span(text, toks[unit_before(words, first)], toks[end - 1], 0.7, ""))
        elif sport > i + 1 and (sport > base or alone):
            out.append(_span(text, toks[start], toks[sport - 1], 0.5, f"{UNCERTAIN}:org"))
        elif any(_regional(t, language) or _ordinal_word(t.low) or t.low in _TENS_WORDS for t in mods) or (
            language == "en" and _definite(words, start, mods)
        ):
            out.append(_span(text, toks[start], toks[end - 1], 0.5, f"{UNCERTAIN}:org"))
    out += en_numbered_works.detect(text, words, language)
    return out + orgcues.detect_named(text, words, language) + institution_compounds.detect(text, words, language)


# Prepositions of a committee that acts or employs (``з райвыканкама пазванілі``, ``вызвали в облисполком``);
# after ``ля``/``около`` or a noun (``старшыня райвыканкама``) it is a building or a title's complement.
_ACTING = frozenset("з із са ад из от со в во у ў".split())


def _described(text: str, words: Words, i: int, language: str) -> list[Span]:
    """The heads that count only with more around them: a common head after two modifiers, one a place's
    (``Столінскай раённай ветэрынарнай станцыі``); an acronym named after someone (``ГГУ имени
    Скорины``); a sub-unit with its field and area (``отдела образования Ленинского района``)."""
    toks = words.tokens
    tok = toks[i]
    if language != "en" and regional_committee(tok.low) and i > 0 and toks[i - 1].low in _ACTING:
        return [_span(text, tok, tok, 0.5, f"{UNCERTAIN}:org")]  # ``з гарвыканкама``: the town's committee
    if language != "en" and strict_head(tok.low):
        start = _first_modifier(words, i, language)
        mods = toks[start:i]
        if len(mods) >= 2 and any(_proper_modifier(t, language) for t in mods):
            return [_span(text, toks[start], tok, 0.5, f"{UNCERTAIN}:org")]  # generic words: never spread
    end = named_after(words, i + 1)
    if end > i + 1 and _acronym(tok, language):
        return [_span(text, tok, toks[end - 1], 0.7, "")]
    if language != "en" and tok.low.startswith(UNITS[:4]) and i + 2 < len(toks) and not words.gaps[i].strip():
        field = toks[i + 1]
        end = complement(words, i + 2, language)
        if end == i + 4 and field.text.isalpha() and field.text.islower() and toks[i + 3].low in AREAS:
            return [_span(text, tok, toks[end - 1], 0.5, f"{UNCERTAIN}:org")]
    country = i > 0 and (toks[i - 1].text[:1].isupper() or toks[i - 1].low in _NATIONALITIES)
    if language == "en" and tok.low in _MISSIONS and country:
        end = _in_place(words, i + 1, any_case=True)  # ``british embassy in minsk`` in lower-case speech too
        if end > i + 1:
            return [_span(text, toks[i - 1], toks[end - 1], 0.7, "")]
    return []


_VOWELS = frozenset("аеёиоуыэюяіў")


def _acronym(tok: Token, language: str) -> bool:
    """An acronym: in capitals, or in lower case a short word no dictionary knows (``ггу``, ``бгуир``)."""
    from intake.pseudonymise.detectors import namelex

    if not (2 <= len(tok.text) <= 6 and tok.text.isalpha()):
        return False
    if tok.text.isupper():
        return True
    vowels = sum(ch in _VOWELS for ch in tok.low)  # ``ггу``, ``бдпу``; not ``маё`` (``маё імя``: my name)
    return (
        language != "en" and tok.text.islower() and 2 * vowels < len(tok.low) and not namelex.word_morph(tok.low).known
    )


def _in_place(words: Words, j: int, any_case: bool = False) -> int:
    """Index after ``in Minsk`` at ``j`` (``British Embassy in Minsk``; ``in minsk`` when ``any_case``), else ``j``."""
    toks = words.tokens
    if j + 1 >= len(toks) or toks[j].low != "in" or words.gaps[j - 1].strip() or words.gaps[j].strip():
        return j
    nxt = toks[j + 1]
    return j + 2 if (any_case or nxt.text[:1].isupper()) and nxt.text.isalpha() and _place_word(nxt) else j


def _definite(words: Words, start: int, mods: list[Token]) -> bool:
    """An English description with two modifiers, or one after ``the`` (``the agricultural academy``)."""
    if mods and all(m.low in _STAGES_EN for m in mods):
        return False  # ``the high school``: a stage of schooling, one in every town
    return len(mods) >= 2 or (len(mods) == 1 and start > 0 and words.tokens[start - 1].low == "the")


def _span(text: str, first: Token, last: Token, score: float, reason: str) -> Span:
    source = "institutions"
    return Span(first.start, last.end, "ORGANISATION", text[first.start : last.end], score, source, reason)
