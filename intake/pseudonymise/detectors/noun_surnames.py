"""Surnames that are common nouns or adjectives beside a given name in lower-case Russian and Belarusian speech.

Lower-case speech recognition loses the capital of a surname that is an ordinary word (``щука``, ``крот``,
``тихий``, ``гарбуз``, ``сініца``). ``surname_slots.py`` takes a surname-SHAPED word beside a given name and a
plain noun only after a title; ``lowercase.py`` takes a noun after a given name when it agrees in case as
pymorphy3 reads it. Two slots are left, both read from syntax alone:

- **after a given name** (and an optional patronymic), a noun or adjective that agrees with the name: in its
  case (an adjective also in gender: ``павла тихого``); any case form of a woman's name followed by a noun in
  the nominative (feminine surnames ending in a consonant do not decline, and speech often leaves an ``-а``
  surname undeclined: ``с ксенией щука``, ``з вольгай крот``); Belarusian cases by the word's Russian reading
  and by Belarusian endings (``андрэя бусла``, ``алене сініцы``);
- **before a given name and a patronymic** (the official order), any noun or adjective: ``рыбак олег петрович``.

Function words, pronouns, adverbs, verbs, role, kinship, profession, title and nationality nouns, words of
address, time words and hesitations never fill the slot (``олег тоже``, ``ирина утром``, ``армянин арсен``);
an inanimate noun followed directly by a verb is the object of a verb phrase, not a surname (``аня пирог
испекла``). Candidates are uncertain PERSON (reason ``uncertain:noun-surname``/``uncertain:official-order``)
and mask the surname's other forms in the text as ``surname_slots`` does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import casing, namelex
from intake.pseudonymise.detectors.adjective_uses import PREDICATES, keep_named
from intake.pseudonymise.detectors.becues import BE_VERB_END, belarusian_noun, feminine_noun
from intake.pseudonymise.detectors.lowercase import HOME_ADVERBS, STRONG_PATRONYMIC, is_role
from intake.pseudonymise.detectors.official_order import no_clause_word, office_before
from intake.pseudonymise.detectors.official_order import office_word as office_word
from intake.pseudonymise.detectors.surname_slots import SCORE, eligible, given_anchor, spread
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold, is_lowercase_text
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

AFTER = "noun-surname"
OFFICIAL = "official-order"
# Nouns that follow a name as often as a surname does (Russian lemmas; Belarusian through the Russian reading):
# time words, nationalities and origins, collective and generic nouns.
RU_NOT_SURNAMES = frozenset(
    (
        "утро вечер день ночь неделя месяц год время раз минута час секунда сегодня понедельник вторник среда "
        "четверг пятница суббота воскресенье январь февраль март апрель май июнь июль август сентябрь октябрь "
        "ноябрь декабрь лето зима осень весна "
        "белорус беларус русский украинец поляк литовец латыш армянин грузин еврей немец татарин казах узбек "
        "таджик азербайджанец американец француз итальянец англичанин цыган чеченец кореец китаец турок "
        "белоруска беларуска украинка полька литовка латышка эстонец эстонка армянка грузинка еврейка немка "
        "татарка казашка узбечка таджичка американка француженка итальянка англичанка цыганка чеченка чех чешка "
        "минчанин гомельчанин брестчанин гродненец витебчанин могилевчанин москвич земляк иностранец "
        "человек люди народ семья ребята парень девушка мужик тип товарищ друг подруга приятель знакомый "
        "мама папа мать отец сын дочь брат сестра муж жена ребенок дети внук внучка "
        "тот такой самый сам весь каждый другой один первый второй третий последний"
    ).split()
)
# Belarusian words of the same kinds that no Russian reading maps (folded).
BE_NOT_SURNAMES = frozenset(
    fold(w)
    for w in (
        "раніцай увечары ўвечары учора сёння заўтра тыдзень тыдні месяц гадоў год дзень ноч раз час "
        "беларус беларуска рускі украінец паляк літовец яўрэй немец армянін грузін цыган зямляк "
        "украінка полька літоўка латышка грузінка армянка яўрэйка немка чэх чэшка эстонка "
        "чалавек людзі хлопец дзяўчына сям'я мужык сябар сяброўка"
    ).split()
)


Anchor = tuple[frozenset[str], str | None]
# A patronymic right after a given name: the feminine shapes no common word has, and the masculine ``-ович``
# (Belarusian ``-авіч``) in any case.
_PATRONYMIC = re.compile(r"^[^\W\d_]{2,}(?:ович|евич|авич|эвич|ьич)(?:а|у|ем|ам|е)?$")


def is_patronymic(tok: Token) -> bool:
    """``tok`` is shaped like a patronymic (``петровича``, ``андрэеўна``)."""
    return bool(STRONG_PATRONYMIC.match(tok.norm) or _PATRONYMIC.match(tok.norm))


def name_anchor(tokens: Sequence[Token], person: Sequence[bool], i: int) -> Anchor | None:
    """The given name right before ``tokens[i]`` (perhaps with a patronymic between): its cases and gender.
    A detected name that is also a common word (``львом``, ``леў``) anchors only where the sentence shows the
    name (:func:`_decoy_anchor`)."""
    if i >= 1 and person[i - 1] and not (i >= 2 and person[i - 2]):
        g = i - 1
    elif i >= 2 and is_patronymic(tokens[i - 1]) and person[i - 2] and not (i >= 3 and person[i - 3]):
        g = i - 2
    else:
        return None
    return anchor_of(tokens[g]) or _decoy_anchor(tokens, g, i)


def _decoy_anchor(tokens: Sequence[Token], g: int, i: int) -> Anchor | None:
    """A detected given name that is also a common word, at ``g``, anchors an adjective at ``i`` in an oblique case
    only (``со львом хмурым``: a noun's postposed adjective in the nominative is mostly a predicate, ``лев
    хмурый``), or before a kin or role apposition (``леў хмуры мой стрыечны брат``)."""
    from intake.pseudonymise.detectors.adjective_readings import adjective_forms

    if not _adjective(tokens[i]) and not adjective_forms(tokens[i].text):
        return None  # a noun beside ``надежде ивановне`` (``штраф``) is no surname: adjective surnames only
    anchor = anchor_of(tokens[g], decoys=True)
    if anchor is None or (anchor[0] & {"nomn", "accs"} and not kin_apposition(tokens, i + 1)):
        return None
    return anchor


_POSSESSIVES = frozenset(fold(w) for w in "мой моя мае мая наш наша ваш ваша твой твая твоя".split())


def kin_apposition(tokens: Sequence[Token], k: int) -> bool:
    """``tokens[k:]`` is a possessive, up to two words and a kin or role noun in its line (``мой стрыечны
    брат``, ``наш сосед``)."""
    if k >= len(tokens) or not tokens[k].spaced or tokens[k].norm not in _POSSESSIVES:
        return False
    for j in range(k + 1, min(len(tokens), k + 4)):
        if not tokens[j].spaced:
            return False
        if is_role(tokens[j]):
            return True
    return False


def anchor_of(tok: Token, decoys: bool = False) -> Anchor | None:
    """``surname_slots.given_anchor``, with the gender from the name's dictionary form when the form is
    ambiguous (``алене``) or is itself a listed man's name (``алесь``, which pymorphy3 also reads as the
    plural of Алеся), and the Belarusian instrumental by its ending (``вольгай``, ``алесем``)."""
    anchor = given_anchor(tok, decoys)
    if anchor is None:
        return None
    cases, gender = anchor
    by_ending, implied = _be_name_cases(tok.norm)
    if not cases or (gender is None and implied is None):
        cases = cases | by_ending  # ``аляксандра``: Александра (nominative) or Аляксандр's genitive
    gender = gender or implied or _listed_gender(tok.norm)
    if gender is None and cases:
        gender = _name_gender(namelex.russian_reading(tok.text.lower().replace("’", "'"))[0])
    return cases, gender or _entry_gender(tok.norm)


def _listed_gender(norm: str) -> str | None:
    """The gender of a word that is itself the dictionary form of a listed given name (``алесь``), if any."""
    if not any(e.words[0] == norm for e in namelex.first_names().lookup_first(norm)):
        return None
    return "femn" if norm.endswith(("а", "я")) and norm not in _MASC_A_NAMES else "masc"


# Men's given names in ``-а``/``-я`` (folded, Russian and Belarusian dictionary forms).
_MASC_A_NAMES = frozenset(fold(w) for w in "илья ілья никита мікіта лука кузьма фома фама савва сава фока".split())


def _entry_gender(norm: str) -> str | None:
    """The gender of the listed given names ``norm`` is a form of, when they agree: a dictionary form in
    ``-а``/``-я`` is a woman's (``вікторыю`` -> Вікторыя, ``вольгу`` -> Вольга), any other a man's."""
    genders = {
        "femn" if e.words[0].endswith(("а", "я")) and e.words[0] not in _MASC_A_NAMES else "masc"
        for e in namelex.first_names().lookup_first(norm)
    }
    return genders.pop() if len(genders) == 1 else None


# A Belarusian form of a listed given name that no dictionary declines: its cases by its ending (folded), and
# the gender the ending implies (None where both genders end so): ``кірыла`` (genitive of Кірыл), ``дзмітрыю``,
# ``алесем``, ``вольгай``, ``ганне``.
_BE_NAME_ENDINGS: tuple[tuple[tuple[str, ...], frozenset[str], str | None], ...] = (
    (("ай", "яй", "ой"), frozenset({"ablt"}), "femn"),
    (("ам", "ем", "ом"), frozenset({"ablt"}), "masc"),
    (("а", "я"), frozenset({"nomn", "gent", "accs"}), None),
    (("у", "ю"), frozenset({"datv", "accs", "loct"}), None),
    (("е", "и", "ы"), frozenset({"gent", "datv", "loct"}), "femn"),
)


def _be_name_cases(norm: str) -> tuple[frozenset[str], str | None]:
    """The cases (and gender) a given-name form spells by its Belarusian ending; a consonant: the nominative."""
    for ends, cases, implied in _BE_NAME_ENDINGS:
        if norm.endswith(ends):
            return cases, implied
    if norm[-1:].isalpha() and norm[-1] not in "аеёиоуыэюяь":
        return frozenset({"nomn"}), "masc"
    return frozenset(), None


@lru_cache(maxsize=5_000)
def _name_gender(spelling: str) -> str | None:
    """A form two names share (``алене``: Алёна or Ален): feminine when one of its name readings is."""
    genders = {p.tag.gender for p in namelex.known_parses(spelling) if "Name" in p.tag}
    return "femn" if "femn" in genders else "masc" if "masc" in genders else None


def is_excluded(tok: Token) -> bool:
    """A word that never fills the slot beside a name (on top of ``surname_slots.eligible``)."""
    if tok.norm in BE_NOT_SURNAMES or tok.norm in HOME_ADVERBS:
        return True  # ``у тимофея дома``: whose home, not a surname
    if tok.text.lower() in casing.POSSESSIVE_FORMS:
        return True  # ``успамінаю нашага валянціна рыгоравіча``: a possessive pronoun (a closed class), no surname
    spelling = namelex.russian_reading(tok.text.lower().replace("’", "'"))[0]
    return namelex.lemma(spelling).replace("ё", "е") in _NOT_LEMMAS


_NOT_LEMMAS = frozenset(w.replace("ё", "е") for w in RU_NOT_SURNAMES)

# Belarusian endings of an unknown noun and the cases they spell beside a man's name (folded).
_BE_MASC_ENDINGS = (
    (("а", "я"), frozenset({"gent", "accs"})),
    (("у", "ю"), frozenset({"datv", "loct"})),
    (("ам", "ем", "ом", "ям"), frozenset({"ablt"})),
    (("е",), frozenset({"loct"})),
)


def _be_cases(norm: str) -> frozenset[str]:
    """The cases an unknown Belarusian noun spells by its ending (a consonant: the nominative)."""
    for ends, cases in _BE_MASC_ENDINGS:
        if norm.endswith(ends):
            return cases
    return frozenset({"nomn"}) if norm[-1] not in "аеёиоуыэюяі" else frozenset()


@lru_cache(maxsize=20_000)
def noun_readings(spelling: str) -> tuple[tuple[str, str, str | None, bool], ...]:
    """pymorphy3's noun and adjective readings of ``spelling`` with some weight: (POS, case, gender, animate)."""
    return tuple(
        (str(p.tag.POS), str(p.tag.case), p.tag.gender, "anim" in p.tag)
        for p in namelex.analyzer().parse(spelling)
        if p.is_known
        and p.tag.POS in ("NOUN", "ADJF")
        and p.tag.case
        and p.score >= 0.05
        and p.tag.number != "plur"
        and not {"Name", "Patr", "Apro", "Anum"} & p.tag.grammemes
    )


