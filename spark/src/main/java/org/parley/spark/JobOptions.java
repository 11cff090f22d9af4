package org.parley.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The Spark job's command line: {@code --input PATH... --output DIR [--format parquet|jsonl] [--date YYYY-MM-DD]
 * [--partitions N] [--overwrite]}. Paths are Hadoop paths or globs ({@code hdfs://}, {@code s3a://},
 * {@code file:}, or local).
 *
 * @param inputs     one or more input paths: files, folders or globs
 * @param output     the output folder; events go to {@code output/events}
 * @param format     PARQUET (default) or JSONL
 * @param date       the publication day given to articles that carry none
 * @param partitions how many partitions to code in; 0 for twice Spark's default parallelism
 * @param overwrite  whether an existing {@code output/events} is replaced (otherwise it is an error)
 */
public record JobOptions(List<String> inputs, String output, Format format, Optional<LocalDate> date, int partitions,
                         boolean overwrite) {
    /** Output formats: Parquet files, or JSON Lines with the fields of {@code parley code --format jsonl}. */
    public enum Format { PARQUET, JSONL }

    /** The usage line printed with a bad command line. */
    public static final String USAGE = "usage: parley spark --input PATH... --output DIR [--format parquet|jsonl]"
            + " [--date YYYY-MM-DD] [--partitions N] [--overwrite]";

    public JobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(date, "date");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input: give --input PATH");
        }
        if (output.isBlank()) {
            throw new IllegalArgumentException("no output: give --output DIR");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 or more: " + partitions);
        }
    }

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad argument
     */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = "";
        Format format = Format.PARQUET;
        Optional<LocalDate> date = Optional.empty();
        int partitions = 0;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--input" -> {
                    int before = inputs.size();
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        inputs.add(args[++i]);
                    }
                    if (inputs.size() == before) {
                        throw new IllegalArgumentException("--input needs one or more paths");
                    }
                }
                case "--output" -> output = value(args, ++i, arg);
                case "--format" -> format = format(value(args, ++i, arg));
                case "--date" -> date = Optional.of(day(value(args, ++i, arg)));
                case "--partitions" -> partitions = count(value(args, ++i, arg));
                case "--overwrite" -> overwrite = true;
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return new JobOptions(inputs, output, format, date, partitions, overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static Format format(String value) {
        try {
            return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a format (parquet or jsonl): " + value);
        }
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + value);
        }
    }

    private static int count(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of partitions: " + value);
        }
    }
}
