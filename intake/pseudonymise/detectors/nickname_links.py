"""Every mention of a nickname the text establishes, in any casing and case form (issue 14, round 14).

:mod:`nicknames` marks a capitalised nickname in its capitalised mentions only; this module reads the naming
statement again in any casing (``все звали его Малой``, ``для нас он просто рыжий``, ``позывной у него был
сова``, ``мянушка ў яго была малы``, ``everyone knew him as fox``, ``red as we called her``) and, once a word
is ESTABLISHED as a person's nickname, marks its every other mention in the text (``малого``, ``с рыжим``,
``Red's``) as an uncertain PERSON (score :data:`SCORE`, reason ``uncertain:nickname-link``) unless it reads as
the common word there: after a modifier (``рыжая борода``, ``наш кот``, ``the doc``), or an adjective nickname
before a noun it describes (``рыжий кот``).

The statements read: a naming verb with an object pronoun (``его звали X``, ``we called him X``), a naming noun
(``кличка у него была X``, ``по кличке X``, ``his nickname was X``), ``для нас он просто X``, ``X — так его
звали`` / ``X, as we called him``, ``знали его как X`` / ``knew her as X``, ``went by X``.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import lowercase, namelex
from intake.pseudonymise.detectors.becues import BE_FUNCTION, BE_VERB_END
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.spans import Span

SCORE = 0.45
SOURCE = "nickname_links"
REASON = "uncertain:nickname-link"


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Naming verbs whose name follows (or, in the instrumental, stands right before them), with an object pronoun.
_VERBS = _words(
    "звали зовут зовём зовем звал звала кличут прозвали прозвал прозвала окрестили называли называл называла "
    "дразнили звалі завуць завём клічуць клікалі клікаў празвалі празваў ахрысцілі дражнілі называлі "
    "called call calls nicknamed dubbed"
)
_PRONOUNS = _words("его её ее яго яе him her")
# Naming nouns (any case): ``кличка у него была X``, ``по кличке X``, ``his nickname was X``.
_NOUNS = _words(
    "кличка кличке кличкой прозвище прозвищу прозвищем погоняло погонялу погонялом позывной позывным "
    "мянушка мянушцы мянушкай клічка клічцы пазыўны пазыўным nickname"
)
# Words a statement passes over before its name.
_PASS = _words(
    "все всё усе ўсе его её ее яго яе him her мы we they everyone everybody у ў него неё нее был была было "
    "быў было is was просто проста just so так до сих пор на зоне в отряде "
    # titles: ``мы её зовём пани Катержина`` gives the name after the title
    "пан пани пані спадар спадарыня mr mrs ms miss"
)
_SIMPLY = _words("просто проста")
_FOR = _words("для")
_SO = _words("так")
_AS = _words("as как")
_KNEW = _words("knew known know знали знал знала ведали")
_WENT_BY = _words("went goes go by")
# Modifiers that make the word the common noun (``рыжая борода``, ``наш кот``, ``the doc``, ``old brick``).
_MODIFIERS = _words(
    "мой моя мою моего мой наш наша нашу нашего ваш ваша этот эта этого эту тот та того ту такой такая один одна "
    "два две три мая маю наша гэты гэта гэтага адзін the a an my our your this that these those some any one two "
    "his her their its every each no little old big small young new such same other "
    # a gloss: after ``means``/``значит`` the word is the common word it translates (``tsehla means brick``)
    "means meaning mean значит означает азначае значыць"
)
_NOT_NAMES = _words(
    "by the a an to of in at on with and but that who he she it they them him her was is not for from so as "
    "это что как когда потом там тут тоже уже ещё еще это гэта што калі "
    # determiners, naming nouns, English conjunctions and adverbs: never the name a statement gives
    "такой такая такое такие таких такім такі такая такое такія такіх гэтая гэткі имя імя назва название фамилия "
    "прозвішча name surname because since when while after before until unless though although if back again "
    "often now then later sometimes anymore too also still far long well soon much many"
)
# What ``by`` names after ``goes``/``went``: a means of travel, not a nickname (``goes by train``).
_MEANS = _words("train bus car taxi plane boat ferry foot bike bicycle tram trolleybus minibus coach metro subway")
# Verbs that follow a subject noun (``the nickname comes from``): the word after ``nickname`` is no name then.
_EN_VERBS = _words("comes came means meant stuck started began sounds sounded goes went fits fitted")
# Prepositions before a place: ``в депо так и звали`` names the place where they called, not a nickname.
_PLACE_PREPS = _words("в во на у ў із из з ад от at in on from")
# A naming verb after ``как``/``what`` asks the name (``не знаю, как его зовут``): no name follows.
_ASK = _words("как як what")
# ``у неё X``, ``ў мяне X``: what someone has, a thing.
_AT = _words("у ў")
_OWNERS = _words("меня тебя него неё нее нас вас них мяне цябе яго яе іх")
_EN_ENDINGS = ("'s", "’s")
_ENDINGS = tuple(
    sorted(
        (
            "ыми ими ого его ому ему ами ями ага яга аму яму ый ий ой ая яя ую юю ые ие ых их ым им ом ем ам ям "
            "ах ях ай яй ою ею ое ее ыя ія а я у ю е и ы о ь і"
        ).split(),
        key=len,
        reverse=True,
    )
)
_FLEETING = ("ок", "ек", "ец", "ёк")
_MIN_STEM = 3


def key(norm: str) -> str:
    """The folded word less one case ending (adjective endings too) and a fleeting vowel (``рыжего`` ->
    ``рыж``, ``жучком`` -> ``жучк``, ``red's`` -> ``red``)."""
    for end in _EN_ENDINGS:
        if norm.endswith(end):
            return norm[: -len(end)]
    for end in _ENDINGS:
        if len(norm) - len(end) >= _MIN_STEM and norm.endswith(end):
            norm = norm[: -len(end)]
            break
    if norm.endswith(_FLEETING) and len(norm) - 1 >= _MIN_STEM + 1:
        return norm[:-2] + norm[-1]
    return norm


def _name_word(tok: Token) -> bool:
    """A word that may be a nickname: letters, three or more, no function word, pronoun, role noun or verb,
    and (when pymorphy3 knows it) a nominative or an instrumental (``в августе`` is none)."""
    if len(tok.norm) < 3 or not tok.text.replace("'", "").replace("’", "").isalpha() or tok.norm in _NOT_NAMES:
        return False
    if tok.norm in _PASS or tok.norm in _MODIFIERS or tok.norm in BE_FUNCTION:
        return False
    if not lowercase.content_word(tok) or lowercase.is_role(tok):
        return False
    if not tok.cyrillic:
        return True
    m = namelex.word_morph(tok.text)
    if not m.known:
        return not BE_VERB_END.search(tok.text.lower())
    naming_case = not m.case or bool({"nomn", "ablt"} & set(m.case))
    return naming_case and namelex.main_pos(tok.text) in ("NOUN", "ADJF", "ADJS")


def _after(tokens: Sequence[Token], j: int, limit: int = 5) -> int | None:
    """The first word at or after ``j`` past the words a statement passes over, in the same clause (no
    comma or stop before it)."""
    end = min(len(tokens), j + limit)
    while j < end and tokens[j].norm in _PASS:
        j += 1
    return j if j < len(tokens) and tokens[j].spaced and _name_word(tokens[j]) else None


def _verb_name(tokens: Sequence[Token], i: int) -> int | None:
    """``его звали X``, ``мы его котом называли``, ``we called him X``: an object pronoun near the verb
    (right after an English verb but ``nicknamed``); none when ``как``/``what`` asks the name."""
    before, after = tokens[max(0, i - 4) : i], tokens[i + 1 : i + 3]
    verb = tokens[i]
    if any(t.norm in _ASK for t in before):
        return None
    if verb.cyrillic and not any(t.norm in _PRONOUNS for t in (*before, *after)):
        return None
    if not verb.cyrillic and verb.norm != "nicknamed" and not (after and after[0].norm in _PRONOUNS):
        return None
    j = _after(tokens, i + 1)
    if j is not None:
        return j
    ok = i > 0 and verb.cyrillic and _name_word(tokens[i - 1]) and any(t.norm in _PRONOUNS for t in before)
    return i - 1 if ok else None


def _statement(tokens: Sequence[Token], i: int) -> int | None:
    """The nickname a statement at token ``i`` establishes, if any."""
    norm = tokens[i].norm
    if norm in _VERBS:
        return _verb_name(tokens, i)
    if norm in _NOUNS:
        j = _after(tokens, i + 1)
        return None if j is None or tokens[j].norm in _EN_VERBS else j
    if norm in _SIMPLY and any(t.norm in _FOR for t in tokens[max(0, i - 4) : i]):
        return _after(tokens, i + 1, 1)
    if norm in _SO and i > 0 and any(t.norm in _VERBS for t in tokens[i + 1 : i + 5]):
        return _before(tokens, i)
    if norm == "as" and i > 0 and any(t.norm == "called" for t in tokens[i + 1 : i + 4]):
        return _before(tokens, i)
    knew = any(t.norm in _KNEW for t in tokens[max(0, i - 3) : i])
    if norm in _AS and knew and i > 0 and tokens[i - 1].norm in _PRONOUNS | _KNEW:
        return _after(tokens, i + 1, 1)
    if norm == "by" and i > 0 and tokens[i - 1].norm in _WENT_BY:
        j = _after(tokens, i + 1, 1)
        return None if j is None or tokens[j].norm in _MEANS else j
    return None


def _before(tokens: Sequence[Token], i: int) -> int | None:
    """The name right before ``так``/``as`` (``Малой, так его звали``), unless a preposition makes it the place
    where they called (``в депо так и звали``)."""
    if not _name_word(tokens[i - 1]):
        return None
    return None if i > 1 and tokens[i - 2].norm in _PLACE_PREPS else i - 1


def established(tokens: Sequence[Token]) -> set[str]:
    """The keys (:func:`key`) of the nicknames the text's naming statements establish."""
    found = (_statement(tokens, i) for i in range(len(tokens)))
    decoys = namelex.decoys()  # a first name that is a common word (``вера``): the name detectors judge it
    return {key(tokens[k].norm) for k in found if k is not None and tokens[k].norm not in decoys}


def _common_use(tokens: Sequence[Token], i: int) -> bool:
    """The word reads as the common word here: after a modifier, a number or ``у неё``, or an adjective before a
    noun."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.spaced and (prev.norm in _MODIFIERS or prev.norm.isdigit()):
        return True
    if prev is not None and prev.cyrillic and prev.spaced and namelex.main_pos(prev.text) in ("ADJF", "NUMR"):
        return True
    if i > 1 and tokens[i - 2].norm in _AT and prev is not None and prev.norm in _OWNERS:
        return True  # ``у неё вишня под окном росла``: a thing someone has
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    tok = tokens[i]
    if nxt is None or not nxt.spaced or not tok.cyrillic or namelex.main_pos(tok.text) != "ADJF":
        return False
    return namelex.main_pos(nxt.text) == "NOUN" and not nxt.cap


def detect(text: str, language: str, tokens: Sequence[Token], spans: Sequence[Span]) -> list[Span]:
    """Uncertain PERSON spans on every mention of an established nickname that no span in ``spans`` covers."""
    del text, language  # the statements are read the same in every language
    keys = established(tokens) - namelex.decoys()
    if not keys:
        return []
    covered = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if len(tok.norm) < 3 or key(tok.norm) not in keys:
            continue
        if any(a < tok.end and tok.start < b for a, b in covered) or _common_use(tokens, i):
            continue
        out.append(Span(tok.start, tok.end, "PERSON", tok.text, SCORE, SOURCE, REASON))
    return out
