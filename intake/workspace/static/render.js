// Building the transcript on the page. Items are marked by text (label, decision, code), never by colour alone.
export const MARKS = { suggested: '? undecided', accepted: '\u2713 accepted', rejected: '\u2717 rejected',
  added: '+ added', relabelled: '\u21bb relabelled' };

export function clock(seconds) {
  const m = Math.floor(seconds / 60);
  const s = (seconds - m * 60).toFixed(1).padStart(4, '0');
  return `${String(m).padStart(2, '0')}:${s}`;
}

export function tagOf(item) {
  const parts = [item.label, MARKS[item.decision] || item.decision];
  if (item.uncertain) parts.push('uncertain');
  const shown = item.decision === 'rejected' ? 'kept as is' : `\u2192 ${item.replacement}`;
  return `${parts.join(' \u00b7 ')} ${shown}`;
}

function el(tag, attrs = {}, text = '') {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function rawText(seg) {
  const box = el('div', { class: 'raw', 'data-i': seg.i });
  let pos = 0;
  for (const item of seg.items) {
    if (item.start < pos) continue;
    box.append(seg.text.slice(pos, item.start));
    const cls = `item dec-${item.decision}${item.uncertain ? ' uncertain' : ''}`;
    box.append(el('mark', { class: cls, 'data-id': item.id, 'data-tag': tagOf(item), title: item.source },
      seg.text.slice(item.start, item.end)));
    pos = item.end;
  }
  box.append(seg.text.slice(pos));
  return box;
}

export function segmentNode(seg, showPreview, hasAudio) {
  const row = el('div', { class: `seg${showPreview ? '' : ' hide-preview'}`, id: `seg-${seg.i}`, 'data-i': seg.i });
  const meta = el('div', { class: 'meta' });
  const play = el('button', { type: 'button', class: 'play', 'data-i': seg.i, title: 'Play this segment' },
    `\u25b6 ${clock(seg.start)}`);
  if (!hasAudio) play.disabled = true;
  meta.append(play);
  if (seg.speaker) meta.append(el('span', { class: 'spk' }, seg.speaker));
  for (const flag of seg.flags) meta.append(el('span', { class: 'flag' }, `[!${flag}]`));
  meta.append(el('button', { type: 'button', class: 'edit', 'data-i': seg.i, title: 'Correct this text (e)' },
    '\u270e Correct text'));
  row.append(meta, rawText(seg), el('div', { class: 'preview' }, seg.preview));
  return row;
}

// Offset of (node, offset) within the raw text box (marks hold original text only; tags are CSS).
export function offsetIn(box, node, offset) {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return total + offset;
    total += t.textContent.length;
  }
  if (node === box) return [...box.childNodes].slice(0, offset).reduce((n, c) => n + c.textContent.length, 0);
  return null;
}
