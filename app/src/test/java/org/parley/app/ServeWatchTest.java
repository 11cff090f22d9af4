package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.ReadOptions;
import org.parley.store.Coding;

/**
 * {@code parley serve --watch}: the feed watcher stores into the served database while the API answers from it on
 * other threads, and an unreadable feeds file stops the command with one line.
 */
class ServeWatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM = "<item><title>Story %d</title><link>https://example.org/s%d</link>"
            + "<pubDate>Sun, 18 Jun 2023 09:30:00 GMT</pubDate><description>Blinken visited Beijing, story %d"
            + "</description></item>";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String feed(int stories) {
        StringBuilder items = new StringBuilder();
        for (int n = 1; n <= stories; n++) {
            items.append(String.format(ITEM, n, n, n));
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title>" + items
                + "</channel></rss>\n";
    }

    @Test
    void theWatcherStoresIntoTheServedDatabaseWhileTheApiReadsIt() throws Exception {
        Path db = dir.resolve("watched.duckdb");
        WebFixture.build(db);
        Path rss = Files.writeString(dir.resolve("desk.rss"), feed(2));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# local desk\n" + rss + "\n");
        ServeCommand.Served served = ServeCommand.startReadWrite(db, new Coding("test", "test"), "127.0.0.1", 0,
                Optional.empty(), new WebUpload(new FakeCoder(), WebUpload.DEFAULT_MAX_BYTES));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        FeedWatcher watcher = new FeedWatcher("parley serve", feeds, Duration.ofSeconds(1), ReadOptions.defaults(),
                FakeCoder::new, d -> grow(rss), poll -> poll.accept(served.store()),
                new PrintWriter(out, true), new PrintWriter(err, true));
        List<Integer> statuses = new ArrayList<>();
        try {
            Thread polling = new Thread(() -> watcher.run(watcher.feeds(), 3), "parley-watch-test");
            polling.start();
            while (polling.isAlive()) {
                statuses.add(get(served, "/api/events?code=042").statusCode());
            }
            polling.join();
            assertThat(out.toString().lines()).containsExactly(
                    "poll 1: stored 2, skipped 0 duplicate(s), failed 0; events 2, quotes 0",
                    "poll 2: stored 1, skipped 2 duplicate(s), failed 0; events 1, quotes 0",
                    "poll 3: stored 0, skipped 3 duplicate(s), failed 0; events 0, quotes 0");
            assertThat(err.toString()).isEmpty();
            assertThat(statuses).isNotEmpty().allMatch(s -> s == 200);
            JsonNode stats = JSON.readTree(get(served, "/api/stats").body());
            assertThat(stats.get("articles").asInt()).isEqualTo(9 + 3);
            JsonNode visits = JSON.readTree(get(served, "/api/events?code=042").body());
            assertThat(visits).as("three reports of one visit are one event").hasSize(1);
            assertThat(visits.get(0).get("num_articles").asInt()).isEqualTo(3);
            assertThat(visits.get(0).get("source").asText()).isEqualTo("USAGOV");
            assertThat(visits.get(0).get("date").asText()).isEqualTo("2023-06-18");
        } finally {
            served.app().stop();
        }
    }

    /** The sleeper of the test: between polls, the feed gains a third story. */
    private static void grow(Path rss) {
        try {
            Files.writeString(rss, feed(3));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(ServeCommand.Served served, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.app().port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnreadableFeedsFileIsOneLineAndExitOne() {
        Path db = dir.resolve("watched.duckdb");
        WebFixture.build(db);
        Path missing = dir.resolve("none.txt");
        Run run = Run.of(new ServeCommand(), "--db", db.toString(), "--port", "0", "--watch", missing.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("parley serve: cannot read the feeds file " + missing + ": no such file\n");
        Run again = Run.of(new ServeCommand(), "--db", db.toString(), "--port", "0", "--watch", missing.toString(),
                "--lang", "xx");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).startsWith("parley serve: ").contains("xx");
    }
}
