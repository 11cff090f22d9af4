// The search page: events by the filters of parley events (paged), quotes by speaker and words.

import { api, el, replace, param, notice, loading, eventsTable, articleHref, clip, activeNav } from './common.js';

const PAGE = 25;
const eventsForm = document.getElementById('events-form');
const quotesForm = document.getElementById('quotes-form');
const eventsBox = document.getElementById('events-results');
const quotesBox = document.getElementById('quotes-results');

function showTab(name) {
  document.querySelectorAll('.tabs button').forEach((b) => b.classList.toggle('active', b.dataset.tab === name));
  document.getElementById('events-tab').classList.toggle('hidden', name !== 'events');
  document.getElementById('quotes-tab').classList.toggle('hidden', name !== 'quotes');
}

function formParams(form) {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) {
    if (String(v).trim()) p.set(k, String(v).trim());
  }
  return p;
}

async function searchEvents(offset) {
  const p = formParams(eventsForm);
  p.set('limit', String(PAGE));
  p.set('offset', String(offset));
  p.set('order', 'newest');
  replace(eventsBox, loading());
  try {
    const events = await api('/api/events?' + p.toString());
    const pager = el('div', { class: 'pager' });
    if (offset > 0) {
      const prev = el('button', { type: 'button', class: 'secondary', text: '← Newer' });
      prev.addEventListener('click', () => searchEvents(Math.max(0, offset - PAGE)));
      pager.append(prev);
    }
    pager.append(el('span', { class: 'muted small', id: 'events-range',
      text: events.length ? `events ${offset + 1}–${offset + events.length}` : '' }));
    if (events.length === PAGE) {
      const next = el('button', { type: 'button', class: 'secondary', text: 'Older →' });
      next.addEventListener('click', () => searchEvents(offset + PAGE));
      pager.append(next);
    }
    replace(eventsBox, eventsTable(events, { empty: 'No events match.' }), pager);
  } catch (e) {
    replace(eventsBox, notice(e.message, 'error'));
  }
}

async function searchQuotes() {
  const p = formParams(quotesForm);
  p.set('limit', '100');
  replace(quotesBox, loading());
  try {
    const quotes = await api('/api/quotes?' + p.toString());
    if (!quotes.length) {
      replace(quotesBox, el('div', { class: 'empty', text: 'No quotes match.' }));
      return;
    }
    replace(quotesBox, el('ul', { class: 'span-list quote-results' }, quotes.map((q) => el('li', {},
      el('div', { class: 'quote-text', text: '“' + clip(q.text, 300) + '”' }),
      el('div', { class: 'muted small' }, '— ', q.speaker_name || 'unknown speaker',
        q.speaker_actor ? el('code', { text: ' ' + q.speaker_actor }) : null, ' · ', q.published || 'undated', ' · ',
        el('a', { href: articleHref(q.article_id), text: clip(q.title || 'article', 80) }))))));
  } catch (e) {
    replace(quotesBox, notice(e.message, 'error'));
  }
}

activeNav('search');
document.querySelectorAll('.tabs button').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab)));
eventsForm.addEventListener('submit', (e) => { e.preventDefault(); searchEvents(0); });
quotesForm.addEventListener('submit', (e) => { e.preventDefault(); searchQuotes(); });
for (const name of ['text', 'actor', 'dyad', 'code', 'issue']) {
  if (param(name)) eventsForm.elements[name].value = param(name);
}
if (param('tab') === 'quotes') {
  showTab('quotes');
  if (param('speaker')) quotesForm.elements.speaker.value = param('speaker');
  searchQuotes();
} else {
  searchEvents(0);
}
