// The article view, shared by the article page and the upload page: the text with its actor mentions, event triggers
// and quotations highlighted in place (nested marks, like displaCy's entity view), their codes on hover or focus,
// and lists of the events, quotes and actors beside it. Every piece of article data is inserted as text.

import { el, append, clip } from './common.js';

const RANK = { quote: 0, actor: 1, trigger: 2 };

/**
 * Where the event's trigger words stand in its evidence span: [{start, end}] character offsets into text. The store
 * keeps the trigger as written by the rule ("held talks", "impose sanctions"), which may be split or inflected in
 * the sentence, so each word is looked for on its own, as a word starting with the word's stem.
 */
export function triggerOffsets(text, event) {
  const from = Math.max(0, event.start);
  const to = Math.min(text.length, event.end);
  const evidence = text.slice(from, to).toLowerCase();
  const out = [];
  for (const word of String(event.trigger || '').toLowerCase().split(/\s+/).filter(Boolean)) {
    const stem = word.length > 4 ? word.replace(/(es|ed|e|s|ing)$/, '') : word;
    const re = new RegExp('(^|[^\\p{L}\\p{N}])(' + escapeRegExp(stem) + '[\\p{L}]*)', 'u');
    const m = re.exec(evidence);
    if (m) {
      const start = from + m.index + m[1].length;
      out.push({ start, end: start + m[2].length });
    }
  }
  return out;
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The spans to mark, from an article document of the API. */
function spans(article) {
  const text = article.text;
  const out = [];
  const actors = article.actors.filter((a) => !article.actors.some((b) => b !== a
    && b.start <= a.start && a.end <= b.end && (b.end - b.start) > (a.end - a.start)));
  for (const a of actors) {
    out.push({ kind: 'actor', start: a.start, end: a.end, label: a.code, id: 'actor',
      tip: `Actor ${a.code}\n“${a.text}”\n${a.evidence}` });
  }
  const triggers = new Map();
  article.events.forEach((e, i) => {
    const tip = `CAMEO ${e.code} ${e.name}\n${e.source} → ${e.target} · ${e.modality}\ntrigger: ${e.trigger}`;
    for (const t of triggerOffsets(text, e)) {
      const key = t.start + ':' + t.end;
      const span = triggers.get(key);
      if (span) {
        if (!span.codes.includes(e.code)) span.codes.push(e.code);
        span.tips.push(tip);
        span.events.push(i);
      } else {
        triggers.set(key, { kind: 'trigger', start: t.start, end: t.end, codes: [e.code], tips: [tip], events: [i] });
      }
    }
  });
  for (const t of triggers.values()) {
    out.push(Object.assign(t, { label: t.codes.join(' · '), tip: t.tips.join('\n\n'), event: t.events.join(' ') }));
  }
  for (const q of article.quotes) {
    const who = q.speaker_name ? q.speaker_name + (q.speaker_actor ? ' (' + q.speaker_actor + ')' : '') : 'unknown speaker';
    out.push({ kind: 'quote', start: q.start, end: q.end, label: q.speaker_actor || 'quote', tip: `Quote by ${who}` });
  }
  return out.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
}

/** Spans nested into a tree: a span that crosses its parent's end is cut at that end. */
function nest(list, length) {
  const root = { start: 0, end: length, children: [] };
  const sorted = list.slice().sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  const stack = [root];
  for (const s of sorted) {
    while (stack.length > 1 && s.start >= stack[stack.length - 1].end) stack.pop();
    const parent = stack[stack.length - 1];
    const node = Object.assign({}, s, { end: Math.min(s.end, parent.end), children: [] });
    if (node.end <= node.start) continue;
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

function render(node, text, parent) {
  let pos = node.start;
  for (const child of node.children) {
    if (child.start > pos) parent.append(document.createTextNode(text.slice(pos, child.start)));
    const mark = el('mark', { class: 'ent ' + child.kind, tabindex: 0, 'data-tip': child.tip,
      'data-code': child.label, 'data-events': child.event });
    render(child, text, mark);
    mark.append(el('span', { class: 'lbl', 'aria-hidden': 'true', text: child.label }));
    parent.append(mark);
    pos = child.end;
  }
  if (node.end > pos) parent.append(document.createTextNode(text.slice(pos, node.end)));
}

let tooltip = null;

function showTip(mark) {
  if (!tooltip) {
    tooltip = el('div', { class: 'tip', role: 'tooltip' });
    document.body.append(tooltip);
  }
  tooltip.textContent = mark.getAttribute('data-tip');
  tooltip.classList.add('on');
  const r = mark.getClientRects()[0] || mark.getBoundingClientRect();
  const w = Math.min(tooltip.offsetWidth, window.innerWidth - 16);
  tooltip.style.left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - w - 8)) + 'px';
  tooltip.style.top = (r.bottom + window.scrollY + 6) + 'px';
}

function hideTip() {
  if (tooltip) tooltip.classList.remove('on');
}

function wireTips(container) {
  container.addEventListener('mouseover', (e) => {
    const mark = e.target.closest('.ent[data-tip]');
    if (mark) showTip(mark); else hideTip();
  });
  container.addEventListener('mouseleave', hideTip);
  container.addEventListener('focusin', (e) => {
    const mark = e.target.closest('.ent[data-tip]');
    if (mark) showTip(mark);
  });
  container.addEventListener('focusout', hideTip);
}

/** Scrolls to the marks of event i (index into article.events) and makes them flash. */
export function flashEvent(container, i) {
  const marks = container.querySelectorAll('mark.trigger[data-events~="' + i + '"]');
  if (!marks.length) return false;
  marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  marks.forEach((m) => {
    m.classList.remove('flash');
    void m.offsetWidth;
    m.classList.add('flash');
  });
  return true;
}

function key() {
  return el('div', { class: 'key', 'aria-label': 'key' },
    el('span', {}, el('mark', { class: 'ent actor', text: 'actor' }), ' CAMEO actor code'),
    el('span', {}, el('mark', { class: 'ent trigger', text: 'trigger' }), ' event (CAMEO event code)'),
    el('span', {}, el('mark', { class: 'ent quote', text: 'quotation' }), ' speaker'),
    el('span', { class: 'muted', text: 'Hover or tap a mark for its codes.' }));
}

function eventList(article, textNode) {
  if (!article.events.length) return el('div', { class: 'empty', text: 'No events coded.' });
  return el('ul', { class: 'span-list events-list' }, article.events.map((e, i) => {
    const found = triggerOffsets(article.text, e).length > 0;
    const jump = el('a', { class: 'jump', href: '#', 'data-event': i },
      el('code', { class: 'event-code', text: e.code }), ' ', e.name);
    jump.addEventListener('click', (ev) => {
      ev.preventDefault();
      flashEvent(textNode, i);
    });
    return el('li', {}, jump, ' ', el('span', { class: 'badge modality', text: e.modality }),
      el('div', {}, el('code', { text: e.source }), ' → ', el('code', { text: e.target }),
        el('span', { class: 'muted small', text: ' · “' + e.trigger + '”' + (found ? '' : ' (not found in the text)') })));
  }));
}

function quoteList(article) {
  if (!article.quotes.length) return el('div', { class: 'empty', text: 'No quotations.' });
  return el('ul', { class: 'span-list quotes-list' }, article.quotes.map((q) => el('li', {},
    el('div', { text: '“' + clip(q.text, 220) + '”' }),
    el('div', { class: 'muted small' }, '— ', q.speaker_name || 'unknown speaker',
      q.speaker_actor ? el('code', { text: ' ' + q.speaker_actor }) : null))));
}

function actorList(article) {
  const counts = new Map();
  for (const a of article.actors) counts.set(a.code, (counts.get(a.code) || 0) + 1);
  if (!counts.size) return el('div', { class: 'empty', text: 'No actors resolved.' });
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return el('ul', { class: 'span-list actors-list' }, sorted.map(([code, n]) => el('li', {},
    el('code', { text: code }), el('span', { class: 'muted small', text: ` ${n} mention${n === 1 ? '' : 's'}` }))));
}

/**
 * Renders an article document (/api/articles/{id} or /api/code) into container: headline, metadata, the marked
 * text and the side lists. Returns the element holding the text.
 */
export function renderArticle(container, article) {
  const meta = [article.published || 'undated', article.source, article.stored === false ? 'not stored' : null]
    .filter(Boolean).join(' · ');
  const textNode = el('div', { class: 'article-text', id: 'article-text' });
  render(nest(spans(article), article.text.length), article.text, textNode);
  wireTips(textNode);
  const issues = (article.issues || []).map((t) => t.code).filter((c, i, all) => all.indexOf(c) === i);
  container.replaceChildren(el('div', { class: 'cols' },
    el('div', { class: 'card' },
      el('h1', { id: 'article-title', text: article.title || '(untitled)' }),
      el('div', { class: 'article-meta' }, meta,
        article.url ? append(el('span'), [' · ', el('a', { href: safeUrl(article.url), rel: 'noopener noreferrer',
          text: clip(article.url, 80) })]) : null,
        article.article_id ? el('span', { class: 'muted' }, ' · id ', el('code', { text: article.article_id })) : null),
      issues.length ? el('div', { class: 'issues' }, issues.map((c) => [el('span', { class: 'badge issue', text: c }), ' '])) : null,
      key(), textNode),
    el('div', {},
      el('div', { class: 'card' }, el('h2', { text: `Events (${article.events.length})` }), eventList(article, textNode)),
      el('div', { class: 'card' }, el('h2', { text: `Quotes (${article.quotes.length})` }), quoteList(article)),
      el('div', { class: 'card' }, el('h2', { text: 'Actors' }), actorList(article)))));
  return textNode;
}

/** An http(s) URL as given, or "#" for anything else (javascript:, data:). */
function safeUrl(url) {
  return /^https?:\/\//i.test(url) ? url : '#';
}
