package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.CodedArticle;

/**
 * Coded articles in one DuckDB file.
 *
 * <p>Lifecycle: {@link #open} the file (created with the current schema when missing, migrated when
 * older), {@link #save} articles (or {@link #recode} them), query, then {@link #close}. Each saved article is one
 * transaction: its article, actor mention, event mention and quote rows are committed together or not at all,
 * so an interrupted process (even killed) leaves no half article. Events across articles are the
 * {@code events} view over {@code event_mentions} ({@link EventKeys} says which reports are one event). One
 * instance holds one connection and is not thread-safe, except that {@link #contains}, {@link #containsUrl},
 * {@link #save} and {@link #recode} hold the instance's monitor: a reader on another thread that also holds it
 * (as {@code parley serve --watch} does around each query) never sees half an article; DuckDB lets one process at a
 * time write a file, and
 * opening a file another process holds fails with {@link StoreException} saying so. Every failing database
 * call throws {@link StoreException} naming the file.
 */
public final class EventStore implements AutoCloseable {
    /** The version recorded with articles when the caller does not name one. */
    public static final String UNKNOWN_VERSION = "unknown";

    /** The dyad of an events row over country parts; an IGO code stands whole (as {@link Actor#country()}). */
    private static final String DYAD = "(CASE WHEN e.source LIKE 'IGO%' THEN e.source ELSE substr(e.source, 1, 3) END)"
            + " || '-' || (CASE WHEN e.target LIKE 'IGO%' THEN e.target ELSE substr(e.target, 1, 3) END)";

    private final Path file;
    private final Connection connection;
    private final Coding coding;
    private final Clock clock;
    private final WriteHook hook;

    private EventStore(Path file, Connection connection, Coding coding, Clock clock, WriteHook hook) {
        this.file = file;
        this.connection = connection;
        this.coding = coding;
        this.clock = clock;
        this.hook = hook;
    }

    /** Opens or creates {@code dbFile}; articles are recorded with version {@value #UNKNOWN_VERSION}. */
    public static EventStore open(Path dbFile) {
        return open(dbFile, UNKNOWN_VERSION);
    }

    /** Opens or creates {@code dbFile}; rows are recorded with {@code parleyVersion} and no tables version. */
    public static EventStore open(Path dbFile, String parleyVersion) {
        return open(dbFile, new Coding(parleyVersion, ""));
    }

    /**
     * Opens {@code dbFile}, creating it (and its parent folders) with the current schema when missing and
     * applying pending migrations otherwise.
     *
     * @param coding recorded with each article and event mention saved or re-coded
     * @throws StoreException when the file cannot be opened (in use by another process, not a DuckDB
     *                        file) or its schema is newer than this build
     */
    public static EventStore open(Path dbFile, Coding coding) {
        return open(dbFile, coding, Clock.systemUTC(), WriteHook.NONE);
    }

