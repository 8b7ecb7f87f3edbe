// The workspace page: worklist and review. Every decision goes to the server, which calls the library.
import { ApiError, get, post } from './api.js';
import { MARKS, offsetIn, segmentNode } from './render.js';

const $ = (id) => document.getElementById(id);
const state = { view: null, order: [], current: -1, loop: null, carried: null, selection: null };

function notice(text, error = false) {
  $('notice').textContent = text;
  $('notice').className = error ? 'error' : '';
}

// Locking forgets everything the page was shown: the worklist, the transcript, the notices and the audio leave
// the DOM and the script's state, so nobody at the unattended machine can read them back (developer tools,
// removing 'hidden'). Only the locked message stays.
function showLocked(reason) {
  const player = $('player');
  if (player) { player.pause(); player.removeAttribute('src'); player.load(); }
  Object.assign(state, { view: null, order: [], current: -1, loop: null, carried: null, selection: null });
  window.getSelection()?.removeAllRanges();
  const locked = $('locked');
  locked.hidden = false;
  locked.textContent = `The vault is locked (${reason}). Nothing more can be read here: close this window `
    + "and start 'intake workspace' again to continue.";
  document.body.replaceChildren(locked);
  document.body.dataset.locked = 'yes';
}

async function guarded(fn) {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ApiError && err.status === 423) showLocked(err.message);
    else notice(`${err.message}${err.hint ? ` (${err.hint})` : ''}`, true);
    return null;
  }
}

// --- worklist -------------------------------------------------------------------------------------------------

async function showWorklist() {
  const data = await guarded(() => get('/api/worklist'));
  if (!data) return;
  $('review').hidden = true;
  $('worklist').hidden = false;
  $('title').textContent = 'Worklist';
  $('progress').textContent = '';
  const body = $('worklist-table').querySelector('tbody');
  body.replaceChildren();
  for (const t of data.transcripts) {
    const row = document.createElement('tr');
    const decided = t.progress ? `${t.progress.decided} of ${t.progress.total} decided` : 'not planned yet';
    for (const text of [t.interview, `v${t.version}`, t.status, decided, t.audio ? 'yes' : 'no audio']) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    const link = document.createElement('a');
    link.href = `#/t/${t.id}`;
    link.textContent = t.planned ? 'Review' : 'Run intake pseudonymise first';
    if (!t.planned) link.removeAttribute('href');
    const cell = document.createElement('td');
    cell.append(link);
    row.append(cell);
    body.append(row);
  }
}

// --- review ---------------------------------------------------------------------------------------------------

function fillSelect(select, options) {
  select.replaceChildren(...options.map(([value, text]) => {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  }));
}

async function showTranscript(tid) {
  const started = performance.now();
  const view = await guarded(() => get(`/api/transcripts/${tid}`));
  if (!view) return;
  state.view = view;
  $('worklist').hidden = true;
  $('review').hidden = false;
  $('blockers').hidden = true;
  $('title').textContent = `${view.interview} v${view.version} (${view.status})`;
  fillSelect($('relabel'), view.labels.map((l) => [l, l]));
  fillSelect($('add-label'), view.labels.map((l) => [l, l]));
  fillSelect($('kind'), view.kinds.map((k) => [k, k]));
  fillMerge(view.entities);
  const show = $('show-preview').checked;
  const frag = document.createDocumentFragment();
  for (const seg of view.segments) frag.append(segmentNode(seg, show, Boolean(view.audio)));
  $('segments').replaceChildren(frag);
  $('player').hidden = !view.audio;
  $('no-audio').hidden = Boolean(view.audio);
  if (view.audio) $('player').src = view.audio;
  else $('player').removeAttribute('src');
  rebuildOrder();
  forgetSelection();
  select(state.order.findIndex((id) => itemById(id).decision === 'suggested'));
  progress(view.progress);
  notice(state.carried || '');
  state.carried = null;
  document.body.dataset.ready = String(Math.round(performance.now() - started));
}

function itemById(id) {
  const seg = state.view.segments.find((s) => s.items.some((i) => i.id === id));
  return seg ? seg.items.find((i) => i.id === id) : null;
}

function rebuildOrder() {
  state.order = state.view.segments.flatMap((s) => s.items.map((i) => i.id));
}

function progress(p) {
  $('progress').textContent = `${p.decided} of ${p.total} decided`;
}

function select(index) {
  document.querySelectorAll('mark.current').forEach((m) => m.classList.remove('current'));
  if (index < 0 || index >= state.order.length) {
    state.current = -1;
    $('current').textContent = 'No item selected';
    return;
  }
  state.current = index;
  const id = state.order[index];
  const item = itemById(id);
  const mark = document.querySelector(`mark[data-id="${CSS.escape(id)}"]`);
  if (mark) {
    mark.classList.add('current');
    mark.scrollIntoView({ block: 'center' });
  }
  $('current').textContent = `Item ${index + 1} of ${state.order.length}: ${item.label} "${item.original}" `
    + `(${MARKS[item.decision]}${item.uncertain ? ', uncertain' : ''}) \u2192 ${item.replacement}`;
  $('relabel').value = item.label;
}

