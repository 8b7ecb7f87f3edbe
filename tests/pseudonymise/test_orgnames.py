"""Organisation names (``detectors/orgnames.py``): whole name phrases, quoted names, enterprise compounds,
lower-case English names, and the spread of a found name to its other mentions.

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover (any label counts, as in the scorer) and which words must stay unmasked; each
mechanism's table fails without it (``test_each_rule_is_needed`` checks the rule's own output).
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import orgnames
from intake.pseudonymise.detectors.tokens import tokenize
from tests.pseudonymise.masking import check

Row = tuple[str, str, list[str], list[str]]


PHRASES: list[Row] = [
    ("ru", "Вечером нам позвонили из Комитета поддержки репрессированных и предложили помощь.",
     ["Комитета поддержки репрессированных"], ["предложили", "помощь"]),
    ("ru", "Она долго работала в Отделе по делам беженцев и переселенцев, пока его не закрыли.",
     ["Отделе по делам беженцев и переселенцев"], ["пока", "закрыли"]),
    ("ru", "Брат вступил в Движение за честные выборы ещё студентом.",
     ["Движение за честные выборы"], ["студентом"]),
    ("be", "Ён быў сябрам Аб'яднанай сялянскай партыі, пакуль не з'ехаў.",
     ["Аб'яднанай сялянскай партыі"], ["пакуль"]),
    ("be", "Потым мне напісаў Міжнародны камітэт расследавання катаванняў і прапанаваў дапамогу.",
     ["Міжнародны камітэт расследавання катаванняў"], ["прапанаваў", "дапамогу"]),
    ("ru", "Сначала мы ждали. Международный союз защиты узников ответил через месяц.",
     ["Международный союз защиты узников"], ["ответил", "месяц"]),
    ("ru", "потом нам помог международный союз защиты узников и российская компания тоже",
     ["международный союз защиты узников"], ["российская", "компания"]),
    ("ru", "Он вступил в Свободный профсоюз строителей ещё в школе.", ["Свободный профсоюз строителей"], ["школе"]),
    ("be", "я пішу лісты для Палескага вольнага прафсаюза, калі ёсць час", ["Палескага вольнага прафсаюза"], ["час"]),
]
QUOTED: list[Row] = [
    ("ru", "Я работала бухгалтером в ООО «Зелёный берег» три года.", ["ООО «Зелёный берег"], ["бухгалтером"]),
    ("ru", "Потом он писал для газеты «Вечерний курьер» под псевдонимом.", ["Вечерний курьер"], ["псевдонимом"]),
    ("be", "Я пісала для часопіса «Новы шлях», пакуль яго не зачынілі.", ["Новы шлях"], ["пакуль"]),
    ("ru", "Он крикнул «Стой здесь» и ушёл.", [], ["здесь"]),
]
ENGLISH: list[Row] = [
    ("en", "i worked for zorkavit as an engineer  then they fired me", ["zorkavit"], ["engineer"]),
    ("en", "she sat on the board of the vitebsk human rights foundation  until it closed",
     ["vitebsk human rights foundation"], ["board", "closed"]),
    ("en", "he called me last week and we talked about the pre-trial detention", [], ["me", "last", "pre-trial"]),
    ("en", "later i joined a free belarus initiative as a volunteer", ["free belarus initiative"], ["volunteer"]),
]
SPREAD: list[Row] = [
    ("en", "i was an editor at kraskavets  and kraskavets still prints  my friends read kraskavets",
     ["kraskavets"], ["editor", "prints"]),
    ("ru", "она работала в компании кроноспан а кроноспана там уже нет", ["кроноспан"], ["нет"]),
]


COMPOUNDS: list[Row] = [
    ("ru", "отец двадцать лет работал в гомельхимстрое а потом в витебскэнергосбыте", ["гомельхимстрое",
     "витебскэнергосбыте"], ["работал"]),
    ("be", "мама была бухгалтарам на магілёўхімвалакне да пенсіі", ["магілёўхімвалакне"], ["пенсіі"]),
    ("ru", "муж был слесарем на гродножилстрое лет десять", ["гродножилстрое"], ["слесарем"]),
    ("be", "яна працавала на Бабруйскшыне, потым на бабруйсктрыкатажы", ["бабруйсктрыкатажы"], ["працавала"]),
    ("ru", "дом был белокаменный и бесстрашный", [], ["белокаменный"]),
    ("en", "He fixed pipes. Then vitebskvodokanal laid him off, and he drove for Gomeltrans.",
     ["vitebskvodokanal", "Gomeltrans"], ["pipes"]),
    ("en", "the belongings were brought to the bank", [], ["belongings"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), COMPOUNDS)
def test_enterprise_names_compounded_from_a_place_and_a_trade(
    lang: str, text: str, surfaces: list[str], stay: list[str]
) -> None:
    check(lang, text, surfaces, stay, every=True)


TRADES: list[Row] = [
    ("ru", "его уволили с бобруйской шины в мае, а брат остался", ["бобруйской шины"], ["мае"]),
    ("be", "бацька дваццаць год працаваў на Полацкім шкле токарам", ["Полацкім шкле"], ["токарам"]),
    ("ru", "вечером мы пили минское пиво и смотрели футбол", [], ["минское", "пиво"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), TRADES)
def test_plants_named_after_their_town_and_product(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)


MODIFIERS: list[Row] = [
    ("ru", "Отца уволили с гродненского «Стеклозавода», а меня вызывали в лидский РУВД и в жодинский ЦУМ.",
     ["гродненского «Стеклозавода", "жодинский ЦУМ"], ["уволили"]),
    ("be", "Бацьку выклікалі ў слонімскі РАУС і ў гродзенскі «Хімвалакно».", ["слонімскі РАУС"], ["выклікалі"]),
]
LATIN: list[Row] = [
    ("en", "We filed it with the Council on Civic Freedom last spring.",
     ["Council on Civic Freedom"], ["spring"]),
    ("en", "Later the Fund to Defend Reporters paid the lawyer, on Monday.", ["Fund to Defend Reporters"], ["Monday"]),
    ("ru", "Потом он перешёл в Bank of Northern Lights и переехал в Ригу.", ["Bank of Northern Lights"], ["переехал"]),
    ("be", "Мне дапамагала Foundation of Baltic Lawyers, пакуль не скончыліся грошы.",
     ["Foundation of Baltic Lawyers"], ["пакуль"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), MODIFIERS + LATIN)
def test_place_modifiers_and_english_names_in_cyrillic_text(
    lang: str, text: str, surfaces: list[str], stay: list[str]
) -> None:
    check(lang, text, surfaces, stay, every=True)


REPEATS: list[Row] = [
    ("ru", "Я работала в ООО «Зелёный берег» три года. Потом в Зелёном береге начались увольнения.",
     ["Зелёном береге"], ["увольнения"]),
    ("be", "Мяне падтрымаў Міжнародны камітэт расследавання катаванняў. Потым міжнародны камітэт расследавання "
     "катаванняў напісаў зноў.", ["міжнародны камітэт расследавання катаванняў"], ["зноў"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), REPEATS)
def test_a_multi_word_name_masks_its_other_mentions(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)


ACRONYMS: list[Row] = [
    ("ru", "Об этом сообщил Комитет защиты задержанных. Позже кзз выпустил доклад.", ["кзз"], ["доклад"]),
    ("ru", "Нам помогал КЗЗ. Вообще комитет защиты задержанных много делает, и фонд тоже.",
     ["комитет защиты задержанных"], ["много", "фонд"]),
    ("be", "Нам дапамагаў КДЗ. Увогуле камітэт дапамогі затрыманым шмат робіць.",
     ["камітэт дапамогі затрыманым"], ["шмат"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ACRONYMS)
def test_an_acronym_and_its_full_name_mask_each_other(
    lang: str, text: str, surfaces: list[str], stay: list[str]
) -> None:
    check(lang, text, surfaces, stay, every=True)


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), PHRASES)
def test_whole_name_phrases(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), QUOTED)
def test_quoted_names(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ENGLISH)
def test_lower_case_english_names(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), SPREAD)
def test_a_found_name_masks_its_other_mentions(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)


@pytest.mark.parametrize(
    ("table", "rule"),
    [
        (PHRASES, "phrase"), (QUOTED, "quoted"), (ENGLISH, "english"), (SPREAD, "spread"),
        (ACRONYMS, "acronym"), (COMPOUNDS, "compound"), (TRADES, "trade"), (REPEATS, "repeat"), (MODIFIERS, "modifier"),
        (LATIN, "latin"),
    ],
)
def test_each_rule_is_needed(table: list[Row], rule: str) -> None:
    """The positive rows of each table are found by that rule itself, not by another detector."""
    for lang, text, surfaces, _ in table:
        if not surfaces:
            continue
        spans = detect(text, lang)
        sources = {s.source for s in spans}
        assert f"orgnames:{rule}" in sources or any(f"orgnames:{rule}" in s for s in sources), (text, sources)


def test_uncertain_rules_are_marked_uncertain_and_evidence_is_not() -> None:
    text = "i worked for zorkavit as an engineer"
    found = orgnames.detect(text, "en", tokenize(text), [])
    assert [(s.text, s.uncertain, s.label) for s in found] == [("zorkavit", True, "ORGANISATION")]
    text = "Вечером нам позвонили из Комитета поддержки репрессированных."
    spans = [s for s in detect(text, "ru") if s.source == "orgnames:phrase"]
    assert spans and not spans[0].uncertain and spans[0].label == "ORGANISATION"


def test_a_name_phrase_stops_before_a_person() -> None:
    """The tail may take a flagged place (``Беларуси``) but not the person named after the organisation."""
    text = "Это подтвердил глава Комитета защиты задержанных Беларуси Андрей Ковальчук на встрече."
    spans = detect(text, "ru")
    org = [s for s in spans if s.source == "orgnames:phrase"]
    assert org and "Андрей" not in org[0].text
    assert any(s.label == "PERSON" and s.text == "Андрей Ковальчук" for s in spans)
    text = "Мы обратились в Комитет защиты Ковальчука, и нам помогли."
    assert any(s.label == "PERSON" and s.text == "Ковальчука" for s in detect(text, "ru"))


def test_a_quoted_single_word_keeps_its_label() -> None:
    """A flagged one-word quotation gains nothing: its span and label stay as the word rules made them."""
    text = "Мы прилетели в «Домодедово» утром, а потом поехали в Москву."
    assert not [s for s in detect(text, "ru") if s.source.startswith("orgnames")]


def test_a_quoted_slogan_with_a_person_stays_a_person() -> None:
    text = "На плакате было написано «Свободу Ярославу Громыко» большими буквами."
    spans = detect(text, "ru")
    assert not [s for s in spans if s.source.startswith("orgnames")]
    assert any(s.label == "PERSON" and "Громыко" in s.text for s in spans)


def test_national_bodies_the_policy_keeps_are_no_head() -> None:
    """``прокуратура`` is in ``not_identifiers.txt``: a capitalised adjective before it gains nothing."""
    text = "Потом Генеральная прокуратура ответила отказом."
    assert not [s for s in detect(text, "ru") if s.source.startswith("orgnames")]


@pytest.mark.parametrize("word", ["белорусского", "минскими", "гродзенская", "лидерство", "белоснежный"])
def test_place_adjectives_are_not_enterprises(word: str) -> None:
    text = f"это было {word} делом"
    tokens = tokenize(text)
    assert orgnames.compounds(text, tokens, [False] * len(tokens)) == []


CHATS: list[Row] = [
    ("ru", "Его судили за то, что он сидел в чате «Лида 24/7» и что-то писал.", ["Лида 24/7"], []),
    ("be", "Ён сядзеў у чаце «Гомель 97%», і за гэта яго ўзялі.", ["Гомель 97%"], []),
    ("ru", "Она вела паблик «Кобрин online» до самого ареста.", ["Кобрин online"], []),
    ("be", "Нас дадалі ў групу «Суседзі 12 кварталу» вясной.", ["Суседзі 12 кварталу"], []),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), CHATS)
def test_a_chat_or_group_named_in_quotes_is_masked_whole(
    lang: str, text: str, surfaces: list[str], stay: list[str]
) -> None:
    check(lang, text, surfaces, stay, whole=True)
    assert any(s.source == "orgnames:quoted" for s in detect(text, lang)), text


@pytest.mark.parametrize(
    "text", ["Потом в чате «Ок» ответила и вышла.", "В группе «Всем привет» висело закреплённое сообщение."]
)
def test_a_quotation_after_a_chat_noun_that_shows_no_name_is_no_chat_name(text: str) -> None:
    assert not [s for s in orgnames.quoted(text, tokenize(text), [False] * len(tokenize(text)), "ru")]
