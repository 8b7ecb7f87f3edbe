"""Belarusian cues for person names, where pymorphy3 reads no Belarusian.

A Belarusian word that neither pymorphy3 nor its Russian respelling (``namelex.russian_reading``) knows is
a noun when it does not end like a verb, adjective, adverb or plural; a first name in the instrumental and
the word after it agree by ending (``з валодзем лукшам``); verbs of speech are listed by form.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors import be_vocab, namelex
from intake.pseudonymise.detectors.tokens import Token, fold
from intake.pseudonymise.stopwords import is_stop_word

# Belarusian finite verbs, infinitives, past tenses and adverbs end so; a noun or surname seldom does.
_BE_NOT_NOUN = re.compile(
    r"(?:ў|ць|ці|ла|лі|ло|ся|цца|ае|яе|уе|юе|ее|ые|ое|ая|яя|ую|юю|ым|ім|ых|іх|еш|іш|ыш|аш|іце|ыце|сь|ма|ка|та|ды|дзе)$"
)

# Belarusian (and Russian) verb endings only: a name or nickname may end in ``-ка``/``-ая`` (``малінка``), not so.
BE_VERB_END = re.compile(r"(?:уе|ае|юе|яе|ець|аць|іць|ыць|уць|ет|ит|ют|ат|ў|ла|лі|ли|ло)$")


def belarusian_verb(word: str) -> bool:
    """A word pymorphy3 does not know that is a verb form: it ends like one (:data:`BE_VERB_END`) or
    hunspell-be gives it only verbs' stems (``змяніце``, ``пішыце``, ``запытаўся``, ``забыліся``)."""
    low = word.lower()
    return bool(BE_VERB_END.search(low)) or be_vocab.verb_form(low)

# Speaker labels of a transcript (folded): in lower-case text without colons a label opens the answer
# (``рэспандэнт так яго ўсе звалі``: ``так`` is "yes"), never a name.
SPEAKER_LABELS = frozenset(
    fold(w)
    for w in "рэспандэнт рэспандэнтка інтэрв'юер інтэрв'юерка респондент респондентка интервьюер интервьюерка".split()
)

# Belarusian adverbs and particles that pymorphy3 cannot read (folded).
BE_FUNCTION = frozenset(
    fold(w)
    for w in (
        "сёння заўтра учора ўчора цяпер заўсёды заўжды трохі разам дадому зноў адразу нават проста потым "
        "зараз пасля ўжо ужо яшчэ вельмі амаль толькі таксама нікога нічога ніколі нешта нехта некалі "
        "здаецца напэўна канешне вядома дакладна сапраўды увогуле ўвогуле наогул неяк хутка павольна "
        "спачатку нарэшце назад наперад далей побач разам усюды тады калісьці дзякуй калі ласка добра напрыклад "
        "пакуль быццам нібы нібыта хаця хоць каб бо таму затое аднак мабыць"  # conjunctions, sentence adverbs
    ).split()
)
# Belarusian possessive and demonstrative pronouns in their case forms (folded): some share a form with a
# pet name (``мая`` Мая, ``тая`` Тая, ``маю``), none is one in lower case.
BE_PRONOUNS = frozenset(
    fold(w)
    for w in (
        "мой мая маё мае маёй маю майго майму маім маімі маіх твой твая тваё твае тваёй тваю твайго тваім "
        "свой свая сваё свае сваёй сваю свайго сваім наш наша нашае нашай нашу нашага нашаму нашым нашых "
        "ваш ваша вашае вашай вашу вашага вашаму вашым вашых той тая тое тыя тую тым тых той таго таму "
        "гэты гэтая гэтае гэтыя гэтую гэтым гэтых гэтага гэтаму гэтай"
    ).split()
)
# Belarusian verbs of speech (``салавей кажа``, ``кажа бусел``): pymorphy3 reads no Belarusian.
BE_SPEECH_VERBS = frozenset(
    fold(w)
    for w in (
        "кажа кажу кажуць казаў казала казалі сказаў сказала сказалі скажа скажуць пытае пытаюць пытаў "
        "пытала пыталі спытаў спытала спыталі піша пішуць пісаў пісала пісалі напісаў напісала напісалі "
        "кліча клічуць клікаў клікала паклікаў паклікала адказаў адказала адказвае расказаў расказала "
        "расказвае тэлефанаваў тэлефанавала патэлефанаваў патэлефанавала крычаў крычала крычыць "
        "папрасіў папрасіла просіць гаворыць гаварыў гаварыла заявіў заявіла лічыць лічыў лічыла"
    ).split()
)


