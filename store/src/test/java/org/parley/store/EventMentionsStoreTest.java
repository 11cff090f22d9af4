package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.Issues;
import org.parley.model.Tone;

/** Several mentions of one event within an article, and the coder's confidence, as stored (schema v4). */
class EventMentionsStoreTest {
    @TempDir
    Path dir;

    /** An article whose visit (confidence 0.9) is mentioned again in sentence 5 (0.6), with a warning (0.4). */
    private static CodedArticle repeated() {
        CodedArticle plain = Articles.coded("Blinken visited Beijing. ... He was in Beijing.",
                List.of(withConfidence(Articles.visit(), 0.9), withConfidence(Articles.warn(Articles.BLINKEN, Articles.CHINA), 0.4)));
        EventMention again = new EventMention(0, 5, 300, 330, "Blinken's visit to Beijing", "visit", 0.6);
        return new CodedArticle(plain.article(), plain.mentions(), plain.events(), plain.quotes(), plain.warnings(),
                plain.unresolved(), Issues.none(2), Tone.NONE, List.of(again));
    }

    private static Event withConfidence(Event e, double c) {
        return new Event(e.source(), e.target(), e.code(), e.name(), e.quadClass(), e.goldstein(), e.plover(),
                e.modality(), e.date(), e.location(), e.sentence(), e.start(), e.end(), e.evidence(), e.trigger(), c);
    }

    @Test
    void aFurtherMentionInTheArticleIsOneMoreMentionOfTheSameEvent() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            store.save(repeated());
            List<StoredEvent> events = new Listings(store).events(EventFilter.ALL, 10);
            assertThat(events).hasSize(2);
            StoredEvent visit = events.stream().filter(e -> e.event().code().value().equals("042")).findFirst()
                    .orElseThrow();
            assertThat(visit.numMentions()).isEqualTo(2);
            assertThat(visit.numArticles()).isEqualTo(1);
            assertThat(visit.event().evidence()).isEqualTo("evidence text");
            assertThat(visit.event().confidence()).isEqualTo(0.9);
            assertThat(store.counts().events()).isEqualTo(2);
            assertThat(store.counts().mentions()).isEqualTo(3);
            List<String> rows = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT split_part(mention_id, '-', 2), sentence, evidence, confidence "
                         + "FROM event_mentions ORDER BY mention_id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getDouble(4));
                }
            }
            assertThat(rows).containsExactly("0 0 evidence text 0.9", "0.1 5 Blinken's visit to Beijing 0.6",
                    "1 2 cautioned China 0.4");
        }
    }

    @Test
    void minConfidenceKeepsEventsWhoseBestReportReachesIt() {
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            store.save(repeated());
            Listings listings = new Listings(store);
            assertThat(listings.events(EventFilter.ALL.withMinConfidence(0.5), 10))
                    .extracting(e -> e.event().code().value()).containsExactly("042");
            assertThat(listings.events(EventFilter.ALL.withMinConfidence(0.95), 10)).isEmpty();
            assertThat(listings.events(EventFilter.ALL.withMinConfidence(0.4), 10)).hasSize(2);
        }
        assertThatThrownBy(() -> EventFilter.ALL.withMinConfidence(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
    }

    @Test
    void keepingEventsReindexesTheirFurtherMentions() {
        CodedArticle kept = repeated().keepEvents(e -> e.confidence() >= 0.5);
        assertThat(kept.events()).hasSize(1);
        assertThat(kept.eventMentions()).extracting(EventMention::sentence).containsExactly(0, 5);
        CodedArticle warningOnly = repeated().keepEvents(e -> e.confidence() < 0.5);
        assertThat(warningOnly.repeats()).isEmpty();
        assertThat(warningOnly.events()).extracting(e -> e.code().value()).containsExactly("130");
    }

    @Test
    void aRepeatOfAMissingEventIsRejected() {
        CodedArticle plain = Articles.coded("Text.", List.of(withConfidence(Articles.visit(), 0.9)));
        assertThatThrownBy(() -> new CodedArticle(plain.article(), plain.mentions(), plain.events(), plain.quotes(),
                plain.warnings(), plain.unresolved(), Issues.none(1), Tone.NONE,
                List.of(new EventMention(3, 1, 0, 1, "x", "x", 0.5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat of event 3");
        assertThat(plain.eventMentions()).hasSize(1);
        assertThat(repeated().mentionCount(0)).isEqualTo(2);
        assertThat(repeated().mentionCount(1)).isEqualTo(1);
    }
}
