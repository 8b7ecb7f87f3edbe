"""Places named in the slot after a place-kind noun, and streets named by an adjective alone or a compound.

``placecues.py`` takes the word after a settlement or street noun when it is no common word; in lower-case
speech the names that ARE common words (``з вёскі пагонная``, ``в деревне стайки``, ``в посёлке бобры``)
need syntax. Three rules:

``placeslot`` (Russian, Belarusian, lower case)
    the organisation slot of ``org_slots.py`` with place heads: a settlement, street or water noun
    (:data:`HEADS`: ``деревня``/``вёска``, ``село``, ``посёлок``/``пасёлак``, ``агрогородок``, ``хутор``,
    ``город``/``горад``, ``улица``/``вуліца``, ``проспект``, ``переулок``, ``река``/``рака``,
    ``озеро``/``возера``) in an oblique case, followed by a word in the nominative that does not agree with
    it, or by a word no vocabulary knows: a nominative after an oblique head is an apposition, which in
    speech is a name (``на улице садовая``, ``каля ракі ствіга``). A nominative adjective takes the noun
    after it (``в деревне большие луки``). A verb after the word makes it the clause's subject (``в деревне
    бабушка жила``), and an animate noun is a person, no name (``в деревне мама``). After a head in the
    nominative only a word no vocabulary knows names the place (``деревня большая`` is a description).
``placestreet`` (Russian, Belarusian, any case)
    ``на``/``по``/``па`` + a feminine adjective in the locative or dative with no noun after it that it may
    agree with, and a venue or living word (:data:`VENUES`: ``кавярня``, ``офіс``, ``кватэра``, ``жыла``,
    ``працавала``) within :data:`REACH` words: the elided street noun (``кавярня на ліпавай``, ``жыла на
    садовай``). ``placecues.py`` takes only proper adjectives in ``-ск-``/``-цк-`` and a list of common
    ones; the venue nearby admits any adjective.
``compound`` (any language)
    a capitalised Latin word ending in a German street word (``Kastanienstraße``, ``Lindengasse``): the
    street noun and its name in one word.

Every span is a LOCATION, uncertain (score 0.5, reason ``uncertain:placeslot`` ...) for the reviewer.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import elided_streets, namelex, org_slots, placecues
from intake.pseudonymise.detectors.tokens import Token, is_lowercase_text
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

SOURCE = "place_slots"
SCORE = 0.5
_G, _D, _A, _I, _L = "gent", "datv", "accs", "ablt", "loct"


def _forms(nominative: str, table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {nominative: (), **table}


# Folded forms (``ё`` -> ``е``, ``і`` -> ``и``, ``ў`` -> ``у``) of the place heads and the cases each marks;
# ``()`` for the nominative (and the accusative like it).
HEADS: dict[str, tuple[str, ...]] = {
    **_forms("деревня", {"деревни": (_G, _D, _L), "деревне": (_D, _L), "деревню": (_A,), "деревней": (_I,)}),
    **_forms("веска", {"вески": (_G,), "весцы": (_D, _L), "вескай": (_I,)}),
    **_forms("село", {"села": (_G,), "селе": (_L,), "селу": (_D,), "селом": (_I,)}),
    **_forms("сяло", {"сяла": (_G,), "сяле": (_L,), "сялу": (_D,), "сялом": (_I,)}),
    **_forms("поселок", {"поселка": (_G,), "поселке": (_L,), "поселку": (_D,), "поселком": (_I,)}),
    **_forms("паселак", {"паселка": (_G,), "паселку": (_D, _L), "паселкам": (_I,)}),
    **_forms("агрогородок", {"агрогородка": (_G,), "агрогородке": (_L,), "агрогородку": (_D,)}),
    **_forms("аграгарадок", {"аграгарадка": (_G,), "аграгарадку": (_D, _L), "аграгарадкам": (_I,)}),
    **_forms("хутор", {"хутора": (_G,), "хуторе": (_L,), "хутору": (_D, _L), "хутаре": (_L,), "хутары": (_L,)}),
    **_forms("город", {"города": (_G,), "городе": (_L,), "городу": (_D,), "городом": (_I,)}),
    **_forms("горад", {"горада": (_G,), "горадзе": (_L,), "гораду": (_D,), "горадам": (_I,)}),
    **_forms("улица", {"улицы": (_G,), "улице": (_D, _L), "улицу": (_A,), "улицей": (_I,)}),
    **_forms("вулица", {"вулицы": (_G, _D, _L), "вулицу": (_A,), "вулицай": (_I,)}),
    **_forms("проспект", {"проспекта": (_G,), "проспекте": (_L,), "проспекту": (_D,)}),
    **_forms("праспект", {"праспекта": (_G,), "праспекце": (_L,), "праспекту": (_D, _L)}),
    **_forms("переулок", {"переулка": (_G,), "переулке": (_L,), "переулку": (_D,)}),
    **_forms("завулак", {"завулка": (_G,), "завулку": (_D, _L)}),
    **_forms("река", {"реки": (_G,), "реке": (_D, _L), "реку": (_A,), "рекой": (_I,)}),
    **_forms("рака", {"раки": (_G,), "рацэ": (_D, _L), "раку": (_A,), "ракой": (_I,)}),
    **_forms("озеро", {"озера": (_G,), "озере": (_L,), "озеру": (_D,), "озером": (_I,)}),
    **_forms("возера", {"возеры": (_L,), "возеру": (_D, _L), "возерам": (_I,)}),
}
HEADS["веску"] = (_A,)
HEADS["возера"] = ()  # the nominative and the genitive look alike
_GOVERNS = {
    **dict.fromkeys("в у ва на о об аб пра при пры".split(), (_L, _A, _G)),
    **dict.fromkeys("из з са с со от ад до да без каля возле около ля".split(), (_G, _I)),
    **dict.fromkeys("к по па".split(), (_D, _L)),
    **dict.fromkeys("за под пад над".split(), (_I, _A)),
}
# Venue and living words near which an elided feminine adjective after ``на`` is a street (folded stems).
VENUES = (
    "кавярн", "кофейн", "кафе", "кафэ", "салон", "офис", "кватэр", "квартир", "дом", "жыл", "жыв", "жил", "жив",
    "працав", "работал", "работа", "магазин", "крам", "бар", "рэстаран", "ресторан", "студи", "студы", "пекарн",
    "пякарн", "парикмахер", "цырульн", "аптэк", "аптек", "шоурум",
)
REACH = 4
_STREET_PREPOSITIONS = frozenset("на по па".split())
_CLAUSE_OPENERS = frozenset("а и но да там тут потом".split())  # folded words that may open a clause
_PEOPLE = frozenset("люди людзи дети дзеци".split())  # folded plurals of people
# Nominative heads that often end an unpunctuated sentence (``потым горад пошта``): no name after them.
_CLAUSE_HEADS = frozenset("город горад".split())
# Folded nominatives of the settlement heads that a verbless fragment may name (``деревня слободка``).
_SETTLEMENTS = frozenset("деревня веска село сяло поселок паселак хутор агрогородок аграгарадок".split())
_FEMININE = ("ой", "ай", "ей", "яй")
# German street words that close a compound (``Kastanienstraße``).
_COMPOUND = ("straße", "strasse", "gasse", "allee", "platz")


def detect(text: str, tokens: Sequence[Token], language: str) -> list[Span]:
    """LOCATION spans of the three rules of the module docstring."""
    out = [_span(text, tokens, i, i + 1, "compound") for i, tok in enumerate(tokens) if _compound(tok)]
    if language not in ("ru", "be") or not tokens:
        return out
    lowercase = is_lowercase_text(tokens)
    for i, tok in enumerate(tokens[:-1]):
        if lowercase and tok.norm in HEADS:
            end = _slot_end(text, tokens, i, language)
            if end > i + 1:
                out.append(_span(text, tokens, i + 1, end, "placeslot"))
        elif tok.norm in _STREET_PREPOSITIONS and _elided(tokens, i + 1, language):
            out.append(_span(text, tokens, i + 1, i + 2, "placestreet"))
    return out


def _span(text: str, tokens: Sequence[Token], a: int, b: int, rule: str) -> Span:
    start, end = tokens[a].start, tokens[b - 1].end
    return Span(start, end, "LOCATION", text[start:end], SCORE, f"{SOURCE}:{rule}", f"{UNCERTAIN}:{rule}")


def _compound(tok: Token) -> bool:
    """``Kastanienstraße``: a capitalised Latin word ending in a German street word."""
    return tok.cap and not tok.cyrillic and tok.norm.endswith(_COMPOUND) and len(tok.norm) >= 9


def _head_cases(tokens: Sequence[Token], i: int) -> tuple[str, ...]:
    """The cases the place head at ``i`` may be in, narrowed by the preposition before it."""
    marked = HEADS[tokens[i].norm]
    governed = _GOVERNS.get(tokens[i - 1].norm, ()) if i > 0 else ()
    return tuple(c for c in marked if c in governed) or marked


def _slot_end(text: str, tokens: Sequence[Token], i: int, language: str) -> int:
    """Index after the name in the slot after the place head at ``i`` (``i + 1`` when it holds none)."""
    j = i + 1
    tok = tokens[j]
    if not tok.spaced or not tok.cyrillic or tok.norm in HEADS:
        return j
    cases = _head_cases(tokens, i)
    if not cases:  # after a nominative head only a word no dictionary knows (``горад. Пошта`` is a clause)
        named = tokens[i].norm not in _CLAUSE_HEADS and _unheard(tok, language)
        return j + 1 if named or _fragment_name(text, tokens, i, language) else j
    if org_slots.unknown_word(tok, language):
        end = j + 1
    elif not org_slots.plain_word(tok) or not org_slots.nominative_word(tok, cases, language):
        return j
    elif tok.norm in _PEOPLE or (org_slots.animate_word(tok, language) and not _plural(tok, language)):
        return j  # a person in the village, no name of it (``в деревне мама``); ``бобры`` may be one
    else:
        end = j + 1
        nxt = tokens[end] if end < len(tokens) and tokens[end].spaced else None
        if nxt is not None and org_slots.adjective_word(tok, language) and org_slots.plain_word(nxt):
            end += 1 if org_slots.nominative_word(nxt, cases, language) else 0  # ``большие луки``
        elif nxt is not None and org_slots.adjective_word(nxt, language):
            return j  # a predicate follows: a clause (``у вёсцы людзі добрыя``)
    if _existential(tokens, i, end, language):
        return j
    return j if _verb_at(tokens, end, language) else end


def _fragment_name(text: str, tokens: Sequence[Token], i: int, language: str) -> bool:
    """``раён  вёска навасёлкі  ад``, ``под браславом  деревня слободка  сын``: a settlement head in the
    nominative and one noun between two dropped marks, a verbless fragment that names the place with a common
    word; an adjective describes it (``вёска маленькая``), a person is none (``деревня бабушка``)."""
    j = i + 1
    if tokens[i].norm not in _SETTLEMENTS or not _closed(text, tokens, i) or not _closed(text, tokens, j + 1):
        return False
    tok = tokens[j]
    if not org_slots.plain_word(tok) or org_slots.adjective_word(tok, language):
        return False
    return tok.norm not in _PEOPLE and not _person(tok, language) and org_slots.nominative_word(tok, (), language)


def _person(tok: Token, language: str) -> bool:
    """pymorphy3 reads the word as an animate singular nominative (``бабушка``; ``новосёлки`` is plural)."""
    word = namelex.russian_reading(tok.text.lower())[0] if language == "be" else tok.text.lower()
    return any(
        p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
        for p in namelex.analyzer().parse(word)
    )


def _closed(text: str, tokens: Sequence[Token], k: int) -> bool:
    """A mark or the double blank a dropped mark leaves (or the text's edge) before the token at ``k``."""
    if k <= 0 or k >= len(tokens):
        return True
    return not tokens[k].spaced or "  " in text[tokens[k - 1].end : tokens[k].start]


def _unheard(tok: Token, language: str) -> bool:
    """A lower-case word no dictionary knows, nor a first name or function word: after a nominative head it
    names the place (``река бяла``, ``рака свіслач``); a known word describes it (``река жизни``)."""
    low = tok.text.lower()
    if len(tok.norm) < 4 or not low.isalpha() or is_stop_word(low) or namelex.first_names().lookup_first(tok.norm):
        return False
    if language == "be":  # nor a word whose Russian reading pymorphy3 knows (``пошта``)
        return not org_slots.known(low, "be") and not namelex.russian_reading(low)[1].known
    return not namelex.analyzer().word_is_known(low)


def _existential(tokens: Sequence[Token], i: int, end: int, language: str) -> bool:
    """The place phrase opens a clause and one singular noun closes it: a verbless clause with the noun as
    its subject (``на реке лёд,``, ``в деревне тишина``, ``по улице автозак``), no apposition."""
    j = i + 1
    if end != j + 1 or i == 0 or (end < len(tokens) and tokens[end].spaced):
        return False
    prep = tokens[i - 1]
    opens = prep.initial or not prep.spaced or i == 1 or tokens[i - 2].norm in _CLAUSE_OPENERS
    if not opens or not tokens[i].spaced or prep.norm not in _GOVERNS:
        return False
    return not _plural(tokens[j], language) and not org_slots.adjective_word(tokens[j], language)


def _plural(tok: Token, language: str) -> bool:
    """A word pymorphy3 reads first as a plural (village names mostly are: ``Бобры``, ``Стайки``)."""
    word = namelex.russian_reading(tok.text.lower())[0] if language == "be" else tok.text.lower()
    return bool(namelex.analyzer().parse(word)[0].tag.number == "plur")


def _verb_at(tokens: Sequence[Token], k: int, language: str) -> bool:
    """A verb follows: the word is the clause's subject (``в деревне стайки жили``, ``на рацэ лёд сышоў``;
    a Belarusian verb by its ending, the past masculine ``-ў`` after a vowel among them)."""
    if k >= len(tokens) or not tokens[k].cyrillic:
        return False
    word = tokens[k].text.lower()
    if language == "be" and (word.endswith(org_slots.BE_VERB_ENDINGS) or (word[-1:] == "ў" and word[-2:-1] in "аоеіы")):
        return True
    return namelex.verb_share(word) >= 0.5


def _elided(tokens: Sequence[Token], j: int, language: str) -> bool:
    """``на ліпавай`` near a venue or living word: a feminine adjective alone, the street noun elided."""
    if j >= len(tokens) or not tokens[j].cyrillic or not tokens[j].spaced:
        return False
    tok = tokens[j]
    if len(tok.norm) < 6 or not tok.norm.endswith(_FEMININE) or is_stop_word(tok.text):
        return False
    if tok.norm in placecues.COMMON_WORDS or elided_streets.noun_follows(tokens, j):
        return False
    if not _feminine_adjective(tok, language):
        return False
    window = tokens[max(0, j - REACH) : j + REACH + 1]
    return any(t.norm.startswith(VENUES) for t in window if t is not tok)


def _feminine_adjective(tok: Token, language: str) -> bool:
    """A full feminine adjective in the locative or dative, no pronoun or ordinal (``ліпавай``, not ``нашай``)."""
    word = namelex.russian_reading(tok.text.lower())[0] if language == "be" else tok.text.lower()
    parses = namelex.analyzer().parse(word)
    share = sum(p.score for p in parses if p.tag.POS == "ADJF" and "femn" in p.tag and p.tag.case in ("loct", "datv"))
    plain = not any({"Apro", "Anum"} & p.tag.grammemes for p in parses[:2])
    return share >= 0.5 and plain
