"""Workplaces in lower-case speech found by a verb of belonging anywhere in the clause (the ``work`` slot).

``org_slots`` reads the verb before the place (``работает на гродтексе``); speech also puts it after
(``на гродтексе работала двадцать лет``, ``в софтлайне он работал``, ``у белсофце працавала``,
``at harbour lights she worked``) and uses other verbs of belonging: studying, volunteering, teaching,
an internship, being dismissed or expelled (``уволили с гронитекса``, ``звольнілі з гронітэкса``,
``was fired from harbour lights``). A clause is the run of words with no punctuation between them; the verb
may stand up to four words before the preposition or up to three words after the place.

Russian and Belarusian: the place is one word no dictionary knows (``org_slots.unknown_word``; pymorphy3
guesses unknown words, so "known" is its dictionary's verdict, not the presence of a parse) or an unknown
Latin word, after ``в``/``у``/``на`` (a verb of dismissal: ``с``/``з``/``из``). English: a bare phrase of two
or three words after ``at``/``for`` (``from`` after a verb of dismissal), as ``org_slots.english_slots``
reads it, or one bare word right after ``worked at`` that is no idiom of a bare noun (``i was working at
lantern``; not ``at home``, ``at university``, ``at night``): English puts an article before a common noun
there. Every span is uncertain (0.5, ``uncertain:orgwork``/``orgwork-en``) for the reviewer.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, org_namewords, org_slots
from intake.pseudonymise.detectors.gazetteer import entity_gazetteer
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.spans import Span

# Verb stems of belonging to a workplace or school (folded: і->и, ў->у, ё->е), Russian and Belarusian.
_BELONG = (
    "работа", "работу", "работал", "работае", "работат", "проработ", "отработ", "отрабат", "подрабат",
    "устро", "уладкава", "працу", "праца",
    "працав", "адпрацав", "трудо", "учил", "учус", "учит", "учат", "поступ", "паступ", "вучу", "вучыу", "вучыл",
    "вучыц", "скончы", "окончи", "закончи", "волонт", "валанц", "преподава", "выклада", "стажир", "стажыр",
)
# Verb stems of leaving one: these take ``с``/``з``/``из`` (``уволили с``, ``звольнілі з``, ``отчислили из``).
_LEAVE = ("уволи", "уволь", "звольн", "звальн", "отчисл", "адлич", "выгнал", "выгналі", "выгнали")
_IN = frozenset("в у на ва".split())
# Ways of working that fill the slot like a name and are none (``на фрылансе``, ``на удалёнке``), folded.
_WORK_MODES = ("фриланс", "фрыланс", "удаленк", "аддаленк", "аутсорс", "аутстаф", "декрет", "дэкрэт", "полставк")
_FROM = frozenset("с со з са из".split())
# Nouns of membership whose genitive is the body (``член X``, ``сябра X``), and verb stems of writing that
# take ``для`` before the outlet (``писала для X``, ``пісаў для X``), folded.
_MEMBER = frozenset(
    "член члена членом члены членов членам сябра сябры сябрам сябрамі сяброука участник удзельник".split()
)
_WRITE = ("писа", "написа", "пиша", "пишу", "рэпарц", "репорт", "снима", "здыма")

_EN_BELONG = frozenset(
    "work works worked working volunteer volunteers volunteered volunteering intern interned interning "
    "study studies studied studying teach teaches taught teaching".split()
)
_EN_LEAVE = frozenset("fired sacked dismissed expelled kicked".split())
_EN_IN = frozenset("at for".split())
# Words that may stand between an English place and its verb (``at harbour lights she had worked``).
_EN_BETWEEN = frozenset("i she he we they you had has have was were also still then first".split())


def _verb(tok: Token, preposition: str) -> bool:
    """A verb of belonging that governs ``preposition`` (a verb of leaving: ``с``/``з``/``из``)."""
    if preposition in _FROM:
        return tok.norm.startswith(_LEAVE)
    return tok.norm.startswith(_BELONG) or (preposition == "на" and tok.norm.startswith(_LEAVE))


def _in_clause(tokens: Sequence[Token], j: int, end: int, preposition: str) -> bool:
    """A verb of belonging up to four words before the preposition at ``j - 1`` or up to three words after the
    place ending at ``end``, with no punctuation between them; or an occupation noun right before the
    preposition (``org_namewords.occupation_before``)."""
    if preposition in _IN and org_namewords.occupation_before(tokens, j):
        return True
    for k in range(j - 2, max(-1, j - 6), -1):
        if not tokens[k + 1].spaced:
            break
        if _verb(tokens[k], preposition):
            return True
    for k in range(end, min(len(tokens), end + 3)):
        if not tokens[k].spaced:
            break
        if _verb(tokens[k], preposition):
            return True
    return False


def _place(tok: Token) -> bool:
    """A place of the gazetteer, whole (``гродна``, ``менску``): a town, not a workplace."""
    return any(e.label == "LOCATION" and len(e.words) == 1 for e in entity_gazetteer().lookup_first(tok.norm))


def _be_oblique_unknown(tok: Token) -> bool:
    """A Belarusian word in an oblique ending (``лаўрыцы``, ``дудутках``) that neither the Russian respelling
    nor the Belarusian vocabulary (``be_vocab``) knows, as a common word or a proper noun."""
    low = tok.text.lower()
    if not (be_vocab.available() and tok.norm.endswith(org_slots.BE_OBLIQUE_ENDINGS) and len(tok.norm) >= 5):
        return False
    if not org_slots.plain_word(tok) or org_slots.known(low, "be"):
        return False
    return not be_vocab.known(low) and be_vocab.proper(low) is None and not any(map(_be_known_lemma, _be_lemmas(low)))


# Belarusian oblique endings with their consonant alternation, and the nominative endings they come from
# (``ветклініцы`` from ``ветклініка``, ``швейцы`` from ``швейка``, ``брыгадзе`` from ``брыгада``).
_BE_ALTERNATIONS = (
    ("цы", "ка"), ("цэ", "ка"), ("дзе", "да"), ("зе", "га"), ("се", "ха"), ("ы", "а"), ("і", "а"), ("ах", "а"),
    ("ях", "я"), ("ам", "а"), ("ям", "я"),
)  # fmt: skip


def _be_lemmas(low: str) -> list[str]:
    """Nominatives a Belarusian oblique form may come from."""
    return [low[: -len(end)] + base for end, base in _BE_ALTERNATIONS if low.endswith(end)]


def _be_known_lemma(lemma: str) -> bool:
    """A nominative either vocabulary knows, or an organisation kind (``ветклініка``)."""
    return be_vocab.known(lemma) or org_slots.known(lemma, "be") or org_slots.head_kind(fold(lemma)) is not None


def _diminutive(tok: Token, language: str) -> bool:
    """A diminutive noun that names no person (``звёздочке``; not ``бабушки``)."""
    return org_namewords.diminutive(tok) and not org_slots.animate(tok, language)


def _place_word(tok: Token, language: str) -> bool:
    """A word that may name a workplace: an unknown Latin word, or an unknown Cyrillic word that is no way of
    working and no place of the gazetteer; a Belarusian one without ``ў``, which marks native morphology
    (``адвакатаў``, ``паўгода``, ``ўроку``) and no enterprise name."""
    if org_slots.latin_word(tok):
        return True
    if tok.norm.startswith(_WORK_MODES) or (language == "be" and "ў" in tok.text.lower()) or org_namewords.no_name(tok):
        return False
    if _place(tok) or (language == "be" and be_vocab.known(tok.text.lower())):
        return False
    return org_slots.unknown_word(tok, language) or (language == "be" and _be_oblique_unknown(tok))


def _slavic(text: str, tokens: Sequence[Token], language: str, lowercase: bool) -> list[Span]:
    """Russian and Belarusian: an unknown word (in cased text only a common word used as a name, see
    ``org_namewords``) after a preposition, with a verb of belonging in the clause."""
    out: list[Span] = []
    for j in range(1, len(tokens)):
        tok, prep = tokens[j], tokens[j - 1].norm
        if (prep not in _IN and prep not in _FROM) or not tok.spaced:
            continue
        if org_slots.head_kind(tok.norm) is not None:
            continue
        named = org_namewords.name_word(tok, prep) or (lowercase and _diminutive(tok, language))
        if not named and not (lowercase and _place_word(tok, language)):
            continue
        latin = org_slots.latin_word(tok)
        end = j + 1
        if end < len(tokens) and tokens[end].spaced and latin and org_slots.latin_word(tokens[end]):
            end += 1
        if _in_clause(tokens, j, end, prep):
            out.append(org_span(text, tok.start, tokens[end - 1].end, "work", 0.5, True))
    return out


def _framed(tokens: Sequence[Token], j: int) -> bool:
    """The word at ``j`` stands in a frame of belonging without a preposition of place: right after a noun of
    membership (``член X``, ``сябра X``) or after ``для`` with a verb of writing before it (``писал для X``)."""
    prev = tokens[j - 1].norm
    if prev in _MEMBER:
        return True
    return prev == "для" and j >= 2 and tokens[j - 1].spaced and tokens[j - 2].norm.startswith(_WRITE)


def _frames(text: str, tokens: Sequence[Token], language: str) -> list[Span]:
    """Lower-case Russian and Belarusian: a word no dictionary knows after ``член``/``сябра`` or ``писал для``."""
    out: list[Span] = []
    for j in range(1, len(tokens)):
        tok = tokens[j]
        if not tok.spaced or not _framed(tokens, j) or org_slots.head_kind(tok.norm) is not None:
            continue
        if _place_word(tok, language) or org_namewords.name_word(tok, "в") or _diminutive(tok, language):
            out.append(org_span(text, tok.start, tok.end, "work", 0.5, True))
    return out


def _en_phrase_end(tokens: Sequence[Token], i: int) -> int:
    """Index after a bare phrase of two or three words after ``tokens[i]`` (``i`` when there is none)."""
    end = i + 1
    while end < len(tokens) and end - i <= 3 and org_slots.en_name_word(tokens[end]):
        end += 1
    return end if end - i - 1 >= 2 and not org_slots.en_generic(tokens[end - 1]) else i


def _en_verb_after(tokens: Sequence[Token], end: int, leave: bool) -> bool:
    """A verb of belonging (of leaving: ``leave``) right after the phrase, past a subject and an auxiliary."""
    for k in range(end, min(len(tokens), end + 3)):
        if not tokens[k].spaced:
            return False
        if tokens[k].norm in (_EN_LEAVE if leave else _EN_BELONG):
            return True
        if tokens[k].norm not in _EN_BETWEEN:
            return False
    return False


# Bare nouns that ``at`` takes without an article and that name no employer (``worked at home``, ``studied at
# university``, ``worked at weekends``), and clock times (``at seven``).
_EN_AT_IDIOMS = frozenset(
    "home school university uni college church court hospital sea war peace noon midnight dawn dusk sunrise sunset "
    "lunch lunchtime dinner breakfast weekend weekends christmas easter first last least most once all times random "
    "length present heart hand speed pace scale cost capacity gunpoint mine night nights work "
    "one two three four five six seven eight nine ten eleven twelve".split()
)


def _en_one_word(tokens: Sequence[Token], i: int) -> int:
    """Index after one bare singular word right after ``worked at`` at ``i`` (``i was working at lantern``):
    English puts an article before a common noun there, so a bare one that is no idiom (``at home``) is a name;
    ``i`` when there is none."""
    if tokens[i].norm != "at" or i == 0 or not tokens[i].spaced or tokens[i - 1].norm not in _EN_BELONG:
        return i
    word = tokens[i + 1]
    if not org_slots.en_name_word(word) or word.norm in _EN_AT_IDIOMS or word.norm.endswith(("ing", "ed")):
        return i
    if i + 2 < len(tokens) and tokens[i + 2].spaced and org_slots.en_name_word(tokens[i + 2]):
        return i  # a longer phrase: ``_en_phrase_end`` reads it
    return i + 2


def _english(text: str, tokens: Sequence[Token]) -> list[Span]:
    """English: a bare phrase after ``at``/``for`` (``from``) with a verb of belonging before or after it."""
    out: list[Span] = []
    for i in range(len(tokens) - 2):
        prep = tokens[i].norm
        if prep not in _EN_IN and prep != "from":
            continue
        end = _en_phrase_end(tokens, i)
        if end == i and (one := _en_one_word(tokens, i)) > i:
            out.append(org_span(text, tokens[i + 1].start, tokens[one - 1].end, "work-en", 0.5, True))
        if end == i:
            continue
        leave = prep == "from"
        before = i > 0 and tokens[i].spaced and tokens[i - 1].norm in (_EN_LEAVE if leave else _EN_BELONG)
        if before or _en_verb_after(tokens, end, leave):
            out.append(org_span(text, tokens[i + 1].start, tokens[end - 1].end, "work-en", 0.5, True))
    return out


def detect(text: str, tokens: Sequence[Token], language: str, lowercase: bool) -> list[Span]:
    """Workplaces and schools in the slot of a verb of belonging (in cased text only common name words)."""
    if not tokens:
        return []
    if language == "en":
        return _english(text, tokens) if lowercase else []
    if language not in ("ru", "be"):
        return []
    return _slavic(text, tokens, language, lowercase) + (_frames(text, tokens, language) if lowercase else [])
