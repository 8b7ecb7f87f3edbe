"""Names in lower-case, unpunctuated speech-recognition text, where capitals give no hint.

A first name found by the lexicon anchors its neighbours: the word after it is a surname or patronymic
when pymorphy3 tags it so, does not know it, or reads it as an animate noun in the same case (``катя
мельник``), unless it is a role or kinship word (``мама``, ``адвокат``). On its own, a word is a
name part when pymorphy3 tags it ``Surn``/``Patr`` with most of its weight, or when it is unknown and
ends like a surname (``-ович``, ``-енко``, ``-чук``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import be_surnames, be_vocab, casing, namelex
from intake.pseudonymise.detectors.becues import (
    BE_SPEECH_VERBS,
    SPEAKER_LABELS,
    belarusian_noun,
    instrumental_pair,
)
from intake.pseudonymise.detectors.numwords import lookup
from intake.pseudonymise.detectors.role_alternations import alternate_stems
from intake.pseudonymise.detectors.stemming import lexeme_keys
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

ROLE_WORDS = frozenset(
    (
        "младший младшая старший старшая малодшы малодшая старэйшы старэйшая "
        "мама папа мать отец сестра брат жена муж сын дочь дочка бабушка дедушка внук внучка тётя дядя свёкор "
        "подруга друг сосед соседка адвокат адвокатка судья следователь прокурор начальник коллега "
        "свекровь тёща девушка парень ребёнок ребята человек люди женщина мужчина волонтёр координатор "
        "мамы маме маму мамой папы папе папу папой сестры сестре сестру сестрой брата брату братом жены "
        "жене жену женой мужа мужу мужем сына сыну сыном дочери дочерью бабушке бабушку бабушкой "
        "маці бацька сястра брат жонка муж сын дачка бабуля дзядуля сяброўка сябар суседка адвакат "
        "суддзя следчы пракурор калега врач учитель учительница программист инженер журналист журналистка "
        "студент студентка волонтёрка активист активистка директор бухгалтер заключённый политзаключённый "
        "сотрудник милиционер омоновец охранник сокамерник сокамерница сосед соседка знакомый знакомая "
        "муж жена сын дочь внук внучка племянник племянница крёстный свекровь свёкор тёща тесть невестка "
        "зять кум кума начальница админ админка психолог медсестра пенсионер пенсионерка конвоир цензор "
        "опер оперативник надзиратель контролёр вертухай зэк конвой прапорщик майор капитан лейтенант "
        "полковник генерал сержант завхоз повар водитель таксист курьер продавец кассир кассирша медик "
        "фельдшер психиатр терапевт священник батюшка ксёндз профессор преподаватель выкладчык настаўнік "
        "настаўніца дед бабка старик старушка мужик пацан девочка мальчик ребёнок подросток "
        "цётка цёця дзядзька сусед сяброўка сябра ўнук унучка пляменнік пляменніца нявестка свякроў цешча "
        "хлопец дзяўчына дзіця кіраўнік начальнік выкладчыца дырэктар лекар урач доктар медсястра "
        "тетя тётка дядька бабуля дедуля сосед мастер бригадир шеф хозяин хозяйка тренер напарник "
        "напарница сменщик майстар брыгадзір гаспадар гаспадыня доктор мужык "
        "жанчына мужчына чалавек тата татка матуля дзед знаёмая знаёмы сукамернік сукамерніца студэнт "
        "студэнтка актывіст актывістка валанцёр валанцёрка каардынатар зняволены палітвязень пенсіянер "
        "пенсіянерка сваячка сваяк сястрычка братка швагер нявеста жаніх хросная хросны"
    ).split()
)


def is_role(tok: Token) -> bool:
    """A kinship or role noun in any case (``внучке``, ``адвокату``; Belarusian ``суседку``, ``сяброўцы``),
    never a name part."""
    if tok.norm in ROLE_WORDS or tok.norm in _folded_roles():
        return True
    return tok.cyrillic and _is_role_text(tok.text, tok.norm)


@lru_cache(maxsize=1)
def _folded_roles() -> frozenset[str]:
    """The role nouns as tokens spell them (``сям'і`` -> ``сям'и``, ``сябрам``)."""
    return frozenset(fold(w) for w in ROLE_WORDS)


@lru_cache(maxsize=50_000)
def _is_role_text(text: str, norm: str) -> bool:
    if namelex.lemma(text) in ROLE_WORDS:
        return True
    return not namelex.word_morph(text).known and _role_stem(norm)


@lru_cache(maxsize=1)
def _role_stems() -> frozenset[str]:
    """Stems of the role nouns after a case ending, with the ``к``/``ц`` alternation (``суседка`` ->
    ``суседк``, ``суседц``) and those of ``role_alternations.py`` (a fleeting vowel, Belarusian ``я`` for
    ``ё``): pymorphy3 reads no Belarusian, so Belarusian cases are matched by stem."""
    out: set[str] = set()
    for word in ROLE_WORDS:
        for key in lexeme_keys(fold(word), 3):
            out.add(key)
            if key.endswith("к"):
                out.add(key[:-1] + "ц")
        out.update(fold(stem) for stem in alternate_stems(word))  # ``палітвязнем``, ``ксяндза``
    return frozenset(out)


def _role_stem(norm: str) -> bool:
    """A case form of a role noun, or of its feminine in ``-ка`` (``адвакатка``, ``журналісткай``)."""
    keys = lexeme_keys(norm, 3)
    if len(norm) >= 6 and any(k.endswith("к") and k[:-1] in _folded_roles() for k in keys | {norm[:-1]}):
        return True
    return len(norm) >= 4 and any(k != norm or k in ROLE_WORDS for k in keys & _role_stems())


def _is_anchor(labels: Sequence[str | None], j: int) -> bool:
    return 0 <= j < len(labels) and labels[j] == "PERSON"


_ADJ_SURNAME = re.compile(r"^[^\W\d_]{3,}(?:ов|ев|ин|ын|ав|ич|оу|еу|ау)ск(?:ая|ий|ой|ого|ую|ому|ым|им|ай|ага|аму)$")
# A patronymic no common word is shaped like (folded: ``іосіфаўна`` -> ``иосифауна``); ``-ич`` may be a surname.
STRONG_PATRONYMIC = re.compile(r"^[^\W\d_](?:[^\W\d_]|'){2,}(?:овн|евн|аун|еун|ичн)(?:а|ы|е|у|ой|ай|ою|аю)$")


# Sounds and words of hesitation in transcribed speech (folded): never part of a name.
HESITATIONS = frozenset(fold(w) for w in "э ээ эээ э-э э-э-э эм м-м мм ммм ну uh um".split())


def follower(prev: Token, tok: Token, language: str) -> bool:
    """``tok`` right after a first name ``prev`` is a surname or patronymic.

    pymorphy3 knows no Belarusian: there, an unknown word must also be shaped like a name part. A
    known noun counts when it agrees in case with the first name (``катя мельник``, ``сергей
    дубовик``; not ``андрея дом``).
    """
    if len(tok.norm) < 3 or is_role(tok) or tok.norm in BE_SPEECH_VERBS or tok.norm in HESITATIONS:
        return False
    if tok.norm in NAMING_WORDS or tok.norm in HOME_ADVERBS:  # ``бортнік прозвішча``, ``у тимофея дома``
        return False
    if not tok.cyrillic:  # an English word is no surname, whatever its ending (``which``)
        return latin_unknown(tok) or rare_english(prev, tok)
    if namelex.PATRONYMIC_RE.match(tok.norm):
        return True
    m = namelex.word_morph(tok.text)
    if m.surname > 0 and oblique_predicate(prev, tok):
        return False
    if m.surname > 0 or m.patronymic > 0:
        return True
    if not m.known and lookup(tok.norm) is not None:
        return False  # ``аляксею сорак тры``: a Belarusian number word pymorphy3 cannot read is an age, no surname
    if not m.known and (language != "be" or namelex.looks_like_surname(tok.norm) or belarusian_noun(tok)):
        return True
    if language == "be" and instrumental_pair(prev, tok):
        return True
    if _ADJ_SURNAME.search(tok.norm) and m.place < 0.5:
        return True  # ``жанна соколовская``: pymorphy3 reads an adjective
    if m.known and namelex.looks_like_surname(tok.norm) and m.common < 0.9:
        return True
    return agrees_as_surname(prev, tok)


_PREDICATE_POS = frozenset({"VERB", "INFN"})


def oblique_predicate(prev: Token, tok: Token) -> bool:
    """``олегу дали``, ``марине дали``: after a name that cannot be nominative, a word pymorphy3 reads first as a
    verb is the predicate (``кому дали``), though its spelling is also an indeclinable surname (``Дали``)."""
    if not tok.cyrillic or namelex.main_pos(tok.text) not in _PREDICATE_POS:
        return False
    cases = namelex.name_cases(prev.text, prev.norm)
    return bool(cases) and "nomn" not in cases


# "At home" and "home(wards)" (folded): after a genitive name they say whose home (``у тимофея дома``, ``да
# міколы дамоў``), never a surname, though ``дома`` is also the genitive of ``дом``.
HOME_ADVERBS = frozenset(fold(w) for w in "дома домой домою дамоў дадому додому".split())
ADVERB_SHARE = 0.25  # ``летом`` (0.48), ``верхом``, ``рядом``: an inanimate noun form the language uses as an adverb


# Latin words of spelled-out addresses and contractions that lost their apostrophe: never a surname.
LATIN_NOT_NAMES = frozenset("dot dash underscore slash hyphen shes hes im ive youre theyre thats whats dont".split())
# English kinship and role nouns: after a first name they open an apposition (``tamara  aunt toma``: a comma
# blanked by speech recognition), never a surname, however rare the word.
ENGLISH_KIN = frozenset(
    "aunt auntie aunty uncle cousin nephew niece grandson granddaughter grandma grandpa granny grandmother "
    "grandfather mother father mum mom dad sister brother wife husband son daughter friend colleague "
    "neighbour neighbor".split()
)
RARE_ENGLISH = 3000  # ``uladzimir dub``: an English word past the 3,000 commonest may be a surname


def rare_english(prev: Token, tok: Token) -> bool:
    """A lower-case English word that is not among the commonest, right after a Latin first name
    (``andrei dub``, ``olga fox``; not ``andrei said``): Slavic surnames that are common nouns keep their
    spelling in Latin script and some coincide with English words."""
    if prev.cyrillic or len(tok.norm) < 3 or not tok.norm.isascii() or not tok.norm.isalpha():
        return False
    if casing.is_stopword(tok) or tok.norm in LATIN_NOT_NAMES or tok.norm in ENGLISH_KIN:
        return False
    if tok.norm.endswith(("ed", "ing", "ly")):
        return False
    if tok.norm.endswith("s") and any(namelex.is_english_word(tok.norm[:-k]) for k in (1, 2)):
        return False  # a verb's third person (``olga sends``, ``andrei teaches``)
    return namelex.english_ranks().get(tok.norm, RARE_ENGLISH) >= RARE_ENGLISH


RESPELT_SURNAME = 0.3  # ``мароз`` -> ``мороз`` is mostly Surn; ``ліст`` -> ``лист`` (Liszt) is not enough


def animate_surname(prev: Token, tok: Token) -> bool:
    """``agrees_as_surname``, and the noun names a living being or is a surname (``заяц``, ``салавей``,
    ``мароз``): support for a first name that is a common word (``роза заяц``; not ``вера дом``)."""
    if is_role(tok) or not agrees_as_surname(prev, tok):
        return False
    m = namelex.russian_reading(tok.text.lower().replace("’", "'"))[1]
    return m.surname >= RESPELT_SURNAME or m.common - m.inanimate >= 0.2


def agrees_as_surname(prev: Token, tok: Token) -> bool:
    """``tok``, a noun after the first name ``prev``, is its surname: surnames that are nouns (Мельник,
    Дубовик, Шпак) agree in case with the first name (an inanimate noun's accusative is its nominative:
    ``андрея дом`` does not agree).

    A Belarusian word pymorphy3 does not know is read in its Russian spelling (``ксеня мароз`` ->
    ``мороз``, Surn; ``янка салавей`` -> ``соловей``); there only a surname or an animate noun counts
    (``ксеня кажа`` -> ``кожа`` does not).
    """
    if not tok.cyrillic or is_stop_word(tok.text):
        return False
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return False
    respelt = spelling != tok.text.lower()
    if respelt and m.surname + m.patronymic >= RESPELT_SURNAME:
        return True
    if respelt and m.common - m.inanimate < 0.2:
        return False
    cases = namelex.name_cases(prev.text, prev.norm)
    if not respelt and animate_cases(spelling) & cases:
        return True  # ``вячеслав сорока``: an animate reading, though the numeral (сорока) outweighs it
    if not respelt and namelex.noun_share(spelling) < 0.5 and m.common - m.inanimate < 0.3:
        return False  # mostly not a noun, and no animate noun either (``соловей`` is one in three)
    if not respelt and namelex.adverb_share(spelling) >= ADVERB_SHARE and m.common - m.inanimate < 0.3:
        return False  # an adverbial case form of a thing (``с андреем летом``, ``у тимофея дома``)
    own = m.case - {"accs"} if m.inanimate > 0.5 else m.case
    return bool(cases & own)


ANIMATE_SHARE = 0.05


@lru_cache(maxsize=20_000)
def animate_cases(word: str) -> frozenset[str]:
    """Cases of the animate-noun readings of ``word`` that pymorphy3 gives some weight (``сорока``, a bird, is
    nominative beside the numeral ``сорока``)."""
    return frozenset(
        str(p.tag.case)
        for p in namelex.analyzer().parse(word)
        if p.is_known and p.tag.POS == "NOUN" and "anim" in p.tag and p.score >= ANIMATE_SHARE and p.tag.case
    )


def _leader(tok: Token) -> bool:
    """``tok`` right before a first name is a surname (``ковальчук марина``)."""
    if len(tok.norm) < 4 or is_role(tok):
        return False
    m = namelex.word_morph(tok.text)
    return m.surname > 0.3 or (not m.known and namelex.looks_like_surname(tok.norm, strong=True))


def latin_unknown(tok: Token) -> bool:
    """A lower-case Latin word of 3+ letters that is no common English word (``sviryd``, ``zaiats``)."""
    norm = tok.norm
    if len(norm) < 3 or not norm.isascii() or not norm.isalpha() or casing.is_stopword(tok) or norm in LATIN_NOT_NAMES:
        return False
    return not namelex.is_english_word(norm)


def latin_surname(tok: Token) -> bool:
    """A lower-case Latin word shaped like a Slavic or Polish surname and no English word (``hrytsevich``)."""
    return bool(namelex.STRONG_LATIN_SURNAME_RE.match(tok.text.capitalize())) and latin_unknown(tok)


def _alone(tok: Token, named: frozenset[str] | None = None) -> bool:
    """A surname or patronymic by the word alone: pymorphy3's reading, or an unknown word's surname shape.

    ``named`` (Belarusian text only): the lexeme keys of the words that stand near a naming word
    (:func:`named_keys`); a word hunspell-be lists only as a common word (``бульба`` potato, ``ганку``
    porch, read by pymorphy3 as the Russian surnames Бульба, Ганка) is a surname only when one of its
    mentions is so named (``прозвішча ў нас бульба``)."""
    if not tok.cyrillic:
        return latin_surname(tok)
    m = namelex.word_morph(tok.text)
    if m.known:
        if m.surname + m.patronymic < 0.5 or m.surname + m.patronymic <= m.common:
            return False
        return named is None or not be_vocab.common_only(tok.text) or any(k in named for k in lexeme_keys(tok.norm))
    return bool(namelex.LOWER_SURNAME_RE.match(tok.norm) or STRONG_PATRONYMIC.match(tok.norm))


def _place(tok: Token) -> bool:
    """pymorphy3 knows the word mainly as a place name (``пинске``, ``берлине``), and not as a form of a place the
    policy keeps (``not_identifiers.txt``: ``беларуси``, ``европе``), which a capital would not mark either."""
    m = namelex.word_morph(tok.text)
    return m.place >= 0.5 and m.place > m.common and not kept_word(tok)


def kept_word(tok: Token) -> bool:
    """``tok`` is a word ``not_identifiers.txt`` lists, or a Russian case form of one (``европе``, ``белоруссии``):
    in lower case, where no capital tells, the policy keeps it as it keeps it capitalised."""
    return casing.is_stopword(tok) or (tok.cyrillic and kept_lemma(tok.text))


def kept_lemma(word: str) -> bool:
    """pymorphy3's dictionary form of ``word`` is listed in ``not_identifiers.txt`` (``европе`` -> ``европа``)."""
    return fold(namelex.lemma(word)) in casing.not_identifiers()


