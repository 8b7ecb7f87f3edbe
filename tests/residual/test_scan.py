"""The independent residual-risk scanner (intake.residual): table of anonymised text -> hits."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from intake.residual import KINDS, ResidualHit, scan

CASES = [
    (
        "en",
        "People can reach me on plus 375, 2I-1-2-3-4-5-6-7",
        {("calling-code", "plus 375"), ("digits", "375, 2I-1-2-3-4-5-6-7")},
    ),
    ("ru", "Звоните +375 (29) 123-45-67.", {("calling-code", "+375"), ("digits", "375 (29) 123-45-67")}),
    ("ru", "Номер: 29, l23, 45, 6З", {("digits", "29, l23, 45, 6З")}),
    (
        "ru",
        "Пишите ivan точка petrov собака gmail точка ком",
        {("spoken-contact", "собака"), ("spoken-contact", "точка ком")},
    ),
    ("en", "write to anna at proton dot me", {("spoken-contact", "at proton dot")}),
    ("ru", "адрес anna.k@proton.me и @zaichyk_88", {("email", "anna.k@proton.me"), ("handle", "@zaichyk_88")}),
    (
        "ru",
        "канал zaichyk_88 и сайт https://spring96.org/ru",
        {("handle", "zaichyk_88"), ("url", "https://spring96.org/ru")},
    ),
    ("ru", "счёт LT12 1000 0111 0100 1000", {("iban", "LT12 1000 0111 0100 1000")}),
    ("ru", "Потом [PERSON-03] поехала к Мацкевич в [place].", {("capitalised", "Мацкевич")}),
    # spoken and mixed shapes (spoken.py), each invented
    ("be", "нумар тры адзін пяць нуль восем, запішыце", {("spoken-contact", "тры адзін пяць нуль восем")}),
    ("en", "it was five five one, four O, I two", {("spoken-contact", "five five one, four O, I two")}),
    ("ru", "паспорт KH7781204 забрали", {("digits", "KH7781204")}),
    ("en", "on telegram she is zorka dot lis", {("handle", "zorka dot lis")}),
    ("ru", "ник у неё лиса точка рыжая", {("handle", "лиса точка рыжая")}),
    ("en", "instagram zorka.lis has the photos", {("handle", "zorka.lis")}),
    ("ru", "пошта sova сабака wp пл", {("spoken-contact", "сабака")}),
    ("ru", "счёт pl 45 2030 1177 0000 6621", {("iban", "pl 45 2030 1177 0000 6621")}),
    ("ru", "почта дэ эс эт вэ пэ точка пэ эль и всё", {("spoken-contact", "точка пэ эль")}),
    ("en", "write to vera at yandex by please", {("spoken-contact", "at yandex")}),
    ("ru", "ник у неё кира дефис юрист", {("handle", "кира дефис юрист")}),
    ("en", "my handle, I'm dub-vera-hrodna, write", {("handle", "dub-vera-hrodna")}),
    ("be", "спіс ёсць на spring96 org там", {("url", "spring96 org")}),
    ("en", "mail c dot rowe at lindenrow dot co dot uk", {("spoken-contact", "dot uk")}),
    ("en", "the complaint number 4127/2023 was", {("digits", "4127/2023")}),
    # a filler or joiner between dictated groups, lower-case letters recognition writes for digits
    ("ru", "звоните 5744, ну, 6503 вечером", {("digits", "5744, ну, 6503")}),
    ("be", "нумар 6з2, 7оo, 589 і ўсё", {("digits", "6з2, 7оo, 589")}),
    ("be", "нумар 263ii95 і ўсё", {("digits", "263ii95")}),
    # a document series against its first digits, the rest in groups
    ("ru", "вид на жительство FE513 050, польский", {("digits", "FE513 050")}),
    (
        "ru",
        "шестьсот восемь так двести, значит, триста четыре",
        {("spoken-contact", "шестьсот восемь так двести, значит, триста четыре")},
    ),
    # a calling code said digit by digit, where the speaker broke off
    ("en", "her cell, plus three one... no, hang on", {("calling-code", "plus three one")}),
    ("be", "нумар нуль нуль тры сем, а далей не памятаю", {("calling-code", "нуль нуль тры сем")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_scan_table(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    got = {(h.kind, h.text) for h in scan(text, lang)}
    missing = expected - got
    assert not missing, f"missing {missing}; got {got}"


@pytest.mark.parametrize(
    "text",
    [
        "[PERSON-07] said that [place] is far. Her number is [PHONE-01].",
        "Потом [PERSON-03] поехала в [LOCATION-02], её задержал ОМОН, а КГБ молчал.",
        "В 2020 году было 12 человек, в Telegram писали.",
        "Мы жили в Беларуси. I said it was fine in August.",
        "Interviewer: How are you? Respondent: Fine.",
        "штраф 25 000 рублей, суд 12.08.2020, в 2019, 2020 и 2021 годах",
        "on 13 June 2018 there was a trial, a fine of 47,000 roubles",
        "с 05/2021 по 11/2022 он сидел, потом 12/2023",
        "на улице плюс пять, а к вечеру плюс два градуса",
    ],
)
def test_clean_text_has_no_hits(text: str) -> None:
    assert scan(text, "en") == [] or scan(text, "ru") == []


def test_hits_are_text_at_their_offsets_and_sorted() -> None:
    text = "Call +48 600 100 200 or write to ab_cd, Марина knows."
    hits = scan(text, "ru")
    assert hits == sorted(hits)
    for h in hits:
        assert isinstance(h, ResidualHit) and h.kind in KINDS and text[h.start : h.end] == h.text


def test_residual_imports_nothing_of_the_detectors() -> None:
    root = Path(__file__).resolve().parents[2] / "intake" / "residual"
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("intake.pseudonymise"), path
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("intake.pseudonymise") for a in node.names), path
