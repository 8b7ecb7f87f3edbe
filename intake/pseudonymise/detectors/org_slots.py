"""Organisation names in lower-case speech, found by their head noun and the slot after it.

Lower case removes the capital that told a name from a word; what is left is syntax. Three slots:

``slot`` (Russian, Belarusian)
    a head noun of an organisation kind (``фонд``, ``фундацыя``, ``клуб``, ``канал``, ``пекарня``,
    ``хор``, ``группа`` ...) in an oblique case, followed by a word in the nominative that does not agree
    with it: ``в фундации ласточка``, ``помогаем клубу рябина``, ``у гурце белы човен``. A word that
    depends on a noun agrees with it or takes the genitive (``в фонде заработной платы``, ``канал
    связи``); a nominative after an oblique head is an apposition, which in speech is a name. The head's
    case comes from its ending (``групе``: dative or locative), narrowed by the preposition before it; a
    masculine accusative reads as its nominative form unless the head is an accusative. After a head in
    the nominative (``канал гомель``) the nominative proves less: the word must be no animate noun. The
    name runs on over a nominative noun after a nominative adjective (``белы човен``) and over
    ``для``/``за``/``без``/``против`` with one noun (``гомель для людей``). A word no dictionary knows
    also fills the slot. The head's ordinary dependants, a genitive chain (``фонд помощи
    политзаключённым``), are skipped and then belong to the name. A verb right after the name makes it
    the clause's subject instead (``в школе учительница сказала``). After a parish a dedication is the name
    (``у парафіі святога карла барамея``, ``org_parishes.py``).
``work`` (Russian, Belarusian)
    read by ``org_work.py``: a verb of belonging anywhere in the clause and a word no dictionary knows
    after ``в``/``у``/``на`` (``устроилась в софтлайн``, ``на гродтексе работала``).
``work-en`` (English)
    a bare (determiner-less) phrase of two or three words after ``work at``/``for`` or ``joined``
    (``i work at harbour lights studio``): a common noun phrase there takes a determiner.

Russian is read with pymorphy3. Belarusian has no vocabulary here: a word is known when pymorphy3 knows
its Russian respelling (:func:`namelex.russian_reading`); :data:`KNOWN` holds the test so that a Belarusian
vocabulary can be plugged in later. Only lower-case text (``org_appos.py`` reads the slot with capitals);
every span is uncertain (score 0.5, reason ``uncertain:orgslot``, ``orgwork``, ``orgwork-en``) for the reviewer.
A name of several words, or a word no vocabulary knows, then marks its other mentions (:func:`provable`,
``orglinks.proved``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import namelex, org_agree
from intake.pseudonymise.detectors.org_parishes import saint_end
from intake.pseudonymise.detectors.org_slots_en import _en_word, english_slots
from intake.pseudonymise.detectors.org_slots_en import en_generic as en_generic  # for org_work.py
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

# Organisation kinds (folded: ё->е, і->и, ў->у) by declension: the endings of the nominative (and the
# accusative that looks like it) and the oblique endings that the rule reads as proof of an oblique case.
_MASC = (
    "фонд завод клуб канал чат хор гурт гурц союз саюз центр цэнтр банк магазин театр тэатр профсоюз прафсаюз "
    "кооператив кааператыу холдинг концерн паблик бар ресторан рэстаран оркестр ансамбль ансамбл приход "
    "журнал часопис проект праект бренд"
).split()
_FEM = (
    "фундаци фундацы ассоциаци асацыяцы инициатив иницыятыв групп груп компани кампани фирм "
    "пекарн пякарн кофейн кавярн студи студы редакци рэдакцы газет парти парты платформ суполк "
    "организаци арганизацы фабрик фабрык сеть сетк сетц крам клиник ветклиник парафи диаспор дыяспар аптек аптэк аптэц"
).split()
_NEUTER = "обществ таварыств объединени аб'яднанн издательств выдавецтв агентств агенцтв издани выдани движени".split()
# The cases an oblique ending may mark, Russian and Belarusian together (``групе``: dative or locative).
_G, _D, _A, _I, _L = "gent", "datv", "accs", "ablt", "loct"
_MASC_OBLIQUE = {
    "а": (_G,),
    "я": (_G,),
    "у": (_G, _D, _L),
    "ю": (_G, _D, _L),
    "е": (_L,),
    "зе": (_L,),
    "це": (_L,),
    "ом": (_I,),
    "ем": (_I,),
    "ам": (_I, _D),
    "и": (_L, _G),
    "ы": (_L, _G),
}
_FEM_OBLIQUE = {
    **dict.fromkeys("и ы".split(), (_G, _D, _L)),
    "е": (_D, _L),
    "у": (_A,),
    "ю": (_A,),
    **dict.fromkeys("ой ей ай яй ою ею аю яю".split(), (_G, _D, _I, _L)),
    **dict.fromkeys("ам ям".split(), (_D,)),
    **dict.fromkeys("ах ях".split(), (_L,)),
    **dict.fromkeys("ами ями".split(), (_I,)),
}
_NEUTER_OBLIQUE = {"у": (_D, _G, _L), "е": (_L,), "ом": (_I,), "ам": (_I, _D), "и": (_L,), "ю": (_D,), "ем": (_I,)}
_DECLENSIONS: tuple[tuple[list[str], frozenset[str], dict[str, tuple[str, ...]]], ...] = (
    (_MASC, frozenset({""}), _MASC_OBLIQUE),
    (_FEM, frozenset("а я ь".split()), _FEM_OBLIQUE),
    (_NEUTER, frozenset("о а".split()), _NEUTER_OBLIQUE),
)
# Cases each preposition governs (a head after it is in one of them).
GOVERNS = {
    **dict.fromkeys("в у ва на о об аб пра при пры".split(), ("loct", "accs", "gent")),
    **dict.fromkeys("из з са с со от ад для до да без каля возле около после пасля".split(), ("gent", "ablt")),
    **dict.fromkeys("к по па".split(), ("datv",)),
    **dict.fromkeys("за под над перед перад між между".split(), ("ablt", "accs")),
}
_NAME_LINKS = frozenset("для за без против супраць".split())
_BE_OBLIQUE_ENDINGS = ("и", "ы", "ам", "ям", "ах", "ях", "ого", "ага", "ому", "аму", "ым", "им", "ой", "ай")

KNOWN: dict[str, Callable[[str], bool]] = {}
Tail = Callable[[Sequence[Token], int, str], int]  # index of the last word of the name an organisation noun heads


def _known_be(word: str) -> bool:
    """A Belarusian word that the Russian vocabulary knows through a respelling (the default test)."""
    return namelex.russian_reading(word)[1].known


def known(word: str, language: str) -> bool:
    """A word of the language's vocabulary (Belarusian: :data:`KNOWN` ``["be"]`` when set)."""
    if language == "be":
        return KNOWN.get("be", _known_be)(word)
    return _parses(word)[0]


