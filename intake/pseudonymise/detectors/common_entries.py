"""Listed names that are common words (gazetteer entries flagged ``cs`` or ``ctx``), in lower-case speech.

The gazetteer takes a ``cs`` entry (``Вясна``, ``Зеркало``, ``Голос``, ``Воля``, ``Вена``) only capitalised
inside a sentence, and a ``ctx`` entry only so or right after a place cue. In raw lower-case speech
recognition (``tokens.is_lowercase_text``) a ``cs`` entry never matches there: ``нам весна помогла``,
``пишу для зеркала``, ``пераехалі ў вену`` would lose the organisation or the place. Here the sentence
decides, for any case form the gazetteer accepts (the longest ``cs``/``ctx`` entry at the word).

Evidence (:func:`preposition_orgs`, a step of ``names.detect``): a one-word organisation after a preposition
that takes one (``у весны на сайте``, ``в весне волонтёрила``, ``з вясной``, ``для зеркала``).

Uncertain candidates (:func:`detect`, the first recall-first stage of ``detect()``), with the entry's label:

``cs-verb`` (organisations)
    a verb of what an organisation does, beside the word as its subject (``нам весна помогла``, ``зеркало
    опубликовало``, ``вясна дапамагала``: the word in its dictionary form, no plural past verb); a verb of
    helping, paying or supporting with the word as its object in the dative or accusative (``задонатил весне``,
    ``помогали вясне``, not ``помогли зеркала повесить``); a verb only an organisation undergoes, in any form
    (``зеркало заблокировали``); declaring it extremist with a word of extremism after the name (``вясну
    прызналі экстрэмісцкай``, ``зеркало внесли в список экстремистских``; not ``голоса признали
    недействительными``). Pronouns and a few adverbs may stand between (``весна нам очень помогла``); a
    Belarusian verb is known by its ending where pymorphy3 cannot read it. English ``helped``, ``wrote`` ...;
``cs-prep`` (organisations)
    a preposition (``в``, ``у``, ``на``, ``для``, ``от``, ``з``, ``к``, ``да`` ...) before the word and a word of
    working, donating, writing or applying within :data:`REACH` words before the preposition or two after the
    word (``данаты ў вясну``, ``инженер на интеграле``, ``подписка на зеркало``); ``через``/``праз`` alone
    (``даведацца праз вясну``); English ``for``/``at``/``with``/``to`` after ``worked``, ``donated`` ... (``i
    worked for bolt``);
``cs-owner`` (organisations)
    a noun of what an organisation has or of who works for it, right before the word (``на сайце вясны``,
    ``валанцёрка вясны``, ``журналистка зеркала``); a cue noun in apposition (``правозащитный центр весна``)
    is ``orgcues.py``'s;
``cs-place`` (places, facilities)
    a place preposition (``в``, ``у``, ``из``, ``з``, ``до``, ``да``, ``под``, ``пад``, ``через``, ``праз``) right
    before the word and a verb of moving, living, working or being held within :data:`REACH` words before it or
    two after the word (``мы переехали в вену``, ``я жыла ў бярозе``, ``из берёзы приехала``, ``положили в
    новинки``); ``на`` after a verb of living only (``жыў у хостэле на волі``: Wola, a district of Warsaw); a
    border crossing (flag ``border``: Kuźnica, ``кузница``) after ``через``/``праз`` alone (``праз кузніцу``).
    English towns after ``based in``, ``moved to`` are ``residence.py``'s.

Never where the sentence marks the common word (:func:`common_reading`): a season said as a time
(``весной``, ``этой весной``, ``кожную вясну``, ``с весны``, ``с весны двадцать второго года``; for candidates
also ``к весне``, ``да вясны``, ``на весну``), an adjective, possessive or number before it (``кривое зеркало``,
``мой голос``, ``два зеркала``), an adjective entry before a noun it qualifies (``в высоком доме``), an
animate common noun (``соседи помогают``, ``з суседзямі``: people do what organisations do), a verb of looking
beside an organisation's preposition (``посмотрела в зеркало``). The places whose common word is itself a place,
a direction or a time (``в горы``, ``в городок``, ``в мире``, ``у чэрвені``) and continents (left unannotated)
are never ``cs-place`` candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors import common_entry_words as words
from intake.pseudonymise.detectors import namelex
from intake.pseudonymise.detectors.agent_nouns import agent_noun
from intake.pseudonymise.detectors.gazetteer import Entry, entity_gazetteer
from intake.pseudonymise.detectors.lowercase import ORG_PREPS as EVIDENCE_PREPS
from intake.pseudonymise.detectors.lowercase import is_role
from intake.pseudonymise.detectors.namecues import qualifies_noun
from intake.pseudonymise.detectors.nameslot import name_gender
from intake.pseudonymise.detectors.numwords import lookup as number_word
from intake.pseudonymise.detectors.orgnames import is_adjective
from intake.pseudonymise.detectors.tokens import Token, covered_tokens, is_lowercase_text
from intake.pseudonymise.spans import UNCERTAIN, Span
from intake.pseudonymise.stopwords import is_stop_word

SCORE = 0.4
SOURCE = "common_entries"
REACH = 4  # words between a cue (a verb of working, moving ...) and the preposition before the name
FLAGS = frozenset({"cs", "ctx"})


def entries_at(tokens: Sequence[Token], i: int) -> list[Entry]:
    """The longest ``cs``/``ctx`` entries (one length, maybe several labels) a form of which starts at
    ``tokens[i]``, as the gazetteer matches them in lower-case text (an acronym of three letters or more)."""
    best: list[Entry] = []
    for entry in entity_gazetteer().lookup_first(tokens[i].norm):
        n = len(entry.words)
        if not entry.flags & FLAGS or ("acr" in entry.flags and len(tokens[i].norm) < 3) or i + n > len(tokens):
            continue
        if not all(tokens[i + k].spaced and entry.word_matches(k, tokens[i + k].norm) for k in range(1, n)):
            continue
        if best and n < len(best[0].words):
            continue
        best = [*(b for b in best if len(b.words) == n), entry]
    return best


def _starts(tok: Token, stems: tuple[str, ...]) -> bool:
    return tok.norm.startswith(stems)


def _before(tokens: Sequence[Token], j: int, reach: int, stems: tuple[str, ...]) -> bool:
    """A word of ``stems`` among the ``reach`` words before ``tokens[j]``, in its sentence."""
    for k in range(j - 1, max(-1, j - reach - 1), -1):
        if tokens[k + 1].initial:
            return False
        if _starts(tokens[k], stems):
            return True
    return False


def _after(tokens: Sequence[Token], j: int, reach: int, stems: tuple[str, ...]) -> bool:
    """A word of ``stems`` among ``tokens[j : j + reach]``, in the sentence of ``tokens[j - 1]``."""
    for k in range(j, min(len(tokens), j + reach)):
        if tokens[k].initial:
            return False
        if _starts(tokens[k], stems):
            return True
    return False


def _neighbours(tokens: Sequence[Token], i: int, end: int) -> list[int]:
    """The nearest words before and after the name ``tokens[i:end]`` that are neither function words nor in
    :data:`words.PASS`, with at most two such words between, in the name's sentence."""
    out = []
    k = i - 1
    while k >= max(0, i - 3) and not tokens[k + 1].initial:
        if not _passed(tokens[k]):
            out.append(k)
            break
        k -= 1
    k = end
    while k < min(len(tokens), end + 3) and not tokens[k].initial:
        if not _passed(tokens[k]):
            out.append(k)
            break
        k += 1
    return out


