"""A given name that is also a common word, set off by pauses before its holder's kinship or role noun, in
lower-case speech (``lexicon._apposed_role``): ``злата, жена, возила передачи``.

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
    # Decoys: no pause before the name or after the role noun; the word in its own sense.
    ("ru", "вера мама говорит главное не сдаваться", [], ["вера"]),
    ("ru", "на клумбе роза  сестра  полила её утром", [], ["роза"]),
    ("ru", "у нас старая лада  муж на ней ездит", [], ["лада"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay)
