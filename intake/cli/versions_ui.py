"""How the CLI shows transcript versions: what a new version could not take over from the one before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake.cli.common import warn

if TYPE_CHECKING:
    from intake.review.versions import CarryReport


def warn_not_carried(tid: str, report: CarryReport | None) -> None:
    """One warning line per decision of the earlier version that this version does not have."""
    if report is None or not report.not_carried:
        return
    warn(f"{tid}: {len(report.not_carried)} decision(s) of v{report.source_version} ({report.source_id}) could not "
         f"be carried to this version; decide them again ({report.carried} carried):")
    for item in report.not_carried:
        warn(f"  not carried: {item.line()}")
