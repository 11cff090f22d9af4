package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/code} over HTTP: the size cap (413 whether or not the length is declared), empty and unreadable
 * uploads (400), a pipeline that cannot load (503, tried again next time), the pipeline built once for all uploads,
 * and real text coded by the real pipeline ({@link TestPipeline}) into the article view, with nothing stored.
 */
class WebUploadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CAP = 2048;
    private static final String BLINKEN = "US Secretary of State Antony Blinken met Chinese President Xi Jinping in "
            + "Beijing on Monday. \"We have no illusions about the challenges,\" Blinken told reporters.";

    @TempDir
    Path dir;

    private Path db;
    private Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void build() {
        db = dir.resolve("upload.duckdb");
        WebFixture.build(db);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private void start(Supplier<? extends Coder> coders) {
        server = ServeCommand.start(db, "127.0.0.1", 0, Optional.empty(), new WebUpload(new LazyCoder(coders), CAP));
    }

    private HttpResponse<String> post(String query, HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/code" + query))
                .header("Content-Type", "text/plain; charset=utf-8").POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String query, String text) throws Exception {
        return post(query, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    }

    private static String error(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body()).get("error").asText();
    }

    @Test
    void overTheCapIs413WithoutCoding() throws Exception {
        FakeCoder fake = new FakeCoder();
        start(() -> fake);
        HttpResponse<String> declared = post("", "x".repeat(CAP + 1));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(error(declared)).isEqualTo("upload too large: 2049 bytes; the limit is 2048 bytes (2 KiB)");
        HttpResponse<String> chunked = post("", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream("visited ".repeat(1000).getBytes(StandardCharsets.UTF_8))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(error(chunked)).isEqualTo("upload too large: more than 2048 bytes; the limit is 2048 bytes (2 KiB)");
        HttpResponse<String> atTheCap = post("", "visited " + "x".repeat(CAP - 8));
        assertThat(atTheCap.statusCode()).isEqualTo(200);
        assertThat(fake.calls.get()).isEqualTo(1);
    }

    @Test
    void emptyUnreadableAndBadParametersAre400() throws Exception {
        FakeCoder fake = new FakeCoder();
        start(() -> fake);
        HttpResponse<String> empty = post("", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(error(empty)).isEqualTo("empty upload: paste some text or choose a file");
        assertThat(post("", " \n\t ").statusCode()).isEqualTo(400);
        HttpResponse<String> badDate = post("?date=2024-02-30", "Blinken visited Beijing.");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(error(badDate)).isEqualTo("date is not a day (YYYY-MM-DD): '2024-02-30'");
        HttpResponse<String> badLines = post("?name=feed.jsonl", "{not json\n");
        assertThat(badLines.statusCode()).isEqualTo(400);
        assertThat(error(badLines)).startsWith("cannot read feed.jsonl: ");
        assertThat(fake.calls.get()).isZero();
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/code")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(error(get)).isEqualTo("no such route: GET /api/code");
    }

    @Test
    void thePipelineIsBuiltOnceAndAFailedBuildIsTriedAgain() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        FakeCoder fake = new FakeCoder();
        start(() -> {
            if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("no models on the class path");
            }
            return fake;
        });
        HttpResponse<String> failed = post("", "Blinken visited Beijing.");
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(error(failed)).isEqualTo("cannot load parley's knowledge tables: no models on the class path");
        HttpResponse<String> first = post("?title=Visit&date=2023-06-18", "Blinken visited Beijing.");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode article = JSON.readTree(first.body());
        assertThat(article.get("title").asText()).isEqualTo("Visit");
        assertThat(article.get("published").asText()).isEqualTo("2023-06-18");
        assertThat(article.get("stored").asBoolean(true)).isFalse();
        assertThat(article.get("events").get(0).get("code").asText()).isEqualTo("042");
        assertThat(article.get("events").get(0).get("event_id").asText()).isEmpty();
        assertThat(post("", "Blinken visited Beijing again.").statusCode()).isEqualTo(200);
        assertThat(builds.get()).isEqualTo(2);
        assertThat(fake.calls.get()).isEqualTo(2);
    }

    @Test
    void realTextIsCodedWithTheRealPipelineAndNotStored() throws Exception {
        start(TestPipeline::coder);
        HttpResponse<String> response = post("?date=2023-06-19&title=Blinken%20in%20Beijing", BLINKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode article = JSON.readTree(response.body());
        assertThat(article.get("text").asText()).isEqualTo(BLINKEN);
        assertThat(article.get("title").asText()).isEqualTo("Blinken in Beijing");
        JsonNode meeting = null;
        for (JsonNode e : article.get("events")) {
            if (e.get("code").asText().equals("040")) {
                meeting = e;
            }
        }
        assertThat(meeting).as(article.get("events").toString()).isNotNull();
        assertThat(meeting.get("source").asText()).isEqualTo("USAGOV");
        assertThat(meeting.get("target").asText()).isEqualTo("CHNGOV");
        assertThat(meeting.get("trigger").asText()).isEqualTo("met");
        assertThat(BLINKEN.substring(meeting.get("start").asInt(), meeting.get("end").asInt()))
                .contains("Antony Blinken met Chinese President Xi Jinping");
        boolean blinken = false;
        for (JsonNode a : article.get("actors")) {
            blinken |= a.get("text").asText().equals("Antony Blinken") && a.get("code").asText().equals("USAGOV");
        }
        assertThat(blinken).as(article.get("actors").toString()).isTrue();
        JsonNode quote = article.get("quotes").get(0);
        assertThat(quote.get("text").asText()).startsWith("We have no illusions");
        assertThat(quote.get("speaker_actor").asText()).isEqualTo("USAGOV");
        JsonNode stats = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/stats")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(stats.get("articles").asInt()).as("nothing stored").isEqualTo(9);
    }
}
