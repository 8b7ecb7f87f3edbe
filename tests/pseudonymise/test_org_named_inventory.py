"""Round 15: organisations named after a person or a place, and real organisations in lower case.

Written from general knowledge (real Belarusian and exile organisations, invented people and firms), never from a
transcript set. A name inside an organisation's name (``фонд имени Льва Сапеги``, ``палку Каліноўскага``,
``Ковалёв и партнёры``, ``svetlana's centre``) is often found alone; the whole name must be masked
(``org_named``). Each row is read cased and as unpunctuated lower-case ASR output. A prize (``премия X``) is no
organisation and is not listed. Decoys: a house, a flat, a regiment in history talk, a person next to a common noun.
"""

from __future__ import annotations

import pytest

from bench.detection_scoring import asr_like
from intake.pseudonymise import detect

# (class, language, sentence, organisation name as written in it)
_NAMED = [
    ("fund_named", "ru", "Нам помогал фонд имени Льва Сапеги, они платили адвокату.", "фонд имени Льва Сапеги"),
    ("fund_named", "ru", "Я написала в фонд имени Тадеуша Костюшко письмо.", "фонд имени Тадеуша Костюшко"),
    ("fund_named", "ru", "Деньги пришли от фонда имени Василя Быкова весной.", "фонда имени Василя Быкова"),
    ("fund_named", "be", "Нам дапамагаў фонд імя Льва Сапегі, яны плацілі адвакату.", "фонд імя Льва Сапегі"),
    ("fund_named", "be", "Грошы прыйшлі ад фундацыі імя Кастуся Каліноўскага.", "фундацыі імя Кастуся Каліноўскага"),
    ("fund_named", "en", "We got help from the Lev Sapieha Foundation last spring.", "Lev Sapieha Foundation"),
    ("fund_person", "ru", "Потом нам помог фонд Марины Ковалёвой, я им очень благодарна.", "фонд Марины Ковалёвой"),
    ("fund_person", "ru", "Он работал в фонде Ивана Гордеева два года.", "фонде Ивана Гордеева"),
    ("fund_person", "be", "Пасля нам дапамагла фундацыя Марыны Кавалёвай.", "фундацыя Марыны Кавалёвай"),
    ("fund_person", "be", "Ён працаваў у фондзе Івана Гардзеева два гады.", "фондзе Івана Гардзеева"),
    ("fund_person", "en", "Then the Marina Kovaleva Foundation paid for the lawyer.", "Marina Kovaleva Foundation"),
    ("regiment", "ru", "Он уехал воевать в полк Калиновского весной.", "полк Калиновского"),
    ("regiment", "ru", "Её брат служит в полку Калиновского уже год.", "полку Калиновского"),
    ("regiment", "ru", "Про бойцов полка Калиновского много писали.", "полка Калиновского"),
    ("regiment", "be", "Ён паехаў ваяваць у полк Каліноўскага вясной.", "полк Каліноўскага"),
    ("regiment", "be", "Яе брат служыць у палку Каліноўскага ўжо год.", "палку Каліноўскага"),
    ("regiment", "en", "He went to fight with the Kalinouski regiment in spring.", "Kalinouski regiment"),
    ("regiment", "en", "Her brother joined the Kastus Kalinouski Regiment last year.", "Kastus Kalinouski Regiment"),
    ("school_named", "ru", "Я училась в гимназии имени Янки Купалы в Гродно.", "гимназии имени Янки Купалы"),
    ("school_named", "ru", "Он окончил школу имени Петра Машерова.", "школу имени Петра Машерова"),
    ("school_named", "ru", "Она преподавала в университете имени Максима Танка.", "университете имени Максима Танка"),
    ("school_named", "ru", "Я ходила в библиотеку имени Якуба Коласа каждую неделю.", "библиотеку имени Якуба Коласа"),
    ("school_named", "be", "Я вучылася ў гімназіі імя Янкі Купалы ў Гродне.", "гімназіі імя Янкі Купалы"),
    ("school_named", "be", "Ён скончыў школу імя Пятра Машэрава.", "школу імя Пятра Машэрава"),
    ("school_named", "be", "Яна хадзіла ў бібліятэку імя Якуба Коласа.", "бібліятэку імя Якуба Коласа"),
    ("school_named", "en", "I studied at the Yanka Kupala Gymnasium in Grodno.", "Yanka Kupala Gymnasium"),
    ("school_named", "en", "She worked at the Maxim Tank University for ten years.", "Maxim Tank University"),
    ("street_named", "ru", "Его положили в больницу на Уручье.", "больницу на Уручье"),
    ("centre_house", "ru", "Мы собирались в центре Светланы Алексиевич по субботам.", "центре Светланы Алексиевич"),
    ("centre_house", "be", "Мы збіраліся ў цэнтры Святланы Алексіевіч па суботах.", "цэнтры Святланы Алексіевіч"),
    ("centre_house", "ru", "Он ходил в Дом Быкова на лекции.", "Дом Быкова"),
    ("centre_house", "en", "We met at Svetlana's Centre every Saturday.", "Svetlana's Centre"),
    ("centre_house", "en", "We met at the Anna Morozova Centre every Saturday.", "Anna Morozova Centre"),
    ("radio_company", "ru", "Она работала на Радио Свобода пять лет.", "Радио Свобода"),
    ("radio_company", "ru", "Он работал юристом в компании Ковалёв и партнёры.", "Ковалёв и партнёры"),
    ("radio_company", "ru", "Я устроилась в Сидоренко Групп бухгалтером.", "Сидоренко Групп"),
    ("radio_company", "be", "Ён працаваў юрыстам у кампаніі Кавалёў і партнёры.", "Кавалёў і партнёры"),
    ("radio_company", "en", "He worked as a lawyer for Kovalev and Partners in Minsk.", "Kovalev and Partners"),
    ("radio_company", "en", "I got a job at Sidorenko Group as an accountant.", "Sidorenko Group"),
    ("orchestra_theatre", "ru", "Она играла в оркестре имени Жиновича двадцать лет.", "оркестре имени Жиновича"),
    ("orchestra_theatre", "ru", "Он работал в театре имени Янки Купалы актёром.", "театре имени Янки Купалы"),
    ("orchestra_theatre", "be", "Ён працаваў у тэатры імя Янкі Купалы акцёрам.", "тэатры імя Янкі Купалы"),
    ("orchestra_theatre", "en", "She played in the Zhinovich Orchestra for twenty years.", "Zhinovich Orchestra"),
    ("court_town", "ru", "Его судили в Лидском районном суде в марте.", "Лидском районном суде"),
    ("court_town", "ru", "Дело передали в Пинский районный суд.", "Пинский районный суд"),
    ("court_town", "ru", "Приговор вынес суд Московского района Бреста.", "суд Московского района Бреста"),
    ("court_town", "be", "Яго судзілі ў Лідскім раённым судзе ў сакавіку.", "Лідскім раённым судзе"),
    ("court_town", "en", "He was tried at the Lida District Court in March.", "Lida District Court"),
    ("place_body", "ru", "Она вступила в Гродненскую ассоциацию врачей.", "Гродненскую ассоциацию врачей"),
    ("place_body", "be", "Яна ўступіла ў Гродзенскую асацыяцыю лекараў.", "Гродзенскую асацыяцыю лекараў"),
    ("place_body", "ru", "Он был членом Брестского общества краеведов.", "Брестского общества краеведов"),
    ("place_body", "en", "She studied at Grodno University for four years.", "Grodno University"),
    ("place_body", "en", "He taught at the University of Vilnius after he left.", "University of Vilnius"),
    ("place_body", "en", "She graduated from Brest State University in 2015.", "Brest State University"),
    ("place_body", "en", "He worked at the Minsk Institute of Physics.", "Minsk Institute of Physics"),
    ("place_body", "en", "She studied at Vilnius University as an exile.", "Vilnius University"),
    ("place_body", "ru", "Она училась в Гродненском университете.", "Гродненском университете"),
    (
        "place_body",
        "ru",
        "Он преподавал в Брестском государственном университете.",
        "Брестском государственном университете",
    ),
    ("place_body", "be", "Яна вучылася ў Гродзенскім універсітэце.", "Гродзенскім універсітэце"),
]
# Real organisations known by one or two words, in lower-case frames that say an organisation is meant.
_LOWER = [
    ("lc_media", "ru", "он много лет писал для нашей нивы", "нашей нивы"),
    ("lc_media", "ru", "она работала в белсате оператором", "белсате"),
    ("lc_media", "ru", "он писал для зеркала про суды", "зеркала"),
    ("lc_media", "ru", "она работала в тут бае редактором", "тут бае"),
    ("lc_media", "be", "ён шмат гадоў пісаў для нашай нівы", "нашай нівы"),
    ("lc_media", "be", "яна працавала ў белсаце аператарам", "белсаце"),
    ("lc_media", "en", "he wrote for nasha niva for years", "nasha niva"),
    ("lc_media", "en", "she worked for belsat as a camera operator", "belsat"),
    ("lc_ngo", "ru", "она была волонтёром в весне три года", "весне"),
    ("lc_ngo", "ru", "я волонтёрила в байсоле", "байсоле"),
    ("lc_ngo", "be", "яна была валанцёркай у вясне тры гады", "вясне"),
    ("lc_ngo", "en", "she volunteered for viasna for three years", "viasna"),
    ("lc_ngo", "en", "he joined bysol in 2020", "bysol"),
    ("lc_party", "ru", "он был членом бнф с девяностых", "бнф"),
    ("lc_party", "be", "ён быў членам бнф з дзевяностых", "бнф"),
    ("lc_party", "ru", "он был членом баж с двухтысячных", "баж"),
    ("lc_party", "ru", "она вступила в профсоюз рэп", "рэп"),
    ("lc_party", "en", "he joined the bpf party in the nineties", "bpf"),
    ("lc_company", "ru", "он работал на белазе водителем", "белазе"),
    ("lc_company", "ru", "она работала в белавиа стюардессой", "белавиа"),
    ("lc_company", "en", "he worked for belaz as a driver", "belaz"),
    ("lc_company", "en", "she worked for belavia as a flight attendant", "belavia"),
]
# Misses left (bounded): a lower-case name whose middle word is a common word (``maxim tank university``), a
# house named after a writer in lower case (``дом быкова`` is also Bykov's house), an institution named by its
# district (``больницу на Уручье``, cased and lower case), a lower-case media name split in two (``тут бае``).
_MAX_MISSES = 5


