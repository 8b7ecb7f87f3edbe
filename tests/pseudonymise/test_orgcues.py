"""A name right after an organisation cue noun, a legal form or ``called`` (``detectors/orgcues.py``).

The one implementation of that job (it replaced ``orgnames.py``'s lower-case ``cue`` rule): a common word
after a cue names the organisation (``ініцыятыва сонца``), a genitive complement (``в компании друзей``)
and, in cased Russian or Belarusian text, a lower-case word do not. Every row is invented.
"""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors import orgcues
from intake.pseudonymise.detectors.pattern_tokens import split

ORG_NAMES = [
    ("be", "мне дапамагла ініцыятыва сонца яны пішуць лісты", "сонца"),
    ("ru", "он писал для газеты Ветер, пока её не закрыли", "Ветер"),
    ("en", "she works for a company called bright harbour now", "bright harbour"),
    ("en", "he wrote for the newspaper vecherka until", "vecherka"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ORG_NAMES)
def test_names_after_organisation_cue(lang: str, text: str, surface: str) -> None:
    assert surface in [s.text for s in orgcues.detect_named(text, split(text), lang)]


ORG_SAFE = [
    ("ru", "мы долго работали в компании друзей и знакомых", "друзей"),
    ("be", "гэта невялікая ініцыятыва невялікая і добрая", "невялікая"),
    ("ru", "фонд помогает семьям политзаключённых", "помогает"),
    ("en", "the company was very small", "was"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ORG_SAFE)
def test_common_words_after_cue_left(lang: str, text: str, surface: str) -> None:
    assert all(surface not in s.text for s in orgcues.detect_named(text, split(text), lang))


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [("ru", "она работала в рнпц онкология а потом", "рнпц онкология"),
     ("be", "ён працаваў у спк новы шлях ну кіроўцам", "спк новы шлях"),
     ("ru", "Он трудился в ООО «Рассвет», пока", "ООО «Рассвет")],
)
def test_name_after_a_legal_form(lang: str, text: str, surface: str) -> None:
    assert surface in [s.text for s in detect(text, lang)]


def test_filler_ooo_is_not_a_legal_form() -> None:
    text = "ну ооо кошмар какой был"
    assert orgcues.detect_named(text, split(text), "ru") == []


CUES = [
    ("ru", "потом нам помогла инициатива рассвет они собирали деньги на адвоката", "рассвет"),
    ("ru", "мама работала в ооо белтрансавто а потом на рынке", "ооо белтрансавто"),
    ("be", "нам дапамагала ініцыятыва світанак і валанцёры", "світанак"),
    ("en", "then a group called white ribbon helped us with the lawyer", "white ribbon"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), CUES)
def test_lower_case_names_after_a_cue_are_uncertain_organisations(lang: str, text: str, surface: str) -> None:
    """The name is one uncertain organisation (``org_growth`` may take the cue's head noun in with it)."""
    start = text.index(surface)
    spans = [s for s in detect(text, lang) if s.start <= start and start + len(surface) <= s.end]
    assert [(s.label, s.uncertain) for s in spans] == [("ORGANISATION", True)]
    assert spans[0].source in ("orgcues", "orgnames:grow")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [("ru", "нам помог фонд взаимопомощи и центр города тоже", "взаимопомощи"),
     ("en", "he called me last week and we talked about the pre-trial detention", "me")],
)
def test_complements_and_bare_verbs_are_no_names(lang: str, text: str, word: str) -> None:
    assert all(word not in s.text for s in orgcues.detect_named(text, split(text), lang))


def test_cased_text_needs_a_capitalised_name() -> None:
    """In cased text a name after a cue noun is capitalised; a lower-case word there is ordinary."""
    text = (
        "Мы работаем вместе с Ольгой. Но официально мы отдельная инициатива рассвет, нас шесть человек. "
        "Я живу в Вильнюсе, а Ольга в Варшаве."
    )
    assert orgcues.detect_named(text, split(text), "ru") == []
    text = text.replace("рассвет", "Рассвет")
    assert [s.text for s in orgcues.detect_named(text, split(text), "ru")] == ["Рассвет"]


def test_a_capitalised_name_goes_on_with_its_genitive_and_its_other_mentions_are_masked() -> None:
    text = "Она волонтёрила в инициативе Точка роста, они помогают. Ну и через Точку роста мы нашли жильё."
    spans = [s for s in detect(text, "ru") if s.label == "ORGANISATION"]
    assert [(s.text, s.uncertain) for s in spans] == [("инициативе Точка роста", False), ("Точку роста", False)]


def test_a_verb_after_a_capitalised_name_is_not_its_genitive() -> None:
    text = "Мы пришли в фонд Рассвет помогать людям, как и все."
    assert [s.text for s in orgcues.detect_named(text, split(text), "ru")] == ["Рассвет"]


def test_in_lower_case_text_a_name_goes_on_with_its_genitive() -> None:
    text = "она волонтёрила в инициативе точка роста они помогают всем кто вышел"
    assert [s.text for s in orgcues.detect_named(text, split(text), "ru")] == ["точка роста"]
