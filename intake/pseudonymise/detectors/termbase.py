"""Token helpers shared by the recall-first AGE_OR_SENTENCE rules (terms, cued_ages, spoken_articles, unit_carry)."""

from __future__ import annotations

from functools import lru_cache

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.be_pet_datives import pet_dative
from intake.pseudonymise.detectors.numwords import LEXICON, read_number, starts_number
from intake.pseudonymise.detectors.pattern_tokens import Token, Words
from intake.pseudonymise.spans import UNCERTAIN, Span


def uncertain(text: str, start: int, end: int, kind: str) -> Span:
    return Span(start, end, "AGE_OR_SENTENCE", text[start:end], 0.5, f"terms.{kind}", f"{UNCERTAIN}:{kind}")


def blank(words: Words, i: int) -> bool:
    return i < len(words.gaps) and words.gaps[i].strip(" -\u00a0") == ""


def comma(gap: str) -> bool:
    """A comma between two tokens, or the double blank it leaves when speech recognition drops punctuation."""
    return gap.strip() == "," or (gap == "  ")


def unit_gap(gap: str) -> bool:
    """What may stand between a number and its unit: blanks, a hyphen, or one Whisper segment break
    (``дали восемь`` / ``лет строгого``: the unit opens the next segment)."""
    return gap.strip(" -\u00a0\n") == "" and gap.count("\n") <= 1


_APOSTROPHES = ("'", "’", "ʼ")


def cardinal(words: Words, i: int) -> tuple[int, int] | None:
    """(value, tokens used) of a cardinal in digits or words starting at ``i``."""
    tok = words.tokens[i]
    if tok.text.isdigit():
        return int(tok.text), 1
    if not starts_number(tok.low) or (i < len(words.gaps) and words.gaps[i] in _APOSTROPHES):
        return None  # ``сем'і``, ``сем'ям``: a word split at its apostrophe, not a number
    num = read_number([t.low for t in words.tokens[i : i + 8]], words.gaps[i : i + 8])
    if num is None or num.ordinal:
        return None
    return num.value, num.used


# Infinitive endings (ru ``-ть``/``-ться``/``-чь``, be ``-ць``/``-цца``/``-чы``): a verb follows, nothing is counted
# (``мне пяцьдзясят тры, вярнуцца хачу``, ``ей сорок один работать надо``).
_INFINITIVE = ("ться", "тись", "ть", "чь", "цца", "ць")
# The eldest or youngest child named by an adjective in the dative (``старшему десять``, ``малодшай шэсць``).
ELDER_DATIVE = frozenset(
    "старшему младшему старшей младшей старшенькому младшенькой старэйшаму малодшаму старэйшай малодшай".split()
)


