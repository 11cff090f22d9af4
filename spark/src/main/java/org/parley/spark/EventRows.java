package org.parley.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.model.EventDate;
import org.parley.model.Event;

/**
 * Events as Spark rows, with the fields, order and values of one line of {@code parley code --format jsonl}:
 * {@code article_id, source, source_name, target, target_name, code, name, root, quad_class (GDELT's 1-4),
 * goldstein (points, -10..10), plover, date (ISO day, month or year, or null), modality (lower case), happened,
 * location, confidence (0..1), sentence (0-based), start, end (character offsets into the article text, end exclusive), evidence,
 * trigger}.
 */
final class EventRows {
    /** The schema of an event row; only {@code date} is nullable. */
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
    });

    private EventRows() {
    }

    /** One event of the article {@code articleId} as a row of {@link #SCHEMA}. */
    static Row of(String articleId, Event e) {
        return RowFactory.create(articleId, e.source().code(), e.source().name(), e.target().code(),
                e.target().name(), e.code().value(), e.name(), e.code().root(), e.quadClass().number(), e.goldstein(),
                e.plover(), e.date().map(EventDate::toString).orElse(null), e.modality().label(),
                e.modality().happened(), e.location(), e.confidence(), e.sentence(), e.start(), e.end(), e.evidence(), e.trigger());
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