function currentItem() {
  return state.current >= 0 ? itemById(state.order[state.current]) : null;
}

function fillMerge(entities) {
  fillSelect($('merge'), entities.map((e) => [e.key, `${e.code} ${e.label} \u2014 ${e.name}`]));
}

function applyChange(change) {
  if (change.entities) fillMerge(change.entities);
  const show = $('show-preview').checked;
  for (const seg of change.segments) {
    state.view.segments[seg.i] = seg;
    $(`seg-${seg.i}`).replaceWith(segmentNode(seg, show, Boolean(state.view.audio)));
  }
  const keep = state.order[state.current];
  rebuildOrder();
  progress(change.progress);
  const again = state.order.indexOf(keep);
  select(again >= 0 ? again : Math.min(state.current, state.order.length - 1));
}

async function change(path, data, message) {
  const tid = state.view.id;
  const result = await guarded(() => post(`/api/transcripts/${tid}/${path}`, data));
  if (!result) return null;
  applyChange(result);
  notice(typeof message === 'function' ? message(result) : message);
  return result;
}

async function decide(decision, every) {
  const item = currentItem();
  if (!item) return;
  const pos = state.current;
  const all = every || $('every').checked;
  const r = await change('decide', { item: item.id, decision, every: all }, `${MARKS[decision]}${all ? ' (every occurrence)' : ''}`);
  if (r && decision !== 'relabelled') select(Math.min(pos + 1, state.order.length - 1));
}

async function relabel() {
  const item = currentItem();
  if (item) await change('decide', { item: item.id, decision: 'relabelled', label: $('relabel').value }, 'relabelled');
}

async function merge() {
  const item = currentItem();
  if (item) await change('merge', { item: item.id, target: $('merge').value }, 'merged: every occurrence takes that code');
}

// The last selection in the transcript is remembered: choosing a label or typing aliases moves the focus away.
document.addEventListener('selectionchange', () => {
  const found = liveSelection();
  if (found) {
    state.selection = found;
    const seg = state.view.segments[found.segment];
    $('selected').textContent = `"${seg.text.slice(found.start, found.end)}" (segment ${found.segment + 1})`;
  }
});

function selection() {
  return liveSelection() || state.selection || null;
}

function liveSelection() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const box = range.startContainer.parentElement?.closest('.raw');
  if (!box || box !== range.endContainer.parentElement?.closest('.raw')) return null;
  const start = offsetIn(box, range.startContainer, range.startOffset);
  const end = offsetIn(box, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { segment: Number(box.dataset.i), start, end };
}

function forgetSelection() {
  state.selection = null;
  $('selected').textContent = 'nothing selected';
}

async function addSelection() {
  const s = selection();
  if (!s) { notice('Select some text in one segment first', true); return; }
  forgetSelection();
  await change('add', { ...s, label: $('add-label').value },
    (r) => `masked; ${r.proposed} other occurrence(s) proposed for a decision`);
}

async function registerSelection() {
  const s = selection();
  if (!s) { notice('Select a name in one segment first', true); return; }
  forgetSelection();
  const aliases = $('aliases').value.split(';').map((a) => a.trim()).filter(Boolean);
  const r = await change('register', { ...s, kind: $('kind').value, aliases }, (x) => `registered; ${x.masked} occurrence(s) masked`);
  if (r) $('aliases').value = '';
}

async function undo() {
  await change('undo', {}, 'undone');
}

// --- correcting a segment --------------------------------------------------------------------------------------

function editSegment(index) {
  const seg = state.view.segments[index];
  const row = $(`seg-${index}`);
  const box = row.querySelector('.raw');
  const area = document.createElement('textarea');
  area.className = 'editor';
  area.value = seg.text;
  area.setAttribute('autocomplete', 'off');
  area.setAttribute('spellcheck', 'false');
  area.setAttribute('aria-label', 'Corrected text');
  const save = document.createElement('button');
  save.type = 'button';
  save.textContent = 'Save correction';
  save.className = 'save-correction';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Cancel';
  const wrap = document.createElement('div');
  wrap.append(area, save, cancel);
  box.replaceWith(wrap);
  area.focus();
  cancel.addEventListener('click', () => wrap.replaceWith(box));
  save.addEventListener('click', async () => {
    const r = await guarded(() => post(`/api/transcripts/${state.view.id}/correct`, { segment: index, text: area.value }));
    if (!r) return;
    const lost = r.lost.map((i) => `${i.label} "${i.original}" (${MARKS[i.decision]})`);
    state.carried = `Corrected: new version ${r.version}. ` + (lost.length
      ? `Decisions that could not be carried forward: ${lost.join('; ')}.` : 'Every decision was carried forward.');
    window.location.hash = `#/t/${r.transcript}`;
  });
}

// --- listening ---------------------------------------------------------------------------------------------------

