package org.parley.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the events a filter keeps to a file, in one of the field's formats.
 *
 * <ul>
 *   <li>{@code csv}, {@code parquet}, {@code jsonl}: DuckDB's own COPY writers (RFC 4180 CSV with a header; Parquet;
 *       newline-delimited JSON), one row per event with the columns of {@link #COLUMNS} ({@code avg_tone} is the
 *       tone of the event's article; {@code confidence} the coder's, 0..1, the best of the event's reports, empty for
 *       events stored before schema v4). {@code issues} is a list in
 *       Parquet and JSON and a {@code |}-joined string in CSV.</li>
 *   <li>{@code gdelt} and {@code plover}: see {@link GdeltWriter} and {@link PloverWriter}.</li>
 * </ul>
 */
public final class Exports {
    /** Export formats. */
    public enum Format { CSV, JSONL, PARQUET, GDELT, PLOVER }

    /** The columns of the csv, jsonl and parquet exports, in order. */
    public static final String COLUMNS = "event_id, article_id, event_date, date_precision, source, source_name, "
            + "target, target_name, code, name, root, quad_class, goldstein, plover, modality, location, num_mentions, "
            + "num_sources, num_articles, url, title, published, sentence, start_offset, end_offset, evidence, avg_tone, "
            + "issues, confidence";

    private final EventStore store;

    /** Exports from an open store (not closed by this class). */
    public Exports(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Writes the events {@code filter} keeps to {@code out} (replaced if it exists).
     *
     * @return how many events were written, and how many were left out (gdelt: undated; plover: no PLOVER type)
     * @throws IllegalArgumentException for a filter the schema cannot answer
     * @throws StoreException when the database or the file fails
     */
    public Result write(EventFilter filter, Format format, Path out) {
        Path file = out.toAbsolutePath();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.deleteIfExists(file);
            selectInto(filter);
            try {
                return switch (format) {
                    case CSV -> copy(file, "SELECT * REPLACE (array_to_string(issues, '|') AS issues) FROM parley_export",
                            "FORMAT CSV, HEADER true");
                    case PARQUET -> copy(file, "SELECT * FROM parley_export", "FORMAT PARQUET");
                    case JSONL -> copy(file, "SELECT * FROM parley_export", "FORMAT JSON");
                    case GDELT -> lines(file, GdeltWriter::line);
                    case PLOVER -> lines(file, PloverWriter::line);
                };
            } finally {
                try (Statement st = store.connection().createStatement()) {
                    st.execute("DROP TABLE IF EXISTS parley_export");
                }
            }
        } catch (SQLException e) {
            throw store.failure("export " + format.name().toLowerCase(Locale.ROOT) + " to " + file, e);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Events written and left out. */
    public record Result(long written, long leftOut) {
    }

    /** Turns one selected row into one line of a format, or empty when the format cannot take the event. */
    @FunctionalInterface
    interface LineFormat {
        java.util.Optional<String> line(ResultSet row) throws SQLException, IOException;
    }

    private void selectInto(EventFilter filter) throws SQLException {
        EventFilter.Sql cond = filter.where();
        String issues = "coalesce((SELECT list(DISTINCT i.issue ORDER BY i.issue) FROM issues i "
                + "WHERE i.event_id = r.event_id), CAST([] AS VARCHAR[]))";
        try (Statement st = store.connection().createStatement()) {
            st.execute("DROP TABLE IF EXISTS parley_export");
        }
        String sql = "CREATE TEMP TABLE parley_export AS SELECT " + COLUMNS.replace("issues", issues + " AS issues")
                .replace("event_id,", "r.event_id,") + ", date_added, day, month FROM " + EventSql.ROWS
                + " r WHERE " + cond.text() + " ORDER BY coalesce(day, month) NULLS LAST, r.event_id";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            cond.bind(ps, 1);
            ps.execute();
        }
    }

    private Result copy(Path file, String select, String options) throws SQLException {
        try (Statement st = store.connection().createStatement()) {
            st.execute("COPY (" + select.replace("FROM parley_export", "FROM (SELECT * EXCLUDE (date_added, day, month) "
                    + "FROM parley_export)") + ") TO '" + file.toString().replace("'", "''") + "' (" + options + ")");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM parley_export")) {
                rs.next();
                return new Result(rs.getLong(1), 0);
            }
        }
    }

    /** Writes one line per selected row that {@code format} can take, UTF-8, '\n' after each. */
    private Result lines(Path file, LineFormat format) throws SQLException, IOException {
        long written = 0;
        long left = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM parley_export")) {
            while (rs.next()) {
                java.util.Optional<String> line = format.line(rs);
                if (line.isEmpty()) {
                    left++;
                    continue;
                }
                w.write(line.get());
                w.write('\n');
                written++;
            }
        }
        return new Result(written, left);
    }
}
