package org.parley.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.ReadOptions;
import org.parley.ingest.SourceItem;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.pipeline.ParallelCoder;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code parley code PATH... [--date YYYY-MM-DD] [--format table|json|jsonl] [--threads N]}: reads articles (see
 * {@link ArticleReader}), codes them with one shared pipeline on N threads ({@link ParallelCoder}) and prints each
 * result on standard output, in input order whatever N is.
 * {@code json} is always one JSON document: an array of {@link ArticleJson#article} documents, empty when no
 * article was coded. Unreadable inputs and warnings go to standard error as {@code parley: <origin>: <problem>}.
 * Exit code 0 when at least one article was coded, 1 when none was.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles (text files, JSON Lines, folders of them) into actors, CAMEO events and quotes.")
public final class CodeCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { TABLE, JSON, JSONL }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries = new DictionaryOptions();

    @Mixin
    private ThreadsOption threads = new ThreadsOption();

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders (.txt with optional Title:/Date:/URL:/Source: header lines, .html, .jsonl, "
                    + ".rss/.atom/.xml feeds, .warc/.warc.gz), - for standard input, or an http(s) URL of a feed or page.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "Publication day for articles that carry no date of their own.")
    private Optional<LocalDate> date = Optional.empty();

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, defaultValue = "table",
            description = "table (default), json (one JSON array of article documents) or jsonl (one event per line).")
    private Format format = Format.TABLE;

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0",
            description = "Print only events whose confidence (0..1) is at least C (default 0: all).")
    private double minConfidence;

    private final Supplier<? extends Coder> coders;

    /** The command with the standard pipeline (plus any {@code --actors}/{@code --agents}), built on first use. */
    public CodeCommand() {
        this.coders = () -> Pipeline.standard(tables -> dictionaries.apply(tables, spec.commandLine().getErr()))::code;
    }

    /** The command with another coder (tests); {@code coders} is called at most once, and only if there is an article. */
    CodeCommand(Supplier<? extends Coder> coders) {
        this.coders = coders;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty()) {
            err.println("parley: no input: give one or more files or folders");
            return 1;
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            err.println("parley: --min-confidence must be between 0 and 1, not " + minConfidence);
            return 2;
        }
        List<SourceItem> items = new ArrayList<>();
        new ArticleReader(ReadOptions.defaults().withDefaultDate(date)).read(paths, items::add);
        Printer printer = new Printer(format, out);
        try {
            return code(items, printer, err) > 0 ? 0 : 1;
        } finally {
            printer.end();
            err.flush();
        }
    }

    /** The article with only the events at or above {@code --min-confidence}. */
    private CodedArticle confident(CodedArticle coded) {
        if (minConfidence <= 0) {
            return coded;
        }
        return coded.keepEvents(e -> e.confidence() >= minConfidence);
    }

    /** Codes the loaded items, printing each result; returns the number of articles coded. */
    private int code(List<SourceItem> items, Printer printer, PrintWriter err) {
        if (items.stream().noneMatch(SourceItem.Loaded.class::isInstance)) {
            items.forEach(item -> report(err, item.origin(), ((SourceItem.Failed) item).problem()));
            return 0;
        }
        Coder coder;
        try {
            coder = coders.get();
        } catch (RuntimeException e) {
            err.println(PipelineFailure.line(e));
            return 0;
        }
        AtomicInteger coded = new AtomicInteger();
        ParallelCoder<SourceItem, Optional<CodedArticle>> parallel = new ParallelCoder<>(threads.threads(),
                item -> item instanceof SourceItem.Loaded loaded
                        ? Optional.of(withWarnings(coder.code(loaded.article()), loaded.warnings()))
                        : Optional.empty());
        parallel.run(items, outcome -> {
            SourceItem item = outcome.input();
            if (item instanceof SourceItem.Failed failed) {
                report(err, failed.origin(), failed.problem());
            } else if (outcome instanceof ParallelCoder.Outcome.Failed<SourceItem, Optional<CodedArticle>> f) {
                report(err, item.origin(), "coding failed: " + describe(f.error()));
            } else if (outcome instanceof ParallelCoder.Outcome.Coded<SourceItem, Optional<CodedArticle>> c) {
                CodedArticle result = c.output().orElseThrow();
                result.warnings().forEach(w -> report(err, item.origin(), w));
                printer.print(confident(result));
                coded.incrementAndGet();
            }
        });
        return coded.get();
    }

    /**
     * Prints coded articles in one format as they come: tables separated by a blank line, one JSON array of
     * article documents (begun at once, closed by {@link #end}, so it is one valid document even when empty),
     * or one JSON event per line.
     */
    private static final class Printer {
        private final Format format;
        private final PrintWriter out;
        private final JsonGenerator array;
        private boolean first = true;

        Printer(Format format, PrintWriter out) {
            this.format = format;
            this.out = out;
            try {
                this.array = JSON.getFactory().createGenerator(out)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .useDefaultPrettyPrinter();
                if (format == Format.JSON) {
                    array.writeStartArray();
                    array.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void print(CodedArticle coded) {
            switch (format) {
                case TABLE -> {
                    if (!first) {
                        out.println();
                    }
                    out.print(EventTable.render(coded));
                }
                case JSON -> {
                    try {
                        JSON.writeTree(array, ArticleJson.article(coded));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                case JSONL -> {
                    for (Event e : coded.events()) {
                        out.println(line(ArticleJson.event(coded.article().id(), e)));
                    }
                }
            }
            first = false;
            flush();
        }

        /** Closes the JSON array; nothing for the other formats. */
        void end() {
            if (format == Format.JSON) {
                try {
                    array.writeEndArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                flush();
                out.println();
            }
            out.flush();
        }

        private void flush() {
            try {
                array.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        }

        private static String line(ObjectNode node) {
            try {
                return JSON.writeValueAsString(node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a JSON tree", e);
            }
        }
    }

    private static CodedArticle withWarnings(CodedArticle coded, List<String> readerWarnings) {
        Set<String> all = new LinkedHashSet<>(readerWarnings);
        all.addAll(coded.warnings());
        return coded.withWarnings(List.copyOf(all));
    }

    private static void report(PrintWriter err, String origin, String problem) {
        err.println("parley: " + origin + ": " + problem);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
        return e.getClass().getSimpleName() + message;
    }

    /** Parses {@code --date}: an ISO day. */
    static final class DayConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("not a date (YYYY-MM-DD): " + value);
            }
        }
    }

    /** Parses {@code --format} in any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("not a format (table, json or jsonl): " + value);
            }
        }
    }
}