@lru_cache(maxsize=20_000)
def _parses(word: str) -> tuple[bool, tuple[tuple[str, str, str, float, bool], ...]]:
    """(known to pymorphy3, (part of speech, case, number, score, animate) of each parse)."""
    parses = namelex.analyzer().parse(word.replace("і", "и").replace("ў", "у").replace("'", ""))
    rows = tuple(
        (str(p.tag.POS or ""), str(p.tag.case or ""), str(p.tag.number or ""), float(p.score), "anim" in p.tag)
        for p in parses
    )
    return bool(parses) and parses[0].is_known, rows


def head_cases(tok: Token, before: Token | None) -> tuple[str, ...] | None:
    """The oblique cases an organisation head at ``tok`` may be in; ``()`` for a head in the nominative (or
    the accusative like it: ``на канал``); None for no head."""
    marked = _head_kind(tok.norm)
    if not marked:
        return None if marked is None else ()
    governed = GOVERNS.get(before.norm, ()) if before is not None else ()
    return tuple(c for c in marked if c in governed) or marked


_HEAD_PREFIXES = tuple({stem[:2] for stems, _, _ in _DECLENSIONS for stem in stems})


@lru_cache(maxsize=50_000)
def _head_kind(norm: str) -> tuple[str, ...] | None:
    """The cases an organisation head's oblique ending marks; ``()`` for a nominative ending; None for no head."""
    if not norm.startswith(_HEAD_PREFIXES):
        return None
    norm = norm.replace("’", "'")
    for stems, nominative, oblique in _DECLENSIONS:
        for stem in stems:
            if norm.startswith(stem):
                ending = norm[len(stem) :]
                if ending in nominative:
                    return ()
                if ending in oblique:
                    return oblique[ending]
    return None


