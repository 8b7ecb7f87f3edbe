"""An organisation named by the answer to a question about "your initiative": ``Інтэрв'юер: Чым займаецца ваша
ініцыятыва? Рэспандэнт: Побач, гэта каля трыццаці валанцёраў``.

When the interviewer asks about the respondent's own body (``ваша ініцыятыва``, ``ваш фонд``, ``your
initiative``, ``your group``) and the answer opens with one word and then ``гэта``/``это``/``it's`` (``X, that
is ...``), the word is the body's name, whatever it means as a common word (``побач``: "beside"). The word
must be no function word, filler or discourse adverb (``ну, гэта ...``, ``проста, гэта ...``) and, by its
Russian reading, no verb (``дапамагаем, гэта галоўнае``). Russian, Belarusian, English; cased and lower-case;
every span is uncertain (0.5, ``uncertain:organswer``).
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.becues import SPEAKER_LABELS
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.spans import Span
from intake.pseudonymise.stopwords import is_stop_word

RULE = "answer"
_RESPONDENT = frozenset(w for w in SPEAKER_LABELS if w.startswith(("рэсп", "респ"))) | {"respondent"}
_INTERVIEWER = (SPEAKER_LABELS - _RESPONDENT) | {"interviewer"}
_YOUR = ("ваш", "your")
_OUR = ("наш", "our")
# Folded stems of the bodies a respondent runs or belongs to.
_BODIES = (
    "инициатив", "иницыятыв", "арганизацы", "организаци", "фонд", "фунд", "праект", "проект", "груп", "каманд",
    "команд", "хор", "гурт", "initiative", "organisation", "organization", "group", "project", "charity", "team",
    "choir", "band", "foundation",
)  # fmt: skip
_THIS = frozenset(fold(w) for w in "гэта это it it's that that's".split())
# Discourse words that open an answer before ``гэта`` and name nothing, folded.
_DISCOURSE = frozenset(
    fold(w)
    for w in "ну так да не вось проста значыць значит карацей короче увогуле вообще добра хорошо канешне конечно "
    "зараз цяпер сейчас сапраўды действительно ага угу well yes yeah no so basically honestly okay right".split()
)


# Finite and past verb endings, Russian and Belarusian, folded (``помогаем``, ``дапамагаем``, ``збіралі``).
_VERB_ENDINGS = ("аем", "яем", "уем", "юем", "ием", "им", "ем", "ают", "яют", "уют", "ют", "ут", "юць", "уць",
                 "аць", "яць", "ить", "ать", "ять", "али", "яли", "или", "ыли", "лися")  # fmt: skip


def _asks_about_ours(tokens: Sequence[Token], start: int, end: int) -> bool:
    """``ваша ініцыятыва``/``your initiative`` among ``tokens[start:end]`` (the interviewer's turn)."""
    return any(
        tokens[k].norm.startswith(_YOUR) and tokens[k + 1].norm.startswith(_BODIES) for k in range(start, end - 1)
    )


def _name_word(tok: Token) -> bool:
    """One word that may be a name: no function word, discourse word or verb (by its Russian reading)."""
    if not tok.text.isalpha() or len(tok.norm) < 3 or is_stop_word(tok.norm) or tok.norm in _DISCOURSE:
        return False
    if not tok.cyrillic:
        return not tok.norm.endswith("ly")
    if tok.norm.endswith(_VERB_ENDINGS):
        return False  # ``дапамагаем``, ``збіраюць``: a Belarusian verb the Russian reading does not know
    reading, morph = namelex.russian_reading(tok.norm)
    return not morph.known or namelex.verb_share(reading) < 0.3


def _calls_ours(tokens: Sequence[Token], k: int) -> bool:
    """``гэта наша ініцыятыва``/``it's our project`` from ``tokens[k]`` on: the answer describes its own body."""
    return any(
        tokens[m].norm.startswith(_OUR) and tokens[m + 1].norm.startswith(_BODIES)
        for m in range(k + 1, min(k + 3, len(tokens) - 1))
    )


def _answer(text: str, tokens: Sequence[Token], asked: int, k: int) -> list[Span]:
    """The answer's name word after the respondent label ``tokens[k]`` (and its mention in the question)."""
    j = k + 1
    while j < min(k + 3, len(tokens) - 1) and tokens[j].norm in _DISCOURSE:
        j += 1  # ``ну, мост, гэта ...``
    if j + 1 >= len(tokens):
        return []
    word, this = tokens[j], tokens[j + 1]
    if this.norm not in _THIS or "\n" in text[word.end : this.start] or not _name_word(word):
        return []
    if j == k + 1 and _asks_about_ours(tokens, asked, k):
        return [org_span(text, word.start, word.end, RULE, 0.5, True)]
    if not _calls_ours(tokens, j + 1):
        return []
    said = [t for t in tokens[asked + 1 : k] if t.norm == word.norm]  # ``што такое мост?``
    return [org_span(text, t.start, t.end, RULE, 0.5, True) for t in [*said, word]]


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over the one-word answer that names the body asked about or calls itself
    ours."""
    out: list[Span] = []
    asked = -1  # index of the last interviewer label
    for k, tok in enumerate(tokens):
        if tok.norm in _INTERVIEWER:
            asked = k
        elif tok.norm in _RESPONDENT and asked >= 0 and k + 2 < len(tokens):
            out += _answer(text, tokens, asked, k)
            asked = -1
    return out
