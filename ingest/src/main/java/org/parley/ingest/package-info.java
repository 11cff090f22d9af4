/**
 * Readers that turn files into {@link org.parley.model.Article}s: {@link org.parley.ingest.ArticleReader}
 * reads plain text (with optional header lines) and JSON Lines, file by file or folder by folder, and
 * reports each unreadable file or line as a {@link org.parley.ingest.SourceItem.Failed} instead of throwing.
 */
package org.parley.ingest;
