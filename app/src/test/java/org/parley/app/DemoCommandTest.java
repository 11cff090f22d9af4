package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.EventStore;

class DemoCommandTest {
    @TempDir
    Path dir;

    private Path home() throws Exception {
        Path examples = Files.createDirectories(dir.resolve("home/examples"));
        Files.writeString(examples.resolve("01-visit.txt"), "Date: 2023-06-18\n\nBlinken visited Beijing.\n");
        Files.writeString(examples.resolve("02-warning.txt"), "Date: 2023-06-19\n\nWang Yi warned Washington.\n");
        Files.writeString(examples.resolve("03-again.txt"), "Date: 2023-06-20\n\nBlinken visited Beijing again.\n");
        return dir.resolve("home");
    }

    @Test
    void codesTheExamplesIntoAFreshDatabaseAndShowsDyads() throws Exception {
        Path db = dir.resolve("demo.duckdb");
        DemoCommand demo = new DemoCommand(FakeCoder::new, dir.resolve("elsewhere"), home());

        Run run = Run.of(demo, "--db", db.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("stored 3, skipped 0 duplicate(s), failed 0; events 3, quotes 0")
                .contains("Make a visit").contains("Threaten, not specified below");
        assertThat(run.out().substring(run.out().indexOf("Events per dyad")).split("\\R"))
                .containsExactly("Events per dyad (source-target):", "  USA-CHN         2", "  CHN-USA         1");
    }

    @Test
    void anExistingDatabaseIsReplaced() throws Exception {
        Path db = dir.resolve("demo.duckdb");
        Path home = home();
        assertThat(Run.of(new DemoCommand(FakeCoder::new, dir, home), "--db", db.toString()).exit()).isZero();

        Run second = Run.of(new DemoCommand(FakeCoder::new, dir, home), "--db", db.toString());

        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("stored 3, skipped 0 duplicate(s)");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.counts().articles()).isEqualTo(3);
        }
    }

    @Test
    void withoutDbItUsesANewTemporaryFile() throws Exception {
        Run run = Run.of(new DemoCommand(FakeCoder::new, dir, home()));

        assertThat(run.exit()).isZero();
        String into = run.out().lines().findFirst().orElseThrow();
        assertThat(into).startsWith("Coding ").contains(" into ").endsWith("demo.duckdb");
        Path db = Path.of(into.substring(into.lastIndexOf(" into ") + 6));
        assertThat(db).exists();
        Files.delete(db);
        Files.deleteIfExists(db.resolveSibling("demo.duckdb.wal"));
        Files.delete(db.getParent());
    }

    @Test
    void examplesInTheWorkingDirectoryComeFirst() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work/examples"));
        Files.writeString(work.resolve("only.txt"), "Date: 2023-06-18\n\nWang Yi warned Washington.\n");

        Run run = Run.of(new DemoCommand(FakeCoder::new, dir.resolve("work"), home()), "--db", dir.resolve("d.duckdb").toString());

        assertThat(run.out()).contains("stored 1,");
    }

    @Test
    void noExamplesFolderIsAnError() {
        Run run = Run.of(new DemoCommand(FakeCoder::new, dir.resolve("a"), dir.resolve("b")));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("parley demo: no examples/ folder in");
    }

    @Test
    void knowledgeTablesThatCannotLoadAreOneLine() throws Exception {
        DemoCommand demo = new DemoCommand(() -> {
            throw new IllegalStateException("resource not found on the classpath: org/parley/knowledge/cameo.tsv");
        }, dir.resolve("elsewhere"), home());

        Run run = Run.of(demo, "--db", dir.resolve("demo.duckdb").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("parley: cannot load parley's knowledge tables: "
                + "resource not found on the classpath: org/parley/knowledge/cameo.tsv\n");
    }
}