# Kin nouns in the dative (ru/be), which an age follows as it follows a dative pronoun (``отцу 74``, ``дзеду
# восемдзесят``); in unpunctuated, lower-cased speech they stand where a name would.
KIN_DATIVE = frozenset(
    "сыну сыночку дочке дочери внучке внуку маме матери папе отцу бабушке бабуле дедушке деду брату сестре мужу "
    "жене дяде тёте тете племяннику племяннице свекрови тёще тестю свёкру ребёнку ребенку "
    "дачцэ унучцы унуку маці бацьку тату сястры жонцы бабулі дзядулю дзеду дзядзьку цётцы пляменніку "
    "пляменніцы дзіцяці".split()
) | ELDER_DATIVE
# Said between a person and the age (``ему сейчас сорок``, ``ясі зараз дванаццаць``, ``he's now nine``): adverbs of
# time; and words of hearsay or doubt (``ему вроде шестьдесят семь``, ``ёй здаецца дваццаць``), which unlike
# ``APPROXIMATE`` leave the number exact.
AGE_ADVERBS = frozenset("сейчас теперь тогда уже ещё еще зараз цяпер тады ужо ўжо яшчэ now already still".split())
HEDGES = frozenset(
    "вроде кажется наверное наверно видимо мабыць здаецца напэўна відаць probably maybe perhaps "
    "apparently".split()
)
# English subjects an age follows (``my sister was 42``, ``the pensioner, 67, got``), kin, and people named by
# what they do
EN_SUBJECTS = frozenset(
    "i he she we they you son daughter brother sister mother father husband wife grandson granddaughter "
    "kid child girl boy cousin uncle aunt nephew niece grandmother grandfather friend colleague neighbour "
    "pensioner student teacher doctor nurse worker driver journalist lawyer activist man woman guy dad mom mum "
    "grandma grandpa kids children sons daughters twins".split()
)
EN_NOT_SUBJECT = frozenset({"it", "that", "this", "there", "which", "what", "time", "who"})
# after an age set off by commas: where the person is from, a relative clause, a verb or an article
APPOSITION_NEXT = frozenset(
    "who whose from with had has was is got gets received spent served a an из с со которая который которого "
    "живёт живет родом получил получила з са якая які якога жыве атрымаў атрымала".split()
)
# Said before a number of years, an approximate age (``ему где-то под сорок``, ``ёй за пяцьдзясят``, ``around
# fifty``, ``ей лет сорок``, ``да пятнаццаці``, ``up to ten``): the convention leaves approximate ages unmarked;
# nor is ``номер пять`` an age.
APPROXIMATE = frozenset(
    "под за около почти примерно приблизительно лет пад каля амаль прыкладна гадоў around about roughly "
    "approximately nearly almost over under до да up номер нумар number".split()
)
# After the number: ``восемдзесят без малага``, ``два с лишним``, ``сорок з гакам``, ``fifty or so``.
_ROUGHLY_AFTER = frozenset(
    {("без", "малого"), ("без", "малага"), ("с", "лишним"), ("с", "небольшим"), ("с", "хвостиком"),
     ("з", "лішнім"), ("з", "гакам"), ("з", "хвосцікам"), ("or", "so"), ("or", "something")}
)


# Joined by a hyphen: ``seventy-something``, ``forty-odd``, ``sixty-ish``.
_ROUGHLY_SUFFIX = frozenset("something odd ish".split())


def roughly(words: Words, end: int) -> bool:
    """A marker of an approximate amount right after the number ending before ``end``."""
    toks = words.tokens
    if 0 < end < len(toks) and toks[end].low in _ROUGHLY_SUFFIX and words.gaps[end - 1] == "-":
        return True
    pair = tuple(t.low for t in toks[end : end + 2])
    return pair in _ROUGHLY_AFTER and blank(words, end - 1)
# Time still to serve (``осталось полтора года``, ``засталося дваццаць месяцаў``, ``eight months left``) is not a
# sentence fact: the convention leaves it unmarked.
REMAINING_BEFORE = frozenset(
    "осталось остался осталась оставалось останется засталося застаўся засталася заставалася застанецца".split()
)
REMAINING_AFTER = frozenset("left remaining".split())
_REMAINING_SKIP = frozenset("ему ей им мне яму ёй ім ещё еще яшчэ всего только усяго ўсяго толькі ну".split())


def remaining(words: Words, i: int, end: int) -> bool:
    """The amount ``i..end`` is time still to serve: ``осталось``/``засталося`` before it (a pronoun or
    ``ещё`` between), or ``left``/``remaining`` right after it."""
    toks = words.tokens
    if end < len(toks) and toks[end].low in REMAINING_AFTER and blank(words, end - 1):
        return True
    j = i - 1
    while j >= 0 and toks[j].low in _REMAINING_SKIP and blank(words, j):
        j -= 1
    return j >= 0 and toks[j].low in REMAINING_BEFORE and (j == i - 1 or blank(words, j))


