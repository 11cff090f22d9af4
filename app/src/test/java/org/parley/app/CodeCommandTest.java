package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.ArticleReader;
import org.parley.model.Article;
import picocli.CommandLine;

class CodeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final AtomicInteger builds = new AtomicInteger();
    private final List<Article> codedArticles = Collections.synchronizedList(new ArrayList<>());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs on one thread, so that {@code codedArticles} is in input order. */
    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--threads", "1"));
        all.addAll(List.of(args));
        return runAsGiven(article -> {
            codedArticles.add(article);
            return CannedArticles.blinken(article);
        }, all.toArray(String[]::new));
    }

    private int runAsGiven(Coder coder, String... args) {
        CodeCommand command = new CodeCommand(() -> {
            builds.incrementAndGet();
            return coder;
        });
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    /** JSON Lines of many articles, the earlier ones slowest to code: their order must survive four threads. */
    @Test
    void manyThreadsKeepInputOrder() throws IOException {
        StringBuilder lines = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = "Story " + i + " about Beijing.";
            lines.append("{\"text\":\"").append(text).append("\",\"date\":\"2024-01-01\"}\n");
            ids.add(Article.of("", text, "", "", java.util.Optional.empty()).id());
        }
        Path batch = write("batch.jsonl", lines.toString());
        Coder slowFirst = article -> {
            int n = Integer.parseInt(article.text().split(" ")[1]);
            try {
                Thread.sleep(5L * (12 - n));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CannedArticles.blinken(article);
        };
        assertThat(runAsGiven(slowFirst, "--threads", "4", "--format", "jsonl", batch.toString())).isZero();
        List<String> printed = out.toString().lines()
                .map(line -> line.replaceAll(".*\"article_id\":\"([0-9a-f]+)\".*", "$1")).distinct().toList();
        assertThat(printed).containsExactlyElementsOf(ids);
        String fourThreads = out.toString();
        out.getBuffer().setLength(0);
        assertThat(runAsGiven(slowFirst, "--threads", "1", "--format", "jsonl", batch.toString())).isZero();
        assertThat(out.toString()).isEqualTo(fourThreads);
    }

    @Test
    void oneFailingArticleAmongThreadsIsReportedAndTheRestCoded() throws IOException {
        Path batch = write("batch.jsonl", "{\"text\":\"One visited.\"}\n{\"text\":\"POISON\"}\n{\"text\":\"Three visited.\"}\n");
        assertThat(runAsGiven(new FakeCoder(), "--threads", "3", "--format", "jsonl", "--date", "2024-01-01",
                batch.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(err.toString()).isEqualTo("parley: " + batch + ":2: coding failed: IllegalStateException: parser"
                + " crashed on sentence 0\n");
    }

    @Test
    void badThreadsIsAUsageError() throws IOException {
        assertThat(runAsGiven(new FakeCoder(), "--threads", "0", seed().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("threads must be between 1 and 1024: 0").doesNotContain("Exception");
        assertThat(builds).hasValue(0);
    }

    /** Standard output as one JSON document, failing on anything after it (as Python's json.load does). */
    private JsonNode oneJsonDocument() throws IOException {
        return JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(out.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path seed() throws IOException {
        return write("seed.txt", "Title: Blinken in Beijing\nDate: 2023-06-18\nURL: https://example.org/a\n\n" + CannedArticles.TEXT);
    }

    @Test
    void tableIsTheDefault() throws IOException {
        int exit = run(seed().toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("== Blinken in Beijing\n").contains("Events (3)", "Make a visit");
        assertThat(err.toString()).isEqualTo("parley: " + dir.resolve("seed.txt") + ": pipeline note\n");
        assertThat(builds).hasValue(1);
    }

    @Test
    void jsonIsOneArrayOfArticleDocuments() throws IOException {
        Path second = write("second.txt", "Another story about Beijing.");
        int exit = run("--format", "json", "--date", "2024-02-01", seed().toString(), second.toString());
        assertThat(exit).isZero();
        JsonNode docs = oneJsonDocument();
        assertThat(docs.isArray()).isTrue();
        assertThat(docs).hasSize(2);
        JsonNode doc = docs.get(0);
        assertThat(doc.get("title").asText()).isEqualTo("Blinken in Beijing");
        assertThat(doc.get("date").asText()).isEqualTo("2023-06-18");
        assertThat(doc.get("url").asText()).isEqualTo("https://example.org/a");
        assertThat(doc.get("actors").get(0).get("code").asText()).isEqualTo("USAGOV");
        assertThat(doc.get("events").get(0).get("code").asText()).isEqualTo("042");
        assertThat(doc.get("events").get(0).get("date").asText()).isEqualTo("2023-06-18");
        assertThat(doc.get("quotes").get(0).get("speaker_actor").asText()).isEqualTo("USAGOV");
        assertThat(doc).isEqualTo(ArticleJson.article(CannedArticles.blinken(codedArticles.get(0))));
        assertThat(docs.get(1).get("date").asText()).isEqualTo("2024-02-01");
        assertThat(docs.get(1).get("article_id").asText()).isEqualTo(codedArticles.get(1).id());
        assertThat(out.toString()).startsWith("[ {").endsWith("} ]" + System.lineSeparator()).contains("\n  \"title\"");
        assertThat(builds).hasValue(1);
    }

    @Test
    void jsonOfOneArticleIsAnArrayOfOne() throws IOException {
        assertThat(run("--format", "json", seed().toString())).isZero();
        JsonNode docs = oneJsonDocument();
        assertThat(docs.isArray()).isTrue();
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).get("title").asText()).isEqualTo("Blinken in Beijing");
    }

    @Test
    void jsonWithNothingCodedIsAnEmptyArray() throws IOException {
        Path empty = write("empty.txt", "");
        assertThat(run("--format", "json", empty.toString())).isEqualTo(1);
        assertThat(oneJsonDocument().isArray()).isTrue();
        assertThat(oneJsonDocument()).isEmpty();
        assertThat(err.toString()).isEqualTo("parley: " + empty + ": empty file\n");
    }

    @Test
    void jsonlIsOneEventPerLine() throws IOException {
        Path lines = write("batch.jsonl", "{\"text\":\"One.\",\"date\":\"2023-06-18\"}\n{\"text\":\"Two.\"}\n");
        int exit = run("--format", "JSONL", lines.toString());
        assertThat(exit).isZero();
        List<String> rows = out.toString().lines().toList();
        assertThat(rows).hasSize(6);
        JsonNode first = JSON.readTree(rows.get(0));
        assertThat(first.get("article_id").asText()).isEqualTo(codedArticles.get(0).id());
        assertThat(first.get("source").asText()).isEqualTo("USAGOV");
        assertThat(first.get("target").asText()).isEqualTo("CHN");
        assertThat(first.get("root").asText()).isEqualTo("04");
        assertThat(first.get("quad_class").asInt()).isEqualTo(1);
        assertThat(first.get("goldstein").asDouble()).isEqualTo(1.9);
        assertThat(first.get("modality").asText()).isEqualTo("asserted");
        JsonNode undatedArticle = JSON.readTree(rows.get(3));
        assertThat(undatedArticle.get("date").isNull()).isTrue();
        assertThat(err.toString()).contains("parley: " + lines + ":2: " + ArticleReader.NO_DATE);
    }

    @Test
    void mixedBatchReportsFailuresAndCodesTheRest() throws IOException {
        Path empty = write("empty.txt", "");
        Path missing = dir.resolve("missing.txt");
        int exit = run("--format", "jsonl", "--date", "2023-01-01", empty.toString(), seed().toString(), missing.toString());
        assertThat(exit).isZero();
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(err.toString()).contains("parley: " + empty + ": empty file\n",
                "parley: " + missing + ": no such file or folder\n");
        assertThat(codedArticles).hasSize(1);
    }

    @Test
    void allBadBatchExitsOneWithoutBuildingThePipeline() throws IOException {
        Path bad = write("bad.jsonl", "not json\n{\"title\":\"x\"}\n");
        int exit = run(bad.toString(), dir.resolve("nope.txt").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("parley: " + bad + ":1: not JSON: ");
        assertThat(lines.get(1)).isEqualTo("parley: " + bad + ":2: no \"text\" field");
        assertThat(lines.get(2)).isEqualTo("parley: " + dir.resolve("nope.txt") + ": no such file or folder");
        assertThat(builds).hasValue(0);
    }

    @Test
    void noInputExitsOne() {
        assertThat(run()).isEqualTo(1);
        assertThat(err.toString()).contains("no input");
        assertThat(builds).hasValue(0);
    }

    @Test
    void codingFailureOfOneArticleDoesNotStopTheBatch() throws IOException {
        Path a = write("a.txt", "First story.");
        Path b = write("b.txt", "Second story.");
        CodeCommand command = new CodeCommand(() -> article -> {
            if (article.text().startsWith("First")) {
                throw new IllegalStateException("parser gave up");
            }
            return CannedArticles.nothing(article);
        });
        int exit = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("--format", "json", a.toString(), b.toString());
        assertThat(exit).isZero();
        assertThat(err.toString()).contains("parley: " + a + ": coding failed: IllegalStateException: parser gave up");
        assertThat(oneJsonDocument()).hasSize(1);
        assertThat(oneJsonDocument().get(0).get("title").asText()).isEmpty();
    }

    @Test
    void knowledgeTableThatCannotBeLoadedIsOneLine() throws IOException {
        Path a = write("a.txt", "First story.");
        CodeCommand command = new CodeCommand(() -> {
            throw new IllegalStateException("org/parley/knowledge/cameo.tsv line 7: expected 6 tab-separated columns");
        });
        int exit = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(a.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("parley: cannot load parley's knowledge tables: "
                + "org/parley/knowledge/cameo.tsv line 7: expected 6 tab-separated columns\n");
    }

    @Test
    void pipelineThatCannotBeBuiltExitsOne() throws IOException {
        Path a = write("a.txt", "First story.");
        CodeCommand command = new CodeCommand(() -> {
            throw new UnsupportedOperationException("models jar missing");
        });
        int exit = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(a.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("parley: cannot build the coding pipeline: UnsupportedOperationException: models jar missing\n");
    }

    @Test
    void badDateIsAUsageErrorWithoutStackTrace() throws IOException {
        int exit = run("--date", "18/06/2023", seed().toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("not a date (YYYY-MM-DD): 18/06/2023").doesNotContain("Exception");
        assertThat(builds).hasValue(0);
    }

    @Test
    void badFormatIsAUsageError() throws IOException {
        assertThat(run("--format", "xml", seed().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a format (table, json or jsonl): xml");
    }

    @Test
    void randomFilesNeverCrashTheCommand() throws IOException {
        Random random = new Random(7);
        List<String> args = new ArrayList<>(List.of("--format", "jsonl"));
        for (int i = 0; i < 30; i++) {
            byte[] bytes = new byte[random.nextInt(500)];
            random.nextBytes(bytes);
            args.add(Files.write(dir.resolve("r" + i + (i % 2 == 0 ? ".txt" : ".jsonl")), bytes).toString());
        }
        int exit = run(args.toArray(String[]::new));
        assertThat(exit).isIn(0, 1);
        assertThat(err.toString()).doesNotContain("Exception");
        assertThat(out.toString().lines()).hasSize(3 * codedArticles.size());
    }
}
