"""One lower-case word that no dictionary knows: a name, unless word formation explains it.

In lower-case text (speech recognition, a lower-case line) a name has no capital to show it, so a word
that neither pymorphy3 (Russian) nor hunspell-be (Belarusian) knows is an uncertain ``PERSON`` candidate
(``be-unknown``, ``ru-unknown``) with no condition on its context. Most such words are common words that
the dictionaries lack, and regular word formation tells them from names (:func:`formation` names the
first that fits):

``hyphen``
    every part of a hyphenated word is known or a particle (``его-то``, ``давайте-ка``,
    ``бело-красно-белый``), or ``по-``/``па-`` before an adverb ending (``по-латышски``, ``па-літоўску``);
``clip``
    a clipped prefix (``полит``, ``мед``, ``проф``, ``погран``, ``пол``, ``видео``...) before a known word
    (``палітвязняў``, ``профучёт``, ``медчасць``, ``полколонии``);
``cognate``
    a Belarusian spelling of a Russian common word by the regular correspondences (``ў`` -> ``в``/``у``,
    ``і`` -> ``и``, ``э`` -> ``е``, ``дз``/``ц`` -> ``д``/``т``, akanye ``а`` -> ``о``): ``ноўтбук``, ``чаце``;
``verb``
    a verb, participle or agent noun by its ending (``-цца``, ``-ецца``, ``-аюць``, ``-ешь``, ``-щица``; Belarusian
    ``-уе`` after a consonant, ``-йце``/``-ьце``/``-жце``/``-іце``/``-ыце`` of the imperative and second person
    plural), or a known or borrowed stem with a verb ending and prefix (``задонатил``, ``арэндаваў``, ``этапавалі``);
``suffix``
    a derivational suffix of common nouns (``-ацыя``, ``-анне``, ``-ство``, ``-ист``, ``-изм``) or an
    adjective clipped with ``-ка`` (``административка``, ``первичка``);
``account``
    a word for an account or its platform (``юзернейм``, ``акаўнт``, ``інсце``);
``loan``
    an English word under a Cyrillic-to-Latin transliteration, bare or with a Slavic ending (``репост``,
    ``тимлид``, ``зуме``, ``подкаст``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from intake.pseudonymise.detectors import be_candidates, be_vocab, en_vocab, morphology, numwords
from intake.pseudonymise.detectors.gazetteer import read_list
from intake.pseudonymise.detectors.pet_suffixes import pet_of_given
from intake.pseudonymise.detectors.tokens import Token

_PARTICLES = frozenset("то ка таки нибудь либо кое ці небудзь сьці".split())
_ADVERB_TAIL = re.compile(r"(?:ски|цки|ску|цку|ому|ему|ьи)$")
CLIPS = (
    "полит паліт мед гист гіст ист спец праф проф вет сан мех пагран погран пол паў эка эко відэа видео "
    "фота фото анлайн онлайн біё бія био гідра гидро піў пив авиа авія агра агро гос дзярж рай обл гор "
    "нарк інфа инфо юр эл тех авто аўта мото электро электра радио радыё теле тэле"
).split()
_FACULTY = ("фак", "фака", "факу", "факе", "факам")  # ``гістфак``, ``біяфаку``: a faculty's clipped name


@lru_cache(maxsize=20_000)
def _ru_common(word: str) -> bool:
    """pymorphy3 knows ``word`` mostly as a common word."""
    m = morphology.morph(word)
    return m.known and m.common > m.name + m.surname + m.patronymic + m.place


_HUSHED_Y = re.compile(r"(?<=[жшч])ы")  # ``жыць`` -> ``жить``
_GEMINATE = re.compile(r"нн(?=[іяеюё]$|[іяеюё][йм]$)")  # ``свіданні`` -> ``свидании``: -нне/-ння of -ние/-ния
_YAKANYE = re.compile(r"я(?=\w{2})")  # an unstressed ``е`` before the stress is written ``я``
_SECOND_PALATAL = (
    ("цы", "ка"),
    ("цэ", "ка"),
    ("зе", "га"),
    ("се", "ха"),
    ("дзе", "да"),
    ("це", "та"),
)  # ``флэшцы`` is a form of ``флэшка``


def _spellings(word: str) -> tuple[str, ...]:
    """``word`` and its Russian spellings by the regular Belarusian correspondences (at most 24)."""
    alt = _GEMINATE.sub("ни", _HUSHED_Y.sub("и", word.replace("шч", "щ").replace("ў", "у")))
    spoken = _YAKANYE.sub("е", alt.replace("шн", "чн"), count=1)  # ``канешна`` -> ``конечно``, ``правяркі``
    spoken = spoken[:-1] + "о" if spoken.endswith(("на", "не")) else spoken  # a final unstressed ``о``
    found = (word, *morphology.russian_spellings(word), *morphology.russian_spellings(alt))
    found += morphology.russian_spellings(spoken)
    return tuple(dict.fromkeys(found))[:24]


def _be_common(word: str) -> bool:
    return be_vocab.known(word) or any(_ru_common(s) for s in _spellings(word))


@lru_cache(maxsize=20_000)
def common(word: str) -> bool:
    """``word`` is a common word: a hunspell-be one, or one whose Russian spelling pymorphy3 knows as common."""
    if word.startswith("ў"):
        word = "у" + word[1:]  # ``ў`` after a vowel (``ўнеслі``) is the preposition or prefix ``у``
    if _be_common(word):
        return True
    return any(word.endswith(end) and _be_common(word[: -len(end)] + nom) for end, nom in _SECOND_PALATAL)


def _adverb(word: str) -> bool:
    """``па-літоўску`` written apart: an ``-ску``/``-цку`` adverb of a known ``-скі``/``-ский`` adjective."""
    return word.endswith(("ску", "цку")) and any(common(word[:-1] + end) for end in ("і", "ая", "ий"))


def _hyphen(word: str) -> bool:
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    if parts[0] in ("по", "па") and len(parts) == 2 and _ADVERB_TAIL.search(parts[1]):
        return True
    return all(p in _PARTICLES or len(p) <= 2 or common(p) for p in parts)


def _clip(word: str) -> bool:
    for prefix in CLIPS:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and (rest in _FACULTY or (len(rest) >= 4 and common(rest))):
            return True
    return _compound(word)


_INTERFIX = re.compile(r"(?<=\w{4})[аое](?=\w{5})")


def _compound(word: str) -> bool:
    """Two known stems joined by ``а``/``о``/``е`` (``рускамоўныя``, ``далёкабойшчык``, ``праваабарончага``)."""
    for m in _INTERFIX.finditer(word):
        head, tail = word[: m.start()], word[m.end() :]
        if common(tail) and any(common(head + end) for end in ("", "ы", "і", "а", "ь", "ый", "і")):
            return True
    return any(common(word[:cut]) and common(word[cut:]) for cut in range(5, len(word) - 4))  # ``канцэртмайстар``


_VERB_SURE = re.compile(
    r"(?:цца|цеся|[еэя]мся|ваю|вае|валі|ыць|ўшы|ўшыся|вши|вшись|[юуяа]чы|ешся|ешь|ишь|ется|ются|ится|ятся|атся|ться|лася|ліся|лися|лося|аюць|яюць|уюць|"
    r"ваюць|аюцца|уем|уешь|уецца|[^аеёиоуыэюяіў]уе|[йьжшч]це|(?<=\w{4})[иіы]це|ируем\w{1,3}|іруем\w{1,3}|щиц\w{0,3}|щик\w{0,3}|шчыц\w{0,3}|чыц\w{0,3}|чиц\w{0,3})$"
)
_VERB_END = re.compile(
    r"(?:ировал\w{0,2}|іраваў|іравал\w|ировать|аваў|авалі|авала|овал\w{0,2}|ывал\w{0,2}|івал\w|ял\w|ил\w?|"
    r"іл\w|ал\w?|іў|ыў|аў|еў|ае|яе|ую|юю|аю|ем|эм|ім|им|іць|ить|аць|ать|яць)$"
)
_VERB_PREFIX = re.compile(r"^(?:за|па|по|пера|пере|пра|про|пры|при|на|да|до|ад|от|вы|раз|рас|у|ў|з|с|абы|об)")
_STEM_ENDS = ("", "а", "ь", "ць", "ть", "ать", "ить", "аць", "іць", "ка")


def _known_stem(stem: str) -> bool:
    """``stem`` is a known word or the stem of one, or a borrowed English stem (``донат``, ``такс``)."""
    if len(stem) < 3:
        return False
    return any(common(stem + end) for end in _STEM_ENDS) or _english(stem)


def _verb(word: str) -> bool:
    if len(word) >= 6 and _VERB_SURE.search(word):
        return True
    m = _VERB_END.search(word)
    if m is None:
        return False
    stem = word[: m.start()]
    bare = _VERB_PREFIX.sub("", stem, count=1)
    return _known_stem(stem) or (bare != stem and _known_stem(bare))


_SUFFIX = re.compile(
    r"(?:[оаё]л[оа]г\w{0,3}|ац[ыи][яіюиеі]\w{0,2}|ацы[ійя]|[ае]нн[еяю]\w{0,2}|ств[оауе]\w{0,2}|[иі]зм\w{0,2}|[иі]ст(?:к\w{1,2}|\w{0,2}))$"
)
_COMPARATIVE = re.compile(r"(?<=\w{4})(?:ей|ее|эй|ейшы\w{0,2}|ейш\w{1,3})$")
_DIMINUTIVE = re.compile(r"^(\w{3,}?)(?:ьк|(?<=ч)к|ік|ык|ик|ушк|юшк)(?:а|і|и|у|ай|ой|е|ы|ам|ах|ом|амі|ами)?$")
_CLIPPED_ADJ = re.compile(r"^(\w{3,})к(?:а|у|е|і|и|ой|ай|ы|ам|ах)$")
_RELATIVE_ADJ = re.compile(
    r"^(\w{4,}?)(?:ск|цк)(?:і|ага|аму|ім|ай|ую|ая|ае|ія|іх|імі|ий|ый|ого|ому|им|ой|ое|ие|их|ими)$"
)  # ``валанцёрскага``: a relative adjective of a known noun
_AGENT = re.compile(r"^(\w{4,}?)(?:ант|янт)(?:а|у|ам|е|ы|аў|амі|ов|ом|ами|ах|і|и)?$")  # ``міліцыянта``


def _suffix(word: str) -> bool:
    if len(word) >= 7 and _SUFFIX.search(word):
        return True
    m = _DIMINUTIVE.match(word)
    if m is not None and any(common(m.group(1) + end) for end in ("", "а", "ь", "о")):
        return True  # a diminutive of a known word (``перадачкі``, ``парасонькай``)
    if word[:2] in ("не", "ня") and len(word) >= 7 and common(word[2:]):
        return True  # a negated participle or adjective (``незастёгнутую``)
    m = _RELATIVE_ADJ.match(word)
    if m is not None and any(common(m.group(1) + end) for end in ("", "а", "ь")):
        return True
    m = _AGENT.match(word)
    if m is not None and any(common(m.group(1) + end) for end in ("я", "а", "ацыя", "ация")):
        return True  # an agent noun of a known noun in ``-ія``/``-ация`` (``міліцыянта``, ``дэманстранты``)
    m = _COMPARATIVE.search(word)
    if m is not None and any(common(word[: m.start()] + end) for end in ("ы", "ый", "ая", "і")):
        return True  # a comparative (``бяспечней``) of a known adjective
    m = _CLIPPED_ADJ.match(word)
    return m is not None and (
        any(common(m.group(1) + end) for end in ("ная", "ный", "ая", "ый", "ская", "ский"))
        or (len(m.group(1)) >= 4 and _adjective_prefix(m.group(1)))
    )


_ADJ_TAIL = re.compile(r"(?:енн|онн|альн|ичн|ичес|ьн|ск)(?:ая|ый|ой|ое)$")
_PREFIX_SCAN = 4000  # dictionary words read per clipped stem


@lru_cache(maxsize=5_000)
def _adjective_prefix(stem: str) -> bool:
    """A Russian adjective of 4+ more letters begins with ``stem``: ``пром`` of ``промышленная`` (``промка``)."""
    words = morphology.analyzer().dictionary.words.keys(stem)
    return any(len(w) >= len(stem) + 6 and _ADJ_TAIL.search(w) for w in islice(words, _PREFIX_SCAN))


_LATIN = {
    "а": ("a", "o"), "б": ("b",), "в": ("v", "w"), "г": ("g",), "д": ("d",), "е": ("e", "a", "ea"),
    "ё": ("yo",), "ж": ("j", "g"), "з": ("z", "s"), "и": ("i", "ee", "ea"), "і": ("i", "ee", "ea"),
    "й": ("y", "i", ""), "к": ("k", "c", "ck"), "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",),
    "п": ("p",), "р": ("r",), "с": ("s", "c"), "т": ("t",), "у": ("u", "oo"), "ў": ("w", "u"), "ф": ("f",),
    "х": ("h",), "ц": ("ts", "c"), "ч": ("ch",), "ш": ("sh",), "щ": ("sch",), "ъ": ("",), "ы": ("y", "i"),
    "ь": ("",), "э": ("e", "a"), "ю": ("you", "u", "yu"), "я": ("ya", "ia"),
}  # fmt: skip
_LATIN.update({"ай": ("i", "y", "ai"), "ей": ("ey", "ay", "ei"), "ой": ("oy", "oi")})  # ``скайп``, ``страйк``
_UNITS = re.compile(r"[аео]й|.")
_LOAN_CAP = 96  # transliterations tried per stem
_LOAN_MIN = 5  # a shorter English match proves nothing (``pin``, ``down``)
_ENDINGS = (
    "",
    "а",
    "у",
    "е",
    "ы",
    "и",
    "ом",
    "ам",
    "ах",
    "ой",
    "ей",
    "ов",
    "аў",
    "ами",
    "амі",
    "ю",
    "я",
    "ар",
    "ары",
    "ара",
    "ару",
    "ер",
    "еры",
    "ера",
)


@lru_cache(maxsize=20_000)
def _english(stem: str) -> bool:
    """Some Latin spelling of ``stem`` (with or without a final ``e``) is ordinary English."""
    if len(stem) < 3 or any(c not in _LATIN for c in stem):
        return False
    spellings = [""]
    for unit in _UNITS.findall(stem):
        spellings = [s + o for s in spellings for o in _LATIN[unit]][:_LOAN_CAP]
    loans, vocab = _romanised_loans(), en_vocab.vocabulary()
    return any(
        s in PLATFORMS
        or (len(s) >= 4 and s in loans)
        or (len(s) >= _LOAN_MIN and (en_vocab.is_known(s) or s + "e" in vocab))
        for s in spellings
    )


def _loan(word: str) -> bool:
    return any(
        word.endswith(end) and (len(end) < 2 or len(word) - len(end) >= 5) and _english(word[: len(word) - len(end)])
        for end in _ENDINGS
    )


# Platforms and services people name in speech: no identifier (``candidates.LATIN_SAFE`` holds them in Latin).
PLATFORMS = frozenset(
    "telegram viber signal instagram whatsapp facebook youtube tiktok twitter zoom skype google gmail".split()
)


@lru_cache(maxsize=1)
def _romanised_loans() -> frozenset[str]:
    """Slavic common words in romanisation (``data/english_loans.txt``: ``shizo``, ``promka``, ``etap``)."""
    return frozenset(f.lower() for forms, _ in read_list("english_loans.txt") for f in forms)


_NUMERAL = re.compile(
    r"^(?:дзв|дв|тр|чатыр|четыр|пяц|пят|шэсц|шест|сем|сям|восем|васем|дзевяц|девят)\w{0,3}(?:сце|сти|сот|ццат\w*|цат\w*|дцат\w*)$"
)
_NUMERAL_HEAD = re.compile(
    r"^(?:адна|одно|дву[хм]|двух|трох|тр[её]х|чатыр[ёо]х|четыр[её]х|пяці|пяти|шасці|шести|сямі|семи|васьмі|восьми|"
    r"дзевяці|девяти|дзесяці|десяти|сорока|сарака|ста|сто)(?:сот)?"
)


def _numeral(word: str) -> bool:
    """A numeral (``двесце``, ``дзвюхсот``, ``двацатым``) or a compound with a numeral head
    (``дзевяцігодка``, ``трёхсотлетний``)."""
    if _NUMERAL.match(word):
        return True
    m = _NUMERAL_HEAD.match(word)
    return m is not None and len(word) - m.end() >= 4 and _known_stem(word[m.end() :])


# The words for an account and its platforms that speech borrows and the dictionaries lack, in any case form
# (``юзернейм``, ``акаўнт``, ``у інсце``, ``у тэлезе``): the cue before a handle, never a name.
_ACCOUNT = re.compile(
    r"^(?:юзернейм|юзэрнэйм|юзернэйм|никнейм|нікнэйм|нікнейм|акк?аунт|акаўнт|акк?аўнт|инст|інст|інсц|инсц|телег|тэлег|"
    r"тэлез|телез|тикток|тікток|тыкток|фейсбук|фэйсбук|твиттер|твітар|ютуб)\w{0,3}$"
)


def _account(word: str) -> bool:
    return _ACCOUNT.match(word) is not None


FILTERS = (
    ("hyphen", _hyphen),
    ("adverb", _adverb),
    ("clip", _clip),
    ("cognate", common),
    ("verb", _verb),
    ("suffix", _suffix),
    ("loan", _loan),
    ("numeral", _numeral),
    ("account", _account),
)


@lru_cache(maxsize=20_000)
def formation(word: str) -> str | None:
    """The word-formation filter that explains ``word`` (lower case) as a common word, or ``None``."""
    return next((name for name, test in FILTERS if test(word)), None)


def ru_unknown(tok: Token) -> bool:
    """A Cyrillic word of three or more letters that pymorphy3 does not know."""
    if not tok.cyrillic or len(tok.norm) < 3:
        return False
    return not morphology.word_morph(tok.text.lower()).known


# What pymorphy3's predictor may read an unknown Russian word as that no name is (``зашкварился``, ``захейтили``).
_NOT_NAME_POS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS", "ADVB"})


def _predicted_not_noun(word: str) -> bool:
    """pymorphy3 reads an unknown Russian word, by analogy with known endings, as a verb form or adverb first.
    (Not used for Belarusian: the Russian predictor misreads Belarusian endings, ``-аў``, ``-ла``.)"""
    parses = morphology.analyzer().parse(word)
    return bool(parses) and parses[0].tag.POS in _NOT_NAME_POS


def lone_unknown(tok: Token, language: str) -> str | None:
    """The candidate rule (``be-unknown``, ``ru-unknown``) for an unknown word that no word formation
    explains, or ``None``."""
    word = tok.text.lower().replace("’", "'")
    entry = numwords.lookup(word)
    if entry is not None and entry[1]:
        return None  # an ordinal in a spelling the dictionaries lack (``трэццяй``); a cardinal stays a candidate
        # (an age said in words no rule reads is still masked by it)
    if language == "be" and be_candidates.unknown(tok):
        rule = "be-unknown"
    elif language == "ru" and ru_unknown(tok) and (not _predicted_not_noun(word) or pet_of_given(tok.norm)):
        rule = "ru-unknown"
    else:
        return None
    return rule if formation(word) is None else None
