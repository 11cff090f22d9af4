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
    void versionOneCreatesTheFourTables() {
        assertThat(Migrations.latest()).isEqualTo(1);
    }
}
