"""Policy presets, replacement texts and the JSON form."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.errors import InputError, UsageError
from intake.pseudonymise.policy import ACTIONS, PRESETS, Policy, preset
from intake.pseudonymise.spans import LABELS

STRICT = {
    "PERSON": "pseudonym", "LOCATION": "generalise", "ORGANISATION": "pseudonym", "DETENTION": "generalise",
    "DATE": "generalise", "PHONE": "redact", "EMAIL": "redact", "HANDLE": "redact", "URL": "redact",
    "ID_NUMBER": "redact", "AGE_OR_SENTENCE": "generalise",
}
ARCHIVE = {**STRICT, "LOCATION": "pseudonym", "DETENTION": "pseudonym", "AGE_OR_SENTENCE": "keep"}


def test_presets_match_the_documented_table() -> None:
    assert dict(preset().actions) == STRICT
    assert preset().name == "strict"
    assert dict(preset("archive").actions) == ARCHIVE
    for policy in PRESETS.values():
        assert set(policy.actions) == set(LABELS)
        assert set(policy.actions.values()) <= set(ACTIONS)


def test_unknown_preset_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        preset("lenient")


def test_redaction_mark_per_language() -> None:
    p = preset()
    assert p.redaction_mark("ru") == "[ИЗЪЯТО]"
    assert p.redaction_mark("en") == "[REDACTED]"
    assert p.redaction_mark("be") == "[ВЫДАЛЕНА]"
    assert p.redaction_mark("xx") == "[REDACTED]"


def test_generalisation_texts() -> None:
    p = preset()
    assert p.generalised("DETENTION", "ИК-4", "ru") == "[место заключения]"
    assert p.generalised("DETENTION", "IK-4", "en") == "[place of detention]"
    assert p.generalised("LOCATION", "Гомеле", "ru", override="город в Беларуси") == "[город в Беларуси]"
    assert p.generalised("DATE", "мае двадцать первого года", "ru") == "[2021]"
    assert p.generalised("DATE", "одиннадцатого августа", "ru") == "[дата]"
    assert p.generalised("DATE", "August 2020", "en") == "[2020]"


def test_unnamed_label_is_redacted() -> None:
    assert Policy("tiny", {"PERSON": "keep"}).action_for("PHONE") == "redact"


def test_policy_round_trips_through_json() -> None:
    edited = Policy("mine", {**STRICT, "DATE": "keep"}, {"ru": "[СКРЫТО]", "en": "[X]"})
    again = Policy.from_json(edited.to_json())
    assert again == edited
    assert json.loads(edited.to_json())["version"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"version": 2, "name": "x", "actions": {}}',
        '{"version": 1, "name": "x"}',
        '{"version": 1, "name": "x", "actions": {"PERSON": "burn"}}',
        '{"version": 1, "name": "x", "actions": {"ALIEN": "keep"}}',
        '{"version": 1, "name": "x", "actions": ["PERSON"]}',
        '{"version": 1, "name": "x", "actions": {}, "redaction": 5}',
        "[" * 100_000,
    ],
)
def test_bad_policy_files_raise_input_error(text: str) -> None:
    with pytest.raises(InputError):
        Policy.from_json(text)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["version", "name", "actions", "redaction", "generalisation"]), _json))
def test_random_policy_json_gives_a_policy_or_a_clean_error(data: dict[str, object]) -> None:
    try:
        policy = Policy.from_json(json.dumps(data))
    except InputError:
        return
    assert set(policy.actions.values()) <= set(ACTIONS)