function play(index) {
  const seg = state.view.segments[index];
  const player = $('player');
  if (!state.view.audio) return;
  document.querySelectorAll('.seg.playing').forEach((s) => s.classList.remove('playing'));
  $(`seg-${index}`).classList.add('playing');
  state.loop = { start: seg.start, end: seg.end, index };
  player.playbackRate = Number($('speed').value);
  player.currentTime = seg.start;
  player.play().catch(() => notice('the browser refused to play the audio', true));
}

$('player').addEventListener('timeupdate', () => {
  const p = $('player');
  if (state.loop && $('loop').checked && p.currentTime >= state.loop.end) p.currentTime = state.loop.start;
});
$('speed').addEventListener('change', () => { $('player').playbackRate = Number($('speed').value); });

// --- approval ----------------------------------------------------------------------------------------------------

async function showBlockers() {
  const r = await guarded(() => get(`/api/transcripts/${state.view.id}/blockers`));
  if (!r) return [];
  const list = $('blockers');
  list.replaceChildren(...r.blockers.map((b) => {
    const li = document.createElement('li');
    const go = document.createElement('button');
    go.type = 'button';
    go.className = 'jump';
    go.textContent = b.segment >= 0 ? `Go to segment ${b.segment + 1}` : 'speaker names';
    go.addEventListener('click', () => jump(b));
    li.append(`${{ leak: 'Leak check', residual: 'Residual risk (mask it)', undecided: 'Undecided' }[b.kind] || b.kind}: ${b.text} `, go);
    return li;
  }));
  list.hidden = r.blockers.length === 0;
  notice(r.blockers.length ? `${r.blockers.length} thing(s) block approval` : 'Nothing blocks approval');
  return r.blockers;
}

function jump(b) {
  if (b.item) { select(state.order.indexOf(b.item)); return; }
  const seg = state.view.segments[b.segment];
  const first = seg && seg.items[0];
  if (first) select(state.order.indexOf(first.id));
  else $(`seg-${b.segment}`)?.scrollIntoView({ block: 'center' });
}

async function approve() {
  try {
    await post(`/api/transcripts/${state.view.id}/approve`);
    $('blockers').hidden = true;
    $('title').textContent = `${state.view.interview} v${state.view.version} (approved)`;
    notice('Approved for export');
  } catch (err) {
    if (err instanceof ApiError && err.status === 423) { showLocked(err.message); return; }
    await showBlockers();
    notice(`Not approved: ${err.message}`, true);
  }
}

// --- wiring ----------------------------------------------------------------------------------------------------

const move = (step) => select(Math.max(0, Math.min(state.order.length - 1, state.current + step)));
const clicks = {
  prev: () => move(-1), next: () => move(1), accept: () => decide('accepted', false),
  reject: () => decide('rejected', false), 'relabel-go': relabel, 'merge-go': merge, undo, add: addSelection,
  register: registerSelection, check: showBlockers, approve,
  lock: () => guarded(async () => showLocked((await post('/api/lock')).locked)),
};
for (const [id, fn] of Object.entries(clicks)) $(id).addEventListener('click', fn);
$('show-preview').addEventListener('change', () => {
  document.querySelectorAll('.seg').forEach((s) => s.classList.toggle('hide-preview', !$('show-preview').checked));
});
$('segments').addEventListener('click', (event) => {
  const mark = event.target.closest('mark.item');
  if (mark && window.getSelection().isCollapsed) { select(state.order.indexOf(mark.dataset.id)); return; }
  const play_ = event.target.closest('button.play');
  if (play_) { play(Number(play_.dataset.i)); return; }
  const edit = event.target.closest('button.edit');
  if (edit) editSegment(Number(edit.dataset.i));
});

const KEYS = {
  j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
  a: () => decide('accepted', false), A: () => decide('accepted', true),
  r: () => decide('rejected', false), R: () => decide('rejected', true),
  l: relabel, m: merge, u: undo, '+': addSelection,
  t: () => $('show-preview').click(), o: () => $('loop').click(),
  p: () => { const i = currentItem(); if (i) play(i.segment); },
  e: () => { const i = currentItem(); if (i) editSegment(i.segment); },
};
document.addEventListener('keydown', (event) => {
  if ((event.target instanceof Element && event.target.closest('input, textarea, select')) || event.ctrlKey || event.metaKey || event.altKey) return;
  if (document.body.dataset.locked || $('review').hidden || !state.view) return;
  const fn = KEYS[event.key];
  if (fn) { event.preventDefault(); fn(); }
});

async function route() {
  if (document.body.dataset.locked) return;
  const match = window.location.hash.match(/^#\/t\/([0-9a-f]+)$/);
  if (match) await showTranscript(match[1]);
  else await showWorklist();
}
window.addEventListener('hashchange', route);
setInterval(async () => {
  if (document.body.dataset.locked) return;
  const s = await get('/api/status').catch(() => ({ locked: 'the workspace has stopped' }));
  if (s.locked) showLocked(s.locked);
}, 2000);
route();
