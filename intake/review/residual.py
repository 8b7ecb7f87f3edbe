"""The residual-risk gate: the independent scanner over anonymised text, before approval and before export.

:func:`intake.residual.scan` shares no code with the detectors, so what they miss is not missed twice. It
runs on the latest anonymised text of every segment (what would be exported). Each hit is resolved one by
one, in one of two ways:

1. **masked**: a plan item is added over the hit (decision ``added``, label by kind or the steward's
   choice, widened over any item it touches) and the plan is applied again (a new anonymised version);
   an added item survives re-runs of ``pseudonymise`` like any steward decision;
2. **released**: a :class:`~intake.pseudonymise.releases.Release` of kind ``residual`` for that occurrence
   (transcript, segment, offsets in the raw segment, text) with the steward's reason, stored encrypted
   with its transcript and audited as ``release.residual`` (id, transcript, segment, kind: never the text
   or the reason). A release matches only the same text at the same raw offsets, so when the text there
   changes the hit gates again.

Hit ids are ``SEGMENT.N``: the N-th hit (1-based, by position) the scan finds in that segment of the latest
anonymised version, released hits included. They stay valid until the anonymised text changes; resolve
several hits against one listing by naming them all in one call.

Hits are shown with their context on the steward's terminal (error messages, ``intake residual``) and
nowhere else: audit rows carry ids, segments, kinds and counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from intake.errors import RefusedError, ResidualRiskError, UsageError
from intake.review.releases import load_keeps, load_residual_releases, save_residual_releases_in_tx
from intake.review.store import latest_anonymised_segments, require_plan
from intake.transcripts.store import segment_texts, speaker_names, transcript_language
from intake.vault.open import Vault

CONTEXT_CHARS = 30
# The label a masked hit gets unless the steward names one; overlapping hits take the first label listed here.
LABEL_FOR_KIND = {"calling-code": "PHONE", "email": "EMAIL", "url": "URL", "handle": "HANDLE",
                  "spoken-contact": "HANDLE", "iban": "ID_NUMBER", "digits": "ID_NUMBER", "capitalised": "PERSON"}
_LABEL_ORDER = ("PHONE", "EMAIL", "URL", "HANDLE", "ID_NUMBER", "PERSON")


@dataclass(frozen=True)
class ResidualFinding:
    """One scanner hit in a segment's anonymised text; ``raw_start`` None: it touches a replacement."""

    id: str
    segment: int
    kind: str
    text: str
    start: int
    end: int
    raw_start: int | None
    context: str

    @property
    def raw_end(self) -> int | None:
        return None if self.raw_start is None else self.raw_start + len(self.text)

    def line(self) -> str:
        """How the steward's terminal shows it (identifying context: never log it)."""
        where = f"speaker {self.id.split('.', 1)[0]}" if self.segment < 0 else f"segment {self.segment}"
        return f"{self.id} {where}: {self.kind}: …{self.context}…"


@dataclass
class ResidualCheck:
    """The hits still unresolved, and how many were released."""

    left: list[ResidualFinding] = field(default_factory=list)
    released: int = 0


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT_CHARS):start]
    return f"{left}[[{text[start:end]}]]{text[end:end + CONTEXT_CHARS]}".replace("\n", " ")


def _raw_offset(replacements: Sequence[tuple[int, int, int, int]], start: int, end: int) -> int | None:
    """Where anonymised ``start`` lies in the raw text; None when [start, end) touches a replacement."""
    shift = 0
    for old_start, old_end, new_start, new_end in replacements:
        if new_start < end and start < new_end:
            return None
        if new_end <= start:
            shift += (old_end - old_start) - (new_end - new_start)
    return start + shift


def _mappings(vault: Vault, tid: str, stored: Sequence[str]) -> list[list[tuple[int, int, int, int]] | None]:
    """Per segment, the plan's replacements when the stored anonymised text is the plan applied (else None)."""
    from intake.pseudonymise.apply import apply_items

    plan, raw = require_plan(vault, tid), segment_texts(vault, tid)
    out: list[list[tuple[int, int, int, int]] | None] = []
    for index, text in enumerate(stored):
        done = apply_items(raw[index], plan.for_segment(index)) if index < len(raw) else None
        if done is None or done.text != text:
            out.append(None)
        else:
            out.append([(r.old_start, r.old_end, r.new_start, r.new_end) for r in done.replacements])
    return out


def scan_transcript(vault: Vault, tid: str) -> list[ResidualFinding]:
    """Every scanner hit in the latest anonymised version of ``tid``, released or not."""
    from intake.residual import scan

    stored = latest_anonymised_segments(vault, tid)
    if stored is None:
        raise RefusedError(f"transcript {tid} has no anonymised version", hint=f"run 'intake pseudonymise {tid}'")
    texts = [s.text for s in stored]
    language = transcript_language(vault, tid)
    found: list[ResidualFinding] = []
    for index, (text, mapping) in enumerate(zip(texts, _mappings(vault, tid, texts), strict=True)):
        for n, hit in enumerate(scan(text, language), 1):
            raw = None if mapping is None else _raw_offset(mapping, hit.start, hit.end)
            found.append(ResidualFinding(f"{index}.{n}", index, hit.kind, hit.text, hit.start, hit.end, raw,
                                         _context(text, hit.start, hit.end)))
    return found