def _masked(text: str, name: str, language: str) -> bool:
    """Every letter of ``name`` in ``text`` inside a detected span."""
    start = text.index(name)
    spans = detect(text, language)
    return all(any(s.start <= k < s.end for s in spans) for k in range(start, start + len(name)) if text[k].isalnum())


def _readings() -> list[tuple[str, str, str, str, str]]:
    """(class, language, reading, sentence, name) for each row: cased and lower case, lower-case rows once."""
    rows = [(c, lang, "cased", t, n) for c, lang, t, n in _NAMED]
    rows += [(c, lang, "lc", asr_like(t), asr_like(n)) for c, lang, t, n in _NAMED]
    return rows + [(c, lang, "lc", t, n) for c, lang, t, n in _LOWER]


def test_inventory_misses_are_bounded() -> None:
    misses = [(c, lang, r, n) for c, lang, r, t, n in _readings() if not _masked(t, n, lang)]
    assert len(misses) <= _MAX_MISSES, misses


_MECHANISM = [
    ("ru", "Нам помогал фонд имени Льва Сапеги, они платили адвокату.", "фонд имени Льва Сапеги"),
    ("ru", "она играла в оркестре имени жиновича двадцать лет", "оркестре имени жиновича"),
    ("be", "Грошы прыйшлі ад фундацыі імя Кастуся Каліноўскага.", "фундацыі імя Кастуся Каліноўскага"),
    ("be", "яе брат служыць у палку каліноўскага ўжо год", "палку каліноўскага"),
    ("ru", "Мы собирались в центре Светланы Алексиевич по субботам.", "центре Светланы Алексиевич"),
    ("ru", "Он работал юристом в компании Ковалёв и партнёры.", "Ковалёв и партнёры"),
    ("be", "ён працаваў юрыстам у кампаніі кавалёў і партнёры", "кавалёў і партнёры"),
    ("en", "He worked as a lawyer for Kovalev and Partners in Minsk.", "Kovalev and Partners"),
    ("en", "i got a job at sidorenko group as an accountant", "sidorenko group"),
    ("en", "we met at svetlana's centre every saturday", "svetlana's centre"),
    ("be", "Мы ўступілі ў Магілёўскую асацыяцыю лекараў.", "Магілёўскую асацыяцыю лекараў"),
]