def _passed(tok: Token) -> bool:
    return is_stop_word(tok.text) or tok.norm in words.PASS


def _verb(tokens: Sequence[Token], i: int, end: int, entries: Sequence[Entry]) -> bool:
    """``cs-verb``: an organisation's verb beside the word, as its subject or object."""
    nominative = end - i == 1 and any(tokens[i].norm == e.words[0] for e in entries)
    for k in _neighbours(tokens, i, end):
        tok = tokens[k]
        if not tok.cyrillic:
            if tok.norm in words.EN_VERBS:
                return True
            continue
        if _verbal(tok) and _acts_on(tokens, i, end, tok, nominative):
            return True
    return False


def _acts_on(tokens: Sequence[Token], i: int, end: int, verb: Token, nominative: bool) -> bool:
    """``verb`` (beside the name ``tokens[i:end]``) is what an organisation does or undergoes."""
    if nominative and _starts(verb, words.AGENT_VERBS) and not verb.norm.endswith(("ли", "лися")):
        return True  # ``весна помогла``, not ``соседи помогли`` (a plural verb)
    if _starts(verb, words.OBJECT_VERBS) and tokens[end - 1].norm.endswith(words.OBJECT_ENDINGS):
        return True
    if _starts(verb, words.EXTREMISM_VERBS):
        return _after(tokens, end, REACH, words.EXTREMISM)
    return _starts(verb, words.ORG_ONLY_VERBS)


