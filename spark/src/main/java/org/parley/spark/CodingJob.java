package org.parley.spark;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.pipeline.Pipeline;

/**
 * parley's Spark job: reads articles ({@link ArticleRows}), codes them with one pipeline per executor JVM
 * ({@link ExecutorPipeline}) and writes their events ({@link EventRows}: one row per event mention with the fields of
 * {@code parley code --format jsonl} and the other columns of {@code parley export}) to {@code OUTPUT/events} as
 * Parquet or, with {@code --format jsonl}, JSON Lines.
 *
 * <p>Run it with {@code spark-submit --class org.parley.spark.CodingJob} on a cluster, or with
 * {@code ./parley spark} in local mode (the master defaults to {@code local[*]} when none is set). Unreadable inputs
 * and articles that fail to code are listed on standard error as {@code parley: <origin>: <problem>}. Exit code 0
 * when at least one article was coded, 1 when none was, 2 for a bad command line.
 */
public final class CodingJob {
    private CodingJob() {
    }

    /** Runs the job on the command line's arguments and exits with its code. */
    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("parley spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("parley");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        int exit;
        try {
            exit = run(spark, options, System.err).coded() > 0 ? 0 : 1;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("parley spark: " + e.getMessage());
            exit = 1;
        } finally {
            spark.stop();
        }
        System.exit(exit);
    }

    /**
     * What one run did.
     *
     * @param coded  articles coded
     * @param failed inputs that could not be read or coded
     * @param events events written
     */
    public record Summary(long coded, long failed, long events) {
        @Override
        public String toString() {
            return "coded " + coded + " article(s), failed " + failed + "; events " + events;
        }
    }

    /**
     * Reads, codes and writes; problems go to {@code err}, one line each, and the summary last.
     *
     * @throws IllegalArgumentException when an input matches nothing or the output exists without --overwrite
     */
    public static Summary run(SparkSession spark, JobOptions options, PrintStream err) {
        String target = options.output().replaceAll("/+$", "") + "/events";
        Dataset<Row> articles = ArticleRows.read(spark, options.inputs(), options.date())
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> unreadable = articles.filter(functions.col("problem").isNotNull()).collectAsList();
        unreadable.forEach(r -> err.println("parley: " + r.getAs("origin") + ": " + r.getAs("problem")));
        Dataset<Row> readable = articles.filter(functions.col("problem").isNull());
        long count = readable.count();
        int partitions = options.partitions() > 0 ? options.partitions()
                : 2 * spark.sparkContext().defaultParallelism();
        CollectionAccumulator<String> failures = spark.sparkContext().collectionAccumulator("parley coding failures");
        Dataset<Row> events = EventRows.complete(readable.repartition((int) Math.max(1, Math.min(partitions, count)))
                .mapPartitions(new Code(failures), Encoders.row(EventRows.CODED)));
        var writer = events.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        try {
            if (options.format() == JobOptions.Format.JSONL) {
                writer.option("ignoreNullFields", "false").json(target);
            } else {
                writer.parquet(target);
            }
        } catch (Exception e) {
            if (e.getMessage() != null && e.getMessage().contains("PATH_ALREADY_EXISTS")) {
                throw new IllegalArgumentException(target + " already exists (give --overwrite to replace it)");
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot write " + target, e);
        }
        List<String> failed = failures.value();
        failed.forEach(err::println);
        long written = options.format() == JobOptions.Format.JSONL ? spark.read().json(target).count()
                : spark.read().parquet(target).count();
        articles.unpersist();
        Summary summary = new Summary(count - failed.size(), unreadable.size() + failed.size(), written);
        err.println("parley spark: " + summary + " -> " + target);
        err.flush();
        return summary;
    }

    /** Codes the articles of one partition with the executor's pipeline, each failure noted in the accumulator. */
    private static final class Code implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final CollectionAccumulator<String> failures;

        Code(CollectionAccumulator<String> failures) {
            this.failures = failures;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Pipeline pipeline = ExecutorPipeline.get();
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                Article article = ArticleRows.article(row);
                CodedArticle coded;
                try {
                    coded = pipeline.code(article);
                } catch (RuntimeException e) {
                    failures.add("parley: " + row.getAs("origin") + ": coding failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ")));
                    continue;
                }
                out.addAll(EventRows.of(coded));
            }
            return out.iterator();
        }
    }
}
