// The upload page: codes pasted text or a chosen file with POST /api/code (nothing is stored) and shows the article
// view of the result.

import { api, el, replace, notice, activeNav } from './common.js';
import { renderArticle } from './article-view.js';

const EXAMPLE = 'US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. '
  + 'Blinken said the two sides had agreed to stabilise relations. "We have no illusions about the challenges," '
  + 'Blinken told reporters. Chinese Foreign Minister Wang Yi accused the United States of containing China '
  + 'and warned Washington over Taiwan.';

const form = document.getElementById('upload-form');
const status = document.getElementById('upload-status');
const box = document.getElementById('article');
const submit = document.getElementById('upload-submit');

async function send(e) {
  e.preventDefault();
  const file = form.file.files[0];
  const body = file || form.text.value;
  if (!file && !form.text.value.trim()) {
    replace(status, notice('Paste some text or choose a file first.', 'warn'));
    return;
  }
  const p = new URLSearchParams({ name: file ? file.name : 'pasted.txt' });
  if (form.title.value.trim()) p.set('title', form.title.value.trim());
  if (form.date.value) p.set('date', form.date.value);
  submit.disabled = true;
  replace(status, el('div', { class: 'notice' }, el('span', { class: 'spinner' }),
    'Coding… (the first text loads the language models: 10–25 s)'));
  replace(box);
  try {
    const article = await api('/api/code?' + p.toString(), {
      method: 'POST', body, headers: { 'Content-Type': file ? 'application/octet-stream' : 'text/plain; charset=utf-8' },
    });
    const warnings = article.warnings || [];
    const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
    replace(status, notice(`Coded: ${n(article.events.length, 'event', 'events')}, `
      + `${n(article.quotes.length, 'quote', 'quotes')}, ${n(article.actors.length, 'actor mention', 'actor mentions')}. `
      + 'Nothing was stored.'), warnings.map((w) => notice(w, 'warn')));
    if (!article.title) article.title = file ? file.name : 'Your text';
    renderArticle(box, article);
    status.scrollIntoView({ block: 'start', behavior: 'smooth' });
  } catch (err) {
    replace(status, notice(err.message, 'error'));
  } finally {
    submit.disabled = false;
  }
}

activeNav('upload');
form.addEventListener('submit', send);
form.file.addEventListener('change', () => { if (form.file.files[0]) form.text.value = ''; });
document.getElementById('upload-example').addEventListener('click', () => {
  form.text.value = EXAMPLE;
  form.date.value = '2023-06-19';
  form.file.value = '';
});