def _verbal(tok: Token) -> bool:
    """A verb or a participle (``помогла``, ``признана``; Belarusian ``дапамагала``, ``прызналі`` by its ending),
    not a noun of the same stem (``ахвяраванні``, ``перевод``)."""
    spelling, m = namelex.russian_reading(tok.text.lower())
    if m.known:
        return namelex.main_pos(spelling) in ("VERB", "INFN", "PRTS", "PRTF", "GRND")
    return tok.norm.endswith(words.VERB_ENDINGS)


def _prep(tokens: Sequence[Token], i: int, end: int) -> bool:
    """``cs-prep``: a preposition before the name and a word of working, donating or writing near."""
    p = i - 1
    if p < 0 or tokens[i].initial:
        return False
    if not tokens[i].cyrillic:
        return _en_prep(tokens, i)
    if tokens[p].norm not in words.CANDIDATE_PREPS:
        return False
    if tokens[p].norm in words.VIA:
        return True
    return _before(tokens, p, REACH, words.ORG_CUES) or _after(tokens, end, 2, words.ORG_CUES)


def _en_prep(tokens: Sequence[Token], i: int) -> bool:
    """``cs-prep`` in English: ``for``/``at``/``with``/``to``/``from`` after a verb of working, volunteering,
    donating or writing (``i worked for bolt``, ``we donated to razam``)."""
    p = i - 1
    return p > 0 and not tokens[i].initial and tokens[p].norm in words.EN_PREPS and _before(tokens, p, 2, words.EN_CUES)


_THROUGH = frozenset("через праз".split())


def _place(tokens: Sequence[Token], i: int, entry: Entry) -> bool:
    """``cs-place``: a place preposition right before the word and a verb of moving, living or being held."""
    p = i - 1
    if p < 0 or tokens[i].initial or len(entry.words) > 1 or entry.words[0] in words.NOT_PLACES:
        return False
    if tokens[p].norm == "на":
        return _before(tokens, p, REACH, words.LIVE_VERBS)
    if tokens[p].norm in _THROUGH and "border" in entry.flags:
        return True  # a border crossing (flag ``border``) is what one goes through: ``праз кузніцу``
    verbs = words.MOVE_VERBS + words.LIVE_VERBS + words.STAY_VERBS
    if tokens[p].norm in words.PLACE_PREPS and (_before(tokens, p, REACH, verbs) or _after(tokens, i + 1, 2, verbs)):
        return True
    return _origin(tokens, p, i)


def _origin(tokens: Sequence[Token], p: int, i: int) -> bool:
    """``трактарыст з круглага``, ``родом из круглого``: a town named by an adjective, in its genitive after ``из``/
    ``з``, where a person noun stands right before the preposition or ``родом`` next to the phrase."""
    if tokens[p].norm not in words.ORIGIN_PREPS or not tokens[i].norm.endswith(words.ADJECTIVE_GENITIVE):
        return False
    near = [k for k in (p - 1, i + 1) if 0 <= k < len(tokens) and not tokens[max(k, p)].initial]
    if any(tokens[k].norm in words.ORIGIN_WORDS for k in near):
        return True
    return p > 0 and not tokens[p].initial and (agent_noun(tokens[p - 1]) or is_role(tokens[p - 1]))


def _signal(tokens: Sequence[Token], i: int, end: int, entry: Entry, entries: Sequence[Entry]) -> str | None:
    if entry.label != "ORGANISATION":
        return "cs-place" if _place(tokens, i, entry) else None
    if i > 0 and not tokens[i].initial and _starts(tokens[i - 1], words.OWNER_NOUNS):
        return "cs-owner"
    if _prep(tokens, i, end):
        return "cs-prep"
    return "cs-verb" if _verb(tokens, i, end, entries) else None


