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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.CodeCommand;
import picocli.CommandLine;

/**
 * The job in Spark's local mode (two task threads, one pipeline in this JVM) against {@code parley code} in the same
 * JVM: on the bundled examples both give exactly the same JSON Lines events.
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

    @Test
    void examplesGiveExactlyTheEventsOfParleyCode() {
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
        assertThat(spark.stream().map(CodingJobTest::key).sorted().toList())
                .isEqualTo(parley.stream().map(CodingJobTest::key).sorted().toList());
        assertThat(spark).isEqualTo(parley);
        assertThat(summary.coded()).isEqualTo(textFiles(EXAMPLES));
        assertThat(summary.failed()).isZero();
        assertThat(summary.events()).isEqualTo(parley.size());
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
