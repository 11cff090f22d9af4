package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Modality;

class EventStoreTest {
    @TempDir
    Path dir;

    @Test
    void openCreatesTheFileWithTheCurrentSchema() {
        Path db = dir.resolve("sub/parley.duckdb");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest()).isEqualTo(4);
            assertThat(store.counts()).isEqualTo(new Counts(0, 0, 0, 0, 0, 0, 0));
            assertThat(store.events(EventQuery.all(10))).isEmpty();
            assertThat(store.countByDyad()).isEmpty();
        }
        assertThat(db).exists();
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        Path db = dir.resolve("parley.duckdb");
        CodedArticle coded = Articles.coded("Blinken visited Beijing.", List.of(Articles.visit()));
        try (EventStore store = EventStore.open(db, "0.1.0")) {
            assertThat(store.save(coded)).isTrue();
        }
        try (EventStore store = EventStore.open(db, "0.1.0")) {
            assertThat(store.schemaVersion()).isEqualTo(4);
            assertThat(store.contains(coded.article().id())).isTrue();
            assertThat(store.counts()).isEqualTo(new Counts(1, 1, 1, 2, 1, 1, 0));
        }
    }

    @Test
    void savedEventReadsBackAsWritten() {
        CodedArticle coded = Articles.coded("Blinken visited Beijing.", List.of(Articles.visit()));
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            store.save(coded);
            List<StoredEvent> events = store.events(EventQuery.all(10));
            assertThat(events).hasSize(1);
            StoredEvent stored = events.get(0);
            assertThat(stored.event()).isEqualTo(Articles.visit());
            assertThat(stored.articleId()).isEqualTo(coded.article().id());
            assertThat(stored.eventId()).isEqualTo(EventKeys.id(Articles.visit(), coded.article().id())).hasSize(16);
            assertThat(stored.numMentions()).isEqualTo(1);
            assertThat(stored.numArticles()).isEqualTo(1);
            assertThat(stored.numSources()).isEqualTo(1);
            assertThat(stored.articleTitle()).isEqualTo("Blinken in Beijing");
            assertThat(stored.dyad()).isEqualTo("USA-CHN");
        }
    }

    @Test
    void monthDatesUndatedEventsAndAnEmptyArticleRoundTrip() {
        Event undated = Articles.meet(Articles.XI, Articles.BLINKEN, Optional.empty(), Modality.HYPOTHETICAL);
        CodedArticle coded = Articles.coded("They could meet again.", List.of(undated, Articles.warn(Articles.BLINKEN, Articles.CHINA)));
        Article bare = new Article("00000000000000ff", "", "Nothing happened.", "", "", Optional.empty());
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            store.save(coded);
            assertThat(store.save(new CodedArticle(bare, List.of(), List.of(), List.of(), List.of()))).isTrue();
            List<StoredEvent> events = store.events(EventQuery.all(10));
            assertThat(events).extracting(StoredEvent::event)
                    .containsExactly(Articles.warn(Articles.BLINKEN, Articles.CHINA), undated);
            assertThat(events.get(0).event().date()).contains(EventDate.ofMonth(java.time.YearMonth.of(2022, 11)));
            assertThat(store.counts()).isEqualTo(new Counts(2, 2, 2, 2, 1, 1, 0));
        }
    }

    @Test
    void savingTheSameArticleTwiceStoresItOnce() {
        CodedArticle coded = Articles.coded("Blinken visited Beijing.", List.of(Articles.visit()));
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            assertThat(store.contains(coded.article().id())).isFalse();
            assertThat(store.save(coded)).isTrue();
            assertThat(store.save(coded)).isFalse();
            assertThat(store.contains(coded.article().id())).isTrue();
            assertThat(store.counts()).isEqualTo(new Counts(1, 1, 1, 2, 1, 1, 0));
        }
    }

    @Test
    void aFailureInTheMiddleOfSaveLeavesNoRowOfThatArticle() {
        CodedArticle good = Articles.coded("First article.", List.of(Articles.visit()));
        CodedArticle doomed = Articles.coded("Second article.", List.of(Articles.visit(), Articles.warn(Articles.BLINKEN, Articles.RUSSIA)));
        WriteHook failAfterEvents = table -> {
            if (table.equals("event_mentions")) {
                throw new java.sql.SQLException("disk full (simulated)");
            }
        };
        Path db = dir.resolve("p.duckdb");
        try (EventStore store = EventStore.open(db, "test", Clock.systemUTC(), failAfterEvents)) {
            assertThatThrownBy(() -> store.save(good)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("disk full (simulated)").hasMessageContaining(good.article().id());
            assertThat(store.counts()).isEqualTo(new Counts(0, 0, 0, 0, 0, 0, 0));
            assertThat(store.contains(good.article().id())).isFalse();
        }
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.save(good)).isTrue();
        }
        try (EventStore store = EventStore.open(db, "test", Clock.systemUTC(), failAfterEvents)) {
            assertThatThrownBy(() -> store.save(doomed)).isInstanceOf(StoreException.class);
            assertThat(store.contains(doomed.article().id())).isFalse();
            assertThat(store.counts()).isEqualTo(new Counts(1, 1, 1, 2, 1, 1, 0));
            assertThat(store.events(EventQuery.all(10))).extracting(StoredEvent::articleId)
                    .containsOnly(good.article().id());
        }
    }

    @Test
    void dyadFilterAndCountsUseCountryParts() {
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            store.save(Articles.coded("One.", List.of(Articles.visit(),
                    Articles.warn(Articles.BLINKEN, Articles.RUSSIA))));
            store.save(Articles.coded("Two.", List.of(
                    Articles.meet(Articles.BLINKEN, Articles.XI, Optional.empty(), Modality.ASSERTED),
                    Articles.warn(Articles.NATO, Articles.RUSSIA),
                    Articles.warn(Articles.XI, Articles.BLINKEN))));
            assertThat(store.countByDyad()).containsExactly(
                    java.util.Map.entry("USA-CHN", 2),
                    java.util.Map.entry("CHN-USA", 1),
                    java.util.Map.entry("IGONATO-RUS", 1),
                    java.util.Map.entry("USA-RUS", 1));
            assertThat(store.events(EventQuery.ofDyad("USA-CHN", 10))).extracting(e -> e.event().code().value())
                    .containsExactly("042", "043");
            assertThat(store.events(EventQuery.ofDyad("IGONATO-RUS", 10))).hasSize(1);
            assertThat(store.events(EventQuery.ofDyad("CHN-RUS", 10))).isEmpty();
            assertThat(store.events(EventQuery.all(2))).hasSize(2);
            assertThat(store.counts()).isEqualTo(new Counts(2, 5, 5, 4, 1, 2, 0));
        }
    }

    @Test
    void articleRowKeepsMetadataAndCodingTime() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2024-03-01T10:15:30Z"), ZoneOffset.UTC);
        CodedArticle coded = Articles.coded("Blinken visited Beijing.", List.of());
        Path db = dir.resolve("p.duckdb");
        try (EventStore store = EventStore.open(db, "0.1.0", fixed, WriteHook.NONE)) {
            store.save(coded);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
             var ps = c.prepareStatement("SELECT title, url, source, published, text, coded_at, parley_version "
                     + "FROM articles WHERE article_id = ?")) {
            ps.setString(1, coded.article().id());
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("title")).isEqualTo("Blinken in Beijing");
                assertThat(rs.getString("url")).isEqualTo("https://example.org/a");
                assertThat(rs.getObject("published", LocalDate.class)).isEqualTo(LocalDate.of(2023, 6, 19));
                assertThat(rs.getString("text")).isEqualTo("Blinken visited Beijing.");
                assertThat(rs.getString("coded_at")).startsWith("2024-03-01 10:15:30");
                assertThat(rs.getString("parley_version")).isEqualTo("0.1.0");
            }
        }
    }

    @Test
    void aFileThatIsNotADatabaseFailsWithItsName() throws Exception {
        Path bogus = Files.writeString(dir.resolve("notes.duckdb"), "just some text, not a database\n".repeat(200));
        assertThatThrownBy(() -> EventStore.open(bogus)).isInstanceOf(StoreException.class)
                .hasMessageContaining("notes.duckdb");
    }

    @Test
    void badQueriesFailInTheConstructor() {
        assertThatThrownBy(() -> EventQuery.ofDyad("usa-chn", 10)).hasMessageContaining("usa-chn");
        assertThatThrownBy(() -> EventQuery.all(0)).hasMessageContaining("0");
    }

    @Test
    void randomArticlesAllRoundTrip() {
        Random random = new Random(42);
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            int mentions = 0;
            java.util.Set<String> kinds = new java.util.HashSet<>();
            for (int i = 0; i < 20; i++) {
                int n = random.nextInt(4);
                List<Event> list = new java.util.ArrayList<>();
                for (int k = 0; k < n; k++) {
                    boolean visit = random.nextBoolean();
                    list.add(visit ? Articles.visit() : Articles.warn(Articles.XI, Articles.RUSSIA));
                    kinds.add(visit ? "visit" : "warn");
                }
                mentions += n;
                assertThat(store.save(Articles.coded("Article number " + i + " " + random.nextLong(), list))).isTrue();
            }
            assertThat(store.counts()).isEqualTo(new Counts(20, kinds.size(), mentions, 40, 1, 20, 0));
            assertThat(store.countByDyad().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(kinds.size());
            assertThat(store.events(EventQuery.all(10)).stream().mapToLong(StoredEvent::numMentions).sum())
                    .isEqualTo(mentions);
        }
    }
}
