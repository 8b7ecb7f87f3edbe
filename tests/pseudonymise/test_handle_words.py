"""A handle dictated word by word after an account cue is masked whole (``web_dictated.py``).

Every row is invented for this test.  People dictate an account name in Cyrillic words for Latin letters
(``эм ай эр а``), single vowels said as themselves (``о``, ``а``, ``е``), English words that sound like letters
(``are``, ``why``), number words and spoken joiners, sometimes a few words after the cue (``меня можно найти
как``).  A row of ``WHOLE`` must come out with every character of the handle inside HANDLE (or e-mail/URL) spans
and no such span on the words it lists as open, in the text as written and lower-cased with its punctuation
blanked (``bench.detection_scoring.asr_like``); a row of ``DECOYS`` is ordinary speech with letter names, fillers
and numbers, where no contact span may reach the listed words.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import contact_masked_whole, no_contact_on

# (language, text, the handle as said, words that stay open)
WHOLE = [
    ("ru", "Мой аккаунт в телеграме эм ай эр а андерскор ноль семь.", "эм ай эр а андерскор ноль семь",
     "Мой аккаунт в телеграме"),
    ("ru", "В инстаграме она собака ка эр о тэ точка лиса, пишите туда.", "ка эр о тэ точка лиса", "пишите туда"),
    ("ru", "Телеграм это эс вэ е тэ а точка эн о ка.", "эс вэ е тэ а точка эн о ка", "Телеграм это"),
    ("ru", "Ник, значит, эр о эм а эн нижнее подчёркивание ка эс.", "эр о эм а эн нижнее подчёркивание ка эс",
     "значит"),
    ("ru", "Пишите мне в телеграм: собака пэ о эл и нижнее подчёркивание два два.",
     "пэ о эл и нижнее подчёркивание два два", "Пишите мне"),
    ("ru", "В телеграме меня можно найти как эм ай эр а девяносто девять, я отвечу.",
     "эм ай эр а девяносто девять", "можно найти"),
    ("ru", "Аккаунт в тиктоке собака ха э пи точка ай пэ.", "ха э пи точка ай пэ", "Аккаунт в тиктоке"),
    ("ru", "Ник у него эм ай эр о эн.", "эм ай эр о эн", "у него"),
    ("ru", "Инстаграм у неё собака тихий ветер, там фотографии.", "тихий ветер", "там фотографии"),
    ("be", "Мой нік у тэлеграме сабака эм а эр ы ніжняе падкрэсліванне адзін.", "эм а эр ы ніжняе падкрэсліванне адзін",
     "Мой нік"),
    ("be", "Пішыце ў тэлеграм, акаўнт эс о вэ а кропка эн і ка.", "эс о вэ а кропка эн і ка", "Пішыце ў"),
    ("en", "You can find me on instagram as kay are oh tee dot lisa.", "kay are oh tee dot lisa", "find me"),
    ("en", "My telegram is em why ex underscore seven seven, write any time.", "em why ex underscore seven seven",
     "write any time"),
    # a last word before the utterance ends, one word after a naming cue, digits after @ or joined by a joiner
    ("ru", "Пишите мне, собака лесник семь, я отвечу.", "собака лесник семь", "я отвечу"),
    ("ru", "Телеграм у меня эс вэ е тэ а точка зубр. Пишите.", "эс вэ е тэ а точка зубр", "Пишите"),
    ("be", "Нік у яе фры, там усё ёсць.", "фры", "там усё"),
    ("be", "Лагін эт восем андэрскор рэд, там усё ёсць.", "эт восем андэрскор рэд", "там усё"),
    ("en", "My login is six four underscore two, that's all.", "six four underscore two", "that's all"),
    # other account cues; nouns with a verb's ending (``радость``, ``сокол``, ``максим``) are names
    ("ru", "На ютубе канал называется эм ай эр а андерскор влог, подписывайтесь.", "эм ай эр а андерскор влог",
     "подписывайтесь"),
    ("ru", "В фейсбуке меня можно найти как кира точка лесник.", "кира точка лесник", "можно найти"),
    ("ru", "Ник у неё тихая радость андерскор сокол семь, пишите.", "тихая радость андерскор сокол семь", "пишите"),
    ("ru", "Мой телеграм собака максим андерскор шмель два, я отвечу.", "собака максим андерскор шмель два",
     "я отвечу"),
    # the joiner said in other forms, and a word of the sentence after the handle left open
    ("ru", "Ник у неё лиса с нижним подчёркиванием рыжая, латиницей.", "лиса с нижним подчёркиванием рыжая",
     "латиницей"),
    ("ru", "Ник у неё лиса через точку рыжая, пишите.", "лиса через точку рыжая", "пишите"),
    ("ru", "Логин у него кот нижняя черта учёный, без пробелов.", "кот нижняя черта учёный", "без пробелов"),
    ("be", "Нік у яе ліса з ніжнім падкрэсліваннем рыжая, пішыце.", "ліса з ніжнім падкрэсліваннем рыжая", "пішыце"),
]

# (language, text, words no contact span may reach)
DECOYS = [
    ("ru", "Эм, ну, я не знаю, что сказать, пэ эс потом.", "Эм ну я не знаю пэ эс"),
    ("ru", "Раз, два, три, четыре, пять, вышел зайчик погулять.", "Раз два три четыре пять"),
    ("ru", "В телеграме я читаю новости каждый день, раз пять в день.", "читаю новости каждый день раз пять"),
    ("ru", "В инстаграме у неё собака, очень красивая, и кот.", "очень красивая кот"),
    ("ru", "Телеграм это удобно, там все наши, им было по двадцать пять лет.", "удобно там все наши двадцать пять"),
    ("ru", "Это был аккаунт в телеграме, его потом удалили, а ей дали три года.", "его потом удалили три года"),
    ("be", "У тэлеграме я чытаю навіны, а ў інстаграме ёсць сабака, і ўсё.", "чытаю навіны і ўсё"),
    ("en", "On telegram I see why you are asking, oh well, it was five years ago.", "see why you are asking oh well"),
    ("ru", "Ник у него простой, без цифр, а в телеграме я читаю каждый день.", "простой цифр читаю каждый день"),
    ("be", "Нік у яго просты, а ў тэлеграме я два гады.", "просты два гады"),
    ("en", "My telegram is slow. I'll answer tomorrow.", "slow answer tomorrow"),
    ("ru", "На канале, вот, была точка зрения, что всё кончилось.", "точка зрения"),
]


@pytest.mark.parametrize("cased", [True, False], ids=["cased", "asr"])
@pytest.mark.parametrize(("lang", "text", "handle", "open_words"), WHOLE)
def test_dictated_handle_is_masked_whole(lang: str, text: str, handle: str, open_words: str, cased: bool) -> None:
    contact_masked_whole(lang, text, handle, open_words, cased)


@pytest.mark.parametrize("cased", [True, False], ids=["cased", "asr"])
@pytest.mark.parametrize(("lang", "text", "words"), DECOYS)
def test_letter_names_and_numbers_in_speech_are_no_handle(lang: str, text: str, words: str, cased: bool) -> None:
    no_contact_on(lang, text, words, cased)
