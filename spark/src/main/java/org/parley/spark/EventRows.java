package org.parley.spark;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.EventDate;

/**
 * The job's event rows: one row per event of an article (as {@code parley code} lists them),
 * with every field of a {@code parley code --format jsonl} line and then every other column of
 * {@code parley export --format parquet} (and {@code jsonl}), with export's names and types.
 *
 * <p>{@link #SCHEMA}, in order: {@code article_id, source, source_name, target, target_name, code, name, root,
 * quad_class (GDELT's 1-4), goldstein (points, -10..10), plover, date (ISO day, month or year, or null), modality
 * (lower case), happened, location, confidence (0..1), sentence (0-based), start, end (character offsets into the
 * article text, end exclusive), evidence, trigger} as in {@code parley code}; then export's {@code event_id} (16 hex
 * digits, the store's event key: same source, target, code, date and modality with past counted as asserted),
 * {@code event_date} (= date), {@code date_precision} (day, month, year or null), {@code num_mentions},
 * {@code num_sources}, {@code num_articles} (GDELT's counts over the job's input: sentences reporting the
 * event, an article's repeats included, as the store counts them; distinct outlets (the article's source, else its
 * URL's host); distinct articles with this event_id), {@code url}, {@code title},
 * {@code published} (the article's date, or null), {@code start_offset}, {@code end_offset} (= start, end),
 * {@code avg_tone} (the article's tone) and {@code issues} (the sorted issue codes of every mention of the event).
 *
 * <p>Where export keeps one row per event, the first report's, this keeps a row per reporting article: a per-article
 * column ({@code article_id}, {@code location}, {@code evidence}, offsets, {@code modality}, which export gives with
 * past folded into asserted) holds that article's value.
 */
final class EventRows {
    /** Columns of {@code parley code --format jsonl}, in its order. */
    static final List<String> CODE_FIELDS = List.of("article_id", "source", "source_name", "target", "target_name",
            "code", "name", "root", "quad_class", "goldstein", "plover", "date", "modality", "happened", "location",
            "confidence", "sentence", "start", "end", "evidence", "trigger");

    /** The columns export has and {@code parley code} has not, in export's order. */
    static final List<String> EXPORT_FIELDS = List.of("event_id", "event_date", "date_precision", "num_mentions",
            "num_sources", "num_articles", "url", "title", "published", "start_offset", "end_offset", "avg_tone",
            "issues");

    /** The schema of an event row. */
    static final StructType SCHEMA = new StructType(new StructField[] {
        field("article_id", DataTypes.StringType, false),
        field("source", DataTypes.StringType, false),
        field("source_name", DataTypes.StringType, false),
        field("target", DataTypes.StringType, false),
        field("target_name", DataTypes.StringType, false),
        field("code", DataTypes.StringType, false),
        field("name", DataTypes.StringType, false),
        field("root", DataTypes.StringType, false),
        field("quad_class", DataTypes.IntegerType, false),
        field("goldstein", DataTypes.DoubleType, false),
        field("plover", DataTypes.StringType, false),
        field("date", DataTypes.StringType, true),
        field("modality", DataTypes.StringType, false),
        field("happened", DataTypes.BooleanType, false),
        field("location", DataTypes.StringType, false),
        field("confidence", DataTypes.DoubleType, false),
        field("sentence", DataTypes.IntegerType, false),
        field("start", DataTypes.IntegerType, false),
        field("end", DataTypes.IntegerType, false),
        field("evidence", DataTypes.StringType, false),
        field("trigger", DataTypes.StringType, false),
        field("event_id", DataTypes.StringType, false),
        field("event_date", DataTypes.StringType, true),
        field("date_precision", DataTypes.StringType, true),
        field("num_mentions", DataTypes.LongType, false),
        field("num_sources", DataTypes.LongType, false),
        field("num_articles", DataTypes.LongType, false),
        field("url", DataTypes.StringType, false),
        field("title", DataTypes.StringType, false),
        field("published", DataTypes.DateType, true),
        field("start_offset", DataTypes.IntegerType, false),
        field("end_offset", DataTypes.IntegerType, false),
        field("avg_tone", DataTypes.DoubleType, true),
        field("issues", DataTypes.createArrayType(DataTypes.StringType, true), false),
    });

