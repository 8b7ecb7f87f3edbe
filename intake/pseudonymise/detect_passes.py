"""Two stretches of :func:`intake.pseudonymise.detect._detect`, kept apart so that it stays readable.

:func:`organisation_passes` runs the organisation detectors that read what the earlier stages found (in this
order: each later pass sees the spans the earlier ones added); :func:`kept_spans` drops the closed spans that
are a function word, a greeting, a language adverb, a common noun or a lone nation word. The imports are lazy,
as in ``detect``: loading the engine is paid on the first call, not on ``import intake``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intake.pseudonymise.detectors.tokens import Token
    from intake.pseudonymise.spans import Span


def organisation_passes(text: str, language: str, tokens: list[Token], found: list[Span]) -> list[Span]:
    """``found`` with the spans of the organisation passes added (growth, initiatives' phrase names, names,
    centres, workplaces by town, institutions with their town, names said before their naming verb, nations'
    bodies, clipped plants and colleges (which displace an unknown-word candidate at their offsets), dioceses,
    site brands, self-named groups, answers that name the body asked about, ordinals, apposition, churches,
    membership, fans, houses, chats, echoes, ``from`` phrases, glosses, names an address spells)."""
    from intake.pseudonymise.detectors import (
        en_from_orgs,
        en_org_appos,
        handle_words,
        org_answers,
        org_centres,
        org_chats,
        org_colour_churches,
        org_dioceses,
        org_echoes,
        org_fans,
        org_glosses,
        org_growth,
        org_initiatives,
        org_membership,
        org_named,
        org_named_before,
        org_nation_bodies,
        org_nation_houses,
        org_places,
        org_press,
        org_saint_pairs,
        org_selfnamed,
        slang_workplaces,
        workplace_towns,
    )
    from intake.pseudonymise.detectors.org_second import second
    from intake.pseudonymise.detectors.tokens import is_lowercase_text
    from intake.pseudonymise.detectors.web_brands import brands

    lower = is_lowercase_text(tokens)
    found = found + org_growth.detect(text, language, tokens, found)
    found += org_initiatives.detect(text, language, tokens, found, lower)
    found += org_named.detect(text, language, tokens, found)
    found += workplace_towns.detect(text, language, tokens, found)
    found += org_places.detect(text, language, tokens, found)
    found += org_named_before.detect(text, language, tokens, found)
    found += org_nation_bodies.detect(text, language, tokens, found)
    slang = slang_workplaces.detect(text, language, tokens)
    found = slang_workplaces.displaced(found, slang) + slang
    found += org_centres.detect(text, language, tokens)
    found += org_dioceses.detect(text, language, tokens) + brands(text, language, lower)
    found += org_selfnamed.detect(text, language, tokens) + second(text, language)
    found += org_answers.detect(text, language, tokens)
    found += en_org_appos.detect(text, language, tokens) + org_colour_churches.detect(text, language, tokens)
    found += org_saint_pairs.detect(text, language, tokens) + org_press.detect(text, language, tokens)
    found += org_membership.detect(text, language, tokens) + org_fans.detect(text, language, tokens)
    found += org_nation_houses.detect(text, language, tokens) + org_membership.capitalised(text, language, tokens)
    found += org_chats.detect(text, language, tokens, found)
    found += org_echoes.detect(text, language, tokens, found)
    found += en_from_orgs.detect(text, language, tokens, found)
    found += org_glosses.detect(text, language, tokens, found, not lower)
    found += handle_words.detect(text, language, tokens, found)
    return found


def kept_spans(closed: list[Span], tokens: list[Token], text: str, language: str) -> list[Span]:
    """The closed spans less a function word, a greeting or a language adverb read as a name, a common noun
    beside the same word used as a name, and a lone nation word."""
    from intake.pseudonymise.detectors.function_words import function_word_span, greeting_span
    from intake.pseudonymise.detectors.homonyms import drop_common_nouns
    from intake.pseudonymise.detectors.manner_adverbs import language_adverb
    from intake.pseudonymise.detectors.nation_words import drop_lone_nations

    kept = [
        s
        for s in closed
        if not function_word_span(text, s.start, s.end, s.label)
        and not greeting_span(text, s.start, s.end, s.label)
        and not language_adverb(text, s.start, s.end, s.label)
    ]
    kept = drop_common_nouns(without_labels(kept, tokens, text), tokens, language)
    return drop_lone_nations(kept, text, language)


def without_labels(spans: list[Span], tokens: list[Token], text: str) -> list[Span]:
    """No span covers a speaker label (``Рэспандэнт:``, :attr:`Token.label`): one that ends in a label is cut
    before it (``суд`` / ``Респондент``: a phrase grown over the line break), one that lies inside a label is
    dropped, one that starts in a label starts after it. The label is layout, never an identifier."""
    labels = [t for t in tokens if t.label]
    if not labels:
        return spans
    out = []
    for span in spans:
        kept: Span | None = span
        for tok in labels:
            if kept is not None and tok.start < kept.end and kept.start < tok.end:
                kept = _outside(kept, tok, text)
        if kept is not None:
            out.append(kept)
    return out


def _outside(span: Span, label: Token, text: str) -> Span | None:
    """``span`` less the label token ``label``, or None when nothing of it is left."""
    if span.start < label.start:
        start, end = span.start, len(text[:label.start].rstrip())
    else:
        colon = text.find(":", label.end)
        start, end = colon + 1, span.end
        while start < end and text[start].isspace():
            start += 1
    if end <= start or not any(c.isalnum() for c in text[start:end]):
        return None
    from intake.pseudonymise.spans import Span

    return Span(start, end, span.label, text[start:end], span.score, span.source, span.reason)
