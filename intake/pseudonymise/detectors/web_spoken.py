"""The spoken vocabulary of addresses that ``web.py`` reads: words said for a dot, ``@``, a hyphen, an
underscore, a slash, ``www`` and a scheme; spoken top-level domains and mail providers; and the compiled
expressions built from them for spoken e-mails, web addresses and handles, with the substring gates that
decide when they run and the Latin words that are never part of an address.
"""

from __future__ import annotations

import re

from intake.pseudonymise.detectors.letternames import spelled_run

# Spoken pieces.  W is one spoken word of an address (a Latin or Cyrillic word or digits).
_W = r"[^\W_]+"
_DOT = r"(?:точка|кропка|dot|дот)"  # ``дот``: the English word said in Russian speech
_SEP = rf"(?:{_DOT}|нижнее\s+подчёркивание|нижнее\s+подчеркивание|подчёркивание|подчеркивание|" \
    r"ніжняе\s+падкрэсліванне|падкрэсліванне|" \
    r"underscore|under\s+score|андерскор|нижний\s+дефис|дефис|тире|дэфіс|працяжнік|минус|мінус|dash|hyphen|minus)"
_HYPHEN = r"(?:дефис|дэфіс|тире|працяжнік|минус|мінус|dash|hyphen|minus)"
_URL_JOIN = rf"(?:{_DOT}|{_HYPHEN})"
_AT = r"(?:собака|собачка|сабака|сабачка|at\s+sign|at\s+symbol|at|эт)"
_SPOKEN_TLD = (
    r"(?:ком|com|ру|ru|бай|by|би\s+вай|бэ\s+вэ|бел|нет|net|орг|org|пл|pl|пэ\s+эл|пи\s+эл|лт|lt|эл\s+тэ|"
    r"эл\s+ти|ми|мі|мэ|me|нэт|ио|io|эу|еу|eu|де|de|юа|ua|инфо|инфа|інфа|info|uk|юк|co|ко|лв|lv|ee|ge|cz|us|fm)"
)
# A spelled run of letter names (``вэ пэ``, ``double-u pee``) is one address word.
_SPELLED = spelled_run()
# After ``собака``/``at`` and a host, the last part is a top-level domain whatever it is: a short Latin
# country code (``uk``, ``de``) or a spelled one (``пэ эль``).
_MAIL_TLD = rf"(?:{_SPELLED}|{_SPOKEN_TLD}|[A-Za-z]{{2}})"
_AW = rf"(?:{_SPELLED}|{_W})"
_URL_CUE = re.compile(r"(?:сайт|ссылк|спасылк|адрес|link|website|site|page|url|address)", re.IGNORECASE)
# A spelled local part may end in a vowel said as itself (``эс о вэ а сабачка ...``).
_LOCAL_W = rf"(?:{_SPELLED}(?:[\s\-]+(?:и|а|у|і|i|u|a)(?=[\s,]+{_AT}(?!\w)))?|[^\W_](?:[\w.\-]*[^\W_])?)"
# Mail providers whose address is often said without the dot before the TLD (``gmail ком``, ``tut by``).
_PROVIDERS = (
    r"(?:gmail|mail|yandex|tut|proton|protonmail|outlook|hotmail|yahoo|icloud|wp|ukr|inbox|gmx|onet|interia|"
    r"posteo|tutanota|tuta|гмейл|гмэйл|гмайл|джимейл|джимэйл|мейл|мэйл|майл|маил|мыла|мыло|яндекс|яндэкс|ёндэкс|"
    r"ёндекс|ендекс|тут|протон|протонмейл|протонмэйл|аутлук|укр|тутанота|тута|g\s+mail|джи\s+мейл|джи\s+мэйл)"
)
_SPOKEN_DOMAIN = (
    rf"(?:{_AW}(?:[\s,]+{_URL_JOIN}[\s,]+{_AW}){{0,6}}[\s,]+{_DOT}[\s,]+{_MAIL_TLD}|{_PROVIDERS}[\s,]+(?:{_DOT}[\s,]+)?(?:{_SPELLED}|{_SPOKEN_TLD})"
    rf"|[\w\-]+(?:\.[\w\-]+)+)"
)
# After a separator word an address part may be a number said in two words (``точка сорок один``), or a
# word and such a number (``точка свет двадцать один``, ``dot light twenty one``).
_PART = rf"(?:{_SPELLED}|{_W}(?:[\s\-]+{_W}){{0,2}})"
# ``kirales слитно собака ...``: the speaker says the local part is written as one word.
_JOINED = r"(?:[\s,]+(?:слитно|разам|all\s+one\s+word|one\s+word|одним\s+словом|адным\s+словам))"
_SPOKEN_EMAIL = re.compile(
    rf"(?<![\w.]){_LOCAL_W}(?:[\s,]+{_SEP}[\s,]+{_PART}){{0,6}}{_JOINED}?[\s,]+{_AT}[\s,]+{_SPOKEN_DOMAIN}(?!\w)",
    re.IGNORECASE,
)
_SLASH = r"(?:слэш|слеш|slash|слэш)"
# Spoken TLDs that are also everyday words (``нет``, ``ми``, ``де``): such an address needs a cue or a marker.
_AMBIGUOUS_TLD = frozenset("нет ми мі мэ де эу ио юа пл".split())  # not ``бел``: no word said after ``точка``
_HANDLE_SEP = r"(?:нижнее\s+подчёркивание|нижнее\s+подчеркивание|подчёркивание|подчеркивание|" \
    r"ніжняе\s+падкрэсліванне|падкрэсліванне|underscore|under\s+score|андерскор)"
