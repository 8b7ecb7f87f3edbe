"""Round 7 contact mechanisms, each shown on invented rows (no sentence from an evaluation set): the ``00``
access prefix before any ITU calling code, a bracketed calling or area code, a nine-digit number said in
threes, verbs of dialling and dictating as phone cues, an English number opened with ``o``; ordinary
numbers stay unmasked."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.calling_codes import calling_code, international

CONTACTS = frozenset({"PHONE", "EMAIL", "HANDLE", "URL", "ID_NUMBER"})


def _masked(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    spans = [(s.start, s.end) for s in detect(text, lang) if s.label in CONTACTS]
    return all(not text[p].isalnum() or any(a <= p < b for a, b in spans) for p in range(start, start + len(part)))


def test_calling_codes_cover_the_itu_table() -> None:
    assert [calling_code(d) for d in ("420777", "3538712", "9981", "1212", "2819")] == ["420", "353", "998", "1", None]
    assert international("00420777123456") and international("0044770090041")
    assert not international("0029555") and not international("00012345678")


PHONES = [
    # the 00 access prefix and a code outside the home countries, with fillers between the groups
    ("ru", "сестра в Праге, 00420 731, ну, 555, 218", "00420 731, ну, 555, 218"),
    ("en", "my cousin in Dublin, 00 353 86, um, 412 0937", "00 353 86, um, 412 0937"),
    ("be", "брат у Кракаве, 00 48, ну, 502 і 300 і 40", "00 48, ну, 502 і 300 і 40"),
    # a calling or area code in brackets
    ("ru", "у тёти в Риге (371) 26 э-э 118 904", "(371) 26 э-э 118 904"),
    # a nine-digit mobile said in threes is not a sum
    ("ru", "в Варшаве я на 604 118 927, там и вайбер", "604 118 927"),
    # verbs of dictating and dialling announce a phone
    ("be", "запісвайце: 44 731, вось, 20 58, гэта мамін", "44 731, вось, 20 58"),
    ("en", "just dial 61 59 18 77 after nine", "61 59 18 77"),
    # English opens a trunk-dialled number with the letter o
    ("en", "it is o seven nine five three, six nine o eight four", "o seven nine five three, six nine o eight four"),
]


@pytest.mark.parametrize(("lang", "text", "part"), PHONES)
def test_phone_rows_are_masked(lang: str, text: str, part: str) -> None:
    assert _masked(text, lang, part)


ORDINARY = [
    ("ru", "в колонии было 604 000 рублей долга"),
    ("ru", "записывайте: в 2019, 2020 и 2021 годах"),
    ("en", "dial the office at 9 and ask for 12 copies"),
    ("ru", "набирали 150 300 500 человек, ну примерно"),
    ("en", "we reached 604 118 927 people with the appeal"),
    ("en", "during the strike 12 14 16 18 of us were held"),  # a cue is a word, not a part of one (``ring``)
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_ordinary_numbers_stay(lang: str, text: str) -> None:
    assert not [s.text for s in detect(text, lang) if s.label in CONTACTS]


DOCUMENTS = [
    # IBANs of any registry country, broken over a segment break or with groups said as number words
    ("ru", "счёт фонда EE97 4533 3147,\n8932 8804, на маму", "EE97 4533 3147,\n8932 8804"),
    ("ru", "переводите на ie71 asfg 8625 пять один один восемь 4873 33, спасибо",
     "ie71 asfg 8625 пять один один восемь 4873 33"),
    ("be", "рахунак hr 46 1138...\n7981 1351 1971 8 і ўсё", "hr 46 1138...\n7981 1351 1971 8"),
    # passports: a hyphen or comma after the series, recognition's letters, six digits after a residence cue
    ("ru", "паспорт у брата KH-5520913, старый", "KH-5520913"),
    ("be", "пашпарт MP З96O456 забралі", "MP З96O456"),
    ("ru", "вид на жительство FB 530117, польский", "FB 530117"),
    ("ru", "паспорт у неё mp, один шесть восемь девять пять ноль два", "mp, один шесть восемь девять пять ноль два"),
    # a personal number over a segment break, with lower-case recognition letters
    ("ru", "личный номер 4170з62 m\n118 pb 3 в постановлении", "4170з62 m\n118 pb 3"),
    # case numbers in spaced groups, or dictated after "по делу"
    ("ru", "уголовное дело № 318 402 55 закрыли", "318 402 55"),
    ("ru", "по делу 12 три восемь ноль пять один шесть его вызывали", "12 три восемь ноль пять один шесть"),
]


@pytest.mark.parametrize(("lang", "text", "part"), DOCUMENTS)
def test_document_rows_are_masked(lang: str, text: str, part: str) -> None:
    assert _masked(text, lang, part)


NOT_DOCUMENTS = [
    ("en", "at 20 past 9 we met in the park and talked about it all"),
    ("ru", "дело было в 2019 году, в 12 30"),
    ("ru", "по делу пришли 12 человек и ещё 30"),
    ("en", "my case took 12 months, then 6 more"),
    ("en", "on 19 June 2012 there was a trial"),  # words among the groups: no IBAN, whatever the check digits say
]


@pytest.mark.parametrize(("lang", "text"), NOT_DOCUMENTS)
def test_ordinary_words_and_numbers_are_not_documents(lang: str, text: str) -> None:
    assert not [s.text for s in detect(text, lang) if s.label in CONTACTS]