@pytest.mark.parametrize(("lang", "text", "name"), _MECHANISM)
def test_name_inside_organisation_name_masks_the_whole(lang: str, text: str, name: str) -> None:
    assert _masked(text, name, lang), (text, detect(text, lang))


# A name next to a word that heads an organisation elsewhere, where no organisation is meant.
_STAY = [
    ("ru", "Мы пришли в дом Ивана поздно вечером.", "дом"),
    ("ru", "Мы жили у мамы Лены в квартире.", "квартире"),
    ("ru", "Мой дед служил в полку под Сталинградом.", "полку"),
    ("ru", "Мы жили в центре Минска, прямо у вокзала.", "центре"),
    ("ru", "Он представился по имени Игнат.", "имени"),
    ("ru", "Я говорила от имени Марины, она не могла прийти.", "имени"),
    ("be", "Яго імя Алесь, ён з Ліды.", "імя"),
    ("ru", "Потом Игнат и его партнёры уехали.", "партнёры"),
    ("en", "We stayed at Ivan's house for a week.", "house"),
    ("en", "we picked up anna's group from the station", "group"),
    ("en", "i drove ivan's son to school", "school"),
]


@pytest.mark.parametrize(("lang", "text", "word"), _STAY)
def test_name_next_to_a_common_noun_stays_apart(lang: str, text: str, word: str) -> None:
    start = text.index(word)
    orgs = [s for s in detect(text, lang) if s.label == "ORGANISATION" and s.start <= start < s.end]
    assert not orgs, (text, orgs)


def test_inventory_size() -> None:
    assert len(_readings()) >= 130
