package org.parley.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A dyad's event series by period, with its figures.
 *
 * <p>Per period, with C = cooperative events (QuadClass 1 and 2), K = conflictual events (QuadClass 3 and 4) of the
 * dyad and V = all events stored for the period (every dyad):
 * <ul>
 *   <li>mean Goldstein = sum of the events' Goldstein values / (C + K), in Goldstein points;</li>
 *   <li>cooperation–conflict index = (C - K) / (C + K), from -1 (all conflict) to 1 (all cooperation): the net share
 *       of cooperation, counting events as GDELT users do with QuadClass (so one statement weighs as much as one
 *       strike; mean Goldstein gives the weighted view);</li>
 *   <li>normalised: (C + K) and (C - K) per 1,000 events of V, because news volume changes over time and GDELT
 *       users normalise by the period's total (GDELT's own advice for its event counts).</li>
 * </ul>
 *
 * @param period  the length of each period
 * @param points  one point per period from the first to the last requested, empty periods included, in order
 */
public record DyadSeries(Period period, List<SeriesPoint> points) {
    public DyadSeries {
        points = List.copyOf(points);
    }

    /**
     * The series over every period from the one holding {@code from} to the one holding {@code to}; periods
     * missing from {@code counts} are empty.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to} or a count's start is not a period start
     */
    public static DyadSeries of(Period period, LocalDate from, LocalDate to, List<PeriodCounts> counts) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        Map<LocalDate, PeriodCounts> byStart = new TreeMap<>();
        for (PeriodCounts c : counts) {
            if (!period.start(c.start()).equals(c.start())) {
                throw new IllegalArgumentException(c.start() + " does not start a " + period.label());
            }
            byStart.put(c.start(), c);
        }
        List<SeriesPoint> points = new ArrayList<>();
        for (LocalDate d = period.start(from); !d.isAfter(to); d = period.next(d)) {
            points.add(point(byStart.getOrDefault(d, PeriodCounts.empty(d))));
        }
        return new DyadSeries(period, points);
    }

    /** The figures of one period. */
    public static SeriesPoint point(PeriodCounts c) {
        long coop = c.quad(1) + c.quad(2);
        long conflict = c.quad(3) + c.quad(4);
        long n = coop + conflict;
        OptionalDouble mean = n == 0 ? OptionalDouble.empty() : OptionalDouble.of(c.goldsteinSum() / n);
        OptionalDouble index = n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (coop - conflict) / n);
        double perThousand = c.periodVolume() == 0 ? 0 : 1000.0 * n / c.periodVolume();
        double net = c.periodVolume() == 0 ? 0 : 1000.0 * (coop - conflict) / c.periodVolume();
        return new SeriesPoint(c.start(), c, mean, index, perThousand, net);
    }

    /** The index of every period with events, in order, and the positions in {@link #points} they come from. */
    public Observed observed() {
        List<Double> values = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            OptionalDouble v = points.get(i).index();
            if (v.isPresent()) {
                values.add(v.getAsDouble());
                positions.add(i);
            }
        }
        return new Observed(values.stream().mapToDouble(Double::doubleValue).toArray(), positions);
    }

    /**
     * The index values of the periods with events and where they sit in the series.
     *
     * @param values    index values in order
     * @param positions for each value, its position in {@link #points}
     */
    public record Observed(double[] values, List<Integer> positions) {
        public Observed {
            values = values.clone();
            positions = List.copyOf(positions);
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }
}
