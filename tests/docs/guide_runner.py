"""Reads every ``intake …`` command line shown in the guides and README, and turns each into arguments.

A line is taken from fenced blocks (``$ `` prompts, ``( umask 077 && … )`` and ``printf … |`` pipes included)
and from inline code spans that start with ``intake``. Placeholders stand for what the reader has at that
point: ``ID`` (a transcript; a recording after ``recordings``), ``NEW_ID``, ``REC``, the example ids
``0123456789ab`` and ``f7931f``, ``age1…``. A line with ``…`` (elided arguments) or ``a|b`` alternatives
names commands only: each named command must exist (its ``--help`` runs).
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

FENCE = re.compile(r"```[^\n]*\n(.*?)```", re.S)
INLINE = re.compile(r"`((?:printf [^`|]+\| )?intake [^`]+)`")
START = re.compile(r"^(?:\$ )?(?:\(umask 077 && )?(?:printf .+? \| )?intake(?=\s|$)")  # not "intake: error:"


@dataclass(frozen=True)
class Shown:
    doc: str
    line: str  # as printed in the document
    fails: bool = False  # a "$ " session line whose shown output is an "intake: error:" (a refusal, on purpose)

    @property
    def names_only(self) -> bool:
        return "…" in self.line.replace("age1…", "") or "|" in self.command_part

    @property
    def command_part(self) -> str:
        text = self.line.removeprefix("$ ")
        text = re.sub(r"^\(umask 077 && (.*)\)$", r"\1", text)
        return text.split(" | ", 1)[1] if text.startswith("printf ") else text

    @property
    def stdin(self) -> str | None:
        found = re.match(r"^printf '([^']*)' \| ", self.line)
        return found.group(1).replace("\\n", "\n") if found else None

    def argv(self) -> list[str]:
        """The words after ``intake``, as a shell would split them (comments and a redirection dropped)."""
        words = shlex.split(self.command_part, comments=True)
        if ">" in words:
            words = words[:words.index(">")]
        return words[1:]

    def alternatives(self) -> list[list[str]]:
        """``keys add|passwd|rotate|recovery create`` -> each command path; ``field ingest …`` -> its path."""
        words = self.command_part.split("…")[0].split()[1:]
        words = [w for w in words if not w.startswith("-") and not w.startswith("~") and w != "ID"]
        bar = next((i for i, w in enumerate(words) if "|" in w), None)
        if bar is not None:
            head, rest = words[:bar], " ".join(words[bar:])
            return [[*head, *alt.split()] for alt in rest.split("|")]
        return [words[:2] if len(words) > 1 and words[1].isalpha() else words[:1]]


def shown_commands(paths: list[Path]) -> list[Shown]:
    """Every command line in document order."""
    found: list[Shown] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        spans: list[tuple[int, str]] = []
        for block in FENCE.finditer(text):
            spans += _block_lines(block.start(1), block.group(1))
        outside = FENCE.sub(lambda m: " " * len(m.group(0)), text)
        spans += [(m.start(), m.group(1), False) for m in INLINE.finditer(outside)]
        found += [Shown(path.name, line, fails) for _, line, fails in sorted(spans)]
    return found


def _block_lines(offset: int, block: str) -> list[tuple[int, str, bool]]:
    """Command lines of one fenced block; a "$ " line fails on purpose when its output shows an error."""
    lines = block.splitlines(keepends=True)
    out: list[tuple[int, str, bool]] = []
    for index, line in enumerate(lines):
        if START.match(line.strip()):
            following = []
            for later in lines[index + 1:]:
                if later.startswith("$ ") or START.match(later.strip()):
                    break
                following.append(later)
            fails = line.startswith("$ ") and any(f.startswith("intake: error:") for f in following)
            out.append((offset, line.strip(), fails))
        offset += len(line)
    return out
