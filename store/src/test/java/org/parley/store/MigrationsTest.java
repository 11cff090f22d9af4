package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void splitsStatementsAndDropsComments() {
        String script = "-- header\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n  y VARCHAR\n);\n";
        assertThat(Migrations.statements(script))
                .containsExactly("CREATE TABLE a (x INTEGER)", "CREATE TABLE b (\n  y VARCHAR\n)");
    }

    @Test
    void emptyScriptHasNoStatements() {
        assertThat(Migrations.statements("")).isEqualTo(List.of());
        assertThat(Migrations.statements("-- only a comment\n")).isEmpty();
    }

    @Test
    void theLatestVersionIsThree() {
        assertThat(Migrations.latest()).isEqualTo(4);
    }

    @Test
    void aVersionOneDatabaseMigratesItsEventsToMentionsWithEventIds(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path db = dir.resolve("v1.duckdb");
        String v1;
        try (var in = Migrations.class.getResourceAsStream("schema-v1.sql")) {
            v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        org.parley.model.Event visit = Articles.visit();
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db); var st = c.createStatement()) {
            st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL "
                    + "DEFAULT current_timestamp)");
            for (String statement : Migrations.statements(v1)) {
                st.execute(statement);
            }
            st.execute("INSERT INTO schema_version (version) VALUES (1)");
            st.execute("INSERT INTO articles VALUES ('00000000000000aa', 'T', '', 'AP', DATE '2023-06-19', 'Text.', "
                    + "TIMESTAMP '2024-01-01 00:00:00', '0.1.0')");
            st.execute("INSERT INTO events VALUES ('00000000000000aa-0', '00000000000000aa', 'USAGOV', 'Antony Blinken', "
                    + "'CHN', 'China', '042', 'Make a visit', '04', 1, 1.9, 'CONSULT/visit', 'asserted', '2023-06-18', "
                    + "'day', 'Beijing, CHN', 0, 10, 40, 'evidence text', 'visit')");
            st.execute("INSERT INTO mentions VALUES ('00000000000000aa', 0, 0, 14, 'Antony Blinken', 'USAGOV', 'title')");
        }
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.schemaVersion()).isEqualTo(4);
            assertThat(store.counts()).isEqualTo(new Counts(1, 1, 1, 0, 1, 1, 0));
            StoredEvent event = store.events(EventQuery.all(5)).get(0);
            assertThat(event.eventId()).isEqualTo(EventKeys.id(visit, "00000000000000aa"));
            assertThat(event.event()).isEqualTo(visit);
            assertThat(event.numSources()).isEqualTo(1);
        }
    }
}
