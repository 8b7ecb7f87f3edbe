"""The word a naming verb or noun introduces in lower-case speech (``все его звали серый``, ``кличка лиса``,
``фамилия кисель``, ``мир его все зовут``, ``пчолка так яе ўсе звалі``), and a word a copula ties to a naming
noun (``дубіна гэта прозвішча такое``). Split out of ``lowercase.py``, whose helpers it uses.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import be_vocab, namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION
from intake.pseudonymise.detectors.casing import BE_PRONOUNS
from intake.pseudonymise.detectors.lowercase import NAMING_WORDS, OBJECTS, ORG_PREPS, content_word, is_role
from intake.pseudonymise.detectors.tokens import Token, fold

FILLERS = frozenset(
    fold(w) for w in "так просто все всё его её ее проста ну вот вось такая такое такі была is was".split()
)


def _nominative_name(tokens: Sequence[Token], k: int) -> bool:
    """``tokens[k]`` may be a name in the nominative: a content word, no role noun, not after a preposition
    (``по отряду его все зовут``), and no other case alone (``приговора``)."""
    tok = tokens[k]
    if not content_word(tok) or is_role(tok) or (k > 0 and tokens[k - 1].norm in ORG_PREPS):
        return False
    m = namelex.word_morph(tok.text) if tok.cyrillic else None
    return m is None or not m.known or not m.case or "nomn" in m.case


_SIGNING = frozenset(fold(w) for w in "подписывается подписывался падпісваецца падпісваўся".split())
_SIGNER = frozenset(fold(w) for w in "он она ён яна твой твоя твая ваш ваша наш наша".split())


def _skippable(tok: Token, signs: bool) -> bool:
    return tok.norm in OBJECTS or tok.norm in FILLERS or is_role(tok) or (signs and tok.norm in _SIGNER)


def _nickname(tok: Token) -> bool:
    """A content word and no adverb the naming verb may take instead (``падпісваецца па-лацінцы``,
    ``клічуць нават``), no naming word (``content_word``) and no verb (``прозвішча змяніце``,
    ``называюць пракурор прасіў``: :func:`verb`)."""
    if not content_word(tok) or not tok.norm.isalpha() or tok.norm in BE_FUNCTION:
        return False
    if tok.text.lower() in BE_PRONOUNS:  # ``звалі  яму семдзесят``: the person's pronoun, then the age
        return False
    return not verb(tok)


def verb(tok: Token) -> bool:
    """A verb form: pymorphy3 reads a Russian word mostly as a finite verb or infinitive; hunspell-be gives a
    Belarusian word only verbs' lemmas (``змяніце``, ``прасіў``, ``пішыце``)."""
    if not tok.cyrillic:
        return False
    m = namelex.word_morph(tok.text)
    if m.known:
        return namelex.main_pos(tok.text) in ("VERB", "INFN")
    return be_vocab.verb_form(tok.text)  # not by its ending alone: ``прозвішча шэрамет``


