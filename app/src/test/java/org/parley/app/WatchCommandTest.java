package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.EventStore;

class WatchCommandTest {
    private static final String FEED = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Desk</title>
            %s
            </channel></rss>
            """;
    private static final String ITEM = "<item><title>%s</title><link>https://example.org/%d</link>"
            + "<pubDate>Sun, 18 Jun 2023 09:30:00 GMT</pubDate><description>%s</description></item>";

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private volatile String feed = "";

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            boolean ok = path.equals("/feed");
            byte[] body = (ok ? feed : "broken").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(ok ? 200 : 500, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String items(int... numbers) {
        StringBuilder sb = new StringBuilder();
        for (int n : numbers) {
            sb.append(String.format(ITEM, "Story " + n, n, n % 2 == 0 ? "Wang Yi warned Washington, story " + n
                    : "Blinken visited Beijing, story " + n));
        }
        return FEED.formatted(sb);
    }

    @Test
    void pollsIngestWhatIsNewAndBackOffFromAFailingFeed() throws Exception {
        Path local = Files.writeString(dir.resolve("local.rss"), items(10));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# news\n" + url("/feed") + "\n\n" + url("/down")
                + "\n" + local + "\n");
        Path db = dir.resolve("p.duckdb");
        List<Duration> sleeps = new ArrayList<>();
        feed = items(1, 2);
        WatchCommand.Sleeper sleeper = d -> {
            sleeps.add(d);
            feed = items(1, 2, 3);
        };

        Run run = Run.of(new WatchCommand(FakeCoder::new, sleeper), "--feeds", feeds.toString(), "--db", db.toString(),
                "--every", "15m", "--cycles", "4");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "poll 1: stored 3, skipped 0 duplicate(s), failed 0; events 3, quotes 0",
                "poll 2: stored 1, skipped 3 duplicate(s), failed 0; events 1, quotes 0",
                "poll 3: stored 0, skipped 4 duplicate(s), failed 0; events 0, quotes 0",
                "poll 4: stored 0, skipped 4 duplicate(s), failed 0; events 0, quotes 0");
        assertThat(sleeps).containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15));
        assertThat(run.err()).contains(url("/down") + ": HTTP 500 (1 failure(s) in a row; next try at poll 2)")
                .contains(url("/down") + ": HTTP 500 (2 failure(s) in a row; next try at poll 4)")
                .contains(url("/down") + ": HTTP 500 (3 failure(s) in a row; next try at poll 8)");
        assertThat(requests.get("/down")).hasValue(3);
        assertThat(requests.get("/feed")).hasValue(4);
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.counts().articles()).isEqualTo(4);
        }
    }

    @Test
    void aMissingFeedsFileIsAnError() {
        Run run = Run.of(new WatchCommand(FakeCoder::new, d -> { }), "--feeds", dir.resolve("none.txt").toString(),
                "--db", dir.resolve("p.duckdb").toString(), "--cycles", "1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("parley watch: cannot read the feeds file " + dir.resolve("none.txt")
                + ": no such file\n");
    }

    @Test
    void aBadIntervalIsAUsageError() {
        Run run = Run.of(new WatchCommand(FakeCoder::new, d -> { }), "--feeds", "f.txt", "--every", "soon");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not a duration (90s, 15m, 1h): soon");
    }
}
