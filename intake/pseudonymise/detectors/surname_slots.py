"""Surname slots in lower-case Russian and Belarusian speech: the word a surname's position predicts.

In raw lower-case speech recognition a surname has no capital, and one that is an adjective in form
(``анна сомова``, ``гжэгаж вішнеўскі``), a common noun (``рыбак олег``) or a word no dictionary knows is
easily lost. Syntax still says where a surname stands:

- right after a given name, agreeing with it in case (and an adjectival surname also in gender):
  ``анне сомовой``, ``олега лазовского``;
- right before a given name, in official order, agreeing the same way: ``сомова анна``, ``рыбак олег``;
- right after a title, rank or form of address in the same case: ``капитан лазовский``, ``судье сомовой``,
  ``пан рыбак``, ``доктар шэлег``;
- after a naming noun in an oblique case: ``по фамилии рыбак``, ``з прозвішчам кужэль``.

The word in the slot is proposed as an *uncertain* PERSON (score below evidence, reason
``uncertain:surname-slot``): masked by default, released by the reviewer with one key. A word shaped like
a surname (``-ов``/``-ин``/``-ский``/``-цкий``, Belarusian ``-оў``/``-ін``/``-скі``; ``-ич``/``-ук``/``-енко``)
needs only the slot and case agreement by its ending; a plain common noun needs more: an animate noun
after a given name or title, or any noun before a given name and patronymic. A function word, verb,
adverb, pronoun, role or kinship noun, hesitation or word of address never fills a slot. Each proposed
surname then masks its other forms in the text (``propagate.py``, run on these seeds alone), uncertain too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import be_vocab, casing, namelex
from intake.pseudonymise.detectors.becues import (
    BE_FUNCTION,
    BE_SPEECH_VERBS,
    belarusian_noun,
    belarusian_verb,
)
from intake.pseudonymise.detectors.label_nouns import label_noun
from intake.pseudonymise.detectors.lowercase import (
    HESITATIONS,
    NAMING_WORDS,
    OBJECTS,
    animate_cases,
    content_word,
    is_role,
)
from intake.pseudonymise.detectors.nameslot import ADDRESS, name_gender
from intake.pseudonymise.detectors.titles import (
    BE_HEADS,
    BE_TITLES,
    RU_TITLES,
    is_title_form,
    misspelt_title,
    ru_title_forms,
    title_cases,
)
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold, is_lowercase_text
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

SCORE = 0.4
RULE = "surname-slot"
# A naming noun, then the surname in the nominative (``по фамилии рыбак``, ``фамилия шелег``).
NAMING_OBLIQUE = frozenset(
    fold(w) for w in "фамилия фамилии фамилией фамилию фамілія фаміліі фаміліяй прозвішча прозвішчы прозвішчам".split()
)

_M, _F = "masc", "femn"
# Surname endings (folded: ў -> у, і -> и) and the (case, gender) each spells: the -ов/-ин class, the
# adjectival -ский class, Russian and Belarusian.
_OV = r"(?:ов|ев|ин|ын|ав|ау|оу|еу)"
_ENDINGS: tuple[tuple[re.Pattern[str], frozenset[tuple[str, str]]], ...] = tuple(
    (re.compile(r"^[^\W\d_]{2,}" + stem + end + "$"), frozenset((c, g) for c in cases.split() for g in genders))
    for stem, end, cases, genders in (
        (_OV, "", "nomn", (_M,)),
        (_OV, "а", "gent accs", (_M,)),
        (_OV, "а", "nomn", (_F,)),
        (_OV, "у", "datv", (_M,)),
        (_OV, "у", "accs", (_F,)),
        (_OV, "ым", "ablt", (_M,)),
        (_OV, "ой", "gent datv ablt loct", (_F,)),
        (_OV, "ай", "gent datv ablt loct", (_F,)),
        (_OV, "е", "loct", (_M,)),
        (r"(?:ск|цк)", "ий", "nomn", (_M,)),
        (r"(?:ск|цк)", "и", "nomn", (_M,)),
        (r"(?:ск|цк)", "ая", "nomn", (_F,)),
        (r"(?:ск|цк)", "ого", "gent accs", (_M,)),
        (r"(?:ск|цк)", "ага", "gent accs", (_M,)),
        (r"(?:ск|цк)", "ому", "datv", (_M,)),
        (r"(?:ск|цк)", "аму", "datv", (_M,)),
        (r"(?:ск|цк)", "им", "ablt loct", (_M,)),
        (r"(?:ск|цк)", "ом", "loct", (_M,)),
        (r"(?:ск|цк)", "ой", "gent datv ablt loct", (_F,)),
        (r"(?:ск|цк)", "ай", "gent datv ablt loct", (_F,)),
        (r"(?:ск|цк)", "ую", "accs", (_F,)),
        (r"(?:енк|ёнк)", "о", "nomn gent datv accs ablt loct", (_M, _F)),
        (r"(?:анк)", "а", "nomn", (_M, _F)),  # Belarusian ``-анка`` for ``-енко`` (``цімошанка``), see ``shaped``
        (r"(?:ович|евич|ич|чук|юк|ук|енак|онак)", "", "nomn", (_M,)),
        (r"(?:ович|евич|ич|чук|юк|ук|енак|онак)", "", "nomn gent datv accs ablt loct", (_F,)),
        (r"(?:ович|евич|ич|чук|юк|ук|енк|онк)", "а", "gent accs", (_M,)),
        (r"(?:ович|евич|ич|чук|юк|ук|енк|онк)", "у", "datv", (_M,)),
        (r"(?:ович|евич|ич|чук|юк|ук|енк|онк)", "ем", "ablt", (_M,)),
        (r"(?:ович|евич|ич|чук|юк|ук|енк|онк)", "ом", "ablt", (_M,)),
        (r"(?:ович|евич|ич|чук|юк|ук|енк|онк)", "ам", "ablt", (_M,)),
    )
)


@lru_cache(maxsize=20_000)
def surname_forms(norm: str) -> frozenset[tuple[str, str]]:
    """The (case, gender) pairs a surname-shaped word spells by its ending (``сомовой`` -> genitive, dative,
    instrumental, prepositional feminine); empty for a word of no surname shape."""
    out: set[tuple[str, str]] = set()
    for pattern, forms in _ENDINGS:
        if pattern.match(norm):
            out |= forms
    return frozenset(out)


def shaped(tok: Token) -> frozenset[tuple[str, str]]:
    """``surname_forms`` of a word that no dictionary reads as anything but an adjective or a surname
    (``сомова`` is a short adjective to pymorphy3, ``машина`` a noun: only the first is shaped)."""
    forms = surname_forms(tok.norm)
    if not forms:
        return forms
    if tok.norm.endswith("анка") and be_vocab.known(tok.text.lower()):
        return frozenset()  # a Belarusian word (``шклянка``, ``фіранка``), not a ``-анка`` surname
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known or m.surname + m.patronymic >= 0.3:
        return forms
    return forms if namelex.main_pos(spelling) in ("ADJF", "ADJS") else frozenset()


def _be_verb(norm: str) -> bool:
    """A folded Belarusian word that ends like a reflexive verb or like a masculine past tense whose
    ``-ў`` read as ``-л`` is a Russian verb (``брау`` -> ``брал``); ``сомау`` stays."""
    if norm.endswith(("ся", "цца")):
        return True
    return norm.endswith("у") and namelex.verb_share(russian_past(norm)) >= 0.5


def russian_past(norm: str) -> str:
    """``брау`` -> ``брал``: the Belarusian masculine past in ``-ў`` in a Russian spelling."""
    return norm[:-1] + "л"


def eligible(tok: Token) -> bool:
    """A content word that may be a surname: no function word, pronoun, verb, adverb, role, title,
    hesitation, naming noun or word of address; pymorphy3's verb reading must not dominate."""
    norm = tok.norm
    if not tok.cyrillic or len(norm) < 3 or not norm.replace("'", "").isalpha() or is_stop_word(tok.text):
        return False
    if norm in OBJECTS or norm in BE_FUNCTION or norm in BE_SPEECH_VERBS or norm in HESITATIONS:
        return False
    if norm in NAMING_WORDS or norm in ADDRESS or norm in BE_TITLES or label_noun(tok):
        return False  # ``фамилию не надо``: the word that names a surname is none
    if tok.text.lower() in casing.POSSESSIVE_FORMS:
        return False  # ``старшыня нашага``, ``прозвішча вашага``: a possessive pronoun (unfolded: ``маёй``)
    # The role test (which may parse the word with pymorphy3's predictors) is asked last: every test is pure.
    return _content_eligible(tok) and not is_role(tok)


