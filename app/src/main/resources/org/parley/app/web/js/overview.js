// The overview page: counts, the most active dyads with a sparkline of their mean Goldstein, the latest events.

import { api, el, replace, count, notice, loading, dyadHref, eventsList, activeNav } from './common.js';
import { sparkline } from './chart.js';

const COUNTS = [
  ['articles', 'Articles'], ['events', 'Events'], ['mentions', 'Event reports'], ['quotes', 'Quotes'],
  ['actor_mentions', 'Actor mentions'], ['issues', 'Issue tags'],
];

async function counts() {
  const box = document.getElementById('counts');
  const stats = await api('/api/stats');
  replace(box, COUNTS.filter(([k]) => k in stats).map(([k, label]) =>
    el('div', { class: 'count', 'data-count': k }, el('div', { class: 'n', text: count(stats[k]) }),
      el('div', { class: 'k', text: label }))));
}

/** The series of a dyad by month, or by week when it spans fewer than six months. */
async function series(d) {
  const path = `/api/dyads/${encodeURIComponent(d.a)}/${encodeURIComponent(d.b)}/series`;
  const monthly = await api(path + '?by=month');
  return monthly.points.length >= 6 ? monthly : api(path + '?by=week');
}

async function dyads() {
  const list = document.getElementById('dyads');
  replace(list, loading());
  const top = await api('/api/dyads?limit=10');
  if (!top.length) {
    replace(list, el('li', { class: 'empty', text: 'No events yet: ingest some articles with parley ingest.' }));
    return;
  }
  const rows = top.map((d) => {
    const spark = el('span', { class: 'spark-box' });
    const link = el('a', { href: dyadHref(d.a, d.b), 'data-dyad': d.dyad },
      el('span', { class: 'name' }, d.a, el('span', { class: 'muted', text: ' → ' }), d.b), spark,
      el('span', { class: 'n', text: count(d.events) }));
    series(d).then((s) => {
      spark.append(sparkline(s.points));
      link.setAttribute('href', dyadHref(d.a, d.b, { by: s.by }));
    }).catch(() => spark.append(el('span', { class: 'muted small', text: '–' })));
    return el('li', {}, link);
  });
  replace(list, rows);
}

async function latest() {
  const box = document.getElementById('latest');
  replace(box, loading());
  const events = await api('/api/events?order=newest&limit=10');
  replace(box, eventsList(events, { empty: 'No events yet.' }));
}

activeNav('overview');
for (const [part, id] of [[counts, 'counts'], [dyads, 'dyads'], [latest, 'latest']]) {
  part().catch((e) => replace(document.getElementById(id), notice(e.message, 'error')));
}