def _third(tokens: Sequence[Token], labels: Sequence[str | None], i: int) -> bool:
    """``tokens[i]`` would be a third name word after a name and a surname (``вольга кавалёва жыве``): only
    a patronymic or a second given name may stand between (``ковальчук анна сергеевна``)."""
    if i < 2 or labels[i - 2] != "PERSON":
        return False
    middle = tokens[i - 1]
    return not namelex.PATRONYMIC_RE.match(middle.norm) and not namelex.first_names().lookup_first(middle.norm)


NAMED_WINDOW = 5  # ``прозвішча ў нас з братам якраз бульба``


def named_keys(tokens: Sequence[Token]) -> frozenset[str]:
    """The lexeme keys of the words within :data:`NAMED_WINDOW` words of a naming word (``прозвішча``,
    ``клічуць``, ``мянушка``): what the text itself says is a name."""
    near: set[str] = set()
    for j, tok in enumerate(tokens):
        if tok.norm in NAMING_WORDS:
            for other in tokens[max(0, j - NAMED_WINDOW) : j + NAMED_WINDOW + 1]:
                near.update(lexeme_keys(other.norm))
    return frozenset(near)


def mark(tokens: Sequence[Token], labels: list[str | None], language: str) -> None:
    """Label PERSON words of lower-case text around (and apart from) known first names."""
    for _ in range(2):
        for i, tok in enumerate(tokens):
            if labels[i] is not None:
                continue
            after = tok.spaced and _is_anchor(labels, i - 1) and not _third(tokens, labels, i)
            after = after and follower(tokens[i - 1], tok, language)
            before = (
                i + 1 < len(tokens)
                and tokens[i + 1].spaced
                and tok.cyrillic
                and _is_anchor(labels, i + 1)
                and _leader(tok)
            )
            if after or before:
                labels[i] = "PERSON"
    named = named_keys(tokens) if language == "be" else None  # no naming test in Russian, English
    for i, tok in enumerate(tokens):
        if labels[i] is None and len(tok.norm) >= 4:
            if _alone(tok, named) or (language == "be" and be_surnames.surname(tokens, i)):
                labels[i] = "PERSON"
            elif tok.cyrillic and _place(tok):
                labels[i] = "LOCATION"