def _content_eligible(tok: Token) -> bool:
    """``eligible`` but the listed words and the role test: a content word by pymorphy3's reading."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:  # pymorphy3's guess for an unknown word is no reading (``шелег`` guessed a verb)
        return not belarusian_verb(tok.text) or _ow_surname(tok.text.lower())  # ``праверце`` is hunspell-be's verb
    respelt = spelling != tok.text.lower()
    if not content_word(tok) and not (respelt and _read_noun(tok, spelling)):
        return False  # a Belarusian noun pymorphy3 guesses a verb (``сокал``) is judged by its reading (сокол)
    if respelt and _be_verb(tok.norm) and not (tok.text.lower().endswith("у") and _read_noun(tok, spelling)):
        return False  # ``браў`` reads as Russian ``брав`` (an adjective), ``дабіўся``: Belarusian verbs
    if namelex.lemma(spelling) in RU_TITLES or m.place >= 0.5:
        return False
    return namelex.verb_share(spelling) < 0.3 and namelex.main_pos(spelling) in ("NOUN", "ADJF", "ADJS")


def _read_noun(tok: Token, spelling: str) -> bool:
    """A Belarusian word whose Russian reading is mostly a noun (``сокал`` -> сокол, ``сініцу`` -> синицу) and
    that is no function word or pronoun by its own spelling."""
    if tok.norm in OBJECTS or is_stop_word(tok.text) or tok.norm in casing.POSSESSIVE_FORMS:
        return False
    return namelex.noun_share(spelling) >= 0.5 and namelex.verb_share(spelling) < 0.3


def _ow_surname(low: str) -> bool:
    """A Belarusian ``-оў`` surname (``шчарбакоў``, ``кузняцоў``): a past-tense verb ends so only after
    ``ш`` (``пайшоў``, ``прыйшоў``)."""
    return low.endswith(("оў", "ёў")) and not low.endswith(("шоў", "шёў")) and len(low) >= 6


Anchor = tuple[frozenset[str], str | None]  # the cases a surname beside it may take, and its gender


def given_anchor(tok: Token, decoys: bool = False) -> Anchor | None:
    """The cases and gender of a listed given name (``анне`` -> dative, feminine); None for another word or,
    unless ``decoys``, a name that is also a common word (``вера``)."""
    from intake.pseudonymise.detectors.candidates import is_decoy

    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    listed = namelex.first_names().lookup_first(tok.norm) or (decoys and namelex.first_names().lookup_first(spelling))
    if not listed or (not decoys and is_decoy(tok)):
        return None  # a decoy may be listed in its Russian spelling only (``леў`` -> ``лев``)
    cases = namelex.name_cases(tok.text, tok.norm)
    if not cases and m.name > 0:
        cases = m.case
    return cases, name_gender(tok.text.lower()) or name_gender(spelling)


_OWNERS = frozenset(fold(w) for w in "наш наша мой моя ваш ваша наш наша мой мая ваш ваша".split())


def _title_at(tokens: Sequence[Token], i: int) -> int:
    """The index of the word that may be a title for the slot at ``i``: the word before it, or the one before
    a possessive between (``директор наш дубовик``, ``участковы наш шпак``)."""
    if i >= 2 and tokens[i - 1].norm in _OWNERS and tokens[i - 1].spaced:
        return i - 2
    return i - 1


def _agrees(tok: Token, cases: frozenset[str], gender: str | None, plain: bool) -> bool:
    """``tok`` stands in a surname's case (and gender) beside an anchor: by its surname ending; or, where a
    ``plain`` word may fill the slot (after a title or a naming noun), as an animate noun in one of
    ``cases`` (``рыбак``, ``рыбака``) or an unknown word shaped like a Belarusian noun (``кужэль``)."""
    forms = shaped(tok)
    if forms:
        return any((not cases or c in cases) and (gender is None or g == gender) for c, g in forms)
    if not plain:
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return belarusian_noun(tok)
    return bool(animate_cases(spelling) & (cases or frozenset({"nomn"}))) and m.common - m.inanimate >= 0.3


def _slot_after(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """``tokens[i]`` right after a given name or a title agrees with it (``анне сомовой``, ``капитан
    лазовский``); or right after a naming noun in an oblique case (``по фамилии рыбак``)."""
    prev = tokens[i - 1]
    if prev.norm in NAMING_OBLIQUE:
        return bool(shaped(tok := tokens[i])) or _agrees(tok, frozenset({"nomn"}), None, True)
    t = _title_at(tokens, i)
    title = title_cases(tokens[t].text, tokens[t].norm)
    if title is not None and not person[t]:
        if t < i - 1 and _apposed(tokens[i], title[0]):
            return True
        return _agrees(tokens[i], title[0], None, plain=not title[1])
    if i >= 2 and person[i - 1] and person[i - 2]:
        return _after_patronymic(tokens, person, i)
    anchor = given_anchor(prev) if person[i - 1] else None
    if anchor is None:
        return False
    return _agrees(tokens[i], *anchor, plain=False) or _oblique_pair(tokens[i], anchor[0])


_OBLIQUE = frozenset({"datv", "accs", "ablt", "loct"})
# Nouns of time whose instrumental follows a name as an adverbial (``с олегом зимой``, ``с анной утром``).
_ADVERBIAL = frozenset("зима лето весна осень утро вечер ночь день неделя год раз час минута время".split())


def _oblique_pair(tok: Token, cases: frozenset[str]) -> bool:
    """A common noun after a given name in the same oblique case, in no other reading (``про кирилла
    зиму``, ``с анной шубой``): a surname that is a common word. The nominative and genitive are left
    out (``у олега работы нет``, ``у анны дома``), as are adverbs and the instrumental of a time noun."""
    spelling = namelex.russian_reading(tok.text.lower().replace("’", "'"))[0]
    parses = list(namelex.known_parses(spelling))
    if not parses or any(p.tag.POS != "NOUN" or (p.normal_form in _ADVERBIAL and p.tag.case == "ablt") for p in parses):
        return False
    readings = {str(p.tag.case) for p in parses if p.tag.number != "plur"}
    if not readings or any(p.tag.number == "plur" for p in parses):
        return False
    return readings <= _OBLIQUE and bool(readings & cases)


def _apposed(tok: Token, cases: frozenset[str]) -> bool:
    """A noun of any animacy in the title's case after a title and a possessive (``директор наш дубовик``):
    the possessive closes the title, so what follows in its case is the holder's name."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return belarusian_noun(tok) or bool(shaped(tok))
    return namelex.main_pos(spelling) == "NOUN" and bool(m.case & cases)