def _nominative(tok: Token, cases: tuple[str, ...], language: str) -> bool:
    """A noun or full adjective read as a nominative and never in the head's ``cases`` (no agreement)."""
    word = _russian(tok.text.lower(), language)
    is_known, rows = _parses(word)
    be_noun = language == "be" and tok.norm not in GOVERNS and org_agree.be_nominative(tok.text.lower())
    if be_noun and not any(p == "NOUN" for p, *_ in rows):
        return True  # ``зорка``: a Belarusian noun whose Russian spelling is another word
    if not is_known:
        return False
    if language == "be" and word.endswith(_BE_ADJ_NOMN) and sum(s for pos, *_, s, _ in rows if pos == "ADJS") > 0.5:
        return True  # ``белы``: a Belarusian nominative adjective that pymorphy3 reads as a short form
    nominal = sum(s for pos, _, _, s, _ in rows if pos in ("NOUN", "ADJF"))
    if nominal < 0.1 or (language == "ru" and nominal < 0.5):
        return False  # a numeral or a verb first (``сорок``); a Belarusian respelling may read as one (``сорока``)
    # an inanimate masculine's accusative is its nominative form: it counts when the head is no accusative
    own = any(pos == "NOUN" and case == "nomn" for pos, case, _, _, _ in rows)  # ``човен``, not ``зарплату``
    like = ("nomn", "accs") if own and "accs" not in cases else ("nomn",)
    nomn = sum(s for pos, case, _, s, _ in rows if pos in ("NOUN", "ADJF") and case in like) / nominal
    agree = sum(s for pos, case, _, s, _ in rows if pos in ("NOUN", "ADJF") and case in cases) / nominal
    return nomn >= 0.5 and agree < 0.1


_BE_ADJ_NOMN = ("ы", "і", "ая", "яя", "ае", "яе", "ыя", "ія")




def _adjective(tok: Token, language: str) -> bool:
    """A full adjective (Belarusian: a nominative adjective's ending)."""
    word = tok.text.lower()
    if language != "be":
        return sum(score for pos, _, _, score, _ in _parses(word)[1] if pos == "ADJF") >= 0.5
    rows = _parses(_russian(word, language))[1]
    return word.endswith(_BE_ADJ_NOMN) and (not rows or any(pos in ("ADJF", "ADJS") for pos, *_ in rows))


def _russian(word: str, language: str) -> str:
    """The word itself, or a Belarusian word's Russian respelling that pymorphy3 knows (``сарока``: ``сорока``)."""
    return namelex.russian_reading(word)[0] if language == "be" else word


# Belarusian verb endings (present, past, infinitive): ``спявае``, ``працуюць``, ``пісала``.
_BE_VERB = tuple("ае яе уе юе ець уць юць аць яць іць ыць цца ла лі ло ўся".split())
# Sector words that follow a verb of working like a name and are none (``работаю в айти``).
_SECTORS = frozenset("айти ит гос бюджет бюджетке госе частнике".split())
# Pronominal adjectives (folded) that no stop-word list holds: ``у фірме нейкі``, ``в клубе такой``.
_PRONOMINAL = frozenset(
    "нейки нейкая нейкае нейкия таки такая такое такия такой такие сам сама сами наш наша наше наши "
    "свой своя свое свои сваи ваш ваша ваши увесь уся усе весь вся все кожны любы любой каждый иной инший".split()
)


