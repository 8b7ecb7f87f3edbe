"""Names of chats, channels and groups, masked whole after a chat cue noun.

Local chats and channels are named after a town or a group of people with a tail: a number (``гомель 97
процентов``, ``Pinsk 97%``, ``pinsk 97 percent``) or a link and one noun (``лида для жизни``, ``кобрын для
жыцця``, ``врачи против насилия``, ``лекары супраць гвалту``). Other rules find the town or the first word and
stop there, and a name counts as masked only when every letter of it is. After a chat cue noun (``чат``,
``канал``, ``паблик``, ``группа``, ``суполка``, ``chat``, ``channel``, ``group``) in any case, within
:data:`_WINDOW` words of one clause, a name word followed by

number tail
    a number of two or three digits and a percent sign or word; a bare number only when no word that may be
    a counted noun follows it (``чат минск 20 человек`` is a count);
link tail
    ``для``/``за``/``без``/``против``/``супраць`` and one noun (:func:`orgcues.link_noun`) that no verb follows
    (``в чат люди за день написали``: the clause's subject);
people-of-place tail
    right after the cue, a plural noun of people and a found town in the genitive (``чат шинники бобруйска``,
    ``у чаце мамы гомеля``), no verb after it.

The name word is capitalised, inside a span already found, or (link tail) right after the cue; it is no
function word and no verb. In lower-case English speech a group's name may stand alone between two dropped
commas (two blanks) after a group noun: a noun, ``of``/``in``/``to``/``for`` and a place (``we have a small
group  friends of hrodna  we send parcels``). Every span is uncertain (0.5, ``uncertain:orgchat``) for the
reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.pseudonymise.detectors import en_institutions, namelex
from intake.pseudonymise.detectors.orgcues import link_noun
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "chat"
_WINDOW = 4
# Cue stems (folded) and the endings they take: ``чат``, ``чаце``, ``каналу``, ``группе``, ``суполцы``.
_CUE_STEMS = ("чат", "чац", "канал", "паблик", "групп", "груп", "суполк", "суполц", "сообществ", "супольнасц")
_CUE_ENDINGS = frozenset([*"а ы е у ой ою и ю ей я ам ах ом ик ике".split(), ""])
_EN_CUES = frozenset("chat chats channel group community".split())
_LINKS = frozenset("для за без против супраць".split())
_PLURAL = ("ы", "и")  # a nominative plural (folded: ``і`` -> ``и``)
_FILLERS = frozenset("ну вот э ээ это гэта".split())  # said between a cue and its name
# A number tail: two or three digits, then a percent sign or word (``97%``, ``97 процентов``, ``97 percent``).
_NUMBER = re.compile(r" (\d{2,3})(?![\d.,:]\d)(%| ?(?:процент|працэнт|percent)[^\W\d_]*)?", re.IGNORECASE)


_CUE_PREFIXES = tuple({stem[:2] for stem in _CUE_STEMS})


def _cue(tok: Token) -> bool:
    """A chat cue noun in any case."""
    norm = tok.norm
    if norm in _EN_CUES:
        return True
    if not norm.startswith(_CUE_PREFIXES):
        return False
    return any(norm.startswith(stem) and norm[len(stem) :] in _CUE_ENDINGS for stem in _CUE_STEMS)


def _slots(text: str, tokens: Sequence[Token], cue: int) -> list[int]:
    """Indices of the words within :data:`_WINDOW` after the cue at ``cue``, in its clause; a comma or a quote
    may open the name (``the chat, Pinsk 97,``), so the word after one is the last, unless it is a filler
    (``на чат, ну, «Лида 97%»``)."""
    out: list[int] = []
    for j in range(cue + 1, min(len(tokens), cue + _WINDOW + 1)):
        gap = text[tokens[j - 1].end : tokens[j].start]
        if gap.strip():
            if gap.strip(" ,«\"'"):
                break
            if tokens[j].norm not in _FILLERS:
                out.append(j)
                break
            continue  # ``на чат, ну, «Лида 97%»``: a filler between commas, the name after it
        out.append(j)
    return out


def _name_word(tok: Token, covered: bool, found: bool = False) -> bool:
    """A word that may name a chat: capitalised or already inside a span (``covered``; ``found``: a detected
    name, no verb test); no function word, no verb."""
    if not tok.text.replace("-", "").isalpha() or is_stop_word(tok.norm) or len(tok.norm) < 3:
        return False
    if found:
        return True  # a found name (``Слонім``, which pymorphy3 also reads as a verb)
    return (covered or tok.cap) and not (tok.cyrillic and namelex.verb_share(tok.norm) >= 0.5)


def _counted(text: str, end: int, language: str) -> bool:
    """A word that may be a counted noun right after a number ending at ``end`` (``20 человек``, ``97 people``)."""
    match = re.match(r" ([^\W\d_]+)", text[end:])
    if match is None:
        return False
    word = match.group(1).lower()
    if is_stop_word(word):
        return False
    if language == "en":
        return namelex.is_english_word(word)
    return namelex.noun_share(namelex.russian_reading(word)[0]) >= 0.3


def _number_end(text: str, tok: Token, language: str) -> int | None:
    """End of a number tail right after ``tok``, else None."""
    match = _NUMBER.match(text, tok.end)
    if match is None or (match.group(2) is None and _counted(text, match.end(), language)):
        return None
    return match.end()


def _link_end(tokens: Sequence[Token], k: int) -> int | None:
    """Index after a link tail starting at ``k`` (``для жизни``), else None."""
    if k + 1 >= len(tokens) or tokens[k].norm not in _LINKS or not tokens[k].spaced or not tokens[k + 1].spaced:
        return None
    if not link_noun(tokens[k + 1].text):
        return None
    after = tokens[k + 2] if k + 2 < len(tokens) and tokens[k + 2].spaced else None
    if after is not None and after.cyrillic and namelex.verb_share(namelex.russian_reading(after.norm)[0]) >= 0.5:
        return None  # ``в чат люди за день написали``: the subject of a clause
    return k + 2


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """Chat, channel and group names with a number or a link tail after a chat cue."""
    if language not in ("ru", "be", "en") or not tokens:
        return []
    out: list[Span] = []
    if language == "en":
        out += _en_appositions(text, tokens)
    for cue in (i for i, tok in enumerate(tokens) if _cue(tok)):
        for j in _slots(text, tokens, cue):
            inside = any(s.start <= tokens[j].start and tokens[j].end <= s.end for s in found)
            word = _name_word(tokens[j], inside or j == cue + 1, inside)
            stop = _tail_end(text, tokens, j, language) if word else None
            if stop is None and j == cue + 1 and language != "en":
                stop = _people_of_place(tokens, j, found)
            if stop is not None:
                out.append(org_span(text, tokens[j].start, stop, RULE, 0.5, True))
    return out


def _people_of_place(tokens: Sequence[Token], j: int, found: Sequence[Span]) -> int | None:
    """End of ``шинники бобруйска``, ``мамы гомеля``: a plural noun of people right after the cue and a found town
    in the genitive after it, with no verb next (``в чате жители гомеля писали`` is a clause); else None."""
    word = tokens[j]
    if j + 1 >= len(tokens) or not word.cyrillic or len(word.norm) < 4 or not word.norm.endswith(_PLURAL):
        return None
    place = tokens[j + 1]
    if not place.spaced or is_stop_word(word.norm) or namelex.verb_share(namelex.russian_reading(word.norm)[0]) > 0:
        return None
    if not any(s.label == "LOCATION" and s.start <= place.start and place.end <= s.end for s in found):
        return None
    after = tokens[j + 2] if j + 2 < len(tokens) and tokens[j + 2].spaced else None
    if after is not None and after.cyrillic and namelex.verb_share(namelex.russian_reading(after.norm)[0]) >= 0.5:
        return None
    return place.end


def _tail_end(text: str, tokens: Sequence[Token], j: int, language: str) -> int | None:
    """End of the name whose word is at ``j``: after its number tail or its link tail, else None."""
    stop = _number_end(text, tokens[j], language)
    if stop is None and language != "en":
        end = _link_end(tokens, j + 1)
        stop = tokens[end - 1].end if end is not None else None
    return stop


# Nouns of a group of people that a name in apposition may follow, and the prepositions inside such a name.
_EN_GROUPS = frozenset("group community network initiative collective".split())
_EN_NAME_LINKS = frozenset("of in to for".split())
_DROPPED = "  "  # a comma of the cased text, blanked by speech recognition


def _en_appositions(text: str, tokens: Sequence[Token]) -> list[Span]:
    """``group  friends of hrodna  we``: a noun, a link and a place between two dropped commas."""
    out: list[Span] = []
    for i in range(len(tokens) - 3):
        if tokens[i].norm not in _EN_GROUPS or text[tokens[i].end : tokens[i + 1].start] != _DROPPED:
            continue
        word, link, place = tokens[i + 1 : i + 4]
        closed = i + 4 == len(tokens) or text[place.end : tokens[i + 4].start] == _DROPPED
        if not closed or link.norm not in _EN_NAME_LINKS or not (link.spaced and place.spaced):
            continue
        if len(word.norm) >= 4 and word.norm.isalpha() and not is_stop_word(word.norm) and en_institutions.place(place):
            out.append(org_span(text, word.start, place.end, RULE, 0.5, True))
    return out