def _after_patronymic(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """``tokens[i]`` right after a given name and a patronymic (``виктор степанович голуб``, ``алена
    мікалаеўна шпак``): the third place of a full name holds the surname, whatever common word or
    misread plural it spells; eligibility (no verb, adverb, function or role word) is tested before.
    A name in official order before them (``голуб виктор степанович``) leaves nothing to fill."""
    if i >= 3 and person[i - 3]:
        return False
    patronymic, given = tokens[i - 1], tokens[i - 2]
    if not namelex.PATRONYMIC_RE.match(patronymic.norm):
        return False
    if given_anchor(given) is None and not _noun_after_word_name(given, patronymic, tokens[i]):
        return False
    return patronymic.end + 1 == tokens[i].start


def _noun_after_word_name(given: Token, patronymic: Token, tok: Token) -> bool:
    """A listed given name that is also a word (``любові``, ``любови``; ``given_anchor`` leaves it), a
    patronymic showing it a name, and a noun after them that agrees with the patronymic in case
    (``любови петровне синице``) or, after a Belarusian patronymic, a word hunspell-be does not know whose
    Russian reading is a noun (``любові пятроўне камушка``); not ``надежде ивановне штраф``, ``любовь
    аркадьевна тридцатое``."""
    if not namelex.first_names().lookup_first(given.norm):
        return False
    low = tok.text.lower().replace("’", "'")
    spelling = namelex.russian_reading(low)[0]
    patronymic_low = patronymic.text.lower().replace("’", "'")
    respelt, m = namelex.russian_reading(patronymic_low)
    if respelt != patronymic_low and not be_vocab.known(low):  # Belarusian speech, a word it does not know
        return namelex.main_pos(spelling) == "NOUN"
    cases = m.case
    parses = namelex.known_parses(spelling)
    return any(p.tag.POS == "NOUN" and p.tag.case in cases and p.tag.number == "sing" for p in parses)


def _slot_before(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """``tokens[i]`` right before a given name, in official order, agrees with it (``сомова анна``, ``рыбак
    олег``)."""
    if i + 1 >= len(tokens) or not person[i + 1] or not tokens[i + 1].spaced or (i > 0 and person[i - 1]):
        return False
    anchor = given_anchor(tokens[i + 1])
    return anchor is not None and _agrees(tokens[i], *anchor, plain=False)


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for the surname slots of lower-case Russian or Belarusian ``text`` that no
    span in ``spans`` covers, and for every other form of those surnames in the text."""
    if language not in ("ru", "be") or not tokens or not is_lowercase_text(tokens):
        return []
    covered, person = covered_tokens(tokens, spans)
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if covered[i] or not _beside_anchor(tokens, person, i, out) or not eligible(tok):
            continue
        after = i > 0 and tok.spaced and (_slot_after(tokens, person, i) or (bool(out) and _second(out[-1], tok)))
        if after or _slot_before(tokens, person, i):
            out.append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, f"candidates:{RULE}", ""))
    return spread(text, language, spans, tokens, out) if out else []


def _beside_anchor(tokens: Sequence[Token], person: Sequence[bool], i: int, out: Sequence[Span]) -> bool:
    """A cheap test first: a person, title or naming noun stands right before ``tokens[i]``, a person right
    after it, or a word just proposed before it."""
    if i + 1 < len(tokens) and person[i + 1]:
        return True
    if i == 0:
        return False
    prev = tokens[i - 1]
    if person[i - 1] or prev.norm in NAMING_OBLIQUE or prev.norm in BE_TITLES or prev.norm in BE_HEADS:
        return True
    if prev.norm in ru_title_forms() or bool(out and out[-1].end == prev.end) or misspelt_title(prev.norm):
        return True
    t = _title_at(tokens, i)
    return t < i - 1 and (is_title_form(tokens[t].norm))


def _second(prev: Span, tok: Token) -> bool:
    """A surname-shaped word right after a word just proposed (``прафесар гжэгаж вішнеўскі``: a title, an
    unknown given name, then the surname)."""
    return prev.end + 1 == tok.start and bool(shaped(tok))


def spread(
    text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token], seeds: list[Span], rule: str = RULE
) -> list[Span]:
    """The slot surnames, uncertain (reason ``uncertain:<rule>``), and their other forms in the text
    (propagation from these seeds alone; the evidence spans only cover)."""
    from intake.pseudonymise.propagate import propagate

    cover = [Span(s.start, s.end, s.label, s.text, s.score, s.source, f"{UNCERTAIN}:cover") for s in spans]
    found = propagate(text, language, [*seeds, *cover], tokens)
    return [
        Span(s.start, s.end, "PERSON", s.text, SCORE, f"candidates:{rule}", f"{UNCERTAIN}:{rule}")
        for s in (*seeds, *found)
        if s.label == "PERSON"
    ]