def _before_objects(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the word before two or three pronouns that precede the naming word at ``i``
    (``мир его все зовут``, ``лёха его у нас все звали``, ``пчолка так яе ўсе звалі``), if any."""
    j = i - 1
    while j >= 0 and i - j <= 3 and (tokens[j].norm in OBJECTS or tokens[j].norm in ("у", "нас", "в", "так")):
        j -= 1
    if j < 0 or i - j < 3:
        return None
    if tokens[j + 1].norm == "так" and namelex.main_pos(tokens[j].text) in ("ADJF", "ADJS"):
        return None  # ``бабуля у нас добрая так её все звали вера``: the adjective describes, the name follows
    return j


def nicknames(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """The word a naming verb or noun introduces (``все его звали серый``, ``кличка лиса``, ``фамилия
    кисель``) or follows after its object (``меня все серый называют``)."""
    for i, tok in enumerate(tokens):
        if tok.norm not in NAMING_WORDS:
            continue
        _stated_before(tokens, labels, i)
        if tok.norm == "surname" and (i + 1 >= len(tokens) or tokens[i + 1].norm not in ("is", "was")):
            continue  # ``his surname is shyla``; not ``a rare surname everyone knows``
        signs = tok.norm in _SIGNING  # ``падпісваецца ён твой зайчык``: no object, a subject may follow
        prev = tokens[i - 1]
        if not signs and i >= 2 and labels[i - 1] is None and tokens[i - 2].norm in OBJECTS and content_word(prev):
            labels[i - 1] = "PERSON"
            continue
        k = None if signs else _before_objects(tokens, i)
        if k is not None and labels[k] is None and _nominative_name(tokens, k):
            labels[k] = "PERSON"  # ``мир его все зовут``: the name, then its object and subject
        j = i + 1
        while j < len(tokens) and j <= i + 3 and _skippable(tokens[j], signs):
            j += 1  # ``клічуць проста доктар заяц``: past fillers and a title
        j, since = _past_since(tokens, i, j)
        if j < len(tokens) and labels[j] is None and tokens[j].spaced and _nickname(tokens[j]):
            labels[j] = None if since and _describes(tokens[j]) else "PERSON"


_SINCE_PREPS = frozenset(fold(w) for w in "с со з са ад от в во у ў на".split())
_SINCE_FILLERS = frozenset(fold(w) for w in "было был была быў была ещё еще яшчэ аж даже нават".split())


def _past_since(tokens: Sequence[Token], i: int, j: int) -> tuple[int, bool]:
    """Past a copula and a phrase of since when or where after a naming noun (``прозвище было ещё со школы
    птица``, ``мянушка яшчэ з войска``): the index of the word after it, and whether a phrase was passed. Only
    after a naming noun, in its line: a preposition and one noun."""
    if tokens[i].norm not in _NAMING_NOUNS:
        return j, False
    k = j
    while k < len(tokens) and k <= j + 2 and tokens[k].spaced and tokens[k].norm in _SINCE_FILLERS:
        k += 1
    if k + 2 >= len(tokens) or tokens[k].norm not in _SINCE_PREPS:
        return j, False
    if not (tokens[k + 1].spaced and tokens[k + 2].spaced):
        return j, False
    return (k + 2, True) if content_word(tokens[k + 1]) and not verb(tokens[k + 1]) else (j, False)


def _describes(tok: Token) -> bool:
    """An adjective or participle (``прозвище было со школы обидное``): a description, not the name."""
    return tok.cyrillic and namelex.main_pos(tok.text.lower()) in ("ADJF", "ADJS", "PRTF", "PRTS")


_NAMING_NOUNS = frozenset(fold(w) for w in "фамилия фамілія прозвішча кличка прозвище мянушка погоняло surname".split())
_COPULAS = frozenset(fold(w) for w in "это гэта is was".split())
_BEFORE_NAMING_NOUN = _COPULAS | OBJECTS | frozenset(fold(w) for w in "his her яго его её".split())


def _stated_before(tokens: Sequence[Token], labels: list[str | None], i: int) -> None:
    """``дубіна гэта прозвішча такое``, ``lis is his surname``: the word a copula ties to a naming noun."""
    k = i - 1
    while k >= 0 and i - k <= 2 and tokens[k].norm in _BEFORE_NAMING_NOUN:
        k -= 1
    if k < 0 or k == i - 1 or tokens[i].norm not in _NAMING_NOUNS or labels[k] is not None:
        return
    if not any(t.norm in _COPULAS for t in tokens[k + 1 : i]) or not content_word(tokens[k]) or is_role(tokens[k]):
        return
    if tokens[k].cyrillic and namelex.main_pos(tokens[k].text) in ("ADJF", "PRTF"):
        return  # ``смешная это фамилия``
    labels[k] = "PERSON"