def _plain(tok: Token, given: bool = False) -> bool:
    """A lower-case Cyrillic word that may be part of a name: no function word, no verb, no number (and, unless
    ``given``, no given name)."""
    return (
        tok.cyrillic
        and not any(ch.isascii() and ch.isalpha() for ch in tok.text)
        and tok.norm not in _SECTORS
        and tok.norm not in _PRONOMINAL
        and not (tok.text.lower().endswith(_BE_VERB) and not namelex.russian_reading(tok.text.lower())[1].known)
        and tok.text.replace("-", "").isalpha()
        and len(tok.norm) >= 3
        and not is_stop_word(tok.norm)
        and namelex.verb_share(tok.norm) < 0.3
        and (given or not namelex.first_names().lookup_first(tok.norm))
    )


def _unknown(tok: Token, language: str) -> bool:
    """A word no vocabulary knows (a Belarusian one: nor ending like an oblique noun or an adjective)."""
    if not _plain(tok) or len(tok.norm) < 4 or known(tok.text.lower(), language):
        return False
    return language != "be" or not tok.norm.endswith(_BE_OBLIQUE_ENDINGS)


def _latin(tok: Token) -> bool:
    from intake.pseudonymise.detectors.en_vocab import is_known

    return tok.text.isascii() and tok.text.isalpha() and len(tok.text) >= 3 and not is_known(tok.norm)


def _next(tokens: Sequence[Token], j: int) -> Token | None:
    return tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].spaced else None


def _name_end(tokens: Sequence[Token], j: int, cases: tuple[str, ...], language: str, given: bool = False) -> int:
    """Index after the name that fills the slot at ``j`` (``j`` when the word there is no name; a given name
    may be one when ``given``)."""
    tok = tokens[j]
    if _latin(tok) or _unknown(tok, language):
        return j + 1
    if not _plain(tok, given):
        return j
    nxt = _next(tokens, j)
    noun = nxt is not None and _plain(nxt) and (_nominative(nxt, cases, language) or _unknown(nxt, language))
    noun = noun or (nxt is not None and _plain(nxt) and org_agree.plural_pair(tok, nxt, language))
    if _adjective(tok, language):
        if not noun or (language == "ru" and not _nominative(tok, cases, language)):
            return j  # an adjective alone names nothing (``в фонде новый``)
        k = j + 2  # ``белы човен``: a nominative adjective and its noun
    elif _nominative(tok, cases, language):
        k = j + 1
    else:
        return j
    link = tokens[k] if k < len(tokens) and tokens[k].spaced else None
    if link is not None and link.norm in _NAME_LINKS and _next(tokens, k) is not None:
        after = tokens[k + 1]
        if _plain(after) and namelex.noun_share(after.norm) >= 0.5:
            k += 2  # ``могилёв для жизни``
    return k


def slot_spans(text: str, tokens: Sequence[Token], language: str, tail: Tail, given: bool = False) -> list[Span]:
    """``slot`` rule: a name in the nominative after an organisation head in an oblique case."""
    out: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        cases = head_cases(tok, tokens[i - 1] if i > 0 else None)
        if cases is None or (i > 1 and tokens[i - 2].cyrillic and org_agree.object_verb(tokens[i - 2].text.lower())):
            continue  # ``купила в аптеке лекарства``: the word after the head is the verb's object
        for j in dict.fromkeys((i + 1, _after_tail(tokens, i, language, tail))):
            end = filled(tokens, j, cases, language, given)
            if j > i + 1 and end > j and not _nominative(tokens[j], cases, language):
                continue  # after a genitive chain only a word read as a nominative (``... беларусов`` is none)
            saint = saint_end(tokens, i, j, language)  # a dedication, like a genitive chain, takes the head
            end = max(end, saint)
            if end > j:
                first = tokens[i if j > i + 1 or saint > j else j]
                out.append(org_span(text, first.start, tokens[end - 1].end, "slot", 0.5, True))
                break
    return out


