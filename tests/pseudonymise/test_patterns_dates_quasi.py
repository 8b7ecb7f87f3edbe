"""Dates, ages, sentence lengths and criminal-code articles: positive and negative tables."""

from __future__ import annotations

import pytest

from intake.pseudonymise.detectors.patterns import detect


def spans(text: str, language: str, label: str) -> list[str]:
    return [s.text for s in detect(text, language) if s.label == label]


DATES = [
    (
        "ru",
        "это было двадцать первого сентября двадцать первого года, и",
        "двадцать первого сентября двадцать первого года",
    ),
    ("ru", "Это было в мае двадцать первого года. Первые", "мае двадцать первого года"),
    ("ru", "чат мы сделали ещё в ноябре двадцатого, сначала", "ноябре двадцатого"),
    ("ru", "Меня взяли одиннадцатого августа, вечером", "одиннадцатого августа"),
    ("ru", "дату рождения, двенадцатое апреля девяносто шестого, иначе", "двенадцатое апреля девяносто шестого"),
    ("ru", "приговор 12.08.2021 огласили", "12.08.2021"),
    ("ru", "задержали 12 августа 2020 г. на Пушкинской", "12 августа 2020 г."),
    ("ru", "задержали 12-го августа, ночью", "12-го августа"),
    ("ru", "с августа 2020-го всё изменилось", "августа 2020-го"),
    # a four-digit year takes every case ending a two-digit one does
    ("be", "кватэру здалі яшчэ ў сакавіку 2019-га, перад", "сакавіку 2019-га"),
    ("ru", "примерно с июня 2021-ого он не писал", "июня 2021-ого"),
    ("be", "у снежні 2022-ім нам адмовілі", "снежні 2022-ім"),
    ("ru", "в августе две тысячи двадцатого года", "августе две тысячи двадцатого года"),
    ("be", "Да мяне прыйшлі ў студзені дваццаць першага, я", "студзені дваццаць першага"),
    ("be", "той дзень, дваццаць сёмага мая дваццаць другога года. Маю", "дваццаць сёмага мая дваццаць другога года"),
    ("be", "Апошні ліст прыйшоў трэцяга лютага, і", "трэцяга лютага"),
    ("en", "In March 2022. I had been with", "March 2022"),
    ("en", "It was July 3rd, 2024, around noon", "July 3rd, 2024"),
    ("en", "detained on November 12, 2020, near the metro", "November 12, 2020"),
    ("en", "was arrested on the 23rd of January 2022, and", "23rd of January 2022"),
    ("en", "they came on the 9th of August at night", "9th of August"),
    ("en", "it was the twelfth of August", "twelfth of August"),
    ("en", "since August twenty twenty", "August twenty twenty"),
]


@pytest.mark.parametrize(("language", "text", "expected"), DATES)
def test_dates(language: str, text: str, expected: str) -> None:
    assert expected in spans(text, language, "DATE")


NOT_DATES = [
    ("ru", "в двадцатом году, летом, в мае, в августе"),
    ("ru", "пятого числа, в 2020 году, в шесть утра"),
    ("be", "у жніўні было цяжка, на Каляды"),
    ("en", "in 2020, in the summer, in May, on Christmas"),
    ("en", "you may 9 times say it"),
    ("ru", "в мае второй раз"),
]


@pytest.mark.parametrize(("language", "text"), NOT_DATES)
def test_not_dates(language: str, text: str) -> None:
    assert spans(text, language, "DATE") == []


