package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.CodedArticle;
import org.parley.store.EventStore;

class RecodeCommandTest {
    @TempDir
    Path dir;

    private Path ingested() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Date: 2023-06-18\n\nBlinken visited Beijing.\n");
        Files.writeString(in.resolve("b.txt"), "Date: 2023-06-19\n\nWang Yi warned Washington. \"No\", he said.\n");
        Path db = dir.resolve("p.duckdb");
        assertThat(Run.of(new IngestCommand(FakeCoder::new), in.toString(), "--db", db.toString(), "--progress", "none")
                .exit()).isZero();
        return db;
    }

    @Test
    void articlesCodedByThisVersionAndTablesAreLeftUnlessAll() throws Exception {
        Path db = ingested();
        AtomicInteger calls = new AtomicInteger();
        Coder quiet = article -> {
            calls.incrementAndGet();
            return new CodedArticle(article, List.of(), List.of(), List.of(), List.of());
        };

        Run nothing = Run.of(new RecodeCommand(() -> quiet), "--db", db.toString(), "--progress", "none");
        assertThat(nothing.exit()).isZero();
        assertThat(nothing.out()).startsWith("recoded 0, failed 0; events 0, quotes 0 (every article is coded by parley");
        assertThat(calls).hasValue(0);

        Run all = Run.of(new RecodeCommand(() -> quiet), "--db", db.toString(), "--all", "--progress", "none");
        assertThat(all.exit()).isZero();
        assertThat(all.out().strip()).isEqualTo("recoded 2, failed 0; events 0, quotes 0");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.counts().articles()).isEqualTo(2);
            assertThat(store.counts().events()).isZero();
            assertThat(store.counts().quotes()).isZero();
        }
    }

    @Test
    void aFailingArticleIsReportedAndKeepsItsRows() throws Exception {
        Path db = ingested();
        FakeCoder fake = new FakeCoder();
        Coder failsOnWarnings = article -> {
            if (article.text().contains("warned")) {
                throw new IllegalStateException("parser crashed");
            }
            return fake.code(article);
        };
        Run run = Run.of(new RecodeCommand(() -> failsOnWarnings), "--db", db.toString(), "--all", "--progress", "none");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().strip()).isEqualTo("recoded 1, failed 1; events 1, quotes 0");
        assertThat(run.err()).contains(": cannot code: parser crashed");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.counts().events()).isEqualTo(2);
            assertThat(store.counts().quotes()).isEqualTo(1);
        }
    }
}
