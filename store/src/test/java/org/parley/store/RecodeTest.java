package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.CodedArticle;

class RecodeTest {
    @TempDir
    Path dir;

    @Test
    void recodeReplacesAnArticlesRowsAndRecordsTheNewCoding() throws Exception {
        Path db = dir.resolve("p.duckdb");
        CodedArticle first = Articles.coded("Blinken visited Beijing.", List.of(Articles.visit()));
        CodedArticle second = Articles.coded("Another story.", List.of());
        try (EventStore store = EventStore.open(db, new Coding("0.1.0", "builtin-aaaa"))) {
            store.save(first);
            store.save(second);
        }
        CodedArticle recoded = new CodedArticle(first.article(), List.of(),
                List.of(Articles.warn(Articles.BLINKEN, Articles.CHINA), Articles.visit()), List.of(), List.of());
        try (EventStore store = EventStore.open(db, new Coding("0.2.0", "builtin-bbbb"))) {
            assertThat(store.articleIds(true)).containsExactlyInAnyOrder(first.article().id(), second.article().id());
            assertThat(store.article(first.article().id())).contains(first.article());
            assertThat(store.recode(recoded)).isTrue();
            assertThat(store.articleIds(true)).containsExactly(second.article().id());
            assertThat(store.articleIds(false)).hasSize(2);
            assertThat(store.counts()).isEqualTo(new Counts(2, 2, 2, 2, 1, 1, 0));
            assertThat(store.recode(Articles.coded("Never stored.", List.of()))).isFalse();
        }
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + db);
             var rs = c.createStatement().executeQuery("SELECT DISTINCT parley_version, tables_version FROM event_mentions")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("0.2.0 builtin-bbbb");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void aFailedRecodeKeepsTheOldRows() {
        Path db = dir.resolve("p.duckdb");
        CodedArticle first = Articles.coded("Blinken visited Beijing.", List.of(Articles.visit()));
        try (EventStore store = EventStore.open(db)) {
            store.save(first);
        }
        WriteHook failAfterEvents = table -> {
            if (table.equals("event_mentions")) {
                throw new java.sql.SQLException("disk full (simulated)");
            }
        };
        try (EventStore store = EventStore.open(db, "0.2.0", java.time.Clock.systemUTC(), failAfterEvents)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.recode(new CodedArticle(first.article(),
                    List.of(), List.of(), List.of(), List.of()))).isInstanceOf(StoreException.class);
            assertThat(store.counts()).isEqualTo(new Counts(1, 1, 1, 2, 1, 1, 0));
            assertThat(store.articleIds(true)).containsExactly(first.article().id());
        }
    }
}
