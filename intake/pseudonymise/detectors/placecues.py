"""Places no list has, found by the noun that names their kind: streets, villages, rivers.

Gazetteers cannot list every street, village and stream a speaker grew up on, but speech names the
kind of place next to its name, and that cue generalises to places nobody has listed:

1. a street: a street noun (``street_words.py``: ``улица``, ``вуліца``, ``проспект``, ``шоссе``,
   ``ул.``, ``street``, ``ulica`` ...) with a name word after it (``праспект Пераможцаў``, ``вуліцы
   прытыцкага``, ``ул. Сурганова``) or a proper adjective before it (``варшавском шоссе``,
   ``Ząbkowska street``, ``Surhanava Street``), a common word too when it is a usual street name
   (:data:`COMMON_STREET_NAMES`: ``на проспекте мира``);
2. an elided street: ``на``/``по``/``па`` + a feminine proper adjective in the locative or dative (``на
   московской``, ``на Савецкай``, ``па ленінскай``) or one of the common adjectives streets are most often
   named by (:data:`COMMON_STREET_ADJECTIVES`: ``на студенческой``, ``на садовай``), where no noun agrees with
   it, near a street, protest or home word (:data:`STREET_CONTEXT`); likewise ``на`` + a surname in the
   genitive (``на сурганова``): ``elided_streets.py``;
3. the colloquial name of a street adjective found in the same text (``Варшавское шоссе`` ->
   ``на Варшавке``);
4. a settlement or water: a cue noun (:data:`SETTLEMENT_WORDS`, :data:`SETTLEMENT_STEMS`: ``деревня``,
   ``вёска``, ``аграгарадок``, ``рэчка``, ``village``, ``river`` ...) with a name word after it (``в деревне
   Ломаши``, ``з вёскі лебедзева``, ``рэчка Уша``); after a town, district or port noun (:data:`WEAK_CUES`:
   ``город``, ``раён``, ``метро``, ``city``) only a capitalised name or one of a toponym's shape
   (``toponyms.shaped``: ``у горадзе шупанпілс``, ``in the town of otridowo``);
5. ``из X (это) под Y`` with ``Y`` a detected place (``з Каралішчавічаў пад Мінскам``); a name that a copula
   defines as a settlement (``Лапцевічы — гэта вёска``, ``Zarechye is a village``: :data:`COPULA`);
6. in Russian text, ``в`` + a locative plural that pymorphy3 does not know (``в Зябках``, ``в Ждановичах``);
7. a place preposition + a word of a toponym suffix class that is no common word, in any case and letter
   case (``у лапцевічах``, ``из бурковки``, ``near zharnovichy``: ``toponyms.py``);
8. a listed town that is also a common word after a residence verb (``based in cork``: ``residence.py``);
9. in lower-case Russian or Belarusian text, a word no vocabulary knows after a place preposition in a frame
   of living, moving or origin (``ён жыў у крэве``), or after the preposition alone when its ending fits the
   case and it is no misspelt common word (``суд быў у жаркаўлянах``: ``place_frames.py``, uncertain).

No rule takes a lone kinship or role noun (``жыву з бабуляй``: ``lowercase.is_role``): it is a person.

A name word is capitalised inside a sentence or, in lower case, a word that is neither a function word
nor one pymorphy3 knows as a common word, nor shaped like a verb. Every mention found here is evidence,
so propagation then masks the place's other forms in the text (``з вёскі Лебедзева`` -> ``ў
Лебедзеве``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import elided_streets, namelex, place_frames, residence, toponyms, water_names
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.street_words import (
    COMMON_ADJECTIVES,
    COMMON_LATIN_STREET_NAMES,
    COMMON_STREET_NAMES,
    LATIN_STREETS,
    STREET_ABBREVIATIONS,
    STREET_STEMS,
)
from intake.pseudonymise.detectors.tokens import Token, is_lowercase_text
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

SOURCE = "placecues"
SCORE = 0.85
SETTLEMENT_STEMS = ("местечк", "мястэчк",
                    "деревн", "веск", "весц", "вёск", "вёсц", "посел", "пасел", "хутор", "аграгарад", "агрогород",
                    "урочищ", "речк", "речц", "речуш", "рэчк", "рэчц")
SETTLEMENT_WORDS = frozenset(
    "село селе села сяло сяле река реке реки реку рака раке рацэ ракі раки озеро озере озера возера возеры "
    "village villages hamlet river lake".split()
)
# Cue nouns of towns, districts and ports: common in other senses (``в районе пяти``, ``горад. Пошта``
# in unpunctuated speech), so the name after them must be capitalised inside a sentence.
WEAK_CUES = frozenset(
    "город городе города городу городок городке городка горад горадзе горада гарадок гарадку "
    "район районе района раен раене раена микрорайон микрорайоне микрараен микрараене метро порт порту "
    "town city district suburb port "
    "переход переходе перехода пераход пераходзе пераходу погранпереход checkpoint crossing".split()  # border
)
# Folded landscape nouns a proper adjective before names (``в Налибокской пуще``, ``у Налібоцкай пушчы``,
# ``на Вилейском водохранилище``, ``the nalibaki forest``): forest, wood, lake, marsh, reservoir, canal, reserve.
LANDSCAPE_STEMS = ("пущ", "пушч", "озер", "азер", "возер", "болот", "балот", "балоц", "водохранилищ",
                   "вадасховишч", "заповедник", "запаведник")  # not канал: a Telegram channel
LANDSCAPE_WORDS = frozenset("лес леса лесу лесе лесом лясы лясах бор бору "
                            "forest lake reservoir reserve marshes pushcha puszcha river".split())
_NATIONALITY = ("ian", "ish", "ean", "can", "ese")  # Latin adjectives of nations: belarusian, polish
_STREET_PREPOSITIONS = frozenset("на по па".split())  # ``на Ленинской``; ``по Ленинской`` (walking along it)
# Belarusian ordinals and pronoun-adjectives that pymorphy3 cannot read (folded).
COMMON_WORDS = frozenset(
    "други другая другое першы першая трэци трэцяя вялики вялікая вялкая малы малая гэты гэтая гэтае наш наша "
    "ваш ваша свой сваю новы новая стары старая нашай нашым нашых вашай вашым сваей гэтай гэтым".split()
)
VERB_ENDINGS = ("ла", "ли", "ло", "ть", "ць", "ся", "сь", "цца", "ешь", "еш", "уць", "юць", "ют", "ут", "ыць",
                "ить", "ем", "им", "ел", "ал", "ил", "ыл",
                "вау", "иу", "ыу")  # Belarusian past masculine, folded: выцягваў, хадзіў, быў
_FEM_ADJECTIVE = ("ой", "ай", "ая", "ую", "ей")
_LONG_ENDINGS = ("ого", "ому", "ага", "аму", "ими", "ыми")  # three-letter adjective endings
_NAME_GAP = frozenset(" -")
# Words between a name and the settlement noun that defines it (``X — это деревня``, ``X is a small village``).
COPULA = frozenset(
    "это гэта is was a an такая такое такой маленькая маленькое невяликая невяликае small little".split()  # folded
)
_IN = frozenset("в во у".split())
_PLURAL_LOCATIVE = ("ках", "ичах", "ицах", "инах", "ынах", "ях", "ах")
_PREPOSITIONS = frozenset("из с со з в во у на ля каля".split())
_CUE_STEMS = STREET_STEMS + SETTLEMENT_STEMS + LANDSCAPE_STEMS
_CUE_WORDS = (STREET_ABBREVIATIONS | LATIN_STREETS | SETTLEMENT_WORDS | WEAK_CUES | _IN | _STREET_PREPOSITIONS
              | LANDSCAPE_WORDS)


def detect(text: str, found: Sequence[Span], tokens: Sequence[Token], language: str = "ru") -> list[Span]:
    """LOCATION spans for streets, settlements and rivers named by a cue noun."""
    lowercase = is_lowercase_text(tokens)
    ranges: list[tuple[int, int]] = []
    for i in range(len(tokens)):
        ranges += _cue_at(tokens, i, lowercase, language)
    ranges += _near_place(tokens, found, lowercase)
    taken = _taken(tokens, found)
    ranges += toponyms.detect(tokens, taken) + residence.detect(tokens, taken, lowercase)
    ranges += _colloquial(tokens, ranges)
    ranges = [(a, b) for a, b in ranges if not (b - a == 1 and is_role(tokens[a]))]  # ``з бабуляй``: a person
    spans = [_span(text, tokens, a, b) for a, b in sorted(set(ranges))]
    if lowercase:  # rule 9: an unknown word in a frame of living or moving (``place_frames.py``)
        for a, b in ranges:
            taken[a:b] = [True] * (b - a)
        spans += place_frames.detect(text, tokens, taken, language)
    return spans


def _taken(tokens: Sequence[Token], found: Sequence[Span]) -> list[bool]:
    """Whether each token lies inside a span already found."""
    bounds = sorted((s.start, s.end) for s in found)
    taken, k = [], 0
    for tok in tokens:
        while k < len(bounds) and bounds[k][1] <= tok.start:
            k += 1
        taken.append(any(a <= tok.start < b for a, b in bounds[k : k + 4]))
    return taken


def overrule(found: Sequence[Span], cues: Sequence[Span]) -> list[Span]:
    """``found`` without the PERSON guesses that a cue shows to be places (``the village of Zhabinki``)."""
    places = {(s.start, s.end) for s in cues}
    return [s for s in found if s.label != "PERSON" or (s.start, s.end) not in places]


def _cue_at(tokens: Sequence[Token], i: int, lowercase: bool, language: str) -> list[tuple[int, int]]:
    """The place a cue word at ``i`` names (rules 1, 2, 4 and 6 of the module docstring)."""
    tok = tokens[i]
    if tok.norm not in _CUE_WORDS and not tok.norm.startswith(_CUE_STEMS):  # the fast path: most words
        return []
    if _street_noun(tok, tokens, i):
        return _street(tokens, i, lowercase)
    if _landscape_noun(tok) and i > 0 and tok.spaced and _landscape_adjective(tokens[i - 1], lowercase):
        return [(i - 1, i + 1)]  # ``Налибокской пуще``, the noun with it (its lemma may be misread)
    if _settlement_noun(tok):
        j = _skip_of(tokens, i + 1)
        named = j is not None and (_name_word(tokens[j], lowercase) or toponyms.shaped(tokens[j]))
        water = water_names.detect(tokens, i) if lowercase and not named else []
        return ([(j, j + 1)] if j is not None and named else []) + _defined(tokens, i, lowercase) + water
    if tok.norm in WEAK_CUES:
        j = _skip_of(tokens, i + 1)
        if j is None:
            return []
        named = not lowercase and tokens[j].cap and _name_word(tokens[j], lowercase)
        return [(j, j + 1)] if named or toponyms.shaped(tokens[j]) else []
    if i + 1 >= len(tokens):
        return []
    if tok.norm in _STREET_PREPOSITIONS and elided_streets.elided_street(tokens, i + 1):
        return [(i + 1, i + 2)]
    if tok.norm == "на" and elided_streets.named_street(tokens, i + 1):
        return [(i + 1, i + 2)]
    if language == "ru" and tok.norm in _IN and _plural_toponym(tokens[i + 1], lowercase):
        return [(i + 1, i + 2)]
    return []


def _defined(tokens: Sequence[Token], i: int, lowercase: bool) -> list[tuple[int, int]]:
    """``Лапцевічы — гэта вёска``, ``Zarechye is a village``: the name a copula defines as a settlement."""
    k = i - 1
    while k > 0 and i - k <= 3 and tokens[k].norm in COPULA:
        k -= 1
    if k == i - 1 or k < 0 or tokens[k].norm in COPULA:
        return []
    named = _name_word(tokens[k], lowercase) or toponyms.shaped(tokens[k])
    return [(k, k + 1)] if named else []


def _span(text: str, tokens: Sequence[Token], a: int, b: int) -> Span:
    start, end = tokens[a].start, tokens[b - 1].end
    return Span(start, end, "LOCATION", text[start:end], SCORE, SOURCE)


def _street_noun(tok: Token, tokens: Sequence[Token], i: int) -> bool:
    if not tok.cyrillic:
        return tok.norm in LATIN_STREETS and (tok.norm != "ul" or _abbreviated(tokens, i))
    if tok.norm in STREET_ABBREVIATIONS:  # ул. Сурганова: the abbreviation takes a full stop
        return _abbreviated(tokens, i)
    return tok.norm.startswith(STREET_STEMS) and any(
        tok.norm.startswith(s) and len(tok.norm) <= len(s) + 3 for s in STREET_STEMS
    )


def _abbreviated(tokens: Sequence[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].start - tokens[i].end <= 2


def _street(tokens: Sequence[Token], i: int, lowercase: bool) -> list[tuple[int, int]]:
    """The name word after the street noun, or its adjective before it (``extend.py`` then widens the
    span over the noun; a span without it keeps propagation from seeding ``street`` itself)."""
    out: list[tuple[int, int]] = []
    j = i + 1
    after = j < len(tokens) and (tokens[j].spaced or tokens[i].norm in STREET_ABBREVIATIONS)
    named = after and (_name_word(tokens[j], lowercase) or tokens[j].norm in COMMON_STREET_NAMES
                       or _agreeing_adjective(tokens[i], tokens[j]))
    if named and not _street_noun(tokens[j], tokens, j):
        end = j + 1
        if end < len(tokens) and tokens[end].spaced and tokens[j].cap and tokens[end].cap:
            end += 1  # улица Якуба Коласа
        out.append((j, end))
    k = i - 1
    if k >= 0 and tokens[i].spaced and _street_adjective(tokens[k], lowercase):
        out.append((k, k + 1))
    return out


def _agreeing_adjective(noun: Token, tok: Token) -> bool:
    """A feminine adjective after ``улица``/``вуліца`` names it, a common adjective too (``на вуліцы
    ліпавай``, ``улица садовая``): the street noun is never described by an adjective placed after it."""
    if not noun.norm.startswith(("улиц", "вулиц")) or not tok.cyrillic or len(tok.norm) < 6:
        return False
    return tok.norm.endswith(_FEM_ADJECTIVE) and tok.norm not in COMMON_WORDS and not is_stop_word(tok.text)


def _street_adjective(tok: Token, lowercase: bool) -> bool:
    """A proper adjective before a street noun: ``варшавском``, ``Ząbkowska``, ``Surhanava``."""
    if is_stop_word(tok.text) or len(tok.norm) < 4:
        return False
    if not tok.cyrillic:
        named = tok.norm in COMMON_LATIN_STREET_NAMES or not namelex.is_english_word(tok.norm)
        return named or (tok.cap and not tok.initial and not lowercase)
    stem = tok.norm[:-2] if len(tok.norm) > 6 else ""
    if len(tok.norm) > 7 and tok.norm.endswith(_LONG_ENDINGS):  # ``московского``, ``витебскому``
        stem = tok.norm[:-3]
    if stem.endswith(("ск", "цк")) and not stem.startswith(COMMON_ADJECTIVES):
        return True
    return tok.cap and not tok.initial and namelex.main_pos(tok.text) in ("ADJF", "PRTF")


def _name_word(tok: Token, lowercase: bool) -> bool:
    """A word that can be a place's own name (see the module docstring)."""
    if is_stop_word(tok.text) or len(tok.norm) < 3 or tok.acronym:
        return False
    if tok.cap and not tok.initial and not lowercase:
        return True
    if not tok.cyrillic:
        return not namelex.is_english_word(tok.norm)
    if tok.norm.endswith(VERB_ENDINGS):
        return False
    if tok.norm in COMMON_WORDS:
        return False
    _, m = namelex.russian_reading(tok.text.lower())  # a Belarusian word through its Russian spelling
    return not m.known or m.common < m.name + m.surname + m.place


