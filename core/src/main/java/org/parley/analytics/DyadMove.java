package org.parley.analytics;

/**
 * How one dyad moved between two equal windows (see {@link Trends}).
 *
 * @param dyad          "USA-CHN" (country parts, as {@code Event.dyad()})
 * @param eventsBefore  the dyad's events in the earlier window
 * @param eventsAfter   the dyad's events in the later window
 * @param indexBefore   cooperation–conflict index in the earlier window (-1..1; 0 without events)
 * @param indexAfter    the same in the later window
 * @param goldsteinBefore mean Goldstein in the earlier window (points; 0 without events)
 * @param goldsteinAfter  mean Goldstein in the later window
 */
public record DyadMove(String dyad, long eventsBefore, long eventsAfter, double indexBefore, double indexAfter,
                       double goldsteinBefore, double goldsteinAfter) {
    /** indexAfter - indexBefore. */
    public double change() {
        return indexAfter - indexBefore;
    }
}