QUASI = [
    ("ru", "Прокурор попросил больше, а дали шесть лет усиленного режима.", "шесть лет"),
    ("ru", "Евгению дали два года колонии, и", "два года"),
    ("ru", "по концу срока, отсидел полностью, два с половиной года, из ИК-15", "два с половиной года"),
    ("ru", "его приговорили к шести годам колонии", "шести годам"),
    ("ru", "ему дали год и восемь месяцев химии", "год и восемь месяцев химии"),
    ("ru", "получил пятнадцать суток, отсидел на Окрестина", "пятнадцать суток"),
    ("ru", "ей дали 3 года", "3 года"),
    ("ru", "дали 3,5 года колонии", "3,5 года"),
    ("be", "Яму далі тры з паловай гады, і ён цяпер у Віцьбе.", "тры з паловай гады"),
    ("be", "а далі тры гады хіміі, гэта", "тры гады хіміі"),
    ("be", "атрымаў пятнаццаць сутак", "пятнаццаць сутак"),
    ("en", "got ten days of administrative arrest in August", "ten days"),
    ("en", "He got three and a half years under Article 342", "three and a half years"),
    ("en", "he was sentenced to six years in a penal colony", "six years"),
    ("ru", "Сонечку, ей сейчас восемь, она рисунки вкладывает.", "восемь"),
    ("ru", "сын, ему восемнадцать исполнилось в колонии", "восемнадцать"),
    ("ru", "ему на тот момент было 19, он учился", "19"),
    ("ru", "приговор — восемь лет строгого режима", "восемь лет"),
    ("en", "he got a year in prison for a comment", "a year"),
    ("en", "He was jailed for two years", "two years"),
    ("en", "a 19-year-old student", "19-year-old"),
    ("ru", "Мне тогда было двадцать два. Закинули в бус", "двадцать два"),
    ("ru", "мне тогда было двадцать два закинули в бус", "двадцать два"),
    ("ru", "Никита, ему двадцать шесть, он программист", "двадцать шесть"),
    ("ru", "Дочке, Полинке, было четыре, она так кричала", "четыре"),
    ("ru", "его посадили в девятнадцать лет", "девятнадцать лет"),
    ("ru", "ей исполнилось восемнадцать в колонии", "восемнадцать"),
    ("be", "пісаў, бо мне было пяцьдзесят тры, сэрца", "пяцьдзесят тры"),
    ("be", "ёй цяпер дзесяць, яна піша", "дзесяць"),
    ("en", "He was forty-one, but on the video call", "forty-one"),
    ("en", "I was twenty when they expelled me", "twenty"),
    ("en", "She's eight now and asks about him", "eight"),
    ("en", "a nineteen years old student", "nineteen years"),
    ("ru", "сажали по 361-2. Мой последний", "361-2"),
    ("ru", "Обвинение по 361-1 и по 342-й, якобы", "342-й"),
    ("ru", "это 130-я, разжигание, и дали четыре года", "130-я"),
    ("ru", "по статье 342 УК", "342"),
    ("ru", "его судили по триста сорок второй", "триста сорок второй"),
    ("be", "судзілі па трыста сорак другім, за тое", "трыста сорак другім"),
    ("en", "under Article 342, for standing in a chain", "342"),
    ("ru", "по 24.23 дали пятнадцать суток", "24.23"),
]


@pytest.mark.parametrize(("language", "text", "expected"), QUASI)
def test_ages_sentences_articles(language: str, text: str, expected: str) -> None:
    assert expected in spans(text, language, "AGE_OR_SENTENCE")


NOT_QUASI = [
    ("ru", "нам его дали только через полтора года, в феврале"),
    ("ru", "Первые три месяца я жила у подруги, уже почти два года здесь"),
    ("ru", "заседаний было шесть, последнее в июне"),
    ("ru", "очередь с пяти утра, в шесть утра звонок, посылка раз в три месяца"),
    ("ru", "передача до тридцати килограмм, стоила четыре тысячи рублей, по 300 рублей"),
    ("be", "Дзесяць месяцаў ён сядзеў у Жодзіне да суда, тры дні быў на Акрэсціна"),
    ("en", "It was ten when we left, and there were five of us"),
    ("en", "I send money every three months, it took two years to get a visa"),
    ("en", "I lived there for two years with my aunt"),
    ("ru", "ему три письма пришло, в 130 километрах от Минска"),
    ("ru", "в 2020 году их было 200 человек"),
]


@pytest.mark.parametrize(("language", "text"), NOT_QUASI)
def test_numbers_that_are_not_ages_or_sentences(language: str, text: str) -> None:
    assert spans(text, language, "AGE_OR_SENTENCE") == []
