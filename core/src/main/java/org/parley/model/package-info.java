/**
 * parley's data records, from {@link org.parley.model.Article} through
 * {@link org.parley.model.ParsedArticle} to {@link org.parley.model.CodedArticle}. Records validate
 * themselves; collections are immutable copies; nothing here is null.
 */
package org.parley.model;