def infinitive(low: str) -> bool:
    """A Russian or Belarusian infinitive by its ending (at least five letters, so ``мать``/``путь`` are not)."""
    return len(low) >= 5 and not low.isascii() and low.endswith(_INFINITIVE)


_DATIVE_TAIL = ("у", "ю", "е", "і", "ы", "цы", "ой", "ай")


def dative_person(tok: Token) -> bool:
    """A dative person: capitalised, or in lower case a kin noun or a name pymorphy3 knows in the dative."""
    if len(tok.low) <= 2 or not tok.low.endswith(_DATIVE_TAIL) or not tok.text.isalpha():
        return False
    return tok.text[:1].isupper() or tok.low in KIN_DATIVE or _dative_name(tok.low)


_PATRONYMIC_DATIVE = ("овне", "евне", "ёвне", "ичу", "аўне", "оўне", "еўне", "ічу")


@lru_cache(maxsize=20_000)
def _dative_name(low: str) -> bool:
    """pymorphy3 reads the word as a given name, patronymic or surname in the dative (``ярославе``), or its best
    reading is an animate noun in the dative singular (``пенсионерке``)."""
    if not low.isalpha() or low.isascii():
        return False
    if low.endswith(_PATRONYMIC_DATIVE) and len(low) > 6:
        return True
    if pet_dative(low):
        return True  # Belarusian ``яначцы``, ``сашку``: pymorphy3 knows no Belarusian dative
    parses = namelex.analyzer().parse(low.replace("і", "и").replace("ў", "у"))
    people = {"Name", "Surn", "Patr"}
    if any(p.score >= 0.2 and "datv" in p.tag and (people & p.tag.grammemes) for p in parses):
        return True
    best = parses[0] if parses else None  # ``пенсионерке 67``, ``студенту девятнадцать``: a person noun
    return best is not None and {"NOUN", "anim", "datv", "sing"} <= best.tag.grammemes


_MOMENT = frozenset("момент момант".split())
_EVENTS = frozenset("задержания ареста арешта затрымання арышту суда приговора прысуду".split())


def at_the_moment_of(words: Words, j: int) -> bool:
    """``на момент задержания сорок один``: the age at an event, the number right after it."""
    toks = words.tokens
    return toks[j].low in _EVENTS and j > 0 and toks[j - 1].low in _MOMENT and blank(words, j - 1)


# Time units of a term (ru/be/en), and what terms and ages share: ``one``, counted people, a countable noun.
UNITS = frozenset(
    "год года лет году годам годами годах годика годиков месяц месяца месяцев месяцам месяцами сутки суток "
    "суткам сутками день дня дней неделя недели недель неделю гады гадоў год гадам гадамі гадах месяцы "
    "месяцаў сутак суткі дзён дні дзень тыдні тыдняў тыдзень year years month months day days week weeks "
    "полгода паўгода".split()
)
ONE = frozenset("один одна одно одни адзін адна адно one a an".split())
COUNTED = frozenset("человек чалавек people persons of".split())


def countable(tok: Token) -> bool:
    """A word that a number may count: a noun to pymorphy3 (Russian; Belarusian nouns mostly fold to
    Russian ones), or an English word in ``s`` that is not a time word."""
    if not tok.low.isalpha():
        return True
    if tok.low.isascii():
        return tok.low.endswith("s") and tok.low not in ("months", "years", "weeks", "days")
    return not infinitive(tok.low) and namelex.noun_share(tok.low.replace("і", "и").replace("ў", "у")) >= 0.5


def number_openers(words: Words, extra: frozenset[str] = frozenset()) -> list[int]:
    """The indices, ascending, of the tokens at which a number reader can start (a superset): digits, a
    ``numwords.LEXICON`` word (what ``starts_number`` and ``cardinal`` read) or one of ``extra``; the scans of the
    term detectors step from one of these to the next instead of visiting every token."""
    return [i for i, t in enumerate(words.tokens) if t.low in LEXICON or t.low in extra or t.text.isdigit()]