def agrees(tok: Token, cases: frozenset[str], gender: str | None, named: bool = False) -> bool:
    """``tok`` after a given name of ``cases`` and ``gender`` stands in its case: a noun in one of ``cases``
    (an inanimate noun's accusative only beside a nominative), an adjective also in ``gender``, any noun in
    the nominative beside a woman's name, or an unknown Belarusian noun by its ending (a feminine one in its
    dictionary form beside a woman's name in its own dictionary form, ``named``: ``becues.feminine_noun``)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        if gender == "femn" and "nomn" in cases and named and feminine_noun(tok):
            return True  # ``юля жаўнерка``: a feminine noun in ``-ка`` that ``belarusian_noun`` leaves to adverbs
        return belarusian_noun(tok) and (gender == "femn" or bool(_be_cases(tok.norm) & cases))
    respelt = spelling != tok.text.lower()
    for pos, case, g, animate in noun_readings(spelling):
        if pos == "ADJF":
            if case in cases and g == gender and (gender == "masc" or (gender == "femn" and case != "nomn")):
                return True  # an oblique adjective: a surname, not a predicate (``с аней тихой``, ``даша упрямая``)
            continue
        if case == "nomn" and gender == "femn":
            return True
        if case == "accs" and not animate and "nomn" not in cases:
            continue
        if case in cases or (respelt and case == "gent" and gender == "femn" and cases & {"datv", "loct"}):
            return True  # Belarusian ``алене сініцы`` reads as the Russian genitive ``синицы``
    return False


def _named_before(tokens: Sequence[Token], i: int) -> bool:
    """The word before ``tokens[i]`` is a listed given name in its dictionary form (``юля``, not ``светы``)."""
    norm = tokens[i - 1].norm
    return any(e.words[0] == norm for e in namelex.first_names().lookup_first(norm))


def _verb_follows(tokens: Sequence[Token], i: int) -> bool:
    """The word after ``tokens[i]`` is a finite verb or a Belarusian verb form (``пирог испекла``)."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    spelling, m = namelex.russian_reading(nxt.text.lower().replace("’", "'"))
    if not m.known:
        return bool(BE_VERB_END.search(nxt.text.lower()))
    return namelex.verb_share(spelling) >= 0.5


