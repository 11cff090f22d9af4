/**
 * Readers that turn news in the forms users have into {@link org.parley.model.Article}s:
 * {@link org.parley.ingest.ArticleReader} reads plain text (with optional header lines), HTML (jsoup),
 * JSON Lines, RSS/Atom feeds (Rome) and WARC files (jwarc) from files, folders, standard input and URLs,
 * detecting each input's {@link org.parley.ingest.InputFormat}, and reports each unreadable file, line, entry or
 * record as a {@link org.parley.ingest.SourceItem.Failed} instead of throwing. {@link org.parley.ingest.Languages}
 * keeps articles in the languages asked for; {@link org.parley.ingest.HttpFetcher} fetches feeds and pages politely.
 */
package org.parley.ingest;
