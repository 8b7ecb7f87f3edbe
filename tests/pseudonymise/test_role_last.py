"""The role-noun test (``lowercase.is_role``, which may parse a word with pymorphy3's predictors) is asked last.

``candidates._rule`` asks it only of a word some rule takes, ``candidates._context_rule`` asks it of the previous
word only where the position matters, and ``common_entries.preposition_orgs`` only of a listed organisation. Every
test involved is pure, so the spans are those of asking it first: the references below are the earlier code,
which asked it first, compared on invented rows and tuned transcripts, cased and in lower case.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from intake.pseudonymise.detect import detect
from intake.pseudonymise.detectors import be_candidates, candidates, common_entries, namelex
from intake.pseudonymise.detectors.candidates import TITLES, acts_as_name, name_share
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, is_lowercase_text, tokenize
from intake.pseudonymise.spans import Span
from tests.pseudonymise.masking import rows_and_lowercase

TUNED = ("dev", "dev13")
INVENTED = [
    ("ru", "мы вчера долго гуляли по парку, потом пошли к адвокату ивану сидорову и его помощнице марине"),
    ("ru", "наш адвокат ковальчук сказал, что судья петрова не пришла; в весне волонтёрила моя соседка"),
    ("be", "мы з суседкай косцяй хадзілі ў краму, а ў вясны на сайце напісалі пра нашага адваката шпака"),
    ("be", "выкладчыца зоська сказала, што дырэктар мікалаевіч прыйдзе; з вясной і з суседам мы размаўлялі"),
    ("ru", "Вчера Иван Петров из Минска позвонил адвокату Сидорову и сказал, что в Весне помогут"),
    ("be", "Учора Алесь Жук з Гродна патэлефанаваў настаўніцы Зосьцы і сказаў пра Вясну"),
]


def _rows() -> list[tuple[str, str]]:
    return rows_and_lowercase(INVENTED, TUNED)


def _ref_context_rule(
    tok: Token, tokens: Sequence[Token], i: int, person: Sequence[bool], language: str, lowercase: bool,
    covered: Sequence[bool],
) -> Span | None:
    """``_context_rule`` as it was: the previous word's role test first."""
    spaced_next = i + 1 < len(tokens) and tokens[i + 1].spaced
    beside = (i > 0 and tok.spaced and person[i - 1]) or (spaced_next and person[i + 1])
    if language == "ru" and lowercase and candidates._unknown_pair(tokens, i, spaced_next):
        return candidates._span(tok, "PERSON", "context")
    if language == "be" and lowercase and be_candidates.unknown_pair(tokens, i, covered):
        return candidates._span(tok, "PERSON", "context")
    if tok.cap and beside and language == "ru" and namelex.main_pos(tok.text) == "NOUN":
        return candidates._span(tok, "PERSON", "context")
    after_title = i > 0 and tok.spaced and (tokens[i - 1].norm in TITLES or is_role(tokens[i - 1]))
    if not (after_title or tok.cap or lowercase) or (tok.initial and not tok.cap):
        return None
    if language == "ru":
        names, common, _ = name_share(tok.text.lower())
        unknown = names + common == 0
    else:
        unknown = namelex.looks_like_surname(tok.norm, True) or (after_title and candidates._belarusian_pet_shape(tok))
    if not unknown:
        return None
    return candidates._span(tok, "PERSON", "context") if acts_as_name(tokens, i, person) else None


def _ref_rule(
    tokens: Sequence[Token], i: int, person: Sequence[bool], language: str, lowercase: bool, covered: Sequence[bool]
) -> Span | None:
    """``_rule`` as it was: the role test with the listed safe words, before every rule."""
    tok = tokens[i]
    if candidates._listed_safe(tok, language) or is_role(tok):
        return None
    if not tok.cyrillic:
        if language in ("ru", "be") and tok.norm not in candidates.LATIN_SAFE and not tok.norm.isdigit():
            return candidates._span(tok, candidates._latin_label(tok), "latin")
        return None
    if language == "en":
        return candidates._span(tok, "PERSON", "script")
    if candidates.is_decoy(tok):
        return candidates._span(tok, "PERSON", "context") if acts_as_name(tokens, i, person) else None
    if language == "be" and (span := candidates._hunspell_rule(tok, tokens, i, person)) is not None:
        return span
    return (
        candidates._morph_rule(tok, tokens, i, person, language, lowercase)
        or candidates.unexplained(tok, _ref_context_rule(tok, tokens, i, person, language, lowercase, covered))
        or candidates.lone_unknown(tok, language, lowercase)  # round 17's rule, last in both
    )


def _ref_candidates(language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    covered, person = covered_tokens(tokens, spans)
    lowercase = is_lowercase_text(tokens)
    out: list[Span] = []
    for i in range(len(tokens)):
        if not covered[i] and (span := _ref_rule(tokens, i, person, language, lowercase, covered)) is not None:
            out.append(span)
            person[i] = span.label == "PERSON"
    return out


def _ref_preposition_orgs(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """``preposition_orgs`` as it was: the role test before the gazetteer."""
    for i, tok in enumerate(tokens):
        if labels[i] is not None or i == 0 or tokens[i - 1].norm not in common_entries.EVIDENCE_PREPS or is_role(tok):
            continue
        orgs = [
            e for e in common_entries.entity_gazetteer().lookup_first(tok.norm)
            if e.label == "ORGANISATION" and "cs" in e.flags and len(e.words) == 1
        ]
        if orgs and not common_entries.common_reading(tokens, i, i + 1, orgs[0], strict=False):
            labels[i] = "ORGANISATION"


@pytest.mark.parametrize("language,text", _rows())
def test_same_spans_as_role_test_first(language: str, text: str) -> None:
    tokens = tokenize(text)
    evidence = [s for s in detect(text, language) if not s.reason]
    assert candidates.detect(text, language, evidence, tokens) == _ref_candidates(language, evidence, tokens)
    labels: list[str | None] = [None] * len(tokens)
    expected: list[str | None] = [None] * len(tokens)
    common_entries.preposition_orgs(tokens, labels)
    _ref_preposition_orgs(tokens, expected)
    assert labels == expected


def _asked(monkeypatch: pytest.MonkeyPatch, module: object) -> list[str]:
    """Record the words ``module`` asks the role test of."""
    asked: list[str] = []

    def recording(tok: Token) -> bool:
        asked.append(tok.norm)
        return is_role(tok)

    monkeypatch.setattr(module, "is_role", recording)
    return asked


def test_candidates_ask_no_role_of_a_word_no_rule_takes(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _asked(monkeypatch, candidates)
    text = "мы вчера долго гуляли по парку и кормили уток"
    assert candidates.detect(text, "ru", [], tokenize(text)) == []
    assert not {"гуляли", "парку", "кормили", "уток"} & set(asked)


def test_preposition_orgs_ask_no_role_of_an_unlisted_word(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _asked(monkeypatch, common_entries)
    tokens = tokenize("мы ходили в магазин с соседом")
    labels: list[str | None] = [None] * len(tokens)
    common_entries.preposition_orgs(tokens, labels)
    assert labels == [None] * len(tokens)
    assert "магазин" not in asked