def time_reading(tokens: Sequence[Token], i: int, end: int, entry: Entry, strict: bool = True) -> bool:
    """A season said as a time: its instrumental without ``с``/``з`` (``весной``), a word of time before it
    (``этой весной``, ``кожную вясну``), Russian ``с`` with its genitive (``с весны``), a year after it
    (``с весны двадцать второго года``); ``strict``: a preposition of time too (``к весне``, ``да вясны``)."""
    if entry.words[0] not in words.TIME_WORDS:
        return False
    prev = tokens[i - 1].norm if i > 0 and not tokens[i].initial else ""
    instrumental = tokens[i].norm.endswith(words.INSTRUMENTAL)
    if (instrumental and prev not in words.WITH) or prev in words.TIME_MODIFIERS:
        return True  # ``весной``, ``этой весной``, ``кожную вясну``
    if prev in words.SINCE and not instrumental:
        return True  # ``с весны``
    nxt = tokens[end].norm if end < len(tokens) and not tokens[end].initial else ""
    if nxt in words.YEAR or (tokens[i].norm.endswith(("ы", "и")) and number_word(nxt) is not None):
        return True
    return strict and prev in words.TIME_PREPS and not instrumental


def common_reading(tokens: Sequence[Token], i: int, end: int, entry: Entry, strict: bool = True) -> bool:
    """The sentence marks the common word (module docstring): a time, a possessive, number or adjective before
    it, a verb of looking beside its preposition, a noun it qualifies, an animate noun. ``strict`` (candidates):
    prepositions of time too (:func:`time_reading`)."""
    if i > 0 and not tokens[i].initial:
        prev = tokens[i - 1]
        if prev.norm in words.POSSESSIVES or number_word(prev.norm) is not None or _modifier(prev):
            return True  # ``мой голос``, ``два зеркала``, ``кривое зеркало``, ``гучны голас``
    return _marked(tokens, i, end, entry, strict)


def _marked(tokens: Sequence[Token], i: int, end: int, entry: Entry, strict: bool) -> bool:
    """A time, a verb of looking, a noun the word qualifies, an animate noun: the common word even where its
    name is proven elsewhere in the text."""
    if time_reading(tokens, i, end, entry, strict):
        return True
    if _looked_into(tokens, i, end):
        return True
    word = tokens[i].text.lower()
    spelling, m = namelex.russian_reading(word)
    if end - i == 1 and is_adjective(word, "ru") and qualifies_noun(tokens, i, spelling):
        return True  # ``у самым глыбокім месцы``, ``в высоком доме``
    animate = (m.known and m.common - m.inanimate >= 0.5) or _starts(tokens[i], words.ANIMATE)
    return entry.label == "ORGANISATION" and animate  # ``соседи помогают``, ``з суседзямі``


def _looked_into(tokens: Sequence[Token], i: int, end: int) -> bool:
    """A verb of looking beside the word's preposition (``посмотрела в зеркало``, ``глянула на себя в
    зеркало``, ``в зеркале увидела``)."""
    if i == 0 or tokens[i].initial or tokens[i - 1].norm not in words.CANDIDATE_PREPS:
        return False
    return _before(tokens, i - 1, 2, words.LOOK_VERBS) or _after(tokens, end, 2, words.LOOK_VERBS)


