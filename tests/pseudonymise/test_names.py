"""Tables of (text, expected spans) for the names detector: ru, be, en, lower-case ASR, decoys."""

from __future__ import annotations

import pytest

from intake.pseudonymise.detect import PRIORITY
from intake.pseudonymise.detectors import names
from intake.pseudonymise.spans import resolve_overlaps


def found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(s.text, s.label) for s in resolve_overlaps(names.detect(text, lang), PRIORITY)}


def assert_has(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    got = found(text, lang)
    missing = [e for e in expected if e not in got]
    assert not missing, f"missing {missing}; got {sorted(got)}"


def assert_untouched(text: str, lang: str, words: list[str]) -> None:
    spans = resolve_overlaps(names.detect(text, lang), PRIORITY)
    for word in words:
        start = text.index(word)
        hit = [s for s in spans if s.start < start + len(word) and start < s.end]
        assert not hit, f"{word!r} flagged: {hit}"


RUSSIAN = [
    ("Потом Марину перевели в Гомель, в ИК-4.", [("Марину", "PERSON"), ("Гомель", "LOCATION"), ("ИК-4", "DETENTION")]),
    ("Пишите полностью: Гриневичу Александру Викторовичу.", [("Гриневичу Александру Викторовичу", "PERSON")]),
    ("Сын у меня в Шклове, в семнадцатой колонии.", [("Шклове", "LOCATION"), ("семнадцатой колонии", "DETENTION")]),
    ("Мы жили тогда в Гродно, на Горького.", [("Гродно", "LOCATION"), ("Горького", "LOCATION")]),
    ("Адвокат нашёл его в гродненском СИЗО.", [("гродненском СИЗО", "DETENTION")]),
    ("Это было в Минском областном суде.", [("Минском областном суде", "ORGANISATION")]),
    ("В суде Фрунзенского района нас вывели.", [("суде Фрунзенского района", "ORGANISATION")]),
    ("Потом в РУВД Московского района держали.", [("Московского района", "LOCATION")]),
    ("Мне помогали ребята из BYSOL и Дисидентбай.", [("BYSOL", "ORGANISATION"), ("Дисидентбай", "ORGANISATION")]),
    ("Адреса мы берём у Вясны, а весной уехали.", [("Вясны", "ORGANISATION")]),
    ("Всех звали по кличкам: Серый, Лиса, Михалыч.", [("Серый", "PERSON"), ("Лиса", "PERSON"), ("Михалыч", "PERSON")]),
    ("Брат держал Американку, это СИЗО КГБ.", [("Американку", "DETENTION"), ("СИЗО КГБ", "DETENTION")]),
    ("Её все называют Волчьи норы.", [("Волчьи норы", "DETENTION")]),
    ("Это Машина мама, а это Димкин телефон.", [("Машина", "PERSON"), ("Димкин", "PERSON")]),
    ("Живу в Варшаве, на Праге, а не в той Праге.", [("Варшаве", "LOCATION"), ("Праге", "LOCATION")]),
    ("В паспорте он Aliaksandr Hrynevich.", [("Aliaksandr Hrynevich", "PERSON")]),
]

BELARUSIAN = [
    ("Мы з Дзімам дома размаўлялі па-беларуску.", [("Дзімам", "PERSON")]),
    ("Ён піша, што ў калоніі нумар дваццаць два мала кніг.", [("калоніі нумар дваццаць два", "DETENTION")]),
    ("Мы з Пашам Новікам разам сядзелі.", [("Пашам Новікам", "PERSON")]),
    ("Суд быў у судзе Ленінскага раёна.", [("судзе Ленінскага раёна", "ORGANISATION")]),
    ("Марына Кавальчук, гэта мая сяброўка.", [("Марына Кавальчук", "PERSON")]),
    ("Ён тры дні быў на Акрэсціна.", [("Акрэсціна", "DETENTION")]),
    ("Першы час жыў на Волі, гэта раён такі.", [("Волі", "LOCATION")]),
]

ENGLISH = [
    ("My last client was Dzmitry Zaitsau.", [("Dzmitry Zaitsau", "PERSON")]),
    ("He was held in prison number four in Mahilyow.", [("prison number four", "DETENTION"), ("Mahilyow", "LOCATION")]),
    ("They let him out of penal colony number two.", [("penal colony number two", "DETENTION")]),
    ("I was with the Minsk City Bar Association.", [("Minsk City Bar Association", "ORGANISATION")]),
    ("My cousin, Стас, was in that situation.", [("Стас", "PERSON")]),
    ("Ruslan got four years and is now in IK-9.", [("Ruslan", "PERSON"), ("IK-9", "DETENTION")]),
    (
        "I moved to Kraków and studied at Jagiellonian University.",
        [("Kraków", "LOCATION"), ("Jagiellonian University", "ORGANISATION")],
    ),
]

LOWERCASE = [
    (
        "мы с олей ездили в жодино а потом её мужа андрея лукашевича перевели в тюрьму номер четыре",
        [
            ("олей", "PERSON"),
            ("жодино", "LOCATION"),
            ("андрея лукашевича", "PERSON"),
            ("тюрьму номер четыре", "DETENTION"),
        ],
    ),
    (
        "меня зовут наташа я живу в вильнюсе и работаю в белорусском доме",
        [("наташа", "PERSON"), ("вильнюсе", "LOCATION"), ("белорусском доме", "ORGANISATION")],
    ),
    ("ну катя мельник она всё и организует", [("катя мельник", "PERSON")]),
    ("меня там все серый называют хотя вообще я сергей дубовик", [("серый", "PERSON"), ("сергей дубовик", "PERSON")]),
    ("в камере был дед все его звали михалыч", [("михалыч", "PERSON")]),
    ("ну вот судья ярошевич она вообще не слушала", [("ярошевич", "PERSON")]),
    ("потом он уехал в берлин а жена в пинске осталась", [("берлин", "LOCATION"), ("пинске", "LOCATION")]),
    ("у весны на сайте есть списки а весной мы уехали", [("весны", "ORGANISATION")]),
    ("а ирина васильевна шпак была у нас адвокатом", [("ирина васильевна шпак", "PERSON")]),
    (
        "мы з наташай ездзілі а яе муж сядзіць у навапалацку на зоне",
        [("наташай", "PERSON"), ("навапалацку", "DETENTION")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian(text: str, expected: list[tuple[str, str]]) -> None:
    assert_has(text, "ru", expected)


@pytest.mark.parametrize(("text", "expected"), BELARUSIAN)
def test_belarusian(text: str, expected: list[tuple[str, str]]) -> None:
    assert_has(text, "be", expected)


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: list[tuple[str, str]]) -> None:
    assert_has(text, "en", expected)


@pytest.mark.parametrize(("text", "expected"), LOWERCASE)
def test_lowercase_asr(text: str, expected: list[tuple[str, str]]) -> None:
    lang = "be" if "ў" in text or "з наташай" in text else "ru"
    assert_has(text, lang, expected)


DECOYS = [
    ("ru", "Вера в то, что всё это закончится, не из воздуха берётся. И надежда тоже.", ["Вера", "надежда"]),
    (
        "ru",
        "Любовь, вот такая простая человеческая любовь. Я поняла, что мир делится на тех, кто помогает.",
        ["Любовь", "любовь", "мир"],
    ),
    ("ru", "Мир не без добрых людей. Роза ветров. Лев на гербе.", ["Мир", "Роза", "Лев"]),
    (
        "be",
        "І тут, на волі, таксама. Надзея, яна ж не ў лозунгах. Ранняй вясной мы збіралі перадачу.",
        ["волі", "Надзея", "вясной", "яна"],
    ),
    ("en", "Hope is not a plan. Will they answer? Faith in people keeps them going.", ["Hope", "Will", "Faith"]),
    (
        "en",
        "In March I wrote in Russian to the KGB, and on Sundays I post on Telegram.",
        ["March", "Russian", "KGB", "Sundays", "Telegram"],
    ),
    (
        "ru",
        "Пока муж был в СИЗО, КГБ и ГУБОПиК приходили, а в Беларуси все молчали.",
        ["СИЗО", "КГБ", "ГУБОПиК", "Беларуси"],
    ),
    ("ru", "лицом в пол положили, света не было, у нас в колонии тема одна", ["пол", "света", "тема"]),
    ("ru", "у весны на сайте есть списки а весной мы уехали и андрея дом продали", ["весной", "дом"]),
    ("be", "я нават не спытала як яе завуць і такіх людзей было шмат", ["такіх"]),
    ("ru", "Потом ОМОНовцы зашли, я написала в Телеграм-канал и в ВУЗ.", ["ОМОНовцы", "Телеграм", "ВУЗ"]),
    ("ru", "а в саду лилии цвели у пруда и мы там гуляли каждый вечер", ["лилии", "цвели"]),
]


@pytest.mark.parametrize(("lang", "text", "words"), DECOYS)
def test_common_words_are_not_names(lang: str, text: str, words: list[str]) -> None:
    assert_untouched(text, lang, words)


def test_name_that_is_a_common_word_next_to_a_patronymic() -> None:
    assert_has("Вера Петровна говорит, что вера помогает.", "ru", [("Вера Петровна", "PERSON")])
    assert_untouched("Вера Петровна говорит, что вера помогает.", "ru", ["вера помогает"])


def test_every_mention_is_flagged_once_one_is_sure() -> None:
    """A surname that is also a noun is flagged at a sentence start when flagged elsewhere."""
    text = "Морозу дали три года. С Морозом мы сидели вместе, а на улице мороз."
    assert_has(text, "ru", [("Морозу", "PERSON"), ("Морозом", "PERSON")])
    assert_untouched(text, "ru", ["мороз."])


def test_surname_in_all_cases() -> None:
    text = "Я знаю Ковальчук. У Ковальчука дети. Ковальчуку дали срок. С Ковальчуком сидели. О Ковальчуке писали."
    got = {t for t, label in found(text, "ru") if label == "PERSON"}
    assert {"Ковальчук", "Ковальчука", "Ковальчуку", "Ковальчуком", "Ковальчуке"} <= got


TOWNS = [
    ("ru", "Он сейчас сидит в Жодино.", ("Жодино", "DETENTION")),
    ("ru", "Родители в разных колониях, мама в Гомеле, папа в Новополоцке.", ("Новополоцке", "DETENTION")),
    ("ru", "Мы ехали до Ивацевичей на поезде.", ("Ивацевичей", "LOCATION")),
    ("ru", "Он в ИК-15, в Могилёве.", ("Могилёве", "LOCATION")),
    ("ru", "Ну, Тёма у меня в Горках, уже почти два года, его задержали в двадцатом.", ("Горках", "DETENTION")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOWNS)
def test_town_as_facility(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert_has(text, lang, [expected])


def test_bare_ordinal_stands_for_a_named_colony() -> None:
    text = "Колония там за городом. Он рассказывал, что в двадцать второй политических много."
    assert_has(text, "ru", [("двадцать второй", "DETENTION")])
    assert_untouched("Он пришёл в третий раз, в двадцать второй комнате.", "ru", ["двадцать второй"])


def test_spans_are_exact_slices() -> None:
    text = "Интервьюер: Ольга, расскажите.\nРеспондент: Андрей сидел на Володарке, потом в Жодино."
    for span in names.detect(text, "ru"):
        assert text[span.start : span.end] == span.text
    assert_untouched(text, "ru", ["Интервьюер", "Респондент"])


def test_decoy_name_that_acts_is_the_person_flagged_elsewhere() -> None:
    text = "Моя сестра Роза работает в Вильнюсе. Роза пишет мне каждый день. А роза на окне завяла."
    spans = sorted(s.start for s in resolve_overlaps(names.detect(text, "ru"), PRIORITY) if s.text == "Роза")
    assert spans == [text.index("Роза"), text.index("Роза пишет")]
    assert_untouched(text, "ru", ["роза на"])


def test_english_possessive_is_outside_the_span() -> None:
    text = "Katsiaryna Andreyeva was sentenced. Andreyeva's case was closed."
    assert_has(text, "en", [("Katsiaryna Andreyeva", "PERSON"), ("Andreyeva", "PERSON")])
    assert ("Andreyeva's", "PERSON") not in found(text, "en")


def test_colony_called_by_its_number() -> None:
    assert_has("Брат сидит в Бобруйске, в двойке.", "ru", [("двойке", "DETENTION")])
    assert_untouched("Он в школе получил двойку, а в тройке лошадей.", "ru", ["двойку", "тройке"])


def test_non_identifying_phrases() -> None:
    assert_untouched("Это было под Новый год, а в Новом году всё изменилось.", "ru", ["Новый", "Новом"])
    assert_untouched("They charged him under the Criminal Code; the Supreme Court agreed.", "en", ["Code", "Court"])


def test_abbreviations_do_not_open_a_sentence() -> None:
    assert_has("Мы жили на ул. Каштановой, в г. Несвиж.", "ru", [("Каштановой", "LOCATION"), ("Несвиж", "LOCATION")])


def test_colon_after_a_word_inside_a_sentence_does_not_open_one() -> None:
    assert_has("Всех звали по кличкам: Серый, Лиса.", "ru", [("Серый", "PERSON")])
    text = "Interviewer: And what did they do? Respondent: They came at six."
    assert_untouched(text, "en", ["They came"])


def test_initials_next_to_a_name() -> None:
    text = "Адвокат И. В. Шпак пришла, а судья Шпак И.В. не пустила."
    got = {t for t, label in found(text, "ru") if label == "PERSON"}
    assert {"И", "В", "Шпак"} <= got


def test_possessive_before_a_kinship_noun() -> None:
    text = "Машина мама приехала вчера. Машина сломалась."
    assert_has(text, "ru", [("Машина", "PERSON")])
    assert_untouched(text, "ru", ["Машина сломалась"])


@pytest.mark.parametrize("text", ["Волку дали пять лет.", "Кузнецу дали три года.", "Сыч говорит, что всё хорошо."])
def test_noun_surname_opening_a_sentence(text: str) -> None:
    word = text.split()[0]
    assert_has(text, "ru", [(word, "PERSON")])


@pytest.mark.parametrize("text", ["Мама сказала, что всё будет хорошо.", "Конвоир кричал на нас.", "Собака лаяла."])
def test_common_noun_opening_a_sentence(text: str) -> None:
    assert found(text, "ru") == set()


@pytest.mark.parametrize(("text", "name"), [
    ("Ян Цітоў прыехаў позна.", "Ян Цітоў"),  # two letters: too short for the shape rules, but a listed name
    ("Рэспандэнт: Яна Цітова прыехала.", "Яна Цітова"),  # Belarusian "she", and the name Яна before a surname
])
def test_a_listed_given_name_opening_a_sentence_joins_the_surname_after_it(text: str, name: str) -> None:
    from intake.pseudonymise import detect

    assert name in {s.text for s in detect(text, "be")}


def test_a_function_word_opening_a_sentence_does_not_join_a_surname() -> None:
    from intake.pseudonymise import detect

    found = {s.text for s in detect("Яна сказала, што Цітоў прыехаў.", "be")}
    assert "Цітоў" in found and not any(t.startswith("Яна") for t in found)
    assert not any(s.text.startswith("For") for s in detect("For Shumski, it was hard.", "en"))
