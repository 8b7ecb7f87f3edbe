"""Later mentions of a name that is a common word, where the sentence makes the word a person.

A surname or nickname that is also a common word (``Голуб``, ``Сорока``, ``Шпак``, ``Кот``, ``Cherry``) is
not spread to its other forms by propagation when they read as the word. Once the document has
established it as a person (a full name, a title and a surname, a naming phrase: any person span that is
no uncertain candidate, or a word a naming phrase introduced), its later mentions are uncertain PERSON
(``uncertain:context-name``) where the syntax makes them a person:

* the dative after a verb of writing, calling, sending or telling (``пишу голубу``, ``перадала шпаку``,
  ``wrote to cherry``);
* ``с``/``з``/``with`` before it, a verb of speech before it, or a verb after it (``виделась с сорокой``,
  ``голуб пишет``, ``cherry said``: :func:`namingphrase.acts_as_name`);
* the possessor of a personal attribute (``номер сороки``, ``адвокат голуба``, ``жена карася``);
* coordinated with a person span (``мазурок и сорока``, ``сорока и мазурок``).

The same word stays the common word after a modifier (an adjective, determiner or number: ``каждый
голуб``, ``две сороки``), as an adjective before its noun (``с любой проблемой``: Люба's instrumental), after
a verb of eating, catching, feeding or planting (``поймали карася``), after an article, in a comparison or
as a place (:func:`namecues.common_use`). In cased text a name established with a capital is looked for in
lower case only in an oblique case the syntax makes a person (``oblique_names.py``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from intake.pseudonymise.detectors import en_vocab, namelex
from intake.pseudonymise.detectors.candidates import is_speech_verb
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.namecues import adjective_use, common_use
from intake.pseudonymise.detectors.nameslot import ADDRESS
from intake.pseudonymise.detectors.namingphrase import SOURCE as NAMING_SOURCE
from intake.pseudonymise.detectors.namingphrase import acts_as_name
from intake.pseudonymise.detectors.oblique_names import lower_oblique
from intake.pseudonymise.detectors.titles import title_cases
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.detectors.word_classes import verb_form
from intake.pseudonymise.spans import UNCERTAIN, Span

SCORE = 0.45
SOURCE = "context_names"
REASON = f"{UNCERTAIN}:context-name"

# Stems of verbs whose dative is a person: writing, calling, sending, telling, giving (ru/be, folded).
_DATIVE_VERBS = tuple(
    fold(w)
    for w in (
        "пиш пис напис напіс звон зван тэлефан пазван позвон перед перад отправ адправ дасл присл прысл "
        "пересл перасл сказ расказ рассказ гавар говор объясн тлумач помог дапамаг перевод перавод "
        "сообщ паведам ответ адказ дал дала далі дали передаст"
    ).split()
)
_EN_TO_VERBS = frozenset("wrote write writes sent send sends talked talk spoke speak said say gave give".split())
_EN_OBJ_VERBS = frozenset("told tell tells asked ask asks texted text phoned visited visit met meet messaged".split())
# Nouns of a person's attributes whose genitive is their owner.
_ATTRIBUTES = frozenset(
    fold(w)
    for w in (
        "номер нумар телефон тэлефон адрес адрас адвокат адвоката адвакат адвакатка дело справа жена жонка муж "
        "мама маці мать мамы папа тата отец бацька сын дочь дачка брат сестра сястра родители бацькі семья "
        "сям'я письмо письма ліст лісты листы суд приговор прысуд арест арышт фото фотография посылка "
        "передача перадача мама дети дзеці друг сябар подруга сяброўка девушка дзяўчына имя імя фамилия "
        "прозвішча здоровье здароўе статья артыкул срок тэрмін"
    ).split()
)
# Stems of verbs of writing, thought and feeling whose subject is a person (``голуб пишет``, ``шпак думае``).
_SUBJECT_STEMS = tuple(
    fold(w)
    for w in (
        "пиш писа напис піша пісаў напісаў дума лічы счита хоч хаце хоте люб перажыв пережив волну хвалю "
        "сумуе сумав скуча радав радова плака звон званіл тэлефан просі проси прасі адказ ответ"
    ).split()
)
_EN_SUBJECT_VERBS = frozenset(
    "said says told tells asked asks wrote writes thought thinks felt feels wanted wants called calls replied "
    "answered texted phoned cried laughed hoped hopes believed believes worried knew knows".split()
)
_AND = frozenset(fold(w) for w in "и і да and".split())
_PLACE_PREPS = frozenset(fold(w) for w in "в во у ў на под пад за".split())
_WITH = frozenset(fold(w) for w in "с со з with".split())
# A modifier before the word makes it the common noun (``каждый голуб``, ``две сороки``, ``a cherry``).
_DETERMINERS = frozenset(
    fold(w)
    for w in (
        "каждый каждая каждого этот эта этого тот та того такой такая такого какой какая один одна одного "
        "два две три четыре пять много несколько кожны кожная гэты гэтая гэтага той тая такі якая адзін адна "
        "дзве чатыры некалькі шмат a an the some every each two three many several this that these those "
        "my your our their"
    ).split()
)
# Verbs whose object is a thing or an animal: eating, catching, feeding, planting, cooking, buying (forms,
# then stems).
_THING_FORMS = frozenset(fold(w) for w in "ел ели съел съела ест едим ешь еў з'еў елі ядуць ядзім".split())
_THING_VERBS = tuple(
    fold(w)
    for w in (
        "лови ловил ловл пойма злав злові корми кормил карм сажа сажал посад пасадз свар пригот прыгатав купил купл"
    ).split()
)
_EN_THING_VERBS = frozenset(
    "ate eat eats eating caught catch catches fed feed feeds planted plant picked pick bought buy cooked".split()
)


_KEY_ENDINGS = frozenset("ами ями ой ей ою ом ем ам ям ай а я у ю е и ы о".split())


def _key(norm: str) -> str:
    """The word less one case ending, keeping three letters, with ``о`` read as ``а`` (Belarusian akanye:
    ``кот`` and ``катом``, ``Сорока`` and ``Сарокі``)."""
    n = len(norm)
    for k in (3, 2, 1):  # longest ending first; one ending of each length can match
        if n - k >= 3 and norm[-k:] in _KEY_ENDINGS:
            norm = norm[:-k]
            break
    return norm.rstrip("ьй").replace("о", "а")


def _common(tok: Token) -> bool:
    """A word that is also a common word: the words propagation does not spread by themselves."""
    if not tok.cyrillic:
        return en_vocab.is_known(tok.norm)
    m = namelex.russian_reading(tok.text.lower().replace("’", "'"))[1]
    return tok.norm in namelex.decoys() or (m.known and m.common >= 0.3) or not m.known


def _established(text: str, tokens: Sequence[Token], spans: Sequence[Span]) -> dict[str, tuple[int, bool, bool]]:
    """Keys of words inside person spans: the first token index of each, whether it was capitalised and
    whether it is a common word (any other capitalised word is looked for only in lower case: propagation
    spreads its capitalised forms)."""
    out: dict[str, tuple[int, bool, bool]] = {}
    people = [s for s in spans if s.label == "PERSON" and (not s.reason or s.source == NAMING_SOURCE)]
    if not people:
        return out
    for i in _inside(tokens, people):
        tok = tokens[i]
        if len(tok.norm) < 3 or not tok.norm.isalpha():
            continue
        if _title(tok):  # ``пани Ханна``: the title inside a person's span names nobody alone
            continue
        common = _common(tok)
        if common or (tok.cap and tok.cyrillic):
            key = _key(tok.norm)
            if key not in out or (common and not out[key][2]):
                out[key] = (i, tok.cap, common)
    return out


def _uncertain_given(tokens: Sequence[Token], spans: Sequence[Span]) -> dict[str, int]:
    """Keys of one-word uncertain PERSON spans that read as a given name (``надежды`` found by context): they
    seed only their own lower-case oblique forms (``надежде дали``), as uncertain spans."""
    weak = [s for s in spans if s.label == "PERSON" and s.reason.startswith(UNCERTAIN) and " " not in s.text]
    out: dict[str, int] = {}
    for i in _inside(tokens, weak):
        tok = tokens[i]
        if len(tok.norm) < 4 or not tok.norm.isalpha() or not tok.cyrillic:
            continue
        if namelex.is_given_form(tok.norm) or namelex.russian_reading(tok.text.lower())[1].name > 0.0:
            out.setdefault(_key(tok.norm), i)
    return out


def _inside(tokens: Sequence[Token], spans: Sequence[Span]) -> list[int]:
    """The indices, in order, of the tokens wholly inside one of ``spans`` (tokens are sorted and disjoint: a
    binary search finds each span's first token, instead of testing every token against every span)."""
    starts = [t.start for t in tokens]
    found: set[int] = set()
    for s in spans:
        j = bisect_left(starts, s.start)
        while j < len(tokens) and tokens[j].start < s.end:
            if tokens[j].end <= s.end:
                found.add(j)
            j += 1
    return sorted(found)


def _title(tok: Token) -> bool:
    """A title, rank, form of address or role noun (``пани``, ``доктор``, ``дорогая``, ``адвокат``)."""
    return tok.norm in ADDRESS or is_role(tok) or title_cases(tok.text, tok.norm) is not None


def _joined(text: str, tokens: Sequence[Token], k: int) -> bool:
    return 0 < k < len(tokens) and tokens[k].spaced and text[tokens[k - 1].end : tokens[k].start] == " "


def _decoy(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A modifier or a verb of eating, catching, feeding or planting before the word, or a common use."""
    if not _joined(text, tokens, i):
        return False
    prev = tokens[i - 1]
    if prev.norm in _DETERMINERS | _THING_FORMS | _EN_THING_VERBS or prev.norm.startswith(_THING_VERBS):
        return True
    if prev.cyrillic and not prev.cap and namelex.main_pos(prev.text.lower()) in ("ADJF", "NUMR", "PRTF"):
        return tokens[i].cyrillic and not tokens[i].cap
    return bool(tokens[i].cyrillic and (common_use(tokens, i) or adjective_use(tokens, i)))


def _person_span(tok: Token, spans: Sequence[Span]) -> bool:
    return any(s.label == "PERSON" and s.start <= tok.start and tok.end <= s.end for s in spans)


def _person_context(text: str, tokens: Sequence[Token], i: int, spans: Sequence[Span]) -> bool:
    """The syntax at ``i`` makes the word a person (module docstring)."""
    tok = tokens[i]
    prev = tokens[i - 1] if _joined(text, tokens, i) else None
    if prev is not None:
        if prev.norm in _ATTRIBUTES or (prev.norm in _EN_OBJ_VERBS and not tok.cyrillic):
            return True
        if tok.cyrillic and prev.norm.startswith(_DATIVE_VERBS) and tok.norm.endswith(("у", "ю", "е", "і", "и")):
            return True
        if prev.norm == "to" and i >= 2 and tokens[i - 2].norm in _EN_TO_VERBS:
            return True
        if prev.norm in _AND and i >= 2 and _person_span(tokens[i - 2], spans):
            return True
    nxt = tokens[i + 1] if _joined(text, tokens, i + 1) else None
    if (
        nxt is not None
        and nxt.norm in _AND | _WITH
        and _joined(text, tokens, i + 2)
        and _person_span(tokens[i + 2], spans)
    ):
        return True
    if prev is not None and prev.norm in _PLACE_PREPS:
        return False  # ``на Каляды``: a feast or a place
    if tok.cap or (prev is not None and (is_speech_verb(prev) or _instrumental_with(prev, tok))):
        return acts_as_name(text, tokens, i)
    return nxt is not None and _subject_verb(nxt)


def _instrumental_with(prev: Token, tok: Token) -> bool:
    """``с сорокой``, ``з катом``, ``with cherry``."""
    if prev.norm not in _WITH:
        return False
    return not tok.cyrillic or tok.norm.endswith(("ом", "ем", "ой", "ей", "ою", "ам", "ым", "ім", "им", "ай", "яй"))


def _subject_verb(tok: Token) -> bool:
    """A verb of speech, thought, writing or feeling in the singular (``голуб пишет``, ``cherry said``)."""
    if not tok.cyrillic:
        return tok.norm in _EN_SUBJECT_VERBS
    if tok.norm.endswith(("ли", "лі", "ют", "ут", "ят", "ат", "юць", "уць", "яць", "аць")):
        return False  # a plural verb: ``сороки сидели``
    return is_speech_verb(tok) or tok.norm.startswith(_SUBJECT_STEMS)


def detect(text: str, language: str, tokens: Sequence[Token], spans: Sequence[Span]) -> list[Span]:
    """Later mentions of established common-word names that the sentence makes a person, where no span covers
    them (uncertain PERSON)."""
    names = _established(text, tokens, spans)
    if not names:
        return []
    covered = sorted((s.start, s.end) for s in spans)
    out: list[Span] = []
    keys: dict[str, str] = {}  # norm -> its key, for this call only (words recur in a transcript)
    for i, tok in enumerate(tokens):
        if len(tok.norm) < 3 or not tok.norm.isalpha():
            continue
        key = keys.get(tok.norm)
        if key is None:
            key = keys[tok.norm] = _key(tok.norm)
        entry = names.get(key)
        if entry is None or i <= entry[0]:
            continue
        if any(a < tok.end and tok.start < b for a, b in covered) or verb_form(tok):
            continue
        if entry[1] and not tok.cap:  # a capitalised name in lower case: an oblique case only
            found = lower_oblique(tokens, i, lambda k: _joined(text, tokens, k), tokens[entry[0]].norm)
        elif not entry[2]:
            continue
        else:
            found = _person_context(text, tokens, i, spans)
        if found and not _decoy(text, tokens, i):
            out.append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, SOURCE, REASON))
    return out


def detect_weak(text: str, tokens: Sequence[Token], spans: Sequence[Span]) -> list[Span]:
    """After the candidates: the lower-case oblique forms (``oblique_names.py``) of one-word uncertain given
    names (``надежды`` ... ``надежде дали``), as uncertain PERSON spans; a weak seed spreads no further."""
    seeds = _uncertain_given(tokens, spans)
    if not seeds:
        return []
    covered = sorted((s.start, s.end) for s in spans)
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if len(tok.norm) < 4 or not tok.norm.isalpha() or tok.cap:
            continue
        first = seeds.get(_key(tok.norm))
        if first is None or i <= first or any(a < tok.end and tok.start < b for a, b in covered):
            continue
        joined = lambda k: _joined(text, tokens, k)  # noqa: E731
        if lower_oblique(tokens, i, joined, tokens[first].norm) and not verb_form(tok) and not _decoy(text, tokens, i):
            out.append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, SOURCE, REASON))
    return out