# ``www`` said (``вэвэвэ``, ``три дабл ю``, ``three w``) and a scheme said (``https colon slash slash``).
_WWW_SAID = (r"(?:www|вэвэвэ|вэ\s+вэ\s+вэ|(?:три|тры|three|triple)\s+(?:w|дабл\s+ю|double\s+u|вэ)|w\s+w\s+w|"
             r"дабл\s+ю\s+дабл\s+ю\s+дабл\s+ю|double\s+u\s+double\s+u\s+double\s+u)")
_SCHEME_SAID = (r"(?:https?|эйч\s+ти\s+ти\s+пи(?:\s+эс)?)[\s,]+(?:colon|двоеточие|двукроп['’]е)[\s,]+"
                r"(?:слэш|слеш|slash)[\s,]+(?:слэш|слеш|slash)")
# The first word may keep a written hyphen (``hus-letters dot org``, ``free-press точка бай``).
_SPOKEN_URL = re.compile(
    rf"(?<!\w)(?:{_SCHEME_SAID}[\s,]+)?(?:{_WWW_SAID}[\s,]+{_DOT}[\s,]+)?"
    rf"{_W}(?:-{_W}){{0,3}}(?:[\s,]+{_URL_JOIN}[\s,]+{_W}){{0,6}}[\s,]+{_DOT}[\s,]+{_SPOKEN_TLD}(?:[\s,]+{_SLASH}[\s,]+{_W}(?:[\s,]+{_HANDLE_SEP}[\s,]+{_W}){{0,3}}){{0,6}}(?!\w)",
    re.IGNORECASE,
)
_SPOKEN_AT_HANDLE = re.compile(
    rf"(?<!\w)(?:собака|собачка|сабака|сабачка|at\s+sign)[\s,]+(?:[A-Za-z0-9]+|{_W}(?=[\s,]+{_HANDLE_SEP}))"
    rf"(?:[\s,]+(?:{_HANDLE_SEP}|{_DOT})[\s,]+{_W}){{0,6}}"
    rf"(?![\s,]+{_AT}\b)",
    re.IGNORECASE,
)
# English ``at`` said for ``@`` before a handle whose parts are joined by ``underscore``/``dot``
# (``at kira underscore lis``); an e-mail (a second ``at``) is left to the e-mail expression.
_EN_AT_HANDLE = re.compile(
    rf"(?<![\w@])at[\s,]+(?!(?:the|a|an|my|our|home|work|least|all|once|first|last)\b){_W}"
    rf"(?:[\s,]+(?:{_HANDLE_SEP}|{_URL_JOIN})[\s,]+{_W}(?:-{_W})?){{1,6}}(?![\s,]+{_AT}\b)",
    re.IGNORECASE,
)
_CUED_AT_HANDLE = re.compile(
    rf"(?:(?:собака|собачка|сабака|сабачка)[\s,]+{_W}|{_W}(?=[\s,]+(?:{_HANDLE_SEP}|{_URL_JOIN})[\s,]))"
    rf"(?:[\s,]+(?:{_HANDLE_SEP}|{_URL_JOIN})[\s,]+{_W}){{0,6}}",
    re.IGNORECASE,
)
_FILLERS = re.compile(
    r"(?:[\s,:—\-]+(?:у\s+(?:нас|меня|неё|него|мяне|яе|яго|іх)|называется|завуць|I'm|is|it's|called|named|I\s+am|ну|я|яна|ён|она|он|"
    r"просто|вось|вот|наш|мой|мая|my|our|as))*[\s,:—\-]+",
    re.IGNORECASE,
)
# A spoken handle may end in digits (``kamar 84``) or in an address word said by mistake (``korol собака``).
_SPOKEN_SEP_HANDLE = re.compile(
    rf"(?<!\w){_W}(?:[\s,]+{_HANDLE_SEP}[\s,]+{_W}){{1,6}}(?: \d{{1,4}}(?!\w))?(?: (?:собака|сабака)(?!\w))?",
    re.IGNORECASE,
)
_HANDLE_TAIL = re.compile(
    r"(?:[\s,:—\-]+(?:у\s+(?:нас|меня|неё|него|мяне|яе|яго|іх)|называется|завуць|I'm|is|it's|called|named|I\s+am|ну|я|яна|ён|она|он|"
    r"просто|вось|вот|наш|мой|мая|my|our|as)){0,3}[\s,:—\-]+(@?[A-Za-z][A-Za-z0-9_.\-]{2,31}(?<![.\-]))(?![\w@])",
    re.IGNORECASE,
)
# Cheap substring gates: the spoken-address expressions run only when one of these words occurs.
_SPOKEN_WORDS = ("подч", "падкр", "underscore", "собак", "собач", "сабак", "сабач", "at", "эт")
_DOT_WORDS = ("точк", "кропк", "dot", "дот")
_COMMON_LATIN = {
    "telegram", "instagram", "signal", "viber", "whatsapp", "tiktok", "facebook", "twitter", "youtube",
    "gmail", "mail", "is", "was", "and", "the", "a", "an", "it", "my", "our", "called", "where", "there",
    "that", "which", "but", "so", "to", "on", "in", "at", "of", "for", "with", "from", "too", "also",
    "page", "group", "chat", "channel", "account", "name", "handle", "nick", "username", "now", "then",
    "not", "no", "just", "only", "still", "here", "they", "we", "i", "you", "he", "she", "this",
    "its", "his", "her", "him", "has", "had", "are", "were", "all", "any", "one",
}
