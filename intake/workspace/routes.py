"""The workspace's HTTP API: every route calls the same library functions as the CLI (intake.review.*).

All handlers are ``async`` on purpose: they run on the event loop's thread, the thread that opened the
vault, one at a time (SQLite connections are not shared across threads, and a steward is one user).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from intake.errors import IntakeError, NotFoundError, UsageError
from intake.pseudonymise.spans import LABELS
from intake.workspace import views
from intake.workspace.state import Workspace, WorkspaceLocked

MAX_BODY = 256 * 1024
Handler = Callable[[Request, Workspace], Awaitable[Response]]
KINDS = ("person", "place", "org", "prison")


def _error(err: IntakeError) -> JSONResponse:
    status = 423 if isinstance(err, WorkspaceLocked) else 404 if isinstance(err, NotFoundError) else 409
    return JSONResponse({"error": err.message, "hint": err.hint}, status_code=status)


def _wrap(ws: Workspace, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request, ws)
        except IntakeError as err:
            return _error(err)
        except Exception as exc:  # never echo the message: it could hold interview text
            return JSONResponse({"error": f"internal error ({type(exc).__name__})"}, status_code=500)

    return endpoint


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise UsageError("the request is too large")
    try:
        data = json.loads(raw or b"{}")
    except ValueError as exc:
        raise UsageError("the request is not JSON") from exc
    if not isinstance(data, dict):
        raise UsageError("the request is not a JSON object")
    return data


def _int(data: dict[str, Any], name: str) -> int:
    value = data.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise UsageError(f"{name} must be an integer")
    return value


def _str(data: dict[str, Any], name: str, choices: tuple[str, ...] | None = None) -> str:
    value = data.get(name)
    if not isinstance(value, str) or (choices is not None and value not in choices):
        raise UsageError(f"{name} is missing or not allowed")
    return value


async def status(request: Request, ws: Workspace) -> Response:
    return JSONResponse({"locked": ws.locked_reason})


async def worklist(request: Request, ws: Workspace) -> Response:
    from intake.ingest.recordings import audio_deleted_ids
    from intake.review.store import load_plan
    from intake.transcripts.store import list_transcripts

    vault = ws.require()
    ws.flush()
    latest: dict[str, Any] = {}
    for info in list_transcripts(vault):
        latest[info.lineage] = info  # ordered by version: the last one wins (per recording or imported text)
    deleted = audio_deleted_ids(vault)
    rows = [views.worklist_row(t, load_plan(vault, t.id), t.recording_id not in deleted) for t in latest.values()]
    return JSONResponse({"transcripts": sorted(rows, key=views.worklist_order)})


async def transcript(request: Request, ws: Workspace) -> Response:
    from intake.ingest.recordings import audio_deleted_ids
    from intake.review.store import require_plan
    from intake.review.workflow import transcript_segments
    from intake.transcripts.store import get_transcript_info, speaker_names

    vault, tid = ws.require(), request.path_params["tid"]
    ws.flush(keep=tid)
    info = get_transcript_info(vault, tid)
    plan = require_plan(vault, tid)
    segments, _ = transcript_segments(vault, tid, raw=True)  # audited as a raw read, like 'show --raw'
    ws.raw[tid] = segments
    audio = None if info.recording_id in audio_deleted_ids(vault) else f"/api/audio/{tid}"
    view = views.transcript_view(info, segments, plan, speaker_names(vault, tid), audio=audio)
    view["labels"] = list(LABELS)
    view["kinds"] = list(KINDS)
    view["entities"] = _entities(ws, plan)
    view["undo"] = len(ws.undo.get(tid, []))
    return JSONResponse(view)


def _entities(ws: Workspace, plan: Any) -> list[dict[str, Any]]:
    from intake.review.edits import merge_targets

    targets = merge_targets(ws.require(), plan)
    return [{"key": k, "label": label, "name": name, "code": code or "(no code yet)"}
            for k, (label, name, code) in sorted(targets.items(), key=lambda e: (e[1][0], str(e[1][2]), e[1][1]))]


async def _changed(ws: Workspace, tid: str, old: Any, new: Any, **extra: Any) -> Response:
    from intake.transcripts.store import speaker_names

    vault = ws.require()
    segs = ws.segments(tid)
    names = speaker_names(vault, tid)
    changed = [views.segment_view(n, segs[n], new.for_segment(n), names) for n in views.changed_segments(old, new)]
    return JSONResponse({"segments": changed, "progress": views.progress(new), "status": "draft",
                         "undo": len(ws.undo.get(tid, [])), "entities": _entities(ws, new), **extra})


async def decide(request: Request, ws: Workspace) -> Response:
    from intake.pseudonymise.decisions import decide_every
    from intake.pseudonymise.plan import decide as decide_one
    from intake.pseudonymise.plan import relabel
    from intake.review.edits import save_decisions
    from intake.review.planning import transcript_planner
    from intake.review.store import require_plan

    vault, tid, data = ws.require(), request.path_params["tid"], await _body(request)
    plan = require_plan(vault, tid)
    item = _str(data, "item")
    decision = _str(data, "decision", ("accepted", "rejected", "relabelled"))
    if decision == "relabelled":
        new = relabel(plan, item, _str(data, "label", LABELS), transcript_planner(vault, tid))
    elif data.get("every") is True:
        new, _count = decide_every(plan, item, decision, decided_too=True)  # every occurrence, on purpose
    else:
        new = decide_one(plan, item, decision)
    save_decisions(vault, tid, new, "plan.decide")
    ws.remember(tid, plan)
    return await _changed(ws, tid, plan, new)


async def merge(request: Request, ws: Workspace) -> Response:
    from intake.review.edits import merge_into
    from intake.review.store import require_plan

    vault, tid, data = ws.require(), request.path_params["tid"], await _body(request)
    plan = require_plan(vault, tid)
    new = merge_into(vault, tid, plan, _str(data, "item"), _str(data, "target"))
    ws.remember(tid, plan)
    return await _changed(ws, tid, plan, new)


async def add(request: Request, ws: Workspace) -> Response:
    from intake.pseudonymise.steward import add_selection
    from intake.review.edits import save_decisions
    from intake.review.planning import transcript_planner
    from intake.review.store import require_plan

    vault, tid, data = ws.require(), request.path_params["tid"], await _body(request)
    plan = require_plan(vault, tid)
    new, proposed = add_selection(plan, [s.text for s in ws.segments(tid)], _int(data, "segment"), _int(data, "start"),
                                  _int(data, "end"), _str(data, "label", LABELS), transcript_planner(vault, tid))
    save_decisions(vault, tid, new, "plan.add")
    ws.remember(tid, plan)
    return await _changed(ws, tid, plan, new, proposed=proposed)


async def undo(request: Request, ws: Workspace) -> Response:
    from intake.review.edits import save_decisions
    from intake.review.store import require_plan

    vault, tid = ws.require(), request.path_params["tid"]
    previous = ws.previous(tid)
    if previous is None:
        raise UsageError("nothing to undo in this session")
    plan = require_plan(vault, tid)
    save_decisions(vault, tid, previous, "plan.undo")
    ws.dirty.add(tid)
    return await _changed(ws, tid, plan, previous)


async def correct(request: Request, ws: Workspace) -> Response:
    from intake.review.edits import correct_segment
    from intake.workspace.views import item_view

    vault, tid, data = ws.require(), request.path_params["tid"], await _body(request)
    ws.flush()
    done = correct_segment(vault, tid, _int(data, "segment"), _str(data, "text"))
    ws.undo.pop(tid, None)
    return JSONResponse({"transcript": done.transcript_id, "version": done.version,
                         "lost": [item_view(i) for i in done.lost]})


async def register(request: Request, ws: Workspace) -> Response:
    from intake.review.edits import register_selection
    from intake.review.store import require_plan

    vault, tid, data = ws.require(), request.path_params["tid"], await _body(request)
    texts = [s.text for s in ws.segments(tid)]
    segment, start, end = _int(data, "segment"), _int(data, "start"), _int(data, "end")
    if not 0 <= segment < len(texts) or not 0 <= start < end <= len(texts[segment]):
        raise UsageError("the selection is outside the segment")
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise UsageError("aliases must be a list of texts")
    plan = require_plan(vault, tid)
    _entity, masked = register_selection(vault, tid, texts[segment][start:end], _str(data, "kind", KINDS), aliases)
    ws.remember(tid, plan)
    return await _changed(ws, tid, plan, require_plan(vault, tid), masked=masked)


async def blockers(request: Request, ws: Workspace) -> Response:
    from intake.review.edits import approval_blockers

    vault, tid = ws.require(), request.path_params["tid"]
    ws.dirty.discard(tid)
    found = approval_blockers(vault, tid)
    return JSONResponse({"blockers": [{"kind": b.kind, "segment": b.segment, "text": b.text, "item": b.item_id}
                                      for b in found]})


async def approve(request: Request, ws: Workspace) -> Response:
    from intake.review.edits import approve_decided

    vault, tid = ws.require(), request.path_params["tid"]
    ws.dirty.discard(tid)
    approve_decided(vault, tid)
    return JSONResponse({"status": "approved"})


async def audio(request: Request, ws: Workspace) -> Response:
    from intake.ingest.recordings import get_recording
    from intake.transcripts.run import decrypt_to_memory
    from intake.transcripts.store import get_transcript_info
    from intake.workspace.audio import audio_response, content_type

    vault = ws.require()
    rec_id = get_transcript_info(vault, request.path_params["tid"]).recording_id
    if rec_id is None:
        raise NotFoundError("this transcript has no audio: it was imported from a file")
    rec = get_recording(vault, rec_id)
    if ws.audio is None or ws.audio[0] != rec.id:
        ws.audio = None
        ws.audio = (rec.id, decrypt_to_memory(vault, rec).getvalue())
    return audio_response(ws.audio[1], content_type(rec.container, rec.codec), request.headers.get("range"))


async def lock(request: Request, ws: Workspace) -> Response:
    ws.lock("locked from the page")
    return JSONResponse({"locked": ws.locked_reason})


API: list[tuple[str, Handler, list[str]]] = [
    ("/api/status", status, ["GET"]),
    ("/api/worklist", worklist, ["GET"]),
    ("/api/transcripts/{tid:str}", transcript, ["GET"]),
    ("/api/transcripts/{tid:str}/decide", decide, ["POST"]),
    ("/api/transcripts/{tid:str}/merge", merge, ["POST"]),
    ("/api/transcripts/{tid:str}/add", add, ["POST"]),
    ("/api/transcripts/{tid:str}/undo", undo, ["POST"]),
    ("/api/transcripts/{tid:str}/correct", correct, ["POST"]),
    ("/api/transcripts/{tid:str}/register", register, ["POST"]),
    ("/api/transcripts/{tid:str}/blockers", blockers, ["GET"]),
    ("/api/transcripts/{tid:str}/approve", approve, ["POST"]),
    ("/api/audio/{tid:str}", audio, ["GET"]),
    ("/api/lock", lock, ["POST"]),
]


def api_routes(ws: Workspace) -> list[Route]:
    return [Route(path, _wrap(ws, handler), methods=methods) for path, handler, methods in API]
