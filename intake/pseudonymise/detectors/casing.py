"""Capitalisation rules: what a capitalised word away from a sentence start probably is.

In Russian and Belarusian prose only proper nouns are capitalised inside a sentence, so every such
word that is not a known non-identifier (speaker labels, national bodies, platforms, ``Беларусь``)
is treated as an identifier; the label is a best guess from gazetteers, pymorphy3 and context.
English needs more care: months, weekdays, nationalities and ``I`` are capitalised too.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.gazetteer import Gazetteer, read_list
from intake.pseudonymise.detectors.tokens import Token, fold

PLACE_PREPS = frozenset("в во из под над около возле до за у ў з ля каля in at from to near outside".split())
STREET_PREPS = frozenset("на".split())
STREET_NOUNS = frozenset(
    "ул улица улице улицу улицы вул вулица вуліца вуліцы вуліцу пр проспект проспекте праспект пл площадь "
    "площади плошча плошчы переулок переулке завулак бульвар бульваре тракт микрорайон мікрараён г город "
    "горад деревня деревне вёска вёсцы посёлок пасёлак агрогородок".split()
)
LOC_KEYWORDS = frozenset("street avenue square prospect district lane road boulevard region oblast".split())
ORG_KEYWORDS = frozenset(
    "university association foundation fund committee centre center court company plant factory "
    "bank school college institute office house union council initiative agency media news radio "
    "television group lyceum gymnasium hospital works".split()
)
LINKERS = frozenset("of for the and de".split())


@lru_cache(maxsize=1)
def not_identifiers() -> frozenset[str]:
    """Folded single words never marked on capitalisation alone."""
    return frozenset(fold(f) for forms, _ in read_list("not_identifiers.txt") for f in forms if " " not in f)


# English words for nations, languages and scripts, capitalised in English and no identifier on their own
# (``a Pole's card``, ``written in Cyrillic``, ``in French``): adjectives and nouns, singular and plural.
# Public knowledge; ``Roma`` is left out (a Belarusian first name, ``Рома``). In Russian and Belarusian text a
# Latin word is a name (``компания Baltic Steelworks``), so only English text uses the list.
EN_NATIONS = frozenset(
    (
        "french german germans spanish italian italians chinese japanese korean koreans american americans "
        "british brit brits english irish scottish scots welsh dutch swedish swede swedes norwegian norwegians "
        "danish dane danes finnish finn finns estonian estonians latvian latvians lithuanian lithuanians polish "
        "pole poles czech czechs slovak slovaks hungarian hungarians romanian romanians moldovan moldovans "
        "bulgarian bulgarians serbian serbs croatian croats greek greeks turkish turk turks armenian armenians "
        "azerbaijani azerbaijanis georgian georgians kazakh kazakhs uzbek uzbeks tajik tajiks kyrgyz turkmen "
        "ukrainian ukrainians russian russians belarusian belarusians belarussian byelorussian jewish jew jews "
        "arab arabs arabic hebrew yiddish persian hindi urdu latin cyrillic latinka lacinka łacinka soviet soviets "
        "european europeans slavic slav slavs baltic balts scandinavian swiss austrian austrians belgian "
        "belgians canadian canadians australian australians israeli israelis iranian iranians indian indians "
        "syrian syrians afghan afghans chechen chechens tatar tatars portuguese brazilian mexican"
    ).split()
)


def nation_alone(tokens: Sequence[Token], i: int, language: str) -> bool:
    """A word of :data:`EN_NATIONS` in English text that no capitalised Latin word follows (``in French``, ``in
    Cyrillic Ярослав``; not ``Baltic Steelworks``, where it opens a name)."""
    if language != "en" or tokens[i].norm not in EN_NATIONS:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or not (nxt.spaced and nxt.cap and not nxt.cyrillic and not is_stopword(nxt))


@lru_cache(maxsize=1)
def stop_phrases() -> Gazetteer:
    """Multi-word non-identifiers (``Новый год``, ``Criminal Code``), matched with inflection."""
    gaz = Gazetteer()
    for forms, _ in read_list("not_identifiers.txt"):
        for form in forms:
            if " " in form:
                gaz.add(form, "stop")
    return gaz


# Belarusian personal pronouns that are also forms of given names (``яна`` she / Яна, ``яны`` they / Яны,
# ``яму`` him): in Belarusian text they are names only when capitalised inside a sentence.
BE_PRONOUNS = frozenset("яна яны яно ян ён яго яе ёй яму ім іх імі ёю".split())


def is_pronoun(tok: Token, language: str) -> bool:
    """A Belarusian pronoun that looks like a name (lower case or opening a sentence), in Belarusian text."""
    return language == "be" and tok.text.lower() in BE_PRONOUNS and (not tok.cap or tok.initial)


def _paradigm(stems: str, endings: str) -> frozenset[str]:
    return frozenset(stem + end for stem in stems.split() for end in endings.split(","))


# Possessive pronouns in every case (a closed class), Russian and Belarusian: ``маёй``, ``вашего``, ``нашай``
# are never the word a naming verb introduces (``как зовут вашего сына``, ``сын маёй дачкі``).
POSSESSIVE_FORMS = (
    _paradigm("мо тво сво", "й,я,ё,е,и,его,ей,ему,им,ём,их,ими,ею,ю")
    | _paradigm("наш ваш", ",а,е,и,его,ей,ему,им,ем,их,ими,у,ею")
    | _paradigm("ма тва сва", "й,я,ё,е,йго,ёй,йму,ім,ім,іх,імі,ёю,ю")
    | _paradigm("наш ваш", ",а,ага,ай,аму,ым,ых,ымі,аю,ую")
)


def is_stopword(tok: Token) -> bool:
    """A word never marked on capitalisation: listed, or a listed word with a hyphenated tail
    (``Телеграм-канал``), or a listed acronym with a Russian suffix (``ОМОНовцы``)."""
    stop, norm, text = not_identifiers(), tok.norm, tok.text
    if norm in stop or ("'" in norm and norm.split("'")[0] in stop) or ("-" in norm and norm.split("-")[0] in stop):
        return True
    if len(text) < 3 or not (text[0] in _CAPS and text[1] in _CAPS and text[2] in _CAPS):
        return False  # fewer than three leading capitals: no acronym with a suffix
    caps = len(text) - len(text.lstrip(_CAPS))
    return any(norm.startswith(w) for w in (norm[:caps], norm[: caps + 2]) if w in stop)


_CAPS = "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЎ"


def guess_label(tokens: Sequence[Token], i: int) -> str:
    """Label for an identifier word with no gazetteer entry."""
    tok = tokens[i]
    prev = tokens[i - 1].norm if i > 0 else ""
    if tok.acronym:
        return "ORGANISATION"
    if tok.cyrillic:
        m = namelex.word_morph(tok.text)
        if m.name + m.surname + m.patronymic >= 0.3:
            return "PERSON"
        if m.place >= 0.3:
            return "LOCATION"
    if prev in STREET_NOUNS:
        return "LOCATION"
    if prev in STREET_PREPS and tok.norm.endswith(("ской", "цкой", "ая", "ой", "ай", "ей")):
        return "LOCATION"
    if prev in PLACE_PREPS and not namelex.looks_like_surname(tok.norm):
        return "LOCATION" if tok.norm[-1:] in "еиі" or not tok.cyrillic else "PERSON"
    return "PERSON"


def english_org_runs(tokens: Sequence[Token], text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised Latin words (``of``/``the`` inside allowed) with an organisation noun
    (``Minsk City Bar Association``) or ending in a place noun (``Marszałkowska Street``)."""
    runs: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].cap or tokens[i].cyrillic:
            i += 1
            continue
        if tokens[i].initial and tokens[i].norm in _OPENERS:
            i = _after_function_words(tokens, text, i)  # ``Through the Polish ... Fund``: the run opens later
        j = i
        while (
            j + 1 < len(tokens)
            and text[tokens[j].end : tokens[j + 1].start] == " "
            and (tokens[j + 1].cap or (tokens[j + 1].norm in LINKERS and j + 2 < len(tokens) and tokens[j + 2].cap))
        ):
            j += 1
        if j > i and any(tokens[k].norm in ORG_KEYWORDS for k in range(i, j + 1)):
            runs.append((i, j + 1, "ORGANISATION"))
        elif j > i and tokens[j].norm in LOC_KEYWORDS:
            runs.append((i, j + 1, "LOCATION"))
        i = j + 1
    return runs


