"""What detection yields never depends on the order Python iterates a set of strings in.

String hashes are salted per process (``PYTHONHASHSEED``), so a set's iteration order changes from run to run.
Propagation once took the first of several keys of a word that matched seeds of different labels (``горка``: the
stem ``горк`` of a place ``Горки``, the form ``горка`` of a person ``Горка``), so the same transcript could be masked
differently in two runs. Each check runs in fresh interpreters with different hash salts and compares.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_INDEX = """
from intake.pseudonymise import propagate
from intake.pseudonymise.detectors.tokens import tokenize
toks = tokenize("Горки Горка горка горкой Горкам")
index = propagate._Index()
index.add(toks[0], "LOCATION")  # keys горк, горки
index.add(toks[1], "PERSON")  # keys горк (taken), горка, горку, ...
print([index.match(t) for t in toks[2:]])  # горка: горк -> LOCATION, горка -> PERSON
"""

_DETECT = """
from intake.pseudonymise import detect
texts = [
    ("ru", "Адвокат Горка сказал, что его отправили в колонию Горки. горки маленький город, а Горке всё равно."),
    ("ru", "адвокат горка сказал что его отправили в колонию горки горки маленький город а горке всё равно"),
]
print([[(s.start, s.end, s.label, s.reason) for s in detect(t, lang)] for lang, t in texts])
"""


def _outputs(code: str) -> set[str]:
    outs = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                              check=True, timeout=300)
        outs.add(done.stdout)
    return outs


def test_propagation_index_answers_the_same_under_every_hash_salt() -> None:
    outputs = _outputs(_INDEX)
    assert len(outputs) == 1
    # The most specific key decides: the whole form ``горка`` of the person, not the stem ``горк`` of the place.
    assert outputs.pop().startswith("[('PERSON', 'inflection')")


def test_detect_answers_the_same_under_every_hash_salt() -> None:
    assert len(_outputs(_DETECT)) == 1
