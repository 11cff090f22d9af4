package org.parley.analytics;

import java.util.Comparator;
import java.util.List;

/**
 * The dyads that moved most: dyads with at least {@code minEvents} events in each of two equal windows, ranked by
 * the absolute change of their cooperation–conflict index, weighted by the evidence behind it,
 * {@code |change| * ln(1 + min(eventsBefore, eventsAfter))}, so that a dyad seen twice does not outrank one seen
 * a hundred times for the same swing.
 */
public final class Trends {
    private Trends() {
    }

    /**
     * The {@code limit} dyads that moved most, strongest first (ties by dyad name).
     *
     * @throws IllegalArgumentException when {@code minEvents < 1} or {@code limit < 0}
     */
    public static List<DyadMove> rank(List<DyadMove> moves, int minEvents, int limit) {
        if (minEvents < 1) {
            throw new IllegalArgumentException("minEvents must be at least 1: " + minEvents);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return moves.stream()
                .filter(m -> m.eventsBefore() >= minEvents && m.eventsAfter() >= minEvents)
                .sorted(Comparator.comparingDouble(Trends::score).reversed().thenComparing(DyadMove::dyad))
                .limit(limit).toList();
    }

    /** The ranking score: |change of index| * ln(1 + fewer of the two windows' events). */
    public static double score(DyadMove m) {
        return Math.abs(m.change()) * Math.log1p(Math.min(m.eventsBefore(), m.eventsAfter()));
    }
}
