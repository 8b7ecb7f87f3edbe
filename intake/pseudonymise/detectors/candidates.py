"""Recall-first candidates: mask what is not known to be safe (Philter's principle).

Runs after the evidence detectors and propagation, over words no span covers yet. Each candidate is a
:class:`Span` with score :data:`SCORE` (below every evidence span), source ``candidates:<rule>`` and
reason ``uncertain:<rule>``; the review shows it as uncertain and one key releases it. Rules:

``uncertain:morph``
    pymorphy3 (Russian dictionary) reads the word mostly as a first name, surname, patronymic, place
    (``Geox``) or organisation (``Orgn``). Names that are also common words (``вера``, ``роза``,
    ``лев``, ``соболь``) only where they act as names (see ``acts_as_name``).
``uncertain:hunspell``
    in Belarusian, a form of a capitalised hunspell-be stem (``ірэна``, ``цімоха``; see :mod:`be_candidates`);
    one that is also a common word only where it acts as a name.
``uncertain:capitalised``
    a capitalised word that opens a sentence and that the language's vocabulary does not know
    (pymorphy3 for Russian; hunspell-be and pymorphy3 for Belarusian, or a surname shape; English: none).
``uncertain:latin``
    a Latin word in Russian or Belarusian text (``работает в Epam``), unless a platform or a common
    technical word (``Telegram``, ``VPN``).
``uncertain:context``
    an unknown word right next to a detected name, after a title or kinship/role noun, or beside any form
    of a verb of speech (``адвокат Шпакоўская``, ``пани Зося``, ``паулс считает``; in Belarusian, where
    pymorphy3 knows no words, after a role noun only surname or pet-name shapes: ``сястра людзя``), two
    neighbouring words pymorphy3 does not know in lower-case Russian (``сейдзи маэхара``), or a name that
    is a common word used as a name (``Роза сказала``, ``Соболь Ирина``).
``uncertain:term-dative``
    in Russian, the dative a court's term is given to (``Зайцу дали три года``; see :mod:`term_datives`).
``uncertain:stem-nickname``
    a nickname beside the surname it was cut from (``сом, сомович по фамилии``; see :mod:`stem_nicknames`).
``uncertain:ru-unknown``, ``uncertain:be-unknown``
    in lower-case text or a lower-case line, one word no dictionary knows that no rule of word formation
    explains as a common word (``гундяга``; not ``задонатил``, ``палітвязняў``: see :mod:`unknown_words`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import be_candidates, casing, givenlex, namelex, unknown_words
from intake.pseudonymise.detectors.becues import BE_SPEECH_VERBS
from intake.pseudonymise.detectors.common_entries import person_subject
from intake.pseudonymise.detectors.label_nouns import label_noun
from intake.pseudonymise.detectors.lowercase import HESITATIONS, is_role, kept_lemma
from intake.pseudonymise.detectors.stem_nicknames import cut_from_neighbour
from intake.pseudonymise.detectors.stemming import lexeme_keys
from intake.pseudonymise.detectors.term_datives import term_dative
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold, is_lowercase_text, tokenize
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

SCORE = 0.4
TITLES = frozenset(
    "пан пани пані спадар спадарыня господин госпожа гражданин гражданка товарищ mr mrs ms miss dr "
    "prof sir madam lady".split()
)
SPEECH_VERBS = frozenset(
    fold(w)  # tokens are folded (``сказаў`` -> ``сказау``)
    for w in "сказал сказала говорит говорил говорила пишет писала написала спросила спросил ответила ответил "
    "рассказала рассказал звонила звонил сказаў сказала кажа казала пiша піша напісала said says told "
    "wrote asked called".split()
)
# Latin words that are not identifiers in Russian or Belarusian speech: platforms, units, tech words.
LATIN_SAFE = frozenset(
    "telegram viber signal instagram whatsapp facebook youtube tiktok twitter zoom skype google gmail "
    "vpn ok okay wifi wi fi online offline email e mail sms pdf it iphone android windows apple "
    "covid gps usb ip id tv dj pr hr ceo vip lol wow yes no sorry the and of to in on a an i you".split()
)


@lru_cache(maxsize=50_000)
def name_share(word: str) -> tuple[float, float, str]:
    """(share of pymorphy3 parses tagged Name/Surn/Patr/Geox/Orgn, share of other known parses, label)."""
    shares = {"PERSON": 0.0, "LOCATION": 0.0, "ORGANISATION": 0.0}
    common = 0.0
    for p in namelex.analyzer().parse(word):
        if not p.is_known:
            continue
        tag = p.tag
        if "Geox" in tag:
            shares["LOCATION"] += p.score
        elif "Orgn" in tag:
            shares["ORGANISATION"] += p.score
        elif "Name" in tag or "Surn" in tag or "Patr" in tag:
            shares["PERSON"] += p.score
        else:
            common += p.score
    label = max(shares, key=lambda k: shares[k])
    return sum(shares.values()), common, label


@lru_cache(maxsize=1)
def decoy_keys() -> frozenset[str]:
    """Stems of names that are common words: ``волі`` is a form of ``воля`` even where pymorphy3 is blind."""
    return frozenset(k for d in namelex.decoys() for k in lexeme_keys(fold(d), 3))


def is_decoy(tok: Token) -> bool:
    """A form of a name that is also a common word (``Вера``, ``надежды``, ``волі``, ``Hope``)."""
    return tok.norm in givenlex.ENGLISH_DECOYS or bool(lexeme_keys(tok.norm, 3) & decoy_keys())


FUNCTION_WORDS = frozenset(
    "его её ее мой моя моё мое моего моей мою наш наша наше нашего нашей их яго яе мая маё майго маёй "
    "наша нашага нашай іх твой твая твоя свой своя свая этот эта гэты гэтая той тая".split()
)


def acts_as_name(tokens: Sequence[Token], i: int, person: Sequence[bool]) -> bool:
    """A word in a name's position: capitalised inside a sentence, next to a detected person (``Соболь
    Ирина``), after a title or role noun (``сестра Роза``), before or after a verb of speech (any form of a
    speech lemma: ``паулс считает``), the subject of a verb only a person does, agreeing with it (``вера
    получила письмо``: ``common_entries.person_subject``)."""
    tok = tokens[i]
    if tok.cap and not tok.initial:
        return True
    prev = tokens[i - 1] if i > 0 and tok.spaced else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].spaced else None
    if (prev is not None and person[i - 1]) or (nxt is not None and person[i + 1]):
        return True
    if prev is not None and (prev.norm in TITLES or is_role(prev) or is_speech_verb(prev)):
        return True
    return nxt is not None and (is_speech_verb(nxt) or person_subject(tokens, i))


# Verbs whose subject is mostly a person (Russian lemmas; any form through pymorphy3: ``заявил``, ``считает``).
SPEECH_LEMMAS = frozenset(
    "сказать говорить заявить заявлять отметить отмечать сообщить сообщать считать подчеркнуть рассказать "
    "рассказывать спросить спрашивать ответить отвечать добавить пояснить объяснить признаться написать "
    "писать позвонить звонить попросить просить уточнить назвать обещать пообещать".split()
)


def is_speech_verb(tok: Token) -> bool:
    """A listed verb of speech, or a Russian verb form of a speech lemma (``заявил``, ``отметила``)."""
    if tok.norm in SPEECH_VERBS or tok.norm in BE_SPEECH_VERBS:
        return True
    return tok.cyrillic and _speech_lemma(tok.norm)


@lru_cache(maxsize=20_000)
def _speech_lemma(norm: str) -> bool:
    return namelex.verb_share(norm) >= 0.5 and namelex.lemma(norm) in SPEECH_LEMMAS


def _span(tok: Token, label: str, rule: str) -> Span:
    return Span(tok.start, tok.end, label, tok.text, SCORE, f"candidates:{rule}", f"{UNCERTAIN}:{rule}")


def _latin_label(tok: Token) -> str:
    if namelex.LATIN_SURNAME_RE.match(tok.text) or namelex.first_names().lookup_first(tok.norm):
        return "PERSON"
    return "ORGANISATION"


# Clipped names of national ministries (``минюсте``, ``мінадукацыі``, ``минобороны``), folded (і->и, ў->у):
# the same for every respondent, kept by the policy like ``мвд`` (``not_identifiers.txt``). Public
# knowledge of the Belarusian and Russian governments' structure.
_MINISTRY = re.compile(
    r"^мин(?:юст|здрав|здароу|фин|оборон|абарон|образован|адукац|труд|прац|информ|инфарм|спорт|торг|гандл|"
    r"сельхоз|сельгас|энерг|транс|строй|буд|природ|прырод|экономик|эканомик|пром|прам|связ|сувяз|культ|"
    r"иностран|чс)[а-я]{0,6}$"
)
_FOREIGN_MINISTRY = re.compile(r"^(?:мид(?:а|е|у|ом)?|мзс)$")


def national_ministry(norm: str) -> bool:
    """A national ministry's clipped name in any case (``минюсте``, ``мінфіна``, ``мида``, ``мзс``)."""
    return _FOREIGN_MINISTRY.match(norm) is not None or _MINISTRY.match(norm) is not None


