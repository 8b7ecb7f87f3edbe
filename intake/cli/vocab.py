"""The one vocabulary on the command line: labels and kinds in any case, with their aliases."""

from __future__ import annotations

from typing import Any

import click

from intake.errors import UsageError
from intake.pseudonymise.vocabulary import parse_label


class LabelParam(click.ParamType[str, Any]):
    """``--label``/``--kind``: ``DETENTION``, ``detention``, ``prison`` and ``PRISON`` are one label."""

    name = "label"

    def __init__(self, *, names_only: bool = False) -> None:
        self.names_only = names_only

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            return parse_label(str(value), names_only=self.names_only)
        except UsageError as err:
            self.fail(f"{err.message}: {value!r}; {err.hint}", param, ctx)


LABEL = LabelParam()
KIND = LabelParam(names_only=True)
