// The article page: one stored article with its actors, event triggers and quotes highlighted (?id=ARTICLE_ID),
// scrolled to one event's trigger when the link names it (&event=EVENT_ID).

import { api, replace, param, notice, loading, activeNav } from './common.js';
import { renderArticle, flashEvent } from './article-view.js';

const box = document.getElementById('article');

async function load() {
  const id = param('id');
  if (!/^[0-9a-f]{16}$/.test(id)) {
    replace(box, notice('No article id in the address (want article.html?id= and 16 hex digits).', 'error'));
    return;
  }
  replace(box, loading());
  try {
    const article = await api('/api/articles/' + id);
    document.title = (article.title || 'Article') + ' · parley';
    const text = renderArticle(box, article);
    const eventId = param('event');
    const i = article.events.findIndex((e) => e.event_id === eventId);
    if (i >= 0) flashEvent(text, i);
  } catch (e) {
    replace(box, notice(e.message, e.status === 404 ? 'warn' : 'error'));
  }
}

activeNav('');
load();