    /**
     * What a coding task emits per mention: the {@link #CODE_FIELDS}, then {@code date_precision}, {@code url},
     * {@code title}, {@code published}, {@code avg_tone}, the article's {@code outlet}, the mention's own
     * {@code mention_issues} and {@code mention_count} (how many sentences of the article report the event:
     * {@link CodedArticle#eventMentions()}); {@link #complete} turns such rows into {@link #SCHEMA}'s.
     */
    static final StructType CODED = new StructType(concat(Arrays.copyOfRange(SCHEMA.fields(), 0, CODE_FIELDS.size()),
            new StructField[] {
                field("date_precision", DataTypes.StringType, true),
                field("url", DataTypes.StringType, false),
                field("title", DataTypes.StringType, false),
                field("published", DataTypes.DateType, true),
                field("avg_tone", DataTypes.DoubleType, true),
                field("outlet", DataTypes.StringType, false),
                field("mention_issues", DataTypes.createArrayType(DataTypes.StringType, true), false),
                field("mention_count", DataTypes.IntegerType, false),
            }));

    private EventRows() {
    }

    /** The rows of {@link #CODED} for every event of one coded article, in the article's order. */
    static List<Row> of(CodedArticle coded) {
        Article a = coded.article();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < coded.events().size(); i++) {
            Event e = coded.events().get(i);
            List<String> issues = coded.issues().events().isEmpty() ? List.of()
                    : List.copyOf(coded.issues().codesOfEvent(i));
            rows.add(RowFactory.create(a.id(), e.source().code(), e.source().name(), e.target().code(),
                    e.target().name(), e.code().value(), e.name(), e.code().root(), e.quadClass().number(),
                    e.goldstein(), e.plover(), e.date().map(EventDate::toString).orElse(null), e.modality().label(),
                    e.modality().happened(), e.location(), e.confidence(), e.sentence(), e.start(), e.end(),
                    e.evidence(), e.trigger(),
                    e.date().map(d -> d.precision().name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
                    a.url(), a.title(), a.published().map(Date::valueOf).orElse(null), coded.tone().tone(),
                    a.source(), scala.jdk.javaapi.CollectionConverters.asScala(issues).toSeq(),
                    coded.mentionCount(i)));
        }
        return rows;
    }

    /**
     * Rows of {@link #CODED} made rows of {@link #SCHEMA}: the event id computed as the store's {@code EventKeys}
     * computes it, and the counts and issues taken over all rows with the same id ({@code num_mentions} sums
     * {@code mention_count}, as the store counts one report row per mention).
     */
    static Dataset<Row> complete(Dataset<Row> coded) {
        Column folded = when(col("modality").equalTo("past"), lit("asserted")).otherwise(col("modality"));
        Column key = concat_ws("|", col("source"), col("target"), col("code"),
                coalesce(col("date"), concat_ws(":", lit("undated"), col("article_id"))), folded);
        Column outlet = coalesce(nullif(col("outlet"), lit("")),
                regexp_extract(col("url"), "^[A-Za-z]+://(www\\.)?([^/:?#]+)", 2));
        WindowSpec sameEvent = Window.partitionBy("event_id");
        Dataset<Row> withId = coded.withColumn("event_id", substring(sha2(key, 256), 1, 16))
                .withColumn("outlet", outlet);
        List<Column> columns = new ArrayList<>();
        for (StructField f : SCHEMA.fields()) {
            Column c = switch (f.name()) {
                case "event_date" -> col("date");
                case "num_mentions" -> sum(col("mention_count")).over(sameEvent).cast("long");
                case "num_sources" -> size(collect_set(col("outlet")).over(sameEvent)).cast("long");
                case "num_articles" -> size(collect_set(col("article_id")).over(sameEvent)).cast("long");
                case "start_offset" -> col("start");
                case "end_offset" -> col("end");
                case "issues" -> array_sort(array_distinct(flatten(collect_list(col("mention_issues")).over(sameEvent))));
                default -> col(f.name());
            };
            columns.add(c.as(f.name()));
        }
        return withId.select(columns.toArray(Column[]::new));
    }

    private static StructField[] concat(StructField[] a, StructField[] b) {
        StructField[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
