package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Brings a database to the newest schema: applies the resources {@code schema-v1.sql},
 * {@code schema-v2.sql}, ... beyond the version recorded in {@code schema_version}, in order, each in
 * its own transaction together with its {@code schema_version} row.
 */
final class Migrations {
    private static final String RESOURCE = "schema-v%d.sql";

    private Migrations() {
    }

    /** The newest schema version this build knows (the highest consecutive resource). */
    static int latest() {
        int v = 0;
        while (script(v + 1).isPresent()) {
            v++;
        }
        return v;
    }

    /**
     * Applies the missing migrations; returns the schema version afterwards. Throws StoreException when
     * the database is newer than this build, SQLException when a migration fails (that one is rolled back).
     */
    static int apply(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
        }
        int current = current(connection);
        int latest = latest();
        if (current > latest) {
            throw new StoreException("database schema v" + current + " is newer than this parley's v" + latest);
        }
        for (int v = current + 1; v <= latest; v++) {
            String sql = script(v).orElseThrow();
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement();
                 PreparedStatement mark = connection.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
                for (String statement : statements(sql)) {
                    st.execute(statement);
                }
                mark.setInt(1, v);
                mark.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        }
        return latest;
    }

    /** The highest version in {@code schema_version}, 0 for a new database. */
    static int current(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A script's statements: split at semicolons that end a line, "--" comment lines dropped. */
    static List<String> statements(String script) {
        StringBuilder body = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : body.toString().split(";\\s*\n")) {
            if (!part.isBlank()) {
                out.add(part.strip().replaceAll(";$", ""));
            }
        }
        return out;
    }

    private static Optional<String> script(int version) {
        try (InputStream in = Migrations.class.getResourceAsStream(String.format(RESOURCE, version))) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + String.format(RESOURCE, version), e);
        }
    }
}
