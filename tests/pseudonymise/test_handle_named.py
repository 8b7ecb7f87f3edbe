"""A handle said as ordinary words after an account cue and a short bridge is masked whole (``web_named.py``).

Every row is invented for this test.  After ``ник``, ``аккаунт``, ``канал``, ``my telegram``, ``handle``, a
platform phrase (``в телеге``, ``у інсце``, ``on tiktok``), a copula or naming verb (``был``, ``называется``,
``пазначана як``, ``is called``, ``goes by``) may stand before the handle; the handle is the run of words, numbers
and joiners up to the clause boundary or a word that says how it is written (``слитно``, ``латиницей``, ``all
lower case``).  A row of ``WHOLE`` must come out with every character of the handle inside HANDLE (or e-mail/URL)
spans and no such span on the words it lists as open, in the text as written and lower-cased with its punctuation
blanked (``bench.detection_scoring.asr_like``); a row of ``DECOYS`` puts the same cues before ordinary speech,
where no contact span may reach the listed words.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import contact_masked_whole, no_contact_on, said

# (language, text, the handle as said, words that stay open)
WHOLE = [
    # a platform phrase and a copula between the cue and the handle; a number or a joiner in it
    ("ru", "Его ник в телеге был сова девятнадцать, без пробела, латиницей.", "сова девятнадцать", "без пробела"),
    ("ru", "Мой ник в тиктоке это ночной дозор сорок два, пишите.", "ночной дозор сорок два", "пишите"),
    ("ru", "Телеграм у неё, ну, это морская звезда двадцать один, пишите туда.", "морская звезда двадцать один",
     "пишите туда"),
    ("ru", "Никнейм у него был ржавый гвоздь точка сорок, без пробелов.", "ржавый гвоздь точка сорок", "без пробелов"),
    ("ru", "Профиль у него называется старый дуб семьдесят, латиницей.", "старый дуб семьдесят", "латиницей"),
    ("be", "У інстаграме яна пазначана як лясная пчолка кропка гродна.", "лясная пчолка кропка гродна",
     "яна пазначана"),
    ("be", "Нік у тэлеграме быў сава дзевятнаццаць, лацінкай.", "сава дзевятнаццаць", "лацінкай"),
    ("be", "Мой акаўнт у інсце гэта зялёны кот сорак два, пішыце.", "зялёны кот сорак два", "пішыце"),
    ("be", "Канал у тэлеграме называецца шэры бусел кропка восем, пішыце туды.", "шэры бусел кропка восем",
     "пішыце туды"),
    ("en", "My telegram is quiet fox underscore ninety five, all lower case.", "quiet fox underscore ninety five",
     "all lower case"),
    ("en", "My account on tiktok is red kite dot forty, write there.", "red kite dot forty", "write there"),
    ("en", "His handle was old oak seventeen, with an underscore.", "old oak seventeen", "with an underscore"),
    ("en", "On instagram she goes by lazy cat seventy seven, no spaces.", "lazy cat seventy seven", "no spaces"),
    ("en", "Her telegram is, um, night owl underscore twelve.", "night owl underscore twelve", "Her telegram"),
    # plain words: a naming cue or verb and the clause boundary, or a word that says how the handle is written
    ("ru", "Юзернейм у него лесной брат, с маленькой, латиницей.", "лесной брат", "Юзернейм"),
    ("ru", "Аккаунт называется свобода для всех, слитно, через нижнее подчёркивание.", "свобода для всех",
     "слитно"),
    ("ru", "Ник у неё был рыжая лиса, латиницей, без пробела.", "рыжая лиса", "латиницей"),
    ("ru", "Канал называется голос двора, пишется слитно.", "голос двора", "пишется слитно"),
    ("ru", "Логин был зелёный чай, без пробела.", "зелёный чай", "без пробела"),
    ("ru", "Ник у него звучит как серый волк, пишите ему.", "серый волк", "пишите ему"),
    ("ru", "Аккаунт в инсте был тихая гавань, латиницей.", "тихая гавань", "латиницей"),
    ("ru", "Канал у них называется вольный ветер, всё слитно.", "вольный ветер", "всё слитно"),
    ("be", "Акаўнт называецца воля для ўсіх, разам, праз ніжняе падкрэсліванне.", "воля для ўсіх", "разам"),
    ("be", "Канал называўся вольны горад, лацінкай.", "вольны горад", "лацінкай"),
    ("be", "Нік у яго лясны брат, з малой літары, лацінкай.", "лясны брат", "з малой"),
    ("be", "Лагін быў чорны бусел, без прабелаў.", "чорны бусел", "без прабелаў"),
    ("be", "Канал у тэлеграме называецца голас вёскі, усё разам.", "голас вёскі", "усё разам"),
    ("en", "My username is silver birch, all one word.", "silver birch", "My username is"),
    ("en", "The channel is called free voices, one word, lower case.", "free voices", "The channel is called"),
    ("en", "My instagram is sleepy bear, all lower case, no spaces.", "sleepy bear", "no spaces"),
]

# (language, text, words no contact span may reach)
DECOYS = [
    ("ru", "Ник я не помню, давно это было.", "я не помню давно"),
    ("ru", "Аккаунт заблокировали в марте, и всё.", "заблокировали в марте"),
    ("ru", "Канал закрыли, а людей задержали.", "закрыли людей задержали"),
    ("ru", "Канал был закрыт два года, потом открыли снова.", "закрыт два года"),
    ("ru", "Аккаунт у меня лет пять, не меньше.", "лет пять"),
    ("ru", "Ник у неё был смешной очень, все смеялись.", "смешной очень смеялись"),
    ("ru", "Аккаунт был пять лет назад удалён.", "пять лет назад"),
    ("ru", "Профиль у него закрытый, туда не попасть.", "закрытый туда"),
    ("ru", "Канал называется как-то по-английски, не помню.", "как-то по-английски"),
    ("ru", "Канал в телеграме был очень популярный, тысяч десять подписчиков.", "очень популярный тысяч десять"),
    ("ru", "Ник у него был какой-то смешной, латиницей вроде.", "какой-то смешной"),
    ("be", "Канал закрылі ў сакавіку, і ўсё.", "закрылі сакавіку"),
    ("be", "Акаўнт заблакавалі, цяпер новы.", "заблакавалі цяпер новы"),
    ("be", "Нік я не памятаю, даўно было.", "не памятаю даўно"),
    ("be", "Канал быў два гады, потым знік.", "два гады знік"),
    ("be", "У інстаграме яна была гадоў пяць таму.", "гадоў пяць таму"),
    ("en", "My account was deleted last year.", "deleted last year"),
    ("en", "The channel is down again.", "down again"),
    ("en", "Her account was hacked two weeks ago.", "hacked two weeks ago"),
    ("en", "The username is something I forgot, sorry.", "something forgot"),
    ("en", "My instagram is full of cats, all of them mine.", "full of cats"),
    ("en", "His channel was five years old, then it was gone.", "five years old"),
    ("en", "The channel is called the same as the newspaper.", "same newspaper"),
]


@pytest.mark.parametrize("cased", [True, False], ids=["cased", "asr"])
@pytest.mark.parametrize(("lang", "text", "handle", "open_words"), WHOLE)
def test_handle_said_in_words_is_masked_whole(lang: str, text: str, handle: str, open_words: str, cased: bool) -> None:
    contact_masked_whole(lang, text, handle, open_words, cased)


@pytest.mark.parametrize("cased", [True, False], ids=["cased", "asr"])
@pytest.mark.parametrize(("lang", "text", "words"), DECOYS)
def test_account_cue_before_ordinary_speech_is_no_handle(lang: str, text: str, words: str, cased: bool) -> None:
    no_contact_on(lang, text, words, cased)


# (language, text, the word for an account that is no name)
CUE_WORDS = [
    ("ru", "Юзернейм у него лесной брат.", "Юзернейм"),
    ("ru", "А юзернейм у неё другой, я не помню.", "юзернейм"),
    ("be", "Акаўнт у яго закрыты, туды не трапіць.", "Акаўнт"),
    ("be", "Яна выкладвае фота ў інсце кожны дзень.", "інсце"),
]


@pytest.mark.parametrize("cased", [True, False], ids=["cased", "asr"])
@pytest.mark.parametrize(("lang", "text", "word"), CUE_WORDS)
def test_word_for_an_account_is_no_person(lang: str, text: str, word: str, cased: bool) -> None:
    spoken = said(text, cased)
    pos = text.index(word)
    spans = [s for s in detect(spoken, lang) if s.label == "PERSON"]
    assert not any(s.start < pos + len(word) and pos < s.end for s in spans), spans
