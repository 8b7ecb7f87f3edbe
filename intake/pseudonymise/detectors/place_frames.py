"""Places no list has and no suffix shapes, in lower-case Russian or Belarusian speech: the frame names them.

Speech recognition writes ``ён жыў у крэве``, ``мы переехали из жупран``: no capital, no listed name, no
toponym suffix (``toponyms.py``). What remains is the sentence: a verb of living, moving house, birth or
origin (:data:`FRAME_STEMS`: ``жил``, ``жыў``, ``переехали``, ``нарадзілася``, ``родом``) within
:data:`REACH` words before a place preposition (:data:`PREPOSITIONS`: ``в``, ``у``/``ў``, ``из``, ``з``,
``около``, ``каля``, ``под``, ``до``/``да`` ...), or a settlement noun right before it (``в деревне под``),
and after the preposition a word no vocabulary knows. Such a word is an uncertain LOCATION (rule 1: score
:data:`SCORE`, reason ``uncertain:place-frame``):

- Russian: pymorphy3 does not know the word (``в опсе``, ``из дудуток``);
- Belarusian: neither hunspell-be nor pymorphy3 knows it (``be_candidates.unknown``: ``у моталі``; a proper
  noun hunspell-be lists as a name is a person: ``у алеся`` is possession);
- never a listed first name, a function word, a word shaped like a verb (``-ть``, ``-цца``) or an adjective
  (``-ого``, ``-ых``), nor a housing word of speech (:data:`HOUSING`: ``в однушку``, ``у абшчазе``).

Rule 2 (no frame, reason ``uncertain:place-cue``): the preposition alone is the cue (``суд быў у жаркаўлянах``,
``аўтобус з лужмат``) when the word, unknown as above and of :data:`CUE_MIN_LETTERS` letters or more, also

- ends as a place name does after that preposition (:data:`CASE_ENDINGS`: the locative or the accusative of
  direction after ``в``/``у``, the genitive after ``з``/``из``/``каля``/``до``/``от``/``ад``, no instrumental of
  company after them: ``з валанцёрамі``; the instrumental or accusative after ``под``/``пад``; the accusative of
  a route after ``через``/``праз``: ``праз лужматы``); not Russian ``с``;
- has no ending of a past verb, participle, adverb, adjective or abstract noun (``в волонтёрство``);
- is no number word (``каля дзвюхсот``), no form of an app or network ``not_identifiers.txt`` lists in any
  Russian spelling (``у вайберы``, ``у фэйсбуку``), no hyphenated word of a known last part (``в it-компании``);
- is no misspelt common noun (``near_words.misspelt``: ``в магазне``, ``у бальнцы``).

Cased text needs none of this: a capital inside a sentence already marks the name.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import be_candidates, be_surnames, casing, namelex, near_words, unknown_words
from intake.pseudonymise.detectors.numwords import lookup as number_word
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

SOURCE = "place_frames"
SCORE = 0.45
REASON = f"{UNCERTAIN}:place-frame"
CUE_REASON = f"{UNCERTAIN}:place-cue"
PREPOSITIONS = frozenset("в во у из изо з с со са около каля ля возле под пад до да близ".split())
REACH = 3  # words between the frame verb and the preposition (``жили потом там в``)
# Folded stems of verbs and words of living, moving house, birth and origin (Russian and Belarusian).
FRAME_STEMS = tuple(
    (
        "жил жив живу живе жыл жыв жыу жыве жыву прожив пражыв пражыл поселил пасялил селил сялил обосновал "
        "переех переезж пераех пераязджа перебрал перабрал переселил перасял уех уезж паех поех приех прыех "
        "вернул вярнул эмигрир эмиграв сбеж збег бежал уцек уцяк "
        "родил родом родам родная родны нарадзи нараджал вырос вырас выраст гадавал "
        "деревн веск весц поселк посел пасел пасялк хутар хутор район раен дач лециш"
    ).split()
)
# Housing words of speech that no vocabulary lists (folded stems): a flat, a hostel, a rented room.
HOUSING = ("однушк", "двушк", "трешк", "абшчаг", "общаг", "хрущевк", "хрушчоук", "малосемейк", "малазямейк",
           "панельк", "гостинк", "гасцинк", "съемн", "здымн", "коммуналк", "камуналк")
_VERB_ENDINGS = ("ть", "ться", "ць", "цца", "ся", "сь", "ешь", "еш", "уць", "юць")
_ADJECTIVE_ENDINGS = ("ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ага", "яга", "аму", "яму", "ую", "юю")
MIN_LETTERS = 3
CUE_MIN_LETTERS = 6  # rule 2 (no frame): shorter unknown words after ``в`` are mostly clipped slang (``в магаз``)
# Rule 2: the endings a place name takes after each preposition (folded): the locative or the accusative of
# direction after ``в``/``у`` (``у мураванцы``, ``в жабровку``, ``у смалявічы``), the genitive after ``з``,
# ``из``, ``каля``, ``до`` (``з дудутак``, ``каля опсы``), the instrumental or accusative after ``под``/``пад``.
_CONSONANTS = tuple("бвгджзйклмнпрстфхцчш")  # the nominative of direction, the genitive plural (``з лужмат``)
_LOCATIVE = ("е", "и", "ы", "у", "ю", "ах", "ях", "а", "о", *_CONSONANTS)
_GENITIVE = ("а", "я", "ы", "и", "у", "о", "ей", *_CONSONANTS)
_INSTRUMENTAL = ("ом", "ем", "ам", "ой", "ай", "ою", "ами", "ями", "ах", "ях", "а", "у", "ю", "ы", "и", "е", "о")
CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("в", "во", "у"), _LOCATIVE),
    **dict.fromkeys(("из", "изо", "з", "са", "около", "каля", "ля", "возле", "до", "да", "близ"), _GENITIVE),
    **dict.fromkeys(("под", "пад"), _INSTRUMENTAL),
    **dict.fromkeys(("от", "ад"), _GENITIVE),  # ``ад жаркаўлян да мора``
    **dict.fromkeys(("через", "праз"), _LOCATIVE),  # the accusative of a route: ``праз лужматы``
}
# Rule 2: endings of past verbs, participles, adverbs, adjectives and abstract nouns that no place name has.
_CUE_NOT_ENDINGS = ("ал", "ил", "ыл", "ел", "ем", "им", "ено", "ано", "ески", "цки", "ски", "ее", "ие", "ые", "ое",
                    "ае", "аю", "ую", "юю", "ство", "ства", "стве", "цтва", "цтве")
# Rule 2: instrumental endings (``з валанцёрамі``: *with*), no place after a preposition of the genitive.
_WITH_ENDINGS = ("ами", "ями", "ом", "ам", "ой", "ою", "ай", "ью")
_LOCATIVE_PREPS = frozenset(("в", "во", "у", "под", "пад"))


def detect(text: str, tokens: Sequence[Token], taken: Sequence[bool], language: str) -> list[Span]:
    """Uncertain LOCATION spans of unknown words after a place preposition in a frame (module docstring);
    ``taken[i]``: token ``i`` already lies in a span. Lower-case Russian or Belarusian text only."""
    if language not in ("ru", "be"):
        return []
    out = []
    for i in range(1, len(tokens)):
        tok = tokens[i]
        prep = tokens[i - 1].norm
        if taken[i] or not tok.spaced or (prep not in PREPOSITIONS and prep not in CASE_ENDINGS) or not tok.cyrillic:
            continue
        framed = prep in PREPOSITIONS and _framed(tokens, i - 1)
        if not (framed or _cue_shape(tokens, i)) or not _unknown_name(tok, language):
            continue  # the cheap tests first: most words after a preposition fail the shape
        if framed:
            out.append(Span(tok.start, tok.end, "LOCATION", text[tok.start : tok.end], SCORE, SOURCE, REASON))
        elif _cued(tokens, i, language):
            out.append(Span(tok.start, tok.end, "LOCATION", text[tok.start : tok.end], SCORE, SOURCE, CUE_REASON))
    return out


def _cue_shape(tokens: Sequence[Token], i: int) -> bool:
    """Rule 2 (no frame), by shape alone: the preposition takes a place (not ``с``/``со``, Russian *with*) and
    the word ends as a place name does after it (:data:`CASE_ENDINGS`), not as a verb, adjective or
    abstract noun does (:data:`_CUE_NOT_ENDINGS`), nor as an instrumental of company (:data:`_WITH_ENDINGS`)."""
    prep, norm = tokens[i - 1].norm, tokens[i].norm
    ends = CASE_ENDINGS.get(prep)
    if ends is None or len(norm) < CUE_MIN_LETTERS or not norm.endswith(ends):
        return False
    return not (norm.endswith(_CUE_NOT_ENDINGS) or (prep not in _LOCATIVE_PREPS and norm.endswith(_WITH_ENDINGS)))


def _cued(tokens: Sequence[Token], i: int, language: str) -> bool:
    """Rule 2 (no frame), for a word :func:`_cue_shape` passed: no number word, app name, hyphenated known
    word, misspelt common noun or word a rule of word formation explains as common
    (:func:`unknown_words.formation`: ``каля аўтазакаў``, ``ад пратэстоўцаў``)."""
    norm = tokens[i].norm
    if number_word(norm) is not None:
        return False  # ``каля дзвюхсот чалавек``: about two hundred
    word = tokens[i].text.lower()
    if _app_word(word) or ("-" in word and namelex.word_morph(word.rsplit("-", 1)[1]).known):
        return False  # ``у вайберы``, ``у фэйсбуку``; ``в it-компании``
    return not near_words.misspelt(word, language) and unknown_words.formation(word) is None


def _app_word(word: str) -> bool:
    """A form of a word ``not_identifiers.txt`` lists (apps, networks: ``вайбер``), in any Russian spelling of
    it, with a case ending of up to two letters."""
    listed = casing.not_identifiers()
    for spelling in (word, *namelex.russian_spellings(word)[:2]):
        norm = fold(spelling)
        if any(norm[: len(norm) - k] in listed for k in range(3) if len(norm) - k >= 4):
            return True
    return False


def _framed(tokens: Sequence[Token], p: int) -> bool:
    """A frame word within :data:`REACH` words before the preposition at ``p``, in the same sentence."""
    for k in range(p - 1, max(-1, p - 1 - REACH), -1):
        if tokens[k].norm.startswith(FRAME_STEMS):
            return True
        if tokens[k].initial:
            return False
    return False


def _unknown_name(tok: Token, language: str) -> bool:
    """A word that no vocabulary knows and that is shaped like no verb, adjective, housing word or first name."""
    norm = tok.norm
    if len(norm) < MIN_LETTERS or is_stop_word(tok.text) or norm.endswith(_VERB_ENDINGS + _ADJECTIVE_ENDINGS):
        return False
    if norm.startswith(HOUSING):
        return False
    if language == "be":
        unknown = be_candidates.unknown(tok) and be_candidates.proper_kind(tok) is None
        unknown = unknown and not be_surnames.agent_noun(tok.text)  # ``да сілавіка``: a person of a known stem
    else:
        unknown = not namelex.word_morph(tok.text).known
    return unknown and not namelex.first_names().lookup_first(norm)
