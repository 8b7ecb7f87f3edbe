"""A common word as the subject of a person's act: a surname that is a noun of a thing or an animal.

Surnames such as ``Дуб``, ``Корж``, ``Коваль``, ``Белая`` are ordinary words, and a capital at a sentence start
says nothing. Syntax still tells them apart: a verb of speech, calling or arrival takes a person as its subject
(``Дуб сказал``, ``Корж позвонила``, ``Каваль прыйшоў``), and an oak or a cake never says or calls. Two slots:

- cased text: a capitalised common noun or adjective that opens a sentence and is followed right away by a verb
  whose subject is a person (``candidates.is_speech_verb`` and verbs of coming and calling);
- lower-case speech: a nominative title or role (``следователь``, ``суддзя``, ``адвокат``) then a common noun
  in the nominative then a verb (``судья корж зачитала``, ``следчы дуб сказаў``): the title's holder named by
  a common word. A noun the title governs takes an oblique case (``адвокат дома``, ``судья суда``).

Candidates are uncertain PERSON (reason ``uncertain:subject-surname``) and mask the surname's other forms as
``surname_slots`` does. Nouns of institutions and devices (``суд``, ``телефон``) that may "say" or "call" stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION, BE_VERB_END, belarusian_noun
from intake.pseudonymise.detectors.candidates import is_speech_verb
from intake.pseudonymise.detectors.lowercase import HESITATIONS, OBJECTS, is_role
from intake.pseudonymise.detectors.nameslot import ADDRESS
from intake.pseudonymise.detectors.object_surnames import object_verb
from intake.pseudonymise.detectors.surname_slots import SCORE, eligible, shaped, spread
from intake.pseudonymise.detectors.titles import BE_TITLES, RU_TITLES, title_cases
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold, is_lowercase_text
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "subject-surname"
# Verbs of coming and calling whose subject is a person (folded forms), beside the verbs of speech.
_ACTS = frozenset(
    fold(w)
    for w in (
        "пришёл пришел пришла приехал приехала позвонил позвонила заходил заходила зашёл зашла вернулся "
        "вернулась пообещал пообещала прыйшоў прыйшла прыехаў прыехала зайшоў зайшла вярнуўся вярнулася "
        "паабяцаў паабяцала патэлефанаваў патэлефанавала"
    ).split()
)
# Object pronouns and the negation that may stand between a subject and its verb.
BEFORE_VERB = frozenset(
    fold(w) for w in "его её ее их ему ей им меня мне нас нам яго яе іх яму ёй ім мяне нам не".split()
)
# Parts of speech a surname never shares a form with in the slot (``блин`` the interjection, ``так``).
_NOT_NAMES = frozenset({"INTJ", "PRCL", "CONJ", "PREP", "NPRO", "ADVB", "PRED"})
# Nouns that speak or call without being persons: institutions, media, devices (Russian lemmas).
_SPEAKERS = frozenset(
    "суд комитет штаб центр совет министерство сайт канал телевизор радио газета документ закон приговор "
    "текст голос телефон интернет мир город народ сердце внутренний "
    # weather, transport, post and devices that come or speak without being persons; seasons and animals that are
    # also common surnames (Зима, Весна, Кот, Кошка) are not listed: the subject slot stays a candidate for them
    "дождь снег гроза туман автобус поезд троллейбус трамвай электричка маршрутка такси самолёт посылка письмо "
    "передача сообщение повестка навигатор".split()
)


def person_verb(tok: Token) -> bool:
    """A verb whose subject is a person: speech, calling, coming."""
    return tok.norm in _ACTS or is_speech_verb(tok)


def _nominative(tok: Token, verb: Token) -> bool:
    """A noun or adjective with a singular nominative reading, no institution or device, that may be a surname.
    A word read also as a verb or numeral (``соловей``, ``сорока``) counts by its noun reading, an unknown
    Belarusian word by its shape (``кужэль``, ``ваўкоў``), an indeclinable ``-ых`` surname by a singular verb."""
    if not _content(tok):
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return belarusian_noun(tok) or any(case == "nomn" for case, _ in shaped(tok))
    parses = [p for p in namelex.analyzer().parse(spelling) if p.is_known]
    if any(p.normal_form in _SPEAKERS or p.tag.POS in _NOT_NAMES for p in parses):
        return False
    if tok.norm.endswith(("ых", "их")) and not verb.norm.endswith(("ли", "лі")):
        return all(p.tag.POS == "ADJF" and p.tag.number == "plur" for p in parses)
    return any(
        p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "nomn" and p.tag.number != "plur" and p.tag.gender != "neut"
        for p in parses
    )


def _content(tok: Token) -> bool:
    """No function word, pronoun, role, title, hesitation, word of address or place name: ``eligible``, or a
    noun whose verb reading made ``eligible`` refuse it (``соловей``)."""
    if eligible(tok):
        return True
    norm = tok.norm
    if not tok.cyrillic or len(norm) < 3 or not norm.isalpha() or is_stop_word(tok.text) or is_role(tok):
        return False
    if norm in OBJECTS or norm in BE_FUNCTION or norm in HESITATIONS or norm in ADDRESS or norm in BE_TITLES:
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    return m.known and m.place < 0.5 and namelex.lemma(spelling) not in RU_TITLES


def _any_verb(tok: Token) -> bool:
    """A verb form in Russian or Belarusian (``сказала``, ``зачытала``, ``сказаў``)."""
    if person_verb(tok):
        return True
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if m.known:
        return namelex.verb_share(spelling) >= 0.5
    return bool(BE_VERB_END.search(tok.text.lower()))


def _sentence_subject(tokens: Sequence[Token], i: int) -> bool:
    """A capitalised word opening a sentence, a person's verb right after it."""
    tok = tokens[i]
    if not tok.cap or not tok.initial or i + 1 >= len(tokens) or not tokens[i + 1].spaced:
        return False
    return _nominative(tok, tokens[i + 1]) and person_verb(tokens[i + 1])


