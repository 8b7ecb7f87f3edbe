"""Round 18, precision of lower-case speech: common words that lower-case rules took for names or terms.

Every row is invented for this file (no sentence or name of an evaluation set). A decoy row names a word that
must stay unmasked; a positive row the surfaces that must stay masked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from tests.pseudonymise.masking import word_masked

# Kind: a verb right after a name in an oblique case is the predicate of ``кому дали``, not the surname of the
# name, although pymorphy3 also knows the verb's spelling as an indeclinable surname (``дали``).
VERB_AFTER_OBLIQUE = [
    ("ru", "прокурор просил пять лет  а олегу дали четыре года", "дали", "олегу"),
    ("ru", "потом марине дали свидание через стекло", "дали", "марине"),
    ("ru", "суд был быстрый  игорю дали три года колонии", "дали", "игорю"),
]


@pytest.mark.parametrize(("lang", "text", "verb", "name"), VERB_AFTER_OBLIQUE)
def test_verb_after_an_oblique_name_is_not_its_surname(lang: str, text: str, verb: str, name: str) -> None:
    spans = detect(text, lang)
    assert not word_masked(lang, text, verb), spans
    assert word_masked(lang, text, name), spans


# The same spelling after a nominative name is still read as the surname it may be.
NOMINATIVE_SURNAME = [
    ("ru", "это была ирина дали  художница из минска", "дали"),
    ("ru", "к нам приходила ирина дали  художница", "дали"),
]


@pytest.mark.parametrize(("lang", "text", "surname"), NOMINATIVE_SURNAME)
def test_indeclinable_surname_after_a_nominative_name_stays_masked(lang: str, text: str, surname: str) -> None:
    assert word_masked(lang, text, surname), detect(text, lang)


# Kind: an English kinship or role noun after a first name (``olga  aunt olya``: a comma blanked by speech
# recognition) is never its surname; a rare English word there still is (``andrei dub``).
ENGLISH_ROLE_AFTER_NAME = [
    ("en", "the letters come from tamara  aunt toma we call her", "aunt", "tamara"),
    ("en", "he lives with ruslan  uncle rusik to the kids", "uncle", "ruslan"),
    ("en", "she phoned oksana  cousin of my wife  about the parcel", "cousin", "oksana"),
]


@pytest.mark.parametrize(("lang", "text", "role", "name"), ENGLISH_ROLE_AFTER_NAME)
def test_english_role_after_a_name_is_not_its_surname(lang: str, text: str, role: str, name: str) -> None:
    spans = detect(text, lang)
    assert not word_masked(lang, text, role), spans
    assert word_masked(lang, text, name), spans


def test_rare_english_surname_after_a_name_stays_masked() -> None:
    text = "after the trial andrei dub was sent to the colony"
    assert word_masked("en", text, "dub"), detect(text, "en")


# Kind: a simile, ``как``/``як`` right after a content word of the same clause and before a common noun that is
# no verb's subject (``сидел тихо как жук в коробке``): the noun, though the text names a man by it.
SIMILES = [
    ("ru", "это мой брат павел жук  он сидел тихо как жук в коробке", "жук", 1),
    ("be", "гэта мой брат павел жук  ён быў упарты як жук  і ўсё лез", "жук", 1),
    ("be", "нашу суседку завуць ганна ластаўка  яна лятае па хаце як ластаўка  з раніцы да ночы", "ластаўка", 1),
]


@pytest.mark.xfail(strict=True, reason="known false span: the simile rule (round 18) lost a person on a never-tuned "
                   "set, cased and lower case, and was reverted; the noun of a simile stays masked")
@pytest.mark.parametrize(("lang", "text", "word", "n"), SIMILES)
def test_noun_of_a_simile_is_not_the_name(lang: str, text: str, word: str, n: int) -> None:
    spans = detect(text, lang)
    assert not word_masked(lang, text, word, n), spans
    assert word_masked(lang, text, word, 0), spans


# ``как`` opening a clause asks after the person (``а как жук``), or is a conjunction before its subject (``как жук
# сказал``); a given name after a simile may be a person compared (``пела как лариса``): all stay masked.
NOT_SIMILES = [
    ("ru", "это мой брат павел жук  а как жук  ну  не знаю", "жук", 1),
    ("ru", "это мой брат павел жук  и сделали всё как жук сказал", "жук", 1),
    ("ru", "лев у нас в семье один  лев петрович  а держался он как лев  честно", "лев", 2),
]


@pytest.mark.parametrize(("lang", "text", "word", "n"), NOT_SIMILES)
def test_name_after_a_non_simile_kak_stays_masked(lang: str, text: str, word: str, n: int) -> None:
    assert word_masked(lang, text, word, n), detect(text, lang)


# Kind: a place the policy keeps (``not_identifiers.txt``: the country itself, Europe) is no more an identifier in
# lower case than with its capital (``из Беларуси`` is kept cased); other countries and towns stay masked.
KEPT_PLACES = [
    ("ru", "ему в беларусь ехать нельзя  его сразу задержат", "беларусь"),
    ("ru", "звонить можно только родным в беларуси  и то редко", "беларуси"),
    ("ru", "он ездил по европе на фуре  двенадцать лет", "европе"),
]


@pytest.mark.parametrize(("lang", "text", "place"), KEPT_PLACES)
def test_kept_place_is_not_masked_in_lower_case(lang: str, text: str, place: str) -> None:
    assert not word_masked(lang, text, place), detect(text, lang)


def test_other_places_stay_masked_in_lower_case() -> None:
    text = "из беларуси он уехал в грузию  а потом в батуми"
    assert word_masked("ru", text, "грузию"), detect(text, "ru")
    assert word_masked("ru", text, "батуми"), detect(text, "ru")


# Kind: a feminine given name's genitive that is also a common noun's plural (``розы``, ``веры``): a verb, pronoun or
# conjunction before it takes the plural (a feminine person there would be ``розу``); a preposition, noun or
# negation before it, or a negation after it, governs the person's genitive, which stays masked.
PLURALS = [
    ("ru", "моя соседка роза петровна  она каждую весну сажает розы у забора", "розы"),
    ("ru", "моя соседка роза петровна  внуки рисуют ей розы на открытках", "розы"),
]
GENITIVE_NAMES = [
    ("ru", "моя соседка роза петровна  письмо от розы пришло вчера", "розы"),
    ("ru", "моя соседка роза петровна  а розы нет дома  она в больнице", "розы"),
    ("ru", "моя соседка роза петровна  дочка розы учится в гродно", "розы"),
]


@pytest.mark.xfail(strict=True, reason="known false span: the plural rule (round 18) lost a person on a never-tuned "
                   "set and was reverted; the plural stays masked")
@pytest.mark.parametrize(("lang", "text", "word"), PLURALS)
def test_plural_of_a_name_homonym_is_not_the_name(lang: str, text: str, word: str) -> None:
    spans = detect(text, lang)
    assert not word_masked(lang, text, word), spans
    assert word_masked(lang, text, "роза"), spans


@pytest.mark.parametrize(("lang", "text", "word"), GENITIVE_NAMES)
def test_governed_genitive_of_a_name_stays_masked(lang: str, text: str, word: str) -> None:
    assert word_masked(lang, text, word), detect(text, lang)


# Kind: a greeting formula (``добры дзень``, ``добрый вечер``, ``прывітанне``) opening an answer before the naming
# phrase is no name, though a blanked comma leaves it where ``роза её звали`` puts one; the name after it stays.
GREETINGS = [
    ("be", "рэспандэнт  добры дзень  мяне завуць алена  прозвішча шаўчук  я з брэста", "дзень", "алена"),
    ("ru", "респондент  добрый вечер  меня зовут ольга  фамилия не нужна", "вечер", "ольга"),
    ("be", "рэспандэнт  прывітанне  мяне завуць янка  я з гомеля", "прывітанне", "янка"),
]


@pytest.mark.parametrize(("lang", "text", "greeting", "name"), GREETINGS)
def test_greeting_is_not_a_name(lang: str, text: str, greeting: str, name: str) -> None:
    spans = detect(text, lang)
    assert not word_masked(lang, text, greeting), spans
    assert word_masked(lang, text, name), spans


# Kind: closed classes in a surname's slot: a possessive pronoun after a title or naming noun (``старшыня нашага
# калгаса``, ``прозвішча вашага бацькі``), a Belarusian conjunction after a title or a given name (``суддзя быццам
# пашкадаваў``, ``алесь пакуль чакаў``); the given name stays masked.
CLOSED_CLASS_SLOTS = [
    ("be", "старшыня нашага калгаса выклікаў мяне двойчы", "нашага", None),
    ("be", "інтэрв'юер  як пішацца прозвішча вашага бацькі па-польску", "вашага", None),
    ("be", "суддзя быццам пашкадаваў яго  даў мала", "быццам", None),
    ("be", "вось так  алесь пакуль чакаў  пісаў лісты", "пакуль", "алесь"),
    ("be", "ганна пакуль магла  дапамагала ўсім", "пакуль", "ганна"),
]


@pytest.mark.parametrize(("lang", "text", "word", "name"), CLOSED_CLASS_SLOTS)
def test_closed_class_word_is_no_surname(lang: str, text: str, word: str, name: str | None) -> None:
    spans = detect(text, lang)
    assert not word_masked(lang, text, word), spans
    assert name is None or word_masked(lang, text, name), spans


# Kind: a bare number after a term that counts something, not the term's unit: an adjective in the genitive plural
# of a counted phrase (``три полевых сезона``, ``дваццаць базавых``), an irregular English plural (``twenty women``),
# an inverted round count (``человек восемь``). The term itself stays masked.
COUNTS = [
    ("ru", "ему дали три года  это три полевых сезона  понимаете", "три", 1, "три года"),
    ("be", "далі дзесяць сутак і штраф яшчэ  дваццаць базавых  па-мойму", "дваццаць", 0, "дзесяць сутак"),
    ("en", "she got five months in a cell for twenty women  and then the trial", "twenty", 0, "five months"),
    ("ru", "дали пятнадцать суток  пришли человек восемь в масках", "восемь", 0, "пятнадцать суток"),
]


@pytest.mark.parametrize(("lang", "text", "number", "n", "term"), COUNTS)
def test_number_that_counts_something_is_no_carried_term(lang: str, text: str, number: str, n: int, term: str) -> None:
    spans = detect(text, lang)
    assert not word_masked(lang, text, number, n), spans
    assert any(s.text == term for s in spans), spans


# Kind: English closed classes and policy words in lower case: an indefinite pronoun after ``call him`` (``call him
# something else``), a nationality adjective after ``the`` (``the irish news``), a social network (``odnoklassniki``).
# (``the un`` stays masked: the evaluation sets mark the UN.)
ENGLISH_KEPT = [
    ("en", "when he comes out we will have to call him something else", "something"),
    ("en", "in the irish news he was vladimir and in the polish ones uladzimir", "irish"),
    ("en", "he wrote comments on odnoklassniki under a fake name", "odnoklassniki"),
]


@pytest.mark.parametrize(("lang", "text", "word"), ENGLISH_KEPT)
def test_english_closed_class_or_kept_word_is_not_masked(lang: str, text: str, word: str) -> None:
    assert not word_masked(lang, text, word), detect(text, lang)


def test_english_nickname_after_call_him_stays_masked() -> None:
    text = "everybody in the unit used to call him zubr because he was so big"
    assert word_masked("en", text, "zubr"), detect(text, "en")


# Kind: the nation's own noun or adjective in a Russian text's Belarusian-style spelling (``беларусов``, ``беларуский``)
# that the statistical tagger takes for a person once the case is restored; a person after it stays masked.
NATION_WORDS = [
    ("ru", "это инициатива наших беларусов  без них бы не справились", "беларусов"),
    ("ru", "там беларусов много  мы в мае улетели через стамбул", "беларусов"),
]


@pytest.mark.parametrize(("lang", "text", "word"), NATION_WORDS)
def test_nation_word_is_no_person(lang: str, text: str, word: str) -> None:
    assert not word_masked(lang, text, word), detect(text, lang)
