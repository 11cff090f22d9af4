package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue, actor and event listings over the {@link History} database. */
class ListingsTest {
    @TempDir
    Path dir;

    @Test
    void issuesByArticlesWithEventsAndEvidence() {
        try (EventStore store = History.stored(dir.resolve("h.duckdb"))) {
            assertThat(new Listings(store).issues(EventFilter.ALL, 10)).containsExactly(
                    new Listings.IssueRow("ARMED_CONFLICT", 12, 12, "struck"),
                    new Listings.IssueRow("DIPLOMATIC_RELATIONS", 6, 24, "visited"),
                    new Listings.IssueRow("TAIWAN", 6, 24, "threatened"));
            EventFilter chinese = new EventFilter(Optional.of("CHN"), Optional.empty(), Optional.empty(), false,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), false);
            assertThat(new Listings(store).issues(chinese, 10)).extracting(Listings.IssueRow::code)
                    .containsExactly("DIPLOMATIC_RELATIONS", "TAIWAN");
        }
    }

    @Test
    void eventsFilteredByIssueAndActorsRanked() {
        try (EventStore store = History.stored(dir.resolve("h.duckdb"))) {
            EventFilter taiwan = new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(), false,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("taiwan"), Optional.empty(),
                    Optional.empty(), Optional.empty(), false);
            assertThat(new Listings(store).events(taiwan, 100)).hasSize(24)
                    .allMatch(e -> e.event().quadClass().number() == 3);
            java.util.List<Listings.ActorRow> actors = new Listings(store).actors(EventFilter.ALL, 2);
            assertThat(actors).extracting(Listings.ActorRow::code, Listings.ActorRow::asSource,
                    Listings.ActorRow::asTarget).as("48 events each; ties by code").containsExactly(
                    org.assertj.core.groups.Tuple.tuple("CHNGOV", 12L, 36L),
                    org.assertj.core.groups.Tuple.tuple("USAGOV", 36L, 12L));
            assertThat(actors.get(0).meanGoldstein()).isCloseTo((6 * 2.8 - 6 * 4.4) / 12,
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(actors.get(1).meanGoldstein()).isCloseTo((18 * 1.9 - 18 * 2.0) / 36,
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThatThrownBy(() -> new Listings(store).events(EventFilter.ALL, 0)).hasMessageContaining("--limit");
        }
    }

    @Test
    void newestFirstPutsTheLatestEventDateFirst() {
        try (EventStore store = History.stored(dir.resolve("h.duckdb"))) {
            Listings listings = new Listings(store);
            java.util.List<StoredEvent> oldest = listings.events(EventFilter.ALL, 1000, 0, false);
            java.util.List<StoredEvent> newest = listings.events(EventFilter.ALL, 1000, 0, true);
            assertThat(newest).hasSameSizeAs(oldest).hasSizeGreaterThan(2);
            assertThat(newest.stream().map(StoredEvent::eventId))
                    .containsExactlyInAnyOrderElementsOf(oldest.stream().map(StoredEvent::eventId).toList());
            java.util.List<String> days = newest.stream()
                    .map(e -> e.event().date().orElseThrow().toString()).toList();
            assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(days.get(0)).isEqualTo(oldest.get(oldest.size() - 1).event().date().orElseThrow().toString());
            assertThat(listings.events(EventFilter.ALL, 2, 1, true)).extracting(StoredEvent::eventId)
                    .containsExactly(newest.get(1).eventId(), newest.get(2).eventId());
        }
    }
}