def common_form(tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` starts a form of a ``cs``/``ctx`` entry that the sentence reads as the common word
    (``вясной прылятае`` beside a proven ``з вясной``): propagation leaves it alone. A modifier before it does
    not count here (``медицинская солидарность`` may be the proven name itself)."""
    entries = entries_at(tokens, i)
    return bool(entries) and _marked(tokens, i, i + len(entries[0].words), entries[0], strict=False)


def _modifier(prev: Token) -> bool:
    """An adjective before the word (``кривое зеркало``, ``гучны голас``), not a cue noun of its own and not an
    organisation's verb that ends like an adjective (``дапамагае вясна``: ``-ае`` as in ``новае``)."""
    if not prev.cyrillic or is_stop_word(prev.text) or _starts(prev, words.OWNER_NOUNS + words.ORG_CUES):
        return False
    if _starts(prev, words.AGENT_VERBS) and _verbal(prev):
        return False
    if is_adjective(prev.text, "ru"):
        return True
    return not namelex.word_morph(prev.text).known and prev.norm.endswith(words.BE_ADJECTIVE)


def detect(text: str, language: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Uncertain spans for the ``cs``/``ctx`` entries of lower-case ``text`` that context shows to be names."""
    if language not in ("ru", "be", "en") or not tokens or not is_lowercase_text(tokens):
        return []
    covered = covered_tokens(tokens, spans)[0]
    out: list[Span] = []
    i = 0
    while i < len(tokens):
        entries = [] if covered[i] else entries_at(tokens, i)
        if not entries:
            i += 1
            continue
        end = i + len(entries[0].words)
        if not any(covered[i:end]):
            out.extend(_candidate(text, tokens, i, end, entries))
        i = end
    return out


def _candidate(text: str, tokens: Sequence[Token], i: int, end: int, entries: Sequence[Entry]) -> list[Span]:
    """One span for the first of ``entries`` (the names ``tokens[i:end]`` may be) that the context shows."""
    for entry in entries:
        rule = _signal(tokens, i, end, entry, entries)
        if rule is not None and not common_reading(tokens, i, end, entry):
            start, stop = tokens[i].start, tokens[end - 1].end
            return [Span(start, stop, entry.label, text[start:stop], SCORE, SOURCE, f"{UNCERTAIN}:{rule}")]
    return []


def preposition_orgs(tokens: Sequence[Token], labels: list[str | None]) -> None:
    """Evidence: a one-word ``cs`` organisation after a preposition that takes an organisation (``у весны на
    сайте``, ``в весне волонтёрила``, ``з вясной``), never a role noun (``с соседом``) nor a common reading
    (:func:`common_reading`, prepositions of time aside: ``з вясны`` is also ``from Viasna``). The role test,
    which may parse the word, is asked only of a listed organisation (both tests are pure)."""
    for i, tok in enumerate(tokens):
        if labels[i] is not None or i == 0 or tokens[i - 1].norm not in EVIDENCE_PREPS:
            continue
        orgs = [e for e in entity_gazetteer().lookup_first(tok.norm) if e.label == "ORGANISATION" and "cs" in e.flags]
        orgs = [e for e in orgs if len(e.words) == 1]
        if orgs and not is_role(tok) and not common_reading(tokens, i, i + 1, orgs[0], strict=False):
            labels[i] = "ORGANISATION"


def person_subject(tokens: Sequence[Token], i: int) -> bool:
    """A listed given name in its dictionary form at ``tokens[i]`` is the subject of a verb only a person does
    (``вера получила письмо``, ``надзея ездзіць да яго``, ``hope visits him``), the verb agreeing with it: a
    singular past of the name's gender or a third person singular present. The verb class leaves out what an
    abstraction or an animal may do (``вера помогает``, ``надзея была``, ``лев сидит``: ``words.PERSON_VERBS``), and
    a name in another case or before a plural verb is no subject (``веры получили``)."""
    tok = tokens[i]
    if not any(e.words[0] == tok.norm for e in namelex.first_names().lookup_first(tok.norm)) or _oblique(tok):
        return False
    after = [k for k in _neighbours(tokens, i, i + 1) if k > i]
    if not after:
        return False
    verb = tokens[after[0]]
    if not verb.cyrillic:
        return not tok.cyrillic and verb.norm in words.EN_PERSON_VERBS
    return _starts(verb, words.PERSON_VERBS) and _verbal(verb) and _agrees_with(tok, verb)


def _oblique(tok: Token) -> bool:
    """pymorphy3 reads the word, and in no nominative singular (``веры``: of faith, or faiths)."""
    parses = namelex.known_parses(tok.text.lower()) if tok.cyrillic else ()
    return bool(parses) and not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses)


def _agrees_with(name: Token, verb: Token) -> bool:
    """``verb`` is a singular finite form that agrees with the given name ``name`` (gender in the past tense);
    a Belarusian verb (one pymorphy3 reads only respelt) by its ending."""
    gender = name_gender(namelex.russian_reading(name.text.lower())[0]) or name_gender(name.text.lower())
    low = verb.text.lower()
    spelling, m = namelex.russian_reading(low)
    if not m.known or spelling != low:  # Belarusian: ``ездзіць`` is a third person (Russian reads an infinitive)
        norm = verb.norm
        if norm.endswith(words.BE_PAST_FEMININE):
            return gender != "masc"
        if norm.endswith(words.BE_PAST_MASCULINE):
            return gender != "femn"
        return norm.endswith(words.BE_PRESENT_SINGULAR)
    for p in namelex.known_parses(spelling):
        tag = p.tag
        if tag.POS != "VERB" or tag.number != "sing":
            continue
        if tag.tense == "past" and (gender is None or tag.gender == gender):
            return True
        if tag.tense in ("pres", "futr") and tag.person == "3per":
            return True
    return False