def _rule(
    tokens: Sequence[Token], i: int, person: Sequence[bool], language: str, lowercase: bool, covered: Sequence[bool]
) -> Span | None:
    tok = tokens[i]
    if _listed_safe_by_form(tok, language):
        return None
    span = _word_rule(tok, tokens, i, person, language, lowercase, covered)
    # A form of a kept word, a role noun and a noun that labels an identifier are safe too. Every rule is pure,
    # so these tests (which parse the word with pymorphy3, its predictors the dearest step for a word no other
    # stage parses) are asked only of a word some rule takes: the same spans as asking them first.
    return None if span is None or _kept_lemma(tok) or is_role(tok) or label_noun(tok) else span


def _word_rule(
    tok: Token, tokens: Sequence[Token], i: int, person: Sequence[bool], language: str, lowercase: bool,
    covered: Sequence[bool],
) -> Span | None:
    """The span the first rule that takes ``tok`` proposes (a word that is not listed as safe)."""
    if not tok.cyrillic:
        if language in ("ru", "be") and tok.norm not in LATIN_SAFE and not tok.norm.isdigit():
            return _span(tok, _latin_label(tok), "latin")
        return None
    if language == "en":
        return _span(tok, "PERSON", "script")  # a Cyrillic word in English text
    if is_decoy(tok):
        return _span(tok, "PERSON", "context") if acts_as_name(tokens, i, person) else None
    if language == "be" and (span := _hunspell_rule(tok, tokens, i, person)) is not None:
        return span
    return (
        _morph_rule(tok, tokens, i, person, language, lowercase)
        or _explained_context(tok, tokens, i, person, language, lowercase, covered)
        or lone_unknown(tok, language, lowercase)
    )


