package org.parley.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turning points of a dyad series: the change points ({@link ChangePoints}) of its cooperation–conflict index over
 * the periods that have events, each explained by the events of the first periods of the new level: the issues
 * they are about and the events that pushed most in the direction of the shift.
 */
public final class TurningPoints {
    /** How many periods of the new level are read for its reasons. */
    public static final int WINDOW = 3;
    private static final int TOP_EVENTS = 3;

    private final ChangePoints detector;

    /** Turning points found by {@code detector}. */
    public TurningPoints(ChangePoints detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /**
     * The turning points of {@code series}, in time order.
     *
     * @param events the dyad's events over the series' range (others are ignored), for the explanations
     */
    public List<TurningPoint> find(DyadSeries series, List<DyadEvent> events) {
        double[] y = series.observed().values();
        int[] cps = detector.detect(y);
        List<LocalDate[]> windows = windows(series, cps);
        List<TurningPoint> out = new ArrayList<>();
        for (int k = 0; k < cps.length; k++) {
            int from = k == 0 ? 0 : cps[k - 1];
            int to = k + 1 < cps.length ? cps[k + 1] : y.length;
            double before = mean(y, from, cps[k]);
            double after = mean(y, cps[k], to);
            LocalDate start = windows.get(k)[0];
            LocalDate end = windows.get(k)[1];
            List<DyadEvent> window = events.stream()
                    .filter(e -> !e.date().isBefore(start) && e.date().isBefore(end)).toList();
            out.add(new TurningPoint(start, before, after, issues(window), top(window, after < before)));
        }
        return out;
    }

    /**
     * The days read for the reasons of each turning point of {@code series}: from the first day of the new level to
     * the day after its {@value #WINDOW}th period with events (or the level's last), as [start, end) pairs in order.
     * The store uses them to fetch only the events {@link #find} needs.
     */
    public List<LocalDate[]> windows(DyadSeries series) {
        return windows(series, detector.detect(series.observed().values()));
    }

    private static List<LocalDate[]> windows(DyadSeries series, int[] cps) {
        List<Integer> positions = series.observed().positions();
        List<SeriesPoint> points = series.points();
        List<LocalDate[]> out = new ArrayList<>();
        for (int k = 0; k < cps.length; k++) {
            int to = k + 1 < cps.length ? cps[k + 1] : positions.size();
            LocalDate start = points.get(positions.get(cps[k])).start();
            int last = positions.get(Math.min(cps[k] + WINDOW, to) - 1);
            out.add(new LocalDate[] {start, series.period().next(points.get(last).start())});
        }
        return out;
    }

    private static double mean(double[] y, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += y[i];
        }
        return s / (to - from);
    }

    private static List<TurningPoint.IssueCount> issues(List<DyadEvent> events) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (DyadEvent e : events) {
            for (String code : new LinkedHashSet<>(e.issues())) {
                counts.merge(code, 1, Integer::sum);
                firstSeen.putIfAbsent(code, firstSeen.size());
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(e -> firstSeen.get(e.getKey())))
                .map(e -> new TurningPoint.IssueCount(e.getKey(), e.getValue())).toList();
    }

    private static List<DyadEvent> top(List<DyadEvent> events, boolean falling) {
        Comparator<DyadEvent> byGoldstein = Comparator.comparingDouble(DyadEvent::goldstein);
        Comparator<DyadEvent> order = (falling ? byGoldstein : byGoldstein.reversed())
                .thenComparing(Comparator.comparingInt(DyadEvent::mentions).reversed())
                .thenComparing(DyadEvent::date).thenComparing(DyadEvent::id);
        return events.stream().sorted(order).limit(TOP_EVENTS).toList();
    }
}
