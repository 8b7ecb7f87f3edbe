"""Moving decided spans to a new transcript version (plain data), and short id prefixes."""

from __future__ import annotations

import pytest

from intake.errors import UsageError
from intake.pseudonymise.carry import Timed, relocate
from intake.vault.ids import resolve_prefix

OLD = [Timed(0.0, 5.0, "Вера и Вера пришли."), Timed(5.0, 9.0, "Потом пришёл Соколов.")]


@pytest.mark.parametrize(("new", "segment", "start", "surface", "expected"), [
    # same text, same count: the n-th occurrence moves to the n-th, wherever the segments now break
    ([Timed(0.0, 2.0, "Вера и"), Timed(2.0, 9.0, "Вера пришли. Потом пришёл Соколов.")], 0, 7, "Вера", (1, 0)),
    ([Timed(0.0, 9.0, "Вера и Вера пришли. Потом пришёл соколов.")], 1, 13, "Соколов", (0, 33)),
    # more occurrences now: only the segments overlapping the old one in time are searched
    ([Timed(0.0, 5.0, "Вера и Вера пришли."), Timed(5.0, 9.0, "Вера. Потом пришёл Соколов.")], 0, 7, "Вера",
     (0, 7)),
    # the word is gone, or there is no way to tell which occurrence it was: not carried
    ([Timed(0.0, 5.0, "Вера пришла."), Timed(5.0, 9.0, "Потом пришёл громко.")], 1, 13, "Соколов", None),
    ([Timed(0.0, 9.0, "Вера и Вера и Вера пришли. Потом пришёл Соколов.")], 0, 7, "Вера", None),
    ([Timed(0.0, 9.0, "Вера и Вера пришли.")], 0, 3, "Вера", None),  # no occurrence at that offset
])
def test_relocate(new: list[Timed], segment: int, start: int, surface: str,
                  expected: tuple[int, int] | None) -> None:
    assert relocate(OLD, new, segment, start, surface) == expected


def test_prefixes_resolve_like_git() -> None:
    ids = ["f7931fa00001", "f7931fb00002", "0a1b2c3d4e5f"]
    assert resolve_prefix("transcript", "F7931FB", ids) == "f7931fb00002"
    assert resolve_prefix("transcript", "0a1b2c3d4e5f", ids) == "0a1b2c3d4e5f"
    assert resolve_prefix("transcript", "0a1", ids) is None  # shorter than four digits
    assert resolve_prefix("transcript", "0a1b%", ids) is None  # not hex
    assert resolve_prefix("transcript", "beef", ids) is None
    with pytest.raises(UsageError, match="transcript id prefix 'f793' is ambiguous: f7931fa00001, f7931fb00002"):
        resolve_prefix("transcript", "f793", ids)
