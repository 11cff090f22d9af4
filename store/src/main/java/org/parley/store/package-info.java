/**
 * parley's embedded store: coded articles in one DuckDB file.
 *
 * <p>{@link org.parley.store.EventStore} opens (and creates or migrates) the file, saves each
 * {@link org.parley.model.CodedArticle} in one transaction, and answers queries with
 * {@link org.parley.store.StoredEvent} rows, dyad counts and table {@link org.parley.store.Counts}.
 * The schema is versioned: {@code schema_version} records the migrations applied from the
 * {@code schema-vN.sql} resources of this package (see {@code store/README.md}).
 */
package org.parley.store;
