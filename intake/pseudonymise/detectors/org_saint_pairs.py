"""A church or parish named by two coordinated saints, in any letter case (``org_parishes.py`` reads one saint).

Churches are dedicated to pairs of saints as often as to one (``касцёл святых Пятра і Паўла``, ``костёл Петра и
Павла``, ``у парафіі святых Кірылы і Мяфодзія``, ``St Peter and Paul church``, ``the church of Saints Cyril and
Methodius``). A rule for one saint stops at the conjunction and leaves ``і Паўла`` open; the coverage rule needs
the whole name. The frame: a church or parish noun, then a dedication of two names joined by ``і``/``и``/``and``:

- Russian, Belarusian: the head, an optional saint word, a name, the conjunction, an optional saint word, a name;
  each name a genitive or a word no dictionary knows, no function word, no verb. What proves the dedication: a
  saint word in the plural (``святых``: it needs two names) or before the second name (``святога Пятра і
  святога Паўла``), or both names capitalised, or both read as given names (``костёл петра и павла``). A
  singular saint and a common noun after ``и`` (``в храме святой Троицы и людей``) is no pair.
- English: ``saint``/``st``/``saints``/``sts``/``ss`` and two words joined by ``and`` before a church noun (``st
  peter and paul church``, ``Sts Peter & Paul's``), or after ``<church> of`` (``the church of saints cyril and
  methodius``).

The spans are uncertain (0.5, ``uncertain:orgsaints``): they widen the one-saint spans of the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.org_parishes import PARISHES, pair_end
from intake.pseudonymise.detectors.orgnames_en import org_span
from intake.pseudonymise.detectors.tokens import Token
from intake.pseudonymise.spans import Span

RULE = "saints"
# Folded stems of church nouns (``і`` -> ``и``, ``ё`` -> ``е``, ``ў`` -> ``у``); parishes from ``org_parishes``.
_CHURCHES = ("костел", "касцел", "церкв", "церков", "царкв", "царкоу", "храм", "собор", "сабор", "кирх", "капли")
_GATES = ("костё", "косте", "касцё", "касце", "церк", "царк", "храм", "собор", "сабор", "кірх", "кирх", "капл",
          "парафі", "приход")  # fmt: skip
_EN_SAINTS = frozenset("saint saints st sts ss".split())
_EN_CHURCHES = frozenset("church cathedral parish chapel basilica kostel monastery".split())
_EN_STOP = frozenset("the a an and or but in on at for to from with by of that is was my our his her their".split())


def detect(text: str, language: str, tokens: Sequence[Token]) -> list[Span]:
    """Uncertain ORGANISATION spans over a church or parish noun and a coordinated pair of saints."""
    low = text.lower()
    if language == "en":
        if " and " not in low and "&" not in low:
            return []
        return _english(text, tokens)
    if language not in ("ru", "be") or not any(g in low for g in _GATES):
        return []
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if tok.norm.startswith(_CHURCHES) or tok.norm.startswith(PARISHES):
            end = pair_end(tokens, i + 1, language)
            if end > i + 1:
                out.append(org_span(text, tok.start, tokens[end - 1].end, RULE, 0.5, True))
    return out


def _english(text: str, tokens: Sequence[Token]) -> list[Span]:
    """``st peter and paul church`` (saint, word, ``and``, word, church), ``church of saints cyril and methodius``."""
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        if tok.norm not in _EN_SAINTS or i + 3 >= len(tokens):
            continue
        one, conj, two = tokens[i + 1], tokens[i + 2], tokens[i + 3]
        if conj.norm != "and" or not (_en_name(one) and _en_name(two) and conj.spaced and two.spaced):
            continue
        after = i + 4 + (i + 4 < len(tokens) and tokens[i + 4].norm == "s" and not tokens[i + 4].spaced)
        if after < len(tokens) and tokens[after].norm in _EN_CHURCHES and tokens[after].spaced:
            out.append(org_span(text, tok.start, tokens[after].end, RULE, 0.5, True))
        elif i > 1 and tokens[i - 1].norm == "of" and tokens[i - 2].norm in _EN_CHURCHES:
            out.append(org_span(text, tokens[i - 2].start, two.end, RULE, 0.5, True))
    return out


def _en_name(tok: Token) -> bool:
    """A Latin word after ``saint`` that may be a name (no function word)."""
    return tok.spaced and tok.norm.isalpha() and not tok.cyrillic and tok.norm not in _EN_STOP
