package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.app.CodeCommand;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.SourceItem;
import org.parley.store.EventFilter;
import org.parley.store.EventStore;
import org.parley.store.Exports;
import picocli.CommandLine;

/**
 * The job in Spark's local mode (two task threads, one pipeline in this JVM) against {@code parley code} and
 * {@code parley export} in the same JVM: on the bundled examples the JSON Lines events carry exactly the lines of
 * {@code parley code} (then export's other columns), and the Parquet events have every column of export's Parquet,
 * with its types, and the same events, counts and issues.
 */
class CodingJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("../examples");

    /** One local Spark session for every test here. */
    private static final class Local {
        static final SparkSession SPARK = SparkSession.builder().appName("parley-test").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @AfterAll
    static void stop() {
        Local.SPARK.stop();
    }

    private static List<String> partLines(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p).stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).filter(l -> !l.isBlank()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long textFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String line) {
        try {
            JsonNode e = JSON.readTree(line);
            return String.join("|", e.get("article_id").asText(), e.get("source").asText(), e.get("target").asText(),
                    e.get("code").asText(), e.get("date").isNull() ? "null" : e.get("date").asText());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A Spark line cut after the fields of parley code's lines (Spark writes the fields in schema order). */
    private static String codePart(String sparkLine) {
        int cut = sparkLine.indexOf(",\"event_id\":");
        assertThat(cut).as("event_id after the code fields in %s", sparkLine).isPositive();
        return sparkLine.substring(0, cut) + "}";
    }

    @Test
    void examplesGiveExactlyTheEventsOfParleyCode() throws IOException {
        Path out = dir.resolve("out");
        CodingJob.Summary summary = CodingJob.run(Local.SPARK,
                JobOptions.parse("--input", EXAMPLES.toString(), "--output", out.toString(), "--format", "jsonl"), err);
        List<String> spark = partLines(out.resolve("events"));

        StringWriter code = new StringWriter();
        int exit = new CommandLine(new CodeCommand()).setOut(new PrintWriter(code)).setErr(new PrintWriter(new StringWriter()))
                .execute(EXAMPLES.toString(), "--format", "jsonl");
        assertThat(exit).isZero();
        List<String> parley = code.toString().lines().filter(l -> !l.isBlank()).sorted().toList();

        assertThat(parley).hasSizeGreaterThan(50);
        List<String> fields = new ArrayList<>();
        JSON.readTree(parley.get(0)).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).isEqualTo(EventRows.CODE_FIELDS);
        List<String> sparkFields = new ArrayList<>();
        JSON.readTree(spark.get(0)).fieldNames().forEachRemaining(sparkFields::add);
        assertThat(sparkFields).containsExactly(EventRows.SCHEMA.fieldNames());
        assertThat(spark.stream().map(CodingJobTest::key).sorted().toList())
                .isEqualTo(parley.stream().map(CodingJobTest::key).sorted().toList());
        assertThat(spark.stream().map(CodingJobTest::codePart).sorted().toList()).isEqualTo(parley);
        assertThat(summary.coded()).isEqualTo(textFiles(EXAMPLES));
        assertThat(summary.failed()).isZero();
        assertThat(summary.events()).isEqualTo(parley.size());
    }

    @Test
    void parquetHasTheColumnsAndCountsOfParleyExport() throws IOException {
        Path out = dir.resolve("out");
        CodingJob.run(Local.SPARK, JobOptions.parse("--input", EXAMPLES.toString(), "--output", out.toString()), err);
        Dataset<Row> spark = Local.SPARK.read().parquet(out.resolve("events").toString());

        Path exported = dir.resolve("export.parquet");
        try (EventStore store = EventStore.open(dir.resolve("parley.duckdb"))) {
            for (SourceItem item : new ArticleReader().read(List.of(EXAMPLES), Optional.empty())) {
                store.save(ExecutorPipeline.get().code(((SourceItem.Loaded) item).article()));
            }
            new Exports(store).write(EventFilter.ALL, Exports.Format.PARQUET, exported);
        }
        Dataset<Row> export = Local.SPARK.read().parquet(exported.toString());

        for (StructField f : export.schema().fields()) {
            assertThat(spark.schema().getFieldIndex(f.name()).isDefined()).as("column %s", f.name()).isTrue();
            assertThat(spark.schema().apply(f.name()).dataType()).as("type of %s", f.name()).isEqualTo(f.dataType());
        }
        assertThat(Arrays.asList(spark.schema().fieldNames())).containsAll(Arrays.asList(export.schema().fieldNames()))
                .containsAll(EventRows.CODE_FIELDS);

        String[] same = {"event_id", "source", "target", "code", "event_date", "date_precision", "num_mentions",
            "num_sources", "num_articles", "issues"};
        List<String> fromSpark = Local.SPARK.read().parquet(out.resolve("events").toString())
                .selectExpr(same).distinct().collectAsList().stream().map(Row::toString).sorted().toList();
        List<String> fromExport = export.selectExpr(same).collectAsList().stream().map(Row::toString).sorted().toList();
        assertThat(fromExport).hasSizeGreaterThan(40);
        assertThat(fromSpark).isEqualTo(fromExport);
        // One Spark row per event per article; an article that repeats an event counts each mention in num_mentions.
        assertThat(spark.count()).isEqualTo(export.selectExpr("sum(num_articles)").first().getLong(0));
        assertThat(export.selectExpr("sum(num_mentions)").first().getLong(0)).isGreaterThan(spark.count());
        Row blinken = spark.filter("article_id = '" + export.first().getAs("article_id") + "'").first();
        assertThat(blinken.<String>getAs("url")).isNotNull();
        assertThat(blinken.<Integer>getAs("start_offset")).isEqualTo(blinken.<Integer>getAs("start"));
    }

    @Test
    void parquetInAndOutWithTheEventSchema() {
        StructType schema = new StructType().add("text", DataTypes.StringType).add("date", DataTypes.StringType)
                .add("title", DataTypes.StringType);
        Path in = dir.resolve("in.parquet");
        Local.SPARK.createDataFrame(List.of(
                RowFactory.create("US Secretary of State Antony Blinken visited Beijing on Monday.", "2023-06-19", "a"),
                RowFactory.create("Russia attacked Ukraine's power grid with missiles.", "2024-03-22", "b"),
                RowFactory.create("   ", null, "blank")), schema).write().parquet(in.toString());
        Path out = dir.resolve("out");
        CodingJob.Summary summary = CodingJob.run(Local.SPARK,
                JobOptions.parse("--input", in.toString(), "--output", out.toString()), err);
        List<Row> events = Local.SPARK.read().parquet(out.resolve("events").toString()).collectAsList();
        assertThat(Local.SPARK.read().parquet(out.resolve("events").toString()).schema().fieldNames())
                .containsExactly(EventRows.SCHEMA.fieldNames());
        assertThat(summary.coded()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("parley: parquet row: no \"text\" value");
        assertThat(events).anySatisfy(r -> {
            assertThat(r.<String>getAs("source")).isEqualTo("USAGOV");
            assertThat(r.<String>getAs("target")).isEqualTo("CHNGOV");
            assertThat(r.<String>getAs("root")).isEqualTo("04");
            assertThat(r.<String>getAs("date")).isEqualTo("2023-06-19");
        });
        assertThat(events).anySatisfy(r -> {
            assertThat(r.<String>getAs("source")).startsWith("RUS");
            assertThat(r.<String>getAs("target")).startsWith("UKR");
            assertThat(r.<Integer>getAs("quad_class")).isEqualTo(4);
        });
    }

    private static WarcResponse page(String uri, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(uri).date(Instant.parse("2024-01-05T10:00:00Z")).body(http).build();
    }

    @Test
    void warcPagesAreCodedWithTheirAddressAndDate() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        String html = "<html><head><title>Blinken in Beijing</title>"
                + "<meta property=\"article:published_time\" content=\"2023-06-19T08:00:00Z\"></head><body><nav>Home</nav>"
                + "<article><p>US Secretary of State Antony Blinken visited Beijing on Monday.</p></article></body></html>";
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(Files.newOutputStream(warc)),
                WarcCompression.GZIP)) {
            writer.write(page("https://news.example.org/blinken", "text/html; charset=utf-8",
                    html.getBytes(StandardCharsets.UTF_8)));
            writer.write(page("https://news.example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        }
        Path out = dir.resolve("out");
        CodingJob.Summary summary = CodingJob.run(Local.SPARK,
                JobOptions.parse("--input", warc.toString(), "--output", out.toString(), "--format", "jsonl"), err);
        assertThat(summary.coded()).isEqualTo(1);
        assertThat(summary.failed()).isZero();
        List<JsonNode> events = partLines(out.resolve("events")).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("source").asText()).isEqualTo("USAGOV");
            assertThat(e.get("target").asText()).isEqualTo("CHNGOV");
            assertThat(e.get("root").asText()).isEqualTo("04");
            assertThat(e.get("url").asText()).isEqualTo("https://news.example.org/blinken");
            assertThat(e.get("title").asText()).isEqualTo("Blinken in Beijing");
            assertThat(e.get("published").asText()).isEqualTo("2023-06-19");
            assertThat(e.get("num_sources").asLong()).isEqualTo(1);
        });
    }

    @Test
    void missingInputAndExistingOutputAreOneLineErrors() throws IOException {
        assertThatThrownBy(() -> CodingJob.run(Local.SPARK, JobOptions.parse("--input", dir.resolve("nope").toString(),
                "--output", dir.resolve("o").toString()), err))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("nope: no such file or folder, or no file in it");
        Path text = Files.writeString(dir.resolve("a.txt"), "Date: 2024-01-02\n\nChina warned Japan.");
        Files.createDirectories(dir.resolve("o/events"));
        assertThatThrownBy(() -> CodingJob.run(Local.SPARK, JobOptions.parse("--input", text.toString(),
                "--output", dir.resolve("o").toString()), err))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists (give --overwrite");
    }

    @Test
    void badCommandLinesNameTheArgument() {
        assertThatThrownBy(() -> JobOptions.parse("--output", "o")).hasMessage("no input: give --input PATH");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--format", "xml"))
                .hasMessage("not a format (parquet or jsonl): xml");
        assertThatThrownBy(() -> JobOptions.parse("--input", "--output", "o")).hasMessage("--input needs one or more paths");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--date", "May"))
                .hasMessage("not a date (YYYY-MM-DD): May");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--bogus"))
                .hasMessage("unknown argument: --bogus");
        JobOptions ok = JobOptions.parse("--input", "a", "b", "--output", "o", "--format", "JSONL", "--partitions", "4");
        assertThat(ok.inputs()).containsExactly("a", "b");
        assertThat(ok.format()).isEqualTo(JobOptions.Format.JSONL);
        assertThat(ok.partitions()).isEqualTo(4);
        assertThat(Arrays.asList(EventRows.SCHEMA.fieldNames())).startsWith("article_id", "source", "source_name");
    }
}
