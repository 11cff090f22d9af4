package org.parley.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.parley.analytics.DyadEvent;
import org.parley.analytics.SeriesPoint;
import org.parley.analytics.TurningPoint;
import org.parley.store.DyadReport;

/**
 * A {@link DyadReport} as text: an aligned table with the turning points and their reasons below it, one JSON
 * document, or CSV (one row per period; turning points as a {@code turning_point} column).
 *
 * <p>Columns: {@code period} (first day), {@code q1..q4} (events by QuadClass), {@code events}, {@code goldstein}
 * (mean, points), {@code index} ((C - K) / (C + K)), {@code per_1000} and {@code net_per_1000} (per 1,000 events of
 * the period, all dyads), {@code volume} (all events of the period). Periods without events show "-" (table), empty
 * cells (CSV) or null (JSON) for their mean and index.
 */
final class DyadView {
    private static final String[] HEADER = {"period", "q1", "q2", "q3", "q4", "events", "goldstein", "index",
        "per_1000", "net_per_1000", "volume"};

    private DyadView() {
    }

    /** The aligned table, then "Turning points" with each one's issues and top events. */
    static String table(DyadReport r) {
        StringBuilder out = new StringBuilder();
        out.append(title(r)).append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(upper(HEADER));
        r.series().points().forEach(p -> rows.add(cells(p, "-")));
        int[] width = new int[HEADER.length];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        });
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                line.append(' ').append(i == 0 ? pad(row[i], width[i]) : lpad(row[i], width[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append("\nTurning points (PELT on the index; ").append(r.turningPoints().size()).append(")\n");
        if (r.turningPoints().isEmpty()) {
            out.append("  none\n");
        }
        for (TurningPoint tp : r.turningPoints()) {
            out.append(String.format(Locale.ROOT, "  %s  %s: index %+.2f -> %+.2f%n", tp.start(), tp.direction(),
                    tp.before(), tp.after()));
            List<String> issues = tp.issues().stream().map(i -> i.code() + " (" + i.events() + ")").toList();
            out.append("    issues: ").append(issues.isEmpty() ? "none recorded" : String.join(", ", issues))
                    .append('\n');
            for (DyadEvent e : tp.topEvents()) {
                out.append(String.format(Locale.ROOT, "    %s  %s -> %s  %s  %+.1f  \"%s\"%n", e.date(), e.source(),
                        e.target(), e.code(), e.goldstein(), clip(e.evidence(), 90)));
            }
        }
        return out.toString();
    }

    /** One row a period, with a header; {@code turning_point} is "deterioration"/"improvement" where one starts. */
    static String csv(DyadReport r) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append(",turning_point\n");
        for (SeriesPoint p : r.series().points()) {
            String turn = r.turningPoints().stream().filter(t -> t.start().equals(p.start()))
                    .map(TurningPoint::direction).findFirst().orElse("");
            out.append(String.join(",", cells(p, ""))).append(',').append(turn).append('\n');
        }
        return out.toString();
    }

    /** {@code {a, b, both_directions, by, from, to, points: [...], turning_points: [{start, direction, before,
     * after, issues: [{code, events}], top_events: [{event_id, date, source, target, code, goldstein, mentions,
     * evidence, issues}]}]}}. */
    static ObjectNode json(DyadReport r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("a", r.a()).put("b", r.b()).put("both_directions", r.bothDirections())
                .put("by", r.series().period().label()).put("from", r.from().toString()).put("to", r.to().toString());
        ArrayNode points = root.putArray("points");
        for (SeriesPoint p : r.series().points()) {
            ObjectNode o = points.addObject().put("period", p.start().toString());
            for (int q = 1; q <= 4; q++) {
                o.put("q" + q, p.counts().quad(q));
            }
            o.put("events", p.counts().total());
            number(o, "goldstein", p.meanGoldstein());
            number(o, "index", p.index());
            o.put("per_1000", p.perThousand()).put("net_per_1000", p.netPerThousand())
                    .put("volume", p.counts().periodVolume());
        }
        ArrayNode tps = root.putArray("turning_points");
        for (TurningPoint tp : r.turningPoints()) {
            ObjectNode o = tps.addObject().put("start", tp.start().toString()).put("direction", tp.direction())
                    .put("before", tp.before()).put("after", tp.after());
            ArrayNode issues = o.putArray("issues");
            tp.issues().forEach(i -> issues.addObject().put("code", i.code()).put("events", i.events()));
            ArrayNode top = o.putArray("top_events");
            for (DyadEvent e : tp.topEvents()) {
                ObjectNode t = top.addObject().put("event_id", e.id()).put("date", e.date().toString())
                        .put("source", e.source()).put("target", e.target()).put("code", e.code())
                        .put("goldstein", e.goldstein()).put("mentions", e.mentions()).put("evidence", e.evidence());
                ArrayNode codes = t.putArray("issues");
                e.issues().forEach(codes::add);
            }
        }
        return root;
    }

    /** "USA -> CHN by month, 2023-01-01..2023-12-31" (with "<->" for both directions). */
    static String title(DyadReport r) {
        return r.a() + (r.bothDirections() ? " <-> " : " -> ") + r.b() + " by " + r.series().period().label() + ", "
                + r.from() + ".." + r.to();
    }

    private static String[] cells(SeriesPoint p, String none) {
        return new String[] {p.start().toString(), Long.toString(p.counts().quad(1)), Long.toString(p.counts().quad(2)),
            Long.toString(p.counts().quad(3)), Long.toString(p.counts().quad(4)), Long.toString(p.counts().total()),
            fmt(p.meanGoldstein(), none), fmt(p.index(), none), fmt(p.perThousand()), fmt(p.netPerThousand()),
            Long.toString(p.counts().periodVolume())};
    }

    private static void number(ObjectNode o, String key, OptionalDouble v) {
        if (v.isPresent()) {
            o.put(key, v.getAsDouble());
        } else {
            o.putNull(key);
        }
    }

    private static String fmt(OptionalDouble v, String none) {
        return v.isPresent() ? fmt(v.getAsDouble()) : none;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String[] upper(String[] s) {
        String[] out = new String[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i].toUpperCase(Locale.ROOT);
        }
        return out;
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(w - s.length());
    }

    private static String lpad(String s, int w) {
        return " ".repeat(w - s.length()) + s;
    }

    private static String clip(String s, int w) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= w ? flat : flat.substring(0, w - 3) + "...";
    }
}