ORG_PREPS = frozenset("у у из от ад для в с з са со про пра".split())
NAMING_WORDS = frozenset(
    fold(w)  # tokens are folded (``клічуць`` -> ``кличуць``)
    for w in (
        "зовут звали зовём зовем называют называли называем кличут кличка прозвище погоняло позывной "
        "завуць звалі клічуць называюць мянушка nicknamed surname подписывается подписывался падпісваецца "
        "падпісваўся фамилия фамілія прозвішча"  # ``фамилия кисель``, the nominative only
    ).split()
)
_FUNCTION_POS = frozenset({"NPRO", "ADVB", "COMP", "PRCL", "CONJ", "PREP", "PRED", "INTJ", "VERB", "INFN"})


OBJECTS = frozenset(fold(w) for w in "все всё его её ее меня нас их тебя вас яго яе мяне нас іх ўсе усе".split())


def content_word(tok: Token) -> bool:
    """A word that may be a name: no pronoun, speaker label, function word, possessive pronoun
    (``вашего``, ``маёй``), naming word (``звали фамилия такая``: :data:`NAMING_WORDS`) or word pymorphy3
    reads first as a function class (a comparative: ``раньше``)."""
    if len(tok.norm) < 3 or tok.norm in OBJECTS or tok.norm in SPEAKER_LABELS or is_stop_word(tok.text):
        return False
    if tok.text.lower() in casing.POSSESSIVE_FORMS or tok.norm in NAMING_WORDS:  # unfolded: ``маёй``
        return False
    return not tok.cyrillic or namelex.main_pos(tok.text) not in _FUNCTION_POS
