package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir
    Path dir;

    private Path folder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Source: Reuters\nDate: 2023-06-18\n\nBlinken visited Beijing. \"Fine\", he said.\n");
        Files.writeString(in.resolve("b.txt"), "Source: AP\nDate: 2023-06-18\n\nBlinken visited Beijing, AP says.\n");
        Files.writeString(in.resolve("c.jsonl"), "{\"text\":\"Wang Yi warned Washington.\",\"date\":\"2023-06-19\"}\n"
                + "{\"text\":\"Blinken visited Beijing.\",\"date\":\"2023-06-18\",\"source\":\"AFP\"}\n");
        return in;
    }

    @Test
    void jsonCountsEventsAcrossArticlesAndTheirMentions() throws Exception {
        Path db = dir.resolve("p.duckdb");
        Run.of(new IngestCommand(FakeCoder::new), folder().toString(), "--db", db.toString(), "--progress", "none");

        Run stats = Run.of(new StatsCommand(), "--db", db.toString(), "--json");

        assertThat(stats.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertThat(json.get("articles").asLong()).isEqualTo(4);
        assertThat(json.get("events").asLong()).isEqualTo(2);
        assertThat(json.get("mentions").asLong()).isEqualTo(4);
        assertThat(json.get("quotes").asLong()).isEqualTo(1);
        assertThat(json.get("actors").asLong()).isZero();
        assertThat(json.fieldNames()).toIterable().containsExactly("articles", "events", "mentions", "quotes", "actors",
                "actor_mentions", "issues");
        Run events = Run.of(new EventsCommand(), "--db", db.toString(), "--format", "json");
        JsonNode visit = new ObjectMapper().readTree(events.out()).get(0);
        assertThat(visit.get("code").asText()).isEqualTo("042");
        assertThat(visit.get("num_mentions").asLong()).isEqualTo(3);
        assertThat(visit.get("num_articles").asLong()).isEqualTo(3);
        assertThat(visit.get("num_sources").asLong()).isEqualTo(3);
    }

    @Test
    void ingestingTheSameFolderTwiceLeavesStatsUnchanged() throws Exception {
        Path db = dir.resolve("p.duckdb");
        Path in = folder();
        Run.of(new IngestCommand(FakeCoder::new), in.toString(), "--db", db.toString(), "--progress", "none");
        String first = Run.of(new StatsCommand(), "--db", db.toString()).out();

        Run again = Run.of(new IngestCommand(FakeCoder::new), in.toString(), "--db", db.toString(), "--progress", "none");

        assertThat(again.out().strip()).isEqualTo("stored 0, skipped 4 duplicate(s), failed 0; events 0, quotes 0");
        assertThat(Run.of(new StatsCommand(), "--db", db.toString()).out()).isEqualTo(first);
        assertThat(first.lines()).contains("articles        4", "events          2", "mentions        4");
    }

    @Test
    void aMissingDatabaseIsAnErrorAndIsNotCreated() {
        Path missing = dir.resolve("none.duckdb");
        Run run = Run.of(new StatsCommand(), "--db", missing.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("parley stats: no database at " + missing + " (run parley ingest first)\n");
        assertThat(missing).doesNotExist();
    }
}
