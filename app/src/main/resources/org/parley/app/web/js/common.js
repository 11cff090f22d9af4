// Shared helpers of the dashboard's pages: building DOM nodes (text is always set as text, never as markup),
// calling the JSON API (with the bearer token when the server needs one), links and number formats.

/** The names of GDELT's QuadClass 1-4. */
export const QUAD_NAMES = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

const TOKEN_KEY = 'parley.token';

/**
 * A new element. attrs: class, text (set as textContent), title, href, and any other attribute (set with
 * setAttribute; never "style" or event handlers). children: nodes or strings (strings become text nodes).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends nodes and strings (as text) to a parent, skipping null and undefined. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of a node and appends new ones. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** The query parameter of the page's URL, or the fallback. */
export function param(name, fallback = '') {
  const v = new URLSearchParams(location.search).get(name);
  return v === null ? fallback : v;
}

/** An error answered by the API: message and HTTP status. */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/**
 * GETs (or, with init, sends) an API path and returns the parsed JSON. Throws ApiError with the server's message.
 * A 401 shows the token form and waits for a token, then retries once.
 */
export async function api(path, init = {}) {
  const headers = Object.assign({}, init.headers || {});
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = 'Bearer ' + token;
  let response;
  try {
    response = await fetch(path, Object.assign({}, init, { headers }));
  } catch (e) {
    throw new ApiError('cannot reach the server (' + e.message + ')', 0);
  }
  const body = await response.text();
  let json = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch (e) {
    json = null;
  }
  if (response.status === 401 && !init.retried) {
    await askForToken(json && json.error);
    return api(path, Object.assign({}, init, { retried: true }));
  }
  if (!response.ok) {
    const message = json && json.error ? json.error : 'HTTP ' + response.status;
    throw new ApiError(message, response.status);
  }
  return json;
}

let pendingToken = null;

/** Shows one token form (however many requests were refused) and resolves when a token is entered. */
function askForToken(reason) {
  if (!pendingToken) pendingToken = tokenForm(reason).finally(() => { pendingToken = null; });
  return pendingToken;
}

function tokenForm(reason) {
  return new Promise((resolve) => {
    const input = el('input', { type: 'password', class: 'wide', autocomplete: 'off', 'aria-label': 'token' });
    const form = el('form', { class: 'controls card', id: 'token-form' },
      el('div', {}, el('strong', { text: 'This server needs a token. ' }),
        el('span', { class: 'muted', text: reason || '' })),
      input, el('button', { type: 'submit', text: 'Use token' }));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, input.value.trim());
      form.remove();
      resolve();
    });
    document.querySelector('main').prepend(form);
    input.focus();
  });
}

/** A notice box: kind is "error", "warn" or "" (information). */
export function notice(text, kind = '') {
  return el('div', { class: 'notice ' + kind, role: kind === 'error' ? 'alert' : 'status', text });
}

/** A "loading" line with a spinner. */
export function loading(text = 'Loading…') {
  return el('div', { class: 'muted loading' }, el('span', { class: 'spinner' }), text);
}

/** Link to an article page, scrolled to one event's trigger when eventId is given. */
export function articleHref(id, eventId) {
  return 'article.html?id=' + encodeURIComponent(id) + (eventId ? '&event=' + encodeURIComponent(eventId) : '');
}

/** Link to a dyad page. */
export function dyadHref(a, b, extra = {}) {
  const q = new URLSearchParams(Object.assign({ a, b }, extra));
  return 'dyad.html?' + q.toString();
}

/** Goldstein points with a sign and one decimal ("+1.9", "−7.2"), or "–" for null. */
export function goldstein(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const s = Math.abs(value).toFixed(1);
  return value > 0 ? '+' + s : value < 0 ? '−' + s : s;
}

/** A span with the Goldstein value coloured by its sign. */
export function goldsteinCell(value) {
  return el('span', { class: value > 0 ? 'gold-pos' : value < 0 ? 'gold-neg' : '', text: goldstein(value) });
}

/** A whole number with thousands separators. */
export function count(n) {
  return Number(n).toLocaleString('en-US');
}

/** The QuadClass badge ("Q3 Verbal conflict" on hover). */
export function quadBadge(q) {
  return el('span', { class: 'badge q' + q, title: QUAD_NAMES[q] || '', text: 'Q' + q });
}

/** Text cut to at most n characters, with an ellipsis. */
export function clip(text, n) {
  const flat = String(text || '').replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : flat.slice(0, n - 1) + '…';
}

/**
 * A table of events as /api/events returns them: date, source → target, CAMEO code and name, QuadClass, Goldstein,
 * the evidence (linked to the article). options.caption names the table for screen readers.
 */
export function eventsTable(events, options = {}) {
  if (!events.length) return el('div', { class: 'empty', text: options.empty || 'No events.' });
  const rows = events.map((e) => el('tr', { 'data-event': e.event_id || '' },
    el('td', { class: 'nowrap', text: e.date || 'undated' }),
    el('td', { class: 'nowrap' }, el('code', { text: e.source }), ' → ', el('code', { text: e.target })),
    el('td', {}, el('code', { class: 'event-code', text: e.code }), ' ', el('span', { class: 'muted small', text: e.name })),
    el('td', { class: 'hide-narrow' }, quadBadge(e.quad_class)),
    el('td', { class: 'num' }, goldsteinCell(e.goldstein)),
    el('td', { class: 'evidence' },
      e.article_id ? el('a', { href: articleHref(e.article_id, e.event_id), class: 'evidence-link', text: clip(e.evidence, 160) })
        : clip(e.evidence, 160),
      e.article_title ? el('div', { class: 'muted small', text: clip(e.article_title, 90) }) : null)));
  return el('div', { class: 'table-wrap' }, el('table', { class: 'events' },
    options.caption ? el('caption', { class: 'hidden', text: options.caption }) : null,
    el('thead', {}, el('tr', {}, el('th', { text: 'Date' }), el('th', { text: 'Dyad' }), el('th', { text: 'Event' }),
      el('th', { class: 'hide-narrow', text: 'Quad' }), el('th', { class: 'num', text: 'Goldstein' }),
      el('th', { text: 'Evidence' }))),
    el('tbody', {}, rows)));
}

/** Events as a compact list (date, dyad, code and name, QuadClass, Goldstein; the evidence linked below). */
export function eventsList(events, options = {}) {
  if (!events.length) return el('div', { class: 'empty', text: options.empty || 'No events.' });
  return el('ul', { class: 'event-list' }, events.map((e) => el('li', { 'data-event': e.event_id || '' },
    el('div', { class: 'head' },
      el('span', { class: 'date', text: e.date || 'undated' }),
      el('span', {}, el('code', { text: e.source }), ' → ', el('code', { text: e.target })),
      el('span', {}, el('code', { class: 'event-code', text: e.code }), ' ', e.name), quadBadge(e.quad_class),
      el('span', { class: 'g' }, goldsteinCell(e.goldstein))),
    el('a', { class: 'evidence evidence-link', href: articleHref(e.article_id, e.event_id), text: clip(e.evidence, 140) }))));
}

/** Marks the navigation link of this page as active. */
export function activeNav(name) {
  const link = document.querySelector('.topbar nav a[data-page="' + name + '"]');
  if (link) link.classList.add('active');
}
