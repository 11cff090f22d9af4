package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.analytics.DyadEvent;
import org.parley.analytics.DyadMove;
import org.parley.analytics.Period;
import org.parley.analytics.PeriodCounts;

/**
 * The store's side of relation analytics: the per-period counts of a dyad series, the events behind a turning
 * point and the windows compared by trends, computed in DuckDB so that a series over millions of events is one
 * aggregate query. Only events that happened (asserted or past) are counted; an event counts once however many
 * articles report it.
 */
public final class Relations {
    private final EventStore store;
    private final Map<Period, Map<LocalDate, Long>> volumes = new java.util.EnumMap<>(Period.class);
    private String volumesVersion = "";

    /** Queries over an open store (not closed by this class); not thread-safe (it caches period volumes). */
    public Relations(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Counts of the events {@code dyad} keeps, per period from {@code from} to {@code to}, with each period's volume
     * (every happened event of the period, all dyads). Periods without any event are absent. Day and week series read
     * day-precision events; month series also month-precision ones. Events are distinct events across articles.
     *
     * <p>The volume series of a period length is computed once over the whole database (one pass counting distinct
     * events) and kept by this instance while the stored reports do not change (their count and the last coding
     * time are checked at each call), so later series of any dyad only aggregate the dyad's own reports.
     *
     * @param dyad a filter naming the dyad (and any other condition); its own dates are ignored
     */
    public List<PeriodCounts> counts(EventFilter dyad, Period period, LocalDate from, LocalDate to) {
        EventFilter.Sql cond = dyad.between(Optional.empty(), Optional.empty()).where();
        Map<LocalDate, Long> volume = volumes(period);
        String sql = "SELECT p, count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
                + "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), sum(goldstein) "
                + "FROM (SELECT DISTINCT event_id, " + periodOf(period) + " AS p, quad_class, goldstein FROM "
                + EventSql.MENTIONS + " WHERE " + EventSql.HAPPENED + " AND " + cond.text() + ") "
                + "WHERE p BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) GROUP BY p";
        Map<LocalDate, PeriodCounts> out = new TreeMap<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            int n = cond.bind(ps, 1);
            ps.setString(n++, period.start(from).toString());
            ps.setString(n, to.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate p = rs.getObject(1, LocalDate.class);
                    long[] q = {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
                    out.put(p, new PeriodCounts(p, q, rs.getDouble(6), volume.getOrDefault(p, 0L)));
                }
            }
        } catch (SQLException e) {
            throw store.failure("count the dyad's events by " + period.label(), e);
        }
        volume.forEach((p, v) -> {
            if (!p.isBefore(period.start(from)) && !p.isAfter(to)) {
                out.putIfAbsent(p, new PeriodCounts(p, new long[4], 0, v));
            }
        });
        return List.copyOf(out.values());
    }

    private static String periodOf(Period period) {
        return switch (period) {
            case DAY -> "day";
            case WEEK -> "CAST(date_trunc('week', day) AS DATE)";
            case MONTH -> "month";
        };
    }

