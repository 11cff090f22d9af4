package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.analytics.ChangePoints;
import org.parley.analytics.DyadSeries;
import org.parley.analytics.Period;
import org.parley.analytics.TurningPoints;

/**
 * The service behind {@code parley dyad}: a dyad's series over stored events, its turning points and their reasons.
 * Without {@code from}/{@code to} the series spans the dyad's first to last dated event.
 */
public final class DyadAnalysis {
    private final EventStore store;
    private final Relations relations;
    private final TurningPoints turningPoints;

    /** The analysis over an open store, with PELT's standard settings. */
    public DyadAnalysis(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.relations = new Relations(store);
        this.turningPoints = new TurningPoints(ChangePoints.standard());
    }

    /**
     * The report for events from {@code a} to {@code b} (and back with {@code bothDirections}).
     *
     * @return empty when the dyad has no dated event that happened (and no range was given)
     * @throws IllegalArgumentException on a malformed actor code or {@code from} after {@code to}
     */
    public Optional<DyadReport> report(String a, String b, boolean bothDirections, Period period,
                                       Optional<LocalDate> from, Optional<LocalDate> to) {
        EventFilter dyad = EventFilter.dyad(a, b, bothDirections).between(from, to);
        Optional<LocalDate[]> span = from.isPresent() && to.isPresent()
                ? Optional.of(new LocalDate[] {from.get(), to.get()}) : span(dyad);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = from.orElse(span.get()[0]);
        LocalDate last = to.orElse(span.get()[1]);
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("--from " + first + " is after the dyad's last event " + last);
        }
        DyadSeries series = DyadSeries.of(period, first, last, relations.counts(dyad, period, first, last));
        List<LocalDate[]> windows = turningPoints.windows(series);
        return Optional.of(new DyadReport(dyad.source().orElseThrow(), dyad.target().orElseThrow(), bothDirections,
                first, last, series, turningPoints.find(series, relations.events(dyad, windows))));
    }

    private Optional<LocalDate[]> span(EventFilter dyad) {
        EventFilter.Sql cond = dyad.where();
        String sql = "SELECT min(coalesce(day, month)), max(coalesce(day, month)) FROM " + EventSql.ROWS
                + " WHERE " + cond.text();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            cond.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                LocalDate min = rs.getObject(1, LocalDate.class);
                return min == null ? Optional.empty()
                        : Optional.of(new LocalDate[] {min, rs.getObject(2, LocalDate.class)});
            }
        } catch (SQLException e) {
            throw store.failure("find the dyad's first and last event", e);
        }
    }
}
