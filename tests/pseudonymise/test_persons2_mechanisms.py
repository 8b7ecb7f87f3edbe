"""Person names, round 5 (branch ``persons2``): the general causes behind misses on a fresh set.

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover (any label counts, as in the scorer) and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import candidates, namecues
from intake.pseudonymise.detectors.tokens import tokenize
from intake.pseudonymise.spans import Span
from tests.pseudonymise.masking import check


def _covered(spans: list[Span], start: int, end: int) -> bool:
    chars = [i for i in range(start, end)]
    return all(any(s.start <= i < s.end for s in spans) for i in chars)


ROWS = [
    # A Belarusian noun neither pymorphy3 nor its Russian respelling knows, after a first name: a surname
    # unless it ends like a verb, adjective, adverb or plural.
    ("be", "добры дзень я лявон гарбуз мне пяцьдзясят гадоў", ["лявон гарбуз"], ["мне"]),
    ("be", "а потым міхась сказаў што ўсё будзе добра", ["міхась"], ["сказаў"]),
    ("be", "кладу ў пасылку міхасёвы шкарпэткі і цукеркі", [], ["шкарпэткі"]),
    # Belarusian instrumental agreement by ending: ``з`` + name + surname, both in the instrumental.
    ("be", "у камеры я сядзеў з міколам клышам з бабруйска", ["міколам клышам"], []),
    ("be", "мы з алесем разам хадзілі на суд", ["алесем"], ["разам"]),
    # An animate reading counts, though pymorphy3 weighs the numeral (сорока) more.
    ("ru", "в отряде был парень денис сорока из бреста", ["денис сорока"], []),
    # A rare English word after a Latin first name is a surname; a common one or an address word is not.
    ("en", "the lawyer i trust most is andrei fox from vilnius", ["andrei fox"], ["trust"]),
    ("en", "write to kira dot pishchyk at gmail", ["kira"], ["dot"]),
    # The name before ``его все зовут``; a noun after a preposition is no name.
    ("ru", "мой сосед станислав ну гусь его все зовут он из лиды", ["гусь"], []),
    ("ru", "там старший по бригаде его все зовут мороз", ["мороз"], ["бригаде"]),
    # A role noun + ``такі``/``такой`` introduces a name, whatever the word means; an adjective stays.
    ("be", "справу вёў следчы такі грак малады яшчэ", ["грак"], ["малады"]),
    ("ru", "следователь был такой молодой и злой", [], ["молодой"]),
    # Latin given names: English ones and the Ukrainian romanisation; Belarusian ``-anka`` surnames in Latin.
    ("en", "sure i'm margaret holloway i'm a solicitor in leeds", ["margaret holloway"], ["solicitor"]),
    ("en", "a kyiv paper wrote serhiy and oleksandr", ["serhiy", "oleksandr"], ["paper"]),
    ("en", "then the head of the depot kavalchanka called me in", ["kavalchanka"], []),
    ("be", "следчая была такая зязюля маладая яшчэ", ["зязюля"], ["маладая"]),
    # Belarusian naming verbs match folded tokens (``клічуць``), past a title, never an adverb.
    ("be", "у бальніцы яго клічуць проста доктар мядзведзь", ["мядзведзь"], ["доктар"]),
    ("be", "бабуля так яе ўсе клічуць нават суседзі", [], ["нават"]),
    ("be", "у лістах ён падпісваецца па-беларуску", [], ["па-беларуску"]),
    ("be", "лісты іх чытаюць падпісваецца яна твая ластаўка", ["ластаўка"], ["чытаюць"]),
    # Surname shapes: ``-ько`` (not ``колькі``), and ``-оўская``/``-овская`` that pymorphy3 reads as adjectives.
    ("be", "нарэшце і мысько вызвалілі а колькі ж можна", ["мысько"], ["колькі"]),
    ("ru", "нас защищала алла сосновская из гомеля", ["алла сосновская"], []),
    ("be", "потым на допыт выклікалі ганну лясоўскую з мазыра", ["ганну лясоўскую"], []),
    # A patronymic no common word is shaped like marks itself and the first name before it.
    ("be", "прыходзіла яго цётка хаўронья мікітаўна з пасылкай", ["хаўронья мікітаўна"], ["цётка"]),
    # English ``surname is``: the word after it; ``surname`` without ``is`` introduces nothing.
    ("en", "in the family he is sasha and his surname is karpa", ["karpa"], []),
    ("en", "dzied is a common surname everyone in town has one", [], ["everyone"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_person_mechanisms(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, whole=True)


def test_belarusian_speech_verbs_are_speech_verbs() -> None:
    for word in ("кажа", "сказаў", "пытае", "кліча", "напісала"):
        assert candidates.is_speech_verb(tokenize(word)[0]), word
    assert not candidates.is_speech_verb(tokenize("бусел")[0])


def test_a_proven_surnames_common_noun_use_stays() -> None:
    text = "у цэху працаваў пятрусь шпак ён і праўда як шпак свішча а шпак нам тады сказаў"
    spans = detect(text, "be")
    first = text.index("шпак")
    compared = text.index("шпак", text.index("як "))
    subject = text.rindex("шпак")
    assert _covered(spans, first, first + 4)
    assert not _covered(spans, compared, compared + 4)  # ``як шпак``: the bird
    assert _covered(spans, subject, subject + 4)  # the subject of a speech verb: the man
    tokens = tokenize(text)
    i = next(k for k, t in enumerate(tokens) if t.start == compared)
    assert namecues.common_use(tokens, i)