def _skip_of(tokens: Sequence[Token], j: int) -> int | None:
    """The word after a cue noun, past an English ``of`` (``village of X``)."""
    if j < len(tokens) and tokens[j].norm == "of":
        j += 1
    return j if j < len(tokens) and tokens[j].spaced else None


def _landscape_adjective(tok: Token, lowercase: bool) -> bool:
    """A proper adjective before a landscape noun; in Latin script no nationality (``belarusian forest``)."""
    if tok.cyrillic:
        return _street_adjective(tok, lowercase)
    return len(tok.norm) >= 4 and not namelex.is_english_word(tok.norm) and not tok.norm.endswith(_NATIONALITY)


def _landscape_noun(tok: Token) -> bool:
    if tok.norm in LANDSCAPE_WORDS:
        return True
    return tok.cyrillic and any(tok.norm.startswith(s) and len(tok.norm) <= len(s) + 4 for s in LANDSCAPE_STEMS)


def _settlement_noun(tok: Token) -> bool:
    if tok.norm in SETTLEMENT_WORDS:
        return True
    return tok.cyrillic and len(tok.norm) <= 11 and tok.norm.startswith(SETTLEMENT_STEMS)


def _plural_toponym(tok: Token, lowercase: bool) -> bool:
    """``в Зябках``, ``у Ждановичах``: a locative plural that no dictionary knows is a village's name
    (most Belarusian villages are plurals: -кі, -ічы, -ы); a known common noun (``в руках``) is not.
    Russian text only: pymorphy3 cannot read most Belarusian common nouns (``у перадачах``)."""
    if not tok.cyrillic or not tok.spaced or len(tok.norm) < 6 or not tok.norm.endswith(_PLURAL_LOCATIVE):
        return False
    return _name_word(tok, lowercase) and not namelex.russian_reading(tok.text.lower())[1].known


