"""A name glossed by its kind right after it: ``у Дупло, гэта такі клуб``, ``X. Ну, это такой канал``.

A speaker who names a club, a chat or a channel that the listener may not know says what it is at once:
``ёсць Беларуская дыяспара ў Сербіі, такі чат``, ``в бочке  это бар такой был``. The gloss is an optional
``ну``, an optional ``это``/``гэта``, and ``такой``/``такі`` (any gender) before or after an organisation kind in
the nominative (:data:`_KINDS`: ``чат``, ``канал``, ``клуб``, ``бар``, ``хор``, ``фонд``, ``газета`` ...).

The name is the run of words right before the gloss, back to a function word or a verb, at most four words
(``у`` ``дупло``; ``есть`` ``белорусы чехии вместе``); a verb right before the gloss is skipped (``у гуркоце
граюць, гэта такі клуб``). A run that is one place already found and follows a preposition takes the words
before the preposition as well (``беларуская суполка ў польшчы``), unless the word before the preposition is
another found span (``з Вішняй у Падвале``). A run of one word is no kind noun in any case (``в чат, это
такой чат``); in text with capitals the run opens with a capital or a quote; a run that is wholly a found span
stays as it is (a place stays a place). Every span is uncertain (score 0.5, reason ``uncertain:orggloss``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.namingwords import verb
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

# Organisation kinds in the nominative singular (folded: ё->е, і->и, ў->у).
_KINDS = frozenset(
    (
        "чат канал клуб бар кафе кафэ паб хор гурт группа група суполка сообщество супольнасць фонд "
        "инициатива иницыятыва газета журнал часопис паблик сайт магазин магазин крама пекарня пякарня "
        "кофейня кавярня ресторан рэстаран студия студыя организация арганизацыя компания кампания фирма "
        "фирма движение рух проект праект ансамбль оркестр театр тэатр"
    ).split()
)
_SUCH = frozenset("такой такая такое таки такая такое".split())
_THIS = frozenset("это гэта".split())
_WELL = "ну"
_WAS = frozenset("был была было быу была было".split())
_ADJ_ENDINGS = ("ая", "яя", "ый", "ий", "ой", "ы", "и", "ое", "ае", "ее")
# A possessive that opens a name (``Наш край``, ``ў нашым краі, гэта была газета``).
OURS = frozenset("наш наша наше нашы наши нашым нашем нашай нашей нашага нашего нашу".split())
_PREPS = frozenset("в во у на з с со из изо до да праз через".split())
_MAX = 4
_PLURAL_VERB = ("юць", "уць", "юцца", "уцца")


def fold_word(tok: Token) -> str:
    return tok.text.lower().replace("ё", "е").replace("і", "и").replace("ў", "у")


def kind(tok: Token) -> bool:
    """An organisation kind in any case (``чат``, ``чаце``, ``канала``): its first four letters are a kind's."""
    folded = fold_word(tok)
    return any(kind.startswith(folded[:4]) for kind in _KINDS) if len(folded) >= 3 else False


def _gloss_start(tokens: Sequence[Token], k: int) -> int | None:
    """Where the gloss whose kind noun is ``tokens[k]`` begins, or None when ``k`` is glossed by no ``такой``;
    adjectives may stand between ``такой`` and the kind, and ``был`` between ``это`` and ``такой`` (``гэта была
    такая раённая газета``)."""
    before = k - 1
    while before > 0 and k - before <= 2 and adjective(tokens[before]):
        before -= 1
    if before < k - 1 and (before < 0 or fold_word(tokens[before]) not in _SUCH):
        return None
    if before >= 0 and fold_word(tokens[before]) in _SUCH:
        before -= 1
        if before > 0 and fold_word(tokens[before]) in _WAS and fold_word(tokens[before - 1]) in _THIS:
            before -= 1
    elif k + 1 < len(tokens) and fold_word(tokens[k + 1]) in _SUCH:
        if before < 0 or fold_word(tokens[before]) not in _THIS:
            return None  # ``бар такой`` needs ``это`` before it
    else:
        return None
    if before >= 0 and fold_word(tokens[before]) in _THIS:
        before -= 1
    if before >= 0 and fold_word(tokens[before]) == _WELL:
        before -= 1
    return before + 1


def adjective(tok: Token) -> bool:
    """A word with an adjective's nominative ending that is no function word (``раённая``, ``мясцовы``)."""
    low = fold_word(tok)
    return len(low) > 4 and low.endswith(_ADJ_ENDINGS) and low not in _SUCH and not is_stop_word(low) and not kind(tok)


def any_verb(tok: Token) -> bool:
    """A verb (``namingwords.verb``), or a Belarusian third person plural it misses (``граюць``)."""
    return verb(tok) or (tok.cyrillic and tok.text.lower().endswith(_PLURAL_VERB))


def _content(tok: Token) -> bool:
    """A word that may be part of a name: no function word, no verb."""
    return tok.text.replace("-", "").isalpha() and not is_stop_word(tok.text) and not any_verb(tok)


def _run_start(tokens: Sequence[Token], end: int) -> int:
    """The first word of the run of content words that ends before ``end`` (at most :data:`_MAX`)."""
    first = end
    while first > 0 and end - first < _MAX and _content(tokens[first - 1]):
        first -= 1
    if first < end and first > 0 and fold_word(tokens[first - 1]) in OURS:
        first -= 1  # ``нашым краі``
    return first


def _place_extended(tokens: Sequence[Token], first: int, end: int, found: Sequence[Span]) -> int:
    """``суполка ў польшчы``: a run that is one found place after a preposition takes the words before it."""
    if end - first != 1 or first < 2 or fold_word(tokens[first - 1]) not in _PREPS:
        return first
    if not any(s.label == "LOCATION" and s.start <= tokens[first].start < s.end for s in found):
        return first
    if any(s.start <= tokens[first - 2].start < s.end for s in found):
        return first  # ``з Вішняй у Падвале``: a name found before the preposition is no part of this one
    earlier = _run_start(tokens, first - 1)
    return earlier if earlier < first - 1 else first


def _name(text: str, tokens: Sequence[Token], end: int, found: Sequence[Span], cased: bool) -> Span | None:
    """The glossed name that ends before ``tokens[end]``, or None; a verb right before the gloss is skipped
    (``у гуркоце граюць, гэта такі клуб``)."""
    if end > 1 and any_verb(tokens[end - 1]) and not is_stop_word(tokens[end - 1].text):
        end -= 1  # not ``есть``: ``диаспора, есть такая инициатива ...`` names what follows
    first = _place_extended(tokens, _run_start(tokens, end), end, found)
    if first == end or (end - first == 1 and kind(tokens[first])):
        return None
    start, stop = tokens[first].start, tokens[end - 1].end
    if cased and not (tokens[first].cap or text[start - 1 : start] in "«\"„“'"):
        return None
    if any(s.start <= start and s.end >= stop for s in found):
        return None  # already masked whole (a place stays a place)
    return Span(start, stop, "ORGANISATION", text[start:stop], 0.5, "org_glosses", f"{UNCERTAIN}:orggloss")


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span], cased: bool) -> list[Span]:
    """The names glossed by their kind right after them (Russian, Belarusian)."""
    if language == "en":
        return []
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        if len(tok.text) < 2 or fold_word(tok) not in _KINDS:
            continue
        begin = _gloss_start(tokens, k)
        if begin is None or begin == 0:
            continue
        span = _name(text, tokens, begin, found, cased)
        if span is not None:
            out.append(span)
    return out
