"""A surname after a first name and patronymic in lower-case text (branch ``persons3``), even a common word.

Every row is invented for this file (no sentence or name of an evaluation set).
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

ROWS = [
    # A common adjective or noun after name + patronymic is the surname.
    ("ru", "ну меня зовут нина аркадьевна рыжая мне семьдесят", "нина аркадьевна рыжая"),
    ("ru", "следователь алексей петрович белый сказал подписать", "алексей петрович белый"),
    ("be", "суддзя была ганна пятроўна сініца і яна", "ганна пятроўна сініца"),
    # A patronymic with an apostrophe (``валер'еўна``) is still a patronymic.
    ("be", "адвакатка ў нас была тамара валер'еўна шпак яе потым", "тамара валер'еўна шпак"),
    # A given name that is also a word (``любові``, ``любови``): the patronymic shows it is a name.
    ("ru", "я писала любови петровне синице  она в витебске", "синице"),
    ("be", "я пісала любові пятроўне камушка  яна ў віцебску", "камушка"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ROWS)
def test_surname_after_patronymic(lang: str, text: str, surface: str) -> None:
    start = text.index(surface)
    spans = detect(text, lang)
    assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(surface))), spans


@pytest.mark.parametrize(
    ("lang", "text", "stay"),
    [
        ("ru", "следователь алексей петрович сказал подписать", "сказал"),
        ("ru", "вера аркадьевна потом ушла домой", "потом"),
        ("be", "ганна пятроўна працуе ў школе", "працуе"),
        ("be", "любоў пятроўна працуе ў школе", "працуе"),
        ("ru", "а любови петровне штраф дали  вот и всё", "штраф"),
        ("ru", "а любови петровне весной будет семьдесят", "весной"),
    ],
)
def test_verb_or_adverb_after_patronymic_stays(lang: str, text: str, stay: str) -> None:
    masked = {w for s in detect(text, lang) for w in s.text.lower().split()}
    assert stay not in masked


# Kind: the word before a given name and patronymic (official order: surname first) is the surname when it
# agrees with the name, even a common adjective or noun; an ordinal, a word of address, a title or a
# preposition's object is not.
BEFORE = [
    ("ru", "передачи отправляйте на имя рыжий павел олегович до пятого числа", "рыжий павел олегович"),
    ("ru", "в списке значится черная алла ивановна из гомеля", "черная алла ивановна"),
    ("be", "у пратаколе запісана цёмная ядвіга антонаўна", "цёмная ядвіга антонаўна"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), BEFORE)
def test_surname_before_given_name_and_patronymic(lang: str, text: str, surface: str) -> None:
    start = text.index(surface)
    spans = detect(text, lang)
    assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(surface))), spans


@pytest.mark.parametrize(
    ("lang", "text", "stay"),
    [
        ("ru", "тогда первый павел олегович и выступил", "первый"),
        ("ru", "уважаемая алла ивановна спасибо вам", "уважаемая"),
        ("ru", "пришёл инспектор павел олегович с бумагами", "инспектор"),
        ("ru", "председатель комиссии алла ивановна промолчала", "комиссии"),
        ("ru", "любовь аркадьевна тридцатое число назвала", "тридцатое"),
        ("be", "калі ласка не пішыце ядвіга антонаўна", "пішыце"),
    ],
)
def test_no_surname_slot_without_agreement(lang: str, text: str, stay: str) -> None:
    masked = {w for s in detect(text, lang) for w in s.text.lower().split()}
    assert stay not in masked


@pytest.mark.parametrize("word", ["адвакатка", "журналісткай", "студэнтку"])
def test_feminine_role_nouns_in_ka_are_roles(word: str) -> None:
    """A role noun's feminine in ``-ка`` is a role in any case (``адвакатка`` of ``адвакат``), never a name."""
    from intake.pseudonymise.detectors.lowercase import is_role
    from intake.pseudonymise.detectors.tokens import tokenize

    assert is_role(tokenize(word)[0])


# Kind: a hesitation between a given name and the surname does not part them in lower-case speech; a common
# word after the hesitation only in a self-introduction. The hesitation itself is never masked.
HESITATION = [
    ("ru", "меня зовут ольга э-э береза я из минска", "береза", "э-э"),
    ("be", "прыходзіў наш участковы пятрусь ну сямёнак з ім і размаўлялі", "сямёнак", "ну"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "stay"), HESITATION)
def test_surname_after_a_hesitation(lang: str, text: str, surface: str, stay: str) -> None:
    spans = detect(text, lang)
    start = text.index(surface)
    assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(surface))), spans
    assert stay not in {w for s in spans for w in s.text.lower().split()}


def test_common_word_after_a_hesitation_stays_outside_an_introduction() -> None:
    masked = {w for s in detect("маша ну работа такая была тяжёлая", "ru") for w in s.text.lower().split()}
    assert "работа" not in masked


# Kind: a first name that is a common word (Вера, Надежда, Любовь) followed by a lower-case singular noun
# that agrees with it as a surname does: the pair is a name, though both words are common words.
@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "в камере со мной сидела вера осина учительница из слонима", "вера осина"),
        ("ru", "нам помогала любовь крапива соседка по площадке", "любовь крапива"),
        # Belarusian: the noun read in its Russian spelling (``крапіва`` -> ``крапива``), or an instrumental pair.
        ("be", "у камеры са мной была любоў крапіва з барысава", "любоў крапіва"),
        ("be", "з верай асінай мы доўга размаўлялі", "верай асінай"),
    ],
)
def test_common_word_name_and_noun_surname(lang: str, text: str, surface: str) -> None:
    start = text.index(surface)
    spans = detect(text, lang)
    assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(surface))), spans


@pytest.mark.parametrize(
    ("lang", "text", "stay"),
    [
        ("be", "я маю маму і брата", "маю"),  # a verb, then a role
        ("ru", "вера надежда любовь такие слова", "надежда"),  # three such names: none a surname
        ("ru", "любовь мамы к детям", "мамы"),
    ],
)
def test_no_noun_surname_without_a_name(lang: str, text: str, stay: str) -> None:
    masked = {w for s in detect(text, lang) for w in s.text.lower().split()}
    assert stay not in masked


# Kind: a name in apposition to a role noun repeats its preposition (``у маёй дачкі, у надзеі``): a name,
# though a common word; without the repeated preposition the common word stays.
@pytest.mark.parametrize(
    ("lang", "text", "word", "masked"),
    [
        ("be", "пасылку пакінулі ў маёй пляменніцы у любові ў гродне", "любові", True),
        ("ru", "я поехала к сестре к вере в гродно", "вере", True),
        ("be", "я пайшла да суседкі да веры па соль", "веры", True),
        ("be", "я пайшла да суседкі па веру ў бога", "веру", False),
    ],
)
def test_name_in_apposition_repeats_the_preposition(lang: str, text: str, word: str, masked: bool) -> None:
    words = {w for s in detect(text, lang) for w in s.text.lower().split()}
    assert (word in words) is masked
