"""A common-word surname right BEFORE a given name in lower-case Russian and Belarusian speech.

Belarusian and Russian speakers, like official lists, often say the surname first: ``жук сергей``, ``с жуком
сергеем``, ``пра жука сяргея``. Lower-case speech recognition keeps the given name (a listed name) but loses the
capital of a surname that is an ordinary word. The same order is also a description or apposition (``кот
васька``, ``брат сергей``, ``маленький саша``), and a noun before a name in the genitive is often its possessor
(``машину сергея``, ``около дома алеся``). The word before a given name is therefore taken only where the
syntax leaves no other reading:

- both stand in the same **oblique** case that a common noun could not share with a name by chance: the
  instrumental, dative or prepositional (``с жуком сергеем``, ``коту ивану``, ``о жуке сергее``), or the
  genitive/accusative of an **animate** noun (``задержали налима павла``; an inanimate one is a possession:
  ``машину сергея``);
- a woman's undeclined surname: a noun in the nominative form right after a preposition that cannot govern it,
  before her name in an oblique case (``з крот алісай``, ``у собаль златы``);
- both in the nominative when a verb of speech follows the name (``дуб ціхан сказаў``).

Adjectives (an attribute as often: ``маленький саша``), kin, role, office, title and address words, time
words, function words and the animals kept as pets (``кот васька``, ``собака шарик``) never fill the slot.
Candidates are uncertain PERSON (reason ``uncertain:surname-first``) and mask the surname's other forms as
``surname_slots`` does.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import BE_SPEECH_VERBS, belarusian_noun
from intake.pseudonymise.detectors.careers import OCCUPATIONS
from intake.pseudonymise.detectors.noun_surnames import (
    anchor_of,
    is_excluded,
    is_patronymic,
    noun_readings,
    office_word,
)
from intake.pseudonymise.detectors.surname_slots import SCORE, eligible, spread
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, fold, is_lowercase_text
from intake.pseudonymise.spans import Span

RULE = "surname-first"
# Animals people keep and name (Russian lemmas; Belarusian through the Russian reading): ``кот васька``.
PETS = frozenset(
    (
        "кот кошка котёнок котенок котик киса собака пёс пес щенок собачка песик попугай хомяк кролик конь "
        "лошадь корова коза козёл козел свинья поросёнок поросенок кабанчик черепаха рыбка птичка канарейка"
    ).split()
)
_BE_PETS = frozenset(fold(w) for w in "кот котка кацяня сабака сабачка шчанюк конь карова каза казёл сабаку".split())
# People's standing and callings that precede a name in apposition or as its head (Russian lemmas, ``ё`` as
# ``е``; Belarusian through the Russian reading) beside the offices of ``noun_surnames``: ``губернатора бориса``,
# ``первая леди мишель``, ``лидер оппозиции нино``.
RU_STATUS = frozenset(
    (
        "губернатор госсекретарь секретарь леди лорд сэр принц принцесса король королева царь царица император "
        "императрица президент премьер канцлер сенатор посол консул мэр лидер глава министр депутат спикер "
        "кандидат певец певица актер актриса писатель поэт художник режиссер журналист блогер активист "
        "правозащитник политзаключенный святой святая отец папа патриарх митрополит епископ владыка коллега "
        "сокамерник сокамерница заключенный осужденный фигурант свидетель потерпевший подсудимый обвиняемый "
        "задержанный оппозиция оппозиционер премьер-министр вице-президент тренер капеллан монах монахиня"
    ).split()
)
# Occupations (stems) that stand before a name in apposition, beside ``careers.OCCUPATIONS``: ``хирург марина
# сказала``, ``с врачом ольгой``.
CALLINGS = (
    *OCCUPATIONS,
    *"хирург медик санитар терапевт стоматолог психолог психиатр нарколог гинеколог педиатр окулист "
    "хірург санітар псіхолаг псіхіятр дантыст".split(),
)
# Verbs of speech after a name in the nominative (Russian; Belarusian in ``BE_SPEECH_VERBS``).
RU_SPEECH = frozenset(
    (
        "сказал сказала говорит говорил говорила пишет писал писала написал написала спросил спросила "
        "ответил ответила рассказал рассказала рассказывал рассказывала звонил звонила позвонил позвонила "
        "заявил заявила считает считал считала кричал кричала"
    ).split()
)
# The cases each preposition governs (folded; the Belarusian ``у``/``ў`` also for the Russian ``в``; the rare
# accusative of ``о`` left out).
_GOVERNS: dict[str, frozenset[str]] = {
    fold(w): frozenset(cases.split())
    for words, cases in (
        ("с со з са", "ablt gent"),
        ("к ко", "datv"),
        ("от ад до да для без около каля ля из", "gent"),
        ("при пры о об аб", "loct"),
        ("про пра праз через", "accs"),
        ("в во на", "accs loct"),
        ("за под пад над перад перед", "accs ablt"),
        ("по па", "datv loct accs"),
    )
    for w in words.split()
}
_U = {"ru": frozenset({"gent"}), "be": frozenset({"gent", "accs", "loct"})}
_OBLIQUE = frozenset({"datv", "ablt", "loct"})
_OBLIQUE_NAME = frozenset({"datv", "accs", "ablt", "loct"})
# Determiners and indefinite pronouns before a name (folded stems; pymorphy3 guesses some Belarusian forms a
# noun: ``нейкі`` -> нейки): ``нейкі жэнька``, ``какой-то саша``, ``гэты андрэй``.
_DETERMINER_STEMS = tuple(
    fold(w) for w in "нейк някі някая якісь якась некое некий некая некую некой гэты гэта".split()
)


_NOT_BEFORE = frozenset(w.replace("ё", "е") for w in PETS | RU_STATUS)


def _apposed(tok: Token) -> bool:
    """``tok`` is a form of an animal kept as a pet (``кот``, ``сабаку``) or of a person's standing."""
    if tok.norm in _BE_PETS:
        return True
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    return m.known and namelex.lemma(spelling).replace("ё", "е") in _NOT_BEFORE


