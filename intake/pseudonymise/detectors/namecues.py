"""Context cues around a person's name in lower-case speech: what introduces a surname and what shows a
proven surname's other mention to be the common noun it also is.

A role noun and a demonstrative (``суддзя такі кот``, ``следователь был такой соловей``) present the next
noun as a name; a comparison (``як кот``), a preposition of place with the locative (``на дубе``), a
following ``адзін`` or a following noun the word qualifies as an adjective (``ціхую музыку``) show the word
itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import namelex, numwords
from intake.pseudonymise.detectors.becues import BE_FUNCTION, belarusian_noun, nominative_reading
from intake.pseudonymise.detectors.lowercase import OBJECTS, animate_cases, is_role, latin_unknown
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

_COMPARE = frozenset(fold(w) for w in "як как like нібы быццам словно будто".split())
_PLACE_PREPS = frozenset("на в во пад под над".split())  # with the locative or instrumental (not ``на воробья``)
_ONE = frozenset(fold(w) for w in "адзін адна один одна".split())


def common_use(tokens: Sequence[Token], i: int) -> bool:
    """A lower-case common noun used as the word, though a surname found elsewhere shares it: after a
    comparison (``як кот``, ``как сорока``) or a preposition of place (``на дубе``, not ``у розы``), or before ``адзін``
    (``верабей адзін на плоце``), or an inanimate noun before a plural past verb (``кисель давали``). A
    proven surname's other mentions are masked, but not these."""
    tok = tokens[i]
    if tok.cap or not tok.cyrillic:
        return False
    if governed(tokens, i):
        return True
    m = namelex.russian_reading(tok.text.lower().replace("’", "'"))[1]
    if m.known and m.common > 0.1 and counted(tokens, i):
        return True  # a dictionary noun (``роза``, partly a name to pymorphy3), not ``трёх майины письма``
    if not m.known or m.common < 0.5:
        return False
    prev = tokens[i - 1].norm if i > 0 else ""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    place = prev in _PLACE_PREPS and bool(m.case & {"loct", "ablt"})
    if prev in _COMPARE or place or nxt in _ONE or _had_quality(tokens, i):
        return True
    if prev in _AND or i + 1 >= len(tokens) or (i > 0 and namelex.first_names().lookup_first(prev)):
        return False  # ``ярославу соболь судили``: a woman's surname does not decline
    if comitative_slot(tokens, i):
        return False  # ``мы с любой решили``: the companion, the verb's co-subject, not its object
    return _object_of_plural(tok, tokens[i + 1])


# Possessive pronouns of the speaker and listener: speech puts them before a name (``наша люба``, ``мая ружа``).
_OWNERS = frozenset(
    fold(w)
    for w in "мой моя моё мою моей моего моему мои наш наша наше нашу нашей нашего нашему "
    "наши твой твоя твою твоей твоего ваш ваша вашу вашей вашего мая маю маёй майго маёй".split()
)
Reading = tuple[str, str, str]  # (case, number, gender)


def modified(tokens: Sequence[Token], i: int) -> bool:
    """A common noun with an attribute before it that agrees with the noun and with no name's reading of the word
    (``настоящие розы``, plural; a pronoun such as ``свой``, ``весь``, ``гэты`` takes a person as readily and is no
    cue): a given name takes no such attribute, so the word is the noun. For another form of
    a given name only: a surname that is a noun does take one (``осуждённый чиж``, ``этот рогач``)."""
    if i == 0 or not tokens[i].spaced:
        return False
    prev = tokens[i - 1]
    if prev.cap or not prev.cyrillic or prev.norm in _OWNERS:
        return False
    adjective = namelex.russian_reading(prev.text.lower().replace("’", "'"))[0]
    if namelex.main_pos(adjective) not in ("ADJF", "PRTF") or _pronoun(adjective):
        return False  # ``гэтая валечка``, ``наша танечка``: a pronoun takes a person as readily as a thing
    attrs = _readings(adjective, ("ADJF", "PRTF"), False)
    noun = namelex.russian_reading(tokens[i].text.lower().replace("’", "'"))[0]
    common, names = _readings(noun, ("NOUN",), False), _readings(noun, ("NOUN",), True)
    one = frozenset(r for r in names if r[1] == "sing")  # one person is named in the singular
    return _agree(attrs, common) and not _agree(attrs, one)


