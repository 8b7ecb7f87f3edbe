"""Listed names that are common words (gazetteer ``cs``/``ctx`` entries) in lower-case speech
(``detectors/common_entries.py``).

The organisation ``Вясна``/``Весна``, the medium ``Зеркало``, the platform ``Голос``, the towns ``Вена`` and
``Бяроза``, the facility ``Новинки``: in raw lower-case speech the gazetteer cannot take them, so the sentence
decides. A verb of what an organisation does with the word as its subject or object, a preposition with a
word of working, donating or writing, a noun of what an organisation has, a place preposition with a verb of
moving or living make an uncertain candidate; a season said as a time, a modifier before the word, an animate
common noun, a verb of looking make none. Every row is invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import common_entries, names
from intake.pseudonymise.detectors.tokens import tokenize
from intake.pseudonymise.spans import Span

CANDIDATES = [
    # cs-verb: the word as the subject of what an organisation does, or as its object
    ("ru", "нам весна помогла с адвокатом", "весна", "ORGANISATION", "cs-verb"),
    ("ru", "весна нам очень помогла с передачами", "весна", "ORGANISATION", "cs-verb"),
    ("ru", "про его суд зеркало написало большую статью", "зеркало", "ORGANISATION", "cs-verb"),
    ("ru", "зеркало опубликовало его письмо из колонии", "зеркало", "ORGANISATION", "cs-verb"),
    ("ru", "потом признали весну экстремистским формированием", "весну", "ORGANISATION", "cs-verb"),
    ("ru", "зеркало внесли в список экстремистских материалов", "зеркало", "ORGANISATION", "cs-verb"),
    ("ru", "зеркало заблокировали ещё в двадцать первом", "зеркало", "ORGANISATION", "cs-verb"),
    ("ru", "я задонатил весне двадцать евро", "весне", "ORGANISATION", "cs-verb"),
    ("ru", "мы помогали весне с переводами", "весне", "ORGANISATION", "cs-verb"),
    ("be", "так вясна дапамагала з адвакатам пакуль магла", "вясна", "ORGANISATION", "cs-verb"),
    ("be", "вясна выпусціла заяву пра яго", "вясна", "ORGANISATION", "cs-verb"),
    ("be", "вясну прызналі экстрэмісцкай", "вясну", "ORGANISATION", "cs-verb"),
    ("be", "люстэрка напісала пра суд", "люстэрка", "ORGANISATION", "cs-verb"),
    ("en", "razam helped us with the lawyer", "razam", "ORGANISATION", "cs-verb"),
    # cs-prep: a preposition and a word of working, donating, writing or applying
    ("ru", "у меня подписка на зеркало", "зеркало", "ORGANISATION", "cs-prep"),
    ("ru", "он инженер на интеграле был", "интеграле", "ORGANISATION", "cs-prep"),
    ("ru", "мы обратились через весну к адвокату", "весну", "ORGANISATION", "cs-prep"),
    ("be", "можна даведацца праз вясну яны спісы вядуць", "вясну", "ORGANISATION", "cs-prep"),
    ("en", "i worked for bolt as a courier", "bolt", "ORGANISATION", "cs-prep"),
    # cs-owner: what an organisation has, or who works for it
    ("ru", "на сайте весны есть списки политзаключённых", "весны", "ORGANISATION", "cs-owner"),
    ("ru", "журналистка зеркала мне позвонила", "зеркала", "ORGANISATION", "cs-owner"),
    ("be", "ну я валанцёрка вясны была", "вясны", "ORGANISATION", "cs-owner"),
    ("be", "мамін адрас ёсць на сайце вясны", "вясны", "ORGANISATION", "cs-owner"),
    # cs-place: a place preposition and a verb of moving, living or being held
    ("ru", "мы переехали в вену в двадцать втором", "вену", "LOCATION", "cs-place"),
    ("be", "пераехалі ў вену", "вену", "LOCATION", "cs-place"),
    ("be", "я жыла ў бярозе да дваццатага", "бярозе", "LOCATION", "cs-place"),
    ("ru", "из берёзы приехала её мама", "берёзы", "LOCATION", "cs-place"),
    ("ru", "ехали через кузницу", "кузницу", "LOCATION", "cs-place"),
    ("be", "першы час жыў у хостэле на волі гэта раён такі", "волі", "LOCATION", "cs-place"),
    ("ru", "его положили в новинки на месяц", "новинки", "DETENTION", "cs-place"),
]


@pytest.mark.parametrize(("lang", "text", "word", "label", "rule"), CANDIDATES)
def test_candidate(lang: str, text: str, word: str, label: str, rule: str) -> None:
    spans = common_entries.detect(text, lang, [], tokenize(text))
    start = text.index(word)
    assert [(s.start, s.end, s.label, s.reason) for s in spans] == [
        (start, start + len(word), label, f"uncertain:{rule}")
    ]
    assert all(s.uncertain and s.source == "common_entries" for s in spans)


COMMON = [
    # a season said as a time
    ("ru", "этой весной мы уехали", "весной"),
    ("ru", "весной его отпустили и нам помогли", "весной"),
    ("ru", "к весне всё закончилось", "весне"),
    ("ru", "мы с весны двадцать второго года работаем", "весны"),
    ("ru", "каждую весну мы сажаем картошку", "весну"),
    ("ru", "работали всю весну без выходных", "весну"),
    ("be", "гэтай вясной мы з'ехалі", "вясной"),
    ("be", "вясной прылятае першы", "вясной"),
    ("be", "да вясны чакалі", "вясны"),
    ("be", "на вясну мы планавалі паездку", "вясну"),
    # a modifier before the word, a plural object, a verb of looking, an animate noun
    ("ru", "это кривое зеркало", "зеркало"),
    ("ru", "у него громкий голос", "голос"),
    ("ru", "я отдала свой голос за неё", "голос"),
    ("ru", "два зеркала разбили", "зеркала"),
    ("ru", "посмотрела в зеркало и не узнала себя", "зеркало"),
    ("ru", "в зеркале увидела седые волосы", "зеркале"),
    ("ru", "помогли зеркала повесить", "зеркала"),
    ("ru", "мы закрыли все зеркала в доме", "зеркала"),
    ("ru", "потом голоса признали недействительными", "голоса"),
    ("ru", "на стене написали имена политзаключённых", "имена"),
    ("be", "яны апублікавалі імёны суддзяў", "імёны"),
    ("ru", "а ещё помогают соседи", "соседи"),
    ("be", "мы з суседзямі спявалі", "суседзямі"),
    ("be", "у яго гучны голас", "голас"),
    # a place entry that is itself a place noun or a time, an adjective before its noun, no verb, ``на`` + moving
    ("ru", "мы поехали в горы", "горы"),
    ("ru", "мы живём в мире где всё можно", "мире"),
    ("ru", "жили в маленьком городке", "городке"),
    ("ru", "живём в высоком доме", "высоком"),
    ("be", "паехалі ў чэрвені на мора", "чэрвені"),
    ("ru", "ему укол в вену сделали", "вену"),
    ("ru", "он ездил на охоту", "охоту"),
    ("be", "тут на волі надзея", "волі"),
    ("en", "it came like a bolt from the blue", "bolt"),
]


@pytest.mark.parametrize(("lang", "text", "word"), COMMON)
def test_common_word_left_alone(lang: str, text: str, word: str) -> None:
    start = text.index(word)
    masked = [s for s in detect(text, lang) if s.start < start + len(word) and start < s.end]
    assert masked == []


def test_cased_text_is_left_to_capitals() -> None:
    """With capitals the gazetteer decides: a lower-case ``весна`` inside cased text is the season."""
    text = "Нам весна помогла, а потом Весна помогла и с адвокатом."
    spans = detect(text, "ru")
    assert [(s.text, s.label) for s in spans] == [("Весна", "ORGANISATION")]
    assert common_entries.detect(text, "ru", [], tokenize(text)) == []


def test_covered_word_is_not_proposed_again() -> None:
    text = "нам весна помогла с адвокатом"
    covering = [Span(4, 9, "ORGANISATION", "весна", 0.8, "names")]
    assert common_entries.detect(text, "ru", covering, tokenize(text)) == []


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "я волонтёрила в весне с осени двадцатого", "весне"),
        ("ru", "адреса мы берём у весны у них на сайте", "весны"),
        ("be", "працуем разам з вясной але афіцыйна асобна", "вясной"),
        ("ru", "данные мы загрузили в голос", "голос"),
    ],
)
def test_preposition_of_an_organisation_is_evidence(lang: str, text: str, word: str) -> None:
    start = text.index(word)
    found = [(s.text, s.label, s.reason) for s in names.detect(text, lang) if s.start == start]
    assert found == [(word, "ORGANISATION", "")]


def test_proven_organisation_does_not_spread_to_the_season() -> None:
    """``з вясной`` proves the organisation; ``вясной прылятае`` (in spring) in the same text stays a word."""
    text = "грач жа птушка такая вясной прылятае першы а судзілі за ліставанне з вясной"
    spans = detect(text, "be")
    assert [(s.text, s.label) for s in spans if "вясн" in s.text] == [("вясной", "ORGANISATION")]
    assert next(s for s in spans if "вясн" in s.text).start == text.rindex("вясной")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("be", "далі тры гады за каментар вясна яго палітвязнем прызнала", "вясна"),
        ("ru", "потом весна его политзаключённым признала  и стало легче", "весна"),
        ("be", "пасля суда вясна іх палітвязнямі прызнала адразу", "вясна"),
    ],
)
def test_recognising_a_political_prisoner_is_an_organisations_verb(lang: str, text: str, word: str) -> None:
    """``вясна яго палітвязнем прызнала``: the predicate noun between the name and the verb is passed over."""
    start = text.index(word)
    assert [(s.text, s.label) for s in detect(text, lang) if s.start == start] == [(word, "ORGANISATION")]


def test_season_before_a_political_prisoner_stays_a_word() -> None:
    """No organisation's verb: ``вясна`` (spring) stays unmasked."""
    text = "тою вясной ён ужо быў палітвязнем"
    assert [s for s in detect(text, "be") if "вясн" in s.text] == []