def _near_place(tokens: Sequence[Token], found: Sequence[Span], lowercase: bool) -> list[tuple[int, int]]:
    """``из X под Y``, ``з X, гэта пад Y`` where ``Y`` is a detected place."""
    starts = {s.start for s in found if s.label == "LOCATION"}
    out = []
    for i in range(1, len(tokens) - 2):
        k = i + 2 if tokens[i + 1].norm in ("это", "гэта") else i + 1  # ``з Вясеі, гэта пад Слуцкам``
        if k + 1 >= len(tokens) or tokens[k].norm not in ("под", "пад") or tokens[i - 1].norm not in _PREPOSITIONS:
            continue
        if tokens[k + 1].start in starts and _name_word(tokens[i], lowercase):
            out.append((i, i + 1))
    return out


def _colloquial(tokens: Sequence[Token], ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``на Варшавке`` where the text names ``Варшавское шоссе``: the adjective's stem plus ``-к-``."""
    keys = set()
    for a, b in ranges:
        for tok in tokens[a:b]:
            stem = tok.norm[:-2]
            if tok.cyrillic and stem.endswith("ск") and len(stem) >= 6:
                keys.add(stem[:-2] + "к")
    if not keys:
        return []
    out = []
    for i, tok in enumerate(tokens[1:], start=1):
        if tokens[i - 1].norm in _PREPOSITIONS and any(_colloquial_form(tok.norm, k) for k in keys):
            out.append((i, i + 1))
    return out


def _colloquial_form(norm: str, key: str) -> bool:
    return norm.startswith(key) and norm[len(key) :] in ("а", "е", "у", "и", "ой", "ы")
