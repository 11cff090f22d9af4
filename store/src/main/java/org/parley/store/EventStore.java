package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.CameoCode;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Modality;
import org.parley.model.QuadClass;

/**
 * Coded articles in one DuckDB file.
 *
 * <p>Lifecycle: {@link #open} the file (created with the current schema when missing, migrated when
 * older), {@link #save} articles, query, then {@link #close}. Each saved article is one transaction:
 * its article, mention, event and quote rows are committed together or not at all. One instance
 * holds one connection and is not thread-safe; DuckDB lets one process at a time write a file.
 * Every failing database call throws {@link StoreException} naming the file.
 */
public final class EventStore implements AutoCloseable {
    /** The version recorded with articles when the caller does not name one. */
    public static final String UNKNOWN_VERSION = "unknown";

    /** The dyad of an events row over country parts; an IGO code stands whole (as {@link Actor#country()}). */
    private static final String DYAD = "(CASE WHEN e.source LIKE 'IGO%' THEN e.source ELSE substr(e.source, 1, 3) END)"
            + " || '-' || (CASE WHEN e.target LIKE 'IGO%' THEN e.target ELSE substr(e.target, 1, 3) END)";

    private final Path file;
    private final Connection connection;
    private final String parleyVersion;
    private final Clock clock;
    private final WriteHook hook;

    private EventStore(Path file, Connection connection, String parleyVersion, Clock clock, WriteHook hook) {
        this.file = file;
        this.connection = connection;
        this.parleyVersion = parleyVersion;
        this.clock = clock;
        this.hook = hook;
    }

    /** Opens or creates {@code dbFile}; articles are recorded with version {@value #UNKNOWN_VERSION}. */
    public static EventStore open(Path dbFile) {
        return open(dbFile, UNKNOWN_VERSION);
    }

    /**
     * Opens {@code dbFile}, creating it (and its parent folders) with the current schema when missing and
     * applying pending migrations otherwise.
     *
     * @param parleyVersion recorded in {@code articles.parley_version} for each article saved, e.g. "0.1.0"
     * @throws StoreException when the file cannot be opened (locked by another process, not a DuckDB
     *                        file) or its schema is newer than this build
     */
    public static EventStore open(Path dbFile, String parleyVersion) {
        return open(dbFile, parleyVersion, Clock.systemUTC(), WriteHook.NONE);
    }

    static EventStore open(Path dbFile, String parleyVersion, Clock clock, WriteHook hook) {
        Objects.requireNonNull(dbFile, "dbFile");
        Objects.requireNonNull(parleyVersion, "parleyVersion");
        Path file = dbFile.toAbsolutePath();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
        try {
            Migrations.apply(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof StoreException se) {
                throw new StoreException(file + ": " + se.getMessage(), se);
            }
            throw new StoreException("cannot migrate database " + file + ": " + e.getMessage(), e);
        }
        return new EventStore(file, connection, parleyVersion, clock, hook);
    }

    /** The database file, as an absolute path. */
    public Path file() {
        return file;
    }

    /** The schema version of the open database (the highest applied migration). */
    public int schemaVersion() {
        try {
            return Migrations.current(connection);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    /** True when an article with this id is stored. */
    public boolean contains(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM articles WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("look up article " + articleId, e);
        }
    }

    /**
     * Stores one coded article with its mentions, events and quotes in a single transaction.
     *
     * @return true when stored; false, writing nothing, when an article with the same id is already stored
     * @throws StoreException when a write fails; the transaction is rolled back and no row of the article remains
     */
    public boolean save(CodedArticle coded) {
        Objects.requireNonNull(coded, "coded");
        String id = coded.article().id();
        try {
            connection.setAutoCommit(false);
            try {
                if (containsInTransaction(id)) {
                    connection.rollback();
                    return false;
                }
                LocalDateTime codedAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                new ArticleWriter(connection, hook).write(coded, codedAt, parleyVersion);
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("save article " + id, e);
        }
    }

    /**
     * Stored events, ordered by event date (undated last), then article id and position in the text.
     *
     * @return at most {@code query.limit()} events, each with its article's title
     */
    public List<StoredEvent> events(EventQuery query) {
        Objects.requireNonNull(query, "query");
        String sql = "SELECT e.*, a.title AS article_title FROM events e JOIN articles a ON a.article_id = e.article_id"
                + (query.dyad().isPresent() ? " WHERE " + DYAD + " = ?" : "")
                + " ORDER BY e.event_date NULLS LAST, e.article_id, e.sentence, e.start_offset, e.event_id LIMIT ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int p = 1;
            if (query.dyad().isPresent()) {
                ps.setString(p++, query.dyad().get());
            }
            ps.setInt(p, query.limit());
            List<StoredEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(storedEvent(rs));
                }
            }
            return List.copyOf(out);
        } catch (SQLException e) {
            throw failure("list events", e);
        }
    }

    /**
     * The number of stored events per dyad ("USA-CHN", over country parts), all modalities included.
     *
     * @return an unmodifiable map iterating by count descending, then dyad ascending
     */
    public Map<String, Integer> countByDyad() {
        String sql = "SELECT " + DYAD + " AS dyad, count(*) AS n FROM events e GROUP BY dyad ORDER BY n DESC, dyad";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            Map<String, Integer> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString("dyad"), rs.getInt("n"));
            }
            return Collections.unmodifiableMap(out);
        } catch (SQLException e) {
            throw failure("count events by dyad", e);
        }
    }

    /** Row counts of the articles, events, quotes and mentions tables. */
    public Counts counts() {
        String sql = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                + "(SELECT count(*) FROM quotes), (SELECT count(*) FROM mentions)";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
        } catch (SQLException e) {
            throw failure("count rows", e);
        }
    }

    /** Closes the connection; the file stays. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private boolean containsInTransaction(String articleId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM articles WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static StoredEvent storedEvent(ResultSet rs) throws SQLException {
        String date = rs.getString("event_date");
        Optional<EventDate> eventDate = date == null ? Optional.empty() : Optional.of(EventDate.parse(date));
        Event event = new Event(
                new Actor(rs.getString("source"), rs.getString("source_name")),
                new Actor(rs.getString("target"), rs.getString("target_name")),
                CameoCode.of(rs.getString("code")),
                rs.getString("name"),
                quadClass(rs.getInt("quad_class")),
                rs.getDouble("goldstein"),
                rs.getString("plover"),
                Modality.valueOf(rs.getString("modality").toUpperCase(Locale.ROOT)),
                eventDate,
                rs.getString("location"),
                rs.getInt("sentence"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getString("evidence"),
                rs.getString("trigger"));
        return new StoredEvent(rs.getString("event_id"), rs.getString("article_id"), rs.getString("article_title"), event);
    }

    private static QuadClass quadClass(int number) {
        for (QuadClass q : QuadClass.values()) {
            if (q.number() == number) {
                return q;
            }
        }
        throw new IllegalStateException("stored quad_class out of 1..4: " + number);
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the open already failed; that failure is the one to report
        }
    }
}
