"""A given name that is also a common word in lower-case speech: set off by pauses before its holder's kinship
or role noun (``lexicon._apposed_role``: ``роза, сестра, ездила``), or a dative before ``было`` and an age
(``lexicon._age_dative``: ``ну розочке тогда было пять``).

Every row is invented for this file (no sentence or name of an evaluation set). A row says which surfaces
``detect()`` must cover and which words must stay unmasked.
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    ("ru", "его закрыли на год  роза  сестра  ездила к нему каждый месяц", ["роза"], ["сестра", "ездила"]),
    ("ru", "передачи возила  вера  его жена  а потом и её вызвали", ["вера"], ["жена"]),
    ("be", "яго забралі ўначы\nлюба  суседка  усё бачыла з балкона", ["люба"], ["суседка"]),
    # The dative of an age: ``было``/``исполнилось`` and a number, an adverb of time allowed between.
    ("ru", "ну розочке тогда было пять  сейчас уже восемь", ["розочке"], ["тогда"]),
    ("ru", "а вере в марте исполнилось 70", ["вере"], ["марте"]),
    ("be", "а любачцы тады было шэсць", ["любачцы"], ["тады"]),
    # Decoys: no pause before the name or after the role noun; the word in its own sense.
    ("ru", "вера мама говорит главное не сдаваться", [], ["вера"]),
    ("ru", "на клумбе роза  сестра  полила её утром", [], ["роза"]),
    ("ru", "у нас старая лада  муж на ней ездит", [], ["лада"]),
    ("ru", "к розочке было пять шагов от калитки", [], ["розочке"]),
    ("ru", "ну розочке тогда было всё равно", [], ["розочке"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


AGENT_ROWS = [
    # A given name that is a common word after an agent noun of an occupation (``гитарист``, ``гітарыст``).
    ("ru", "а гитарист слава сейчас в вильнюсе", ["слава"], ["сейчас"]),
    ("be", "а наш скрыпач жэка цяпер у латвіі", ["жэка"], ["цяпер"]),
    ("be", "цымбалістка люба выкладае ў музычнай школе", ["люба"], ["школе"]),
    # Decoys: an inanimate noun in ``-ник``/``-чик`` before the word; no agent noun.
    ("ru", "на подоконнике чайник слава богу не разбился", [], ["слава"]),
    ("be", "у нас вера ў гэта была", [], ["вера"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), AGENT_ROWS)
def test_after_an_agent_noun(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)


def test_a_speaker_label_is_no_agent_noun() -> None:
    check("ru", "интервьюер  слава богу  всё обошлось", [], ["слава"])