def _explained_context(
    tok: Token, tokens: Sequence[Token], i: int, person: Sequence[bool], language: str, lowercase: bool,
    covered: Sequence[bool],
) -> Span | None:
    """``_context_rule``'s span unless a rule of word formation explains the lower-case word as a common one
    (:data:`_FORMATION_FILTERS` of :func:`unknown_words.formation`): a name's position holds ``мой тимлид``,
    ``бело-красно-белый``, ``паўзялі`` too, and such a word is no name there."""
    return unexplained(tok, _context_rule(tok, tokens, i, person, language, lowercase, covered))


def unexplained(tok: Token, span: Span | None) -> Span | None:
    """``span`` unless ``tok`` is lower case and a rule of word formation explains it as a common word."""
    if span is None or tok.cap:
        return span  # a capital is the writer's own sign of a name (``Соболь Ирина``)
    explained = unknown_words.formation(tok.text.lower().replace("\u2019", "'"))
    return None if explained in _FORMATION_FILTERS else span


# The filters of ``unknown_words.formation`` that explain a word by its form alone. Not ``cognate`` (a dictionary
# word: hunspell-be lists surnames as common words too, and a rule that read it here lost a never-tuned person)
# nor ``suffix`` (a surname may end like a derivation: ``шпакоўская``, ``шмидтке``).
_FORMATION_FILTERS = frozenset({"hyphen", "adverb", "clip", "verb", "loan", "numeral", "account"})


