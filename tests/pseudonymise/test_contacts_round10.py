"""Round 10: web addresses under any country's domain and e-mails whose dots recognition blanked.

Invented rows in several shapes and languages; each mechanism fails without ``web_loose.py``; ordinary
words and sentence ends stay unmasked."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from intake.pseudonymise import detect
from intake.residual import scan

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))


def _masked(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    spans = detect(text, lang)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(part)) if text[i].isalnum())


MASKED = [
    # a written address under a country code the usual list lacks, with and without a path
    ("ru", "заказ через сайт pekarnya-tbilisi.ge/zakaz, там всё есть", "pekarnya-tbilisi.ge/zakaz"),
    ("en", "our office page is nordlaw.ca and the phone is on it", "nordlaw.ca"),
    ("be", "збор ідзе на dapamoha-almaty.kz/fond, пішыце", "dapamoha-almaty.kz/fond"),
    # the same with the dot blanked, a path after it
    ("ru", "ссылка  pekarnya-tbilisi ge/zakaz  там", "pekarnya-tbilisi ge/zakaz"),
    ("en", "the form is at  nordlaw ca/intake  fill it in", "nordlaw ca/intake"),
    # an e-mail whose dots were blanked: the local part in several words, a country or generic domain
    ("en", "her address  j kowalczyk@nordlaw ca  anyone can write", "j kowalczyk@nordlaw ca"),
    ("en", "write to support for lida kids@proton me soon", "support for lida kids@proton me"),
    ("ru", "почта  a sidarenka@hromada kz  пишите", "a sidarenka@hromada kz"),
    ("be", "пошта  ales vinnik@gmail com  пішыце", "ales vinnik@gmail com"),
]


@pytest.mark.parametrize(("lang", "text", "part"), MASKED)
def test_country_domains_and_blanked_addresses_are_masked(lang: str, text: str, part: str) -> None:
    assert _masked(text, lang, part), [(s.label, s.text) for s in detect(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "we checked in/out twice that week", "in/out"),
        ("en", "we stayed home.So we left early", "home.So"),
        ("ru", "это было в 2020 г.Минск помнит", "г.Минск"),
        ("en", "the parcel went to her and she wrote back", "to her"),
        ("en", "kira@gmail it was late", "it was"),  # a blanked code must be no English word
    ],
)
def test_words_stay_unmasked(lang: str, text: str, word: str) -> None:
    start = text.index(word)
    spans = [s for s in detect(text, lang) if s.label in ("URL", "EMAIL")]
    assert not any(s.start < start + len(word) and start < s.end for s in spans), [(s.label, s.text) for s in spans]


def test_local_part_stops_at_words_that_announce_an_address() -> None:
    text = "you can write to  mail for olga@proton me  any time"
    emails = [s.text for s in detect(text, "en") if s.label == "EMAIL"]
    assert emails == ["mail for olga@proton me"] or emails == ["for olga@proton me"]


def test_residual_gate_sees_a_country_address_with_a_path() -> None:
    hits = {(h.kind, h.text) for h in scan("заказ на pekarnya-tbilisi.ge/zakaz вечером", "ru")}
    assert ("url", "pekarnya-tbilisi.ge/zakaz") in hits


def test_generated_country_addresses_are_masked_and_decoys_left() -> None:
    """``bench/contact_country_kinds.py``: addresses under any country's domain, half with their dots blanked,
    masked whole at the goal rate in every language, plain and lower-case; look-alike decoys never touched."""
    from contact_renderings import evaluate, renderings

    for lower in (False, True):
        table = evaluate(renderings(40, 10, ("URL_CC", "EMAIL_CC", "WEB_DECOY"), lower))
        for kind, rows in table.items():
            for lang, row in rows.items():
                if kind == "WEB_DECOY":
                    assert row["detect"] == 0.0, (lower, kind, lang, row)
                else:
                    assert row["detect"] >= 0.99, (lower, kind, lang, row)
