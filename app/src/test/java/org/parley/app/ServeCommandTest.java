package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley serve} over HTTP on a free port, against the hand-made database of {@link WebFixture}. */
class ServeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT_TEXT = WebFixture.SCRIPT_TEXT;

    @TempDir
    Path dir;

    private Path db;
    private String scriptArticle;
    private Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void build() {
        db = dir.resolve("serve.duckdb");
        scriptArticle = WebFixture.build(db);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private void start(Optional<Path> tokenFile) {
        server = ServeCommand.start(db, "127.0.0.1", 0, tokenFile);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private void fails(String path, int status, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(message);
    }

    @Test
    void statsCountTheRows() throws Exception {
        start(Optional.empty());
        assertThat(ok("/api/stats").toString()).isEqualTo("{\"articles\":9,\"events\":13,\"mentions\":13,"
                + "\"quotes\":4,\"actors\":1,\"actor_mentions\":1,\"issues\":0}");
    }

    @Test
    void eventsFilterAndPage() throws Exception {
        start(Optional.empty());
        JsonNode page = ok("/api/events?dyad=USA-CHN&limit=2&offset=1");
        assertThat(page).hasSize(2);
        assertThat(page.get(0).get("date").asText()).isEqualTo("2024-03-11");
        assertThat(page.get(1).get("date").asText()).isEqualTo("2024-03-18");
        assertThat(page.get(0).get("code").asText()).isEqualTo("040");
        assertThat(page.get(0).get("dyad").asText()).isEqualTo("USA-CHN");
        assertThat(page.get(0).get("num_mentions").asInt()).isEqualTo(1);
        assertThat(page.get(0).get("evidence").asText()).isEqualTo("met");
        JsonNode force = ok("/api/events?quad=4");
        assertThat(force).hasSize(4);
        assertThat(force.get(0).get("source").asText()).isEqualTo("CHNMIL");
        assertThat(force.get(0).get("goldstein").asDouble()).isEqualTo(-7.2);
        assertThat(ok("/api/events?dyad=USA-CHN&offset=8")).isEmpty();
    }

    @Test
    void eventsFilterOnConfidence() throws Exception {
        start(Optional.empty());
        assertThat(ok("/api/events?min_confidence=0.5")).hasSize(13)
                .allSatisfy(e -> assertThat(e.get("confidence").asDouble()).isEqualTo(0.5));
        assertThat(ok("/api/events?min_confidence=0.6")).isEmpty();
    }

    @Test
    void dyadsAndTheirSeries() throws Exception {
        start(Optional.empty());
        JsonNode dyads = ok("/api/dyads?limit=2");
        assertThat(dyads.toString()).isEqualTo("[{\"dyad\":\"USA-CHN\",\"a\":\"USA\",\"b\":\"CHN\",\"events\":8},"
                + "{\"dyad\":\"CHN-USA\",\"a\":\"CHN\",\"b\":\"USA\",\"events\":4}]");
        JsonNode series = ok("/api/dyads/USA/CHN/series?by=week&both_directions=true");
        assertThat(series.get("from").asText()).isEqualTo("2024-03-04");
        assertThat(series.get("to").asText()).isEqualTo("2024-04-22");
        JsonNode points = series.get("points");
        assertThat(points).hasSize(8);
        assertThat(points.get(0).get("q1").asInt()).isEqualTo(1);
        assertThat(points.get(0).get("goldstein").asDouble()).isEqualTo(1.0);
        assertThat(points.get(7).get("q3").asInt()).isEqualTo(1);
        assertThat(points.get(7).get("q4").asInt()).isEqualTo(1);
        assertThat(points.get(7).get("goldstein").asDouble()).isEqualTo(-4.6);
        JsonNode turn = series.get("turning_points");
        assertThat(turn).hasSize(1);
        assertThat(turn.get(0).get("direction").asText()).isEqualTo("deterioration");
        assertThat(turn.get(0).get("start").asText()).isEqualTo("2024-04-01");
    }

    @Test
    void articleTextIsDataWithItsSpans() throws Exception {
        start(Optional.empty());
        HttpResponse<String> raw = get("/api/articles/" + scriptArticle);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode article = JSON.readTree(raw.body());
        assertThat(article.get("text").asText()).isEqualTo(SCRIPT_TEXT);
        assertThat(article.get("title").asText()).isEqualTo("<b>Moscow</b>");
        assertThat(article.get("published").asText()).isEqualTo("2024-05-06");
        JsonNode actor = article.get("actors").get(0);
        assertThat(actor.get("code").asText()).isEqualTo("USAGOV");
        assertThat(SCRIPT_TEXT.substring(actor.get("start").asInt(), actor.get("end").asInt())).isEqualTo("Blinken");
        JsonNode event = article.get("events").get(0);
        assertThat(event.get("target").asText()).isEqualTo("RUSGOV");
        assertThat(SCRIPT_TEXT.substring(event.get("start").asInt(), event.get("end").asInt())).isEqualTo("met");
        assertThat(event.get("trigger").asText()).isEqualTo("met");
        assertThat(article.get("quotes")).isEmpty();
    }

    @Test
    void quotesActorsAndIssues() throws Exception {
        start(Optional.empty());
        JsonNode quotes = ok("/api/quotes?speaker=sullivan");
        assertThat(quotes).hasSize(4);
        assertThat(quotes.get(0).get("text").asText()).isEqualTo("We talked,");
        assertThat(quotes.get(0).get("speaker_actor").asText()).isEqualTo("USAGOV");
        assertThat(quotes.get(0).get("published").asText()).isEqualTo("2024-03-25");
        assertThat(ok("/api/quotes?speaker=lavrov")).isEmpty();
        JsonNode actors = ok("/api/actors?dyad=USA-CHN");
        assertThat(actors.toString()).isEqualTo("[{\"code\":\"CHNGOV\",\"as_source\":0,\"as_target\":8,"
                + "\"events\":8,\"mean_goldstein\":0.0},{\"code\":\"USAGOV\",\"as_source\":8,\"as_target\":0,"
                + "\"events\":8,\"mean_goldstein\":-0.5}]");
        assertThat(ok("/api/issues")).isEmpty();
    }

    @Test
    void badParametersAre400AndUnknownThings404() throws Exception {
        start(Optional.empty());
        fails("/api/events?quad=7", 400, "QuadClass must be 1-4: 7");
        fails("/api/events?min_confidence=high", 400, "min_confidence is not a number: 'high'");
        fails("/api/events?min_confidence=2", 400, "minimum confidence must be between 0 and 1: 2.0");
        fails("/api/events?limit=abc", 400, "limit is not a whole number: 'abc'");
        fails("/api/events?offset=-1", 400, "offset must not be negative: -1");
        fails("/api/events?from=2024-13-01", 400, "from is not a day");
        fails("/api/events?dyad=USA", 400, "malformed dyad 'USA'");
        fails("/api/dyads/USA/CHN/series?by=year", 400, "not a period");
        fails("/api/articles/nothex", 400, "not an article id");
        fails("/api/articles/0123456789abcdef", 404, "no article 0123456789abcdef");
        fails("/api/dyads/USA/FRA/series", 404, "no events from USA to FRA");
        fails("/api/nowhere", 404, "no such route: GET /api/nowhere");
        fails("/nowhere.html", 404, "no such route: GET /nowhere.html");
        fails("/api/events?order=sideways", 400, "order must be oldest or newest: 'sideways'");
        fails("/api/events?both_directions=maybe", 400, "both_directions must be true or false: 'maybe'");
        fails("/api/dyads?limit=0", 400, "limit must be 1-1000: 0");
        fails("/api/events?code=4x", 400, "not a CAMEO code or root (2-4 digits): '4x'");
        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/stats")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(wrongMethod.body()).get("error").asText()).isEqualTo("no such route: DELETE /api/stats");
    }

    @Test
    void newestEventsFirst() throws Exception {
        start(Optional.empty());
        JsonNode newest = ok("/api/events?order=newest&limit=3");
        assertThat(newest).hasSize(3);
        assertThat(newest.get(0).get("date").asText()).isEqualTo("2024-05-06");
        assertThat(newest.get(0).get("target").asText()).isEqualTo("RUSGOV");
        assertThat(newest.get(1).get("date").asText()).isEqualTo("2024-04-22");
        assertThat(newest.get(2).get("date").asText()).isEqualTo("2024-04-22");
        assertThat(ok("/api/events?order=oldest&limit=1").get(0).get("date").asText()).isEqualTo("2024-03-04");
    }

    @Test
    void servesThePagesWithAContentSecurityPolicy() throws Exception {
        start(Optional.empty());
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(index.body()).contains("<title>Overview · parley</title>", "src=\"js/overview.js\"");
        assertThat(index.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'", "object-src 'none'");
        for (String page : List.of("dyad.html", "article.html", "search.html", "upload.html", "parley.css",
                "js/common.js", "js/chart.js", "js/article-view.js")) {
            assertThat(get("/" + page).statusCode()).as(page).isEqualTo(200);
        }
        assertThat(get("/js/common.js").headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(get("/index.html").body()).doesNotContain("http://", "https://");
    }

    @Test
    void aTokenIsRequiredOnEveryRequestWhenGiven() throws Exception {
        Path tokenFile = Files.writeString(dir.resolve("token"), "s3cret-token-0123456789\n");
        start(Optional.of(tokenFile));
        fails("/api/stats", 401, "missing or wrong bearer token");
        assertThat(get("/api/stats", "Authorization", "Bearer wrong-token-0123456789").statusCode()).isEqualTo(401);
        assertThat(get("/api/nowhere").statusCode()).isEqualTo(401);
        assertThat(get("/").statusCode()).as("pages carry no data; they ask for the token").isEqualTo(200);
        HttpResponse<String> authorised = get("/api/stats", "Authorization", "Bearer s3cret-token-0123456789");
        assertThat(authorised.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(authorised.body()).get("articles").asInt()).isEqualTo(9);
    }

    @Test
    void refusesANonLoopbackAddressWithoutAToken() {
        Run run = Run.of(new ServeCommand(), "--db", db.toString(), "--host", "0.0.0.0", "--port", "0");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("parley serve: refusing to serve on non-loopback address 0.0.0.0 without "
                + "--token-file (every request would be unauthenticated)\n");
    }

    @Test
    void anUploadCapOutOfRangeIsOneLine() {
        Run run = Run.of(new ServeCommand(), "--db", db.toString(), "--port", "0", "--max-upload-kb", "0");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("parley serve: --max-upload-kb must be 1-65536: 0\n");
    }

    @Test
    void aMissingDatabaseIsOneLine() {
        Run run = Run.of(new ServeCommand(), "--db", dir.resolve("none.duckdb").toString(), "--port", "0");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("parley serve: no database at ").doesNotContain("Exception");
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        start(Optional.empty());
        JsonNode doc = ok("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/dyads/{a}/{b}/series")).isTrue();
        assertThat(doc.get("paths").has("/api/code")).isTrue();
        assertThat(doc.get("paths").size()).isEqualTo(10);
    }
}
