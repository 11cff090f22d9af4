package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Counts;
import org.parley.store.EventStore;
import org.parley.store.StoreException;

/**
 * An ingest killed with SIGKILL midway leaves whole articles only, and running the same command again ends with
 * exactly the counts of an uninterrupted run.
 */
class KillTest {
    private static final int ARTICLES = 12;

    @TempDir
    Path dir;

    private Path input() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 1; i <= ARTICLES; i++) {
            String text = i % 3 == 0 ? "Wang Yi warned Washington, report " + i + ". \"Stop\", he said."
                    : "Blinken visited Beijing, report " + i + ".";
            Files.writeString(in.resolve(String.format("%02d.txt", i)),
                    "Title: Story " + i + "\nDate: 2023-06-" + (10 + i % 4) + "\n\n" + text + "\n");
        }
        return in;
    }

    @Test
    void aKilledIngestLeavesWholeArticlesAndARerunFinishesWithoutDuplicates() throws Exception {
        Path in = input();
        Path killed = dir.resolve("killed.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SlowIngest.class.getName(), in.toString(), killed.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int coding = 0;
            while (coding < 5) {
                String line = lines.readLine();
                assertThat(line).as("the child ended before it was killed").isNotNull();
                if (line.startsWith("coding ")) {
                    coding++;
                }
                if (coding == 2) {
                    assertThatThrownBy(() -> EventStore.open(killed)).isInstanceOf(StoreException.class)
                            .hasMessageContaining("is in use by another process").hasMessageContaining("--db");
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).isNotZero();

        long storedBeforeKill;
        try (EventStore store = EventStore.open(killed)) {
            storedBeforeKill = store.counts().articles();
        }
        assertThat(storedBeforeKill).isBetween(4L, 5L);
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + killed); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                     + "(SELECT 1 FROM event_mentions m WHERE m.article_id = a.article_id)")) {
            rs.next();
            assertThat(rs.getLong(1)).as("articles without their event rows").isZero();
        }

        Run rerun = Run.of(new IngestCommand(FakeCoder::new), in.toString(), "--db", killed.toString(), "--progress", "none");
        Path whole = dir.resolve("whole.duckdb");
        Run uninterrupted = Run.of(new IngestCommand(FakeCoder::new), in.toString(), "--db", whole.toString(),
                "--progress", "none");

        assertThat(rerun.exit()).isZero();
        assertThat(rerun.out()).startsWith("stored " + (ARTICLES - storedBeforeKill) + ", skipped " + storedBeforeKill
                + " duplicate(s), failed 0;");
        Counts afterRerun;
        Counts expected;
        try (EventStore store = EventStore.open(killed)) {
            afterRerun = store.counts();
        }
        try (EventStore store = EventStore.open(whole)) {
            expected = store.counts();
        }
        assertThat(afterRerun).isEqualTo(expected);
        assertThat(expected.articles()).isEqualTo(ARTICLES);
    }
}
