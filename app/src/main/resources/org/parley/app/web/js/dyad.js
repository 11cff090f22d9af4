// The dyad page: mean Goldstein and events by QuadClass per period, turning points marked; a click on a turning point
// shows its issues and the events that moved the relation, a click on a period lists its events.

import { api, el, replace, param, notice, loading, count, goldstein, eventsTable, activeNav, dyadHref } from './common.js';
import { dyadChart, periodEnd } from './chart.js';

const form = document.getElementById('dyad-form');
const chartBox = document.getElementById('chart');
const detail = document.getElementById('detail');
const state = { series: null, selected: null };

function query() {
  return {
    a: param('a').toUpperCase(), b: param('b').toUpperCase(), by: param('by', 'month'),
    from: param('from'), to: param('to'), both: param('both_directions') === 'true',
  };
}

function fill(q) {
  form.a.value = q.a;
  form.b.value = q.b;
  form.by.value = ['day', 'week', 'month'].includes(q.by) ? q.by : 'month';
  form.from.value = q.from;
  form.to.value = q.to;
  form.both_directions.checked = q.both;
}

function eventsPath(q, from, to, limit = 200) {
  const p = new URLSearchParams({ dyad: q.a + '-' + q.b, from, to, limit: String(limit) });
  if (q.both) p.set('both_directions', 'true');
  return '/api/events?' + p.toString();
}

function draw(q) {
  if (!state.series) return;
  const width = Math.max(chartBox.clientWidth, 280);
  replace(chartBox, dyadChart(state.series, width, {
    selected: state.selected,
    onPeriod: (p, i) => { state.selected = 'p' + i; draw(q); showPeriod(q, p); },
    onTurn: (tp, k) => { state.selected = 't' + k; draw(q); showTurn(q, tp); },
  }));
}

async function showPeriod(q, p) {
  const to = periodEnd(p.period, state.series.by);
  replace(detail, el('h2', { id: 'detail-title', text: `Events ${p.period} – ${to}` }), loading());
  try {
    const events = await api(eventsPath(q, p.period, to));
    replace(detail, el('h2', { id: 'detail-title', text: `Events ${p.period} – ${to}` }),
      el('p', { class: 'muted small', text: `${p.events} events, mean Goldstein ${goldstein(p.goldstein)}` }),
      eventsTable(events, { empty: 'No events in this period.' }));
  } catch (e) {
    detail.append(notice(e.message, 'error'));
  }
}

/** GDELT's QuadClass of a CAMEO code: roots 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4. */
function quadClass(code) {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

async function showTurn(q, tp) {
  const heading = el('h2', { id: 'detail-title' },
    `Turning point ${tp.start}: ${tp.direction} `,
    el('span', { class: 'muted small', text: `(cooperation–conflict index ${tp.before.toFixed(2)} → ${tp.after.toFixed(2)})` }));
  const issues = tp.issues.length
    ? el('div', { class: 'turn-issues' }, tp.issues.map((i) => [el('span', { class: 'badge issue', 'data-issue': i.code },
      `${i.code} · ${i.events}`), ' ']))
    : el('div', { class: 'empty', text: 'No issues recorded for these events.' });
  replace(detail, el('div', { class: 'turn-detail' }, heading, el('h3', { text: 'Issues' }), issues,
    el('h3', { text: 'Events that moved the relation' }), loading()));
  const dates = tp.top_events.map((e) => e.date).sort();
  let rows = tp.top_events;
  if (dates.length) {
    try {
      const found = await api(eventsPath(q, dates[0], dates[dates.length - 1], 1000));
      const byId = new Map(found.map((e) => [e.event_id, e]));
      rows = tp.top_events.map((t) => byId.get(t.event_id) || Object.assign({ quad_class: quadClass(t.code) }, t));
    } catch (e) {
      detail.append(notice(e.message, 'error'));
    }
  }
  detail.querySelector('.loading').replaceWith(eventsTable(rows, { empty: 'No events.' }));
}

async function load(q) {
  document.title = `${q.a} ${q.both ? '⇄' : '→'} ${q.b} · parley`;
  document.getElementById('dyad-title').textContent = `${q.a} ${q.both ? '⇄' : '→'} ${q.b}`;
  replace(chartBox, loading());
  replace(detail, el('div', { class: 'muted', text: 'Select a turning point or a period.' }));
  const p = new URLSearchParams({ by: form.by.value });
  if (q.from) p.set('from', q.from);
  if (q.to) p.set('to', q.to);
  if (q.both) p.set('both_directions', 'true');
  try {
    state.series = await api(`/api/dyads/${encodeURIComponent(q.a)}/${encodeURIComponent(q.b)}/series?${p}`);
  } catch (e) {
    state.series = null;
    replace(chartBox, notice(e.message, e.status === 404 ? 'warn' : 'error'));
    return;
  }
  state.selected = null;
  const s = state.series;
  const total = s.points.reduce((n, pt) => n + pt.events, 0);
  const summary = el('p', { class: 'muted small', id: 'dyad-summary' },
    `${count(total)} events by ${s.by}, ${s.from} – ${s.to}; ${s.turning_points.length} turning point${s.turning_points.length === 1 ? '' : 's'}.`);
  document.getElementById('dyad-title').after(summary);
  draw(q);
  if (s.turning_points.length) {
    showTurn(q, s.turning_points[0]);
    state.selected = 't0';
    draw(q);
  } else {
    replace(detail, el('div', { class: 'muted', text: 'No turning points in this series. Click a period for its events.' }));
  }
}

async function chooser() {
  replace(chartBox, loading());
  try {
    const top = await api('/api/dyads?limit=12');
    replace(chartBox, el('p', { text: 'Choose a dyad:' }), el('ul', {}, top.map((d) =>
      el('li', {}, el('a', { href: dyadHref(d.a, d.b), text: `${d.a} → ${d.b}` }), ` (${count(d.events)} events)`))));
  } catch (e) {
    replace(chartBox, notice(e.message, 'error'));
  }
}

activeNav('');
const q = query();
fill(q);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const p = new URLSearchParams({ a: form.a.value.trim().toUpperCase(), b: form.b.value.trim().toUpperCase(), by: form.by.value });
  if (form.from.value) p.set('from', form.from.value);
  if (form.to.value) p.set('to', form.to.value);
  if (form.both_directions.checked) p.set('both_directions', 'true');
  location.search = p.toString();
});
let resize = null;
window.addEventListener('resize', () => {
  clearTimeout(resize);
  resize = setTimeout(() => draw(query()), 150);
});
if (q.a && q.b) load(q); else chooser();
