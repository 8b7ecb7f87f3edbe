"""Organisation names that round 19b's mechanisms cover. Every row is invented.

* an English capitalised name run opened by a sentence-initial function word (``Through the Polish ... Fund``);
* a Belarusian name tail whose genitive plural noun is short (``Саюз літоўцаў``, ``Клуб палякаў``) and is
  no verb's past tense by the dictionary;
* a Russian parish named by its saint after the plain head ``приход`` (``в приходе святого Фомы``);
* an English church named by its saint (``the cathedral of Saint Anne``, ``st anne's church``);
* a diocese named by its see (``полацкая епархія``, ``в минской митрополии``);
* a chat named by a group of people and their town (``чат строители мозыря``);
* an initiative named by its site, a Cyrillic name and a Latin domain (``Вызваленне.by``);
* a pharmacy's name in its slot, and a slot name before a verb whose subject is the speaker (``в аптеке
  подорожник работаю``);
* an English name after ``<kind> in <place> called`` (``a company in hrodna called comet``), ended by a
  filler or a dropped comma, and its later mentions;
* a name a group gives itself (``зубр мы называліся``, ``мы назывались Ласточка``);
* a bare English name after a verb of writing or reporting and ``for`` (``writing for northern wire``);
* ``друг-`` before a school when the text numbers a school two (``у другой школе ... школа нумар два``).
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

FOUND = [
    ("en", "We wrote to them. Through the Polish Chess Aid Fund, our parcels reached him.", "Polish Chess Aid Fund"),
    ("en", "It was hard. With the Lithuanian Rowing Support Association, we raised money.",
     "Lithuanian Rowing Support Association"),
    ("en", "Nothing changed. For the Estonian Music Aid Centre, it was a bad year.", "Estonian Music Aid Centre"),
    ("be", "Цяпер Саюз літоўцаў зачынены, старшыню выклікалі.", "Саюз літоўцаў"),
    ("be", "Потым Клуб палякаў закрылі зусім.", "Клуб палякаў"),
    ("ru", "Он служил в приходе святого Фомы, потом уехал.", "приходе святого Фомы"),
    ("ru", "Он уехал. Приход святого Фомы отдали другому ксендзу.", "Приход святого Фомы"),
    ("en", "They were married in the cathedral of Saint Anne in 1998.", "Saint Anne"),
    ("en", "they were married in the cathedral of saint anne in ninety eight", "saint anne"),
    ("en", "we met at the church of st george after the march", "st george"),
    ("en", "we met at saint george's church after the march", "saint george"),
    ("be", "пасля гэтага полацкая епархія выдала заяву", "полацкая епархія"),
    ("be", "Ён пісаў у Пінскую епархію, адказу не было.", "Пінскую епархію"),
    ("ru", "письмо ушло в витебскую епархию и там застряло", "витебскую епархию"),
    ("ru", "из минской митрополии никто не приехал", "минской митрополии"),
    ("be", "з мінскай мітраполіі ніхто не прыехаў", "мінскай мітраполіі"),
    ("ru", "его добавили в чат строители мозыря ещё весной", "строители мозыря"),
    ("ru", "Он был админом в чате Пенсионеры Лиды, его искали.", "Пенсионеры Лиды"),
    ("be", "яе выключылі з чата настаўнікі пінска пасля выбараў", "настаўнікі пінска"),
    ("ru", "У брата в телефоне был канал, ну, «Пинск 97%», за него и взяли.", "Пинск 97%"),
    ("be", "У тэлефоне быў чат, ну, «Слонім 97%», за яго і ўзялі.", "Слонім 97%"),
    ("be", "Пра яго пісаў Вызваленне.by яшчэ ў красавіку.", "Вызваленне.by"),
    ("ru", "деньги собрали через Помогаем.ру, нет, через Поможем.org", "Поможем.org"),
    ("be", "пра яго пісаў вызваленне by яшчэ ў красавіку", "вызваленне by"),
    ("ru", "я теперь в аптеке подорожник работаю по ночам", "подорожник"),
    ("ru", "мы с мужем в кафе калинка работаем по выходным", "калинка"),
    ("be", "я цяпер у аптэцы рамонак працую", "рамонак"),
    ("en", "my cousin had a job at a startup in hrodna called comet  like forty people", "comet"),
    ("en", "we had a choir in lida called silver bells and we sang", "silver bells"),
    ("en", "my sister spent five years writing for northern wire before the arrests", "northern wire"),
    ("en", "she was reporting for nordic voice from vilnius", "nordic voice"),
    ("be", "у школе зубр мы называліся і гралі на танцах", "зубр"),
    ("be", "Мой сын вучыўся ў другой школе, гэта школа нумар два каля рынку.", "другой школе"),
    ("be", "яго павезлі ў другую бальніцу  гарадская бальніца нумар 2  там лячылі", "другую бальніцу"),
    ("en", "My brother studied at the Hrodna Olympic reserve school until 2019.", "Hrodna Olympic reserve school"),
    ("en", "my brother studied at the vitebsk olympic reserve college then left", "vitebsk olympic reserve college"),
    ("ru", "мы назывались ласточка  играли по клубам", "ласточка"),
    ("be", "называліся мы пралеска, спявалі ў касцёле", "пралеска"),
]
DECOYS = [
    ("en", "We wrote to them. Through the window we saw the Polish flag.", "window"),
    ("be", "Ён сказаў, што Клуб чакаў нас.", "чакаў"),
    ("en", "my aunt is a saint and george is her son", "saint"),
    ("en", "the church of england sent nobody", "church"),
    ("ru", "в католической епархии это не принято", "католической"),
    ("be", "ён кажа што епархія маўчала", "епархія"),
    ("ru", "в чате жители гомеля писали про выборы", "жители"),
    ("ru", "в чат вчера гомеля не добавили", "вчера"),
    ("ru", "он сказал by the way и засмеялся", "сказал"),
    ("ru", "Он закончил. Это всё.", "закончил"),
    ("ru", "в магазине хлеб покупаем каждый день", "хлеб"),
    ("ru", "в аптеке продавщица работает одна", "продавщица"),
    ("ru", "купила в аптеке лекарства для него и передала", "лекарства"),
    ("be", "купіла ў аптэцы вітаміны для яго", "вітаміны"),
    ("ru", "купила в пекарне батон и молоко", "батон"),
    ("en", "i grew up in a village in hrodna called it home", "home"),
    ("en", "my cousin had a job at a startup called comet  like forty people", "like"),
    ("ru", "как мы назывались я уже не помню", "как"),
    ("en", "we went to the local music school every day", "music"),
    ("en", "she wrote for local papers and magazines", "local papers"),
    ("en", "he was writing for independent media", "independent media"),
    ("en", "he wrote for small children", "small children"),
    ("be", "потым яна перайшла ў другую школу, бліжэй да дому", "другую школу"),
    ("ru", "в другой школе было то же самое, школа номер пять тоже", "другой школе"),
    ("en", "In Lida my music school was closed.", "music"),
    ("ru", "мы назывались по-разному, то так, то этак", "по-разному"),
    ("be", "спачатку мы называліся інакш", "спачатку"),
]


def _covered(text: str, language: str, phrase: str) -> bool:
    """Every letter of ``phrase`` lies inside one ORGANISATION span."""
    start = text.index(phrase)
    end = start + len(phrase)
    return any(s.label == "ORGANISATION" and s.start <= start and end <= s.end for s in detect(text, language))


@pytest.mark.parametrize(("language", "text", "name"), FOUND)
def test_organisation_name_is_masked_whole(language: str, text: str, name: str) -> None:
    assert _covered(text, language, name)


@pytest.mark.parametrize(("language", "text", "word"), DECOYS)
def test_decoy_word_stays_open(language: str, text: str, word: str) -> None:
    start = text.index(word)
    assert not any(s.start <= start < s.end and s.label == "ORGANISATION" for s in detect(text, language))


def test_later_mentions_of_a_name_after_called_are_masked() -> None:
    text = "my cousin had a job at a startup in hrodna called comet  like forty people  and in comet he led a team"
    spans = detect(text, "en")
    starts = [i for i in range(len(text)) if text.startswith("comet", i)]
    assert all(any(s.start <= i and i + 5 <= s.end for s in spans) for i in starts)


def test_a_word_after_an_indefinite_article_is_no_later_mention() -> None:
    text = "my cousin had a job at a startup in hrodna called comet  like forty people  the logo was a comet  a red one"
    start = text.rindex("comet")
    assert not any(s.start <= start < s.end for s in detect(text, "en"))
