"""A nickname the interviewer echoes as a one-word question and the answer calls a nickname
(``nicknames._echoed``): ``інтэрв'юер: Кавун? рэспандэнт: Ха, гэта мянушка``. Every mention of its stem then
follows, as for the other nickname statements.

Every row is invented for this file (no sentence or name of an evaluation set).
"""

from __future__ import annotations

import pytest

from tests.pseudonymise.masking import check

ROWS = [
    ("be", "рэспандэнт  дапамагалі суседзі і яшчэ кавун\nінтэрв'юер  кавун\nрэспандэнт  ха  гэта мянушка  ён "
     "міхась  перадайце кавуну прывітанне", ["кавун", "кавуну"], ["суседзі"]),
    ("ru", "респондент  писал нам ещё веник\nинтервьюер  веник\nреспондент  да это кличка  его так в армии "
     "прозвали  а веник потом уехал", ["веник"], ["армии"]),
    # Decoys: the echo is answered otherwise; the answer calls something else a nickname.
    ("ru", "респондент  привезли нам веник\nинтервьюер  веник\nреспондент  да  обычный веник  для бани",
     [], ["веник"]),
    ("ru", "интервьюер  веник\nреспондент  это кличка собаки была  а не человека", [], ["веник"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces", "stay"), ROWS)
def test_rows(lang: str, text: str, surfaces: list[str], stay: list[str]) -> None:
    check(lang, text, surfaces, stay, every=True)
