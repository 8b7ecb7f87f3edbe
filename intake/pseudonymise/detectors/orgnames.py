"""Organisation names: whole name phrases, quoted names, enterprise compounds; a name after a cue noun is orgcues.py's.

The word rules (``names.py``) flag a capitalised word on its own, so a Russian name written the Russian
way, with only its first word capitalised, is masked in part (``Комитет`` of ``Комитет защиты
журналистов``) and lower-case speech-recognition text loses the name altogether. The rules, over the
shared word tokens and the spans found so far (``found``), label ORGANISATION:

``phrase``
    a flagged capitalised word that opens a name: an adjective followed by lower-case adjectives and an
    organisation noun (``Левый фронт``, ``Міжнародны камітэт``), or an organisation noun itself
    (``Комитет``); the span takes the words that complete the name: genitives, ``и`` between them, a
    preposition with its phrase (``защиты журналистов``, ``по взаимоотношениям Церкви и общества``;
    Russian by pymorphy3, Belarusian by genitive endings), never a person after it. A name-forming
    adjective (``Международный``, place-derived ``-ск-``) opens one unflagged at a sentence start or in
    lower-case text when two modifiers or a tail make it a name (``международный союз защиты узников``,
    not ``российская компания``). Evidence 0.7; uncertain 0.5 in lower case.
``quoted``
    a quotation that opens with a capital (``«Жилищная солидарность»``, ``РНПЦ «Кардиология»``,
    ``газета "Русская правда"``) after a cue noun, a chat or group noun (``в чате «Лида 24/7»``) or an
    acronym, or with a flagged word among several;
    quoted speech (a verb inside, punctuation) is not a name. Evidence 0.7.
``compound``
    a word compounded from a place and a trade, in either alphabet (``минскстрое``,
    ``крычаўцэментнашыфер``, ``белагропрамбанку``, ``Mogilevvodokanal``). Evidence 0.7.
``english`` (lower-case English, ``orgnames_en.py``)
    ``a reporter at zerkalo``, ``minsk regional bar association``;
    ``latin`` (any language): capitalised English names whose words a linker joins (``Bank of East Asia``,
    ``Working Group on Arbitrary Detention``, ``Committee to Protect Journalists``).
``trade``
    a town or its adjective and a product after ``на``/``с`` (``на гродна азоце``, ``на Лідскім піве``).
    Uncertain 0.5.
``modifier``
    a lower-case place adjective before an organisation joins it (``японском МИДе``, ``пинский ГОВД``).
``acronym-lc`` (lower-case text, ``orgacronyms.py``)
    a word shaped like an acronym that no dictionary knows, after a preposition or a verb of studying or
    working (``скончыла бдату``, ``поступил в гргму``). Uncertain 0.5.

A name right after a cue noun, a legal form or ``called`` (``ініцыятыва крок``, ``ооо белтрансавто``, ``a
company called kinetic apps``) is ``orgcues.py``'s, called from ``institutions.py``.

Then ``orglinks.py`` marks the other mentions of what was found (``spread``, ``acronym``, ``repeat``, and
``proved`` for the names a cue noun proved).
National state bodies that the policy keeps (``not_identifiers.txt``) are never a head.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence

from intake.pseudonymise.detectors import (
    be_vocab,
    casing,
    en_institutions,
    en_orgheads,
    en_orgruns,
    namelex,
    org_appos,
    org_slots,
    org_work,
    orglinks,
)
from intake.pseudonymise.detectors.orgacronyms import lowercase_acronyms
from intake.pseudonymise.detectors.orgcompounds import compounds, place_trades
from intake.pseudonymise.detectors.orgname_words import _chat
from intake.pseudonymise.detectors.orgname_words import has_case as has_case  # for orgcues.py
from intake.pseudonymise.detectors.orgname_words import is_adjective as is_adjective  # for common_entries.py
from intake.pseudonymise.detectors.orgname_words import is_org_noun as is_org_noun  # for phrases.py
from intake.pseudonymise.detectors.orgnames_en import english, latin_runs, org_span
from intake.pseudonymise.detectors.tokens import Token, is_lowercase_text
from intake.pseudonymise.spans import Span
from intake.pseudonymise.vocabulary import NAME_LABELS

EVIDENCE, UNSURE = 0.7, 0.5
_QUOTE = re.compile(r"[«„“\"]([^«»„“”\"\n]{1,60})[»“”\"]")


def _cue(before: Token, body: str, inside: Sequence[Token], first_flagged: bool) -> bool:
    """The word before a quotation says a name is quoted: an acronym, a cue noun, or a chat noun before a
    quotation that shows a name beyond its opening capital (a number, a capital inside, a flagged first
    word: ``«Лида 24/7»``, not ``«Спасибо всем»``)."""
    if before.acronym or is_org_noun(before.norm, cue=True):
        return True
    named = first_flagged or any(c.isdigit() for c in body) or any(t.cap for t in inside[1:])
    return _chat(before.norm) and named


def _flags(tokens: Sequence[Token], spans: Sequence[Span], labels: Collection[str] | None = None) -> list[bool]:
    """Which tokens a span covers (of ``labels`` only, when given)."""
    ranges = sorted((s.start, s.end) for s in spans if labels is None or s.label in labels)
    out = [False] * len(tokens)
    if not ranges:
        return out
    k, (start, end) = 0, ranges[0]
    for i, tok in enumerate(tokens):
        while end <= tok.start:  # ranges ending before this token end before every later one too
            k += 1
            if k == len(ranges):
                return out
            start, end = ranges[k]
        out[i] = start < tok.end
    return out


def _span(text: str, start: int, end: int, rule: str, uncertain: bool = False) -> Span:
    return org_span(text, start, end, rule, UNSURE if uncertain else EVIDENCE, uncertain)


def _next(tokens: Sequence[Token], j: int) -> Token | None:
    return tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].spaced else None


def _head(tok: Token) -> bool:
    return is_org_noun(tok.norm) and not casing.is_stopword(tok)


def _phrase_end(tokens: Sequence[Token], i: int, language: str) -> int | None:
    """Index of the organisation noun that a capitalised adjective or noun at ``i`` opens, or None."""
    tok = tokens[i]
    if _head(tok):
        return i
    if not is_adjective(tok.text, language):
        return None
    j = i
    while (nxt := _next(tokens, j)) is not None and not nxt.cap and j - i < 4:
        if _head(nxt):
            return j + 1
        if not is_adjective(nxt.text, language):
            return None
        j += 1
    return None


# Prepositions inside a name and the case they govern (``Отдел по взаимоотношениям``, ``Движение в
# защиту``, ``Фронт за демократию против диктатуры``).
_LINKS = {"по": "datv", "за": "accs", "против": "gent", "в": "accs", "при": "loct", "у": "gent"}


def _tail(tokens: Sequence[Token], j: int, flagged: Sequence[bool], language: str) -> int:
    """The last index of the words that complete a name after its organisation noun (Russian only):
    genitives (``защиты журналистов``), ``и`` between them, a preposition with its noun phrase, and
    flagged names inside (``Церкви``)."""
    if language == "be":
        return _be_tail(tokens, j)
    if language != "ru":
        return j
    last, k, case = j, j, "gent"
    while (nxt := _next(tokens, k)) is not None and k - j < 7:
        after, governed = _next(tokens, k + 1), _governs(tokens[k])
        if nxt.norm in _LINKS or nxt.norm == "и":
            want = _LINKS.get(nxt.norm, case)
            if after is None or after.cap or not has_case(after.text, want, "gent" if nxt.norm == "и" else want):
                break
            case, k = want, k + 1
        elif flagged[k + 1] and nxt.cap:
            if _person_next(tokens, k + 1):
                break  # ``... службы России Михаил Тюркин``: a person's name follows the organisation's
            k, last = k + 1, k + 1
        elif nxt.cap or not nxt.cyrillic or casing.is_stopword(nxt) or not has_case(nxt.text, case, governed):
            break
        else:
            plural = ("ых", "их", "ым", "им") if governed == "datv" else ("ых", "их")
            k += 1
            if namelex.noun_share(nxt.text) >= 0.5 or nxt.norm.endswith(plural):
                last = k  # a noun, or a plural adjective used as one (``репрессированных``, ``пострадавшим``)
    return last


# Nouns of helping that take a dative in a name (``комитет помощи беженцам``, ``камітэт дапамогі бежанцам``).
_HELP = ("помощ", "содейств", "дапамог", "садзейнічанн")


def _governs(tok: Token) -> str:
    """The case the word at a name's end takes after it: the dative after a noun of helping, else the
    genitive."""
    return "datv" if tok.norm.startswith(_HELP) else "gent"


def name_tail(tokens: Sequence[Token], j: int, language: str) -> int:
    """The last index of the words that complete a name whose organisation noun is at ``j`` (``комитет
    помощи беженцам``), for a phrase another rule found (``phrases.py``)."""
    return _tail(tokens, j, [False] * len(tokens), language)


def _person_next(tokens: Sequence[Token], k: int) -> bool:
    """A capitalised word that starts a run of capitalised words, is a known first name, or reads as a
    surname (``Комитет защиты Ковальчука``: the person stays a person)."""
    nxt, tok = _next(tokens, k), tokens[k]
    if (nxt is not None and nxt.cap) or namelex.first_names().lookup_first(tok.norm):
        return True
    m = namelex.word_morph(tok.text)
    return m.name + m.surname + m.patronymic >= 0.3 or (not m.known and namelex.looks_like_surname(tok.norm, True))


_BE_GENITIVE = ("аў", "яў", "оў", "ых", "іх", "ага", "яга", "ння", "цця", "ы", "і")
_BE_VERB = ("лі", "ці", "ла", "ць", "ло")  # past and infinitive; ``-аў`` is a verb too when short (``сказаў``)


def _be_tail(tokens: Sequence[Token], j: int) -> int:
    """Belarusian (no vocabulary here): up to three lower-case words with a genitive ending
    (``расследавання катаванняў``, ``абароны правоў``), never a verb ending."""
    k = j
    while (nxt := _next(tokens, k)) is not None and k - j < 3 and not nxt.cap and nxt.cyrillic:
        low = nxt.text.lower()
        # ``дапамогі бежанцам``, ``дапамогі рэпрэсаваным`` (an adjective used as a noun)
        dative = tokens[k].norm.startswith(_HELP) and low.endswith(("ам", "ям", "ым", "ім"))
        if len(low) < 4 or not (dative or low.endswith(_BE_GENITIVE)) or low.endswith(_BE_VERB):
            break
        if casing.is_stopword(nxt):
            break
        if low.endswith(("аў", "яў")) and len(low) < 8 and not be_vocab.noun_only(low):
            break
        k += 1
    return k


# Adjectives that open a name even unflagged (a sentence start, lower-case text): place-derived ones in
# -ск-/-цк- (``белорусская``, ``гродненский``) that are no generic kind, and ``международный``-like ones.
_NAME_ADJ = re.compile(
    r"^(?:международн|мижнародн|национальн|нацыянальн|федеральн|всемирн|сусветн|республиканск|рэспубликанск)"
    r"|(?:ск|цк)(?:ий|ая|ое|ой|ого|ому|ую|ом|им|ие|их|ым|ыми|и|ы|ае|ага|аму|ай|ым)$"
)


def _name_adjective(tok: Token) -> bool:
    return _NAME_ADJ.search(tok.norm) is not None and not tok.norm.startswith(casing.GENERIC_SK)


def phrases(
    text: str, tokens: Sequence[Token], flagged: Sequence[bool], language: str, lowercase: bool = False
) -> list[Span]:
    """Whole organisation names (``phrase`` rule) that a flagged capitalised word opens, or a name-forming
    adjective at a sentence start or in lower-case text; the unflagged ones need two modifiers or a tail
    (``Международный комитет расследования пыток``, not ``российская компания``), and lower-case ones are
    uncertain."""
    out: list[Span] = []
    for i, tok in enumerate(tokens):
        evidence = flagged[i] and tok.cap
        if not evidence and not ((tok.cap or lowercase) and _name_adjective(tok)):
            continue
        if not tok.cyrillic or tok.acronym:
            continue
        head = _phrase_end(tokens, i, language)
        if head is None:
            continue
        j = _tail(tokens, head, flagged, language)
        if j > i and (evidence or j > head or head - i >= 2):
            out.append(_span(text, tok.start, tokens[j].end, "phrase", uncertain=not tok.cap))
    return out


def _token_at(starts: Sequence[int], pos: int) -> int | None:
    i = bisect.bisect_left(starts, pos)
    return i if i < len(starts) else None


def _is_name(tok: Token) -> bool:
    """A capitalised first name or a word pymorphy3 reads as a name or surname."""
    if not tok.cap or namelex.first_names().lookup_first(tok.norm):
        return tok.cap
    m = namelex.word_morph(tok.text)
    return tok.cyrillic and m.name + m.surname + m.patronymic >= 0.3


def quoted(text: str, tokens: Sequence[Token], flagged: Sequence[bool], language: str) -> list[Span]:
    """Quoted names that open with a capital (``quoted`` rule)."""
    out: list[Span] = []
    starts = [t.start for t in tokens]
    for m in _QUOTE.finditer(text):
        body = m.group(1)
        if not body[:1].isupper() or re.search(r"[,!?;:]|\.(?!\w)", body) or len(body.split()) > 5:
            continue
        i = _token_at(starts, m.start(1))
        if i is None or tokens[i].start >= m.end(1):
            continue
        before = tokens[i - 1] if i > 0 and tokens[i - 1].end <= m.start() else None
        near = before is not None and not text[before.end : m.start()].strip()
        inside = [k for k in range(i, len(tokens)) if tokens[k].end <= m.end(1)]
        cue = near and before is not None and _cue(before, body, [tokens[k] for k in inside], flagged[i])
        if not (cue or any(flagged[k] for k in inside)) or (len(inside) == 1 and not cue):
            continue
        if language == "ru" and any(namelex.verb_share(tokens[k].text) >= 0.5 for k in inside):
            continue  # quoted speech, not a name
        if not cue and any(_is_name(tokens[k]) for k in inside):
            continue  # a slogan or a greeting with a person in it (``«Свободу Алесю»``): the person stays
        start = before.start if cue and before is not None and before.acronym else m.start(1)
        out.append(_span(text, start, m.end(1), "quoted"))
    return out


def modifiers(text: str, tokens: Sequence[Token], spans: Sequence[Span]) -> list[Span]:
    """A lower-case place adjective before an organisation's name joins it (``японском МИДе``,
    ``гродненского «Азота»``, ``пинский ГОВД``): the place narrows the organisation to one."""
    orgs, names = _flags(tokens, spans, frozenset({"ORGANISATION"})), _flags(tokens, spans, NAME_LABELS)
    out: list[Span] = []
    for i, tok in enumerate(tokens[1:], 1):
        if not names[i] or names[i - 1]:
            continue
        prev, gap = tokens[i - 1], text[tokens[i - 1].end : tok.start]
        if prev.cap or not _name_adjective(prev):
            continue
        quoted = gap.strip() in ("«", "„", '"') and names[i]  # ``гродненском «Азоте»``
        if (orgs[i] or quoted) and gap.strip(' «„"') == "" and prev.norm.endswith(_ADJ_TAILS):
            out.append(_span(text, prev.start, tok.end, "modifier"))
    return out


_ADJ_TAILS = ("ий", "ый", "ая", "ое", "ой", "ого", "ому", "ую", "ом", "им", "ым", "ае", "ага", "ай", "и", "ы")


def detect(text: str, language: str, tokens: Sequence[Token], found: Sequence[Span]) -> list[Span]:
    """Organisation-name spans for ``text`` given the spans found so far (may overlap them)."""
    if not tokens:
        return []
    flagged, covered = _flags(tokens, found, NAME_LABELS), _flags(tokens, found)
    if language not in ("ru", "be", "en"):
        return []
    lowercase = is_lowercase_text(tokens)
    if language == "en":
        if lowercase:
            out = english(text, tokens, covered) + en_orgheads.detect(text, tokens)
            out += en_institutions.of_tails(text, tokens) + en_orgruns.detect(text, tokens)
        else:
            out = latin_runs(text, tokens) + en_orgheads.typed_names(text, tokens)  # ``at Niemen Daily``
        out += en_institutions.admin_bodies(text, tokens, lowercase)
        out += compounds(text, tokens, covered)
    else:
        out = phrases(text, tokens, flagged, language, lowercase) + quoted(text, tokens, flagged, language)
        out += compounds(text, tokens, covered) + place_trades(text, tokens)
        out += lowercase_acronyms(text, tokens, covered) if lowercase else []
        out += latin_runs(text, tokens) + modifiers(text, tokens, [*found, *out])
    slots = org_slots.detect(text, tokens, language, lowercase, name_tail)  # a name in a head's slot
    slots = org_appos.subjects_dropped(text, tokens, language, slots)  # ``в фирме бардак`` has a subject
    slots += org_appos.detect(text, tokens, language, lowercase, name_tail)  # lower-case and ``кафе`` names
    slots += org_work.detect(text, tokens, language, lowercase)  # a workplace in a verb of belonging's slot
    proved = org_slots.provable(slots, language)
    # Names after a cue noun (``orgcues.py``) mark their other mentions too; an uncertain lower-case word
    # only where pymorphy3 can tell a name from a word (the Belarusian ``ініцыятыва крок`` would spread to
    # ``крок за крокам``).
    every = [s for s in found if s.source == "orgcues"]
    cued = [s for s in every if language == "ru" or not s.uncertain]
    every += proved  # a head proved these too
    linked = orglinks.link(text, tokens, [*found, *out, *slots], [*out, *cued, *proved], covered, every, lowercase)
    return out + slots + linked