def _speech_after(tokens: Sequence[Token], j: int) -> bool:
    """A verb of speech right after ``tokens[j]``."""
    return j + 1 < len(tokens) and (tokens[j + 1].norm in RU_SPEECH or tokens[j + 1].norm in BE_SPEECH_VERBS)


# Belarusian noun endings (folded) and the cases they spell, for a word no Russian reading declines as a
# singular noun (``шчуцы``, ``шчукай``, ``ваўка``): the genitive/accusative ``-а``/``-я`` of an animate
# man's noun only after a preposition that governs the accusative (``пра ваўка``; ``ліста алеся`` is a
# possession), no feminine genitive (``машыны алены`` is one too).
_BE_ENDINGS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("ам", "ям", "ем", "ом", "ай", "яй"), frozenset({"ablt"})),
    (("цы", "зе", "се", "е"), frozenset({"datv", "loct"})),
    (("у", "ю"), frozenset({"datv", "loct"})),  # not the accusative: ``пра кнігу алеся`` is a possession
    (("а", "я"), frozenset({"gent", "accs"})),
)
_ACCUSATIVE_PREPOSITIONS = frozenset(fold(w) for w in "пра про на за праз через".split())


def _be_noun_cases(tokens: Sequence[Token], i: int) -> frozenset[str]:
    """The cases ``tokens[i]`` spells by its Belarusian ending (a consonant: the nominative)."""
    norm = tokens[i].norm
    for ends, cases in _BE_ENDINGS:
        if norm.endswith(ends):
            if "gent" in cases and not (i >= 1 and tokens[i - 1].norm in _ACCUSATIVE_PREPOSITIONS):
                return frozenset()
            return cases
    return frozenset({"nomn"}) if norm[-1:] not in "аеёиоуыэюяйь" else frozenset()


def _noun_cases(tokens: Sequence[Token], i: int, language: str) -> frozenset[str]:
    """The cases ``tokens[i]`` stands in as a singular noun (mostly no adjective) that may be a surname:
    oblique cases of any noun, the genitive/accusative only of an animate one; an unknown Belarusian noun,
    or one whose Russian reading is no singular noun (``кабанам``, ``ваўка`` -> вовка), by its ending."""
    tok = tokens[i]
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return _be_noun_cases(tokens, i) if belarusian_noun(tok) or language == "be" else frozenset()
    if namelex.main_pos(spelling) not in ("NOUN", "") and not (language == "be" and spelling != tok.text):
        return frozenset()  # an adjective is an attribute as often (``маленький саша``)
    readings = noun_readings(spelling)
    if not readings:
        return _be_noun_cases(tokens, i) if language == "be" else frozenset()
    out: set[str] = set()
    for pos, case, _, animate in readings:
        if pos != "NOUN":
            continue
        if case in _OBLIQUE or case == "nomn" or (case in ("gent", "accs") and animate):
            out.add(case)
    return frozenset(out)


