package org.parley.store;

import java.time.LocalDate;
import java.util.List;
import org.parley.analytics.DyadSeries;
import org.parley.analytics.TurningPoint;

/**
 * What {@code parley dyad} shows: the series and its turning points.
 *
 * @param a             the first actor code as asked
 * @param b             the second actor code as asked
 * @param bothDirections whether events from b to a count too
 * @param from          first day of the series
 * @param to            last day of the series
 * @param series        one point per period
 * @param turningPoints the shifts of its cooperation–conflict index, with their reasons
 */
public record DyadReport(String a, String b, boolean bothDirections, LocalDate from, LocalDate to, DyadSeries series,
                         List<TurningPoint> turningPoints) {
    public DyadReport {
        turningPoints = List.copyOf(turningPoints);
    }
}