def _inanimate(tok: Token) -> bool:
    """pymorphy3 reads ``tok`` mostly as an inanimate word (a thing, not a being or an adjective)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    return m.known and not any(pos == "ADJF" or animate for pos, _, _, animate in noun_readings(spelling))


def _after(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """Rule 1: ``tokens[i]`` after a given name (and patronymic) agrees with it and does not open a verb phrase."""
    anchor = name_anchor(tokens, person, i) if tokens[i].spaced else None
    if anchor is None or not agrees(tokens[i], *anchor, _named_before(tokens, i)):
        return False
    if _bare_after_preposition(tokens, person, i, anchor[1]):
        return False
    if _adjective(tokens[i]) and (_noun_follows(tokens, i) or _agreeing_noun_follows(tokens, i, anchor[0])):
        return False  # an attribute of the next word (``терпеливый человек``, ``с павлом старым другом``)
    return not (_inanimate(tokens[i]) and _verb_follows(tokens, i))


# Prepositions (folded, ru and be): a name right after one stands in an oblique case.
_PREPOSITIONS = frozenset(
    fold(w) for w in "у ў в во к ко з с са со ад от до да пра про аб об о для ля каля около пры при без".split()
)


# Oblique adjective endings that end in a consonant (folded): declined, not a bare stem.
_ADJECTIVE_OBLIQUE = ("ым", "им", "ом", "ем", "ых", "их")


def _bare_after_preposition(tokens: Sequence[Token], person: Sequence[bool], i: int, gender: str | None) -> bool:
    """``tokens[i]`` ends in a bare stem (a consonant, no case ending) after a given name that a preposition
    governs (``пра дзмітрыя ліст``): a man's surname would be declined there (``пра дзмітрыя ліста``), so
    only a woman's indeclinable surname may stand so (``у кацярыны кот``). An adjective's oblique ending in a
    consonant (``со львом хмурым``) is a case ending, not a bare stem."""
    g = i - 1 if person[i - 1] else i - 2
    if gender == "femn" or g < 1 or tokens[g - 1].norm not in _PREPOSITIONS or not tokens[g].spaced:
        return False
    if tokens[i].norm.endswith(_ADJECTIVE_OBLIQUE) and _adjective(tokens[i]):
        return False  # ``со львом хмурым``, ``з алесем белым``: ``-ым``/``-ім`` is an adjective's case ending
    return tokens[i].norm[-1:] not in "аеёиоуыэюяйь"


def _adjective(tok: Token) -> bool:
    return any(pos == "ADJF" for pos, *_ in noun_readings(namelex.russian_reading(tok.text.lower())[0]))


def _noun_follows(tokens: Sequence[Token], i: int) -> bool:
    """The word after ``tokens[i]`` in its line is mostly a noun to pymorphy3 (in its Russian spelling)."""
    if i + 1 >= len(tokens) or not tokens[i + 1].spaced:
        return False
    spelling = namelex.russian_reading(tokens[i + 1].text.lower().replace("’", "'"))[0]
    return namelex.noun_share(spelling) >= 0.5


def _agreeing_noun_follows(tokens: Sequence[Token], i: int, cases: frozenset[str]) -> bool:
    """The word after ``tokens[i]`` in its line has a noun reading in one of ``cases`` (``старым другом``)."""
    if i + 1 >= len(tokens) or not tokens[i + 1].spaced or not tokens[i + 1].cyrillic:
        return False
    spelling = namelex.russian_reading(tokens[i + 1].text.lower().replace("’", "'"))[0]
    return any(pos == "NOUN" and case in cases for pos, case, _, _ in noun_readings(spelling))


# Possessives that put a person in apposition after a role or kin noun (``сосед наш``, ``брат мой``).
_APPOSITION_POSSESSIVES = frozenset("наш наша мой моя мае твой твоя ваш ваша наша іхні их".split())


def _apposition(tokens: Sequence[Token], i: int) -> bool:
    """A role or kin noun and a possessive before ``tokens[i]`` (``сосед наш X серёга``): what follows is the
    person's name, surname first."""
    return i >= 2 and tokens[i - 1].norm in _APPOSITION_POSSESSIVES and is_role(tokens[i - 2]) and tokens[i].spaced