def belarusian_noun(tok: Token) -> bool:
    """A Belarusian word that neither pymorphy3 nor its Russian respelling knows and that does not end like a
    verb, adjective or adverb (``юрась бусел``, ``міхась верабей``; not ``міхась сказаў``)."""
    if len(tok.norm) < 4 or not tok.norm.isalpha() or tok.norm in BE_FUNCTION or is_stop_word(tok.text):
        return False
    if _BE_NOT_NOUN.search(tok.text.lower()) or tok.norm.endswith(("и", "ы")):  # a plural (``шкарпэткі``)
        return False
    return not namelex.russian_reading(tok.text.lower().replace("’", "'"))[1].known


# Belarusian instrumental endings (folded: ``ё`` -> ``е``): ``з валодзем лукшам``, ``з надзеяй сініцай``.
_BE_INSTRUMENTAL = ("ам", "ям", "ом", "ем", "ай", "яй", "ой", "ей", "аю", "яю", "ою", "ею")
_NOUN_POS = frozenset({"NOUN", ""})


def instrumental_pair(prev: Token, tok: Token) -> bool:
    """Belarusian case agreement by ending, where pymorphy3 reads no Belarusian: a first name in the
    instrumental and a noun or unknown word in the instrumental after it (``са змітром котам``;
    not ``з валодзем разам``, an adverb)."""
    if len(prev.norm) < 4 or len(tok.norm) < 4 or tok.norm in BE_FUNCTION or is_stop_word(tok.text):
        return False
    if not (prev.norm.endswith(_BE_INSTRUMENTAL) and tok.norm.endswith(_BE_INSTRUMENTAL)):
        return False
    spellings = namelex.russian_spellings(tok.text.lower().replace("’", "'"))
    return all(namelex.main_pos(s) in _NOUN_POS for s in spellings if namelex.morph(s).known)


def nominative_reading(tok: Token) -> bool:
    """``tok`` reads as a noun or full adjective that may be nominative (Russian, or the Russian reading of a
    Belarusian word), or is a word pymorphy3 does not know that does not end like a Belarusian verb: the
    shape of a name given or stated in lower-case speech."""
    spelling, m = namelex.russian_reading(tok.text.lower().replace("’", "'"))
    if not m.known:
        return not belarusian_verb(tok.text)
    return namelex.main_pos(spelling) in ("NOUN", "ADJF") and (not m.case or "nomn" in m.case)


# hunspell-be's flags of the feminine declensions (``жаўнерка`` EF, ``зямля`` D): a stem with one is a noun.
_FEMININE_FLAGS = frozenset("ED")


def feminine_noun(tok: Token) -> bool:
    """A Belarusian feminine noun in its dictionary form (the nominative singular) that pymorphy3 cannot read
    even respelt: hunspell-be lists the word itself as a lower-case stem in ``-а``/``-я`` with a feminine
    declension's flag (``жаўнерка``, ``швачка``, ``ластаўка``; not the adverbs ``таксама``, ``шкада``, listed
    bare). ``belarusian_noun`` leaves out ``-ка``, the ending of many adverbs (``хутка`` is a form of ``хуткі``)."""
    low = tok.text.lower()
    if len(tok.norm) < 4 or not low.endswith(("а", "я")) or tok.norm in BE_FUNCTION or is_stop_word(tok.text):
        return False
    vocab = be_vocab.vocabulary()
    flags = vocab.common.get(low) if vocab is not None else None
    if not flags or not _FEMININE_FLAGS & set(flags):
        return False
    return not namelex.russian_reading(low.replace("’", "'"))[1].known
