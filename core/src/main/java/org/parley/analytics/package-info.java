/**
 * Relation analytics over coded events, pure and in memory: dyad series by period ({@link DyadSeries}), change
 * points of a series ({@link ChangePoints}, PELT), the reasons behind a turning point ({@link TurningPoints}) and the
 * dyads that moved most ({@link Trends}). The store feeds these with aggregates and events; nothing here does I/O.
 */
package org.parley.analytics;