    /** Distinct happened events per period over the whole database, cached while the stored reports are unchanged. */
    private Map<LocalDate, Long> volumes(Period period) {
        String version = dataVersion();
        if (!version.equals(volumesVersion)) {
            volumes.clear();
            volumesVersion = version;
        }
        Map<LocalDate, Long> cached = volumes.get(period);
        if (cached != null) {
            return cached;
        }
        String sql = "SELECT p, count(DISTINCT event_id) FROM (SELECT event_id, " + periodOf(period) + " AS p FROM "
                + EventSql.MENTIONS + " WHERE " + EventSql.HAPPENED + ") WHERE p IS NOT NULL GROUP BY p";
        Map<LocalDate, Long> out = new HashMap<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw store.failure("count all events by " + period.label(), e);
        }
        volumes.put(period, Map.copyOf(out));
        return volumes.get(period);
    }

    /** What changes when reports are added, re-coded or removed: their count and the last coding time. */
    private String dataVersion() {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT (SELECT count(*) FROM event_mentions) || '/' || coalesce(CAST(max(coded_at) AS VARCHAR), '') "
                        + "FROM articles");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw store.failure("read the data version", e);
        }
    }

    /**
     * The happened, day-dated events {@code dyad} keeps within the days of {@code windows} ([start, end) pairs),
     * with their issue codes.
     */
    public List<DyadEvent> events(EventFilter dyad, List<LocalDate[]> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        EventFilter.Sql cond = dyad.between(Optional.empty(), Optional.empty()).where();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < windows.size(); i++) {
            in.append(i == 0 ? "" : " OR ").append("(day >= CAST(? AS DATE) AND day < CAST(? AS DATE))");
        }
        String sql = "SELECT event_id, day, source, target, code, quad_class, goldstein, num_mentions, evidence FROM "
                + EventSql.ROWS + " WHERE " + cond.text() + " AND (" + in + ")";
        List<DyadEvent> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            int n = cond.bind(ps, 1);
            for (LocalDate[] w : windows) {
                ps.setString(n++, w[0].toString());
                ps.setString(n++, w[1].toString());
            }
            List<String[]> rows = new ArrayList<>();
            List<Object[]> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(9)});
                    values.add(new Object[] {rs.getObject(2, LocalDate.class), rs.getInt(6), rs.getDouble(7),
                        rs.getInt(8)});
                }
            }
            Map<String, List<String>> issues = issuesOf(rows.stream().map(r -> r[0]).toList());
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                Object[] v = values.get(i);
                out.add(new DyadEvent(r[0], (LocalDate) v[0], r[1], r[2], r[3], (Integer) v[1], (Double) v[2],
                        Math.max(1, (Integer) v[3]), r[4], issues.getOrDefault(r[0], List.of())));
            }
            return out;
        } catch (SQLException e) {
            throw store.failure("read the dyad's events", e);
        }
    }

    /** Issue codes of the given events, from the issues table. */
    private Map<String, List<String>> issuesOf(List<String> eventIds) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        Connection c = store.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT event_id, issue FROM issues "
                + "WHERE event_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY event_id, issue")) {
            ps.setArray(1, c.createArrayOf("VARCHAR", eventIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * Every dyad's events in [{@code from}, {@code to}] against the window of the same length just before, for
     * {@link org.parley.analytics.Trends}. Dyads are country parts ("USA-CHN"; an IGO stands whole).
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public List<DyadMove> moves(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate before = from.minusDays(days);
        String dyad = "(CASE WHEN source LIKE 'IGO%' THEN source ELSE substr(source, 1, 3) END) || '-' || "
                + "(CASE WHEN target LIKE 'IGO%' THEN target ELSE substr(target, 1, 3) END)";
        String sql = "SELECT dyad, "
                + "count(*) FILTER (WHERE NOT late), count(*) FILTER (WHERE late), "
                + "count(*) FILTER (WHERE NOT late AND quad_class <= 2), count(*) FILTER (WHERE late AND quad_class <= 2), "
                + "coalesce(avg(goldstein) FILTER (WHERE NOT late), 0), coalesce(avg(goldstein) FILTER (WHERE late), 0) "
                + "FROM (SELECT " + dyad + " AS dyad, quad_class, goldstein, day >= CAST(? AS DATE) AS late FROM "
                + EventSql.LEAN + " WHERE " + EventSql.HAPPENED
                + " AND day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)) GROUP BY dyad";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setString(1, from.toString());
            ps.setString(2, before.toString());
            ps.setString(3, to.toString());
            List<DyadMove> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long nb = rs.getLong(2);
                    long na = rs.getLong(3);
                    out.add(new DyadMove(rs.getString(1), nb, na, index(rs.getLong(4), nb), index(rs.getLong(5), na),
                            rs.getDouble(6), rs.getDouble(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw store.failure("compare dyads between windows", e);
        }
    }

    /** (C - K) / (C + K) from the cooperative count and the total; 0 without events. */
    private static double index(long cooperative, long total) {
        return total == 0 ? 0 : (2.0 * cooperative - total) / total;
    }
}