def _title_subject(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """Lower case: a nominative title (or a head and the unit it heads, ``начальник отряда``), a nominative
    common word, then a verb (``судья корж зачитала``, ``начальник отряда дуб его не выпускал``)."""
    if i < 1 or person[i - 1] or not tokens[i].spaced:
        return False
    title = title_cases(tokens[i - 1].text, tokens[i - 1].norm)
    if title is None and i >= 2 and not person[i - 2]:
        head = title_cases(tokens[i - 2].text, tokens[i - 2].norm)
        title = head if head is not None and head[1] and _genitive(tokens[i - 1]) else None
    if title is None or "nomn" not in title[0] or not _verb_follows(tokens, i + 1):
        return False
    if not _nominative(tokens[i], tokens[i + 1]):
        return False
    return _animate(tokens[i]) or person_verb(tokens[i + 1]) or tokens[i + 1].norm in BEFORE_VERB


def _animate(tok: Token) -> bool:
    """A noun with an animate reading, or a word no dictionary reads as an inanimate noun: a thing's name
    before a verb may be its object (``следователь протокол подписал``); before a verb of speech or an object
    pronoun it is not (``следователь дуб сказал``, ``начальник дуб его не пускал``)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    nouns = [p for p in namelex.analyzer().parse(spelling) if p.is_known and p.tag.POS == "NOUN"] if m.known else []
    return not nouns or any(p.tag.animacy == "anim" for p in nouns)


def _genitive(tok: Token) -> bool:
    """A noun in the genitive: the unit a head heads (``отряда``, ``калоніі``)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    return m.known and namelex.main_pos(spelling) == "NOUN" and "gent" in m.case


def _verb_follows(tokens: Sequence[Token], j: int) -> bool:
    """A verb at ``j``, or an object pronoun or ``не`` and then a verb (``его не выпускал``, ``яго выклікаў``)."""
    while j < len(tokens) and tokens[j].spaced and tokens[j].norm in BEFORE_VERB:
        j += 1
    return j < len(tokens) and tokens[j].spaced and _any_verb(tokens[j])


def _lower_slot(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """A title's common-word holder or a person verb's object in lower-case speech."""
    return i > 0 and (_title_subject(tokens, person, i) or _object(tokens, i))


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for common words that are the subject of a person's act in Russian or Belarusian
    ``text`` that no span in ``spans`` covers, and the surnames' other forms in the text."""
    if language not in ("ru", "be") or len(tokens) < 2:
        return []
    covered, person = covered_tokens(tokens, spans)
    lower = is_lowercase_text(tokens)
    out = [
        Span(tok.start, tok.end, "PERSON", tok.text, SCORE, f"candidates:{RULE}", "")
        for i, tok in enumerate(tokens)
        if not covered[i]
        and (_lower_slot(tokens, person, i) if lower else _sentence_subject(tokens, i))
    ]
    return spread(text, language, spans, tokens, out, RULE) if out else []


def _object(tokens: Sequence[Token], i: int) -> bool:
    """Lower case: right after a verb done to a person (``object_surnames``), a word read as a surname in the
    accusative (``казлову``, ``камінскую``, ``казлаускаса``) or a feminine animate noun in the accusative and
    in no other case (``сороку``, ``щуку``), or an animate masculine noun in the nominative form its
    accusative never takes, after a plural verb (``вызвали коваль``: a woman's indeclinable surname): the object
    is a person. Role nouns (``девушку``) stay."""
    tok = tokens[i]
    if not object_verb(tokens[i - 1]) or not tok.spaced or is_stop_word(tok.text) or is_role(tok):
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known or len(tok.norm) < 4:
        return False
    parses = [p for p in namelex.analyzer().parse(spelling) if p.is_known and p.score >= 0.05]
    if any(p.tag.POS == "NOUN" and "Surn" in p.tag and p.tag.case == "accs" for p in parses):
        return True
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    if not nouns or len(nouns) < len(parses) or any(p.tag.number == "plur" for p in nouns):
        return False
    if all(p.tag.case == "nomn" and p.tag.gender == "masc" for p in nouns):
        # ``вызвали коваль``: a woman's surname; after a singular verb the noun is its subject (``вызвал декан``)
        return tokens[i - 1].norm.endswith(("ли", "лі")) and all(p.tag.animacy == "anim" for p in nouns)
    if any(p.tag.case != "accs" for p in nouns):
        return False
    return any(p.tag.animacy == "anim" and p.tag.gender == "femn" for p in nouns)