@lru_cache(maxsize=20_000)
def _pronoun(word: str) -> bool:
    """pymorphy3 reads ``word`` as a pronoun-adjective (``этот``, ``наш``, ``свой``, ``весь``)."""
    return any("Apro" in p.tag for p in namelex.known_parses(word))


@lru_cache(maxsize=20_000)
def _readings(word: str, pos: tuple[str, ...], named: bool) -> frozenset[Reading]:
    """(case, number, gender) of pymorphy3's readings of ``word`` as ``pos``; with ``named``, only the name and
    surname readings, else only the others."""
    out = set()
    for p in namelex.known_parses(word):
        if p.tag.POS in pos and bool({"Name", "Surn"} & p.tag.grammemes) == named:
            out.add((str(p.tag.case), str(p.tag.number), str(p.tag.gender)))
    return frozenset(out)


# Instrumental plural endings, Russian and Belarusian: no singular form ends so (``розами``, ``галубамі``).
_INSTRUMENTAL_PLURAL = ("ами", "ями", "амі", "ямі")


@lru_cache(maxsize=20_000)
def plural_common(word: str, language: str) -> bool:
    """``word`` (lower case) is only a plural, and one reading is a common noun's (``розами``, ``жуки``): one
    person is named in the singular; a family named by a surname's plural (``ивановы``: surname readings only)
    is not such a word. Russian by pymorphy3's readings; Belarusian, whose Russian reading misreads singulars
    (``голуб`` as a genitive plural), only by an instrumental plural ending."""
    if language == "be" and not word.endswith(_INSTRUMENTAL_PLURAL):
        return False
    spelling = namelex.russian_reading(word.replace("\u2019", "'"))[0] if language == "be" else word
    parses = [p for p in namelex.analyzer().parse(spelling) if p.is_known and p.score >= 0.01]
    if not parses or any(p.tag.number != "plur" for p in parses):
        return False
    return any(p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


def _agree(attrs: frozenset[Reading], nouns: frozenset[Reading]) -> bool:
    """Some attribute reading agrees with some noun reading: case and number, and gender in the singular."""
    return any(
        a[0] == n[0] and a[1] == n[1] and (a[1] == "plur" or a[2] in (n[2], "None")) for a in attrs for n in nouns
    )


def counted(tokens: Sequence[Token], i: int) -> bool:
    """A common noun counted by the cardinal number just before it (``пять котов``, ``сто одна роза``, ``у
    неё одна надежда``, ``дзве ружы``): a person is not counted by name, so the word is the noun."""
    if i == 0 or not tokens[i].spaced:
        return False
    prev = tokens[i - 1]
    if prev.cap:
        return False
    entry = numwords.lookup(prev.norm)
    return (prev.text.isdigit() and len(prev.text) <= 3) or (entry is not None and not entry[1])


_FAITH = frozenset(fold(w) for w in "вера веры веру верой верай вере".split())
_INTO = frozenset(fold(w) for w in "в во ў".split())
_SELF = frozenset(fold(w) for w in "себя сябе".split())


def governed(tokens: Sequence[Token], i: int) -> bool:
    """The noun with the complement only the common noun takes: ``вера в бога``, ``вера ў людзей``, ``веры в
    себя`` (``в``/``ў`` with an animate accusative follows a word of belief, never a person moving somewhere,
    who goes ``в магазин``), and ``слава богу``."""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if tokens[i].norm == "слава":
        return nxt == "богу"
    if tokens[i].norm not in _FAITH or nxt not in _INTO or i + 2 >= len(tokens):
        return False
    obj = tokens[i + 2]
    return obj.norm in _SELF or (obj.cyrillic and not obj.cap and _animate_accusative(obj))


def _animate_accusative(tok: Token) -> bool:
    """A common animate noun whose form may be the accusative (``бога``, ``людей``, ``людзей``)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known or m.name + m.surname + m.patronymic >= 0.3:
        return False
    parses = namelex.analyzer().parse(spelling)
    return any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and p.tag.case == "accs" for p in parses)


_AND = frozenset(fold(w) for w in "и і да".split())  # ``лёша и кисель пришли``: two subjects
_WE = frozenset(fold(w) for w in "мы нас мяне меня".split())
_WITH = frozenset(fold(w) for w in "с со з са".split())


_AT = frozenset(fold(w) for w in "у ў".split())
_HOLDERS = frozenset(fold(w) for w in "меня мяне нас него неё нее яго яе их іх тебя цябе вас".split())


def _had_quality(tokens: Sequence[Token], i: int) -> bool:
    """``вера ў мяне моцная``, ``надежда у нас слабая``: what someone has, with a predicate adjective after the
    holder, is the common noun (a person "at someone's" takes no such adjective)."""
    from intake.pseudonymise.detectors.adjective_readings import adjective_forms

    k = i + 3
    if k >= len(tokens) or not all(t.spaced for t in tokens[i + 1 : k + 1]):
        return False
    if tokens[i + 1].norm not in _AT or tokens[i + 2].norm not in _HOLDERS:
        return False
    return any(case == "nomn" for case, _ in adjective_forms(tokens[k].text))


def comitative_slot(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` follows ``мы с``/``мы з``/``нас з``/``меня с`` in its line: "X and I", a person."""
    return i >= 2 and tokens[i].spaced and tokens[i - 1].spaced and tokens[i - 1].norm in _WITH and (
        tokens[i - 2].norm in _WE
    )


def _object_of_plural(tok: Token, verb: Token) -> bool:
    """``tok`` is an inanimate noun in its dictionary form, with no animate reading, and ``verb`` a plural
    past verb after it: its object (``кисель давали``), never a person as the subject (``миру задержали``
    is another form; ``соболь`` may be the animal, and a person's object form)."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if m.inanimate < 0.5 or animate_cases(spelling) or namelex.lemma(spelling) != spelling:
        return False
    return _plural_past(verb)


def _plural_past(tok: Token) -> bool:
    """A past-tense verb in the plural (``давали``, ``прывезлі``): a singular inanimate noun before it is its
    object (``кисель давали``: they served kissel), never a person as its subject."""
    if not tok.spaced or not tok.cyrillic or not tok.norm.endswith("ли") or len(tok.norm) < 4:
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    return not m.known or namelex.verb_share(spelling) >= 0.5


def adjective_use(tokens: Sequence[Token], i: int) -> bool:
    """A common adjective, lower case or opening a sentence, before the noun it qualifies (``ціхую музыку``,
    ``Белую машину``): another form of a proven adjectival surname (Ціхая, Белая) used as the word."""
    tok = tokens[i]
    if (tok.cap and not tok.initial) or not tok.cyrillic:
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    return m.known and m.common >= 0.5 and qualifies_noun(tokens, i, spelling)


def qualifies_noun(tokens: Sequence[Token], i: int, spelling: str) -> bool:
    """An adjective before a lower-case noun of a shared case: the word, not a surname (``ціхую музыку``,
    ``Белую машину``, ``Тихого вечера`` opening a sentence). Never a possessive (``Лёвины письма``) nor a
    word after a given name (``глеб белый программист``: the surname's slot)."""
    if i + 1 >= len(tokens) or namelex.main_pos(spelling) != "ADJF" or _possessive(spelling):
        return False
    if i > 0 and namelex.is_given_form(tokens[i - 1].norm):
        return False
    nxt = tokens[i + 1]
    if nxt.cap or not nxt.cyrillic or not nxt.spaced:
        return False
    noun, m = namelex.russian_reading(nxt.text.lower().replace("’", "'"))
    return m.known and namelex.main_pos(noun) == "NOUN" and bool(_cases(spelling, "ADJF") & _cases(noun, "NOUN"))


def _possessive(word: str) -> bool:
    return any("Poss" in p.tag for p in namelex.analyzer().parse(word))


@lru_cache(maxsize=5_000)
def _cases(word: str, pos: str) -> frozenset[str]:
    """Cases pymorphy3 reads ``word`` in as part of speech ``pos``."""
    return frozenset(str(p.tag.case) for p in namelex.analyzer().parse(word) if pos == p.tag.POS and p.tag.case)


# ``суддзя такі кот``, ``следователь был такой соловей``: a role noun, maybe a copula, a demonstrative, a name.
_COPULAS = frozenset(fold(w) for w in "был была было быў была ёсць есть was is".split())
_SUCH = frozenset(fold(w) for w in "такі такая такой такая некий некая нейкі нейкая this one".split())


def role_introduced(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Label the noun that a role noun introduces through ``такі``/``такой``/``this`` (``суддзя быў такі
    кот``): a demonstrative after a role presents the person by name, whatever the word means."""
    for i, tok in enumerate(tokens):
        if tok.norm not in _SUCH or i == 0 or i + 1 >= len(tokens) or labels[i + 1] is not None:
            continue
        j = i - 1
        if tokens[j].norm in _COPULAS and j > 0:
            j -= 1
        if is_role(tokens[j]) and _introduced_noun(tokens[i + 1]):
            labels[i + 1] = "PERSON"


def _introduced_noun(tok: Token) -> bool:
    if len(tok.norm) < 3 or tok.norm in OBJECTS or is_stop_word(tok.text) or is_role(tok) or tok.norm in BE_FUNCTION:
        return False
    if not tok.cyrillic:
        return latin_unknown(tok)
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return belarusian_noun(tok) or namelex.looks_like_surname(tok.norm)
    if m.surname > 0 or "nomn" in animate_cases(spelling):
        return True
    return namelex.main_pos(spelling) == "NOUN" and m.inanimate < 0.5


# ``мы яго завём малінка``, ``everybody called him the wolf``: a naming verb, the person, the name it gives.
_NAMING = frozenset(
    fold(w)
    for w in "завём завем завуць звалі зваў звала зовём зовем зовут звали звал звала называем называли "
    "называлі называем называюць call calls called nicknamed".split()
)
_NAMED = frozenset(fold(w) for w in "яго яе іх его её ее их him her them".split())
_WE = frozenset(fold(w) for w in "мы we".split())
_FILLERS = frozenset("the that".split())
_ASK = frozenset(fold(w) for w in "як как how what".split())  # ``як яго завуць?`` asks, names nobody
_THEN = frozenset("because and but since as to for after".split())


def nickname_given(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Label the name that a naming statement gives (``мы яго завём малінка``, ``called him the wolf``)
    and the word a speaker names before ``мы яго завём`` (``Ціша мы яго завём``): whatever the word means,
    there it is what people call the person."""
    for i in range(1, len(tokens) - 1):
        if tokens[i].norm not in _NAMING:
            continue
        before = tokens[i - 1].norm in _NAMED  # ``яго завём малінка``
        j = i + 1 if before else i + 2  # ``called him the wolf``
        asked = tokens[max(0, i - 2 if before else i - 1)].norm in _ASK
        if asked or (not before and tokens[i + 1].norm not in _NAMED):
            continue
        if j + 1 < len(tokens) and tokens[j].norm in _FILLERS:
            j += 1
        filler = _clause_end(tokens, j)
        if j < len(tokens) and labels[j] is None and (filler or tokens[j].spaced) and _given_name(tokens[j], filler):
            labels[j] = "PERSON"
        k = i - 3
        we = k >= 0 and tokens[k + 1].norm in _WE and tokens[k + 1].spaced  # ``Ціша мы яго завём``
        if before and we and labels[k] is None and _given_name(tokens[k], False):
            labels[k] = "PERSON"


def _clause_end(tokens: Sequence[Token], j: int) -> bool:
    """``called him the wolf because`` or ``that, goose,``: a word after a filler that ends its phrase, not
    ``called them the next day``."""
    if tokens[j - 1].norm not in _FILLERS:
        return False
    return j + 1 >= len(tokens) or not tokens[j + 1].spaced or tokens[j + 1].norm in _THEN


def _given_name(tok: Token, filler: bool) -> bool:
    """A word that can be the name given: no function word or role; in English after ``the``/``that`` or
    no common English word (``called him back`` is a phone call); in Russian no instrumental description
    (``называли его предателем``)."""
    if len(tok.norm) < 3 or tok.norm in OBJECTS or is_stop_word(tok.text) or is_role(tok) or tok.norm in BE_FUNCTION:
        return False
    if not tok.cyrillic:
        return filler or tok.cap or latin_unknown(tok)
    return nominative_reading(tok)