def _after_tail(tokens: Sequence[Token], i: int, language: str, name_tail: Tail) -> int:
    """Index after the genitive chain that depends on the head at ``i`` (``фонд помощи политзаключённым``);
    ``i + 1`` when there is none, or when the Belarusian chain, read by endings only, is one word."""
    tail = name_tail(tokens, i, language)
    if any(is_stop_word(tokens[k].norm) for k in range(i + 1, tail + 1)):
        return i + 1
    return i + 1 if language == "be" and tail - i < 2 else tail + 1


def filled(tokens: Sequence[Token], j: int, cases: tuple[str, ...], language: str, given: bool = False) -> int:
    """Index after the name in the slot at ``j`` of a head in ``cases`` (``j`` when it holds none)."""
    if j >= len(tokens) or not tokens[j].spaced:
        return j
    end = _name_end(tokens, j, cases, language, given)
    if end == j or _clause_goes_on(tokens, end) or (not cases and _animate(tokens[j], language)):
        return j  # after a nominative head a person is no name of it (``клуб мама нашла``)
    return end


def _animate(tok: Token, language: str) -> bool:
    """A noun pymorphy3 reads as animate (``мама``, ``люди``)."""
    rows = _parses(_russian(tok.text.lower(), language))[1]
    return sum(score for pos, _, _, score, anim in rows if pos == "NOUN" and anim) >= 0.5


def _clause_goes_on(tokens: Sequence[Token], end: int) -> bool:
    """The name is followed by a verb, maybe after a predicate adjective: it may be the subject of the clause
    (``в школе учительница сказала``, ``на заводе зарплата маленькая была``)."""
    if end >= len(tokens) or not tokens[end].cyrillic:
        return False
    if namelex.verb_share(tokens[end].text.lower()) >= 0.5:
        return not org_agree.speaker_verb(tokens[end].text.lower())
    after = end + 1 < len(tokens) and tokens[end + 1].cyrillic and namelex.verb_share(tokens[end + 1].norm) >= 0.5
    return after and org_agree.predicate_adjective(tokens[end].text.lower())


def detect(text: str, tokens: Sequence[Token], language: str, lowercase: bool, tail: Tail) -> list[Span]:
    """Organisation names in a head's name slot or a workplace slot, in lower-case Russian or Belarusian;
    ``tail`` reads the genitive chain after a head (``orgnames.name_tail``, passed in to keep the import one-way)."""
    if not lowercase or language not in ("ru", "be", "en") or not tokens:
        return []
    if language == "en":
        return english_slots(text, tokens)
    return slot_spans(text, tokens, language, tail)


# The word tests that the workplace slot (``org_work.py``) shares.
unknown_word, latin_word, head_kind, en_name_word, plain_word = _unknown, _latin, _head_kind, _en_word, _plain
BE_OBLIQUE_ENDINGS, animate = _BE_OBLIQUE_ENDINGS, _animate
# ... and the slot tests that the place slot (``place_slots.py``) shares.
nominative_word, plain_word, adjective_word, animate_word = _nominative, _plain, _adjective, _animate
BE_VERB_ENDINGS = _BE_VERB


def provable(spans: Sequence[Span], language: str) -> list[Span]:
    """The slot names that mark their other mentions (``orglinks.proved``): names of several words, and in
    Russian and English words no vocabulary knows. A single ordinary word (``ласточка``) elsewhere in the
    text is the word; so may be a Belarusian one that the Russian respelling does not know (``крок за
    крокам``, ``гучна``), until a Belarusian vocabulary (:data:`KNOWN`) tells them apart."""
    single = language != "be" or "be" in KNOWN
    return [s for s in spans if " " in s.text.strip() or (single and not known(s.text.lower(), language))]
