package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void ingestTwoArticles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Title: Visit\nDate: 2023-06-18\n\nBlinken visited Beijing and met Xi "
                + "Jinping for a long talk about the state of relations between the two countries.\n");
        Files.writeString(in.resolve("b.txt"), "Title: Warning\nDate: 2023-06-19\n\nWang Yi warned Washington.\n");
        db = dir.resolve("parley.duckdb");
        assertThat(Run.of(new IngestCommand(FakeCoder::new), in.toString(), "--db", db.toString()).exit()).isZero();
    }

    @Test
    void tableListsEventsByDateWithTruncatedEvidence() {
        Run run = Run.of(new EventsCommand(), "--db", db.toString());

        assertThat(run.exit()).isZero();
        String[] lines = run.out().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("DATE").contains("SOURCE", "TARGET", "CODE", "NAME", "MODALITY", "EVIDENCE");
        assertThat(lines[1]).startsWith("2023-06-18").contains("USAGOV", "CHN", "042", "Make a visit", "asserted")
                .endsWith("...");
        assertThat(lines[1]).contains("Blinken visited Beijing and met Xi");
        assertThat(lines[2]).startsWith("2023-06-19").contains("CHNGOV", "USA", "130", "warned");
    }

    @Test
    void dyadFilterKeepsOneDirection() {
        Run run = Run.of(new EventsCommand(), "--db", db.toString(), "--dyad", "CHN-USA");

        assertThat(run.exit()).isZero();
        assertThat(run.out().split("\\R")).hasSize(2);
        assertThat(run.out()).contains("130").doesNotContain("042");
    }

    @Test
    void jsonIsAnArrayOfEventObjects() throws Exception {
        Run run = Run.of(new EventsCommand(), "--db", db.toString(), "--format", "json", "--limit", "1");

        assertThat(run.exit()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        JsonNode first = array.get(0);
        assertThat(first.get("code").asText()).isEqualTo("042");
        assertThat(first.get("dyad").asText()).isEqualTo("USA-CHN");
        assertThat(first.get("date").asText()).isEqualTo("2023-06-18");
        assertThat(first.get("goldstein").asDouble()).isEqualTo(1.9);
        assertThat(first.get("article_title").asText()).isEqualTo("Visit");
    }

    @Test
    void minConfidenceFiltersOnTheStoredConfidence() throws Exception {
        Run all = Run.of(new EventsCommand(), "--db", db.toString(), "--min-confidence", "0.5", "--format", "json");
        Run none = Run.of(new EventsCommand(), "--db", db.toString(), "--min-confidence", "0.51");
        Run bad = Run.of(new EventsCommand(), "--db", db.toString(), "--min-confidence", "1.5");

        JsonNode array = new ObjectMapper().readTree(all.out());
        assertThat(array).hasSize(2);
        assertThat(array.get(0).get("confidence").asDouble()).isEqualTo(0.5);
        assertThat(none.out().strip()).isEqualTo("(no events)");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err().strip()).isEqualTo("parley events: minimum confidence must be between 0 and 1: 1.5");
    }

    @Test
    void noMatchingEventsSaysSo() {
        Run table = Run.of(new EventsCommand(), "--db", db.toString(), "--dyad", "RUS-UKR");
        Run json = Run.of(new EventsCommand(), "--db", db.toString(), "--dyad", "RUS-UKR", "--format", "json");

        assertThat(table.out().strip()).isEqualTo("(no events)");
        assertThat(json.out().strip()).isEqualTo("[ ]");
    }

    @Test
    void aMissingDatabaseIsAOneLineErrorAndIsNotCreated() {
        Path missing = dir.resolve("nowhere.duckdb");
        Run run = Run.of(new EventsCommand(), "--db", missing.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("parley events: no database at " + missing + " (run parley ingest first)");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMalformedDyadIsReported() {
        Run run = Run.of(new EventsCommand(), "--db", db.toString(), "--dyad", "USA/CHN");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("malformed dyad").contains("USA/CHN");
    }
}
