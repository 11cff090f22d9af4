package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Modality;

class CrossArticleEventsTest {
    private static final Optional<EventDate> JUNE_18 = Optional.of(EventDate.ofDay(LocalDate.of(2023, 6, 18)));

    @TempDir
    Path dir;

    @Test
    void oneEventReportedByThreeArticlesOfTwoOutletsHasGdeltCounts() {
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            store.save(Articles.coded("Reuters story.", "Reuters", "", List.of(Articles.visit(), Articles.visit())));
            store.save(Articles.coded("AP story.", "", "https://www.apnews.example/x", List.of(Articles.visit())));
            store.save(Articles.coded("Second Reuters story.", "Reuters", "", List.of(Articles.visit())));

            List<StoredEvent> events = store.events(EventQuery.all(10));
            assertThat(events).hasSize(1);
            StoredEvent visit = events.get(0);
            assertThat(visit.numMentions()).isEqualTo(4);
            assertThat(visit.numArticles()).isEqualTo(3);
            assertThat(visit.numSources()).isEqualTo(2);
            assertThat(visit.event()).isEqualTo(Articles.visit());
            assertThat(store.counts().events()).isEqualTo(1);
            assertThat(store.counts().mentions()).isEqualTo(4);
            assertThat(store.countByDyad()).containsExactly(java.util.Map.entry("USA-CHN", 1));
        }
    }

    @Test
    void modalityAndDateSeparateEventsAndPastCountsAsAsserted() {
        Event held = Articles.meet(Articles.BLINKEN, Articles.XI, JUNE_18, Modality.ASSERTED);
        Event recalled = Articles.meet(Articles.BLINKEN, Articles.XI, JUNE_18, Modality.PAST);
        Event hoped = Articles.meet(Articles.BLINKEN, Articles.XI, JUNE_18, Modality.HYPOTHETICAL);
        Event otherDay = Articles.meet(Articles.BLINKEN, Articles.XI,
                Optional.of(EventDate.ofDay(LocalDate.of(2023, 6, 19))), Modality.ASSERTED);
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            store.save(Articles.coded("One.", List.of(held, hoped)));
            store.save(Articles.coded("Two.", List.of(recalled, otherDay)));

            assertThat(EventKeys.id(held, "a")).isEqualTo(EventKeys.id(recalled, "b"));
            assertThat(EventKeys.key(held, "a")).isEqualTo("USAGOV|CHNGOV|043|2023-06-18|asserted");
            assertThat(store.events(EventQuery.all(10))).extracting(e -> e.event().modality().label() + " "
                    + e.event().date().orElseThrow() + " " + e.numArticles())
                    .containsExactlyInAnyOrder("asserted 2023-06-18 2", "hypothetical 2023-06-18 1", "asserted 2023-06-19 1");
        }
    }

    @Test
    void undatedEventsAreNeverMergedAcrossArticles() {
        Event undated = Articles.meet(Articles.BLINKEN, Articles.XI, Optional.empty(), Modality.ASSERTED);
        try (EventStore store = EventStore.open(dir.resolve("p.duckdb"))) {
            store.save(Articles.coded("One.", List.of(undated, undated)));
            store.save(Articles.coded("Two.", List.of(undated)));
            assertThat(store.events(EventQuery.all(10))).extracting(StoredEvent::numMentions).containsExactly(2L, 1L);
        }
    }
}