def scan_speakers(vault: Vault, tid: str) -> list[ResidualFinding]:
    """Every scanner hit in ``tid``'s speaker names (ids ``S2.1``, segment -1): never released, only renamed."""
    from intake.residual import scan

    language = transcript_language(vault, tid)
    found: list[ResidualFinding] = []
    for label, name in sorted(speaker_names(vault, tid).items()):
        found += [ResidualFinding(f"{label}.{n}", -1, hit.kind, hit.text, hit.start, hit.end, None,
                                  _context(name, hit.start, hit.end)) for n, hit in enumerate(scan(name, language), 1)]
    return found


def residual_check(vault: Vault, tid: str) -> ResidualCheck:
    """The residual-risk check of ``tid``: hits left after the steward's releases.

    A hit inside an occurrence kept in review (``release.keep``, itself a per-occurrence release with a
    reason) is released too: the steward decided on exactly that text there.
    """
    releases = {(r.segment, r.start, r.text) for r in load_residual_releases(vault, tid)}
    kept = [(k.segment, k.start or 0, k.end or 0) for k in load_keeps(vault, tid)]
    check = ResidualCheck(left=scan_speakers(vault, tid))
    for f in scan_transcript(vault, tid):
        if f.raw_start is not None and ((f.segment, f.raw_start, f.text) in releases or any(
                seg == f.segment and start <= f.raw_start and (f.raw_end or 0) <= end for seg, start, end in kept)):
            check.released += 1
        else:
            check.left.append(f)
    return check


def require_no_residual(vault: Vault, tid: str) -> int:
    """Refuse (:class:`ResidualRiskError`) while ``tid`` has an unresolved hit; the number released."""
    check = residual_check(vault, tid)
    if check.left:
        raise ResidualRiskError(f"transcript {tid}:", [f.line() for f in check.left], [tid])
    return check.released


def _chosen(vault: Vault, tid: str, ids: Iterable[str]) -> list[ResidualFinding]:
    left = {f.id: f for f in residual_check(vault, tid).left}
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        raise UsageError("name at least one hit id", hint=f"'intake residual {tid}' lists them")
    for hit_id in wanted:
        if hit_id not in left:
            raise UsageError(f"no unresolved residual-risk hit has the id {hit_id}",
                             hint=f"list them again with 'intake residual {tid}' (ids change when the text does)")
    if any(left[i].segment < 0 for i in wanted):
        raise UsageError("a speaker name cannot be masked or released",
                         hint=f"rename the speaker by role or code: 'intake speakers {tid} --names-from -'")
    return [left[i] for i in wanted]


def _label(findings: Sequence[ResidualFinding]) -> str:
    labels = {LABEL_FOR_KIND[f.kind] for f in findings}
    return next(label for label in _LABEL_ORDER if label in labels)


def _groups(findings: Sequence[ResidualFinding]) -> list[list[ResidualFinding]]:
    """Hits of one segment that overlap, grouped (one mask each)."""
    groups: list[list[ResidualFinding]] = []
    for f in sorted(findings, key=lambda f: (f.segment, f.raw_start or 0)):
        last = groups[-1] if groups else None
        if last and last[-1].segment == f.segment and (f.raw_start or 0) < max(g.raw_end or 0 for g in last):
            last.append(f)
        else:
            groups.append([f])
    return groups


def mask_findings(vault: Vault, tid: str, ids: Iterable[str], label: str | None = None) -> int:
    """Mask these hits: a plan item over each (overlapping hits: one), applied again; the new version."""
    from intake.pseudonymise.plan import cover
    from intake.pseudonymise.spans import LABELS
    from intake.review.planning import store_steward_change, transcript_planner

    if label is not None and label not in LABELS:
        raise UsageError("unknown label", hint=f"use one of: {', '.join(LABELS)}")
    findings = _chosen(vault, tid, ids)
    if any(f.raw_start is None for f in findings):
        raise RefusedError("the anonymised text no longer matches its plan", hint=f"run 'intake pseudonymise {tid}'")
    plan, texts, planner = require_plan(vault, tid), segment_texts(vault, tid), transcript_planner(vault, tid)
    for group in _groups(findings):
        start = min(f.raw_start or 0 for f in group)
        end = max(f.raw_end or 0 for f in group)
        plan = cover(plan, group[0].segment, texts[group[0].segment], start, end, label or _label(group), planner)
    return store_steward_change(vault, tid, plan, "residual.mask", hits=len(findings),
                                segments=len({f.segment for f in findings}))


def release_findings(vault: Vault, tid: str, ids: Iterable[str], reason: str) -> int:
    """Release these hits, each as its own occurrence with ``reason`` (audited); the number released."""
    from intake.pseudonymise.releases import Release

    if not reason.strip():
        raise UsageError("a release needs a reason", hint="add --reason WHY (kept encrypted in the vault)")
    findings = _chosen(vault, tid, ids)
    if any(f.raw_start is None for f in findings):
        raise RefusedError("a hit that touches a replacement cannot be released", hint="mask it instead (--mask ID)")
    releases = [(Release.residual(tid, f.segment, f.raw_start or 0, f.raw_end or 0, f.text, reason), f.kind)
                for f in findings]
    with vault.transaction():
        return save_residual_releases_in_tx(vault, tid, releases, segment_texts(vault, tid))