def _official(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """Rule 2: ``tokens[i]`` right before a given name and a patronymic (``рыбак олег петрович``), or before a
    given name after a role noun and a possessive (``сосед наш рогач серёга``)."""
    if i + 2 >= len(tokens) or not person[i + 1] or (i > 0 and person[i - 1]):
        return False
    if not is_patronymic(tokens[i + 2]) and not _apposition(tokens, i):
        return False
    anchor = anchor_of(tokens[i + 1])
    if anchor is None:
        return False
    cases, gender = anchor
    patronymic = namelex.word_morph(tokens[i + 2].text).case  # ``алла ивановна``: nominative, not ``алла`` genitive
    cases = cases & patronymic if cases & patronymic else cases
    if office_word(tokens[i]):
        return False
    return agrees(tokens[i], cases, gender) or (office_before(tokens, i) and no_clause_word(tokens[i]))


def _office_slot(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """Rule 2 for a word ``eligible`` turns away by its part of speech alone (a gerund: ``скобля``), where an
    office stands right before the official order."""
    tok = tokens[i]
    if not tok.cyrillic or len(tok.norm) < 3 or not tok.norm.isalpha() or is_stop_word(tok.text) or is_role(tok):
        return False
    return office_before(tokens, i) and no_clause_word(tok) and _official(tokens, person, i)


def _cheap(tokens: Sequence[Token], person: Sequence[bool], i: int) -> bool:
    """A person span right before ``tokens[i]`` (or two before it, past a patronymic), or right after it."""
    before = i >= 1 and (person[i - 1] or (i >= 2 and person[i - 2]))
    return before or (i + 2 < len(tokens) and person[i + 1])


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for noun and adjective surnames beside a given name in lower-case ru/be ``text``
    that no span in ``spans`` covers, and the other forms of those surnames in the text."""
    if language not in ("ru", "be") or not tokens or not is_lowercase_text(tokens):
        return []
    covered, person = covered_tokens(tokens, spans)
    seeds: dict[str, list[Span]] = {AFTER: [], OFFICIAL: []}
    for i, tok in enumerate(tokens):
        if covered[i] or not _cheap(tokens, person, i) or is_excluded(tok):
            continue
        if eligible(tok):
            rule = AFTER if _after(tokens, person, i) else OFFICIAL if _official(tokens, person, i) else None
        else:
            rule = OFFICIAL if _office_slot(tokens, person, i) else None
        if rule:
            seeds[rule].append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, f"candidates:{rule}", ""))
    out: list[Span] = []
    for rule, found in seeds.items():
        if found:
            out.extend(keep_named(tokens, found, spread(text, language, spans, tokens, found, rule), PREDICATES))
    return out