    /**
     * Opens an existing {@code dbFile} read-only (a DuckDB read-only connection: several processes may read one
     * file, and no write of this instance can succeed). The file is neither created nor migrated.
     *
     * @throws StoreException when the file is missing, cannot be opened (held for writing by another process, not a
     *                        DuckDB file) or its schema is not this build's (older files are migrated by opening
     *                        them for writing once, e.g. with {@code parley stats})
     */
    public static EventStore openReadOnly(Path dbFile) {
        Objects.requireNonNull(dbFile, "dbFile");
        Path file = dbFile.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no database at " + file);
        }
        Connection connection;
        try {
            java.util.Properties props = new java.util.Properties();
            props.setProperty("duckdb.read_only", "true");
            connection = DriverManager.getConnection("jdbc:duckdb:" + file, props);
        } catch (SQLException e) {
            throw new StoreException(Locks.describe(file, e), e);
        }
        try {
            int current = Migrations.current(connection);
            if (current != Migrations.latest()) {
                throw new StoreException(file + ": database schema v" + current + " is not this parley's v"
                        + Migrations.latest() + " (open it once for writing, e.g. parley stats, to migrate it)");
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("cannot read the schema version of " + file + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        }
        return new EventStore(file, connection, new Coding(UNKNOWN_VERSION, ""), Clock.systemUTC(), WriteHook.NONE);
    }

    static EventStore open(Path dbFile, String parleyVersion, Clock clock, WriteHook hook) {
        return open(dbFile, new Coding(parleyVersion, ""), clock, hook);
    }

    static EventStore open(Path dbFile, Coding coding, Clock clock, WriteHook hook) {
        Objects.requireNonNull(dbFile, "dbFile");
        Objects.requireNonNull(coding, "coding");
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
            throw new StoreException(Locks.describe(file, e), e);
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
        return new EventStore(file, connection, coding, clock, hook);
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

    /** The open connection, for the query classes of this package (they do not close it). */
    Connection connection() {
        return connection;
    }

    /** True when an article with this id is stored. */
    public synchronized boolean contains(String articleId) {
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
    public synchronized boolean save(CodedArticle coded) {
        Objects.requireNonNull(coded, "coded");
        return inTransaction("save", coded, false, writer -> writer.write(coded, now(), coding));
    }

    /**
     * Re-codes a stored article: replaces its actor mentions, event mentions, quotes and issues with
     * {@code coded}'s, and records this store's {@link Coding} and the time, in one transaction.
     *
     * @return true when replaced; false, writing nothing, when no article with that id is stored
     * @throws StoreException when a write fails; the transaction is rolled back and the article keeps its old rows
     */
    public synchronized boolean recode(CodedArticle coded) {
        Objects.requireNonNull(coded, "coded");
        return inTransaction("re-code", coded, true, writer -> writer.rewrite(coded, now(), coding));
    }

    /** Writes one article's rows with {@code ArticleWriter}, in the transaction that {@link #inTransaction} opens. */
    @FunctionalInterface
    private interface Write {
        void to(ArticleWriter writer) throws SQLException;
    }

    /**
     * Runs {@code write} in one transaction when the article's presence is {@code mustExist}; rolls back and
     * returns false otherwise, and rolls back and throws when the write fails.
     */
    private boolean inTransaction(String verb, CodedArticle coded, boolean mustExist, Write write) {
        String id = coded.article().id();
        try {
            connection.setAutoCommit(false);
            try {
                if (containsInTransaction(id) != mustExist) {
                    connection.rollback();
                    return false;
                }
                write.to(new ArticleWriter(connection, hook));
                new AnalysisWriter(connection).write(coded);
                hook.written("issues");
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(verb + " article " + id, e);
        }
    }

    /**
     * Ids of stored articles in id order: all of them, or with {@code notCodedByThis} only those whose parley
     * version or tables version differs from this store's {@link Coding} (what is left of an interrupted re-code).
     */
    public List<String> articleIds(boolean notCodedByThis) {
        String sql = "SELECT article_id FROM articles"
                + (notCodedByThis ? " WHERE parley_version <> ? OR coalesce(tables_version, '') <> ?" : "")
                + " ORDER BY article_id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (notCodedByThis) {
                ps.setString(1, coding.parleyVersion());
                ps.setString(2, coding.tablesVersion());
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return List.copyOf(ids);
        } catch (SQLException e) {
            throw failure("list articles", e);
        }
    }

    /** The stored article with this id, as it was read (title, text, URL, source, publication day). */
    public Optional<Article> article(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT title, text, url, source, CAST(published AS VARCHAR) FROM articles WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String published = rs.getString(5);
                return Optional.of(new Article(articleId, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), published == null ? Optional.empty() : Optional.of(LocalDate.parse(published))));
            }
        } catch (SQLException e) {
            throw failure("read article " + articleId, e);
        }
    }

    /** True when an article with this URL is stored (a feed entry already read); a blank URL is never stored. */
    public synchronized boolean containsUrl(String url) {
        if (url.isBlank()) {
            return false;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM articles WHERE url = ? LIMIT 1")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("look up URL " + url, e);
        }
    }

    /**
     * Distinct events across articles, each with its counts and its first report (earliest published article,
     * then article id and position), ordered by event date (undated last), then that first report.
     *
     * @return at most {@code query.limit()} events
     */
    public List<StoredEvent> events(EventQuery query) {
        Objects.requireNonNull(query, "query");
        String sql = "SELECT m.*, a.title AS article_title, e.num_mentions, e.num_sources, e.num_articles "
                + "FROM " + EventSql.FIRST_REPORTS
                + (query.dyad().isPresent() ? " WHERE " + DYAD + " = ?" : "")
                + " ORDER BY e.event_date NULLS LAST, a.published NULLS LAST, m.article_id, m.sentence, m.start_offset,"
                + " e.event_id LIMIT ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int p = 1;
            if (query.dyad().isPresent()) {
                ps.setString(p++, query.dyad().get());
            }
            ps.setInt(p, query.limit());
            List<StoredEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(EventRows.storedEvent(rs));
                }
            }
            return List.copyOf(out);
        } catch (SQLException e) {
            throw failure("list events", e);
        }
    }

    /**
     * The number of distinct events per dyad ("USA-CHN", over country parts), all modalities included.
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

    /** Row counts: articles, distinct events, event mentions, quotes, distinct actors, actor mentions, issues. */
    public Counts counts() {
        String sql = "SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT event_id) FROM event_mentions), "
                + "(SELECT count(*) FROM event_mentions), (SELECT count(*) FROM quotes), "
                + "(SELECT count(DISTINCT actor_code) FROM actor_mentions), (SELECT count(*) FROM actor_mentions), "
                + "(SELECT count(*) FROM issues)";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                    rs.getLong(7));
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

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A {@link StoreException} naming this file and what failed. */
    StoreException failure(String what, SQLException e) {
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