# English prepositions, conjunctions and articles that open a sentence before a name (closed classes).
_OPENERS = frozenset(
    "through with for at in into to from by via thanks after before since during under about and but so then "
    "when because also the a an".split()
)


def _after_function_words(tokens: Sequence[Token], text: str, i: int) -> int:
    """Index of the first capitalised word after a sentence-initial function word and the linkers after it
    (``Through the Polish``, ``At Minsk``); ``i`` itself when none follows in the same run."""
    j = i + 1
    while j < len(tokens) and text[tokens[j - 1].end : tokens[j].start] == " " and tokens[j].norm in LINKERS:
        j += 1
    if j < len(tokens) and text[tokens[j - 1].end : tokens[j].start] == " " and tokens[j].cap:
        return j
    return i


# Adjectives in -ск-/-цк- that name a kind, not a place (``детской``, ``гарадскі``): they never make an
# institution or an organisation name specific. Raw and folded (``і`` -> ``и``) spellings, matched as prefixes.
GENERIC_SK = tuple(
    (
        "детск дзіцяч дзицяч женск жаночы мужск мужчынск гражданск грамадзянск медицинск медыцынск воинск "
        "городск гарадск республиканск рэспубліканск рэспубликанск сельск вясков поселков пасялков "
        "человеческ чалавечы"
    ).split()
)
