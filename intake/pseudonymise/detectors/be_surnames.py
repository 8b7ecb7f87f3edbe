"""Belarusian surnames in lower-case speech-recognition text, by their suffix morphology.

Cased text finds a Belarusian surname by its capital; lower-case ASR text has only the word itself.
Some Belarusian surname classes have suffixes with case endings that common words rarely share:
oblique ``-чык`` (``гардзейчыка``), ``-онак``/``-ёнак`` with its fleeting vowel (``кавалёнак``,
``жураконку``), ``-еня`` (``лапеню``, ``лапенем``), ``-ейка``/``-енка`` (``бурдзейкі``), and the oblique
adjectival ``-оў``/``-ін`` forms (``жаўрыцковым``, ``лагуцінай``). A word of five letters or more in such a
form is a surname when neither vocabulary knows it (hunspell-be as a common word or a proper noun,
:mod:`be_vocab`; pymorphy3, for the Russian words of mixed speech): ``хлопчыка``, ``сталіцы`` stay.
``-ец``, ``-скі``/``-цкі``, soft-sign and consonant-final surnames look like any unknown word and are not
read here (a person-slot version cost precision on the tuned sets). Without hunspell-be nothing fires.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, casing, morphology, namelex
from intake.pseudonymise.detectors.tokens import Token, fold

MIN_LETTERS = 5
# Folded forms (``ў`` -> ``у``, ``і`` -> ``и``, ``ё`` -> ``е``) of the strong suffix classes, each with
# its Belarusian case endings.
STRONG = re.compile(
    r"^[^\W\d_]{2,}(?:"
    r"[чц][ыи]к(?:а|у|ам|ом|е)"  # гардзейчыка, -у, -ам (the nominative is also a diminutive noun)
    r"|[еоая]нак|[еоая]нк(?:у|ам|ом)"  # кавалёнак, жураконку
    r"|[еэ]н(?:я|ю|ем)"  # лапеня, лапеню, лапенем
    r"|[еэ]йк(?:а|и|у|ам|ай)|[еэ]нк(?:и|ам|ай)"  # бурдзейка, шапаваленкі
    r"|[оаея]в(?:ым|ай)"  # ракітавым, жаўрыцковай
    r"|[иы]н(?:ым|ай)"  # лагуцінай
    r")$"
)
# Nominative, indeclinable-feminine and oblique shapes of the weak classes (folded), in a person's slot
# only: ``-ец`` (``карпавец``, ``лужанцам``), ``-скі``/``-цкі`` (``альшанскага``), soft-sign
# (``гаркаль``, ``шумелем``), consonant-final (``лапуш``, ``друцкарам``), ``-оў``/``-ін`` nominatives.
WEAK = re.compile(
    r"^[^\W\d_]{3,}(?:"
    r"(?P<ec>ец|ц(?:а|у|ам|е))"
    r"|(?P<ski>[сц]к(?:и|ага|аму|им|ая|ую|ай))"
    r"|(?P<soft>[бвдзлмнпрст](?:ь|я|ю|ем))"
    r"|(?P<ov>[оаея]у|ин|[оаея]ва|ина|[оаея]в[ау]|ин[ау])"
    # not velar (``-ук``/``-ак`` are read elsewhere); no bare ``м`` after a vowel: ``-ам``/``-эм`` endings
    r"|(?P<cons>(?:[бвджзлнпрстфчш]|(?<![аоеэиыяю])м)(?:а|у|ам|ом|е)?)"
    r")$"
)
# The endings each slot's case allows (a surname in the singular), longest first within a class.
GENITIVE = ("ага", "ай", "а", "я", "ы", "и")
CASE_ENDINGS = {
    "gen": GENITIVE,
    "ins": ("ам", "ем", "ом", "ым", "им", "ай", "яй", *GENITIVE),  # ``з`` + instrumental or genitive
    "acc": ("ага", "ую", "у", "ю", "а", "я"),
    "loc": ("им", "ай", "у", "ю", "е"),
    "dat": ("аму", "ай", "у", "ю", "е", "ы", "и"),
}
PREPOSITIONS = {"ад": "gen", "да": "gen", "ля": "gen", "каля": "gen", "для": "gen", "з": "ins", "са": "ins",
                "пра": "acc", "аб": "loc"}
# Verbs (and ``перадачу``) whose next word is a person in the dative: ``напісала гаркалю``.
DATIVE_BEFORE = frozenset(
    fold(w) for w in "напісала напісаў пісала пісаў перадала перадаў перадачу пазваніла пазваніў тэлефанавала "
    "дапамагла дапамог дапамагалі дапамагаў аддалі".split()
)
# Verbs of what a person said, did or underwent, after their subject: ``гаркаль сказала``.
SUBJECT_BEFORE = frozenset(
    fold(w) for w in "сказала сказаў казала казаў напісала напісаў расказала расказаў прыехала прыехаў "
    "паехала паехаў сядзіць сядзела сядзеў жыве памёр памерла пайшоў пайшла затрымалі асудзілі арыштавалі "
    "збілі выпусцілі адпусцілі вызвалілі".split()
)
PLURAL = re.compile(r"(?:ами|ями|ах|ях)$")
PLURAL_GENITIVE = re.compile(r"[аоея]у$")  # ``палітвязняў``, ``сілавікоў``: a surname only as a subject
NOMINATIVE = re.compile(r"(?:ец|[сц]ки|[сц]кая|ь|[оаея]у|ин|[оаея]ва|ина|[бвджзлнпрстфчш]|(?<![аоеэиыяю])м)$")
ADJECTIVE = re.compile(r"[сц]к(і|ага|аму|ім|ая|ую|ай)$")  # Russian ``-ский``: ``валанцёрскі`` -> ``-ский``
RUSSIAN_ADJECTIVE = {"і": "ий", "ага": "ого", "аму": "ому", "ім": "им", "ая": "ая", "ую": "ую", "ай": "ой"}
# An agent noun of a known stem (``міліцыянта`` <- ``міліцыя``, ``сілавіка`` <- ``сілавы``): the suffix
# (after the case ending) and the endings the stem's own word may have.
AGENT = re.compile(r"^(?P<base>\w{3,}?)(?:ант|янт|іст|ыст|нік|ік)(?:ам|ом|а|у|е|ы|і)?$")
BASE_ENDINGS = ("", "а", "я", "ы", "і", "ны", "ая")
# Oblique hundreds of a numeral (folded), in spellings no vocabulary lists: ``каля дзвюхсот``, ``з трымастамі``.
HUNDREDS = re.compile(
    r"^(?:дз?в(?:ух|юх|ум|юм|ума|юма)|тр(?:ох|ы|ым|ыма)|чатыр(?:ох|ы|ма)|(?:пяц|шасц|шэсц|сям|дзевяц|дзяв[яе]ц)и"
    r"|вас[ьм]?м[иі]|вос[ея]м)(?:сот|ст(?:а|ам|ами|ах))$"
)
BARE = re.compile(r"(?:[бвджзлнпрстфчш]|(?<![аоеэиыяю])м)$")  # a feminine consonant-final surname is not declined


def _unknown(text: str) -> bool:
    """Neither hunspell-be (common word or proper noun) nor pymorphy3 knows ``text``."""
    return not be_vocab.known(text) and be_vocab.proper(text) is None and not namelex.word_morph(text).known


def _candidate(tok: Token) -> bool:
    return (
        tok.cyrillic
        and len(tok.norm) >= MIN_LETTERS
        and tok.norm not in casing.not_identifiers()
        and be_vocab.available()
        and _unknown(tok.text.lower())
        and not HUNDREDS.match(tok.norm)
    )


def _slot(tokens: Sequence[Token], i: int) -> str | None:
    """The case a person's slot gives ``tokens[i]``: after a preposition of a person (``з``, ``ад``,
    ``пра``, ``аб``) its case, after a verb of writing or giving the dative, before a verb of what a person
    said or underwent the nominative; ``None`` elsewhere."""
    if i > 0 and tokens[i].spaced:
        prev = tokens[i - 1].norm
        if prev in PREPOSITIONS:
            return PREPOSITIONS[prev]
        if prev in DATIVE_BEFORE:
            return "dat"
    if i + 1 < len(tokens) and tokens[i + 1].spaced and tokens[i + 1].norm in SUBJECT_BEFORE:
        return "nom"
    return None


def _agrees(norm: str, case: str) -> bool:
    """A singular surname of a weak class in ``case``: the ending fits the slot (``з гаркалем``,
    ``ад лужанца``, ``гаркаль сказала``); a plural ending (``з валанцёрамі``, ``для сілавікоў``) never."""
    if not WEAK.match(norm) or PLURAL.search(norm):
        return False
    if case == "nom":
        return bool(NOMINATIVE.search(norm))
    if PLURAL_GENITIVE.search(norm):
        return False
    return norm.endswith(CASE_ENDINGS[case]) or bool(BARE.search(norm))


def _russian_common(text: str) -> bool:
    """A Russian spelling of ``text`` is a common word pymorphy3 knows (``валанцёрскі`` ->
    ``волонтёрски``, ``сілавікоў`` -> ``силовиков``): a Belarusian cognate of a Russian word."""
    low = text.lower()
    for word in dict.fromkeys((low, ADJECTIVE.sub(lambda e: e.group(0)[0] + "к" + RUSSIAN_ADJECTIVE[e.group(1)], low))):
        _, m = morphology.russian_reading(word)
        if m.known and m.common > max(m.surname, m.name, m.patronymic):
            return True
    return False


def agent_noun(text: str) -> bool:
    """``text`` is an agent noun of a stem hunspell-be knows: ``міліцыянт``, ``сілавік``."""
    m = AGENT.match(text.lower())
    return m is not None and any(be_vocab.known(m.group("base") + e) for e in BASE_ENDINGS)


def surname(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` is a lower-case Belarusian surname that no vocabulary knows: by its suffix, or in a
    person's slot by a weak class's ending that agrees with the slot's case."""
    tok = tokens[i]
    if not _candidate(tok):
        return False
    if STRONG.match(tok.norm):
        return True
    case = _slot(tokens, i)
    return case is not None and _agrees(tok.norm, case) and not _russian_common(tok.text) and not agent_noun(tok.text)
