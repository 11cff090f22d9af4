package org.parley.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * A shift in a dyad's cooperation–conflict index, with what lies behind it.
 *
 * @param start     first day of the first period of the new level
 * @param before    mean index of the segment before (-1..1)
 * @param after     mean index of the segment from {@code start} on (-1..1)
 * @param issues    issue codes of the events in the first periods of the new level, most frequent first, with counts
 * @param topEvents the events that moved most in the direction of the shift (lowest Goldstein for a fall, highest
 *                  for a rise; more mentions first on ties), at most three
 */
public record TurningPoint(LocalDate start, double before, double after, List<IssueCount> issues,
                           List<DyadEvent> topEvents) {
    public TurningPoint {
        issues = List.copyOf(issues);
        topEvents = List.copyOf(topEvents);
    }

    /** "deterioration" when the index falls, else "improvement". */
    public String direction() {
        return after < before ? "deterioration" : "improvement";
    }

    /** An issue code and how many of the turn's events carry it. */
    public record IssueCount(String code, int events) {
    }
}