def lone_unknown(tok: Token, language: str, lowercase: bool) -> Span | None:
    """In lower case, one word no dictionary knows and no rule of word formation explains (``гундяга``)."""
    rule = unknown_words.lone_unknown(tok, language) if lowercase else None
    return _span(tok, "PERSON", rule) if rule is not None else None


def _listed_safe(tok: Token, language: str) -> bool:
    """Short, an acronym, a listed safe word, title, function word, verb of speech, hesitation, ministry or
    Belarusian pronoun, or a lower-case Cyrillic function word (``але``, ``гэта``; Latin ones may join a Latin
    name in Cyrillic text: ``Dog with two tails``); or a form of a listed safe word (``европе``)."""
    return _listed_safe_by_form(tok, language) or _kept_lemma(tok)


def _listed_safe_by_form(tok: Token, language: str) -> bool:
    """:func:`_listed_safe` by the word as written (no parse): all of it but the kept lemma."""
    norm = tok.norm
    if len(norm) < 3 or tok.acronym or norm in TITLES or norm in FUNCTION_WORDS or norm in SPEECH_VERBS:
        return True
    if norm in HESITATIONS or casing.is_stopword(tok) or national_ministry(norm) or casing.is_pronoun(tok, language):
        return True
    return tok.cyrillic and not tok.cap and is_stop_word(tok.text)


def _kept_lemma(tok: Token) -> bool:
    """The other half of ``lowercase.kept_word``: a Cyrillic word whose dictionary form is a listed safe word."""
    return tok.cyrillic and kept_lemma(tok.text)


def _morph_rule(
    tok: Token, tokens: Sequence[Token], i: int, person: Sequence[bool], language: str, lowercase: bool
) -> Span | None:
    names, common, label = name_share(tok.text.lower()) if language == "ru" or tok.cap else (0.0, 0.0, "PERSON")
    strong = tok.cap or lowercase or (names >= 0.5 and common < 0.2 and len(tok.norm) >= 4)
    if names >= 0.3 and (names >= common or acts_as_name(tokens, i, person)) and strong:
        if label == "PERSON" and not tok.cap and namelex.no_single_person(tok.text.lower()):
            return None  # ``донаты``, ``якобы``: no reading names one person (see ``no_single_person``)
        return _span(tok, label, "morph")
    if tok.cap and tok.initial:
        if language == "ru" and names + common == 0 and unknown_words.formation(tok.norm) not in ("clip", "account"):
            return _span(tok, "PERSON", "capitalised")  # not a clipped compound opening a sentence: ``Госномер``
        if language == "be" and (namelex.looks_like_surname(tok.norm, True) or be_candidates.unknown(tok)) \
                and unknown_words.formation(tok.norm) != "account":  # ``Акаўнт``: a word for an account
            return _span(tok, "PERSON", "capitalised")
    return None


def _hunspell_rule(tok: Token, tokens: Sequence[Token], i: int, person: Sequence[bool]) -> Span | None:
    """A form of a capitalised hunspell-be stem (``ірэну``, ``цімоха``, ``мікалаевіча``); one that is also
    a common word (``вера``) only where it acts as a name."""
    kind = be_candidates.proper_kind(tok)
    if kind is None:
        return None
    if be_candidates.common_too(tok.text.lower()) and not acts_as_name(tokens, i, person):
        return None
    return _span(tok, be_candidates.proper_label(tokens, i, kind), "hunspell")