def _noun_forms(tok: Token) -> frozenset[str]:
    """Every case pymorphy3 reads ``tok`` in as a noun (singular or plural); an unknown word: the nominative
    and the accusative an inanimate one shares with it."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return frozenset({"nomn", "accs"})
    return frozenset(str(p.tag.case) for p in namelex.analyzer().parse(spelling) if p.tag.POS == "NOUN")


def _bare_nominative(tokens: Sequence[Token], i: int, language: str, cases: frozenset[str]) -> bool:
    """A woman's undeclined surname: ``tokens[i]`` reads as a nominative right after a preposition that
    governs her name's case and none of the word's own (``з крот алісай``, ``о соболь злате``), or the same
    case as both (``пра ліст ганну``: a possessor would be in the genitive, ``пра ліст ганны``)."""
    if i < 1 or not tokens[i].spaced:
        return False
    prep = tokens[i - 1].norm
    governs = _U[language] if prep == "у" else _GOVERNS.get(prep, frozenset())
    forms = _noun_forms(tokens[i])
    return bool(governs & cases) and (not governs & forms or bool(governs & cases & forms))


# Adjectives that describe a person before the name (Russian lemmas, ``ё`` as ``е``; Belarusian through the
# Russian reading): ``покойного андрея``, ``с младшим сашей``, ``нашему алесю``.
RU_DESCRIPTIVE = frozenset(
    (
        "маленький старый старший младший молодой бедный покойный дорогой любимый милый родной знакомый "
        "известный хороший несчастный больной живой самый весь целый другой тот этот такой какой наш ваш мой "
        "твой свой один первый второй третий последний новый бывший настоящий нынешний большой главный "
        "верный общий русский белорусский польский литовский украинский южный северный западный восточный "
        "центральный старенький младшенький бедненький "
        "маленькая юный пожилой взрослый здоровый сильный умный смелый храбрый честный славный светлый"
    ).split()
)


# Belarusian adjective endings (folded) no Russian reading declines (``добрага``, ``беламу``, ``белую``).
_BE_ADJECTIVE_ENDINGS = ((("ага", "яга"), frozenset({"gent", "accs"})), (("аму", "яму"), frozenset({"datv"})))


def _adjective_cases(tok: Token) -> frozenset[str]:
    """The oblique cases ``tok`` stands in as a mostly-adjective word that is no common description of a
    person (``белага``, ``тихим``; not ``покойного``). The case alone agrees: a name's gender is often
    unsure in an oblique form (``казимира``) and an adjective's oblique case already excludes a predicate."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known or namelex.main_pos(spelling) != "ADJF":
        for ends, cases in _BE_ADJECTIVE_ENDINGS:
            if spelling == tok.text.lower() and tok.norm.endswith(ends) and len(tok.norm) > 5:
                return cases
        return frozenset()
    if namelex.lemma(spelling).replace("ё", "е") in RU_DESCRIPTIVE:
        return frozenset()
    return frozenset(c for pos, c, _, _ in noun_readings(spelling) if pos == "ADJF" and c != "nomn")


def _animate(tok: Token) -> bool:
    """pymorphy3 reads ``tok`` (in its Russian spelling) as an animate noun only."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    readings = noun_readings(spelling) if m.known else ()
    return bool(readings) and all(pos == "NOUN" and animate for pos, _, _, animate in readings)


def _oblique_name(cases: frozenset[str]) -> bool:
    """A name form that is oblique and not a nominative or a genitive only (a possessor: ``лебедзь ірыны``)."""
    return bool(cases & _OBLIQUE_NAME) and "nomn" not in cases


def _slot(tokens: Sequence[Token], person: Sequence[bool], i: int, language: str) -> bool:
    """``tokens[i]`` right before a one-word given name it agrees with (see the module's frames)."""
    j = i + 1
    if j >= len(tokens) or not person[j] or (i > 0 and person[i - 1]):
        return False
    if j + 1 < len(tokens) and is_patronymic(tokens[j + 1]):
        return False  # the official order ``noun_surnames`` takes
    anchor = anchor_of(tokens[j])
    if anchor is None:
        return False
    cases, gender = anchor
    if {"nomn", "ablt"} <= cases:
        return False  # an undeclined name (``нино``, ``мишель``) agrees with anything
    tok_cases = _noun_cases(tokens, i, language)
    if tok_cases & cases & (_OBLIQUE | {"gent", "accs"}) or _adjective_cases(tokens[i]) & cases:
        return True
    if gender == "femn" and "nomn" in tok_cases and _bare_nominative(tokens, i, language, cases):
        return True
    if gender == "femn" and "nomn" in tok_cases and _oblique_name(cases) and _animate(tokens[i]):
        return True  # ``перадалі лебедзь ірыне``: a being does not stand before her name but as her surname
    return "nomn" in tok_cases & cases and _speech_after(tokens, j)


def _may_be_surname(tok: Token) -> bool:
    """A content word that may be a surname and is no office, calling, status, pet or determiner."""
    if not eligible(tok) or is_excluded(tok) or tok.norm.startswith(_DETERMINER_STEMS):
        return False
    return not (office_word(tok) or _apposed(tok) or tok.text.lower().startswith(CALLINGS))


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain PERSON spans for a common-word surname right before a given name in lower-case ru/be
    ``text`` that no span in ``spans`` covers, and the other forms of those surnames in the text."""
    if language not in ("ru", "be") or not tokens or not is_lowercase_text(tokens):
        return []
    covered, person = covered_tokens(tokens, spans)
    found: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        if covered[i] or not person[i + 1] or text[tok.end : tokens[i + 1].start] != " ":
            continue  # one space between: a blanked comma or a line break parts the words
        if _may_be_surname(tok) and _slot(tokens, person, i, language):
            found.append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, f"candidates:{RULE}", ""))
    return spread(text, language, spans, tokens, found, RULE) if found else []
