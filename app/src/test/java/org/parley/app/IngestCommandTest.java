package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Counts;
import org.parley.store.EventStore;

class IngestCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void mixedBatchStoresGoodArticlesAndReportsTheRest() throws Exception {
        write("a.txt", "Title: Visit\nDate: 2023-06-18\n\nBlinken visited Beijing. \"We have no illusions\", he said.\n");
        write("b.txt", "Date: 2023-06-19\n\nWang Yi warned Washington.\n");
        Path empty = write("c.txt", "");
        Path poison = write("d.txt", "Date: 2023-06-20\n\nPOISON sentence.\n");
        Path db = dir.resolve("parley.duckdb");
        FakeCoder coder = new FakeCoder();

        Run run = Run.of(new IngestCommand(() -> coder), dir.resolve("in").toString(), "--db", db.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo("stored 2, skipped 0 duplicate(s), failed 2; events 2, quotes 1\n"
                + "failed: 1 empty file, 1 cannot code");
        assertThat(run.err()).contains("parley: " + empty + ": empty file")
                .contains("parley: " + poison + ": cannot code: parser crashed on sentence 0");
        assertThat(coder.calls).hasValue(3);
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.counts()).isEqualTo(new Counts(2, 2, 2, 1, 0, 0, 0));
        }
    }

    /** Many articles, a duplicate and a failure among them: four threads store what one thread stores. */
    @Test
    void threadsStoreWhatOneThreadStores() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            lines.append("{\"text\":\"").append(i == 7 ? "POISON " : "").append("Story ").append(i)
                    .append(": Blinken visited Beijing.\",\"date\":\"2024-01-").append(10 + i % 9).append("\"}\n");
        }
        lines.append("{\"text\":\"Story 3: Blinken visited Beijing.\",\"date\":\"2024-01-13\"}\n");
        Path batch = write("batch.jsonl", lines.toString());
        String[] summaries = new String[2];
        Counts[] counts = new Counts[2];
        String[] threads = {"1", "4"};
        for (int k = 0; k < 2; k++) {
            Path db = dir.resolve("t" + threads[k] + ".duckdb");
            FakeCoder coder = new FakeCoder();
            Run run = Run.of(new IngestCommand(() -> coder), batch.toString(), "--db", db.toString(), "--threads",
                    threads[k], "--progress", "none");
            assertThat(run.exit()).isZero();
            assertThat(coder.calls).hasValue(30);
            summaries[k] = run.out();
            try (EventStore store = EventStore.open(db)) {
                counts[k] = store.counts();
            }
        }
        assertThat(summaries[0]).startsWith("stored 29, skipped 1 duplicate(s), failed 1; events 29");
        assertThat(summaries[1]).isEqualTo(summaries[0]);
        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    @Test
    void reIngestingSkipsStoredArticlesWithoutCodingThem() throws Exception {
        Path a = write("a.txt", "Date: 2023-06-18\n\nBlinken visited Beijing.\n");
        Path b = write("b.txt", "Date: 2023-06-19\n\nWang Yi warned Washington.\n");
        Path db = dir.resolve("parley.duckdb");
        assertThat(Run.of(new IngestCommand(FakeCoder::new), a.toString(), "--db", db.toString()).exit()).isZero();

        FakeCoder coder = new FakeCoder();
        Run again = Run.of(new IngestCommand(() -> coder), a.toString(), b.toString(), a.toString(), "--db", db.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.out().strip()).isEqualTo("stored 1, skipped 2 duplicate(s), failed 0; events 1, quotes 0");
        assertThat(coder.calls).hasValue(1);
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.counts().articles()).isEqualTo(2);
            assertThat(store.counts().events()).isEqualTo(2);
        }
    }

    @Test
    void onlyDuplicatesNeverLoadsThePipelineAndExitsZero() throws Exception {
        Path a = write("a.txt", "Blinken visited Beijing.\n");
        Path db = dir.resolve("parley.duckdb");
        Run.of(new IngestCommand(FakeCoder::new), a.toString(), "--db", db.toString(), "--date", "2023-06-18");

        Run again = Run.of(new IngestCommand(() -> {
            throw new AssertionError("pipeline must not load");
        }), a.toString(), "--db", db.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.out().strip()).isEqualTo("stored 0, skipped 1 duplicate(s), failed 0; events 0, quotes 0");
    }

    @Test
    void nothingReadableExitsOne() throws Exception {
        Path db = dir.resolve("parley.duckdb");
        Run run = Run.of(new IngestCommand(FakeCoder::new), dir.resolve("missing.txt").toString(), "--db", db.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("missing.txt: no such file or folder");
        assertThat(run.out().strip()).isEqualTo("stored 0, skipped 0 duplicate(s), failed 1; events 0, quotes 0\n"
                + "failed: 1 no such file or folder");
    }

    @Test
    void aPipelineThatCannotLoadFailsEveryArticleOnce() throws Exception {
        Path a = write("a.txt", "Blinken visited Beijing.\n");
        Path b = write("b.txt", "Wang Yi warned Washington.\n");
        Run run = Run.of(new IngestCommand(() -> {
            throw new IllegalStateException("org/parley/knowledge/countries.tsv line 3: expected 5 columns");
        }), a.toString(), b.toString(), "--db", dir.resolve("p.duckdb").toString(), "--date", "2023-06-18");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("parley: cannot load parley's knowledge tables: "
                + "org/parley/knowledge/countries.tsv line 3: expected 5 columns\n");
        assertThat(run.out()).contains("failed 2;");
    }

    @Test
    void articlesWithoutADateAreStoredWithAWarning() throws Exception {
        Path a = write("a.txt", "Blinken visited Beijing.\n");
        Run run = Run.of(new IngestCommand(FakeCoder::new), a.toString(), "--db", dir.resolve("p.duckdb").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("parley: " + a + ": warning: no date");
        assertThat(run.out()).startsWith("stored 1,");
    }

    @Test
    void aBadDateOptionIsAUsageError() throws Exception {
        Path a = write("a.txt", "Blinken visited Beijing.\n");
        Run run = Run.of(new IngestCommand(FakeCoder::new), a.toString(), "--date", "18/06/2023");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--date");
    }
}
