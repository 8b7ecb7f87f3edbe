"""Table-driven tests for the round-2 recall-first mechanisms (issue 14): text -> expected spans.

Each row names a KIND of case, not a sentence of an evaluation set: terms and shares in any unit, bare
ages after a cue, spoken article numbers, facilities called by number, organisations named by a
description, spoken handles, spaced IBANs, ASR letters in dictated phones, name forms found by propagation.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import colonies, institutions, terms
from intake.pseudonymise.detectors.pattern_tokens import split


def _covered(text: str, surface: str, lang: str, label: str | None = None) -> bool:
    start = text.index(surface)
    end = start + len(surface)
    spans = detect(text, lang)
    for pos in range(start, end):
        if text[pos].isalnum() and not any(
            s.start <= pos < s.end and (label is None or s.label == label) for s in spans
        ):
            return False
    return True


TERMS = [
    ("ru", "он отсидел три с половиной из трёх с половиной, вышел.", "три с половиной из трёх с половиной", "share"),
    ("ru", "а он отсидел четыре из шести с половиной.", "четыре из шести с половиной", "share"),
    ("be", "мама ўжо адсядзела паўтара з двух з паловай, засталося.", "паўтара з двух з паловай", "share"),
    ("en", "he has served two and a half out of five. so half.", "two and a half out of five", "share"),
    ("en", "he has served, well, three out of four and a half, so", "three out of four and a half", "share"),
    ("ru", "что три с половиной года кончились", "три с половиной года", "duration"),
    ("be", "Юрасік адсядзеў ужо тры з паловай, засталося два.", "тры з паловай", "duration"),
    ("ru", "его отпустили через 10 суток. так вот", "10 суток", "duration"),
    ("ru", "Нестеровичу 45, он водитель.", "45", "age"),
    ("be", "ён ужо скончыў школу, яму 17 ці 18. калі", "18", "age"),
    ("be", "Колькі гадоў маме? Рэспандэнт: сорак сем. не, ужо 48, у яе", "сорак сем", "age"),
    ("be", "калі затрымалі, было трыццаць тры. ён", "трыццаць тры", "age"),
    ("en", "Misha's, um, thirty-four, a truck driver", "thirty-four", "age"),
    ("en", "he'll be forty-one when he comes out", "forty-one", "age"),
    ("ru", "ей дали три года по триста шестьдесят один прим два. Розе", "триста шестьдесят один прим два", "article"),
    ("be", "за пераводы, па трыста шэсцьдзесят першым прым чатыры. далі", "трыста шэсцьдзесят першым прым чатыры",
     "article"),
    ("ru", "361-4, то есть, э-э, триста шестьдесят один четыре, содействие", "триста шестьдесят один четыре",
     "article"),
    ("en", "article three sixty one and three forty two. he got", "three forty two", "article"),
    ("en", "they add time often, under four eleven. my dad", "four eleven", "article"),
    ("en", "article three hundred and forty-two, for the protests", "three hundred and forty-two", "article"),
    ("be", "артыкул трыста шэсцьдзесят дзявяты, абраза, і яшчэ 130-ы. за", "130-ы", "article"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "kind"), TERMS)
def test_terms(lang: str, text: str, surface: str, kind: str) -> None:
    spans = terms.detect_terms(text, split(text))
    assert _covered(text, surface, lang), [s.text for s in spans]
    start = text.index(surface)
    own = [s for s in spans if s.start <= start < s.end]
    assert own and all(s.uncertain and s.reason == f"uncertain:{kind}" for s in own)


TERMS_NOT = [
    ("ru", "В камере нас было восемь, из них политических трое."),
    ("ru", "подъём в шесть, и вот ему приходит конверт"),
    ("ru", "Пять лет назад мы уехали."),
    ("en", "I was there one day."),
    ("ru", "было человек тридцать пять, дышать нечем"),
]


@pytest.mark.parametrize(("lang", "text"), TERMS_NOT)
def test_terms_leave_counts_and_times(lang: str, text: str) -> None:
    assert terms.detect_terms(text, split(text)) == []


COLONIES = [
    ("ru", "Где он сейчас? в Бобруйске, на двойке. до этого колония.", "двойке"),
    ("be", "у калоніі. на сямнашцы цяжка. там шмат палітычных", "сямнашцы"),
    ("be", "у Гомелі, на чацвёрцы. гэта жаночая калонія", "чацвёрцы"),
    ("ru", "потом Орша, восьмёрка. в колонии", "восьмёрка"),
    ("ru", "потом перевели в колонию. в третьей условия тяжёлые, сырость", "третьей"),
    ("ru", "сидит на тринадцатой, в Глубоком же", "тринадцатой"),
    ("be", "у Зарэччы, гэта жаночая калонія пад Рэчыцай, дваццаць чацвёртая. тата", "дваццаць чацвёртая"),
    ("en", "in Shklou. in the seventeenth, penal colony number seventeen.", "seventeenth"),
    ("en", "penal colony number one. in the first they put him in the shop", "first"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), COLONIES)
def test_facility_by_number(lang: str, text: str, surface: str) -> None:
    spans = colonies.detect_colonies(text, split(text), lang)
    start = text.index(surface)
    assert any(s.start <= start and start + len(surface) <= s.end and s.label == "DETENTION" for s in spans)


COLONIES_NOT = [
    ("ru", "в колонии. в третьей школе учился сын", "третьей"),
    ("ru", "он сидит в колонии. на второй день пришло письмо", "второй"),
    ("ru", "сидит в колонии, десятки людей пишут", "десятки"),
    ("en", "he is in the colony. in the first year it was hard", "first"),
    ("ru", "в третьей условия тяжёлые", "третьей"),  # no word of detention anywhere in the text
]


@pytest.mark.parametrize(("lang", "text", "surface"), COLONIES_NOT)
def test_facility_by_number_needs_a_bare_number(lang: str, text: str, surface: str) -> None:
    spans = colonies.detect_colonies(text, split(text), lang)
    start = text.index(surface)
    assert not any(s.start <= start < s.end for s in spans)


INSTITUTIONS = [
    ("ru", "я в Бобруйской центральной больнице санитаркой", "Бобруйской центральной больнице", True),
    ("be", "працуе ў Барысаўскай цэнтральнай раённай бальніцы, медсястрой", "Барысаўскай цэнтральнай раённай бальніцы",
     True),
    ("be", "я ў Ягелонскім універсітэце у магістратуры", "Ягелонскім універсітэце", True),
    ("ru", "работал сисадмином в Витебском мясокомбинате. взяли", "Витебском мясокомбинате", True),
    ("ru", "вызывали в Первомайский РОВД, спрашивали", "Первомайский РОВД", True),
    ("ru", "учительница в музыкальной школе номер один. Розу", "музыкальной школе номер один", True),
    ("be", "пазнаёміліся, у сярэдняй школе нумар пяць, у адным класе", "сярэдняй школе нумар пяць", True),
    ("en", "he taught at school number three for thirty years", "school number three", True),
    ("en", "it was in the Slonim district court, closed", "Slonim district court", True),
    ("en", "she works as a nurse at the Barysau central hospital. their", "Barysau central hospital", True),
    ("ru", "её положили в областную больницу", "областную больницу", False),
]


@pytest.mark.parametrize(("lang", "text", "surface", "certain"), INSTITUTIONS)
def test_institution_by_description(lang: str, text: str, surface: str, certain: bool) -> None:
    spans = institutions.detect_institutions(text, split(text), lang)
    assert [(s.text, s.label, s.uncertain) for s in spans] == [(surface, "ORGANISATION", not certain)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ru", "он учился в школе и в университете"), ("en", "the Supreme Court refused"), ("ru", "судья сказала")],
)
def test_generic_institutions_are_not_organisations(lang: str, text: str) -> None:
    assert institutions.detect_institutions(text, split(text), lang) == []


IDENTIFIERS = [
    ("be", "у тэлеграме я zhenia ніжняе падкрэсліванне kamar 84, а пошта", "zhenia ніжняе падкрэсліванне kamar 84",
     "HANDLE"),
    ("be", "тэлеграм мір ніжняе падкрэсліванне адвакат, гэта кірыліцай", "мір ніжняе падкрэсліванне адвакат", "HANDLE"),
    ("ru", "у неё ник, zlata нижнее подчёркивание korol собака, нет, подождите",
     "zlata нижнее подчёркивание korol собака", "HANDLE"),
    ("ru", "она мне дала счёт, LT 12 3250 0246 7512 3456, я его", "LT 12 3250 0246 7512 3456", "ID_NUMBER"),
    ("en", "plus three seven five, two nine, five five one, four O, I two, so", "five five one, four O, I two",
     "PHONE"),
    ("ru", "и телефон, BY04 BLBB 3014 0765 2231 1001 0044, и свой телефон, плюс три семь пять, двадцать девять, "
     "три О девять, сорок, шестьдесят два. я",
     "плюс три семь пять, двадцать девять, три О девять, сорок, шестьдесят два", "PHONE"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "label"), IDENTIFIERS)
def test_spoken_identifiers(lang: str, text: str, surface: str, label: str) -> None:
    assert _covered(text, surface, lang, label)


def test_lowercase_two_letter_code_with_digits_is_not_an_iban() -> None:
    text = "we met at 29 1234 5678 9012 3456 street"
    assert not any(s.label == "ID_NUMBER" and s.text.startswith("at") for s in detect(text, "en"))


NAMES = [
    ("be", "Рэспандэнт: дачка, так. Мар'яна. Мар'янцы было дваццаць. Мар'янчын муж таксама беларус.",
     ["Мар'яна", "Мар'янцы", "Мар'янчын"]),
    ("be", "Алена Кухарчык сядзіць. Аленчыны дзеці ў бабулі.", ["Аленчыны"]),
    ("be", "Янка Камар. дзе мы вучыліся. Янік малюе тату самалёты.", ["Янік"]),
    ("be", "Зінаіда Гарэлік прыйшла. ёй адмовілі. Зіна цяпер жыве ў дачкі.", ["Зіна"]),
    ("be", "Рэспандэнт: Надзея. ну, Надзея Крукоўская, калі поўнасцю.", ["Надзея"]),
    ("ru", "сын, Лев. Лёва. Лёвины письма стали короче.", ["Лёвины"]),
    ("en", "Uladzik's letters come to her, vladik this, vladik that.", ["vladik"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), NAMES)
def test_name_forms(lang: str, text: str, surfaces: list[str]) -> None:
    spans = detect(text, lang)
    for surface in surfaces:
        start = text.rindex(surface)
        assert any(s.start <= start and start + len(surface) <= s.end for s in spans), surface


def test_common_word_stays_unmasked_without_a_name_nearby() -> None:
    text = "Надзея памірае апошняй. мы ўсе так кажам."
    assert detect(text, "be") == []
