package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.ReadOptions;
import org.parley.ingest.SourceItem;
import org.parley.model.Article;

/**
 * Reads the job's inputs into rows of articles, one per text file or JSON Lines line or Parquet row, each either an
 * article or the one-line problem that kept it from being one.
 *
 * <p>Every input path (file, folder or glob, on any Hadoop file system) is listed on the driver. A file named as
 * such is read whatever its name; in folders, walked recursively, the files {@code parley code} reads in a folder
 * ({@link ArticleReader#isArticleFile}) and {@code .parquet} files are read, except below names that start with
 * {@code _} or {@code .}. Files named {@code .parquet} are read as Parquet with a string column {@code text} and
 * optional {@code title}, {@code date} (ISO day), {@code url}, {@code source}; every other file by
 * {@link ArticleReader}, as {@code parley code} reads it (text, HTML, JSON Lines, feeds, WARC, told by name and first
 * bytes), one file per task. Articles keep the ids {@code parley code} gives them (a hash of the text).
 */
final class ArticleRows {
    /** Article rows: {@code origin, id, title, text, url, source, date (ISO day or null), problem (or null)}. */
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("origin", DataTypes.StringType, false),
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.StringType, true),
        DataTypes.createStructField("problem", DataTypes.StringType, true),
    });

    private ArticleRows() {
    }

    /**
     * The article rows of every input.
     *
     * @throws IllegalArgumentException naming the path when an input matches no file
     * @throws UncheckedIOException when a file system cannot be listed
     */
    static Dataset<Row> read(SparkSession spark, List<String> inputs, Optional<LocalDate> defaultDate) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<String> files = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        for (String input : inputs) {
            List<String> found = list(hadoop, input);
            if (found.isEmpty()) {
                throw new IllegalArgumentException(input + ": no such file or folder, or no file in it");
            }
            for (String f : found) {
                (f.toLowerCase(Locale.ROOT).endsWith(".parquet") ? parquet : files).add(f);
            }
        }
        String date = defaultDate.map(LocalDate::toString).orElse(null);
        Dataset<Row> rows = spark.createDataFrame(List.of(), SCHEMA);
        if (!files.isEmpty()) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            JavaRDD<Row> read = jsc.binaryFiles(String.join(",", files))
                    .flatMap(file -> fromFile(file._1(), file._2(), date));
            rows = rows.union(spark.createDataFrame(read, SCHEMA));
        }
        if (!parquet.isEmpty()) {
            Dataset<Row> table = spark.read().parquet(parquet.toArray(String[]::new));
            rows = rows.union(spark.createDataFrame(table.javaRDD().map(r -> fromParquet(r, date)), SCHEMA));
        }
        return rows;
    }

    /** The data files under a path or glob, in name order. */
    private static List<String> list(Configuration hadoop, String input) {
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(hadoop);
            FileStatus[] matches = fs.globStatus(path);
            List<String> files = new ArrayList<>();
            if (matches == null) {
                return files;
            }
            for (FileStatus match : matches) {
                if (match.isFile()) {
                    files.add(match.getPath().toString());
                    continue;
                }
                RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
                while (walk.hasNext()) {
                    Path p = walk.next().getPath();
                    if (!hidden(p, match.getPath()) && articleFile(p.getName())) {
                        files.add(p.toString());
                    }
                }
            }
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** A file a folder walk reads: the files {@code parley code} reads in a folder, and {@code .parquet}. */
    private static boolean articleFile(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".parquet") || ArticleReader.isArticleFile(name);
    }

    /** A name starting with "_" or "." anywhere below {@code root}. */
    private static boolean hidden(Path p, Path root) {
        for (Path q = p; q != null && !q.equals(root); q = q.getParent()) {
            if (q.getName().startsWith("_") || q.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Iterator<Row> fromFile(String origin, PortableDataStream data, String date) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = data.open()) {
            ReadOptions options = ReadOptions.defaults().withDefaultDate(Optional.ofNullable(date).map(LocalDate::parse));
            new ArticleReader(options).read(origin, in, item -> rows.add(item instanceof SourceItem.Loaded loaded
                    ? row(loaded.origin(), loaded.article())
                    : problem(item.origin(), ((SourceItem.Failed) item).problem())));
        } catch (IOException | RuntimeException e) {
            rows.add(problem(origin, "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        return rows.iterator();
    }

    private static Row fromParquet(Row r, String defaultDate) {
        String origin = "parquet row";
        try {
            String text = string(r, "text");
            if (text == null || text.isBlank()) {
                return problem(origin, "no \"text\" value");
            }
            String date = string(r, "date");
            Optional<LocalDate> day = Optional.ofNullable(date != null && date.length() >= 10 ? date.substring(0, 10)
                    : defaultDate).map(LocalDate::parse);
            Article a = Article.of(orEmpty(string(r, "title")), text, orEmpty(string(r, "url")),
                    orEmpty(string(r, "source")), day);
            return row(a.url().isEmpty() ? origin : a.url(), a);
        } catch (RuntimeException e) {
            return problem(origin, "not an article: " + e.getMessage());
        }
    }

    private static String string(Row r, String field) {
        int i;
        try {
            i = r.fieldIndex(field);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Object v = r.get(i);
        return v == null ? null : v.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Row row(String origin, Article a) {
        return RowFactory.create(origin, a.id(), a.title(), a.text(), a.url(), a.source(),
                a.published().map(LocalDate::toString).orElse(null), null);
    }

    private static Row problem(String origin, String problem) {
        return RowFactory.create(origin, null, null, null, null, null, null, problem.replaceAll("\\s+", " "));
    }

    /** The article of a row without a problem. */
    static Article article(Row r) {
        String date = r.getAs("date");
        return new Article(r.getAs("id"), r.getAs("title"), r.getAs("text"), r.getAs("url"), r.getAs("source"),
                Optional.ofNullable(date).map(LocalDate::parse));
    }
}