def _context_rule(
    tok: Token,
    tokens: Sequence[Token],
    i: int,
    person: Sequence[bool],
    language: str,
    lowercase: bool,
    covered: Sequence[bool],
) -> Span | None:
    spaced_next = i + 1 < len(tokens) and tokens[i + 1].spaced
    beside = (i > 0 and tok.spaced and person[i - 1]) or (spaced_next and person[i + 1])
    if language == "ru" and lowercase and _unknown_pair(tokens, i, spaced_next):
        return _span(tok, "PERSON", "context")  # ``сейдзи маэхара``: two words no Russian dictionary knows
    if language == "be" and lowercase and be_candidates.unknown_pair(tokens, i, covered):
        return _span(tok, "PERSON", "context")  # the same where neither hunspell-be nor pymorphy3 knows them
    if tok.cap and beside and language == "ru" and namelex.main_pos(tok.text) == "NOUN":
        return _span(tok, "PERSON", "context")  # a surname that is a common noun: Соболь Ирина, Ирина Синица
    if tok.initial and not tok.cap:
        return None
    # The word's own test before its position's (``_after_title``, which may parse the word before, then
    # ``acts_as_name``, the dearest): every lower-case word of cased text reaches here, and most are known
    # words; all the tests are pure, so their order changes no span.
    if not _unknown_word(tokens, i, language) or not (tok.cap or lowercase or _after_title(tokens, i)):
        return None
    return _span(tok, "PERSON", "context") if acts_as_name(tokens, i, person) else None


def _after_title(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` right after a title or a role noun (the role test may parse the word before: asked last)."""
    return i > 0 and tokens[i].spaced and (tokens[i - 1].norm in TITLES or is_role(tokens[i - 1]))


def _unknown_word(tokens: Sequence[Token], i: int, language: str) -> bool:
    """``_context_rule``'s test of the word itself: unknown to pymorphy3 (Russian), or shaped like a surname
    or, after a title or role noun, like a Belarusian pet name (the position asked last: every test is pure)."""
    tok = tokens[i]
    if language == "ru":
        names, common, _ = name_share(tok.text.lower())
        return names + common == 0
    return namelex.looks_like_surname(tok.norm, True) or (_belarusian_pet_shape(tok) and _after_title(tokens, i))


def _unknown_ru(tok: Token) -> bool:
    if not tok.cyrillic or len(tok.norm) < 3 or casing.is_stopword(tok) or is_stop_word(tok.text):
        return False
    names, common, _ = name_share(tok.text.lower())
    return names + common == 0


def _unknown_pair(tokens: Sequence[Token], i: int, spaced_next: bool) -> bool:
    """``tokens[i]`` and a neighbour are both unknown to pymorphy3: in Russian speech, mostly a foreign name."""
    if not _unknown_ru(tokens[i]):
        return False
    before = i > 0 and tokens[i].spaced and _unknown_ru(tokens[i - 1])
    return before or (spaced_next and _unknown_ru(tokens[i + 1]))


_PET_SHAPE = re.compile(r"^[^\W\d_]{2,}(?:ся|ця|дзя|ська|цька|нька|чка|шка|ык|ик|ок)$")
_VERB_TAIL = re.compile(r"(?:лася|лися|уся|цца|ися|ыся|ешся|ецца)$")


def _belarusian_pet_shape(tok: Token) -> bool:
    """An unknown Belarusian word of at most 8 letters shaped like a pet name (``косця``, ``людзя``,
    ``зоська``), not like a reflexive verb (``засмяялася``): taken after a kinship or role noun only."""
    if len(tok.norm) > 8 or namelex.word_morph(tok.text).known:
        return False
    return bool(_PET_SHAPE.match(tok.norm)) and not _VERB_TAIL.search(tok.norm)


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token] | None = None) -> list[Span]:
    """Uncertain spans for the words of ``text`` that no span in ``spans`` covers and that are not known
    to be safe."""
    tokens = tokens if tokens is not None else tokenize(text)
    if not tokens:
        return []
    covered, person = covered_tokens(tokens, spans)
    lowercase = is_lowercase_text(tokens)
    out: list[Span] = []
    for i in range(len(tokens)):
        if covered[i]:
            continue
        span = _rule(tokens, i, person, language, lowercase, covered)
        if span is None and language == "ru" and term_dative(tokens, i, text):
            span = _span(tokens[i], "PERSON", "term-dative")  # ``Зайцу дали три года``
        if span is None and cut_from_neighbour(tokens, i, person, text):
            span = _span(tokens[i], "PERSON", "stem-nickname")  # ``сом, сомович по фамилии``
        if span is not None:
            out.append(span)
            person[i] = span.label == "PERSON"
    return out
